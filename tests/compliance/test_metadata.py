import pytest
from asgiref.sync import async_to_sync
from channels.testing import WebsocketCommunicator

from compliance.metadata import truncate_ip, user_agent_family
from config.asgi import application
from inquiries.models import Conversation
from tenants.context import tenant_context
from tests.factories import TEST_ORIGIN


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("203.0.113.77", "203.0.113.0/24"),
        ("2001:db8:abcd:12:1:2:3:4", "2001:db8:abcd::/48"),
        ("::ffff:198.51.100.9", "198.51.100.0/24"),
        ("not an address", ""),
        ("", ""),
    ],
)
def test_ip_addresses_are_truncated_before_storage(raw, stored):
    assert truncate_ip(raw) == stored


@pytest.mark.parametrize(
    ("agent", "family"),
    [
        ("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox 133"),
        (
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
            "Safari/537.36 Edg/131.0.2903.86",
            "Edge 131",
        ),
        (
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.5 Mobile/15E148 Safari/604.1",
            "Safari 17",
        ),
        ("curl/8.5.0", "Other"),
    ],
)
def test_user_agent_is_reduced_to_browser_family_and_major_version(agent, family):
    assert user_agent_family(agent) == family


@pytest.mark.django_db(transaction=True)
def test_chat_stores_only_the_network_and_browser_family(tenant_a):
    async def run():
        communicator = WebsocketCommunicator(
            application,
            f"/ws/chat/{tenant_a.widget.key}/",
            headers=[
                (b"origin", TEST_ORIGIN.encode()),
                (b"user-agent", b"Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"),
            ],
        )
        communicator.scope["client"] = ("198.51.100.23", 50000)
        await communicator.connect()
        hello = await communicator.receive_json_from()
        await communicator.disconnect()
        return hello

    hello = async_to_sync(run)()
    with tenant_context(tenant_a.tenant):
        conversation = Conversation.objects.get(token=hello["conversation"])
    assert (conversation.ip_network, conversation.user_agent_family) == ("198.51.100.0/24", "Firefox 133")
