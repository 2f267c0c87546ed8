"""Reads for conversations, messages and knowledge. Fetch helpers answer 404 alike for missing and foreign rows."""

from django.http import Http404

from inquiries.models import Conversation, ConversationStatus, KnowledgeArticle, Message


def conversation_list(*, status: str | None = None):
    qs = Conversation.objects.select_related("contact").order_by("-updated_at")
    return qs.filter(status=status) if status else qs


def conversation_get(pk) -> Conversation:
    conversation = Conversation.objects.select_related("contact", "tenant").filter(pk=pk).first()
    if conversation is None:
        raise Http404
    return conversation


def conversation_by_token(token: str) -> Conversation | None:
    return Conversation.objects.select_related("tenant").filter(token=token).first() if token else None


def human_queue():
    return conversation_list(status=ConversationStatus.HANDOFF)


def message_list(conversation: Conversation):
    return list(Message.objects.filter(conversation=conversation).order_by("created_at", "id"))


def message_get(pk) -> Message:
    message = Message.objects.select_related("conversation", "conversation__tenant").filter(pk=pk).first()
    if message is None:
        raise Http404
    return message


def customer_message_in(conversation: Conversation, message_id: int) -> bool:
    return Message.objects.filter(conversation=conversation, pk=message_id, role="customer").exists()


def email_message_by_client_id(client_id: str) -> Message | None:
    return Message.objects.filter(conversation__channel="email", client_id=client_id).first()


def article_list():
    return KnowledgeArticle.objects.order_by("title")


def article_get(pk) -> KnowledgeArticle:
    article = KnowledgeArticle.objects.filter(pk=pk).first()
    if article is None:
        raise Http404
    return article
