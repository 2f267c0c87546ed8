"""Whatever goes wrong under /api/, the client gets the error shape of DESIGN.md, never Django's HTML pages."""

import pytest

from tests.factories import make_conversation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/api/v1/conversations/abc/", "/api/v1/no-such-thing", "/api/v2/conversations/"])
def test_unknown_api_address_is_a_404_in_the_error_shape(tenant_a, path):
    response = tenant_a.api().get(path)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"]["code"] == "not_found" and response.json()["error"]["message"]


def test_unknown_console_address_stays_an_html_page(tenant_a):
    response = tenant_a.console("owner").get("/console/no-such-page/")
    assert response.status_code == 404 and not response["Content-Type"].startswith("application/json")


def test_a_crash_in_an_api_view_is_a_500_in_the_error_shape(tenant_a, client, monkeypatch):
    from inquiries import selectors

    def crash(**kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(selectors, "conversation_list", crash)
    api = tenant_a.api()
    api.raise_request_exception = False
    response = api.get("/api/v1/conversations/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 500
    body = response.json()["error"]
    assert body["code"] == "server_error" and "database went away" not in body["message"]


def test_unknown_status_filter_is_refused_and_a_known_one_filters(tenant_a, tenant_b):
    make_conversation(tenant_a.tenant, "Wo bleibt mein Paket?")
    make_conversation(tenant_b.tenant, "Wann geht mein Flug?")
    refused = tenant_a.api().get("/api/v1/conversations/?status=nonsense")
    assert refused.status_code == 400
    error = refused.json()["error"]
    assert error["code"] == "invalid" and "open" in error["details"]["status"][0]
    listed = tenant_a.api().get("/api/v1/conversations/?status=open").json()
    assert listed["count"] == 1  # tenant B's open conversation is not counted
