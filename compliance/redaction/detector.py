"""`detect`: run every recogniser, resolve overlaps, flag Art. 9 categories."""

from __future__ import annotations

import re

from .addresses import find_addresses
from .context import Candidate
from .identifiers import P_CUSTOM, P_PERSON, find_structured
from .known import find_known
from .model import DEFAULT_POLICY, Detection, Entity, KnownIdentifiers, Policy
from .namedata import FIRST_NAMES, STOP_WORDS, SURNAMES
from .persons import find_persons, is_company_name, is_nounish
from .special import special_categories

_CLOSING_WORD = re.compile(
    r"(?i)(?:grüßen|grüße|gruß|gruss|mfg|lg|vg|danke|dank|regards|cheers|thanks|best|sincerely)[.!]?$"
)
_REFERRED_PERSON = frozenset(
    """frau herr herrn hr fr mr mrs ms dr prof tochter sohn mutter vater mann ehefrau ehemann partner partnerin
    freundin freund kollege kollegin nachbar nachbarin wife husband daughter son mother father friend colleague
    neighbour neighbor inhaber inhaberin kontoinhaber kontoinhaberin familie""".split()
)
_THIRD_PERSON = frozenset("ihr ihre ihren sein seine seinen his her their deren dessen".split())
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
    of the contact are always found, whatever the policy; the policy limits the
    other types and adds the tenant's own patterns.
    """
    policy = policy or DEFAULT_POLICY
    addresses = find_addresses(text)
    persons = find_persons(text, lang)
    candidates = (
        find_structured(text, lang)
        + addresses
        + persons
        + _addressees(text, addresses, persons)
        + _custom(text, policy)
    )
    candidates = [c for c in candidates if c.type in policy.enabled_types]
    if known is not None:
        # The contact's own identifiers are found even where the policy turned the type off.
        candidates += find_known(text, known)
    entities = _resolve(text, candidates)
    persons = [e for e in entities if e.type == "PERSON"]
    return Detection(entities=entities, special_categories=special_categories(text, _writer_first_name(text, persons)))


# "Please ship to Chukwudi Okeke, 15 Adeola Odeku Street", "Lieferadresse:\nMarek Zieliński\nPackstation 217":
# the capitalised words right before a street address name its addressee.
_ADDRESSEE = re.compile(
    r"(?:^|(?<=[:;,(\n])|(?<=\bto)|(?<=\ban)|(?<=\bfor)|(?<=\bfür))[ \t]*"
    r"(?P<name>[A-ZÄÖÜÀ-ÞŁŚŻŹĆŃ][\w'’.-]*(?:[ \t]+(?:[A-ZÄÖÜÀ-ÞŁŚŻŹĆŃ][\w'’.-]*"
    r"|van|von|de|der|den|da|di|del|bin|ibn|al|el|le|la)){1,3})"
    r"[ \t]*(?P<sep>,|\n)[ \t]*"
    # a flat or unit between name and street: "Siobhán Ní Bhriain, Apt 7, 12 Clanbrassil Street"
    r"(?:(?:Apt|Apartment|Flat|Unit|Suite|Whg|Wohnung|App)\.?[ \t]*\w{1,4}[ \t]*,[ \t]*)?$"
)
_STREET_START = re.compile(r"^(?:\d{4,5}[ \t]|[A-Z]{1,2}\d)")


def _addressees(text: str, addresses: list[Candidate], persons: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for address in addresses:
        if _STREET_START.match(text, address.start):
            continue  # a postcode and city, not the street line
        line_start = max(text.rfind("\n", 0, max(0, address.start - 1)), -1) + 1
        m = _ADDRESSEE.search(
            text,
            max(0, line_start - 80 if text[address.start - 1 : address.start] == "\n" else line_start),
            address.start,
        )
        if not m:
            continue
        words = [w.strip(".") for w in m.group("name").split()]
        capitalised = [w for w in words if w[:1].isupper()]
        if any(w in STOP_WORDS or is_nounish(w) or any(c.isdigit() for c in w) for w in capitalised):
            continue
        if is_company_name(text, m.start("name"), m.end("name"), words):
            continue
        if any(p.start < m.end("name") and m.start("name") < p.end for p in persons):
            continue  # already found by its own cue (with its title left outside)
        listed = any(w in FIRST_NAMES or w in SURNAMES for w in capitalised)
        if m.group("sep") == "\n" and not listed:
            continue  # a line of its own must carry a listed name ("Whitcombe Interiors" is a firm)
        out.append(Candidate(m.start("name"), m.end("name"), "PERSON", P_PERSON))
    return out


def _writer_first_name(text: str, persons: list[Entity]) -> str | None:
    """The given name in the sign-off, if any: a name on its own line, after a closing or a dash."""
    if not persons:
        return None
    last = persons[-1]
    before = text[max(0, last.start - 40) : last.start].rstrip(" \t")
    words = before.split()
    if any(w.lower().strip(".,:") in _THIRD_PERSON for w in words[-3:]):
        return None  # "ihr Name: Petra Lenz-Hofmann": the name of someone the writer refers to
    if words and words[-1].lower().strip(".,") in _REFERRED_PERSON:
        return None  # "... ist meine Frau Sabine Kühn": someone the writer refers to
    at_end = not text[last.end :].strip(" \t\r\n.!")
    if before and not (at_end or before.endswith(("\n", ",", "–", "-", "—")) or _CLOSING_WORD.search(before)):
        return None
    return last.text.split()[0]
