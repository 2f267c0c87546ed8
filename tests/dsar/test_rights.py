from urllib.parse import urlparse

import pytest
from django.template import Context, Template

from dsar import index
from dsar.models import Annotation, DataSubjectRequest, RecipientNotification, Rectification, Status
from dsar.selectors import processing_blocks
from inquiries.models import Contact, Conversation, Message
from tenants.context import NoTenantError, tenant_context
from tests.dsar.helpers import audit_actions, chat_person, mailed_link, transfer_for, verified_request
from tests.factories import make_conversation

BANNER = Template("{% load dsar_tags %}{% processing_banner conversation %}")


@pytest.fixture
def max_person(tenant_a):
    contact, conversation = chat_person(
        tenant_a.tenant, name="Max Muster", email="max@example.org", phone="030 1234567"
    )
    transfer_for(conversation)
    return contact, conversation


def api_fulfil(setup, dsar, right, **data):
    return setup.api().post(f"/api/v1/dsar/requests/{dsar.public_id}/fulfil/", {"right": right, **data}, format="json")


def test_rectification_corrects_contact_data_keeps_history_and_annotates_transcripts(
    client, tenant_a, max_person, mailoutbox
):
    contact, conversation = max_person
    client.post(
        "/p/acme/privacy-request/",
        {"rights": ["rectification"], "email": "max@example.org", "details": "Neue Nummer: 030 7654321"},
    )
    client.get(urlparse(mailed_link(mailoutbox)).path)
    dsar = DataSubjectRequest.objects.unscoped().get()
    assert dsar.status == Status.IN_PROGRESS
    owner = tenant_a.console("owner")
    page = owner.get(f"/console/requests/{dsar.public_id}/")
    assert b"Neue Nummer" in page.content and b'name="customer_number"' in page.content
    before = list(Message.objects.unscoped().filter(conversation=conversation).values_list("text", flat=True))
    response = owner.post(
        f"/console/requests/{dsar.public_id}/fulfil/",
        {"right": "rectification", "phone": "030 7654321", "note": "Telefonnummer ist seit März 030 7654321."},
    )
    assert response.status_code == 302
    dsar.refresh_from_db()
    assert dsar.status == Status.RESPONDED
    with tenant_context(tenant_a.tenant):
        contact.refresh_from_db()
        assert contact.phone == "030 7654321"
        history = Rectification.objects.get()
        assert (history.field, history.old_value, history.new_value) == ("phone", "030 1234567", "030 7654321")
        assert list(Message.objects.filter(conversation=conversation).values_list("text", flat=True)) == before
        assert Annotation.objects.get().message.conversation_id == conversation.pk
        found = index.lookup(tenant_a.tenant.pk, [index.digest(tenant_a.tenant.pk, "phone", "+49307654321")])
        assert found["inquiries.Contact"] == {contact.pk}
        assert RecipientNotification.objects.get().trigger == "rectification"
    letter = mailoutbox[-1]
    assert "berichtigt" in letter.body and "Telefon" in letter.body and "030 7654321" not in letter.body
    assert "dsar.fulfilled" in audit_actions(dsar)


@pytest.mark.parametrize(
    ("data", "code"),
    [
        ({}, "nothing_to_rectify"),
        ({"values": {"email": "kaputt"}}, "invalid_email"),
        ({"values": {"password": "x"}}, "invalid_field"),
    ],
)
def test_rectification_rejects_bad_values(tenant_a, max_person, mailoutbox, data, code):
    dsar = verified_request(tenant_a.tenant, rights=["rectification"])
    response = api_fulfil(tenant_a, dsar, "rectification", **data)
    assert response.status_code == 400 and response.json()["error"]["code"] == code


def test_restriction_blocks_ai_for_every_conversation_of_the_person_and_lifting_informs_first(
    tenant_a, tenant_b, max_person, mailoutbox
):
    contact, conversation = max_person
    other = make_conversation(tenant_a.tenant, "Ich bin jemand anderes")
    dsar = verified_request(tenant_a.tenant, rights=["restriction"])
    assert api_fulfil(tenant_a, dsar, "restriction").status_code == 200
    later = make_conversation(tenant_a.tenant, "Noch eine Frage", contact=contact)
    b_contact, b_conversation = chat_person(tenant_b.tenant, name="Max", email="max@example.org", phone="030 1")
    with tenant_context(tenant_a.tenant):
        assert processing_blocks(conversation) == processing_blocks(later) == {"restriction"}
        assert processing_blocks(other) == set()
        banner = BANNER.render(Context({"conversation": conversation}))
        assert "Art. 18" in banner and BANNER.render(Context({"conversation": other})).strip() == ""
        assert RecipientNotification.objects.get().trigger == "restriction"
    with tenant_context(tenant_b.tenant):
        assert processing_blocks(b_conversation) == set()
    with pytest.raises(NoTenantError):
        processing_blocks(conversation)
    assert "eingeschränkt" in mailoutbox[-1].body

    mails_before = len(mailoutbox)
    response = tenant_a.api().post(f"/api/v1/dsar/requests/{dsar.public_id}/lift-restriction/")
    assert response.status_code == 200
    assert len(mailoutbox) == mails_before + 1 and "Aufhebung" in mailoutbox[-1].subject
    with tenant_context(tenant_a.tenant):
        assert processing_blocks(conversation) == set()
    again = tenant_a.api().post(f"/api/v1/dsar/requests/{dsar.public_id}/lift-restriction/")
    assert again.json()["error"]["code"] == "not_restricted"
    assert audit_actions(dsar)[-1] == "dsar.restriction_lifted"


def test_objection_from_a_chat_user_sends_future_inquiries_to_humans(client, tenant_a, max_person, mailoutbox):
    contact, conversation = max_person
    client.post(
        "/p/acme/privacy-request/?lang=en",
        {"rights": ["objection"], "email": "chat@example.net", "conversation_token": conversation.token},
    )
    dsar = DataSubjectRequest.objects.unscoped().get()
    assert dsar.language == "en" and dsar.status == Status.IN_PROGRESS
    response = api_fulfil(tenant_a, dsar, "objection", reason="I do not want AI to read my messages.")
    assert response.status_code == 200 and response.json()["status"] == "responded"
    later = make_conversation(tenant_a.tenant, "Another question", contact=contact)
    with tenant_context(tenant_a.tenant):
        assert processing_blocks(conversation) == processing_blocks(later) == {"objection"}
        assert "Art. 21" in BANNER.render(Context({"conversation": later}))
        assert dsar.letters.get(kind="objection_done").subject.startswith("Your objection")
        assert dsar.letters.get(kind="objection_done").sent_at
    assert mailoutbox[-1].subject.startswith("Your objection") and "Art. 21" in mailoutbox[-1].body


def test_console_art19_task_needs_a_reason_to_skip(tenant_a, max_person, mailoutbox):
    dsar = verified_request(tenant_a.tenant, rights=["restriction"])
    api_fulfil(tenant_a, dsar, "restriction")
    with tenant_context(tenant_a.tenant):
        notification = RecipientNotification.objects.get()
    owner = tenant_a.console("owner")
    url = f"/console/requests/{dsar.public_id}/notifications/{notification.pk}/"
    assert (
        owner.post(url, {"skip_reason": "Anbieter speichert keine Eingaben (Zero Data Retention)"}).status_code == 302
    )
    notification.refresh_from_db()
    assert notification.status == "skipped" and "Zero Data Retention" in notification.skip_reason
    assert "dsar.art19_skipped" in audit_actions(dsar)
    assert tenant_a.console("agent").post(url).status_code == 403
    with tenant_context(tenant_a.tenant):
        assert Contact.objects.count() == 1 and Conversation.objects.count() == 1


def test_rights_after_a_corrected_email_address_still_find_the_person(
    client, tenant_a, tenant_b, max_person, mailoutbox, django_capture_on_commit_callbacks
):
    contact, conversation = max_person
    client.post(
        "/p/acme/privacy-request/",
        {"rights": ["rectification", "access", "erasure"], "email": "max@example.org", "details": "neue Adresse"},
    )
    client.get(urlparse(mailed_link(mailoutbox)).path)
    dsar = DataSubjectRequest.objects.unscoped().get()
    assert api_fulfil(tenant_a, dsar, "rectification", values={"email": "max.neu@example.org"}).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        assert api_fulfil(tenant_a, dsar, "access").status_code == 200
    from dsar.models import ExportPackage
    from dsar.selectors import request_subject

    dsar.refresh_from_db()
    with tenant_context(tenant_a.tenant):
        assert request_subject(dsar).conversation_ids == {conversation.pk}
        assert ExportPackage.objects.get().size > 0
    assert api_fulfil(tenant_a, dsar, "erasure").status_code == 200
    with tenant_context(tenant_a.tenant):
        assert not Contact.objects.filter(pk=contact.pk).exists()
        assert not Conversation.objects.filter(pk=conversation.pk).exists()
    # A later request under the new address finds this one (its letters) too.
    later = verified_request(tenant_a.tenant, rights=["access"], email="max.neu@example.org")
    with tenant_context(tenant_a.tenant):
        assert dsar.pk in request_subject(later).request_ids


def test_erasure_of_an_anonymous_chat_claims_no_contact_details(client, tenant_a, tenant_b, mailoutbox):
    conversation = make_conversation(tenant_a.tenant, "Hallo, eine Frage zum Versand.")
    client.post(
        "/p/acme/privacy-request/",
        {"rights": ["erasure"], "email": "anon@example.org", "conversation_token": conversation.token},
    )
    dsar = DataSubjectRequest.objects.unscoped().get()
    assert api_fulfil(tenant_a, dsar, "erasure").status_code == 200
    with tenant_context(tenant_a.tenant):
        body = dsar.letters.get(kind="erasure_done").body
    assert "1 Gespräch(e) mit 1 Nachricht(en) und die Zuordnungen" in body and "Kontaktdaten" not in body
