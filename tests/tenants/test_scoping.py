import pytest

from inquiries.models import Conversation, Message
from tenants.context import NoTenantError, tenant_context
from tests.factories import make_conversation


@pytest.mark.django_db
def test_query_without_current_tenant_raises(tenant_a):
    make_conversation(tenant_a.tenant, "Hallo")
    with pytest.raises(NoTenantError):
        list(Conversation.objects.all())
    with pytest.raises(NoTenantError):
        Message.objects.count()


@pytest.mark.django_db
def test_each_tenant_sees_only_its_own_rows(tenant_a, tenant_b):
    make_conversation(tenant_a.tenant, "Frage von A")
    make_conversation(tenant_b.tenant, "Frage von B", "Noch eine von B")
    with tenant_context(tenant_a.tenant):
        assert [m.text for m in Message.objects.all()] == ["Frage von A"]
    with tenant_context(tenant_b.tenant):
        assert Message.objects.count() == 2
    assert Message.objects.unscoped().count() == 3


@pytest.mark.django_db
def test_writing_a_row_of_another_tenant_is_refused(tenant_a, tenant_b):
    conversation = make_conversation(tenant_a.tenant)
    with tenant_context(tenant_b.tenant), pytest.raises(Exception, match="another tenant"):
        Message(tenant=tenant_a.tenant, conversation=conversation, role="customer", text="x").save()
