"""Restriction (Art. 18) and objection (Art. 21): the person's inquiries go to humans, nothing to the provider."""

import pytest

from dsar.models import ProcessingBlock
from dsar.selectors import conversation_digests
from inquiries.models import Conversation
from tenants.context import tenant_context
from tests.factories import make_contact
from tests.fakes import ok
from tests.inquiries.test_pipeline_providers import chat, register

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize(("kind", "reason"), [("restriction", "restricted"), ("objection", "objection")])
def test_blocked_person_is_answered_by_a_human_only(tenant_a, tenant_b, fake_openai, kind, reason):
    register(tenant_a.tenant, "openai", fake_openai)
    fake_openai.default_reply = ok("Antwort der KI.")
    ack, frames = chat(tenant_a.widget.key, "Welche Zahlungsarten gibt es?")
    assert frames[-1]["type"] == "answer"
    with tenant_context(tenant_a.tenant):
        conversation = Conversation.objects.get(messages__pk=ack["message_id"])
        conversation.contact = make_contact(tenant_a.tenant, email="blockiert@example.org")
        conversation.status = "open"
        conversation.save()
        for digest in conversation_digests(conversation)[1:]:  # by the e-mail, not the token
            ProcessingBlock.objects.create(tenant=tenant_a.tenant, kind=kind, digest=digest)
    calls = len(fake_openai.requests)

    from asgiref.sync import async_to_sync

    from tests.inquiries.test_chat_consumer import Chat

    async def again():
        c = Chat(tenant_a.widget.key, query=f"?conversation={conversation.token}")
        await c.connect()
        await c.send(type="message", text="Und wie lange dauert der Versand?", client_id="2")
        await c.receive()
        result = await c.until_final()
        await c.close()
        return result

    frames = async_to_sync(again)()
    assert [f["type"] for f in frames] == ["handoff"] and frames[0]["reason"] == reason
    assert len(fake_openai.requests) == calls
    page = tenant_a.console("agent").get(f"/console/conversations/{conversation.pk}/").content.decode()
    assert ("Art. 18" if kind == "restriction" else "Art. 21") in page
    # Another tenant's customer with the same e-mail is not affected.
    with tenant_context(tenant_b.tenant):
        assert ProcessingBlock.objects.count() == 0
