"""Generated texts: every mandatory item for the configuration, a new version when it changes, refusal naming gaps."""

import time

import pytest

from compliance.models import GeneratedText, ProviderLegalProfile, ProviderRegistration
from compliance.texts import TextRefused, text_generate, texts_generate_all
from tenants.context import tenant_context
from tenants.models import AuditEvent, Tenant
from tests.compliance.helpers import (
    answer,
    concurrently,
    make_registration,
    postgres_only,
    ready_registration,
    set_privacy,
    upload,
)

pytestmark = pytest.mark.django_db


def complete_tenant(tenant, kind="anthropic", **answers):
    Tenant.objects.filter(pk=tenant.pk).update(
        legal_address="Hauptstraße 1, 10115 Berlin", dpo_name="Dana Schutz", dpo_email="datenschutz@acme.example"
    )
    tenant.refresh_from_db()
    set_privacy(
        tenant,
        rights_request_url="https://acme.example/auskunft",
        retention_conversations_days=90,
        retention_contacts_days=365,
        retention_transfer_records_days=730,
    )
    return ready_registration(tenant, kind, active=True, **answers)


def generate(tenant, kind, language="de"):
    with tenant_context(tenant):
        return text_generate(tenant=tenant, actor="test", kind=kind, language=language)


def test_privacy_notice_contains_every_mandatory_item_in_german(tenant_a):
    complete_tenant(tenant_a.tenant, legal_basis="6_1_f", balancing_note="Schnelle Antworten auf Anfragen.")
    text, created = generate(tenant_a.tenant, "privacy_notice", "de")
    md = text.markdown
    assert created and text.version == 1
    for item in [
        "Automatisierte Beantwortung von Kundenanfragen mittels Künstlicher Intelligenz",
        "Art. 6 Abs. 1 lit. f DSGVO",
        "berechtigtes Interesse",
        "Inhalt Ihrer Anfrage",
        "Anthropic, PBC",
        "548 Market Street",
        "Data Privacy Framework",
        "https://www.dataprivacyframework.gov/list",
        "Gesprächsverläufe: 90 Tage",
        "Kontaktdaten: 365 Tage",
        "Übermittlungsprotokolle: 730 Tage",
        "https://acme.example/auskunft",
        "widerrufen",
        "Aufsichtsbehörde",
        "Berliner Beauftragte für Datenschutz und Informationsfreiheit",
        "Art. 22 DSGVO",
        "KI-Assistent",
        "Klara",
        "Acme Versand GmbH",
        "datenschutz@acme.example",
    ]:
        assert item in md, item
    assert '<a href="https://acme.example/auskunft">' in text.html


def test_privacy_notice_in_english_names_sccs_and_how_to_obtain_a_copy(tenant_a):
    registration = complete_tenant(tenant_a.tenant)
    ProviderLegalProfile.objects.filter(key="anthropic").update(dpf_certified=False)
    from compliance import gate

    gate.invalidate()
    upload(tenant_a.tenant, registration, "scc", scc_module="2")
    text, _ = generate(tenant_a.tenant, "privacy_notice", "en")
    assert "Automated answering of customer inquiries by means of artificial intelligence" in text.markdown
    assert "standard contractual clauses (Art. 46(2)(c) GDPR)" in text.markdown
    assert "obtain a copy on request at datenschutz@acme.example" in text.markdown
    assert "Art. 6(1)(b) GDPR" in text.markdown


def test_texts_change_when_the_configuration_changes(tenant_a):
    complete_tenant(tenant_a.tenant)
    first, _ = generate(tenant_a.tenant, "privacy_notice")
    again, created = generate(tenant_a.tenant, "privacy_notice")
    assert (again.pk, created) == (first.pk, False)
    # Switch the active provider to Mistral (EU): the recipient and the transfer section change.
    mistral = make_registration(
        tenant_a.tenant, "openai_compatible", base_url="https://api.mistral.ai/v1", country="FR"
    )
    answer(tenant_a.tenant, mistral, legal_profile=ProviderLegalProfile.objects.get(key="mistral"))
    upload(tenant_a.tenant, mistral, "dpa")
    with tenant_context(tenant_a.tenant):
        ProviderRegistration.objects.update(active=False)
        ProviderRegistration.objects.filter(pk=mistral.pk).update(active=True)
    second, created = generate(tenant_a.tenant, "privacy_notice")
    assert created and second.version == 2
    assert "Mistral AI SAS" in second.markdown and "Anthropic" not in second.markdown
    assert "keine Übermittlung in Drittländer" in second.markdown
    assert GeneratedText.objects.unscoped().filter(tenant=tenant_a.tenant, kind="privacy_notice").count() == 2
    set_privacy(tenant_a.tenant, retention_conversations_days=30)
    third, _ = generate(tenant_a.tenant, "privacy_notice")
    assert third.version == 3 and "Gesprächsverläufe: 30 Tage" in third.markdown
    assert AuditEvent.objects.unscoped().filter(tenant=tenant_a.tenant, action="text.generated").count() == 3


def test_art30_record_has_every_item_and_json(tenant_a):
    complete_tenant(tenant_a.tenant)
    text, _ = generate(tenant_a.tenant, "art30", "en")
    data = text.data
    assert data["controller"] == {"name": "Acme Versand GmbH", "address": "Hauptstraße 1, 10115 Berlin"}
    assert data["dpo"] == {"name": "Dana Schutz", "email": "datenschutz@acme.example"}
    assert data["purposes"] and data["data_subject_categories"] and data["data_categories"]
    assert data["recipients"][0]["name"] == "Anthropic, PBC"
    assert data["transfers"] == [{"recipient": "Anthropic, PBC", "country": "US", "safeguard": "DPF"}]
    assert data["erasure_periods_days"] == {"conversations": 90, "contacts": 365, "transfer_records": 730}
    assert data["technical_and_organisational_measures"]
    for heading in [
        "Controller and data protection officer",
        "Purposes",
        "Categories of data subjects",
        "Recipients",
        "Transfers and safeguards",
        "Erasure periods",
        "Technical and organisational",
    ]:
        assert heading in text.markdown


def test_subprocessor_list_names_country_and_basis(tenant_a):
    complete_tenant(tenant_a.tenant)
    text, _ = generate(tenant_a.tenant, "subprocessors", "de")
    assert "Anthropic, PBC" in text.markdown and "US" in text.markdown and "DPF" in text.markdown
    assert text.data["subprocessors"][0]["transfer_basis"] == "DPF"


@pytest.mark.parametrize(
    ("breaks", "code"),
    [
        ({"retention_contacts_days": None}, "retention_missing"),
        ({"retention_transfer_records_days": None}, "retention_missing"),
    ],
)
def test_generation_refuses_naming_the_gap(tenant_a, breaks, code):
    complete_tenant(tenant_a.tenant)
    set_privacy(tenant_a.tenant, **breaks)
    with pytest.raises(TextRefused) as caught:
        generate(tenant_a.tenant, "privacy_notice")
    assert [g.code for g in caught.value.gaps] == [code]
    assert caught.value.gaps[0].text_de and caught.value.gaps[0].text_en
    assert not GeneratedText.objects.unscoped().exists()


def test_notice_links_the_klardesk_request_page_unless_the_tenant_has_its_own(tenant_a):
    complete_tenant(tenant_a.tenant)
    set_privacy(tenant_a.tenant, rights_request_url="")
    text, _ = generate(tenant_a.tenant, "privacy_notice", "de")
    assert "/p/acme/privacy-request/" in text.markdown
    set_privacy(tenant_a.tenant, rights_request_url="https://acme.example/rechte")
    text, _ = generate(tenant_a.tenant, "privacy_notice", "de")
    assert "https://acme.example/rechte" in text.markdown and "/p/acme/privacy-request/" not in text.markdown


def test_generation_refuses_without_legal_basis_dpo_mail_and_address(tenant_a):
    make_registration(tenant_a.tenant, "anthropic", active=True)
    with pytest.raises(TextRefused) as caught:
        generate(tenant_a.tenant, "art30")
    codes = {g.code for g in caught.value.gaps}
    assert {"legal_basis_missing", "controller_missing", "privacy_contact_missing"} <= codes


def test_console_generates_all_texts_and_shows_gaps(tenant_a):
    client = tenant_a.console("dpo")
    response = client.post("/console/compliance/texts/")
    assert response.status_code == 200
    assert 'data-code="privacy_contact_missing"' in response.content.decode()
    complete_tenant(tenant_a.tenant)
    assert client.post("/console/compliance/texts/").status_code == 302
    assert GeneratedText.objects.unscoped().filter(tenant=tenant_a.tenant).count() == 6

    def status(kind="privacy_notice", language="de"):
        html = client.get("/console/compliance/texts/").content.decode()
        return html.split(f'data-text="{kind}-{language}"')[1].split("</tr>")[0]

    assert "light green" in status() and "light green" in status("art30", "en")
    set_privacy(tenant_a.tenant, retention_contacts_days=200)
    assert "light yellow" in status() and "light yellow" in status("art30", "en")
    assert tenant_a.console("agent").get("/console/compliance/texts/").status_code == 403


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_two_members_generating_at_the_same_moment_store_each_text_once(tenant_a, tenant_b, monkeypatch):
    complete_tenant(tenant_a.tenant)
    owner, dpo = tenant_a.console("owner"), tenant_a.console("dpo")
    # Hold the gap between "read the latest version" and "insert the next" open, so both requests are in it at once.
    from compliance import selectors

    latest = selectors.generated_text_latest
    monkeypatch.setattr(selectors, "generated_text_latest", lambda *a: time.sleep(0.2) or latest(*a))

    results = concurrently(
        lambda: owner.post("/console/compliance/texts/"), lambda: dpo.post("/console/compliance/texts/")
    )

    assert [getattr(r, "status_code", r) for r in results] == [302, 302]
    stored = GeneratedText.objects.unscoped().filter(tenant=tenant_a.tenant)
    assert sorted(stored.values_list("kind", "language", "version")) == [
        (kind, language, 1) for kind in ("art30", "privacy_notice", "subprocessors") for language in ("de", "en")
    ]
    assert AuditEvent.objects.unscoped().filter(tenant=tenant_a.tenant, action="text.generated").count() == 6
    html = owner.get("/console/compliance/texts/").content.decode()
    assert html.count(">v1</a>") == 6 and ">v2</a>" not in html
    assert not GeneratedText.objects.unscoped().filter(tenant=tenant_b.tenant).exists()


def test_public_urls_serve_each_tenants_own_latest_text(tenant_a, tenant_b, client):
    complete_tenant(tenant_a.tenant)
    with tenant_context(tenant_a.tenant):
        texts_generate_all(tenant=tenant_a.tenant, actor="test")
    page = client.get("/p/acme/privacy-ai/")
    assert page.status_code == 200 and "Anthropic, PBC" in page.content.decode()
    assert "Automated answering" in client.get("/p/acme/privacy-ai/?lang=en").content.decode()
    assert client.get("/p/acme/privacy-ai.md")["Content-Type"].startswith("text/markdown")
    art30 = client.get("/p/acme/art30.json").json()
    assert art30["version"] == 1 and art30["controller"]["name"] == "Acme Versand GmbH"
    assert client.get("/p/acme/subprocessors/").status_code == 200
    assert client.get("/p/acme/art30/").status_code == 200
    # Tenant B has published nothing: its URLs show nothing of A's, and unknown slugs look the same.
    for url in ["/p/bravo/privacy-ai/", "/p/bravo/art30.json", "/p/bravo/subprocessors.md", "/p/nobody/art30.json"]:
        response = client.get(url)
        assert response.status_code == 404
        assert "Acme" not in response.content.decode()


def test_categories_actually_transferred_appear_in_the_notice(tenant_a):
    from compliance.models import TransferRecord

    registration = complete_tenant(tenant_a.tenant)
    first, _ = generate(tenant_a.tenant, "privacy_notice")
    assert "Kundennummern" not in first.markdown
    with tenant_context(tenant_a.tenant):
        TransferRecord.objects.create(
            registration=registration,
            provider_kind="anthropic",
            endpoint_host="api.anthropic.com",
            outcome="answered",
            data_categories=["CUSTOMER_NUMBER"],
        )
    second, created = generate(tenant_a.tenant, "privacy_notice")
    assert created and "an den Anbieter übermittelt: Kundennummern" in second.markdown


def test_types_kept_in_clear_are_named_with_their_reason_in_the_notice(tenant_a):
    from compliance.minimisation import redaction_rule_set

    complete_tenant(tenant_a.tenant)
    text, _ = generate(tenant_a.tenant, "privacy_notice", "de")
    assert "nicht pseudonymisiert" not in text.markdown
    with tenant_context(tenant_a.tenant):
        redaction_rule_set(
            tenant=tenant_a.tenant,
            actor="test",
            entity_type="CUSTOMER_NUMBER",
            mode="keep",
            reason="Zuordnung der Bestellung",
        )
    german, _ = generate(tenant_a.tenant, "privacy_notice", "de")
    english, _ = generate(tenant_a.tenant, "privacy_notice", "en")
    assert "nicht pseudonymisiert" in german.markdown and "Zuordnung der Bestellung" in german.markdown
    assert "not pseudonymised" in english.markdown


def test_a_tenant_without_an_external_provider_is_told_where_to_state_the_legal_basis(tenant_a):
    """With only the built-in answerer there is no provider to answer on: the gap says how to get one."""
    Tenant.objects.filter(pk=tenant_a.tenant.pk).update(
        legal_address="Hauptstraße 1, 10115 Berlin", dpo_email="datenschutz@acme.example"
    )
    set_privacy(
        tenant_a.tenant,
        retention_conversations_days=90,
        retention_contacts_days=365,
        retention_transfer_records_days=730,
    )
    client = tenant_a.console("dpo")
    html = client.post("/console/compliance/texts/").content.decode()
    gap = html.split('data-code="legal_basis_missing">')[1].split("</li>")[0]
    assert "Offline-Antwortfunktion als Anbieter registrieren und aktivieren" in gap
    response = tenant_a.console("owner").post(
        "/console/compliance/providers/new/",
        {
            "kind": "local",
            "timeout_seconds": 30,
            "max_output_tokens": 800,
            "temperature": "0.2",
            "action": "save_activate",
        },
    )
    assert response.status_code == 302
    local = ProviderRegistration.objects.unscoped().get(tenant=tenant_a.tenant)
    assert client.post(response.url, {"action": "answers", "legal_basis": "6_1_b"}).status_code == 302
    assert client.post("/console/compliance/texts/").status_code == 302
    notice = GeneratedText.objects.unscoped().get(tenant=tenant_a.tenant, kind="privacy_notice", language="de")
    assert "Keine: die Antworten werden auf unseren eigenen Systemen erzeugt." in notice.markdown
    assert local.active


def _no_federal_state(tenant, registration):
    Tenant.objects.filter(pk=tenant.pk).update(federal_state="")


def _interest_without_note(tenant, registration):
    answer(tenant, registration, legal_basis="6_1_f", balancing_note="")


def _us_recipient_without_safeguard(tenant, registration):
    from compliance import gate

    ProviderLegalProfile.objects.filter(key="anthropic").update(dpf_certified=False)
    gate.invalidate()


def _no_dpo_mail(tenant, registration):
    Tenant.objects.filter(pk=tenant.pk).update(dpo_email="")


@pytest.mark.parametrize(
    ("breaks", "code"),
    [
        (_no_federal_state, "supervisory_authority_unknown"),
        (_interest_without_note, "balancing_note_missing"),
        (_us_recipient_without_safeguard, "transfer_safeguard_missing"),
        (_no_dpo_mail, "privacy_contact_missing"),
    ],
)
def test_each_unknown_mandatory_item_refuses_every_text_and_stores_nothing(tenant_a, breaks, code):
    registration = complete_tenant(tenant_a.tenant)
    breaks(tenant_a.tenant, registration)
    tenant_a.tenant.refresh_from_db()
    for kind in ("privacy_notice", "art30", "subprocessors"):
        with pytest.raises(TextRefused) as caught:
            generate(tenant_a.tenant, kind, "en")
        assert [g.code for g in caught.value.gaps] == [code]
    html = tenant_a.console("owner").post("/console/compliance/texts/").content.decode()
    assert f'data-code="{code}"' in html
    assert not GeneratedText.objects.unscoped().exists()


def test_every_version_of_a_text_stays_readable_in_the_console(tenant_a, tenant_b):
    complete_tenant(tenant_a.tenant)
    first, _ = generate(tenant_a.tenant, "privacy_notice", "de")
    set_privacy(tenant_a.tenant, retention_conversations_days=30)
    second, _ = generate(tenant_a.tenant, "privacy_notice", "de")
    generate(tenant_a.tenant, "privacy_notice", "en")
    client = tenant_a.console("dpo")
    latest = client.get(f"/console/compliance/texts/{second.pk}/").content.decode()
    versions = latest.split('id="text-versions"')[1].split("</ul>")[0]
    assert f'href="/console/compliance/texts/{first.pk}/"' in versions and "<strong>v2</strong>" in versions
    assert versions.count("<li>") == 2  # the English text has its own versions
    earlier = client.get(f"/console/compliance/texts/{first.pk}/").content.decode()
    assert "Gesprächsverläufe: 90 Tage" in earlier and "Gesprächsverläufe: 30 Tage" not in earlier
    assert tenant_b.console("owner").get(f"/console/compliance/texts/{first.pk}/").status_code == 404
    assert tenant_a.console("agent").get(f"/console/compliance/texts/{first.pk}/").status_code == 403
