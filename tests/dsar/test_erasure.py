from datetime import date

import pytest
from django.utils import timezone

from dsar.models import DataSubjectRequest, NotificationStatus, RecipientNotification, Status
from dsar.selectors import processing_blocks
from inquiries import services as inquiry_services
from inquiries.models import Contact, Conversation, Message
from tenants.context import tenant_context
from tenants.models import AuditEvent
from tests.dsar.helpers import (
    chat_person,
    database_dump,
    mailed_code,
    media_text,
    transfer_for,
    verified_request,
)

MAX = {"name": "Max Mustermann", "email": "max.mustermann@example.org", "phone": "0171 9876543"}
MAX_TRACES = ["max.mustermann@example.org", "Max Mustermann", "Mustermann", "0171 9876543", "+491719876543", "KD-4711"]


def fulfil(client, dsar, right, django_capture_on_commit_callbacks, **data):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(f"/console/requests/{dsar.public_id}/fulfil/", {"right": right, **data})


def seed_max(tenant):
    contact, conversation = chat_person(
        tenant,
        **MAX,
        customer_number="KD-4711",
        texts=[
            f"Guten Tag, hier {MAX['name']}, Kundennummer KD-4711.",
            f"Bitte rufen Sie mich an: {MAX['phone']} oder schreiben Sie an {MAX['email']}.",
        ],
    )
    transfer_for(conversation)
    return contact, conversation


def test_erasure_leaves_none_of_the_persons_identifiers_in_the_database_or_media(
    client, tenant_a, mailoutbox, django_capture_on_commit_callbacks
):
    seed_max(tenant_a.tenant)
    # The same person through the other intake channels: the web form and the mailbox.
    client.post(f"/form/{tenant_a.widget.key}/", {**MAX, "message": f"Rückruf bitte unter {MAX['phone']}."})
    raw = (
        f"From: {MAX['name']} <{MAX['email']}>\r\nSubject: Frage\r\nMessage-ID: <max1@example.org>\r\n"
        f"\r\nHallo, hier nochmal {MAX['name']}, Kundennummer KD-4711."
    ).encode()
    assert (
        tenant_a.api().generic("POST", "/api/v1/inbound-email", raw, content_type="message/rfc822").status_code == 202
    )
    erika, erika_conversation = chat_person(
        tenant_a.tenant, name="Erika Beispiel", email="erika@example.net", phone="030 5550101"
    )
    transfer_for(erika_conversation)

    client.post(
        "/p/acme/privacy-request/", {"rights": ["access", "erasure"], "email": MAX["email"], "name": MAX["name"]}
    )
    dsar = DataSubjectRequest.objects.unscoped().get(tenant=tenant_a.tenant)
    client.post(f"/p/acme/privacy-request/{dsar.public_id}/verify/", {"code": mailed_code(mailoutbox)})
    owner = tenant_a.console("owner")
    response = fulfil(owner, dsar, "erasure", django_capture_on_commit_callbacks)
    assert response.status_code == 302
    dsar.refresh_from_db()
    assert dsar.outcomes.keys() == set(), "erasure must wait for the access answer"
    fulfil(owner, dsar, "access", django_capture_on_commit_callbacks)
    assert MAX["email"] in media_text(), "the access package holds the data before erasure"
    fulfil(owner, dsar, "erasure", django_capture_on_commit_callbacks)

    dsar.refresh_from_db()
    assert dsar.status == Status.RESPONDED and "erasure" in dsar.outcomes
    assert dsar.email == dsar.name == "" and dsar.identifier_hashes["email"]
    confirmation = mailoutbox[-1]
    assert confirmation.to == [MAX["email"]] and "gelöscht" in confirmation.body
    assert "OpenAI Ireland Ltd." in confirmation.body

    dump, media = database_dump(), media_text()
    for trace in MAX_TRACES:
        assert trace.lower() not in dump.lower(), trace
        assert trace.lower() not in media.lower(), trace
    assert "erika@example.net" in dump and "Erika Beispiel" in dump
    with tenant_context(tenant_a.tenant):
        assert Message.objects.filter(conversation=erika_conversation).count() == 2
        assert Contact.objects.filter(pk=erika.pk).exists()
        notification = RecipientNotification.objects.get()
        assert notification.recipient == "OpenAI Ireland Ltd." and notification.status == NotificationStatus.PENDING
        assert "erase" in notification.letter
        erased = AuditEvent.objects.filter(action="dsar.fulfilled").last().data
        assert erased["right"] == "erasure" and erased["erased"]["inquiries.Message"] == 5  # chat 3, form 1, mail 1


def test_business_letter_is_kept_restricted_and_listed_with_reason_and_end(
    tenant_a, mailoutbox, django_capture_on_commit_callbacks
):
    contact, conversation = seed_max(tenant_a.tenant)
    with tenant_context(tenant_a.tenant):
        letter = Conversation.objects.create(tenant=tenant_a.tenant, channel="email", contact=contact)
        inquiry_services.customer_message_receive(conversation=letter, text="Hiermit bestelle ich 30 Stühle.")
    owner = tenant_a.console("owner")
    response = owner.post("/console/requests/holds/", {"conversation": letter.pk, "reason": "hgb_257"})
    assert response.status_code == 302
    assert owner.post("/console/requests/holds/", {"conversation": 999999, "reason": "hgb_257"}).status_code == 400
    assert tenant_a.console("agent").get("/console/requests/holds/").status_code == 403
    dsar = verified_request(tenant_a.tenant, rights=["erasure"], email=MAX["email"])
    fulfil(owner, dsar, "erasure", django_capture_on_commit_callbacks)

    until = date(timezone.localdate().year + 6, 12, 31)
    with tenant_context(tenant_a.tenant):
        assert not Conversation.objects.filter(pk=conversation.pk).exists()
        kept = Conversation.objects.get(pk=letter.pk)
        assert kept.messages.count() == 1 and Contact.objects.filter(pk=contact.pk).exists()
        assert processing_blocks(kept) == {"restriction"}
    body = mailoutbox[-1].body
    assert f"Gespräch Nr. {letter.pk}: Handelsbrief (HGB §257), aufzubewahren bis {until:%d.%m.%Y}" in body
    # The kept letter's restriction is no Art. 18 restriction of the person: nobody can lift it by hand.
    assert b"lift-restriction" not in owner.get(f"/console/requests/{dsar.public_id}/").content
    lift = tenant_a.api().post(f"/api/v1/dsar/requests/{dsar.public_id}/lift-restriction/")
    assert lift.status_code == 400 and lift.json()["error"]["code"] == "not_restricted"
    with tenant_context(tenant_a.tenant):
        assert processing_blocks(kept) == {"restriction"}
    dsar.refresh_from_db()
    assert dsar.outcomes["erasure"]["kept"] == [{"conversation": letter.pk, "until": until.isoformat()}]


def test_tenant_b_cannot_erase_tenant_a_data_nor_the_reverse(tenant_a, tenant_b, mailoutbox):
    _, conversation = seed_max(tenant_a.tenant)
    b_contact, b_conversation = chat_person(tenant_b.tenant, name="Max in B", email=MAX["email"], phone="040 111")
    dsar = verified_request(tenant_a.tenant, rights=["erasure"], email=MAX["email"])
    response = tenant_b.api().post(f"/api/v1/dsar/requests/{dsar.public_id}/fulfil/", {"right": "erasure"})
    assert response.status_code == 404
    with tenant_context(tenant_b.tenant):
        assert Contact.objects.get(pk=b_contact.pk).email == MAX["email"]
    response = tenant_a.api().post(f"/api/v1/dsar/requests/{dsar.public_id}/fulfil/", {"right": "erasure"})
    assert response.status_code == 200
    with tenant_context(tenant_a.tenant):
        assert not Conversation.objects.filter(pk=conversation.pk).exists()
    with tenant_context(tenant_b.tenant):
        assert Conversation.objects.filter(pk=b_conversation.pk).exists()
        assert Contact.objects.get(pk=b_contact.pk).email == MAX["email"]


@pytest.mark.parametrize("method", ["code", "agent"])
def test_art19_task_is_completed_or_skipped_with_a_reason(tenant_a, mailoutbox, method):
    from dsar.art19 import notification_complete
    from dsar.erasure import erasure_fulfil
    from dsar.errors import DsarError

    seed_max(tenant_a.tenant)
    dsar = verified_request(tenant_a.tenant, rights=["erasure"], email=MAX["email"])
    with tenant_context(tenant_a.tenant):
        erasure_fulfil(request=dsar, actor="t")
        notification = RecipientNotification.objects.get()
        notification_complete(
            notification=notification,
            actor="t",
            skip_reason="" if method == "code" else "Anbieter löscht nach 30 Tagen",
        )
        notification.refresh_from_db()
        assert notification.status == (NotificationStatus.SENT if method == "code" else NotificationStatus.SKIPPED)
        with pytest.raises(DsarError):
            notification_complete(notification=notification, actor="t")


def test_conversation_kept_for_a_legal_hold_is_erased_by_the_daily_job_when_the_hold_ends(
    tenant_a, tenant_b, mailoutbox, django_capture_on_commit_callbacks
):
    from datetime import timedelta

    from dsar.models import LegalHold
    from dsar.services import legal_hold_set
    from dsar.tasks import dsar_daily_task

    contact, _ = seed_max(tenant_a.tenant)
    erika, erika_conversation = chat_person(
        tenant_a.tenant, name="Erika Beispiel", email="erika@example.net", phone="030 5550101"
    )
    with tenant_context(tenant_a.tenant):
        letter = Conversation.objects.create(tenant=tenant_a.tenant, channel="email", contact=contact)
        inquiry_services.customer_message_receive(conversation=letter, text=f"Bestellung von {MAX['name']}.")
        for conversation in (letter, erika_conversation):
            legal_hold_set(tenant=tenant_a.tenant, actor="t", conversation_id=conversation.pk, reason="ao_147")
    dsar = verified_request(tenant_a.tenant, rights=["erasure"], email=MAX["email"])
    fulfil(tenant_a.console("owner"), dsar, "erasure", django_capture_on_commit_callbacks)
    assert "max.mustermann@example.org" in database_dump(), "kept while the hold lasts"
    assert dsar_daily_task.delay().get()["held_erased"] == 0

    LegalHold.objects.unscoped().update(until=timezone.localdate() - timedelta(days=1))
    assert dsar_daily_task.delay().get()["held_erased"] == 1
    dump = database_dump().lower()
    for trace in MAX_TRACES:
        assert trace.lower() not in dump, trace
    with tenant_context(tenant_a.tenant):
        assert not Conversation.objects.filter(pk=letter.pk).exists()
        assert not Contact.objects.filter(pk=contact.pk).exists()
        # Nobody asked to erase Erika's business letter: the retention periods decide about it.
        assert Conversation.objects.filter(pk=erika_conversation.pk).exists()
        assert Contact.objects.filter(pk=erika.pk).exists()
        event = AuditEvent.objects.get(action="dsar.held_conversation_erased")
        assert event.data["conversation"] == letter.pk and event.target_id == str(dsar.pk)
    assert dsar_daily_task.delay().get()["held_erased"] == 0
