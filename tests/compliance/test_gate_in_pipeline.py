"""End to end: a blocked tenant's chat question reaches a human and never the fake provider; once the documents
are in place the light turns green and the next question goes to the provider."""

import pytest

from compliance.models import ProviderRegistration
from inquiries.models import Conversation, ConversationStatus
from tenants.context import tenant_context
from tests.compliance.helpers import make_compliant
from tests.fakes import ok
from tests.inquiries.test_pipeline_providers import chat, register

pytestmark = pytest.mark.django_db(transaction=True)


def test_blocked_tenant_reaches_a_human_then_green_light_reaches_the_provider(tenant_a, fake_anthropic):
    registration = register(tenant_a.tenant, "anthropic", fake_anthropic, compliant=False)
    calls_after_activation = len(fake_anthropic.requests)

    ack, frames = chat(tenant_a.widget.key, "Wie lange kann ich Artikel zurückschicken? Ich heiße Erika Muster.")
    assert frames[-1]["type"] == "handoff"
    assert len(fake_anthropic.requests) == calls_after_activation
    assert all("Erika" not in r.text for r in fake_anthropic.requests)
    with tenant_context(tenant_a.tenant):
        conversation = Conversation.objects.get(messages__pk=ack["message_id"])
        assert conversation.status == ConversationStatus.HANDOFF

    make_compliant(tenant_a.tenant, registration)
    owner = tenant_a.console("owner")
    html = owner.get("/console/compliance/").content.decode()
    block = html.split(f'id="registration-{registration.pk}"')[1].split("</section>")[0]
    assert 'class="light green"' in block

    fake_anthropic.queue(ok("Sie können Artikel 30 Tage lang zurückschicken."))
    _ack, frames = chat(tenant_a.widget.key, "Wie lange kann ich Artikel zurückschicken?")
    assert frames[-1]["type"] == "answer"
    assert len(fake_anthropic.requests) == calls_after_activation + 1
    with tenant_context(tenant_a.tenant):
        assert ProviderRegistration.objects.get(pk=registration.pk).active
