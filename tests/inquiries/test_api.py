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


@pytest.mark.django_db(transaction=True)
def test_integration_replies_by_api_and_the_form_customer_gets_the_email(client, tenant_a, tenant_b):
    from django.core import mail

    client.post(
        f"/form/{tenant_a.widget.key}/",
        {"name": "Ole Jensen", "email": "ole@example.dk", "message": "Können Sie mir ein Taxi bestellen?"},
    )
    [conversation] = tenant_a.api().get("/api/v1/conversations/?status=handoff").json()["results"]
    assert tenant_b.api().post(f"/api/v1/conversations/{conversation['id']}/reply/", {"text": "x"}).status_code == 404
    reply = tenant_a.api().post(f"/api/v1/conversations/{conversation['id']}/reply/", {"text": "Leider nicht."})
    assert reply.status_code == 201 and reply.json()["role"] == "agent"
    assert mail.outbox[-1].body == "Leider nicht." and mail.outbox[-1].to == ["ole@example.dk"]
    assert tenant_a.api().post(f"/api/v1/conversations/{conversation['id']}/reply/", {"text": ""}).status_code == 400
    closed = tenant_a.api().post(f"/api/v1/conversations/{conversation['id']}/close/")
    assert closed.json()["status"] == "closed"
    again = tenant_a.api().post(f"/api/v1/conversations/{conversation['id']}/reply/", {"text": "Noch was"})
    assert again.status_code == 409 and again.json()["error"]["code"] == "conversation_closed"
