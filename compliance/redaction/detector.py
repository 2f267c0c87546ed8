"""`detect`: run every recogniser, resolve overlaps, flag Art. 9 categories."""

from __future__ import annotations

from .addresses import find_addresses
from .context import Candidate
from .identifiers import P_CUSTOM, find_structured
from .known import find_known
from .model import DEFAULT_POLICY, Detection, Entity, KnownIdentifiers, Policy
from .persons import find_persons
from .special import special_categories

_TRIM = " \t\r\n.,;:!?\"'()[]{}<>«»„“”‚‘’"


def _custom(text: str, policy: Policy) -> list[Candidate]:
    out = []
    for entity_type, pattern in policy.compiled_patterns:
        for m in pattern.finditer(text):
            span = m.span("value") if "value" in pattern.groupindex else m.span()
            if span[1] > span[0]:
                out.append(Candidate(span[0], span[1], entity_type, P_CUSTOM))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Span rule 1: labels, quotes, brackets and punctuation stay outside the span.

    A bracket that belongs to the value ("(212) 555-0187", "+49 (0)30") stays.
    """
    while start < end:
        ch = text[start]
        if ch not in _TRIM or (ch in "([{" and _CLOSING_BRACKET[ch] in text[start + 1 : end]):
            break
        start += 1
    while end > start:
        ch = text[end - 1]
        if ch not in _TRIM or (ch == "." and end - start <= 3):
            break
        if ch in ")]}" and _OPENING_BRACKET[ch] in text[start : end - 1]:
            break
        end -= 1
    return start, end


_CLOSING_BRACKET = {"(": ")", "[": "]", "{": "}"}
_OPENING_BRACKET = {v: k for k, v in _CLOSING_BRACKET.items()}


def _resolve(text: str, candidates: list[Candidate]) -> list[Entity]:
    """Keep the strongest candidate where spans overlap; ties go to the longer span."""
    taken: list[tuple[int, int]] = []
    chosen: list[Entity] = []
    for c in sorted(candidates, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        start, end = _trim(text, c.start, c.end) if c.priority != P_CUSTOM else (c.start, c.end)
        if end <= start or any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        chosen.append(Entity(c.type, start, end, text[start:end]))
    chosen.sort(key=lambda e: e.start)
    return chosen


def detect(
    text: str,
    lang: str = "de",
    *,
    known: KnownIdentifiers | None = None,
    policy: Policy | None = None,
) -> Detection:
    """Find the personal data in one customer message.

    Returns sorted, non-overlapping entities whose offsets index `text` (end
    exclusive) and the Art. 9 categories the message reveals. Known identifiers
    of the contact are always found; the policy limits the types and adds the
    tenant's own patterns.
    """
    policy = policy or DEFAULT_POLICY
    candidates = find_structured(text, lang) + find_addresses(text) + find_persons(text, lang) + _custom(text, policy)
    if known is not None:
        candidates += find_known(text, known)
    candidates = [c for c in candidates if c.type in policy.enabled_types]
    entities = _resolve(text, candidates)
    persons = [e for e in entities if e.type == "PERSON"]
    writer = persons[-1].text.split()[0] if persons else None
    return Detection(entities=entities, special_categories=special_categories(text, writer))
