"""Operators run every tenant through the admin; tenant-owned rows are listed across tenants on purpose."""

from django.contrib import admin

from tenants.context import tenant_context
from tenants.models import ApiKey, AuditEvent, Membership, Tenant, WidgetKey


class TenantOwnedAdmin(admin.ModelAdmin):
    """Admin base for tenant-owned models: the operator sees every tenant (explicitly unscoped)."""

    list_filter = ("tenant",)

    def get_queryset(self, request):
        return self.model.objects.unscoped().select_related("tenant")

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        """One object's page runs as its tenant, so that its related choices are that tenant's rows only."""
        obj = self.get_queryset(request).filter(pk=object_id).first() if object_id else None
        if obj is None:
            return super().changeform_view(request, object_id, form_url, extra_context)
        with tenant_context(obj.tenant):
            response = super().changeform_view(request, object_id, form_url, extra_context)
            if hasattr(response, "render"):
                response.render()
        return response


class ReadOnlyAdmin(TenantOwnedAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Tenant)
class TenantAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "default_language", "ai_enabled", "created_at")
    search_fields = ("name", "slug")


@admin.register(Membership)
class MembershipAdmin(TenantOwnedAdmin):
    list_display = ("user", "tenant", "role", "created_at")


@admin.register(ApiKey)
class ApiKeyAdmin(TenantOwnedAdmin):
    list_display = ("name", "tenant", "prefix", "created_at", "last_used_at", "revoked_at")
    readonly_fields = ("prefix", "key_hash", "created_at", "last_used_at")


@admin.register(WidgetKey)
class WidgetKeyAdmin(TenantOwnedAdmin):
    list_display = ("key", "tenant", "name", "active", "created_at")


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdmin):
    list_display = ("created_at", "tenant", "actor_label", "action", "target_type", "target_id")
    list_filter = ("tenant", "action")
