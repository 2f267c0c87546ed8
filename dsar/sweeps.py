"""The daily sweep of data-subject requests: overdue flags, reminders to the tenant, and the retention purge.

Retention purge invariants:
1. Only requests finished (responded, refused, withdrawn or closed) longer than DSAR_RETENTION_DAYS ago (default three
   years, the regular limitation period of § 195 BGB) are purged, once (`purged_at`).
2. What stays: the request row with its keyed identifier hashes, rights, dates, statuses and outcomes (counts and
   ids), its processing blocks (an objection keeps working), and the audit trail.
3. What goes: the personal fields of the request, its letters, its Art. 19 tasks, its export files and rows, and the
   corrections and transcript notes it created.
Stalled exports: a package queued or building without progress for DSAR_EXPORT_STALL_MINUTES lost its worker; it is
marked failed (audited, nothing deleted) so that a member can start the right again (`exports_stalled`, every few
minutes).
Expired exports: a package's file is deleted once its download period has passed (the row stays, without a file, as
the record that it was provided); copies of a person's data do not outlive their purpose.

Held conversations (legal hold ended) invariants:
1. A conversation that an erasure kept because of a legal hold (HGB §257 / AO §147; marked by its "legal_hold"
   processing block) is erased by every collector once the hold's end date has passed, as the confirmation letter
   promised; its contact goes too unless another conversation still uses it.
2. A held conversation without such a block (nobody asked for its erasure) is left to the retention periods.
Every function takes one tenant and runs in that tenant's context (the task loops over tenants).
"""

from datetime import date, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from dsar import fulfil, index
from dsar.collectors import Subject, collectors
from dsar.letters import render_letter
from dsar.models import (
    FINISHED_STATUSES,
    OPEN_STATUSES,
    BlockKind,
    DataSubjectRequest,
    ExportPackage,
    IdentifierKind,
    LegalHold,
    ProcessingBlock,
    export_stalled_q,
)
from dsar.request_collector import request_scrub
from dsar.storage import export_file_delete
from inquiries.models import Conversation
from tenants.console import LEGAL
from tenants.models import Membership
from tenants.services import audit_log

REMIND_DAYS = 7


def overdue_flag(*, tenant, today: date) -> int:
    """Flag open requests whose deadline has passed; one audit event each, the first time."""
    flagged = 0
    for request in DataSubjectRequest.objects.filter(status__in=OPEN_STATUSES, overdue=False, merged_into=None):
        if request.deadline < today:
            with transaction.atomic():
                request.overdue = True
                request.save(update_fields=["overdue"])
                audit_log(
                    tenant=tenant,
                    actor="system",
                    action="dsar.overdue",
                    target=request,
                    data={"deadline": request.deadline.isoformat()},
                )
            flagged += 1
    return flagged


def reminders_send(*, tenant, today: date) -> int:
    """One e-mail a day to the tenant's owners, admins and DPOs listing requests due within a week or overdue."""
    due = [
        r
        for r in DataSubjectRequest.objects.filter(status__in=OPEN_STATUSES, merged_into=None).order_by("due_on")
        if r.deadline <= today + timedelta(days=REMIND_DAYS) and r.reminded_on != today
    ]
    recipients = sorted(
        set(Membership.objects.filter(role__in=LEGAL).exclude(user__email="").values_list("user__email", flat=True))
    )
    if not due or not recipients:
        return 0
    subject, body = render_letter(
        "reminder",
        tenant.default_language,
        {"company": tenant.name, "requests": due, "today": today, "public_url": settings.PUBLIC_BASE_URL},
    )
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
    DataSubjectRequest.objects.filter(pk__in=[r.pk for r in due]).update(reminded_on=today)
    return len(due)


def retention_purge(*, tenant, now=None) -> int:
    """Purge finished requests past the retention period, keeping hashes and the audit trail (see the header)."""
    now = now or timezone.now()
    days = settings.DSAR_RETENTION_DAYS
    expired = DataSubjectRequest.objects.filter(
        status__in=FINISHED_STATUSES, purged_at__isnull=True, closed_at__lt=now - timedelta(days=days)
    )
    purged = 0
    for request in expired:
        with transaction.atomic():
            for package in request.exports.all():
                export_file_delete(package)
            request.exports.all().delete()
            request.letters.all().delete()
            request.notifications.all().delete()
            request.rectifications.all().delete()
            request.annotations.all().delete()
            request_scrub(request)
            request.extension_reason = request.refusal_reason = ""
            request.purged_at = now
            request.save(update_fields=["extension_reason", "refusal_reason", "purged_at"])
            audit_log(tenant=tenant, actor="system", action="dsar.purged", target=request, data={"days": days})
        purged += 1
    return purged


def held_erasure_complete(*, tenant, today: date) -> int:
    """Erase the conversations an erasure kept for a legal hold whose end date has passed (see the header)."""
    erased = 0
    for hold in LegalHold.objects.filter(until__lt=today).select_related("conversation").order_by("pk"):
        conversation = hold.conversation
        token_digest = index.digest(tenant.pk, IdentifierKind.TOKEN, conversation.token)
        blocks = ProcessingBlock.objects.filter(kind=BlockKind.RESTRICTION, reason="legal_hold", digest=token_digest)
        block = blocks.select_related("request").first()
        if block is None:
            continue
        others = Conversation.objects.filter(contact_id=conversation.contact_id).exclude(pk=conversation.pk)
        contact_ids = {conversation.contact_id} if conversation.contact_id and not others.exists() else set()
        subject = Subject(
            tenant=tenant, digests=[token_digest], contact_ids=contact_ids, conversation_ids={conversation.pk}
        )
        with transaction.atomic():
            counts: dict[str, int] = {}
            for collector in collectors():
                counts.update(collector.erase(subject, held=set()).counts)
            blocks.delete()
            audit_log(
                tenant=tenant,
                actor="system",
                action="dsar.held_conversation_erased",
                target=block.request,
                data={
                    "conversation": conversation.pk,
                    "hold_ended": hold.until.isoformat(),
                    "erased": {k: v for k, v in counts.items() if v},
                },
            )
        erased += 1
    return erased


def exports_expire(*, tenant, now=None) -> int:
    """Delete the files of packages whose download period has passed; idempotent."""
    now = now or timezone.now()
    expired = ExportPackage.objects.filter(expires_at__lt=now).exclude(storage_name="")
    count = 0
    for package in expired:
        export_file_delete(package)
        package.storage_name = ""
        package.save(update_fields=["storage_name"])
        count += 1
    if count:
        audit_log(tenant=tenant, actor="system", action="dsar.exports_expired", data={"packages": count})
    return count


def tenants_with_stalled_exports(now=None) -> list[int]:
    """Ids of the tenants that have a stalled package (one query across tenants, for the frequent beat job)."""
    stalled = ExportPackage.objects.unscoped().filter(export_stalled_q(now))
    return sorted(set(stalled.values_list("tenant_id", flat=True)))


def exports_stalled(*, tenant, now=None) -> int:
    """Mark the tenant's packages that lost their worker as failed, so that they can be started again."""
    return fulfil.exports_stalled_fail(tenant=tenant, actor="system", now=now)
