"""A customer who writes again while the team has the conversation is told the team has it, not that the AI could
not answer; every message is kept."""

import pytest
from asgiref.sync import async_to_sync

from inquiries.models import Message
from tests.inquiries.test_chat_consumer import Chat

pytestmark = pytest.mark.django_db(transaction=True)


def test_follow_up_after_the_handoff_is_acknowledged_as_with_the_team(tenant_a, tenant_b):
    async def run():
        chat = Chat(tenant_a.widget.key, query="?lang=en")
        await chat.connect()
        await chat.send(type="message", text="I want to talk to a human, please.", client_id="c1")
        await chat.receive()
        first = await chat.until_final()
        await chat.send(type="message", text="My order number is 4711, by the way.", client_id="c2")
        await chat.receive()
        second = await chat.until_final()
        await chat.close()
        return first[-1], second[-1]

    first, second = async_to_sync(run)()
    assert first["reason"] == "customer_request"
    assert second["type"] == "handoff" and second["reason"] == "with_agent"
    assert second["text"] == "Thank you for your message. A member of our team will reply here as soon as possible."
    customer = Message.objects.unscoped().filter(tenant=tenant_a.tenant, role="customer")
    assert customer.count() == 2
    assert not Message.objects.unscoped().filter(tenant=tenant_b.tenant).exists()
