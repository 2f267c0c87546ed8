import hashlib
import json

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from tenants.context import get_current_tenant
from tenants.managers import TenantScopedManager

GENESIS_HASH = "0" * 64


class Tenant(models.Model):
    """A business using Klardesk. Not tenant-owned itself: it is the scope."""

    slug = models.SlugField(_("slug"), max_length=63, unique=True)
    name = models.CharField(_("name"), max_length=200)
    legal_name = models.CharField(_("legal name"), max_length=200, blank=True)
    legal_address = models.TextField(_("legal address"), blank=True)
    dpo_name = models.CharField(_("data protection officer"), max_length=200, blank=True)
    dpo_email = models.EmailField(_("DPO e-mail"), blank=True)
    default_language = models.CharField(_("default language"), max_length=2, choices=settings.LANGUAGES, default="de")
    federal_state = models.CharField(
        _("federal state"), max_length=2, default="BE", help_text=_("ISO 3166-2:DE code; decides public holidays.")
    )
    ai_enabled = models.BooleanField(
        _("AI answering on"), default=True, help_text=_("Kill switch: off sends every inquiry to humans.")
    )
    assistant_name = models.CharField(_("assistant name"), max_length=60, default="Klara")
    assistant_instructions = models.TextField(
        _("instructions for the assistant"), blank=True, help_text=_("Added to the default system prompt.")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("tenant")
        verbose_name_plural = _("tenants")

    def __str__(self):
        return self.name


class TenantOwnedModel(models.Model):
    """Base of every row that belongs to one tenant; see DESIGN.md "Tenancy: shared schema, fail closed"."""

    tenant = models.ForeignKey(Tenant, on_delete=models.CASCADE, db_index=True, related_name="+")

    objects = TenantScopedManager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        current = get_current_tenant()
        if self.tenant_id is None and current is not None:
            self.tenant = current
        if current is not None and self.tenant_id != current.id:
            raise ValidationError("Refusing to write a row of another tenant than the current one.")
        super().save(*args, **kwargs)


class Role(models.TextChoices):
    OWNER = "owner", _("Owner")
    ADMIN = "admin", _("Administrator")
    AGENT = "agent", _("Agent")
    DPO = "dpo", _("Data protection officer")


class Membership(TenantOwnedModel):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=10, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["tenant", "user"], name="membership_unique_user")]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")

    def __str__(self):
        return f"{self.user} @ {self.tenant_id} ({self.role})"


class ApiKey(TenantOwnedModel):
    """Only the SHA-256 of the key is stored; the key itself is shown once when it is created."""

    name = models.CharField(_("name"), max_length=100)
    prefix = models.CharField(_("prefix"), max_length=16, unique=True)
    key_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        verbose_name = _("API key")
        verbose_name_plural = _("API keys")

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    @staticmethod
    def hash_secret(raw: str) -> str:
        return hashlib.sha256(raw.encode()).hexdigest()


class WidgetKey(TenantOwnedModel):
    """Public key embedded in the chat snippet; it identifies the tenant, it does not authorise agents."""

    key = models.CharField(max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=100, default="Website")
    allowed_origins = models.JSONField(
        _("allowed origins"), default=list, help_text=_("Origins (scheme://host:port) allowed to open the chat.")
    )
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("widget key")
        verbose_name_plural = _("widget keys")

    def __str__(self):
        return self.key

    def allows_origin(self, origin: str | None) -> bool:
        return bool(origin) and origin.rstrip("/") in {o.rstrip("/") for o in self.allowed_origins}


class AuditEvent(TenantOwnedModel):
    """Append-only, hash-chained per tenant: each row stores the hash of the tenant's previous row."""

    created_at = models.DateTimeField(db_index=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    actor_label = models.CharField(max_length=200)
    action = models.CharField(max_length=100, db_index=True)
    target_type = models.CharField(max_length=100, blank=True)
    target_id = models.CharField(max_length=100, blank=True)
    data = models.JSONField(default=dict, blank=True)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    class Meta:
        ordering = ["id"]
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValidationError("Audit events are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValidationError("Audit events are append-only.")

    def compute_hash(self) -> str:
        payload = json.dumps(
            {
                "tenant": self.tenant_id,
                "created_at": self.created_at.isoformat(),
                "actor": self.actor_label,
                "action": self.action,
                "target_type": self.target_type,
                "target_id": self.target_id,
                "data": self.data,
                "prev": self.prev_hash,
            },
            sort_keys=True,
            ensure_ascii=False,
            default=str,
        )
        return hashlib.sha256(payload.encode()).hexdigest()
