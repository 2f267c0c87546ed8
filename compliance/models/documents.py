"""Signed legal documents per provider registration. Every upload is a new version; none is ever replaced."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from tenants.models import TenantOwnedModel


class DocumentKind(models.TextChoices):
    DPA = "dpa", _("Data processing agreement (AVV, Art. 28)")
    JCA = "jca", _("Joint-controller agreement (Art. 26)")
    SCC = "scc", _("Standard contractual clauses")
    TIA = "tia", _("Transfer impact assessment")


class SccModule(models.TextChoices):
    C2C = "1", _("Module 1: controller to controller")
    C2P = "2", _("Module 2: controller to processor")
    P2P = "3", _("Module 3: processor to processor")
    P2C = "4", _("Module 4: processor to controller")


# The points a tenant confirms for a DPA: what the provider stores, for how long and why, the other rights and
# duties, and Art. 28(3)(a)-(h).
DPA_CHECKLIST = {
    "stored_data": _("Which user data the provider stores"),
    "storage_period": _("For how long it stores them"),
    "purpose": _("For which purpose"),
    "rights_and_duties": _("The other rights and duties of both parties"),
    "a_instructions": _("(a) Processing only on documented instructions, including transfers"),
    "b_confidentiality": _("(b) Confidentiality of the persons authorised to process"),
    "c_security": _("(c) Security of processing per Art. 32"),
    "d_subprocessors": _("(d) Conditions for engaging sub-processors"),
    "e_data_subject_requests": _("(e) Help with data-subject requests"),
    "f_art32_36": _("(f) Help with Art. 32-36 (security, breaches, impact assessments)"),
    "g_deletion": _("(g) Deletion or return of the data at the end"),
    "h_audits": _("(h) Information and audits"),
}


class LegalDocument(TenantOwnedModel):
    registration = models.ForeignKey(
        "compliance.ProviderRegistration", on_delete=models.PROTECT, related_name="documents"
    )
    kind = models.CharField(_("document"), max_length=10, choices=DocumentKind.choices)
    scc_module = models.CharField(_("SCC module"), max_length=1, choices=SccModule.choices, blank=True)
    version = models.PositiveIntegerField(_("version"))
    original_name = models.CharField(_("file name"), max_length=255)
    storage_name = models.CharField(max_length=255, editable=False)
    size = models.PositiveIntegerField(_("size (bytes)"))
    sha256 = models.CharField("SHA-256", max_length=64)
    signed_on = models.DateField(_("signed on"))
    parties = models.CharField(_("parties"), max_length=500)
    expires_on = models.DateField(_("expires on"), null=True, blank=True)
    checklist = models.JSONField(_("checklist"), default=dict, blank=True)
    checklist_confirmed_at = models.DateTimeField(_("checklist confirmed"), null=True, blank=True)
    checklist_confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["registration", "kind", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["registration", "kind", "version"], name="legal_document_version")
        ]
        verbose_name = _("legal document")
        verbose_name_plural = _("legal documents")

    def __str__(self):
        return f"{self.get_kind_display()} v{self.version}"

    @property
    def checklist_complete(self) -> bool:
        return self.checklist_confirmed_at is not None and all(self.checklist.get(k) for k in DPA_CHECKLIST)
