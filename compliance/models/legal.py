"""Legal facts about providers (operator data), the tenant's answers per registration, its privacy settings, and
the generated texts it publishes."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from tenants.models import TenantOwnedModel


class ProviderRole(models.TextChoices):
    PROCESSOR = "processor", _("Processor (Art. 28)")
    CONTROLLER = "controller", _("Independent or joint controller, depending on the case")
    JOINT_CONTROLLER = "joint_controller", _("Joint controller (Art. 26)")
    NONE = "none", _("No recipient (runs inside the tenant)")


class ProviderLegalProfile(models.Model):
    """Facts about one AI provider, kept by the operator; every verdict names `facts_checked_on`.

    Not tenant-owned: the same facts apply to every tenant that registers this provider.
    """

    key = models.SlugField(_("key"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=100)
    legal_name = models.CharField(_("legal entity"), max_length=200)
    legal_address = models.TextField(_("legal address"))
    headquarters_country = models.CharField(_("headquarters country"), max_length=2, blank=True)
    processing_locations = models.CharField(_("data-processing locations"), max_length=300, blank=True)
    eu_adequacy = models.BooleanField(
        _("EU adequacy decision"), default=False, help_text=_("For the headquarters country as a whole.")
    )
    dpf_certified = models.BooleanField(_("EU-US Data Privacy Framework certified"), default=False)
    dpf_checked_on = models.DateField(_("DPF status last checked"), null=True, blank=True)
    dpf_evidence_url = models.URLField(_("DPF evidence"), blank=True)
    default_role = models.CharField(_("role"), max_length=20, choices=ProviderRole.choices)
    role_by_deployment = models.JSONField(
        _("role per deployment"), default=dict, blank=True, help_text=_('E.g. {"workspace": "processor"}.')
    )
    trains_by_default = models.BooleanField(_("trains on customer data by default"), default=False)
    training_can_be_disabled = models.BooleanField(_("training can be switched off"), default=True)
    dpa_plans = models.JSONField(_("plans with a DPA"), default=list, blank=True)
    dpa_url = models.URLField(_("DPA link"), blank=True)
    jca_offered = models.BooleanField(_("offers a joint-controller agreement"), default=False)
    notes = models.TextField(_("notes"), blank=True)
    facts_checked_on = models.DateField(_("facts last checked"))

    class Meta:
        ordering = ["name"]
        verbose_name = _("provider legal profile")
        verbose_name_plural = _("provider legal profiles")

    def __str__(self):
        return self.name

    def role_for(self, deployment: str) -> str:
        return self.role_by_deployment.get(deployment, self.default_role) if deployment else self.default_role


class Plan(models.TextChoices):
    FREE = "free", _("Free")
    PAID = "paid", _("Paid")
    ENTERPRISE = "enterprise", _("Enterprise")


class Deployment(models.TextChoices):
    WORKSPACE = "workspace", _("Google Workspace")
    VERTEX = "vertex", _("Vertex AI (Google Cloud)")
    GEMINI_API = "gemini_api", _("Gemini API (AI Studio)")


class LegalBasis(models.TextChoices):
    LEGITIMATE_INTEREST = "6_1_f", _("Art. 6(1)(f) GDPR: legitimate interest")
    CONSENT = "6_1_a", _("Art. 6(1)(a) GDPR: consent")
    CONTRACT = "6_1_b", _("Art. 6(1)(b) GDPR: contract")


class LegalAnswers(TenantOwnedModel):
    """What the tenant states about one of its provider registrations."""

    registration = models.OneToOneField(
        "compliance.ProviderRegistration", on_delete=models.CASCADE, related_name="legal_answers"
    )
    legal_profile = models.ForeignKey(
        ProviderLegalProfile,
        verbose_name=_("provider (legal entity)"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        help_text=_("Only needed for OpenAI-compatible endpoints; the other kinds have a fixed profile."),
    )
    plan = models.CharField(_("plan"), max_length=20, choices=Plan.choices, blank=True)
    deployment = models.CharField(_("deployment"), max_length=20, choices=Deployment.choices, blank=True)
    training_off = models.BooleanField(_("training on our data is switched off"), default=False)
    training_off_confirmed_on = models.DateField(_("training switch-off confirmed on"), null=True, blank=True)
    region = models.CharField(_("region chosen"), max_length=100, blank=True)
    legal_basis = models.CharField(_("legal basis"), max_length=10, choices=LegalBasis.choices, blank=True)
    balancing_note = models.TextField(
        _("balancing of interests"),
        blank=True,
        help_text=_("Required for Art. 6(1)(f): the interest and why it prevails."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("legal answers")
        verbose_name_plural = _("legal answers")

    def __str__(self):
        return f"{self.registration}"


class Art9Policy(models.TextChoices):
    HANDOFF = "handoff", _("Hand the conversation to a human (default)")
    EXPLICIT_CONSENT = "explicit_consent", _("Send minimised text only with the customer's explicit consent")


class PrivacySettings(TenantOwnedModel):
    """The tenant's minimisation policy, retention periods and publication facts; one row per tenant."""

    art9_policy = models.CharField(
        _("special categories (Art. 9)"), max_length=20, choices=Art9Policy.choices, default=Art9Policy.HANDOFF
    )
    privacy_notice_url = models.URLField(_("where the privacy notice is published"), blank=True)
    privacy_notice_confirmed_at = models.DateTimeField(_("publication confirmed"), null=True, blank=True)
    rights_request_url = models.URLField(_("page for data-subject requests"), blank=True)
    retention_conversations_days = models.PositiveIntegerField(_("conversations kept (days)"), null=True, blank=True)
    retention_contacts_days = models.PositiveIntegerField(_("contact data kept (days)"), null=True, blank=True)
    retention_transfer_records_days = models.PositiveIntegerField(
        _("transfer records kept (days)"), null=True, blank=True
    )
    automated_decisions = models.BooleanField(
        _("automated decisions (Art. 22) take place"),
        default=False,
        help_text=_("The AI answers questions; it does not decide on contracts or claims."),
    )
    technical_measures = models.TextField(_("technical and organisational measures"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["tenant"], name="privacy_settings_one_per_tenant")]
        verbose_name = _("privacy settings")
        verbose_name_plural = _("privacy settings")

    def __str__(self):
        return f"{self.tenant_id}"


class TextKind(models.TextChoices):
    PRIVACY_NOTICE = "privacy_notice", _("Privacy-notice paragraph")
    ART30 = "art30", _("Record of processing activities (Art. 30)")
    SUBPROCESSORS = "subprocessors", _("Sub-processors")


class GeneratedText(TenantOwnedModel):
    """One version of a generated text in one language; versions are never changed, only added."""

    kind = models.CharField(_("text"), max_length=20, choices=TextKind.choices)
    language = models.CharField(_("language"), max_length=2)
    version = models.PositiveIntegerField(_("version"))
    markdown = models.TextField()
    html = models.TextField()
    data = models.JSONField(default=dict, blank=True)
    sha256 = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["kind", "language", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["tenant", "kind", "language", "version"], name="generated_text_version")
        ]
        verbose_name = _("generated text")
        verbose_name_plural = _("generated texts")

    def __str__(self):
        return f"{self.get_kind_display()} ({self.language}) v{self.version}"
