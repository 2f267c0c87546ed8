"""Operator admin: legal profiles are edited here; tenant data is read-only (registrations keep their keys hidden)."""

from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _

from compliance import gate
from compliance.models import (
    GeneratedText,
    LegalAnswers,
    LegalDocument,
    PrivacySettings,
    ProviderLegalProfile,
    ProviderRegistration,
    TransferRecord,
)
from tenants.admin import ReadOnlyAdmin as TenantReadOnlyAdmin

HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}


class ReadOnlyAdmin(TenantReadOnlyAdmin):
    formfield_overrides = HTTPS_URLS


@admin.register(ProviderLegalProfile)
class ProviderLegalProfileAdmin(admin.ModelAdmin):
    formfield_overrides = HTTPS_URLS
    list_display = ("name", "legal_name", "headquarters_country", "dpf_certified", "default_role", "facts_checked_on")
    search_fields = ("name", "legal_name")

    def save_model(self, request, obj, form, change):
        """Changed facts apply to every tenant's next verdict."""
        super().save_model(request, obj, form, change)
        gate.invalidate()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        gate.invalidate()


@admin.register(ProviderRegistration)
class ProviderRegistrationAdmin(ReadOnlyAdmin):
    list_display = ("__str__", "tenant", "kind", "model", "country", "api_key", "active", "verified_at")
    list_filter = ("tenant", "kind", "active")
    exclude = ("api_key_encrypted",)
    readonly_fields = ("api_key",)

    @admin.display(description=_("API key"))
    def api_key(self, obj):
        """Only the last four characters, as everywhere (the operator can tell which key is stored)."""
        return obj.masked_key or "–"


@admin.register(LegalAnswers)
class LegalAnswersAdmin(ReadOnlyAdmin):
    list_display = ("registration", "tenant", "plan", "deployment", "training_off", "legal_basis", "updated_at")


@admin.register(LegalDocument)
class LegalDocumentAdmin(ReadOnlyAdmin):
    list_display = ("registration", "tenant", "kind", "version", "signed_on", "expires_on", "sha256")
    list_filter = ("tenant", "kind")
    exclude = ("storage_name",)


@admin.register(PrivacySettings)
class PrivacySettingsAdmin(ReadOnlyAdmin):
    list_display = ("tenant", "art9_policy", "privacy_notice_url", "privacy_notice_confirmed_at")


@admin.register(GeneratedText)
class GeneratedTextAdmin(ReadOnlyAdmin):
    list_display = ("tenant", "kind", "language", "version", "created_at")
    list_filter = ("tenant", "kind", "language")


@admin.register(TransferRecord)
class TransferRecordAdmin(ReadOnlyAdmin):
    list_display = ("created_at", "tenant", "provider_kind", "model", "country", "legal_basis", "outcome")
    list_filter = ("tenant", "provider_kind", "outcome")
