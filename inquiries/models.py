import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _

from tenants.models import TenantOwnedModel


def new_conversation_token() -> str:
    return secrets.token_urlsafe(24)


class Contact(TenantOwnedModel):
    """The person behind an inquiry, as far as they told us."""

    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True, db_index=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    customer_number = models.CharField(_("customer number"), max_length=100, blank=True)
    language = models.CharField(_("language"), max_length=2, default="de")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self):
        return self.name or self.email or f"#{self.pk}"


class Channel(models.TextChoices):
    CHAT = "chat", _("Chat")
    FORM = "form", _("Web form")
    EMAIL = "email", _("E-mail")


class ConversationStatus(models.TextChoices):
    OPEN = "open", _("Answered by AI")
    HANDOFF = "handoff", _("Waiting for an agent")
    HUMAN = "human", _("With an agent")
    CLOSED = "closed", _("Closed")


class Conversation(TenantOwnedModel):
    token = models.CharField(max_length=64, unique=True, default=new_conversation_token)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices, default=Channel.CHAT)
    contact = models.ForeignKey(Contact, null=True, blank=True, on_delete=models.SET_NULL, related_name="conversations")
    status = models.CharField(
        _("status"), max_length=10, choices=ConversationStatus.choices, default=ConversationStatus.OPEN
    )
    handoff_reason = models.CharField(_("handoff reason"), max_length=50, blank=True)
    language = models.CharField(_("language"), max_length=2, default="de")
    # Metadata minimisation: only a truncated network and the browser family are ever stored.
    ip_network = models.CharField(_("IP network"), max_length=50, blank=True)
    user_agent_family = models.CharField(_("browser"), max_length=100, blank=True)
    # Placeholder -> real value of what was pseudonymised for the provider; erased with the conversation.
    placeholder_map = models.JSONField(default=dict, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at"]
        # Every query is filtered by tenant first; these keep a person's lookups flat as the tables grow.
        indexes = [models.Index(fields=["tenant", "contact"], name="conversation_tenant_contact")]
        verbose_name = _("conversation")
        verbose_name_plural = _("conversations")

    def __str__(self):
        return f"{self.get_channel_display()} #{self.pk}"

    @property
    def group_name(self) -> str:
        """Channel-layer group of this conversation; always carries the tenant id (no global groups)."""
        return f"t{self.tenant_id}.conv{self.pk}"


class Role(models.TextChoices):
    CUSTOMER = "customer", _("Customer")
    AI = "ai", _("AI")
    AGENT = "agent", _("Agent")
    SYSTEM = "system", _("System")


class Message(TenantOwnedModel):
    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="messages")
    role = models.CharField(_("role"), max_length=10, choices=Role.choices)
    text = models.TextField(_("text"))
    # Client-chosen id of a customer message: a resent frame is acknowledged again, never stored twice.
    client_id = models.CharField(max_length=64, blank=True)
    sources = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["tenant", "conversation"], name="message_tenant_conversation")]
        constraints = [
            models.UniqueConstraint(
                fields=["conversation", "client_id"], condition=~models.Q(client_id=""), name="message_unique_client_id"
            )
        ]
        verbose_name = _("message")
        verbose_name_plural = _("messages")

    def __str__(self):
        return f"{self.role}: {self.text[:40]}"


class KnowledgeArticle(TenantOwnedModel):
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("body"))
    language = models.CharField(
        _("language"), max_length=2, default="de", choices=[("de", "Deutsch"), ("en", "English")]
    )
    url = models.URLField(_("link"), blank=True)
    published = models.BooleanField(_("published"), default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title"]
        verbose_name = _("knowledge article")
        verbose_name_plural = _("knowledge articles")

    def __str__(self):
        return self.title
