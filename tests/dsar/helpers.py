"""Builders for DSAR tests: a person seeded through the chat services, and a database/media scanner."""

import io
import re
import zipfile
from pathlib import Path

from django.conf import settings
from django.db import connection

from inquiries import services as inquiry_services
from inquiries.models import Channel, Contact
from tenants.context import tenant_context


def chat_person(tenant, *, name: str, email: str, phone: str, customer_number: str = "", texts=()) -> tuple:
    """A contact whose chat conversation was started and written through the inquiries services."""
    with tenant_context(tenant):
        contact = Contact.objects.create(
            tenant=tenant, name=name, email=email, phone=phone, customer_number=customer_number
        )
        conversation = inquiry_services.conversation_start(
            tenant=tenant, channel=Channel.CHAT, language="de", ip_network="192.0.2.0/24", user_agent_family="Firefox"
        )
        conversation.contact = contact
        conversation.save(update_fields=["contact"])
        for text in texts or (f"Hallo, hier ist {name}, erreichbar unter {email} oder {phone}.",):
            inquiry_services.customer_message_receive(conversation=conversation, text=text)
        inquiry_services.ai_answer_store(conversation=conversation, text=f"Danke {name}, wir melden uns.", sources=[])
    return contact, conversation


def database_dump() -> str:
    """Every row of every table as text: `iterdump` on SQLite, one SELECT per table elsewhere."""
    if connection.vendor == "sqlite":
        return "\n".join(connection.connection.iterdump())
    lines = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f'SELECT * FROM "{table}"')
            lines += [repr(row) for row in cursor.fetchall()]
    return "\n".join(lines)


def media_text() -> str:
    """Every file under PRIVATE_MEDIA_ROOT as text, ZIP members unpacked (their bytes are compressed)."""
    parts = []
    root = Path(settings.PRIVATE_MEDIA_ROOT)
    for path in root.rglob("*") if root.exists() else ():
        if not path.is_file():
            continue
        data = path.read_bytes()
        parts.append(data.decode("utf-8", "replace"))
        if zipfile.is_zipfile(io.BytesIO(data)):
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                parts += [archive.read(n).decode("utf-8", "replace") for n in archive.namelist()]
    return "\n".join(parts)


def mailed_code(mail) -> str:
    """The 6-digit code of the last e-mail sent."""
    return re.search(r"^\s+(\d{6})\s*$", mail[-1].body, re.MULTILINE).group(1)


def mailed_link(mail) -> str:
    return re.search(r"https?://\S+/verify/\S+/", mail[-1].body).group(0)


def audit_actions(request) -> list[str]:
    from dsar.selectors import request_events

    with tenant_context(request.tenant):
        return [e.action for e in request_events(request)]


def transfer_for(conversation, *, recipient="OpenAI Ireland Ltd.", country="US", safeguard="SCC + DPF"):
    """A transfer record as the pipeline writes it after a provider call."""
    from compliance.models import TransferRecord

    with tenant_context(conversation.tenant):
        return TransferRecord.objects.create(
            tenant_id=conversation.tenant_id,
            conversation=conversation,
            message=conversation.messages.first(),
            provider_kind="openai",
            provider_legal_name=recipient,
            model="gpt-4o-mini",
            endpoint_host="api.openai.com",
            country=country,
            legal_basis="art6_1_b",
            transfer_safeguard=safeguard,
            data_categories=["EMAIL", "PERSON"],
            outcome="ok",
        )


def verified_request(tenant, *, rights, email="max@example.org", **fields):
    """A request whose identity an agent checked, through the service."""
    from dsar.services import request_create

    with tenant_context(tenant):
        return request_create(
            tenant=tenant, actor="test", intake="api", rights=rights, email=email, identity_checked=True, **fields
        )


def zip_files(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name).decode() for name in archive.namelist()}
