"""Reads for the compliance side."""

from django.conf import settings
from django.db.models import Count, Sum
from django.db.models.functions import TruncMonth
from django.http import Http404
from django.urls import reverse

from compliance.models import (
    GeneratedText,
    LegalAnswers,
    LegalDocument,
    PrivacySettings,
    ProviderLegalProfile,
    ProviderRegistration,
    TransferRecord,
)
from tenants.context import require_current_tenant
from tenants.models import AuditEvent


def active_registration() -> ProviderRegistration | None:
    """The current tenant's answering provider, or None (then the built-in offline answerer answers)."""
    return ProviderRegistration.objects.select_related("tenant").filter(active=True).first()


def registration_list():
    return ProviderRegistration.objects.order_by("-active", "kind", "id")


def registration_get(pk) -> ProviderRegistration:
    registration = ProviderRegistration.objects.filter(pk=pk).first()
    if registration is None:
        raise Http404
    return registration


def transfer_records(*, conversation=None, limit: int = 200):
    qs = TransferRecord.objects.order_by("-created_at")
    if conversation is not None:
        qs = qs.filter(conversation=conversation)
    return qs[:limit]


def usage_by_month(months: int = 12) -> list[dict]:
    """Provider calls and tokens of the current tenant per month and provider kind, newest month first."""
    rows = (
        TransferRecord.objects.annotate(month=TruncMonth("created_at"))
        .values("month", "provider_kind")
        .annotate(calls=Count("id"), input_tokens=Sum("input_tokens"), output_tokens=Sum("output_tokens"))
        .order_by("-month", "provider_kind")
    )
    recent = sorted({r["month"] for r in rows}, reverse=True)[:months]
    return [r for r in rows if r["month"] in recent]


# --- legal profiles, answers, documents, settings, texts (issue 4) ---------------------------------------------


def legal_profiles():
    """Operator data, the same for every tenant."""
    return ProviderLegalProfile.objects.order_by("name")


def legal_answers_for(registration: ProviderRegistration) -> LegalAnswers | None:
    return LegalAnswers.objects.filter(registration=registration).select_related("legal_profile").first()


def legal_profile_for(registration: ProviderRegistration, answers: LegalAnswers | None) -> ProviderLegalProfile | None:
    """The fixed profile of the kind, or for OpenAI-compatible endpoints the one the tenant chose."""
    from compliance.gate import PROFILE_BY_KIND

    key = PROFILE_BY_KIND.get(registration.kind)
    if key is None:
        return answers.legal_profile if answers else None
    return ProviderLegalProfile.objects.filter(key=key).first()


def privacy_settings() -> PrivacySettings:
    """The current tenant's settings; an unsaved default row when the tenant never saved any."""
    return PrivacySettings.objects.first() or PrivacySettings(tenant=require_current_tenant())


def current_documents(registration: ProviderRegistration) -> dict[str, LegalDocument]:
    """The newest version of each document kind for a registration."""
    current: dict[str, LegalDocument] = {}
    for document in LegalDocument.objects.filter(registration=registration).order_by("kind", "-version"):
        current.setdefault(document.kind, document)
    return current


def document_list(registration: ProviderRegistration | None = None):
    qs = LegalDocument.objects.select_related("registration").order_by("registration_id", "kind", "-version")
    return qs.filter(registration=registration) if registration is not None else qs


def document_get(pk) -> LegalDocument:
    """The same 404 for "does not exist" and "belongs to another tenant"."""
    document = LegalDocument.objects.filter(pk=pk).first()
    if document is None:
        raise Http404
    return document


def last_recorded_verdict(registration: ProviderRegistration) -> dict | None:
    event = (
        AuditEvent.objects.filter(
            action="gate.verdict_changed", target_type=registration._meta.label, target_id=str(registration.pk)
        )
        .order_by("-id")
        .first()
    )
    return {"ready": event.data.get("ready"), "codes": event.data.get("codes")} if event else None


def generated_text_latest(kind: str, language: str) -> GeneratedText | None:
    return GeneratedText.objects.filter(kind=kind, language=language).order_by("-version").first()


def generated_text_versions(kind: str | None = None):
    qs = GeneratedText.objects.order_by("kind", "language", "-version")
    return qs.filter(kind=kind) if kind else qs


def public_text_latest(*, tenant, kind: str, language: str) -> GeneratedText | None:
    """For the public pages, which have no current tenant: explicitly scoped to the tenant of the URL."""
    return (
        GeneratedText.objects.unscoped()
        .filter(tenant=tenant, kind=kind, language=language)
        .order_by("-version")
        .first()
    )


def transfer_data_categories() -> list[str]:
    """Every category of personal data that has actually reached a provider, after minimisation."""
    seen: set[str] = set()
    for categories in TransferRecord.objects.values_list("data_categories", flat=True).distinct():
        seen.update(categories or [])
    return sorted(seen)


def generated_text_get(pk) -> GeneratedText:
    text = GeneratedText.objects.filter(pk=pk).first()
    if text is None:
        raise Http404
    return text


def rights_page_url(tenant) -> str:
    """Where people make data-subject requests: the tenant's own page, else its Klardesk self-service page."""
    return privacy_settings().rights_request_url or klardesk_rights_page_url(tenant)


def klardesk_rights_page_url(tenant) -> str:
    return settings.PUBLIC_BASE_URL + reverse("dsar-public-request", kwargs={"slug": tenant.slug})
