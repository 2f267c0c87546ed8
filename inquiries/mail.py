"""Answers by e-mail (web form and e-mail intake), threaded by the conversation token in our Message-ID."""

import re
import uuid

from asgiref.sync import async_to_sync
from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from inquiries import pipeline, selectors
from inquiries.services import conversation_hand_off
from tenants.context import tenant_context
from tenants.models import Tenant

MESSAGE_ID_DOMAIN = "klardesk"
# "<kd.TOKEN.RANDOM@klardesk>": a reply's In-Reply-To/References lead back to the conversation.
THREAD_TOKEN = re.compile(r"<kd\.([\w-]+)\.[0-9a-f]{32}@" + MESSAGE_ID_DOMAIN + ">")


def thread_token(*headers: str) -> str | None:
    for header in headers:
        match = THREAD_TOKEN.search(header or "")
        if match:
            return match.group(1)
    return None


def send_to_contact(conversation, text: str) -> None:
    """E-mail `text` to the conversation's contact after the current transaction commits."""
    with translation.override(conversation.language):
        subject = _("Your inquiry to %(company)s") % {"company": conversation.tenant.name}
    message = EmailMessage(
        subject,
        text,
        settings.DEFAULT_FROM_EMAIL,
        [conversation.contact.email],
        headers={"Message-ID": f"<kd.{conversation.token}.{uuid.uuid4().hex}@{MESSAGE_ID_DOMAIN}>"},
    )
    transaction.on_commit(message.send)


@shared_task(name="inquiries.answer_by_email")
def answer_by_email(tenant_id: int, message_id: int) -> str:
    """Run the pipeline for a form or e-mail message and e-mail the outcome; returns the final frame type."""
    with tenant_context(Tenant.objects.get(pk=tenant_id)):
        message = selectors.message_get(message_id)
        conversation = message.conversation
        if conversation.messages.filter(created_at__gt=message.created_at).exists():
            return "answered before"  # a retried task must not answer twice

        async def run():
            return [frame async for frame in pipeline.answer(message_id)]

        final = async_to_sync(run)()[-1]
        with translation.override(conversation.language):
            if final["type"] == "consent_request":
                # Consent cannot be asked one-way by e-mail: special categories go to a human.
                conversation_hand_off(conversation=conversation, reason="special_category")
                final = {"type": "handoff", "text": pipeline.handoff_text("special_category")}
            send_to_contact(conversation, final["text"] + _sources_block(final["text"], final.get("sources") or []))
        return final["type"]


def _sources_block(text: str, sources: list[dict]) -> str:
    """The knowledge articles the answer is based on and does not name itself, by title and link, as the chat
    shows them."""
    sources = [s for s in sources if s.get("title") and s["title"] not in text]
    if not sources:
        return ""
    lines = [f"- {s['title']}: {s['url']}" if s.get("url") else f"- {s['title']}" for s in sources]
    return "\n\n" + _("Sources") + ":\n" + "\n".join(lines)
