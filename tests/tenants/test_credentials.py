import pytest

from tenants.context import tenant_context
from tenants.models import ApiKey
from tenants.services import api_key_revoke
from tests.factories import make_conversation


@pytest.mark.django_db
def test_api_key_resolves_its_tenant(tenant_a, tenant_b):
    mine = make_conversation(tenant_a.tenant, "A fragt")
    make_conversation(tenant_b.tenant, "B fragt")
    response = tenant_a.api().get("/api/v1/conversations/")
    assert response.status_code == 200
    assert [c["id"] for c in response.json()["results"]] == [mine.pk]


@pytest.mark.django_db
@pytest.mark.parametrize("header", ["Bearer kd_unknown_secret", "Bearer nonsense", "Basic dXNlcjpwdw=="])
def test_unknown_api_key_gets_401_in_the_error_shape(client, tenant_a, header):
    response = client.get("/api/v1/conversations/", HTTP_AUTHORIZATION=header)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_api_key"
    assert response.json()["error"]["message"]


@pytest.mark.django_db
def test_revoked_api_key_gets_401(tenant_a):
    key = ApiKey.objects.unscoped().get(tenant=tenant_a.tenant)
    api_key_revoke(tenant=tenant_a.tenant, actor="test", key=key)
    response = tenant_a.api().get("/api/v1/conversations/")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_api_key"


@pytest.mark.django_db
def test_api_without_credentials_gets_401_not_authenticated(client, tenant_a):
    response = client.get("/api/v1/conversations/")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


@pytest.mark.django_db
def test_error_messages_speak_german_and_english(client, tenant_a):
    german = client.get("/api/v1/conversations/", HTTP_AUTHORIZATION="Bearer x", HTTP_ACCEPT_LANGUAGE="de")
    english = client.get("/api/v1/conversations/", HTTP_AUTHORIZATION="Bearer x", HTTP_ACCEPT_LANGUAGE="en")
    assert german.json()["error"]["message"] != english.json()["error"]["message"]
    assert "API-Schlüssel" in german.json()["error"]["message"]


@pytest.mark.django_db
def test_console_session_resolves_the_members_tenant(tenant_a, tenant_b):
    make_conversation(tenant_a.tenant, "Nur bei A")
    with tenant_context(tenant_b.tenant):
        other = make_conversation(tenant_b.tenant, "Nur bei B")
    console = tenant_a.console()
    page = console.get("/console/")
    assert page.status_code == 200
    assert page.context["current_tenant"] == tenant_a.tenant
    assert console.get(f"/console/conversations/{other.pk}/").status_code == 404


@pytest.mark.django_db
def test_new_api_key_is_shown_once_then_only_its_prefix(tenant_a):
    console = tenant_a.console()
    created = console.post("/console/keys/", {"action": "create", "name": "Shop"})
    raw = created.context["new_key"]
    assert raw in created.content.decode()
    listing = console.get("/console/keys/").content.decode()
    assert raw not in listing
    assert raw.split("_")[1] in listing
