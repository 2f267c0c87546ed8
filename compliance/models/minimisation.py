from django.db import models
from django.utils.translation import gettext_lazy as _

from compliance.redaction import ENTITY_TYPES
from tenants.models import TenantOwnedModel

ENTITY_TYPE_CHOICES = [(t, t) for t in ENTITY_TYPES]


class RedactionMode(models.TextChoices):
    PSEUDONYMISE = "pseudonymise", _("Pseudonymise (restored in the answer)")
    MASK = "mask", _("Mask (type only, not restored)")
    KEEP = "keep", _("Keep (sent to the provider as written)")


class RedactionRule(TenantOwnedModel):
    """A tenant's mode for one type of personal data; without a rule the type is pseudonymised."""

    entity_type = models.CharField(_("type"), max_length=30, choices=ENTITY_TYPE_CHOICES)
    mode = models.CharField(_("mode"), max_length=20, choices=RedactionMode.choices)
    reason = models.TextField(_("reason"), blank=True, help_text=_("Required for 'keep'; shown in the privacy notice."))
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["tenant", "entity_type"], name="redaction_rule_unique_type")]
        ordering = ["entity_type"]
        verbose_name = _("redaction rule")
        verbose_name_plural = _("redaction rules")

    def __str__(self):
        return f"{self.entity_type}: {self.mode}"


class CustomPattern(TenantOwnedModel):
    """A tenant's own format, e.g. its customer numbers ("KD-" and six digits)."""

    entity_type = models.CharField(_("type"), max_length=30, choices=ENTITY_TYPE_CHOICES, default="CUSTOMER_NUMBER")
    label = models.CharField(_("label"), max_length=100)
    regex = models.CharField(_("regular expression"), max_length=500)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("custom pattern")
        verbose_name_plural = _("custom patterns")

    def __str__(self):
        return self.label
