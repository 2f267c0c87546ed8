"""Replace detected values by stable placeholders and put them back into answers.

Security-critical invariants:
* `restore(pseudonymise(text))` gives back `text` for ANY text under a
  pseudonymising policy. Anything in the customer's own text that `restore`
  would read as a placeholder (`[PERSON_1]`, `[person 1]`, `[EMAIL]`) is itself
  replaced by a `[TEXT_n]` placeholder, so a typed look-alike never collides
  with a real one and comes back verbatim.
* A placeholder the model invented or garbled is never shown raw: `restore`
  fills in the real value when it can recognise it, otherwise a neutral word.
* The mapping is a plain `dict[str, str]` (placeholder -> original value), to
  be stored per conversation and erased with it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .model import DEFAULT_POLICY, ENTITY_TYPES, KEEP, MASK, Detection, Policy

LITERAL = "TEXT"
_KINDS = (*ENTITY_TYPES, LITERAL)
# Longest first so that "TAX_ID" is not read as a truncated "TAX".
_KIND_ALTERNATION = "|".join(k.replace("_", "[ _-]?") for k in sorted(_KINDS, key=len, reverse=True))
_CANONICAL = re.compile(r"\[(" + "|".join(_KINDS) + r")_([1-9]\d{0,5})\]")
# Everything `restore` treats as a (possibly garbled) placeholder. A bare
# "PERSON_1" directly after "]" is not one: after escaping, "]" may end a
# placeholder that replaced text which did not block the match before.
_LOOKALIKE = re.compile(
    r"\[[ \t]*(?P<kind>" + _KIND_ALTERNATION + r")(?:[ \t_-]*(?P<num>\d{1,6}))?[ \t]*\]?"
    r"|(?<![\w\[\]])(?P<bare>(?-i:" + "|".join(_KINDS) + r"))_(?P<bnum>\d{1,6})\]?(?![\w])",
    re.IGNORECASE,
)

NEUTRAL_WORDS = {
    "de": {
        "PERSON": "die betreffende Person",
        "EMAIL": "die E-Mail-Adresse",
        "PHONE": "die Telefonnummer",
        "IBAN": "die Bankverbindung",
        "CREDIT_CARD": "die Kartennummer",
        "ADDRESS": "die Adresse",
        "DATE_OF_BIRTH": "das Geburtsdatum",
        "TAX_ID": "die Steuernummer",
        "VAT_ID": "die USt-IdNr.",
        "SOCIAL_SECURITY_NUMBER": "die Versicherungsnummer",
        "HEALTH_INSURANCE_NUMBER": "die Versichertennummer",
        "ID_DOCUMENT": "die Ausweisnummer",
        "IP_ADDRESS": "die IP-Adresse",
        "CUSTOMER_NUMBER": "die Kundennummer",
        LITERAL: "…",
    },
    "en": {
        "PERSON": "the person concerned",
        "EMAIL": "the e-mail address",
        "PHONE": "the phone number",
        "IBAN": "the bank account",
        "CREDIT_CARD": "the card number",
        "ADDRESS": "the address",
        "DATE_OF_BIRTH": "the date of birth",
        "TAX_ID": "the tax number",
        "VAT_ID": "the VAT ID",
        "SOCIAL_SECURITY_NUMBER": "the social security number",
        "HEALTH_INSURANCE_NUMBER": "the insurance number",
        "ID_DOCUMENT": "the document number",
        "IP_ADDRESS": "the IP address",
        "CUSTOMER_NUMBER": "the customer number",
        LITERAL: "…",
    },
}


def _kind(raw: str) -> str:
    return re.sub(r"[ _-]", "", raw).upper()


_KIND_BY_COMPACT = {k.replace("_", ""): k for k in _KINDS}


class PlaceholderMap:
    """Placeholder <-> value for one conversation; plain-dict serialisable."""

    def __init__(self, entries: Mapping[str, str] | None = None) -> None:
        self._by_placeholder: dict[str, str] = {}
        # Keyed by the exact value: folding spellings together would make
        # restore() return a different spelling than the customer typed.
        self._by_value: dict[tuple[str, str], str] = {}
        self._counters: dict[str, int] = {}
        for placeholder, value in (entries or {}).items():
            m = _CANONICAL.fullmatch(placeholder)
            if not m or not isinstance(value, str):
                raise ValueError(f"not a placeholder mapping entry: {placeholder!r}")
            kind, number = m.group(1), int(m.group(2))
            self._by_placeholder[placeholder] = value
            self._by_value.setdefault((kind, value), placeholder)
            self._counters[kind] = max(self._counters.get(kind, 0), number)

    def to_dict(self) -> dict[str, str]:
        """Plain dict for storage with the conversation."""
        return dict(self._by_placeholder)

    @classmethod
    def from_dict(cls, data: Mapping[str, str] | None) -> PlaceholderMap:
        """Inverse of `to_dict`; raises ValueError on foreign keys."""
        return cls(data)

    def placeholder_for(self, kind: str, value: str) -> str:
        """The stable placeholder of a value, allocating the next number on first sight."""
        key = (kind, value)
        existing = self._by_value.get(key)
        if existing is not None:
            return existing
        number = self._counters.get(kind, 0) + 1
        self._counters[kind] = number
        placeholder = f"[{kind}_{number}]"
        self._by_placeholder[placeholder] = value
        self._by_value[key] = placeholder
        return placeholder

    def get(self, placeholder: str) -> str | None:
        """The original value of a canonical placeholder, if known."""
        return self._by_placeholder.get(placeholder)

    def __len__(self) -> int:
        return len(self._by_placeholder)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PlaceholderMap) and other._by_placeholder == self._by_placeholder


def _escape_lookalikes(segment: str, mapping: PlaceholderMap) -> str:
    if "[" not in segment and "_" not in segment:
        return segment  # every look-alike has a bracket or an underscore
    return _LOOKALIKE.sub(lambda m: mapping.placeholder_for(LITERAL, m.group()), segment)


def pseudonymise(
    text: str,
    detection: Detection,
    mapping: PlaceholderMap | Mapping[str, str] | None = None,
    policy: Policy | None = None,
) -> tuple[str, PlaceholderMap]:
    """Replace each entity per the policy's mode; returns the redacted text and the updated mapping.

    pseudonymise (default) -> `[PERSON_1]`, stable for the value within the
    mapping; mask -> `[EMAIL]`, not restorable; keep -> the value stays.
    """
    policy = policy or DEFAULT_POLICY
    if not isinstance(mapping, PlaceholderMap):
        mapping = PlaceholderMap(mapping)
    out: list[str] = []
    cursor = 0
    for entity in sorted(detection.entities, key=lambda e: e.start):
        if entity.start < cursor:
            raise ValueError("entities overlap")
        out.append(_escape_lookalikes(text[cursor : entity.start], mapping))
        value = text[entity.start : entity.end]
        mode = policy.mode_for(entity.type)
        if mode == KEEP:
            out.append(_escape_lookalikes(value, mapping))
        elif mode == MASK:
            out.append(f"[{entity.type}]")
        else:
            out.append(mapping.placeholder_for(entity.type, value))
        cursor = entity.end
    out.append(_escape_lookalikes(text[cursor:], mapping))
    return "".join(out), mapping


def restore(text: str, mapping: PlaceholderMap | Mapping[str, str], lang: str = "de") -> str:
    """Put the real values back into a model's answer.

    Canonical placeholders become their value; recognisable garbles
    (`[person 1]`, `PERSON_1`, `[PERSON_1`) too; anything placeholder-like
    that is not in the mapping becomes a neutral word, never raw text.
    """
    if not isinstance(mapping, PlaceholderMap):
        mapping = PlaceholderMap(mapping)
    neutral = NEUTRAL_WORDS.get(lang, NEUTRAL_WORDS["en"])

    def replace(m: re.Match[str]) -> str:
        raw_kind = m.group("kind") or m.group("bare")
        number = m.group("num") or m.group("bnum")
        kind = _KIND_BY_COMPACT.get(_kind(raw_kind), LITERAL)
        if number is not None:
            value = mapping.get(f"[{kind}_{int(number)}]")
            if value is not None:
                return value
        return neutral[kind]

    return _LOOKALIKE.sub(replace, text)


class Pseudonymiser:
    """Per-conversation helper: holds the mapping and the tenant policy."""

    def __init__(self, mapping: PlaceholderMap | Mapping[str, str] | None = None, policy: Policy | None = None):
        self.mapping = mapping if isinstance(mapping, PlaceholderMap) else PlaceholderMap(mapping)
        self.policy = policy or DEFAULT_POLICY

    def pseudonymise(self, text: str, detection: Detection) -> str:
        """Redact one message of the conversation, extending the mapping."""
        redacted, self.mapping = pseudonymise(text, detection, self.mapping, self.policy)
        return redacted

    def restore(self, text: str, lang: str = "de") -> str:
        """Restore placeholders in a provider answer for this conversation."""
        return restore(text, self.mapping, lang)
