"""The compliance console: traffic lights with reasons and actions, provider form with the key never shown back,
"Verbindung testen" / "Aktivieren" with plain-word errors, roles, and tenant isolation."""

import pytest

from compliance.models import LegalAnswers, PrivacySettings, ProviderRegistration
from tenants.models import AuditEvent
from tests.compliance.helpers import make_registration, ready_registration

pytestmark = pytest.mark.django_db


def test_dashboard_shows_lights_reasons_actions_and_check_dates(tenant_a):
    ready = ready_registration(tenant_a.tenant, "anthropic")
    blocked = make_registration(tenant_a.tenant, "openai")
    html = tenant_a.console("dpo").get("/console/compliance/").content.decode()
    ready_block = html.split(f'id="registration-{ready.pk}"')[1].split("</section>")[0]
    blocked_block = html.split(f'id="registration-{blocked.pk}"')[1].split("</section>")[0]
    assert 'class="light green"' in ready_block
    assert 'class="light red"' in blocked_block
    assert 'data-code="dpa_missing"' in blocked_block
    assert "Laden Sie den unterschriebenen AVV als PDF hoch." in blocked_block  # German is the default
    assert "29.11.2026" in html  # the facts' check date


def test_dashboard_in_english(tenant_a):
    make_registration(tenant_a.tenant, "openai")
    client = tenant_a.console("owner")
    client.post("/i18n/setlang/", {"language": "en", "next": "/console/compliance/"})
    html = client.get("/console/compliance/").content.decode()
    assert "Upload the signed DPA as a PDF." in html


@pytest.mark.parametrize(
    "url",
    [
        "/console/compliance/",
        "/console/compliance/settings/",
        "/console/compliance/audit/",
        "/console/compliance/texts/",
        "/console/compliance/providers/new/",
    ],
)
def test_agents_get_403_everywhere(tenant_a, url):
    assert tenant_a.console("agent").get(url).status_code == 403


def test_dpo_may_answer_but_not_change_the_connection(tenant_a):
    registration = make_registration(tenant_a.tenant, "anthropic")
    dpo = tenant_a.console("dpo")
    assert dpo.get("/console/compliance/providers/new/").status_code == 403
    response = dpo.post(f"/console/compliance/providers/{registration.pk}/", {"action": "activate"})
    assert response.status_code == 403
    response = dpo.post(
        f"/console/compliance/providers/{registration.pk}/",
        {"action": "answers", "plan": "paid", "legal_basis": "6_1_b", "region": "EU"},
    )
    assert response.status_code == 302
    assert LegalAnswers.objects.unscoped().get(registration=registration).plan == "paid"
    event = AuditEvent.objects.unscoped().filter(action="compliance.answers_changed").last()
    assert event.data["plan"] == "paid" and event.target_id == str(registration.pk)


def form_data(**overrides):
    data = {
        "kind": "anthropic",
        "label": "Claude",
        "model": "claude-x",
        "base_url": "",
        "country": "",
        "api_key": "sk-ant-secret-1234",
        "timeout_seconds": 30,
        "max_output_tokens": 800,
        "temperature": "0.2",
        "action": "save",
    }
    data.update(overrides)
    return data


def test_saved_key_is_never_rendered_back_only_masked(tenant_a):
    client = tenant_a.console("owner")
    response = client.post("/console/compliance/providers/new/", form_data())
    assert response.status_code == 302
    registration = ProviderRegistration.objects.unscoped().get(tenant=tenant_a.tenant)
    assert not registration.active
    html = client.get(f"/console/compliance/providers/{registration.pk}/").content.decode()
    assert "sk-ant-secret-1234" not in html
    assert "••••1234" in html
    # Saving without a key keeps the stored one.
    client.post(f"/console/compliance/providers/{registration.pk}/", form_data(api_key="", model="claude-y"))
    registration.refresh_from_db()
    assert registration.model == "claude-y" and registration.get_api_key() == "sk-ant-secret-1234"


def test_activation_failure_names_the_cause_and_saves_nothing(tenant_a, fake_anthropic):
    fake_anthropic.api_key = "sk-ant-the-right-one"
    client = tenant_a.console("owner")
    response = client.post(
        "/console/compliance/providers/new/",
        form_data(base_url=fake_anthropic.base_url, country="US", action="save_activate"),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "API-Schlüssel abgelehnt" in html
    assert not ProviderRegistration.objects.unscoped().filter(tenant=tenant_a.tenant).exists()


def test_activate_and_switch_providers(tenant_a, fake_anthropic, fake_openai):
    client = tenant_a.console("admin")
    response = client.post(
        "/console/compliance/providers/new/",
        form_data(base_url=fake_anthropic.base_url, country="US", action="save_activate"),
    )
    assert response.status_code == 302
    first = ProviderRegistration.objects.unscoped().get(tenant=tenant_a.tenant)
    assert first.active and len(fake_anthropic.requests) == 1
    second = make_registration(tenant_a.tenant, "openai", base_url=fake_openai.base_url, country="US")
    client.post(f"/console/compliance/providers/{second.pk}/", {"action": "activate"})
    first.refresh_from_db()
    second.refresh_from_db()
    assert second.active and not first.active
    assert len(fake_openai.requests) == 1


def test_settings_page_sets_art9_policy_and_confirms_the_notice(tenant_a):
    client = tenant_a.console("dpo")
    response = client.post(
        "/console/compliance/settings/",
        {
            "action": "settings",
            "art9_policy": "explicit_consent",
            "retention_conversations_days": "90",
            "technical_measures": "",
        },
    )
    assert response.status_code == 302
    response = client.post(
        "/console/compliance/settings/", {"action": "notice", "url": "https://acme.example/datenschutz"}
    )
    assert response.status_code == 302
    settings = PrivacySettings.objects.unscoped().get(tenant=tenant_a.tenant)
    assert settings.art9_policy == "explicit_consent" and settings.privacy_notice_confirmed_at is not None
    actions = set(AuditEvent.objects.unscoped().filter(tenant=tenant_a.tenant).values_list("action", flat=True))
    assert {"compliance.settings_changed", "compliance.privacy_notice_confirmed"} <= actions


def test_other_tenant_sees_none_of_the_registrations(tenant_a, tenant_b):
    registration = ready_registration(tenant_a.tenant)
    client_b = tenant_b.console("owner")
    assert client_b.get(f"/console/compliance/providers/{registration.pk}/").status_code == 404
    html = client_b.get("/console/compliance/").content.decode()
    assert f"registration-{registration.pk}" not in html
    audit = client_b.get("/console/compliance/audit/").content.decode()
    assert "document.uploaded" not in audit


def test_unreachable_endpoint_names_the_cause_and_can_still_be_saved_inactive(tenant_a):
    client = tenant_a.console("owner")
    data = form_data(kind="openai_compatible", base_url="http://127.0.0.1:9/v1", country="DE", action="save_activate")
    refused = client.post("/console/compliance/providers/new/", data)
    assert refused.status_code == 200 and "Keine Verbindung zum Anbieter" in refused.content.decode()
    assert not ProviderRegistration.objects.unscoped().filter(tenant=tenant_a.tenant).exists()
    saved = client.post("/console/compliance/providers/new/", {**data, "action": "save"})
    assert saved.status_code == 302
    assert ProviderRegistration.objects.unscoped().get(tenant=tenant_a.tenant).active is False


@pytest.mark.parametrize("action", ["save", "save_activate"])
def test_base_url_that_is_not_http_is_refused_even_inactive(tenant_a, action):
    data = form_data(kind="openai_compatible", base_url="ftp://llm.example/v1", country="DE", action=action)
    refused = tenant_a.console("owner").post("/console/compliance/providers/new/", data)
    assert refused.status_code == 200 and "muss mit http:// oder https:// beginnen" in refused.content.decode()
    assert not ProviderRegistration.objects.unscoped().filter(tenant=tenant_a.tenant).exists()


def test_stored_dates_show_in_the_browser_date_pickers_and_survive_the_next_save(tenant_a):
    """`<input type="date">` only takes YYYY-MM-DD; a German "20.11.2026" shows empty and is sent back empty."""
    import re

    registration = make_registration(tenant_a.tenant, "openai")
    client = tenant_a.console("dpo")
    answers = {"action": "answers", "plan": "paid", "legal_basis": "6_1_b", "training_off": "on"}
    client.post(
        f"/console/compliance/providers/{registration.pk}/", {**answers, "training_off_confirmed_on": "2026-11-20"}
    )
    html = client.get(f"/console/compliance/providers/{registration.pk}/").content.decode()
    value = re.search(r'name="training_off_confirmed_on" value="([^"]*)"', html).group(1)
    assert value == "2026-11-20"
    signed_on = re.search(r'name="signed_on" value="([^"]*)"', html).group(1)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", signed_on)
    # The browser sends back what the picker shows; saving again keeps the date.
    response = client.post(
        f"/console/compliance/providers/{registration.pk}/", {**answers, "training_off_confirmed_on": value}
    )
    assert response.status_code == 302
    assert str(LegalAnswers.objects.unscoped().get(registration=registration).training_off_confirmed_on) == value


def test_rejected_answers_are_explained_in_the_consoles_language(tenant_a, monkeypatch):
    """The service's messages go through gettext (a marker translation stands in for the German catalogue)."""
    from django.utils.translation import trans_real

    german = trans_real.translation("de")
    gettext = german.gettext
    marker = {"Give the date you confirmed the switch-off.": "MARKER: Datum der Abschaltung fehlt."}
    monkeypatch.setattr(german, "gettext", lambda message: marker.get(message) or gettext(message))
    registration = make_registration(tenant_a.tenant, "openai")
    response = tenant_a.console("owner").post(
        f"/console/compliance/providers/{registration.pk}/",
        {"action": "answers", "plan": "paid", "legal_basis": "6_1_b", "training_off": "on"},
    )
    assert response.status_code == 200
    assert "MARKER: Datum der Abschaltung fehlt." in response.content.decode()
    assert not LegalAnswers.objects.unscoped().filter(registration=registration).exists()


def test_conversations_page_says_why_the_ai_is_paused_while_the_active_provider_is_blocked(tenant_a, tenant_b):
    registration = make_registration(tenant_a.tenant, "anthropic", active=True)
    owner_html = tenant_a.console("owner").get("/console/").content.decode()
    banner = owner_html.split('id="gate-banner"')[1].split("</div>")[0]
    assert 'data-code="dpa_missing"' in banner and 'href="/console/compliance/"' in banner
    agent_html = tenant_a.console("agent").get("/console/").content.decode()
    assert 'id="gate-banner"' in agent_html and "data-code" not in agent_html.split('id="gate-banner"')[1]
    assert 'id="gate-banner"' not in tenant_b.console("owner").get("/console/").content.decode()
    ready_registration(tenant_a.tenant)  # another, inactive one: the active one is still blocked
    from tests.compliance.helpers import make_compliant

    make_compliant(tenant_a.tenant, registration)
    assert 'id="gate-banner"' not in tenant_a.console("owner").get("/console/").content.decode()


def test_registration_page_shows_the_provider_facts_the_verdict_rests_on(tenant_a, tenant_b):
    import re

    from compliance.services import legal_answers_save
    from tenants.context import tenant_context

    registration = make_registration(tenant_a.tenant, "gemini")
    client = tenant_a.console("dpo")

    def facts():
        html = client.get(f"/console/compliance/providers/{registration.pk}/").content.decode()
        table = html.split('id="provider-facts"')[1].split("</table>")[0]
        rows = re.findall(r'<tr data-fact="(\w+)"><th>[^<]*</th><td>(.*?)</td></tr>', table, re.S)
        return dict(rows)

    shown = facts()
    assert shown["legal_name"] == "Google LLC" and "Mountain View" in shown["legal_address"]
    assert 'href="https://cloud.google.com/terms/data-processing-addendum"' in shown["dpa_url"]
    assert shown["facts_checked_on"] == "29.11.2026" and shown["dpf_checked_on"] == "29.11.2026"
    assert "Kostenpflichtig" in shown["dpa_plans"]
    controller_role = shown["role"]
    with tenant_context(tenant_a.tenant):
        legal_answers_save(tenant=tenant_a.tenant, actor="test", registration=registration, deployment="vertex")
    assert facts()["role"] != controller_role  # the role follows the deployment the tenant uses
    assert tenant_b.console("owner").get(f"/console/compliance/providers/{registration.pk}/").status_code == 404
