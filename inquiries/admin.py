from django.contrib import admin

from inquiries.models import Contact, Conversation, KnowledgeArticle, Message
from tenants.admin import ReadOnlyAdmin, TenantOwnedAdmin


class MessageInline(admin.TabularInline):
    model = Message
    fields = ("created_at", "role", "text")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Conversation)
class ConversationAdmin(ReadOnlyAdmin):
    list_display = ("id", "tenant", "channel", "status", "handoff_reason", "updated_at")
    list_filter = ("tenant", "channel", "status")
    inlines = [MessageInline]


@admin.register(Contact)
class ContactAdmin(ReadOnlyAdmin):
    list_display = ("id", "tenant", "created_at")


@admin.register(KnowledgeArticle)
class KnowledgeArticleAdmin(TenantOwnedAdmin):
    list_display = ("title", "tenant", "language", "published", "updated_at")
    search_fields = ("title",)
