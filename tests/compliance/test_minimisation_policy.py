"""A tenant's own minimisation policy: modes per type, own patterns; in the API, the console and the chat."""

import json

import pytest

from compliance.minimisation import custom_pattern_add, redaction_rule_set
from tenants.context import tenant_context
from tests.fakes import ok
from tests.inquiries.test_pipeline_providers import chat, register

EMAIL = "lena.fischer@gmx.de"


def set_rule(tenant, entity_type, mode, reason=""):
    with tenant_context(tenant):
        redaction_rule_set(tenant=tenant, actor="test", entity_type=entity_type, mode=mode, reason=reason)


@pytest.mark.django_db
def test_redact_api_has_the_cli_shape_and_offsets_slice_the_text(tenant_a):
    text = f"Hallo, ich bin Lena Fischer, meine Mail ist {EMAIL}."
    response = tenant_a.api().post("/api/v1/redact", {"id": "m1", "text": text, "lang": "de"}, format="json")
    assert response.status_code == 200
    body = response.json()
    assert body["id"] == "m1" and EMAIL not in body["redacted_text"] and "[EMAIL_1]" in body["redacted_text"]
    assert {text[e["start"] : e["end"]] for e in body["entities"]} >= {"Lena Fischer", EMAIL}
    assert body["special_categories"] == []


@pytest.mark.django_db
@pytest.mark.parametrize("payload", [{}, {"text": ["a"]}, {"text": "x", "lang": "fr"}])
def test_redact_api_rejects_bad_input_with_the_error_shape(tenant_a, payload):
    response = tenant_a.api().post("/api/v1/redact", payload, format="json")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid"


@pytest.mark.django_db
def test_each_tenant_redacts_under_its_own_policy(tenant_a, tenant_b):
    set_rule(tenant_a.tenant, "EMAIL", "mask")
    with tenant_context(tenant_a.tenant):
        custom_pattern_add(
            tenant=tenant_a.tenant, actor="test", entity_type="CUSTOMER_NUMBER", label="Kunden-Nr.", regex=r"ACME-\d{5}"
        )
    text = f"Schreiben Sie an {EMAIL}, Vorgang ACME-12345."
    a = tenant_a.api().post("/api/v1/redact", {"text": text}, format="json").json()
    b = tenant_b.api().post("/api/v1/redact", {"text": text}, format="json").json()
    assert a["redacted_text"] == "Schreiben Sie an [EMAIL], Vorgang [CUSTOMER_NUMBER_1]."
    assert "[EMAIL_1]" in b["redacted_text"] and "ACME-12345" in b["redacted_text"]


@pytest.mark.django_db
def test_keeping_a_type_needs_a_reason_and_bad_patterns_are_refused_in_the_console(tenant_a):
    console = tenant_a.console("dpo")
    refused = console.post(
        "/console/compliance/minimisation/", {"action": "rule", "entity_type": "EMAIL", "mode": "keep", "reason": ""}
    )
    assert "needs a reason" in refused.content.decode()
    bad = console.post(
        "/console/compliance/minimisation/",
        {"action": "pattern", "entity_type": "CUSTOMER_NUMBER", "label": "x", "regex": "KD-(\\d"},
    )
    assert "invalid regular expression" in bad.content.decode()
    saved = console.post(
        "/console/compliance/minimisation/",
        {"action": "rule", "entity_type": "EMAIL", "mode": "keep", "reason": "Rückruf per Mail nötig"},
    )
    assert saved.status_code == 302
    assert tenant_a.console("agent").get("/console/compliance/minimisation/").status_code == 403


@pytest.mark.django_db(transaction=True)
def test_chat_follows_the_tenants_modes(tenant_a, fake_openai):
    register(tenant_a.tenant, "openai", fake_openai)
    set_rule(tenant_a.tenant, "EMAIL", "keep", reason="Wir antworten per E-Mail")
    set_rule(tenant_a.tenant, "IBAN", "mask")
    fake_openai.queue(ok("Wir melden uns."))
    chat(tenant_a.widget.key, f"Meine Mail ist {EMAIL}, IBAN DE89 3704 0044 0532 0130 00. Rücksendung?")
    sent = json.dumps(fake_openai.requests[-1].body, ensure_ascii=False)
    assert EMAIL in sent and "[IBAN]" in sent and "DE89" not in sent
