from decimal import Decimal
from urllib.parse import urlsplit

from django.db import models
from django.utils.translation import gettext_lazy as _

from compliance import crypto
from tenants.models import TenantOwnedModel


class ProviderKind(models.TextChoices):
    ANTHROPIC = "anthropic", "Anthropic Claude"
    OPENAI = "openai", "OpenAI"
    GEMINI = "gemini", "Google Gemini"
    OPENAI_COMPATIBLE = "openai_compatible", _("OpenAI-compatible endpoint (EU / self-hosted)")
    LOCAL = "local", _("Built-in offline answerer")


DEFAULT_HOSTS = {
    ProviderKind.ANTHROPIC: "api.anthropic.com",
    ProviderKind.OPENAI: "api.openai.com",
    ProviderKind.GEMINI: "generativelanguage.googleapis.com",
}


class ProviderRegistration(TenantOwnedModel):
    """A tenant's AI provider: how to call it (inquiries.providers) and the legal answers about it."""

    kind = models.CharField(_("provider"), max_length=20, choices=ProviderKind.choices)
    label = models.CharField(_("label"), max_length=100, blank=True)
    model = models.CharField(_("model"), max_length=100, blank=True)
    base_url = models.URLField(_("base URL"), blank=True, help_text=_("Only to override the provider's endpoint."))
    country = models.CharField(
        _("country of processing"), max_length=2, blank=True, help_text=_("ISO code; required for custom endpoints.")
    )
    api_key_encrypted = models.TextField(blank=True, editable=False)
    api_key_last4 = models.CharField(max_length=4, blank=True, editable=False)
    timeout_seconds = models.PositiveIntegerField(_("timeout (s)"), default=30)
    max_output_tokens = models.PositiveIntegerField(_("max. output tokens"), default=800)
    temperature = models.DecimalField(_("temperature"), max_digits=3, decimal_places=2, default=Decimal("0.20"))
    active = models.BooleanField(_("active"), default=False)
    verified_at = models.DateTimeField(_("connection tested"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-active", "kind", "id"]
        constraints = [
            models.UniqueConstraint(fields=["tenant"], condition=models.Q(active=True), name="one_active_provider")
        ]
        verbose_name = _("AI provider registration")
        verbose_name_plural = _("AI provider registrations")

    def __str__(self):
        return self.label or self.get_kind_display()

    def set_api_key(self, raw: str) -> None:
        self.api_key_encrypted = crypto.encrypt(raw) if raw else ""
        self.api_key_last4 = raw[-4:] if raw else ""

    def get_api_key(self) -> str:
        """Decrypt just in time for a call; never store, log or render the result."""
        return crypto.decrypt(self.api_key_encrypted) if self.api_key_encrypted else ""

    @property
    def endpoint_host(self) -> str:
        if self.kind == ProviderKind.LOCAL:
            return "local"
        if self.base_url:
            return urlsplit(self.base_url).hostname or ""
        return DEFAULT_HOSTS.get(self.kind, "")

    @property
    def masked_key(self) -> str:
        return f"••••{self.api_key_last4}" if self.api_key_last4 else ""


class TransferRecord(TenantOwnedModel):
    """One provider call: who received which categories of personal data, when, on which legal basis."""

    conversation = models.ForeignKey("inquiries.Conversation", null=True, on_delete=models.SET_NULL, related_name="+")
    message = models.ForeignKey("inquiries.Message", null=True, on_delete=models.SET_NULL, related_name="+")
    registration = models.ForeignKey(ProviderRegistration, null=True, on_delete=models.SET_NULL, related_name="+")
    provider_kind = models.CharField(max_length=20)
    provider_legal_name = models.CharField(max_length=200, blank=True)
    model = models.CharField(max_length=100, blank=True)
    endpoint_host = models.CharField(max_length=200)
    country = models.CharField(max_length=2, blank=True)
    legal_basis = models.CharField(max_length=50, blank=True)
    transfer_safeguard = models.CharField(max_length=100, blank=True)
    data_categories = models.JSONField(default=list)
    input_tokens = models.PositiveIntegerField(default=0)
    output_tokens = models.PositiveIntegerField(default=0)
    latency_ms = models.PositiveIntegerField(default=0)
    attempts = models.PositiveSmallIntegerField(default=1)
    outcome = models.CharField(max_length=30)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("transfer record")
        verbose_name_plural = _("transfer records")

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.provider_kind} {self.outcome}"
