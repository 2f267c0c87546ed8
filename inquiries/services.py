"""Writes for conversations, messages and the knowledge base."""

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings
from django.db import IntegrityError, transaction

from inquiries.models import Channel, Conversation, ConversationStatus, KnowledgeArticle, Message, Role
from tenants.services import audit_log


class InputError(Exception):
    """Bad customer input: `code` is a key of tenants.errors.MESSAGES; nothing was stored."""

    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code = code
        self.params = params


def conversation_start(
    *, tenant, channel: str, language: str, ip_network: str = "", user_agent_family: str = ""
) -> Conversation:
    return Conversation.objects.create(
        tenant=tenant, channel=channel, language=language, ip_network=ip_network, user_agent_family=user_agent_family
    )


def clean_customer_text(text) -> str:
    if not isinstance(text, str) or not text.strip():
        raise InputError("empty_message")
    text = text.strip()
    if len(text) > settings.CHAT_MAX_MESSAGE_CHARS:
        raise InputError("message_too_long", limit=settings.CHAT_MAX_MESSAGE_CHARS)
    return text


def customer_message_receive(*, conversation: Conversation, text, client_id: str = "") -> tuple[Message, bool]:
    """Store a customer's message once; a repeated `client_id` returns the stored one and `created=False`."""
    text = clean_customer_text(text)
    client_id = str(client_id or "")[:64]
    if client_id:
        existing = Message.objects.filter(conversation=conversation, client_id=client_id).first()
        if existing:
            return existing, False
    try:
        with transaction.atomic():
            message = Message.objects.create(
                tenant_id=conversation.tenant_id,
                conversation=conversation,
                role=Role.CUSTOMER,
                text=text,
                client_id=client_id,
            )
            Conversation.objects.filter(pk=conversation.pk).update(updated_at=message.created_at)
    except IntegrityError:
        return Message.objects.get(conversation=conversation, client_id=client_id), False
    return message, True


def ai_answer_store(*, conversation: Conversation, text: str, sources: list[dict]) -> Message:
    with transaction.atomic():
        message = Message.objects.create(
            tenant_id=conversation.tenant_id, conversation=conversation, role=Role.AI, text=text, sources=sources
        )
        Conversation.objects.filter(pk=conversation.pk).update(updated_at=message.created_at)
    return message


def conversation_save_placeholders(*, conversation: Conversation, mapping: dict) -> None:
    if mapping != conversation.placeholder_map:
        Conversation.objects.filter(pk=conversation.pk).update(placeholder_map=mapping)
        conversation.placeholder_map = mapping


def conversation_hand_off(*, conversation: Conversation, reason: str) -> None:
    """Put the conversation into the human queue; the customer's messages stay where they are."""
    with transaction.atomic():
        Conversation.objects.filter(pk=conversation.pk).update(status=ConversationStatus.HANDOFF, handoff_reason=reason)
        audit_log(
            tenant=conversation.tenant,
            actor="pipeline",
            action="conversation.handoff",
            target=conversation,
            data={"reason": reason},
        )
    conversation.status = ConversationStatus.HANDOFF
    conversation.handoff_reason = reason


def agent_reply(*, conversation: Conversation, actor, text: str) -> Message:
    """Store an agent's reply and deliver it after the commit: to the open chat, or by e-mail (form, mailbox)."""
    text = clean_customer_text(text)
    with transaction.atomic():
        message = Message.objects.create(
            tenant_id=conversation.tenant_id, conversation=conversation, role=Role.AGENT, text=text
        )
        Conversation.objects.filter(pk=conversation.pk).update(
            status=ConversationStatus.HUMAN, updated_at=message.created_at
        )
        _deliver(conversation, message)
    return message


def _deliver(conversation: Conversation, message: Message) -> None:
    from inquiries.mail import send_to_contact  # mail imports the pipeline, which imports these services

    if conversation.channel in (Channel.FORM, Channel.EMAIL) and conversation.contact and conversation.contact.email:
        send_to_contact(conversation, message.text)
        return
    payload = {"type": "agent.message", "text": message.text, "message_id": message.pk}
    transaction.on_commit(lambda: async_to_sync(get_channel_layer().group_send)(conversation.group_name, payload))


def conversation_close(*, conversation: Conversation, actor) -> None:
    Conversation.objects.filter(pk=conversation.pk).update(status=ConversationStatus.CLOSED)


def article_save(*, tenant, actor, article: KnowledgeArticle | None = None, **fields) -> KnowledgeArticle:
    article = article or KnowledgeArticle(tenant=tenant)
    for name, value in fields.items():
        setattr(article, name, value)
    article.full_clean(exclude=["tenant"])
    article.save()
    return article


def article_delete(*, tenant, actor, article: KnowledgeArticle) -> None:
    article.delete()
