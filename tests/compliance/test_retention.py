import datetime
from datetime import timedelta

import pytest
from django.utils import timezone

from compliance.models import TransferRecord
from compliance.tasks import retention_sweep_task
from compliance.transfers import transfer_record_create
from dsar.models import LegalHold
from inquiries.models import Contact, Conversation, Message
from inquiries.pipeline import LOCAL_CONFIG
from tenants.context import tenant_context
from tenants.models import AuditEvent
from tests.compliance.helpers import set_privacy
from tests.factories import make_contact, make_conversation


def backdate(conversation, days):
    Conversation.objects.unscoped().filter(pk=conversation.pk).update(updated_at=timezone.now() - timedelta(days=days))


@pytest.mark.django_db
def test_sweep_deletes_what_is_past_its_period_and_keeps_the_rest(tenant_a, tenant_b):
    set_privacy(
        tenant_a.tenant, retention_conversations_days=90, retention_transfer_records_days=30, retention_contacts_days=90
    )
    old_contact = make_contact(tenant_a.tenant, name="Alt Kunde", email="alt@example.org")
    old = make_conversation(tenant_a.tenant, "Alte Frage", contact=old_contact)
    with tenant_context(tenant_a.tenant):
        transfer_record_create(
            conversation=old,
            message=None,
            registration=None,
            config=LOCAL_CONFIG,
            outcome="answered",
            data_categories=[],
        )
    TransferRecord.objects.unscoped().update(created_at=timezone.now() - timedelta(days=40))
    backdate(old, 100)
    Contact.objects.unscoped().filter(pk=old_contact.pk).update(updated_at=timezone.now() - timedelta(days=100))
    recent = make_conversation(tenant_a.tenant, "Neue Frage")
    held = make_conversation(tenant_a.tenant, "Rechnung als Geschäftsbrief")
    backdate(held, 400)
    with tenant_context(tenant_a.tenant):
        LegalHold.objects.create(
            tenant=tenant_a.tenant,
            conversation=held,
            reason=LegalHold._meta.get_field("reason").choices[0][0],
            until=datetime.date.today() + timedelta(days=2000),
        )
    other_tenant_old = make_conversation(tenant_b.tenant, "B alt")
    backdate(other_tenant_old, 1000)  # tenant B configured no period: kept

    result = retention_sweep_task.delay().get()

    assert result["acme"] == {"conversations": 1, "contacts": 1, "transfer_records": 1}
    assert result["bravo"] == {"conversations": 0, "contacts": 0, "transfer_records": 0}
    remaining = set(Conversation.objects.unscoped().values_list("pk", flat=True))
    assert remaining == {recent.pk, held.pk, other_tenant_old.pk}
    assert not Message.objects.unscoped().filter(text="Alte Frage").exists()
    assert not Contact.objects.unscoped().filter(email="alt@example.org").exists()
    event = AuditEvent.objects.unscoped().filter(tenant=tenant_a.tenant, action="retention.purged").get()
    assert event.data == {"conversations": 1, "contacts": 1, "transfer_records": 1}
    assert retention_sweep_task.delay().get()["acme"] == {"conversations": 0, "contacts": 0, "transfer_records": 0}
