"""Periodic safety net of the chat: no acknowledged customer message stays unanswered."""

from datetime import timedelta

from celery import shared_task
from django.db.models import Max, OuterRef, Q, Subquery
from django.utils import timezone

from inquiries.models import Conversation, ConversationStatus, Message, Role
from inquiries.services import conversation_hand_off
from tenants.tasks import for_each_tenant

UNANSWERED_AFTER = timedelta(minutes=2)


def hand_off_unanswered() -> int:
    """Hand to humans every open conversation of the current tenant whose last customer message got no reply.

    A reply normally follows within seconds; one missing after two minutes means the answering process died
    (deploy, crash) between the acknowledgement and the answer.
    """
    cutoff = timezone.now() - UNANSWERED_AFTER
    last_customer = Message.objects.filter(conversation=OuterRef("pk"), role=Role.CUSTOMER).order_by("-created_at")
    stuck = (
        Conversation.objects.filter(status=ConversationStatus.OPEN)
        .annotate(
            last_customer_at=Subquery(last_customer.values("created_at")[:1]),
            last_reply_at=Max("messages__created_at", filter=~Q(messages__role=Role.CUSTOMER)),
        )
        .filter(last_customer_at__lt=cutoff)
    )
    count = 0
    for conversation in stuck:
        if conversation.last_reply_at is None or conversation.last_reply_at < conversation.last_customer_at:
            conversation_hand_off(conversation=conversation, reason="no_answer")
            count += 1
    return count


@shared_task(name="inquiries.hand_off_unanswered")
def hand_off_unanswered_task() -> dict:
    return for_each_tenant(hand_off_unanswered)
