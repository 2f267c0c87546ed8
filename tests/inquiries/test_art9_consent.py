"""Explicit-consent mode: the customer is asked before special categories of data go to the provider."""

import json

import pytest
from asgiref.sync import async_to_sync

from compliance.models import ConsentRecord
from tenants.context import tenant_context
from tests.compliance.helpers import set_privacy
from tests.fakes import ok
from tests.inquiries.test_chat_consumer import Chat
from tests.inquiries.test_pipeline_providers import register

pytestmark = pytest.mark.django_db(transaction=True)
QUESTION = "Ich habe eine Glutenunverträglichkeit, kann ich die Rücksendung trotzdem machen?"


def consent_round(widget_key, granted):
    async def run():
        chat = Chat(widget_key)
        await chat.connect()
        await chat.send(type="message", text=QUESTION, client_id="m")
        await chat.receive()  # ack
        request = await chat.receive()
        await chat.send(
            type="consent", purpose="art9", message_id=request.get("message_id"), granted=granted, client_id="m"
        )
        frames = await chat.until_final()
        await chat.close()
        return request, frames

    return async_to_sync(run)()


def test_granted_consent_sends_the_minimised_message_and_is_recorded(tenant_a, fake_openai):
    register(tenant_a.tenant, "openai", fake_openai)
    set_privacy(tenant_a.tenant, art9_policy="explicit_consent")
    calls = len(fake_openai.requests)
    fake_openai.queue(ok("Ja, die Rücksendung ist kostenlos."))
    request, frames = consent_round(tenant_a.widget.key, granted=True)
    assert request["type"] == "consent_request" and request["categories"] == ["HEALTH"]
    assert "Gesundheit" in request["text"] and "OpenAI" in request["text"]
    assert frames[-1]["type"] == "answer"
    assert len(fake_openai.requests) == calls + 1
    assert "Glutenunverträglichkeit" in json.dumps(fake_openai.requests[-1].body, ensure_ascii=False)
    with tenant_context(tenant_a.tenant):
        record = ConsentRecord.objects.get()
    assert record.granted and record.categories == ["HEALTH"] and record.text_shown == request["text"]


def test_declined_consent_hands_off_and_nothing_is_sent(tenant_a, fake_openai):
    register(tenant_a.tenant, "openai", fake_openai)
    set_privacy(tenant_a.tenant, art9_policy="explicit_consent")
    calls = len(fake_openai.requests)
    request, frames = consent_round(tenant_a.widget.key, granted=False)
    assert request["type"] == "consent_request"
    assert [f["type"] for f in frames] == ["handoff"] and frames[0]["reason"] == "special_category"
    assert len(fake_openai.requests) == calls
    with tenant_context(tenant_a.tenant):
        assert ConsentRecord.objects.get().granted is False


def test_consent_for_a_message_of_another_conversation_is_refused(tenant_a, fake_openai):
    register(tenant_a.tenant, "openai", fake_openai)
    set_privacy(tenant_a.tenant, art9_policy="explicit_consent")
    request, _ = consent_round(tenant_a.widget.key, granted=False)

    async def run():
        chat = Chat(tenant_a.widget.key)
        await chat.connect()
        await chat.send(type="consent", purpose="art9", message_id=request["message_id"], granted=True)
        error = await chat.receive()
        await chat.close()
        return error

    assert async_to_sync(run)()["error"]["code"] == "bad_frame"
    with tenant_context(tenant_a.tenant):
        assert ConsentRecord.objects.filter(granted=True).count() == 0
