"""Operators see every tenant in the admin; tenant-owned pages must not trip the fail-closed scoping."""

import pytest
from django.contrib.auth import get_user_model

from tests.factories import make_conversation


@pytest.fixture
def operator_client(client, db):
    get_user_model().objects.create_superuser("operator", "op@klardesk.example", "operator-passwort")
    client.login(username="operator", password="operator-passwort")
    return client


@pytest.mark.django_db
def test_operator_lists_and_opens_conversations_of_all_tenants(operator_client, tenant_a, tenant_b):
    a = make_conversation(tenant_a.tenant, "Frage A")
    b = make_conversation(tenant_b.tenant, "Frage B")
    listing = operator_client.get("/admin/inquiries/conversation/")
    assert listing.status_code == 200
    assert {a.pk, b.pk} <= {c.pk for c in listing.context["cl"].result_list}
    detail = operator_client.get(f"/admin/inquiries/conversation/{b.pk}/change/")
    assert detail.status_code == 200 and "Frage B" in detail.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/admin/tenants/tenant/",
        "/admin/tenants/membership/",
        "/admin/tenants/apikey/",
        "/admin/tenants/widgetkey/",
        "/admin/tenants/auditevent/",
        "/admin/inquiries/knowledgearticle/",
        "/admin/inquiries/contact/",
    ],
)
def test_every_admin_list_opens(operator_client, tenant_a, tenant_b, url):
    assert operator_client.get(url).status_code == 200


@pytest.mark.django_db
def test_audit_events_cannot_be_changed_in_the_admin(operator_client, tenant_a):
    from tenants.models import AuditEvent

    event = AuditEvent.objects.unscoped().filter(tenant=tenant_a.tenant).first()
    response = operator_client.post(f"/admin/tenants/auditevent/{event.pk}/delete/", {"post": "yes"})
    assert response.status_code == 403
    assert AuditEvent.objects.unscoped().filter(pk=event.pk).exists()
