"""Writes for the legal side of compliance: the tenant's answers per registration and its privacy settings.

Every change writes an AuditEvent in the same transaction and bumps the readiness gate's cache version on commit.
Documents live in `compliance.documents`, generated texts in `compliance.texts`, the technical side of
registrations in `compliance.registrations` (the lead's).
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from compliance import gate, selectors
from compliance.models import LegalAnswers, LegalBasis, PrivacySettings, ProviderRegistration, ProviderRole
from tenants.services import audit_log

ANSWER_FIELDS = (
    "legal_profile",
    "plan",
    "deployment",
    "training_off",
    "training_off_confirmed_on",
    "region",
    "legal_basis",
    "balancing_note",
)
SETTINGS_FIELDS = (
    "art9_policy",
    "rights_request_url",
    "retention_conversations_days",
    "retention_contacts_days",
    "retention_transfer_records_days",
    "automated_decisions",
    "technical_measures",
)


def _audit_value(value):
    return value.pk if hasattr(value, "pk") else value if isinstance(value, (bool, int, type(None))) else str(value)


def legal_answers_save(*, tenant, actor, registration: ProviderRegistration, **fields) -> LegalAnswers:
    """Create or change the tenant's answers for a registration (plan, deployment, training, region, legal basis).

    Raises ValidationError for unknown fields, a training switch-off without date or in the future, or a legal
    profile that names a real recipient for a `local` registration.
    """
    unknown = set(fields) - set(ANSWER_FIELDS)
    if unknown:
        raise ValidationError({name: _("This field cannot be set.") for name in unknown})
    answers = selectors.legal_answers_for(registration) or LegalAnswers(tenant=tenant, registration=registration)
    before = {name: _audit_value(getattr(answers, name)) for name in ANSWER_FIELDS}
    for name, value in fields.items():
        setattr(answers, name, value)
    if answers.training_off and not answers.training_off_confirmed_on:
        raise ValidationError({"training_off_confirmed_on": _("Give the date you confirmed the switch-off.")})
    if answers.training_off_confirmed_on and answers.training_off_confirmed_on > timezone.localdate():
        raise ValidationError({"training_off_confirmed_on": _("The date cannot be in the future.")})
    if answers.legal_basis != LegalBasis.LEGITIMATE_INTEREST:
        answers.balancing_note = answers.balancing_note.strip()
    if (
        answers.legal_profile is not None
        and registration.kind == "local"
        and answers.legal_profile.default_role != ProviderRole.NONE
    ):
        raise ValidationError({"legal_profile": _("The built-in answerer has no recipient.")})
    answers.full_clean(exclude=["tenant", "registration"])
    after = {name: _audit_value(getattr(answers, name)) for name in ANSWER_FIELDS}
    with transaction.atomic():
        answers.save()
        audit_log(
            tenant=tenant,
            actor=actor,
            action="compliance.answers_changed",
            target=registration,
            data={name: after[name] for name in ANSWER_FIELDS if after[name] != before[name]},
        )
        gate.invalidate(tenant.pk)
    return answers


def privacy_settings_save(*, tenant, actor, **fields) -> PrivacySettings:
    """Change the tenant's minimisation policy (Art. 9), retention periods, rights page and TOMs."""
    unknown = set(fields) - set(SETTINGS_FIELDS)
    if unknown:
        raise ValidationError({name: _("This field cannot be set.") for name in unknown})
    settings = selectors.privacy_settings()
    before = {name: _audit_value(getattr(settings, name)) for name in SETTINGS_FIELDS}
    for name, value in fields.items():
        setattr(settings, name, value)
    settings.full_clean(exclude=["tenant"])
    after = {name: _audit_value(getattr(settings, name)) for name in SETTINGS_FIELDS}
    with transaction.atomic():
        settings.save()
        changed = {name: after[name] for name in SETTINGS_FIELDS if after[name] != before[name]}
        audit_log(tenant=tenant, actor=actor, action="compliance.settings_changed", target=settings, data=changed)
        gate.invalidate(tenant.pk)
    return settings


def privacy_notice_confirm(*, tenant, actor, url: str) -> PrivacySettings:
    """The tenant confirms the URL where the generated privacy-notice paragraph is published (needed for go-live).

    An empty URL withdraws the confirmation, which blocks every provider with a recipient again.
    """
    settings = selectors.privacy_settings()
    settings.privacy_notice_url = url.strip()
    settings.privacy_notice_confirmed_at = timezone.now() if settings.privacy_notice_url else None
    settings.full_clean(exclude=["tenant"])
    with transaction.atomic():
        settings.save()
        audit_log(
            tenant=tenant,
            actor=actor,
            action="compliance.privacy_notice_confirmed" if url else "compliance.privacy_notice_withdrawn",
            target=settings,
            data={"url": settings.privacy_notice_url},
        )
        gate.invalidate(tenant.pk)
    return settings
