"""End to end: a blocked tenant's chat question reaches a human and never the fake provider; once the DPO has given
the answers, uploaded the signed DPA, confirmed its checklist and the published notice in the console, the light
turns green and the next question goes to the provider."""

import pytest

from compliance.models import DPA_CHECKLIST, LegalDocument, ProviderRegistration
from inquiries.models import Conversation, ConversationStatus
from tenants.context import tenant_context
from tests.compliance.helpers import days_ago, pdf_upload
from tests.fakes import ok
from tests.inquiries.test_pipeline_providers import chat, register

pytestmark = pytest.mark.django_db(transaction=True)


def registration_block(client, registration) -> str:
    html = client.get("/console/compliance/").content.decode()
    return html.split(f'id="registration-{registration.pk}"')[1].split("</section>")[0]


def test_blocked_tenant_reaches_a_human_then_green_light_reaches_the_provider(tenant_a, tenant_b, fake_anthropic):
    registration = register(tenant_a.tenant, "anthropic", fake_anthropic, compliant=False)
    calls_after_activation = len(fake_anthropic.requests)

    ack, frames = chat(tenant_a.widget.key, "Wie lange kann ich Artikel zurückschicken? Ich heiße Erika Muster.")
    assert frames[-1]["type"] == "handoff"
    assert len(fake_anthropic.requests) == calls_after_activation
    assert all("Erika" not in r.text for r in fake_anthropic.requests)
    with tenant_context(tenant_a.tenant):
        conversation = Conversation.objects.get(messages__pk=ack["message_id"])
        assert conversation.status == ConversationStatus.HANDOFF

    dpo = tenant_a.console("dpo")
    block = registration_block(dpo, registration)
    assert 'class="light red"' in block
    assert 'data-code="dpa_missing"' in block and 'data-code="legal_basis_missing"' in block

    page = f"/console/compliance/providers/{registration.pk}/"
    answers = {"action": "answers", "plan": "paid", "legal_basis": "6_1_b", "region": "EU"}
    assert dpo.post(page, answers).status_code == 302
    upload = {"action": "upload", "kind": "dpa", "file": pdf_upload(), "signed_on": days_ago(5).isoformat()}
    assert dpo.post(page, {**upload, "parties": "Acme Versand GmbH; Anthropic, PBC"}).status_code == 302
    with tenant_context(tenant_a.tenant):
        document = LegalDocument.objects.get(registration=registration)
    assert 'data-code="dpa_checklist_unconfirmed"' in registration_block(dpo, registration)
    checklist = {f"d{document.pk}-{key}": "on" for key in DPA_CHECKLIST}
    assert dpo.post(f"/console/compliance/documents/{document.pk}/checklist/", checklist).status_code == 302
    notice = {"action": "notice", "url": "https://acme.example/datenschutz#ki"}
    assert dpo.post("/console/compliance/settings/", notice).status_code == 302
    assert 'class="light green"' in registration_block(dpo, registration)

    fake_anthropic.queue(ok("Sie können Artikel 30 Tage lang zurückschicken."))
    _ack, frames = chat(tenant_a.widget.key, "Wie lange kann ich Artikel zurückschicken?")
    assert frames[-1]["type"] == "answer"
    assert len(fake_anthropic.requests) == calls_after_activation + 1
    with tenant_context(tenant_a.tenant):
        assert ProviderRegistration.objects.get(pk=registration.pk).active
    # Tenant B has no provider: its questions never reach A's provider.
    chat(tenant_b.widget.key, "Bis wann kann ich stornieren?")
    assert len(fake_anthropic.requests) == calls_after_activation + 1


def test_kill_switch_stops_a_ready_provider_at_once_and_only_for_this_tenant(tenant_a, tenant_b, fake_anthropic):
    registration = register(tenant_a.tenant, "anthropic", fake_anthropic)
    register(tenant_b.tenant, "anthropic", fake_anthropic)
    calls = len(fake_anthropic.requests)
    owner = tenant_a.console("owner")
    owner.post("/console/settings/ai/", {})  # the unticked checkbox: AI answers off
    assert 'class="light yellow"' in registration_block(owner, registration)

    _ack, frames = chat(tenant_a.widget.key, "Wie lange kann ich Artikel zurückschicken?")
    assert frames[-1]["type"] == "handoff"
    assert len(fake_anthropic.requests) == calls
    fake_anthropic.queue(ok("Bis 14 Tage vor Abreise."))
    _ack, frames = chat(tenant_b.widget.key, "Bis wann kann ich stornieren?")
    assert frames[-1]["type"] == "answer" and len(fake_anthropic.requests) == calls + 1

    owner.post("/console/settings/ai/", {"ai_enabled": "on"})
    fake_anthropic.queue(ok("Sie können Artikel 30 Tage lang zurückschicken."))
    _ack, frames = chat(tenant_a.widget.key, "Wie lange kann ich Artikel zurückschicken?")
    assert frames[-1]["type"] == "answer" and len(fake_anthropic.requests) == calls + 2
