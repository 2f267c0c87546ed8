"""The owner registers each of the five kinds in the console and activates it there ("Speichern und aktivieren", then
"Aktivieren" to switch back); the next chat message is answered by the chosen one, streamed token by token."""

import pytest

from compliance.models import ProviderLegalProfile, ProviderRegistration
from tests.compliance.helpers import make_compliant
from tests.fakes import FakeOpenAI, ok
from tests.inquiries.test_pipeline_providers import chat

pytestmark = pytest.mark.django_db(transaction=True)
KEY = "sk-live-Schluessel-7a6b"


def test_owner_switches_between_all_five_kinds_in_the_console(
    tenant_a, tenant_b, fake_anthropic, fake_openai, fake_gemini
):
    client = tenant_a.console("owner")
    with FakeOpenAI() as mistral:
        servers = {
            "anthropic": fake_anthropic,
            "openai": fake_openai,
            "gemini": fake_gemini,
            "openai_compatible": mistral,
        }
        registrations = {}
        for kind in ("anthropic", "openai", "gemini", "openai_compatible", "local"):
            server = servers.get(kind)
            form = {
                "kind": kind,
                "label": kind,
                "model": "mistral-small" if kind == "openai_compatible" else "",
                "base_url": server.base_url if server else "",
                "country": "FR" if kind == "openai_compatible" else "",
                "api_key": KEY if server else "",
                "timeout_seconds": 5,
                "max_output_tokens": 300,
                "temperature": "0.2",
                "action": "save_activate",
            }
            response = client.post("/console/compliance/providers/new/", form)
            assert response.status_code == 302, response.content.decode()[:3000]
            registration = ProviderRegistration.objects.unscoped().get(tenant=tenant_a.tenant, kind=kind)
            registrations[kind] = registration
            if server:
                extra = (
                    {"legal_profile": ProviderLegalProfile.objects.get(key="mistral")}
                    if kind == "openai_compatible"
                    else {}
                )
                make_compliant(tenant_a.tenant, registration, **extra)
                server.queue(ok(f"Antwort über {kind} zur Rücksendung."))
            _ack, frames = chat(tenant_a.widget.key, "Wie lange kann ich Artikel zurückschicken?")
            assert frames[-1]["type"] == "answer", frames
            if server:
                assert frames[-1]["text"] == f"Antwort über {kind} zur Rücksendung."
                assert len([f for f in frames if f["type"] == "delta"]) >= 4  # one per word, as streamed
            else:
                assert "30 Tagen" in frames[-1]["text"]  # the offline answerer, from the knowledge base
            active = ProviderRegistration.objects.unscoped().filter(tenant=tenant_a.tenant, active=True)
            assert [r.kind for r in active] == [kind]
        # Back to Claude with one click: "Aktivieren" tests the connection and switches.
        calls = len(fake_anthropic.requests)
        response = client.post(
            f"/console/compliance/providers/{registrations['anthropic'].pk}/", {"action": "activate"}
        )
        assert response.status_code == 302 and len(fake_anthropic.requests) == calls + 1
        fake_anthropic.queue(ok("Wieder Claude."))
        assert chat(tenant_a.widget.key, "Und wie bezahle ich?")[1][-1]["text"] == "Wieder Claude."
    # Tenant B was never touched: it still answers offline and has no registration.
    assert not ProviderRegistration.objects.unscoped().filter(tenant=tenant_b.tenant).exists()
    assert "14 Tage" in chat(tenant_b.widget.key, "Bis wann kann ich stornieren?")[1][-1]["text"]
