import pytest

from tests.factories import make_conversation


@pytest.mark.django_db
def test_knowledge_articles_round_trip_through_the_api(tenant_a, tenant_b):
    api = tenant_a.api()
    created = api.post(
        "/api/v1/knowledge/",
        {"title": "Abholung", "body": "Abholung im Laden ab 10 Uhr.", "language": "de"},
        format="json",
    )
    assert created.status_code == 201
    article_id = created.json()["id"]
    assert (
        api.patch(f"/api/v1/knowledge/{article_id}/", {"published": False}, format="json").json()["published"] is False
    )
    titles = [a["title"] for a in api.get("/api/v1/knowledge/").json()["results"]]
    assert "Abholung" in titles
    assert tenant_b.api().get(f"/api/v1/knowledge/{article_id}/").status_code == 404
    assert "Abholung" not in [a["title"] for a in tenant_b.api().get("/api/v1/knowledge/").json()["results"]]
    assert api.delete(f"/api/v1/knowledge/{article_id}/").status_code == 204


@pytest.mark.django_db
def test_invalid_article_gets_400_with_field_details(tenant_a):
    response = tenant_a.api().post("/api/v1/knowledge/", {"title": "", "language": "fr"}, format="json")
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert {"title", "body", "language"} <= set(error["details"])


@pytest.mark.django_db
def test_malformed_json_gets_400_parse_error(tenant_a):
    response = tenant_a.api().generic("POST", "/api/v1/knowledge/", "{nope", content_type="application/json")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "parse_error"


@pytest.mark.django_db
def test_tenant_b_cannot_read_tenant_a_conversation_by_api(tenant_a, tenant_b):
    conversation = make_conversation(tenant_a.tenant, "Meine Adresse ist geheim")
    response = tenant_b.api().get(f"/api/v1/conversations/{conversation.pk}/")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    mine = tenant_a.api().get(f"/api/v1/conversations/{conversation.pk}/").json()
    assert [m["text"] for m in mine["messages"]] == ["Meine Adresse ist geheim"]


@pytest.mark.django_db
def test_openapi_schema_and_docs_are_served_locally(client):
    schema = client.get("/api/schema/")
    assert schema.status_code == 200 and b"/api/v1/knowledge/" in schema.content
    docs = client.get("/api/docs/").content.decode()
    assert "swagger-ui" in docs and "cdn" not in docs.lower()
