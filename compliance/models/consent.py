from django.db import models
from django.utils.translation import gettext_lazy as _

from tenants.models import TenantOwnedModel


class ConsentPurpose(models.TextChoices):
    ART9 = "art9", _("Explicit consent to send special categories of data (Art. 9(2)(a) GDPR)")


class ConsentRecord(TenantOwnedModel):
    """A customer's answer to a consent question in the chat: what they were shown, what they said, when."""

    conversation = models.ForeignKey("inquiries.Conversation", on_delete=models.CASCADE, related_name="consents")
    message = models.ForeignKey("inquiries.Message", null=True, on_delete=models.SET_NULL, related_name="+")
    purpose = models.CharField(_("purpose"), max_length=20, choices=ConsentPurpose.choices)
    granted = models.BooleanField(_("granted"))
    categories = models.JSONField(_("categories"), default=list)
    text_shown = models.TextField(_("text shown"))
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")

    def __str__(self):
        return f"{self.purpose}: {'granted' if self.granted else 'declined'}"
