"""Changing the answering provider's connection in the console: a new endpoint, model or key is tested before it is
saved, so that a typo never sends every customer to the human queue."""

import html

import pytest

from compliance.models import ProviderRegistration
from tests.compliance.helpers import make_registration
from tests.compliance.test_console import form_data
from tests.fakes import error

pytestmark = pytest.mark.django_db


def _active(tenant_a, fake_anthropic):
    fake_anthropic.api_key = "sk-ant-secret-1234"
    client = tenant_a.console("owner")
    data = form_data(base_url=fake_anthropic.base_url, action="save_activate")
    assert client.post("/console/compliance/providers/new/", data).status_code == 302
    registration = ProviderRegistration.objects.unscoped().get(tenant=tenant_a.tenant)
    assert registration.active
    return client, registration, data


def test_unreachable_base_url_on_the_active_provider_is_refused_and_the_tested_one_keeps_answering(
    tenant_a, tenant_b, fake_anthropic
):
    client, registration, data = _active(tenant_a, fake_anthropic)
    url = f"/console/compliance/providers/{registration.pk}/"
    response = client.post(url, {**data, "base_url": "http://127.0.0.1:9", "api_key": "", "action": "save"})
    assert response.status_code == 200
    assert "Keine Verbindung zum Anbieter" in response.content.decode()
    registration.refresh_from_db()
    assert registration.active and registration.base_url == fake_anthropic.base_url
    # The other tenant's console cannot even open it.
    assert tenant_b.console("owner").post(url, {**data, "action": "save"}).status_code == 404


def test_wrong_key_on_the_active_provider_is_refused_and_the_stored_key_kept(tenant_a, fake_anthropic):
    client, registration, data = _active(tenant_a, fake_anthropic)
    url = f"/console/compliance/providers/{registration.pk}/"
    response = client.post(url, {**data, "api_key": "sk-ant-wrong-9999", "action": "save"})
    assert response.status_code == 200 and "API-Schlüssel abgelehnt" in response.content.decode()
    assert "sk-ant-wrong-9999" not in response.content.decode()
    registration.refresh_from_db()
    assert registration.get_api_key() == "sk-ant-secret-1234" and registration.active


def test_working_change_on_the_active_provider_is_tested_and_saved(tenant_a, fake_anthropic):
    client, registration, data = _active(tenant_a, fake_anthropic)
    calls = len(fake_anthropic.requests)
    url = f"/console/compliance/providers/{registration.pk}/"
    response = client.post(url, {**data, "model": "claude-other", "api_key": "", "action": "save"})
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.active and registration.model == "claude-other"
    assert len(fake_anthropic.requests) == calls + 1  # the change was tested with a real call
    # A label alone needs no test call.
    relabel = {**data, "model": "claude-other", "label": "Neu", "api_key": "", "action": "save"}
    assert client.post(url, relabel).status_code == 302
    assert len(fake_anthropic.requests) == calls + 1


def test_inactive_registration_may_be_saved_untested(tenant_a, fake_anthropic):
    client, registration, data = _active(tenant_a, fake_anthropic)
    url = f"/console/compliance/providers/{registration.pk}/"
    client.post(url, {"action": "deactivate"})
    response = client.post(url, {**data, "base_url": "http://127.0.0.1:9", "api_key": "", "action": "save"})
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.base_url == "http://127.0.0.1:9" and not registration.active


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("temperature", "5", "temperature between 0 and 1"),
        ("temperature", "-1", "temperature between 0 and 1"),
        ("max_output_tokens", "0", "between 1 and 100000 output tokens"),
        ("timeout_seconds", "0", "timeout between 1 and 300 seconds"),
        ("country", "d1", "two-letter ISO code"),
    ],
)
def test_values_every_call_would_fail_with_are_refused_in_plain_words(tenant_a, tenant_b, field, value, words):
    client = tenant_a.console("owner")
    client.cookies["django_language"] = "en"
    response = client.post("/console/compliance/providers/new/", form_data(**{field: value}))
    assert response.status_code == 200 and words in response.content.decode()
    assert not ProviderRegistration.objects.unscoped().exists()


def test_country_is_stored_as_an_upper_case_iso_code(tenant_a):
    data = form_data(kind="openai_compatible", base_url="http://127.0.0.1:9/v1", country="de", temperature="1.5")
    assert tenant_a.console("owner").post("/console/compliance/providers/new/", data).status_code == 302
    registration = ProviderRegistration.objects.unscoped().get(tenant=tenant_a.tenant)
    assert registration.country == "DE" and str(registration.temperature) == "1.50"


def test_a_blank_anthropic_model_calls_a_model_the_sdk_does_not_mark_as_ending(tenant_a, fake_anthropic, recwarn):
    """The default model was claude-sonnet-4-5, which the SDK announces as ending on 30 November 2026."""
    client = tenant_a.console("owner")
    data = form_data(model="", base_url=fake_anthropic.base_url, action="save_activate")
    assert client.post("/console/compliance/providers/new/", data).status_code == 302
    model = fake_anthropic.requests[-1].body["model"]
    assert model.startswith("claude-")
    assert not [w for w in recwarn if issubclass(w.category, DeprecationWarning) and model in str(w.message)]


def test_a_crash_while_saving_never_puts_the_posted_key_into_the_error_report(tenant_a, monkeypatch):
    """The report Django e-mails to ADMINS (POST data and every frame's variables) masks the key."""
    import sys

    from django.core.signals import got_request_exception
    from django.views.debug import ExceptionReporter

    from compliance import registrations

    def crash(*, tenant, actor, action, target, data):
        raise RuntimeError("disk full")

    reports = []

    def report(sender, request, **kwargs):
        reports.append(ExceptionReporter(request, *sys.exc_info()).get_traceback_text())

    monkeypatch.setattr(registrations, "audit_log", crash)
    got_request_exception.connect(report)
    try:
        client = tenant_a.console("owner")
        client.raise_request_exception = False
        response = client.post("/console/compliance/providers/new/", form_data(api_key="sk-ant-very-secret-5678"))
    finally:
        got_request_exception.disconnect(report)
    assert response.status_code == 500
    [text] = reports
    assert "disk full" in text and "api_key" in text
    assert "sk-ant-very-secret-5678" not in text


def test_a_key_too_short_to_be_real_is_refused_in_plain_words(tenant_a, tenant_b, fake_anthropic):
    words = "The API key is too short: a provider&#x27;s key has at least 8 characters."
    german = tenant_a.console("owner").post("/console/compliance/providers/new/", form_data(api_key="abc"))
    assert "Der API-Schlüssel ist zu kurz" in german.content.decode()
    client = tenant_a.console("owner")
    client.cookies["django_language"] = "en"
    response = client.post("/console/compliance/providers/new/", form_data(api_key="abc"))
    assert response.status_code == 200 and words in response.content.decode()
    assert not ProviderRegistration.objects.unscoped().exists()
    # Nor can the key of a saved registration be swapped for one; the stored key stays.
    client, registration, data = _active(tenant_a, fake_anthropic)
    client.cookies["django_language"] = "en"
    url = f"/console/compliance/providers/{registration.pk}/"
    response = client.post(url, {**data, "api_key": " abcdefg ", "action": "save"})
    assert response.status_code == 200 and words in response.content.decode()
    registration.refresh_from_db()
    assert registration.get_api_key() == "sk-ant-secret-1234" and registration.active
    assert tenant_b.console("owner").post(url, {**data, "api_key": "abc"}).status_code == 404


def test_a_short_stored_key_is_scrubbed_from_the_error_text_without_garbling_its_words(tenant_a, tenant_b, fake_openai):
    """A short key (stored before keys had a minimum length): OpenAI echoes it in its error text among plain words."""
    registration = make_registration(tenant_a.tenant, "openai", base_url=fake_openai.base_url)
    registration.set_api_key("api")
    registration.save(update_fields=["api_key_encrypted", "api_key_last4"])
    echo = "Incorrect API key provided: api. You can find your API key at https://platform.openai.com/account/api-keys."
    body = {"error": {"message": echo, "type": "invalid_request_error", "param": None, "code": "invalid_api_key"}}
    fake_openai.queue(error(401, body=body))
    client = tenant_a.console("owner")

    page = client.post(f"/console/compliance/providers/{registration.pk}/", {"action": "test"}, follow=True)

    text = html.unescape(page.content.decode())
    assert "Incorrect API key provided: [redacted]. You can find your API key at" in text
    assert "https://platform.openai.com/account/api-keys." in text
    assert "provided: api." not in text
    url = f"/console/compliance/providers/{registration.pk}/"
    assert tenant_b.console("owner").post(url, {"action": "test"}).status_code == 404
