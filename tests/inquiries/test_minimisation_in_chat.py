"""Only minimised text reaches the provider; the customer reads the real values again."""

import json

import pytest
from asgiref.sync import async_to_sync

from inquiries import pipeline
from inquiries.models import Conversation
from inquiries.services import customer_message_receive
from tenants.context import tenant_context
from tests.factories import make_contact, make_conversation
from tests.fakes import ok
from tests.inquiries.test_pipeline_providers import chat, register

pytestmark = pytest.mark.django_db(transaction=True)

IBAN = "DE89 3704 0044 0532 0130 00"
EMAIL = "erika.mustermann@web.de"


def sent_to_provider(server) -> str:
    return "\n".join(json.dumps(r.body, ensure_ascii=False) for r in server.requests if r.body)


def test_chat_sends_placeholders_and_the_customer_reads_real_values(tenant_a, fake_openai):
    register(tenant_a.tenant, "openai", fake_openai)
    fake_openai.queue(
        ok(
            "Guten Tag [PERSON_1], wir melden uns unter [EMAIL_1].",
            chunks=["Guten Tag [PER", "SON_1], wir mel", "den uns unter [EMAIL", "_1]."],
        )
    )
    ack, frames = chat(
        tenant_a.widget.key, f"Mein Name ist Erika Mustermann, E-Mail {EMAIL}, bitte erstatten Sie auf {IBAN}."
    )
    body = sent_to_provider(fake_openai)
    for value in ("Erika", "Mustermann", EMAIL, IBAN, IBAN.replace(" ", "")):
        assert value not in body
    assert "[PERSON_1]" in body and "[EMAIL_1]" in body and "[IBAN_1]" in body
    deltas = "".join(f["text"] for f in frames if f["type"] == "delta")
    expected = f"Guten Tag Erika Mustermann, wir melden uns unter {EMAIL}."
    assert deltas == expected
    assert frames[-1]["text"] == expected
    with tenant_context(tenant_a.tenant):
        conversation = Conversation.objects.get(messages__pk=ack["message_id"])
        assert conversation.placeholder_map["[EMAIL_1]"] == EMAIL
        assert conversation.messages.get(pk=ack["message_id"]).text.startswith("Mein Name ist Erika")
        from compliance.models import TransferRecord

        categories = TransferRecord.objects.get(message_id=ack["message_id"]).data_categories
    assert {"PERSON", "EMAIL", "IBAN"} <= set(categories)


def test_known_identifiers_of_the_contact_never_reach_the_provider(tenant_a, fake_anthropic):
    register(tenant_a.tenant, "anthropic", fake_anthropic)
    contact = make_contact(
        tenant_a.tenant,
        name="Jana Weber",
        email="jana.weber@example.org",
        phone="+49 30 1234567",
        customer_number="KD-778899",
    )
    conversation = make_conversation(tenant_a.tenant, contact=contact)
    fake_anthropic.queue(ok("Danke, Frau [PERSON_1]."))
    with tenant_context(tenant_a.tenant):
        message, _ = customer_message_receive(
            conversation=conversation,
            text="hallo, hier jana weber (JANA.WEBER@EXAMPLE.ORG, tel 030/1234567), kundennr kd778899 - "
            "wo ist mein paket?",
        )

    async def run():
        return [frame async for frame in pipeline.answer(message.pk)]

    with tenant_context(tenant_a.tenant):
        frames = async_to_sync(run)()
    body = sent_to_provider(fake_anthropic).lower()
    for value in ("jana", "weber", "jana.weber@example.org", "1234567", "778899"):
        assert value not in body
    assert frames[-1]["type"] == "answer" and "jana weber" in frames[-1]["text"].lower()


def test_health_data_goes_to_a_human_and_never_to_the_provider(tenant_a, fake_openai):
    register(tenant_a.tenant, "openai", fake_openai)
    calls = len(fake_openai.requests)
    _, frames = chat(tenant_a.widget.key, "Ich bin Diabetikerin und brauche die Rücksendung schnell, geht das?")
    assert [f["type"] for f in frames] == ["handoff"]
    assert frames[0]["reason"] == "special_category"
    assert len(fake_openai.requests) == calls


def test_the_same_value_keeps_its_placeholder_across_messages(tenant_a, fake_openai):
    register(tenant_a.tenant, "openai", fake_openai)
    fake_openai.default_reply = ok("Verstanden.")
    hello_ack, _ = chat(tenant_a.widget.key, f"Meine E-Mail ist {EMAIL}. Wie lange dauert eine Rücksendung?")
    with tenant_context(tenant_a.tenant):
        token = Conversation.objects.get(messages__pk=hello_ack["message_id"]).token

    from tests.inquiries.test_chat_consumer import Chat

    async def second():
        c = Chat(tenant_a.widget.key, query=f"?conversation={token}")
        await c.connect()
        await c.send(type="message", text=f"Noch mal: {EMAIL} und zusätzlich max@example.com", client_id="2")
        await c.receive()
        await c.until_final()
        await c.close()

    async_to_sync(second)()
    last = json.dumps(fake_openai.requests[-1].body, ensure_ascii=False)
    assert last.count("[EMAIL_1]") == 2 and "[EMAIL_2]" in last
    assert EMAIL not in last and "max@example.com" not in last
