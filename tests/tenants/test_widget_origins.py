"""Owners and admins name the websites that may embed their chat (console → Schlüssel); the chat then connects from
there and nowhere else. Bad lines are refused in plain words; another tenant's widget cannot be touched."""

import pytest
from asgiref.sync import async_to_sync

from tenants.models import AuditEvent, WidgetKey
from tests.inquiries.test_chat_consumer import Chat

pytestmark = pytest.mark.django_db(transaction=True)


def _connect(widget_key, origin):
    async def run():
        chat = Chat(widget_key, origin=origin)
        connected, code = await chat.communicator.connect()
        first = await chat.communicator.receive_output() if connected else None
        await chat.communicator.disconnect()
        return first

    return async_to_sync(run)()


def _origins(setup):
    return WidgetKey.objects.unscoped().get(pk=setup.widget.pk).allowed_origins


def test_owner_adds_the_shop_and_the_chat_connects_from_there(tenant_a, tenant_b):
    assert _connect(tenant_a.widget.key, "https://shop.example")["type"] == "websocket.close"
    client = tenant_a.console("owner")
    page = client.get("/console/keys/").content.decode()
    assert 'name="origins"' in page
    response = client.post(
        "/console/keys/",
        {
            "action": "origins",
            "widget_id": tenant_a.widget.pk,
            "origins": "HTTPS://Shop.Example/\nhttp://localhost:8080",
        },
    )
    assert response.status_code == 302
    assert _origins(tenant_a) == ["https://shop.example", "http://localhost:8080"]
    hello = _connect(tenant_a.widget.key, "https://shop.example")
    assert hello["type"] == "websocket.send" and '"hello"' in hello["text"]
    assert AuditEvent.objects.unscoped().filter(tenant=tenant_a.tenant, action="widget_key.origins_changed").exists()


@pytest.mark.parametrize("bad", ["shop.example", "https://shop.example/kontakt", "ftp://shop.example", "   "])
def test_a_line_that_is_not_an_origin_is_refused_and_nothing_changes(tenant_a, bad):
    before = _origins(tenant_a)
    client = tenant_a.console("admin")
    client.cookies["django_language"] = "en"
    response = client.post(
        "/console/keys/", {"action": "origins", "widget_id": tenant_a.widget.pk, "origins": bad}, follow=True
    )
    assert "e.g. https://shop.example" in response.content.decode()
    assert _origins(tenant_a) == before


def test_another_tenant_cannot_change_this_widget_and_agents_cannot_at_all(tenant_a, tenant_b):
    before = _origins(tenant_a)
    data = {"action": "origins", "widget_id": tenant_a.widget.pk, "origins": "https://evil.example"}
    assert tenant_b.console("owner").post("/console/keys/", data).status_code == 404
    assert tenant_a.console("agent").post("/console/keys/", data).status_code == 403
    assert _origins(tenant_a) == before


@pytest.mark.parametrize("action,field", [("origins", "widget_id"), ("revoke", "key_id")])
def test_a_tampered_row_id_is_not_found_instead_of_a_crash(tenant_a, action, field):
    response = tenant_a.console("owner").post("/console/keys/", {"action": action, field: "abc", "origins": "x"})
    assert response.status_code in (302, 404)
