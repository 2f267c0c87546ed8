"""The console's usage page after real chat turns: calls and tokens per month and provider, and every transfer
record with its tokens, latency, attempts and a link to its conversation; the other tenant's calls stay hidden."""

import pytest

from inquiries.models import Conversation
from tests.fakes import error, ok
from tests.inquiries.test_pipeline_providers import chat, register

pytestmark = pytest.mark.django_db(transaction=True)


def test_usage_page_shows_each_call_with_tokens_latency_attempts_and_its_conversation(
    tenant_a, tenant_b, fake_anthropic, fake_openai
):
    register(tenant_a.tenant, "anthropic", fake_anthropic)
    register(tenant_b.tenant, "openai", fake_openai)
    fake_anthropic.queue(error(500), ok("Sie können Artikel 30 Tage lang zurückschicken.", input_tokens=321))
    fake_openai.queue(ok("Stornieren geht bis 14 Tage vorher.", input_tokens=987654))
    chat(tenant_a.widget.key, "Wie lange kann ich Artikel zurückschicken?")
    chat(tenant_b.widget.key, "Bis wann kann ich stornieren?")
    conversation = Conversation.objects.unscoped().get(tenant=tenant_a.tenant)

    page = tenant_a.console("owner").get("/console/usage/")
    html = page.content.decode()
    [row] = page.context["usage"]
    assert row["provider"] == "Anthropic Claude" and row["calls"] == 1 and row["input_tokens"] == 321
    [record] = page.context["transfers"]
    assert record.attempts == 2 and record.latency_ms > 0
    assert f"<td>{record.latency_ms}</td>" in html and "<td>321</td>" in html
    assert f'href="/console/conversations/{conversation.pk}/"' in html
    assert "987654" not in html and "OpenAI" not in html
