"""Value types shared by the detector, the pseudonymiser and their callers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

ENTITY_TYPES: tuple[str, ...] = (
    "PERSON",
    "EMAIL",
    "PHONE",
    "IBAN",
    "CREDIT_CARD",
    "ADDRESS",
    "DATE_OF_BIRTH",
    "TAX_ID",
    "VAT_ID",
    "SOCIAL_SECURITY_NUMBER",
    "HEALTH_INSURANCE_NUMBER",
    "ID_DOCUMENT",
    "IP_ADDRESS",
    "CUSTOMER_NUMBER",
)
SPECIAL_CATEGORIES: tuple[str, ...] = (
    "HEALTH",
    "RELIGION",
    "ETHNIC_ORIGIN",
    "POLITICAL_OPINION",
    "TRADE_UNION",
    "SEXUAL_ORIENTATION",
    "GENETIC",
    "BIOMETRIC",
)

PSEUDONYMISE = "pseudonymise"
MASK = "mask"
KEEP = "keep"
MODES = (PSEUDONYMISE, MASK, KEEP)


@dataclass(frozen=True)
class Entity:
    """One detected value: `original[start:end] == self.text`, end exclusive."""

    type: str
    start: int
    end: int
    text: str


@dataclass
class Detection:
    """Result of `detect`: sorted, non-overlapping entities plus Art. 9 flags."""

    entities: list[Entity] = field(default_factory=list)
    special_categories: list[str] = field(default_factory=list)


@dataclass
class KnownIdentifiers:
    """What we already know about the contact (form, mailbox, contact record).

    These values are always redacted, whatever spelling the message uses.
    """

    names: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    customer_numbers: list[str] = field(default_factory=list)


@dataclass
class Policy:
    """A tenant's redaction policy.

    `modes` maps an entity type to pseudonymise (default), mask or keep.
    `enabled_types` limits detection; `custom_patterns` adds the tenant's own
    formats as `(TYPE, regex)`; a named group `value` narrows the span.
    """

    modes: dict[str, str] = field(default_factory=dict)
    enabled_types: frozenset[str] = frozenset(ENTITY_TYPES)
    custom_patterns: list[tuple[str, str]] = field(default_factory=list)
    compiled_patterns: list[tuple[str, re.Pattern[str]]] = field(
        init=False, repr=False, compare=False, default_factory=list
    )

    def __post_init__(self) -> None:
        self.enabled_types = frozenset(self.enabled_types)
        for entity_type in self.enabled_types:
            _check_type(entity_type, "enabled_types")
        for entity_type, mode in self.modes.items():
            _check_type(entity_type, "modes")
            if mode not in MODES:
                raise ValueError(f"Policy.modes[{entity_type!r}]: unknown mode {mode!r}, expected one of {MODES}")
        compiled = []
        for index, item in enumerate(self.custom_patterns):
            try:
                entity_type, regex = item
            except (TypeError, ValueError):
                raise ValueError(f"Policy.custom_patterns[{index}]: expected a (TYPE, regex) pair") from None
            _check_type(entity_type, f"custom_patterns[{index}]")
            try:
                pattern = re.compile(regex)
            except (re.error, TypeError) as exc:
                raise ValueError(
                    f"Policy.custom_patterns[{index}]: invalid regular expression {regex!r}: {exc}"
                ) from None
            if pattern.match(""):
                raise ValueError(f"Policy.custom_patterns[{index}]: regular expression {regex!r} matches empty text")
            compiled.append((entity_type, pattern))
        self.compiled_patterns = compiled

    def mode_for(self, entity_type: str) -> str:
        """The mode for one entity type (pseudonymise unless configured)."""
        return self.modes.get(entity_type, PSEUDONYMISE)


def _check_type(entity_type: str, where: str) -> None:
    if entity_type not in ENTITY_TYPES:
        raise ValueError(f"Policy.{where}: unknown entity type {entity_type!r}")


DEFAULT_POLICY = Policy()
