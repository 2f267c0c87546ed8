"""E-mail intake: the tenant's mailbox forwards each incoming e-mail (raw RFC 822) to the API.

Mail services (Postmark, Mailgun, SES, or a small fetchmail/procmail hook of the tenant's own) post the raw
message to `POST /api/v1/inbound-email` with the tenant's API key. A reply to one of our answers continues its
conversation (the thread token in our Message-ID); anything else starts a new one with the sender as contact.
"""

import email
import email.policy
import hashlib
import re
from email.utils import parseaddr

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.html import strip_tags

from inquiries import selectors
from inquiries.mail import answer_by_email, thread_token
from inquiries.models import Channel, Contact
from inquiries.services import InputError, conversation_start, customer_message_receive

# Where a reply starts quoting the previous mail; everything after it is not the customer's new text.
QUOTE_HEADER = re.compile(
    r"^(On .{5,200} wrote:|Am .{5,200} schrieb .{1,200}:|-----\s*(Original Message|Ursprüngliche Nachricht)\s*-----)",
    re.MULTILINE,
)


class InboundEmailError(Exception):
    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def new_text(body: str) -> str:
    """The customer's own words: quoted lines ("> …") and the quoted previous mail left out."""
    match = QUOTE_HEADER.search(body)
    if match:
        body = body[: match.start()]
    lines = [line for line in body.splitlines() if not line.lstrip().startswith(">")]
    return "\n".join(lines).strip()


def parse(raw: bytes) -> tuple[str, str, str, str, str]:
    """(sender name, sender address, message id, thread headers, text) of a raw e-mail."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    name, address = parseaddr(str(message.get("From", "")))
    try:
        validate_email(address)
    except ValidationError:
        raise InboundEmailError("email_sender_missing") from None
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise InboundEmailError("email_body_missing")
    content = part.get_content()
    text = new_text(strip_tags(content) if part.get_content_type() == "text/html" else content)
    threads = " ".join(str(message.get(h, "")) for h in ("In-Reply-To", "References"))
    return name, address.lower(), str(message.get("Message-ID", "")), threads, text


@transaction.atomic
def inbound_email_receive(*, tenant, raw: bytes, language: str):
    """Store an incoming e-mail once (by its Message-ID) and answer it after the commit; returns the message."""
    name, address, message_id, threads, text = parse(raw)
    client_id = hashlib.sha256(message_id.encode()).hexdigest()[:64] if message_id else ""
    delivered = selectors.email_message_by_client_id(client_id) if client_id else None
    if delivered is not None:  # mail services deliver at least once
        return delivered, False
    conversation = selectors.conversation_by_token(thread_token(threads) or "")
    if conversation is None or conversation.contact is None or conversation.contact.email != address:
        contact = Contact.objects.filter(email=address).order_by("-updated_at").first()
        contact = contact or Contact.objects.create(tenant=tenant, name=name, email=address, language=language)
        conversation = conversation_start(tenant=tenant, channel=Channel.EMAIL, language=language)
        conversation.contact = contact
        conversation.save(update_fields=["contact"])
    try:
        message, created = customer_message_receive(conversation=conversation, text=text, client_id=client_id)
    except InputError as exc:
        raise InboundEmailError(exc.code) from None
    if created:
        transaction.on_commit(lambda: answer_by_email.delay(tenant.pk, message.pk))
    return message, created
