"""The chat answered by each provider kind through its real SDK against the local fake server."""

import json
import logging

import pytest
from asgiref.sync import async_to_sync

from compliance.models import ProviderLegalProfile, TransferRecord
from compliance.registrations import registration_activate, registration_save
from inquiries.models import Message
from tenants.context import tenant_context
from tests.compliance.helpers import make_compliant
from tests.fakes import error, ok
from tests.inquiries.test_chat_consumer import Chat

pytestmark = pytest.mark.django_db(transaction=True)
SECRET = "sk-test-Geheim-9f8e7d6c5b4a"


def register(tenant, kind, server, *, compliant=True, **fields):
    """Register and activate a provider for `tenant` pointing at a fake server (after its test call); unless
    `compliant=False`, with every legal prerequisite the gate asks for."""
    fields.setdefault("model", {"anthropic": "claude-test", "gemini": "gemini-test"}.get(kind, "gpt-test"))
    if kind == "openai_compatible":
        fields.setdefault("country", "DE")
    with tenant_context(tenant):
        registration = registration_save(
            tenant=tenant,
            actor="test",
            kind=kind,
            base_url=server.base_url if server else "",
            api_key=SECRET if server else None,
            activate=True,
            timeout_seconds=5,
            **fields,
        )
    if compliant and kind != "local":
        # An OpenAI-compatible endpoint in Germany: the tenant names Mistral's legal profile as the recipient's.
        extra = {}
        if kind == "openai_compatible":
            extra["legal_profile"] = ProviderLegalProfile.objects.get(key="mistral")
        make_compliant(tenant, registration, **extra)
    return registration


def chat(widget_key, text):
    async def run():
        c = Chat(widget_key)
        await c.connect()
        await c.send(type="message", text=text, client_id="p1")
        ack = await c.receive()
        frames = await c.until_final()
        await c.close()
        return ack, frames

    return async_to_sync(run)()


KINDS = [
    ("anthropic", "fake_anthropic"),
    ("openai", "fake_openai"),
    ("openai_compatible", "fake_openai"),
    ("gemini", "fake_gemini"),
]


@pytest.mark.parametrize(("kind", "fake"), KINDS)
def test_each_kind_streams_its_answer_token_by_token_and_records_the_transfer(request, tenant_a, tenant_b, kind, fake):
    server = request.getfixturevalue(fake)
    register(tenant_a.tenant, kind, server)
    server.queue(ok("Sie können Artikel 30 Tage lang zurückschicken.", input_tokens=321, output_tokens=9))
    ack, frames = chat(tenant_a.widget.key, "Wie lange kann ich Artikel zurückschicken?")
    deltas = [f["text"] for f in frames if f["type"] == "delta"]
    assert len(deltas) >= 5  # one per word, as the fake streamed them
    assert frames[-1]["type"] == "answer"
    assert frames[-1]["text"] == "".join(deltas).strip() == "Sie können Artikel 30 Tage lang zurückschicken."
    prompt = json.dumps(server.requests[-1].body, ensure_ascii=False)
    assert "Wie lange kann ich Artikel zurückschicken?" in prompt
    assert "30 Tagen kostenlos zurückgeschickt" in prompt  # the retrieved knowledge went into the prompt
    with tenant_context(tenant_a.tenant):
        record = TransferRecord.objects.get(message_id=ack["message_id"])
    assert (record.provider_kind, record.outcome, record.input_tokens, record.output_tokens) == (
        kind,
        "answered",
        321,
        9,
    )
    assert record.endpoint_host == "127.0.0.1"
    with tenant_context(tenant_b.tenant):
        assert TransferRecord.objects.count() == 0


@pytest.mark.parametrize(("kind", "fake"), KINDS)
def test_provider_failure_hands_off_and_keeps_the_message(request, tenant_a, kind, fake, caplog):
    server = request.getfixturevalue(fake)
    register(tenant_a.tenant, kind, server)
    server.queue(error(500), error(500), error(500))
    caplog.set_level(logging.DEBUG)
    ack, frames = chat(tenant_a.widget.key, "Welche Zahlungsarten gibt es?")
    assert [f["type"] for f in frames] == ["handoff"]
    assert frames[0]["reason"] == "provider_error"
    with tenant_context(tenant_a.tenant):
        message = Message.objects.get(pk=ack["message_id"])
        assert message.text == "Welche Zahlungsarten gibt es?"
        assert message.conversation.status == "handoff"
        record = TransferRecord.objects.get(message=message)
    assert record.outcome == "error:server_error" and record.attempts == 3
    assert SECRET not in caplog.text


def test_model_saying_it_cannot_answer_hands_off(tenant_a, fake_openai):
    register(tenant_a.tenant, "openai", fake_openai)
    fake_openai.queue(ok("[[HANDOFF]]"))
    _, frames = chat(tenant_a.widget.key, "Können Sie mir ein Taxi bestellen?")
    assert [f["type"] for f in frames] == ["handoff"]
    assert frames[0]["reason"] == "cannot_answer"


def test_switching_the_active_provider_takes_effect_on_the_next_message(tenant_a, fake_openai, fake_anthropic):
    openai_reg = register(tenant_a.tenant, "openai", fake_openai)
    fake_openai.queue(ok("Antwort von OpenAI."))
    assert chat(tenant_a.widget.key, "Welche Zahlungsarten gibt es?")[1][-1]["text"] == "Antwort von OpenAI."
    register(tenant_a.tenant, "anthropic", fake_anthropic)
    fake_anthropic.queue(ok("Antwort von Claude."))
    assert chat(tenant_a.widget.key, "Welche Zahlungsarten gibt es?")[1][-1]["text"] == "Antwort von Claude."
    with tenant_context(tenant_a.tenant):
        registration_activate(tenant=tenant_a.tenant, actor="test", registration=openai_reg)
    fake_openai.queue(ok("Wieder OpenAI."))
    assert chat(tenant_a.widget.key, "Welche Zahlungsarten gibt es?")[1][-1]["text"] == "Wieder OpenAI."


def test_local_kind_answers_without_network_and_records_no_recipient(tenant_a):
    register(tenant_a.tenant, "local", None)
    ack, frames = chat(tenant_a.widget.key, "Welche Zahlungsarten gibt es?")
    assert frames[-1]["type"] == "answer" and "PayPal" in frames[-1]["text"]
    with tenant_context(tenant_a.tenant):
        record = TransferRecord.objects.get(message_id=ack["message_id"])
    assert (record.provider_kind, record.endpoint_host, record.transfer_safeguard) == ("local", "local", "none")


def test_system_prompt_carries_persona_instructions_and_sources(tenant_a, fake_anthropic):
    from tenants.services import tenant_profile_save

    tenant_profile_save(
        tenant=tenant_a.tenant,
        actor="test",
        assistant_name="Ida",
        assistant_instructions="Antworten Sie immer mit einem Gruß aus Hamburg.",
    )
    register(tenant_a.tenant, "anthropic", fake_anthropic)
    fake_anthropic.queue(ok("Moin!"))
    chat(tenant_a.widget.key, "Welche Zahlungsarten gibt es?")
    system = json.dumps(fake_anthropic.requests[-1].body["system"], ensure_ascii=False)
    assert "Du bist Ida" in system and "Gruß aus Hamburg" in system
    assert "[[HANDOFF]]" in system and "Kauf auf Rechnung" in system
