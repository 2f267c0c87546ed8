"""Operator views of DSAR records: read-only, since every change must go through the services (audit, letters)."""

from django.contrib import admin

from dsar.models import DataSubjectRequest, LegalHold, RecipientNotification
from tenants.admin import ReadOnlyAdmin


@admin.register(DataSubjectRequest)
class DataSubjectRequestAdmin(ReadOnlyAdmin):
    list_display = ("reference", "tenant", "status", "intake", "received_at", "due_on", "extended_due_on", "overdue")
    list_filter = ("tenant", "status", "overdue")
    exclude = ("verification_code_hash", "verification_nonce")


@admin.register(LegalHold)
class LegalHoldAdmin(ReadOnlyAdmin):
    list_display = ("conversation", "tenant", "reason", "until")


@admin.register(RecipientNotification)
class RecipientNotificationAdmin(ReadOnlyAdmin):
    list_display = ("recipient", "tenant", "trigger", "status", "created_at")
    list_filter = ("tenant", "status")
