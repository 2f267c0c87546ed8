"""Data minimisation on the way to the provider: pseudonymise every turn, restore the answer locally.

The provider sees `[PERSON_1]` where the customer wrote "Frau Yılmaz"; the placeholder mapping stays with the
conversation in our database (and is erased with it); answers get the real values back before anyone sees them.
"""

import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction

from compliance.models import CustomPattern, RedactionMode, RedactionRule
from compliance.redaction import DEFAULT_POLICY, ENTITY_TYPES, KnownIdentifiers, Policy, detect
from compliance.redaction.pseudonymise import Pseudonymiser
from inquiries.providers.base import Turn
from tenants.services import audit_log

# An unfinished placeholder at the end of a streamed piece ("[PERS", "[PERSON_"): wait for the rest.
OPEN_BRACKET_TAIL = re.compile(r"\[[^\]\s]{0,40}$")


@dataclass
class Minimised:
    turns: list[Turn]
    #: Types of personal data found in the text sent (pseudonymised, masked or kept), plus Art. 9 categories.
    data_categories: list[str]
    #: Art. 9 categories revealed by the newest customer message.
    special_categories: list[str]
    pseudonymiser: Pseudonymiser = field(repr=False)


def known_identifiers(contact) -> KnownIdentifiers:
    if contact is None:
        return KnownIdentifiers()
    return KnownIdentifiers(
        names=[contact.name] if contact.name else [],
        emails=[contact.email] if contact.email else [],
        phones=[contact.phone] if contact.phone else [],
        customer_numbers=[contact.customer_number] if contact.customer_number else [],
    )


def minimise_turns(
    turns: list[Turn], *, language: str, contact=None, mapping: dict | None = None, policy: Policy | None = None
) -> Minimised:
    """Pseudonymise the customer's turns (our own earlier answers were restored and may quote values too)."""
    policy = policy or DEFAULT_POLICY
    known = known_identifiers(contact)
    pseudonymiser = Pseudonymiser(mapping or {}, policy)
    found: set[str] = set()
    special: list[str] = []
    minimised = []
    for index, turn in enumerate(turns):
        detection = detect(turn.text, language, known=known, policy=policy)
        found.update(entity.type for entity in detection.entities)
        if index == len(turns) - 1:
            special = list(detection.special_categories)
        minimised.append(Turn(role=turn.role, text=pseudonymiser.pseudonymise(turn.text, detection)))
    return Minimised(
        turns=minimised,
        data_categories=sorted(found | set(special)),
        special_categories=special,
        pseudonymiser=pseudonymiser,
    )


class StreamRestorer:
    """Restores placeholders in streamed pieces: holds back a tail that may be half a placeholder."""

    def __init__(self, pseudonymiser: Pseudonymiser, language: str):
        self.pseudonymiser = pseudonymiser
        self.language = language
        self.pending = ""

    def feed(self, piece: str) -> str:
        self.pending += piece
        cut = max(self.pending.rfind(" "), self.pending.rfind("\n")) + 1
        tail = OPEN_BRACKET_TAIL.search(self.pending)
        if tail:
            cut = min(cut, tail.start())
        ready, self.pending = self.pending[:cut], self.pending[cut:]
        return self.pseudonymiser.restore(ready, self.language) if ready else ""

    def flush(self) -> str:
        ready, self.pending = self.pending, ""
        return self.pseudonymiser.restore(ready, self.language) if ready else ""


def tenant_policy() -> Policy:
    """The current tenant's redaction policy: its modes per type and its own patterns."""
    rules = RedactionRule.objects.all()
    patterns = CustomPattern.objects.all()
    return Policy(
        modes={rule.entity_type: rule.mode for rule in rules},
        custom_patterns=[(p.entity_type, p.regex) for p in patterns],
    )


def redact_text(text: str, language: str, policy: Policy) -> dict:
    """One message redacted on its own: the shape of `manage.py redact --jsonl` and `POST /api/v1/redact`."""
    detection = detect(text, language, policy=policy)
    redacted = Pseudonymiser({}, policy).pseudonymise(text, detection)
    return {
        "redacted_text": redacted,
        "entities": [{"type": e.type, "start": e.start, "end": e.end} for e in detection.entities],
        "special_categories": list(detection.special_categories),
    }


@transaction.atomic
def redaction_rule_set(*, tenant, actor, entity_type: str, mode: str, reason: str = "") -> None:
    """Set how one type is treated. Keeping a type in clear text needs a recorded reason."""
    if entity_type not in ENTITY_TYPES:
        raise ValidationError({"entity_type": f"Unknown type {entity_type!r}."})
    if mode not in RedactionMode.values:
        raise ValidationError({"mode": f"Unknown mode {mode!r}."})
    if mode == RedactionMode.KEEP and not reason.strip():
        raise ValidationError({"reason": "Keeping personal data in clear text needs a reason."})
    if mode == RedactionMode.PSEUDONYMISE:
        RedactionRule.objects.filter(entity_type=entity_type).delete()
    else:
        RedactionRule.objects.update_or_create(
            tenant=tenant, entity_type=entity_type, defaults={"mode": mode, "reason": reason.strip()}
        )
    audit_log(tenant=tenant, actor=actor, action="minimisation.rule_set", data={"type": entity_type, "mode": mode})


@transaction.atomic
def custom_pattern_add(*, tenant, actor, entity_type: str, label: str, regex: str) -> CustomPattern:
    """Add a tenant pattern; an invalid or empty-matching regular expression is refused with its reason."""
    try:
        Policy(custom_patterns=[(entity_type, regex)])
    except ValueError as exc:
        raise ValidationError({"regex": str(exc)}) from None
    pattern = CustomPattern.objects.create(tenant=tenant, entity_type=entity_type, label=label.strip(), regex=regex)
    audit_log(tenant=tenant, actor=actor, action="minimisation.pattern_added", target=pattern, data={"label": label})
    return pattern


@transaction.atomic
def custom_pattern_delete(*, tenant, actor, pattern: CustomPattern) -> None:
    audit_log(
        tenant=tenant, actor=actor, action="minimisation.pattern_deleted", target=pattern, data={"label": pattern.label}
    )
    pattern.delete()
