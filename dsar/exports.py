"""The packages of Art. 15 (copy of the data + the information of Art. 15(1)(a)-(h) and 15(2)) and Art. 20.

Access: ZIP with `data.json` and a readable `report.html`. Portability: ZIP with `data.json` (format described by
the JSON schema docs/dsar-portability-v1.schema.json, also inside the ZIP as `schema.json`) and CSV files. Text
others wrote (agents, the AI) is passed through a redactor that removes third persons' names, e-mail addresses and
phone numbers (Art. 15(4)); the person's own identifiers stay.
"""

import csv
import hashlib
import io
import json
import uuid
import zipfile
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation

from compliance import selectors as compliance_selectors
from compliance.redaction import KnownIdentifiers, detect
from compliance.texts import CATEGORY_LABELS, PURPOSE, SUPERVISORY_AUTHORITIES
from dsar import index
from dsar.collectors import Subject, collectors
from dsar.models import ExportKind, IdentifierKind
from dsar.storage import export_dir
from inquiries.models import Contact

SCHEMA_PATH = Path(settings.BASE_DIR) / "docs" / "dsar-portability-v1.schema.json"
PORTABILITY_FORMAT = "klardesk-portability/1"
ACCESS_FORMAT = "klardesk-access/1"
EEA = set("AT BE BG HR CY CZ DK EE FI FR DE GR EL HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO".split())
THIRD_PARTY_TYPES = {"PERSON", "EMAIL", "PHONE"}
REDACTED = "[…]"


def known_identifiers(subject: Subject) -> KnownIdentifiers:
    contacts = list(Contact.objects.filter(pk__in=subject.contact_ids))
    return KnownIdentifiers(
        names=[c.name for c in contacts if c.name],
        emails=[c.email for c in contacts if c.email],
        phones=[c.phone for c in contacts if c.phone],
        customer_numbers=[c.customer_number for c in contacts if c.customer_number],
    )


def make_redactor(known: KnownIdentifiers):
    """A function that blanks other persons' names, e-mail addresses and phone numbers in a text."""
    own = {
        "EMAIL": {index.normalise(IdentifierKind.EMAIL, e) for e in known.emails},
        "PHONE": {index.normalise(IdentifierKind.PHONE, p) for p in known.phones},
        "PERSON": {n.casefold() for n in known.names} | {p.casefold() for n in known.names for p in n.split()},
    }

    def is_own(entity) -> bool:
        if entity.type == "EMAIL":
            return index.normalise(IdentifierKind.EMAIL, entity.text) in own["EMAIL"]
        if entity.type == "PHONE":
            return index.normalise(IdentifierKind.PHONE, entity.text) in own["PHONE"]
        return entity.text.casefold() in own["PERSON"]

    def redact(text: str) -> str:
        entities = [e for e in detect(text, known=known).entities if e.type in THIRD_PARTY_TYPES and not is_own(e)]
        for entity in reversed(entities):
            text = text[: entity.start] + REDACTED + text[entity.end :]
        return text

    return redact


def _t(language: str, de: str, en: str) -> str:
    return en if language == "en" else de


def art15_information(*, tenant, language: str, transfers: list[dict], channels: set[str]) -> dict:
    """The information of Art. 15(1)(a)-(h) and 15(2), from the tenant's settings and the transfer records."""
    privacy = compliance_selectors.privacy_settings()
    recipients: dict[str, dict] = {}
    categories: set[str] = set()
    for t in transfers:
        categories.update(t["data_categories"])
        if t["provider_kind"] == "local":
            continue
        entry = recipients.setdefault(t["recipient"], {"name": t["recipient"], "countries": set(), "safeguards": set()})
        entry["countries"].add(t["country"] or "?")
        if t["transfer_safeguard"]:
            entry["safeguards"].add(t["transfer_safeguard"])
    recipient_list = []
    for entry in recipients.values():
        third = sorted(c for c in entry["countries"] if c not in EEA)
        recipient_list.append(
            {
                "name": entry["name"],
                "countries": sorted(entry["countries"]),
                "third_country": bool(third),
                "safeguard": ", ".join(sorted(entry["safeguards"])) if third else "",
            }
        )

    def days(value, what):
        if value:
            return _t(language, f"{what}: {value} Tage", f"{what}: {value} days")
        return _t(language, f"{what}: bis zur Löschung auf Anfrage", f"{what}: until erased on request")

    labels = [CATEGORY_LABELS.get(c, (c, c))[language == "en"] for c in sorted(categories)]
    return {
        "controller": {
            "name": tenant.legal_name or tenant.name,
            "address": tenant.legal_address,
            "dpo": ", ".join(x for x in (tenant.dpo_name, tenant.dpo_email) if x),
        },
        "purposes": [
            PURPOSE["en" if language == "en" else "de"],
            _t(language, "Bearbeitung Ihrer Anfrage durch unsere Mitarbeiter", "Handling of your inquiry by our staff"),
        ],
        "categories": [
            _t(language, "Kontaktdaten", "contact details"),
            _t(language, "Inhalte der Nachrichten", "contents of the messages"),
            _t(
                language,
                "Metadaten (gekürzte IP-Adresse, Browserfamilie, Zeitpunkte)",
                "metadata (truncated IP, browser family, times)",
            ),
        ]
        + labels,
        "recipients": recipient_list,
        "storage_periods": [
            days(privacy.retention_conversations_days, _t(language, "Gespräche", "Conversations")),
            days(privacy.retention_contacts_days, _t(language, "Kontaktdaten", "Contact details")),
            days(privacy.retention_transfer_records_days, _t(language, "Übermittlungsprotokolle", "Transfer records")),
        ],
        "rights": [
            _t(language, "Berichtigung (Art. 16 DSGVO)", "rectification (Art. 16 GDPR)"),
            _t(language, "Löschung (Art. 17 DSGVO)", "erasure (Art. 17 GDPR)"),
            _t(language, "Einschränkung der Verarbeitung (Art. 18 DSGVO)", "restriction of processing (Art. 18 GDPR)"),
            _t(language, "Datenübertragbarkeit (Art. 20 DSGVO)", "data portability (Art. 20 GDPR)"),
            _t(language, "Widerspruch (Art. 21 DSGVO)", "objection (Art. 21 GDPR)"),
        ],
        "complaint": _t(
            language,
            "Beschwerde bei einer Aufsichtsbehörde (Art. 77 DSGVO), für uns zuständig: ",
            "complaint to a supervisory authority (Art. 77 GDPR); responsible for us: ",
        )
        + SUPERVISORY_AUTHORITIES.get(tenant.federal_state, ""),
        "source": _t(language, "Von Ihnen selbst, über: ", "From you, through: ") + ", ".join(sorted(channels)),
        "automated_decisions": _t(
            language,
            "Automatisierte Entscheidungen nach Art. 22 DSGVO finden statt."
            if privacy.automated_decisions
            else "keine",
            "Automated decisions under Art. 22 GDPR take place." if privacy.automated_decisions else "none",
        ),
        "third_country_safeguards": [
            f"{r['name']} ({', '.join(r['countries'])}): {r['safeguard'] or '?'}"
            for r in recipient_list
            if r["third_country"]
        ],
    }


def access_payload(request, subject: Subject, progress=lambda percent: None) -> dict:
    """Everything the collectors hold about the person, plus the Art. 15 information."""
    redact = make_redactor(known_identifiers(subject))
    data: dict = {}
    steps = collectors()
    for number, collector in enumerate(steps, start=1):
        data.update(collector.export(subject, redact=redact))
        progress(10 + 70 * number // len(steps))
    channels = {c["channel"] for c in data.get("conversations", [])}
    return {
        "format": ACCESS_FORMAT,
        "generated_at": timezone.now().isoformat(),
        "reference": request.reference,
        "data": data,
        "information": art15_information(
            tenant=request.tenant, language=request.language, transfers=data.get("transfers", []), channels=channels
        ),
    }


def portability_payload(request, subject: Subject) -> dict:
    """The data the person provided (Art. 20), in the published format."""
    data: dict = {}
    for collector in collectors():
        data.update(collector.portable(subject))
    return {
        "format": PORTABILITY_FORMAT,
        "schema": "schema.json",
        "exported_at": timezone.now().isoformat(),
        "controller": request.tenant.legal_name or request.tenant.name,
        "contacts": data.get("contacts", []),
        "messages": data.get("messages", []),
    }


def _csv(rows: list[dict], fields: list[str]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _json(payload) -> str:
    return json.dumps(payload, ensure_ascii=False, indent=2, default=str)


def package_files(package, subject: Subject, progress) -> dict[str, str]:
    """The files of a package, by name."""
    request = package.request
    if package.kind == ExportKind.ACCESS:
        payload = access_payload(request, subject, progress)
        with translation.override(request.language):
            report = render_to_string("dsar/export_report.html", {"p": payload, "tenant": request.tenant})
        return {"data.json": _json(payload), "report.html": report}
    payload = portability_payload(request, subject)
    return {
        "data.json": _json(payload),
        "schema.json": SCHEMA_PATH.read_text(),
        "contacts.csv": _csv(
            payload["contacts"], ["name", "email", "phone", "customer_number", "language", "created_at"]
        ),
        "messages.csv": _csv(payload["messages"], ["conversation", "channel", "sent_at", "text"]),
    }


def package_write(package, files: dict[str, str]) -> None:
    """Write the ZIP atomically under PRIVATE_MEDIA_ROOT and record its name, size and SHA-256 (caller saves)."""
    directory = export_dir(package.tenant_id)
    directory.mkdir(parents=True, exist_ok=True)
    name = f"{uuid.uuid4().hex}.zip"
    partial = directory / f"{name}.part"
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        for filename, content in files.items():
            archive.writestr(filename, content)
    data = partial.read_bytes()
    partial.rename(directory / name)
    package.storage_name = name
    package.size = len(data)
    package.sha256 = hashlib.sha256(data).hexdigest()
