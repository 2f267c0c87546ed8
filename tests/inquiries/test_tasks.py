from datetime import timedelta

import pytest
from django.utils import timezone

from inquiries.models import Conversation, Message
from inquiries.tasks import hand_off_unanswered_task
from tenants.context import tenant_context
from tests.factories import make_conversation


def age(conversation, minutes):
    Message.objects.unscoped().filter(conversation=conversation).update(
        created_at=timezone.now() - timedelta(minutes=minutes)
    )


@pytest.mark.django_db
def test_unanswered_messages_are_handed_to_humans_in_every_tenant(tenant_a, tenant_b):
    stuck_a = make_conversation(tenant_a.tenant, "Hallo?")
    age(stuck_a, 5)
    fresh_a = make_conversation(tenant_a.tenant, "Gerade geschrieben")
    answered_a = make_conversation(tenant_a.tenant, "Frage")
    with tenant_context(tenant_a.tenant):
        Message.objects.create(tenant=tenant_a.tenant, conversation=answered_a, role="ai", text="Antwort")
    age(answered_a, 5)
    stuck_b = make_conversation(tenant_b.tenant, "Hallo B?")
    age(stuck_b, 10)

    assert hand_off_unanswered_task.delay().get() == {"acme": 1, "bravo": 1}
    statuses = dict(Conversation.objects.unscoped().values_list("pk", "status"))
    assert statuses[stuck_a.pk] == statuses[stuck_b.pk] == "handoff"
    assert statuses[fresh_a.pk] == statuses[answered_a.pk] == "open"
    assert hand_off_unanswered_task.delay().get() == {"acme": 0, "bravo": 0}  # idempotent
