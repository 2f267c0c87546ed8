"""E-mail intake: raw e-mails from the tenant's mailbox become conversations, answered by e-mail in thread."""

import json

import pytest
from django.core import mail

from inquiries.models import Conversation, Message
from tenants.context import tenant_context
from tests.fakes import ok
from tests.inquiries.test_pipeline_providers import register

pytestmark = pytest.mark.django_db(transaction=True)


def raw_email(
    body: str, *, sender="Paul Schröder <paul.schroeder@t-online.de>", message_id="<a1@mail.example>", in_reply_to=""
) -> bytes:
    headers = [
        f"From: {sender}",
        "To: service@acme.example",
        "Subject: Frage zur Rücksendung",
        f"Message-ID: {message_id}",
        "Content-Type: text/plain; charset=utf-8",
    ]
    if in_reply_to:
        headers.append(f"In-Reply-To: {in_reply_to}")
    return ("\r\n".join(headers) + "\r\n\r\n" + body).encode()


def post(setup, raw: bytes):
    return setup.api().generic("POST", "/api/v1/inbound-email", raw, content_type="message/rfc822")


def test_email_is_answered_in_thread_and_the_reply_continues_the_conversation(tenant_a, fake_anthropic):
    register(tenant_a.tenant, "anthropic", fake_anthropic)
    fake_anthropic.queue(ok("Guten Tag [PERSON_1], 30 Tage."), ok("Gern geschehen."))
    first = post(tenant_a, raw_email("Hallo, wie lange kann ich Artikel zurückschicken?\n\nGruß Paul Schröder"))
    assert first.status_code == 202
    [answer] = mail.outbox
    assert answer.to == ["paul.schroeder@t-online.de"]
    assert answer.body.startswith("Guten Tag Paul Schröder, 30 Tage.\n\nQuellen:")
    sent = json.dumps(fake_anthropic.requests[-1].body, ensure_ascii=False)
    assert "Schröder" not in sent and "t-online" not in sent

    reply = raw_email(
        "Danke!\n\nAm 28.11.2026 schrieb Acme:\n> Guten Tag Paul Schröder, 30 Tage.",
        message_id="<a2@mail.example>",
        in_reply_to=answer.extra_headers["Message-ID"],
    )
    second = post(tenant_a, reply)
    assert second.json()["conversation"] == first.json()["conversation"]
    with tenant_context(tenant_a.tenant):
        conversation = Conversation.objects.get(pk=first.json()["conversation"])
        assert conversation.channel == "email" and conversation.contact.name == "Paul Schröder"
        assert [m.text for m in conversation.messages.filter(role="customer")][-1] == "Danke!"


def test_the_same_email_delivered_twice_is_stored_once(tenant_a):
    assert post(tenant_a, raw_email("Welche Zahlungsarten gibt es?")).json()["duplicate"] is False
    assert post(tenant_a, raw_email("Welche Zahlungsarten gibt es?")).json()["duplicate"] is True
    assert Message.objects.unscoped().filter(role="customer").count() == 1


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"", "email_body_missing"),
        (raw_email("Hallo", sender="niemand"), "email_sender_missing"),
        (raw_email("> nur ein Zitat"), "empty_message"),
    ],
)
def test_bad_emails_get_400_and_store_nothing(tenant_a, raw, code):
    response = post(tenant_a, raw)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == code and response.json()["error"]["message"]
    assert Message.objects.unscoped().count() == 0


def test_another_tenant_cannot_append_to_a_conversation_by_its_thread_token(tenant_a, tenant_b):
    post(tenant_a, raw_email("Welche Zahlungsarten gibt es?"))
    in_reply_to = mail.outbox[-1].extra_headers["Message-ID"]
    response = post(tenant_b, raw_email("Noch eine Frage", message_id="<b1@x>", in_reply_to=in_reply_to))
    with tenant_context(tenant_b.tenant):
        conversation = Conversation.objects.get(pk=response.json()["conversation"])
        assert conversation.messages.count() >= 1
    with tenant_context(tenant_a.tenant):
        assert not Message.objects.filter(text="Noch eine Frage").exists()
