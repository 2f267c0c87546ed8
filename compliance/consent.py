"""Explicit consent in the chat (Art. 9(2)(a) GDPR): asked before special categories of data go to a provider."""

from django.db import transaction
from django.utils.translation import gettext as _

from compliance.models import ConsentPurpose, ConsentRecord
from tenants.services import audit_log

CATEGORY_NAMES = {
    "HEALTH": lambda: _("your health"),
    "RELIGION": lambda: _("your religion or beliefs"),
    "ETHNIC_ORIGIN": lambda: _("your ethnic origin"),
    "POLITICAL_OPINION": lambda: _("your political opinions"),
    "TRADE_UNION": lambda: _("a trade-union membership"),
    "SEXUAL_ORIENTATION": lambda: _("your sex life or sexual orientation"),
    "GENETIC": lambda: _("genetic data"),
    "BIOMETRIC": lambda: _("biometric data"),
}


def art9_question(categories: list[str], recipient: str) -> str:
    """The question the customer answers; stored verbatim with the answer."""
    about = ", ".join(CATEGORY_NAMES[c]() for c in categories if c in CATEGORY_NAMES)
    return _(
        "Your message contains information about %(about)s. May we send it, without your name and contact "
        "details, to our AI service (%(recipient)s) to answer you? If you decline, a member of our team will "
        "answer you personally."
    ) % {"about": about, "recipient": recipient}


def has_art9_consent(conversation) -> bool:
    latest = ConsentRecord.objects.filter(conversation=conversation, purpose=ConsentPurpose.ART9).last()
    return bool(latest and latest.granted)


@transaction.atomic
def consent_record(*, conversation, message, granted: bool, categories: list[str], text_shown: str) -> ConsentRecord:
    """Record the customer's answer (both ways) and audit it without the message content."""
    record = ConsentRecord.objects.create(
        tenant_id=conversation.tenant_id,
        conversation=conversation,
        message=message,
        purpose=ConsentPurpose.ART9,
        granted=granted,
        categories=sorted(categories),
        text_shown=text_shown,
    )
    audit_log(
        tenant=conversation.tenant,
        actor="customer",
        action="consent.granted" if granted else "consent.declined",
        target=record,
        data={"purpose": ConsentPurpose.ART9, "categories": sorted(categories)},
    )
    return record
