"""Art. 19 GDPR: after rectification, erasure or restriction, one notification task per recipient of the data.

Recipients are the AI providers named in the transfer records of the person's conversations (local answering is no
recipient). Each task carries a ready letter that names the tenant's reference, the period and the number of
transfers, never the person's identifiers; marking it skipped needs a recorded reason (Art. 19: "unless this proves
impossible or involves disproportionate effort").
"""

from django.db import transaction
from django.db.models import Count, Max, Min
from django.utils import timezone

from compliance.models import TransferRecord
from dsar.collectors import Subject
from dsar.errors import DsarError
from dsar.letters import render_letter
from dsar.models import DataSubjectRequest, NotificationStatus, RecipientNotification
from tenants.services import audit_log

# Providers in German-speaking countries get the German letter, all others the English one.
GERMAN_SPEAKING = ("DE", "AT", "CH", "LI")


def recipients_of(subject: Subject) -> list[dict]:
    """Each recipient of the person's data with the number and period of transfers."""
    rows = (
        TransferRecord.objects.filter(conversation_id__in=subject.conversation_ids)
        .exclude(provider_kind="local")
        .values("provider_legal_name", "provider_kind", "country")
        .annotate(transfers=Count("id"), first=Min("created_at"), last=Max("created_at"))
        .order_by("provider_legal_name", "provider_kind", "country")
    )
    return list(rows)


def notifications_prepare(
    *, request: DataSubjectRequest, subject: Subject, trigger: str
) -> list[RecipientNotification]:
    """Create the pending tasks (call before erasure unlinks the transfer records)."""
    created = []
    company = request.tenant.legal_name or request.tenant.name
    for row in recipients_of(subject):
        recipient = row["provider_legal_name"] or row["provider_kind"]
        _, letter = render_letter(
            "art19",
            "de" if row["country"] in GERMAN_SPEAKING else "en",
            {"company": company, "reference": request.reference, "trigger": trigger, "recipient": recipient, **row},
        )
        created.append(
            RecipientNotification.objects.create(
                tenant=request.tenant,
                request=request,
                trigger=trigger,
                recipient=recipient,
                provider_kind=row["provider_kind"],
                transfers=row["transfers"],
                letter=letter,
            )
        )
    return created


def notification_complete(*, notification: RecipientNotification, actor, skip_reason: str = "") -> None:
    """Mark a task sent, or skipped with a reason; audited."""
    if notification.status != NotificationStatus.PENDING:
        raise DsarError("unknown_notification")
    skip_reason = (skip_reason or "").strip()
    with transaction.atomic():
        notification.status = NotificationStatus.SKIPPED if skip_reason else NotificationStatus.SENT
        notification.skip_reason = skip_reason
        notification.done_at = timezone.now()
        notification.save()
        audit_log(
            tenant=notification.request.tenant,
            actor=actor,
            action=f"dsar.art19_{notification.status}",
            target=notification.request,
            data={"notification": notification.pk, "recipient": notification.recipient},
        )
