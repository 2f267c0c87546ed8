"""Data-subject requests (Art. 15-21 GDPR), the identifier index, legal holds, processing blocks and their records.

Personal data of the person lives only in `DataSubjectRequest.email/name/details`, `Rectification` and
`Annotation`; everything else holds keyed hashes, ids, counts and provider names (see dsar/erasure.py).
"""

import uuid
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tenants.models import TenantOwnedModel


class Right(models.TextChoices):
    ACCESS = "access", _("Access (Art. 15)")
    RECTIFICATION = "rectification", _("Rectification (Art. 16)")
    ERASURE = "erasure", _("Erasure (Art. 17)")
    RESTRICTION = "restriction", _("Restriction of processing (Art. 18)")
    PORTABILITY = "portability", _("Data portability (Art. 20)")
    OBJECTION = "objection", _("Objection (Art. 21)")


class Status(models.TextChoices):
    RECEIVED = "received", _("Received")
    IDENTITY_CHECK = "identity_check", _("Identity check")
    IN_PROGRESS = "in_progress", _("In progress")
    ON_HOLD = "on_hold", _("On hold")
    AWAITING_INFO = "awaiting_info", _("Awaiting information")
    RESPONDED = "responded", _("Responded")
    REFUSED = "refused", _("Refused")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    CLOSED = "closed", _("Closed")


OPEN_STATUSES = (
    Status.RECEIVED,
    Status.IDENTITY_CHECK,
    Status.IN_PROGRESS,
    Status.ON_HOLD,
    Status.AWAITING_INFO,
)


FINISHED_STATUSES = (Status.RESPONDED, Status.REFUSED, Status.WITHDRAWN, Status.CLOSED)


class Intake(models.TextChoices):
    WEB = "web", _("Self-service page")
    API = "api", _("API")
    CONSOLE = "console", _("Console (letter, phone)")


class VerificationMethod(models.TextChoices):
    EMAIL_CODE = "email_code", _("Code sent by e-mail")
    EMAIL_LINK = "email_link", _("Link sent by e-mail")
    CONVERSATION_TOKEN = "conversation_token", _("Conversation token of the chat")
    AGENT = "agent", _("Checked by an agent")


class RefusalGround(models.TextChoices):
    MANIFESTLY_UNFOUNDED = "manifestly_unfounded", _("Manifestly unfounded (Art. 12(5))")
    EXCESSIVE = "excessive", _("Excessive, in particular repetitive (Art. 12(5))")
    IDENTITY_NOT_PROVEN = "identity_not_proven", _("Identity could not be established (Art. 12(2), 11(2))")


class DataSubjectRequest(TenantOwnedModel):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    rights = models.JSONField(_("rights"), default=list)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.RECEIVED)
    intake = models.CharField(_("received via"), max_length=10, choices=Intake.choices)
    language = models.CharField(_("language"), max_length=2, default="de")
    # Personal data, scrubbed by erasure and by the retention purge; the hashes below stay.
    email = models.EmailField(_("e-mail"), blank=True)
    name = models.CharField(_("name"), max_length=200, blank=True)
    details = models.TextField(_("details"), blank=True)
    identifier_hashes = models.JSONField(default=list, blank=True)
    received_at = models.DateTimeField(_("received"))
    due_on = models.DateField(_("due"))
    extended_due_on = models.DateField(_("extended deadline"), null=True, blank=True)
    extension_reason = models.TextField(_("reason for the extension"), blank=True)
    hold_reason = models.TextField(_("reason for the hold"), blank=True)
    refusal_ground = models.CharField(max_length=30, choices=RefusalGround.choices, blank=True)
    refusal_reason = models.TextField(_("justification of the refusal"), blank=True)
    verified_at = models.DateTimeField(_("identity verified"), null=True, blank=True)
    verification_method = models.CharField(max_length=20, choices=VerificationMethod.choices, blank=True)
    verification_code_hash = models.CharField(max_length=64, blank=True)
    verification_expires_at = models.DateTimeField(null=True, blank=True)
    verification_attempts = models.PositiveSmallIntegerField(default=0)
    verification_nonce = models.CharField(max_length=32, blank=True)
    merged_into = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged")
    outcomes = models.JSONField(default=dict, blank=True)
    reminded_on = models.DateField(null=True, blank=True)
    overdue = models.BooleanField(_("overdue"), default=False, db_index=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    purged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("data-subject request")
        verbose_name_plural = _("data-subject requests")
        indexes = [models.Index(fields=["tenant", "status", "due_on"])]

    def __str__(self):
        return f"DSAR {str(self.public_id)[:8]}"

    @property
    def reference(self) -> str:
        return str(self.public_id)[:8].upper()

    @property
    def right_labels(self) -> list[str]:
        return [Right(r).label for r in self.rights]

    @property
    def deadline(self):
        return self.extended_due_on or self.due_on

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


class IdentifierKind(models.TextChoices):
    EMAIL = "email", _("e-mail")
    PHONE = "phone", _("phone")
    CUSTOMER_NUMBER = "customer_number", _("customer number")
    TOKEN = "token", _("conversation token")


class IdentifierIndex(TenantOwnedModel):
    """Keyed hash (HMAC) of one normalised identifier -> the row it identifies. Never holds the identifier."""

    kind = models.CharField(max_length=20, choices=IdentifierKind.choices)
    digest = models.CharField(max_length=64)
    model = models.CharField(max_length=60)
    object_id = models.BigIntegerField()

    class Meta:
        indexes = [
            models.Index(fields=["tenant", "digest"]),
            models.Index(fields=["tenant", "model", "object_id"]),
        ]


class HoldReason(models.TextChoices):
    HGB_257 = "hgb_257", _("Business letter (HGB §257)")
    AO_147 = "ao_147", _("Tax-relevant document (AO §147)")


class LegalHold(TenantOwnedModel):
    """A conversation the tenant must keep (business letter): erasure restricts it instead of erasing it."""

    conversation = models.OneToOneField("inquiries.Conversation", on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(_("reason"), max_length=10, choices=HoldReason.choices)
    until = models.DateField(_("kept until"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("legal hold")
        verbose_name_plural = _("legal holds")


class BlockKind(models.TextChoices):
    RESTRICTION = "restriction", _("Restriction (Art. 18)")
    OBJECTION = "objection", _("Objection (Art. 21)")


class ProcessingBlock(TenantOwnedModel):
    """Keeps a person's data out of AI processing: one row per blocked identifier hash."""

    kind = models.CharField(max_length=20, choices=BlockKind.choices)
    digest = models.CharField(max_length=64)
    request = models.ForeignKey(DataSubjectRequest, null=True, on_delete=models.SET_NULL, related_name="blocks")
    reason = models.CharField(max_length=30, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    lifted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["tenant", "digest"])]


class ExportKind(models.TextChoices):
    ACCESS = "access", _("Copy of the data (Art. 15)")
    PORTABILITY = "portability", _("Portable data (Art. 20)")


class ExportStatus(models.TextChoices):
    PENDING = "pending", _("Queued")
    BUILDING = "building", _("Building")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")


EXPORT_RUNNING = (ExportStatus.PENDING, ExportStatus.BUILDING)


def export_stall_cutoff(now=None):
    """Packages queued or building without progress since before this moment have lost their worker."""
    return (now or timezone.now()) - timedelta(minutes=settings.DSAR_EXPORT_STALL_MINUTES)


def export_stalled_q(now=None) -> models.Q:
    """The packages that lost their worker, as a filter: the query form of `ExportPackage.stalled`."""
    return models.Q(status__in=EXPORT_RUNNING, progress_at__lt=export_stall_cutoff(now))


class ExportPackage(TenantOwnedModel):
    request = models.ForeignKey(DataSubjectRequest, on_delete=models.CASCADE, related_name="exports")
    kind = models.CharField(max_length=20, choices=ExportKind.choices)
    status = models.CharField(max_length=10, choices=ExportStatus.choices, default=ExportStatus.PENDING)
    progress = models.PositiveSmallIntegerField(default=0)
    # When the package was queued or its worker last reported progress; see `stalled`.
    progress_at = models.DateTimeField(default=timezone.now)
    storage_name = models.CharField(max_length=100, blank=True)
    size = models.PositiveIntegerField(default=0)
    sha256 = models.CharField(max_length=64, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    downloaded_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    @property
    def stalled(self) -> bool:
        """Queued or building, but without progress for DSAR_EXPORT_STALL_MINUTES: its worker died or was lost."""
        return self.status in EXPORT_RUNNING and self.progress_at < export_stall_cutoff()


class Letter(TenantOwnedModel):
    """A letter or e-mail to the person (or an Art. 19 recipient). Bodies carry references, never identifiers."""

    request = models.ForeignKey(DataSubjectRequest, on_delete=models.CASCADE, related_name="letters")
    kind = models.CharField(max_length=40)
    language = models.CharField(max_length=2)
    subject = models.CharField(max_length=200)
    body = models.TextField()
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]


class Rectification(TenantOwnedModel):
    """History of a corrected contact field: the old value stays visible to the tenant until erasure."""

    request = models.ForeignKey(DataSubjectRequest, on_delete=models.CASCADE, related_name="rectifications")
    contact = models.ForeignKey("inquiries.Contact", on_delete=models.CASCADE, related_name="+")
    field = models.CharField(max_length=30)
    old_value = models.CharField(max_length=200, blank=True)
    new_value = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)


class Annotation(TenantOwnedModel):
    """A correction attached to a transcript message; transcripts are never rewritten."""

    request = models.ForeignKey(DataSubjectRequest, on_delete=models.CASCADE, related_name="annotations")
    message = models.ForeignKey("inquiries.Message", on_delete=models.CASCADE, related_name="+")
    text = models.TextField()
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)


class NotificationStatus(models.TextChoices):
    PENDING = "pending", _("To do")
    SENT = "sent", _("Sent")
    SKIPPED = "skipped", _("Skipped")


class RecipientNotification(TenantOwnedModel):
    """Art. 19: one task per recipient (AI provider) that received the person's data."""

    request = models.ForeignKey(DataSubjectRequest, on_delete=models.CASCADE, related_name="notifications")
    trigger = models.CharField(max_length=20, choices=Right.choices)
    recipient = models.CharField(max_length=200)
    provider_kind = models.CharField(max_length=20)
    transfers = models.PositiveIntegerField(default=0)
    status = models.CharField(max_length=10, choices=NotificationStatus.choices, default=NotificationStatus.PENDING)
    skip_reason = models.TextField(blank=True)
    letter = models.TextField()
    done_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
