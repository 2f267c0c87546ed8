"""The web form: stored under the right tenant, minimised on the way to the provider, answered by e-mail."""

import json

import pytest
from django.core import mail

from inquiries.models import Contact, Conversation, Message
from tenants.context import tenant_context
from tests.fakes import ok
from tests.inquiries.test_pipeline_providers import register

pytestmark = pytest.mark.django_db(transaction=True)
FORM = {
    "name": "Dilara Yılmaz",
    "email": "dilara.yilmaz@posteo.de",
    "message": "Hallo, hier Dilara Yılmaz. Wie lange kann ich Artikel zurückschicken?",
}


def test_form_inquiry_is_answered_by_email_and_the_provider_never_sees_the_contact(
    client, tenant_a, tenant_b, fake_openai
):
    register(tenant_a.tenant, "openai", fake_openai)
    fake_openai.queue(ok("Guten Tag [PERSON_1], Sie haben 30 Tage Zeit."))
    page = client.get(f"/form/{tenant_a.widget.key}/")
    assert "Ihre Anfrage an Acme Versand GmbH" in page.content.decode()
    assert "/p/acme/privacy-request/" in page.content.decode()  # the way to the data-subject rights
    done = client.post(f"/form/{tenant_a.widget.key}/", FORM)
    assert done.status_code == 200 and "per E-Mail" in done.content.decode()
    sent = json.dumps(fake_openai.requests[-1].body, ensure_ascii=False)
    assert "Dilara" not in sent and "Yılmaz" not in sent and "posteo" not in sent
    [email] = mail.outbox
    assert email.to == ["dilara.yilmaz@posteo.de"]
    # The answer, then the knowledge it was given (the model cited none), as the chat shows it.
    assert email.body == "Guten Tag Dilara Yılmaz, Sie haben 30 Tage Zeit.\n\nQuellen:\n- Rücksendung"
    with tenant_context(tenant_a.tenant):
        conversation = Conversation.objects.get(channel="form")
        assert conversation.contact.email == "dilara.yilmaz@posteo.de"
        assert [m.role for m in conversation.messages.all()] == ["customer", "ai"]
    with tenant_context(tenant_b.tenant):
        assert not Contact.objects.exists()


def test_invalid_form_shows_errors_and_stores_nothing(client, tenant_a):
    response = client.post(f"/form/{tenant_a.widget.key}/", {**FORM, "email": "keine-adresse", "message": ""})
    assert response.status_code == 200
    body = response.content.decode()
    assert "gültige E-Mail-Adresse" in body and "Dieses Feld ist zwingend erforderlich" in body
    assert Contact.objects.unscoped().count() == 0 and mail.outbox == []


def test_unknown_widget_key_is_404(client, tenant_a):
    assert client.get("/form/wk_unknown/").status_code == 404


def test_agent_reply_to_a_form_inquiry_goes_out_by_email(client, tenant_a):
    client.post(f"/form/{tenant_a.widget.key}/", {**FORM, "message": "Können Sie mir ein Taxi bestellen?"})
    assert "Team" in mail.outbox[-1].body  # handed to a human, and the customer was told
    with tenant_context(tenant_a.tenant):
        conversation = Conversation.objects.get(channel="form")
    tenant_a.console("agent").post(f"/console/conversations/{conversation.pk}/", {"text": "Leider nein, Ihr Team."})
    assert mail.outbox[-1].body == "Leider nein, Ihr Team." and mail.outbox[-1].to == ["dilara.yilmaz@posteo.de"]


def test_special_categories_in_a_form_go_to_a_human_in_consent_mode(client, tenant_a, fake_openai):
    from tests.compliance.helpers import set_privacy

    register(tenant_a.tenant, "openai", fake_openai)
    set_privacy(tenant_a.tenant, art9_policy="explicit_consent")
    calls = len(fake_openai.requests)
    client.post(
        f"/form/{tenant_a.widget.key}/",
        {**FORM, "message": "Ich bin schwanger, kann ich die Lieferung an die Klinik senden lassen?"},
    )
    assert len(fake_openai.requests) == calls
    assert "persönlich" in mail.outbox[-1].body
    with tenant_context(tenant_a.tenant):
        assert Conversation.objects.get(channel="form").status == "handoff"


def test_form_works_embedded_without_a_csrf_cookie_and_is_rate_limited(tenant_a):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)  # like a third-party iframe: no CSRF cookie
    for _ in range(10):
        assert "per E-Mail" in browser.post(f"/form/{tenant_a.widget.key}/", FORM).content.decode()
    refused = browser.post(f"/form/{tenant_a.widget.key}/", FORM).content.decode()
    assert "Zu viele Anfragen" in refused
    assert Message.objects.unscoped().filter(role="customer").count() == 10
