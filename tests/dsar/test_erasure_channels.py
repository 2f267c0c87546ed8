"""Erasure end to end through the real intake channels: the chat WebSocket, the web form and the mailbox.

The person chats anonymously (the chat collects no contact), so the chat is theirs only by its token; the web form
and the e-mail are theirs by the address. They ask from the chat's link to the request page (token + address) and
confirm the address, and then nothing of theirs is left in a full database dump or in the media folder.
"""

import json
import re
from urllib.parse import urlparse

import pytest
from asgiref.sync import async_to_sync

from dsar.models import DataSubjectRequest, Status, VerificationMethod
from inquiries.models import Contact, Conversation, Message
from tenants.context import tenant_context
from tests.dsar.helpers import audit_actions, database_dump, media_text, zip_files
from tests.inquiries.test_chat_consumer import Chat

pytestmark = pytest.mark.django_db(transaction=True)

NAME, EMAIL, PHONE, CUSTOMER_NUMBER = "Max Mustermann", "max.mustermann@example.org", "0171 9876543", "KD-4711"
TRACES = [EMAIL, NAME, "Mustermann", PHONE, "+491719876543", "1719876543", CUSTOMER_NUMBER]


def chat(widget_key: str, *texts: str) -> str:
    """Chat through the widget's WebSocket; returns the conversation token the widget holds."""

    async def run():
        browser = Chat(widget_key)
        hello = await browser.connect()
        for number, text in enumerate(texts):
            await browser.send(type="message", text=text, client_id=f"m{number}")
            await browser.receive()  # ack
            await browser.until_final()
        await browser.close()
        return hello["conversation"]

    return async_to_sync(run)()


def mail_in(setup, sender_name: str, sender: str, text: str, message_id: str):
    raw = f"From: {sender_name} <{sender}>\r\nSubject: Frage\r\nMessage-ID: <{message_id}>\r\n\r\n{text}".encode()
    response = setup.api().generic("POST", "/api/v1/inbound-email", raw, content_type="message/rfc822")
    assert response.status_code == 202, response.content


def mailed(mailoutbox, pattern: str) -> str:
    return re.search(pattern, mailoutbox[-1].body, re.MULTILINE).group(1)


def test_person_seeded_through_chat_form_and_mail_is_erased_from_every_table_and_file(
    client, tenant_a, tenant_b, mailoutbox
):
    token = chat(
        tenant_a.widget.key,
        f"Guten Tag, hier ist {NAME}, Kundennummer {CUSTOMER_NUMBER}.",
        f"Rufen Sie mich an unter {PHONE} oder schreiben Sie an {EMAIL}. Wie kann ich etwas zurückschicken?",
    )
    form = client.post(
        f"/form/{tenant_a.widget.key}/",
        {"name": NAME, "email": EMAIL, "message": f"Rückruf bitte unter {PHONE}, Kundennummer {CUSTOMER_NUMBER}."},
    )
    assert form.status_code in (200, 302)
    mail_in(tenant_a, NAME, EMAIL, f"Hallo, hier nochmal {NAME}, Telefon {PHONE}.", "max1@example.org")
    # Another person of the same tenant, through the same channels.
    erika_token = chat(tenant_a.widget.key, "Hier ist Erika Beispiel, erika@example.net. Zahlungsarten?")
    client.post(
        f"/form/{tenant_a.widget.key}/", {"name": "Erika Beispiel", "email": "erika@example.net", "message": "Hallo"}
    )
    mail_in(tenant_b, "Bert Bravo", "bert@example.com", "Hallo Bravo, eine Frage zur Stornierung.", "bert@example.com")
    with tenant_context(tenant_a.tenant):
        assert Conversation.objects.filter(token=token, contact__isnull=True).exists(), "the chat is anonymous"
        assert Conversation.objects.count() == 5  # Max: chat, form, mail; Erika: chat, form

    # The chat's link to the request page carries the token; the person adds the address for the answer.
    page = client.get(f"/p/acme/privacy-request/?conversation={token}")
    assert token.encode() in page.content
    done = client.post(
        "/p/acme/privacy-request/",
        {"rights": ["access", "erasure"], "email": EMAIL, "name": NAME, "conversation_token": token},
    )
    assert done.status_code == 200 and b'data-code="confirm_email"' in done.content
    dsar = DataSubjectRequest.objects.unscoped().get(tenant=tenant_a.tenant)
    assert dsar.status == Status.IN_PROGRESS and dsar.verification_method == VerificationMethod.CONVERSATION_TOKEN
    owner = tenant_a.console("owner")
    assert b'data-code="email_pending"' in owner.get(f"/console/requests/{dsar.public_id}/").content
    assert "E-Mail-Adresse" in mailoutbox[-1].subject
    link = urlparse(mailed(mailoutbox, r"(https?://\S+/verify/\S+/)$")).path
    assert client.get(link).status_code == 200
    dsar.refresh_from_db()
    assert dsar.verification_method == VerificationMethod.EMAIL_LINK and "dsar.email_confirmed" in audit_actions(dsar)
    assert b'data-code="link_used"' in client.get(link).content or b"already_verified" in client.get(link).content
    assert b"email_pending" not in owner.get(f"/console/requests/{dsar.public_id}/").content

    # Access first: the package holds all three channels; the chat's token downloads it.
    owner.post(f"/console/requests/{dsar.public_id}/fulfil/", {"right": "access"})
    download = urlparse(mailed(mailoutbox, r"(https?://\S+/download/\S+/)$")).path
    files = zip_files(b"".join(client.post(download, {"code": token}).streaming_content))
    channels = sorted(c["channel"] for c in json.loads(files["data.json"])["data"]["conversations"])
    assert channels == ["chat", "email", "form"]
    assert EMAIL in media_text()

    owner.post(f"/console/requests/{dsar.public_id}/fulfil/", {"right": "erasure"})
    dsar.refresh_from_db()
    assert dsar.status == Status.RESPONDED and dsar.outcomes["erasure"]["erased"]["inquiries.Conversation"] == 3
    assert mailoutbox[-1].to == [EMAIL] and "gelöscht" in mailoutbox[-1].body
    assert "3 Gespräch(e)" in mailoutbox[-1].body and "Ihre Kontaktdaten, erstellte Datenkopien" in mailoutbox[-1].body

    dump, media = database_dump().lower(), media_text().lower()
    for trace in TRACES:
        assert trace.lower() not in dump, trace
        assert trace.lower() not in media, trace
    assert "erika@example.net" in dump and "erika beispiel" in dump
    with tenant_context(tenant_a.tenant):
        erika_chat = Conversation.objects.get(token=erika_token)
        assert erika_chat.messages.count() >= 2 and Contact.objects.filter(email="erika@example.net").exists()
    with tenant_context(tenant_b.tenant):
        assert Contact.objects.get().email == "bert@example.com" and Message.objects.count() >= 1
