"""Retention: personal data is deleted when the tenant's retention period for its category has passed.

Invariants of this module (it deletes data):
- It runs per tenant, inside that tenant's context, and deletes only that tenant's rows.
- A category without a configured period (None) is kept; a period is counted from the last activity
  (a conversation's last message, a contact's last change, a transfer record's creation).
- A conversation under a legal hold (`dsar.LegalHold`, e.g. a business letter under HGB §257 / AO §147) is
  never deleted here before its hold ends; its contact is kept with it.
- Every sweep that deletes anything writes one audit event with the counts (no personal data).
"""

from datetime import timedelta

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from compliance import selectors
from compliance.models import TransferRecord
from dsar.models import LegalHold
from inquiries.models import Contact, Conversation
from tenants.context import require_current_tenant
from tenants.services import audit_log


@transaction.atomic
def retention_sweep() -> dict[str, int]:
    """Delete what the current tenant's retention periods no longer allow to keep; returns counts per category."""
    tenant = require_current_tenant()
    settings = selectors.privacy_settings()
    now = timezone.now()
    counts = {"conversations": 0, "contacts": 0, "transfer_records": 0}
    held = LegalHold.objects.filter(conversation=OuterRef("pk"), until__gte=now.date())
    if settings.retention_conversations_days is not None:
        expired = Conversation.objects.filter(
            updated_at__lt=now - timedelta(days=settings.retention_conversations_days)
        ).exclude(Exists(held))
        counts["conversations"] = expired.count()
        expired.delete()
    if settings.retention_contacts_days is not None:
        open_conversations = Conversation.objects.filter(contact=OuterRef("pk"))
        expired = Contact.objects.filter(updated_at__lt=now - timedelta(days=settings.retention_contacts_days)).exclude(
            Exists(open_conversations)
        )
        counts["contacts"] = expired.count()
        expired.delete()
    if settings.retention_transfer_records_days is not None:
        expired = TransferRecord.objects.filter(
            created_at__lt=now - timedelta(days=settings.retention_transfer_records_days)
        )
        counts["transfer_records"] = expired.count()
        expired.delete()
    if any(counts.values()):
        audit_log(tenant=tenant, actor="retention", action="retention.purged", data=counts)
    return counts
