import io

import pytest
from django.apps import apps
from django.db import connection, models
from django.test.utils import CaptureQueriesContext

from dsar import index
from dsar.collectors import (
    PROJECT_APPS,
    _not_personal,
    collectors,
    covered_models,
    declare_not_personal,
    not_personal_models,
    project_app_labels,
    unclassified_models,
)
from dsar.models import IdentifierIndex, IdentifierKind
from dsar.selectors import subject_resolve
from tenants.context import tenant_context
from tests.dsar.helpers import chat_person
from tests.factories import make_contact, make_conversation


def test_every_model_of_the_project_has_a_collector_or_a_reason_to_have_none():
    covered, exempt = covered_models(), not_personal_models()
    unclassified = unclassified_models()
    assert not unclassified, f"Models without a DSAR collector (add one, or declare_not_personal): {unclassified}"
    assert not covered.keys() & exempt.keys()
    assert all(reason.strip() for reason in exempt.values())
    assert set(PROJECT_APPS) <= project_app_labels() and "auth" not in project_app_labels()


@pytest.fixture
def temporary_model():
    """A model added to the inquiries app for one test, removed from the app registry afterwards."""
    created = []

    def make(name: str, **fields):
        attrs = {"__module__": "inquiries.models", **fields}
        model = type(name, (models.Model,), attrs)
        created.append(model)
        return model

    yield make
    for model in created:
        apps.all_models["inquiries"].pop(model._meta.model_name, None)
    apps.clear_cache()


def test_a_new_model_without_a_collector_fails_the_guard(temporary_model):
    temporary_model("CallbackRequest", phone=models.CharField(max_length=50), note=models.TextField())
    assert unclassified_models() == {"inquiries.CallbackRequest"}
    declare_not_personal({"inquiries.CallbackRequest": "test only"})
    try:
        assert unclassified_models() == set()
    finally:
        _not_personal.pop("inquiries.CallbackRequest")


def test_normalised_identifiers_hash_alike_and_differ_between_tenants():
    assert index.digest(1, "email", " Max@Example.ORG ") == index.digest(1, "email", "max@example.org")
    assert index.digest(1, "phone", "0171 123 4567") == index.digest(1, "phone", "+49 171 1234567")
    assert index.digest(1, "customer_number", "kd 100 200") == index.digest(1, "customer_number", "KD100200")
    assert index.digest(1, "email", "max@example.org") != index.digest(2, "email", "max@example.org")
    assert index.digest(1, "email", "not-an-address") is None
    assert index.digest(1, "phone", "keine Nummer") is None


def test_contact_changes_keep_the_index_current(tenant_a):
    contact = make_contact(tenant_a.tenant, name="Max", email="max@example.org", phone="0171 1234567")
    tid = tenant_a.tenant.pk
    with tenant_context(tenant_a.tenant):
        assert index.lookup(tid, [index.digest(tid, "email", "max@example.org")]) == {"inquiries.Contact": {contact.pk}}
        contact.email = "neu@example.org"
        contact.save()
        assert not index.lookup(tid, [index.digest(tid, "email", "max@example.org")])
        assert index.lookup(tid, [index.digest(tid, "email", "neu@example.org")])
        contact.delete()
        assert not IdentifierIndex.objects.filter(model="inquiries.Contact", object_id=contact.pk).exists()
    assert all(len(d) == 64 for d in IdentifierIndex.objects.unscoped().values_list("digest", flat=True))


def test_subject_is_found_by_email_or_by_the_chat_token_without_plain_text_queries(tenant_a):
    contact, conversation = chat_person(
        tenant_a.tenant, name="Max Muster", email="max@example.org", phone="030 1234567"
    )
    other = make_conversation(tenant_a.tenant, "Andere Person", contact=make_contact(tenant_a.tenant, email="x@y.de"))
    tid = tenant_a.tenant.pk
    with tenant_context(tenant_a.tenant), CaptureQueriesContext(connection) as queries:
        by_email = subject_resolve(tenant=tenant_a.tenant, digests=[index.digest(tid, "email", "MAX@example.org")])
        by_token = subject_resolve(tenant=tenant_a.tenant, digests=[index.digest(tid, "token", conversation.token)])
    assert by_email.contact_ids == by_token.contact_ids == {contact.pk}
    assert by_email.conversation_ids == by_token.conversation_ids == {conversation.pk}
    assert other.pk not in by_email.conversation_ids
    assert not any("max@example.org" in q["sql"].lower() or "LIKE" in q["sql"] for q in queries.captured_queries)


def test_other_tenant_does_not_find_the_person(tenant_a, tenant_b):
    chat_person(tenant_a.tenant, name="Max Muster", email="max@example.org", phone="030 1234567")
    tid = tenant_b.tenant.pk
    with tenant_context(tenant_b.tenant):
        subject = subject_resolve(
            tenant=tenant_b.tenant, digests=[index.digest(tid, IdentifierKind.EMAIL, "max@example.org")]
        )
        assert not subject.contact_ids and not subject.conversation_ids
        assert all(sum(c.find(subject).values()) == 0 for c in collectors())


def test_reindex_command_indexes_rows_written_without_signals(tenant_a):
    from django.core.management import call_command

    from inquiries.models import Contact, Conversation

    with tenant_context(tenant_a.tenant):
        contact = Contact.objects.bulk_create([Contact(tenant=tenant_a.tenant, email="alt@example.org")])[0]
        conversation = Conversation.objects.bulk_create([Conversation(tenant=tenant_a.tenant, contact=contact)])[0]
    tid = tenant_a.tenant.pk
    digests = [index.digest(tid, "email", "alt@example.org"), index.digest(tid, "token", conversation.token)]
    assert not index.lookup(tid, digests)
    out = io.StringIO()
    call_command("dsar_reindex", stdout=out)
    assert "1 contacts" in out.getvalue()
    assert index.lookup(tid, digests) == {
        "inquiries.Contact": {contact.pk},
        "inquiries.Conversation": {conversation.pk},
    }
