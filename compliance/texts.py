"""Generated texts the tenant publishes: the AI privacy-notice paragraph, the Art. 30 record (also as JSON) and the
sub-processor list. German and English, Markdown and HTML, built from the live configuration and versioned.

Generation refuses (`TextRefused`, naming every gap in both languages) when a mandatory item is unknown, so that
no tenant publishes a notice with holes. A new version is stored only when the content changed.
"""

import hashlib
import json
import re
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Max
from django.utils.html import escape

from compliance import gate, selectors
from compliance.models import Art9Policy, GeneratedText, LegalBasis, RedactionMode, RedactionRule, TextKind
from tenants.services import audit_log, tenant_lock

LANGUAGES = ("de", "en")
PURPOSE = {
    "de": "Automatisierte Beantwortung von Kundenanfragen mittels Künstlicher Intelligenz",
    "en": "Automated answering of customer inquiries by means of artificial intelligence",
}
SUPERVISORY_AUTHORITIES = {
    "BW": "Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg",
    "BY": "Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)",
    "BE": "Berliner Beauftragte für Datenschutz und Informationsfreiheit",
    "BB": "Die Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg",
    "HB": "Die Landesbeauftragte für Datenschutz und Informationsfreiheit der Freien Hansestadt Bremen",
    "HH": "Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit",
    "HE": "Der Hessische Beauftragte für Datenschutz und Informationsfreiheit",
    "MV": "Der Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern",
    "NI": "Die Landesbeauftragte für den Datenschutz Niedersachsen",
    "NW": "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen",
    "RP": "Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz",
    "SL": "Unabhängiges Datenschutzzentrum Saarland",
    "SN": "Sächsischer Datenschutz- und Transparenzbeauftragter",
    "ST": "Landesbeauftragte für den Datenschutz Sachsen-Anhalt",
    "SH": "Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein",
    "TH": "Thüringer Landesbeauftragter für den Datenschutz und die Informationsfreiheit",
}
CATEGORY_LABELS = {
    "PERSON": ("Namen", "names"),
    "EMAIL": ("E-Mail-Adressen", "e-mail addresses"),
    "PHONE": ("Telefonnummern", "phone numbers"),
    "IBAN": ("Bankverbindungen (IBAN)", "bank details (IBAN)"),
    "CREDIT_CARD": ("Kreditkartennummern", "credit card numbers"),
    "ADDRESS": ("Postanschriften", "postal addresses"),
    "DATE_OF_BIRTH": ("Geburtsdaten", "dates of birth"),
    "TAX_ID": ("Steuernummern", "tax numbers"),
    "VAT_ID": ("USt-IdNr.", "VAT numbers"),
    "SOCIAL_SECURITY_NUMBER": ("Sozialversicherungsnummern", "social security numbers"),
    "HEALTH_INSURANCE_NUMBER": ("Krankenversicherungsnummern", "health insurance numbers"),
    "ID_DOCUMENT": ("Ausweisnummern", "identity document numbers"),
    "IP_ADDRESS": ("IP-Adressen", "IP addresses"),
    "CUSTOMER_NUMBER": ("Kundennummern", "customer numbers"),
}
DEFAULT_TOMS = {
    "de": [
        "Pseudonymisierung personenbezogener Angaben vor jeder Übermittlung an einen KI-Anbieter",
        "Verschlüsselung der Übertragung (TLS) und der gespeicherten Zugangsschlüssel",
        "Mandantentrennung und rollenbasierte Zugriffsrechte",
        "Manipulationsgeschütztes Protokoll aller datenschutzrelevanten Änderungen",
        "Übermittlungsprotokoll für jeden Aufruf eines KI-Anbieters",
        "Notschalter: Übergabe aller Anfragen an Mitarbeiter",
    ],
    "en": [
        "Pseudonymisation of personal details before any transfer to an AI provider",
        "Encryption in transit (TLS) and of the stored access keys",
        "Tenant separation and role-based access rights",
        "Tamper-evident log of every data-protection-relevant change",
        "Transfer record for every call to an AI provider",
        "Kill switch: every inquiry handed to staff",
    ],
}
GAPS = {
    "controller_missing": ("Name und Anschrift des Verantwortlichen", "the controller's name and address"),
    "privacy_contact_missing": ("E-Mail-Adresse für Datenschutzanfragen (DSB)", "e-mail for privacy requests (DPO)"),
    "legal_basis_missing": (
        "Rechtsgrundlage in den rechtlichen Angaben des aktiven Anbieters (ohne externen Anbieter: die integrierte "
        "Offline-Antwortfunktion als Anbieter registrieren und aktivieren)",
        "legal basis in the legal answers of the active provider (without an external provider: register and "
        "activate the built-in offline answerer as the provider)",
    ),
    "balancing_note_missing": ("Interessenabwägung für Art. 6 Abs. 1 lit. f", "balancing note for Art. 6(1)(f)"),
    "recipient_unknown": ("juristische Person und Anschrift des Anbieters", "the provider's legal entity and address"),
    "transfer_safeguard_missing": (
        "Garantie für die Drittlandübermittlung",
        "safeguard for the third-country transfer",
    ),
    "retention_missing": ("Speicherdauer je Datenkategorie", "storage period per data category"),
    "supervisory_authority_unknown": ("zuständige Aufsichtsbehörde (Bundesland)", "competent authority (state)"),
}


@dataclass(frozen=True)
class Gap:
    code: str
    text_de: str
    text_en: str


class TextRefused(Exception):
    """A mandatory item is unknown; `.gaps` names each one in German and English."""

    def __init__(self, gaps: list[Gap]):
        self.gaps = gaps
        super().__init__(", ".join(g.code for g in gaps))


@dataclass
class Doc:
    title: str
    blocks: list[tuple[str, object]] = field(default_factory=list)
    data: dict = field(default_factory=dict)

    def h(self, text):
        self.blocks.append(("h", text))

    def p(self, text):
        self.blocks.append(("p", text))

    def ul(self, items):
        self.blocks.append(("ul", list(items)))


URL = re.compile(r"(https?://[^\s<>()]+[^\s<>().,;:])")


def render_markdown(doc: Doc) -> str:
    def inline(text: str) -> str:
        return URL.sub(r"<\1>", text)

    lines = [f"## {doc.title}", ""]
    for kind, value in doc.blocks:
        if kind == "h":
            lines += [f"### {value}", ""]
        elif kind == "p":
            lines += [inline(value), ""]
        else:
            lines += [f"- {inline(item)}" for item in value] + [""]
    return "\n".join(lines).rstrip() + "\n"


def render_html(doc: Doc) -> str:
    def inline(text: str) -> str:
        return URL.sub(r'<a href="\1">\1</a>', str(escape(text)))

    parts = [f"<h2>{escape(doc.title)}</h2>"]
    for kind, value in doc.blocks:
        if kind == "h":
            parts.append(f"<h3>{escape(value)}</h3>")
        elif kind == "p":
            parts.append(f"<p>{inline(value)}</p>")
        else:
            parts.append("<ul>" + "".join(f"<li>{inline(item)}</li>" for item in value) + "</ul>")
    return "\n".join(parts) + "\n"


# --- facts from the live configuration ------------------------------------------------------------------------------


@dataclass
class Recipient:
    name: str
    legal_name: str
    address: str
    country: str
    safeguard: str
    evidence_url: str
    role: str


def collect(tenant) -> tuple[dict, list[Gap]]:
    """The facts the texts are made of, and the gaps among the mandatory ones. Needs the tenant's context."""
    gaps: list[str] = []
    settings = selectors.privacy_settings()
    active = selectors.active_registration()
    answers = selectors.legal_answers_for(active) if active else None
    recipients: list[Recipient] = []
    legal_basis = answers.legal_basis if answers else ""
    if active is not None:
        profile = selectors.legal_profile_for(active, answers)
        verdict = gate.evaluate(active)
        if profile is None:
            gaps.append("recipient_unknown")
        elif verdict.transfer_safeguard != "none":
            if not profile.legal_name or not profile.legal_address:
                gaps.append("recipient_unknown")
            if not verdict.transfer_safeguard:
                gaps.append("transfer_safeguard_missing")
            recipients.append(
                Recipient(
                    name=profile.name,
                    legal_name=profile.legal_name,
                    address=" ".join(profile.legal_address.split()),
                    country=verdict.country,
                    safeguard=verdict.transfer_safeguard,
                    evidence_url=profile.dpf_evidence_url,
                    role=profile.role_for(answers.deployment if answers else ""),
                )
            )
    if not legal_basis:
        gaps.append("legal_basis_missing")
    elif legal_basis == LegalBasis.LEGITIMATE_INTEREST and not answers.balancing_note.strip():
        gaps.append("balancing_note_missing")
    if not tenant.legal_name or not tenant.legal_address.strip():
        gaps.append("controller_missing")
    if not tenant.dpo_email:
        gaps.append("privacy_contact_missing")
    retention = {
        "conversations": settings.retention_conversations_days,
        "contacts": settings.retention_contacts_days,
        "transfer_records": settings.retention_transfer_records_days,
    }
    if any(days is None for days in retention.values()):
        gaps.append("retention_missing")
    rights_url = selectors.rights_page_url(tenant)
    authority = SUPERVISORY_AUTHORITIES.get(tenant.federal_state.upper(), "")
    if not authority:
        gaps.append("supervisory_authority_unknown")
    facts = {
        "controller": {
            "name": tenant.legal_name,
            "address": " ".join(tenant.legal_address.split()),
            "dpo_name": tenant.dpo_name,
            "dpo_email": tenant.dpo_email,
        },
        "assistant_name": tenant.assistant_name,
        "legal_basis": legal_basis,
        "recipients": recipients,
        "categories": selectors.transfer_data_categories(),
        "art9_consent": settings.art9_policy == Art9Policy.EXPLICIT_CONSENT,
        # Types the tenant chose to send in clear text, with its recorded reason (shown in the notice).
        "kept_in_clear": [
            (rule.entity_type, rule.reason) for rule in RedactionRule.objects.filter(mode=RedactionMode.KEEP)
        ],
        "retention": retention,
        "rights_url": rights_url,
        "authority": authority,
        "automated_decisions": settings.automated_decisions,
        "toms": [line.strip() for line in settings.technical_measures.splitlines() if line.strip()],
    }
    return facts, [Gap(code, *GAPS[code]) for code in dict.fromkeys(gaps)]


# --- the texts ------------------------------------------------------------------------------------------------------


def _t(language, de, en):
    return en if language == "en" else de


def _days(days, language) -> str:
    return _t(language, f"{days} Tage", f"{days} days")


def _safeguard_text(r: Recipient, language: str, contact: str) -> str:
    if r.safeguard == "EU":
        return _t(language, f"{r.name}: keine Übermittlung in ein Drittland.", f"{r.name}: no third-country transfer.")
    if r.safeguard == "adequacy":
        return _t(
            language,
            f"{r.name} ({r.country}): Angemessenheitsbeschluss der EU-Kommission (Art. 45 DSGVO).",
            f"{r.name} ({r.country}): EU Commission adequacy decision (Art. 45 GDPR).",
        )
    if r.safeguard == "DPF":
        return _t(
            language,
            f"{r.name} ({r.country}): Angemessenheitsbeschluss zum EU-US Data Privacy Framework (Art. 45 DSGVO); "
            f"{r.legal_name} ist zertifiziert, nachzulesen unter {r.evidence_url}",
            f"{r.name} ({r.country}): adequacy decision on the EU-US Data Privacy Framework (Art. 45 GDPR); "
            f"{r.legal_name} is certified, see {r.evidence_url}",
        )
    return _t(
        language,
        f"{r.name} ({r.country}): EU-Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO); eine Kopie erhalten Sie "
        f"auf Anfrage unter {contact}.",
        f"{r.name} ({r.country}): EU standard contractual clauses (Art. 46(2)(c) GDPR); you can obtain a copy on "
        f"request at {contact}.",
    )


def _categories(facts, language) -> list[str]:
    items = [
        _t(
            language,
            "Inhalt Ihrer Anfrage; erkannte personenbezogene Angaben werden vor der Übermittlung durch Platzhalter "
            "ersetzt",
            "the content of your inquiry; personal details we detect are replaced by placeholders before transfer",
        ),
        _t(language, "Sprache und Verlauf des Gesprächs", "language and history of the conversation"),
    ]
    kept = [CATEGORY_LABELS.get(c, (c, c))[language == "en"] for c in facts["categories"] if c in CATEGORY_LABELS]
    if kept:
        items.append(_t(language, "an den Anbieter übermittelt: ", "transferred to the provider: ") + ", ".join(kept))
    for entity_type, reason in facts["kept_in_clear"]:
        label = CATEGORY_LABELS.get(entity_type, (entity_type, entity_type))[language == "en"]
        items.append(
            _t(
                language,
                "unverändert (nicht pseudonymisiert) übermittelt: ",
                "transferred unchanged (not pseudonymised): ",
            )
            + f"{label} ({_t(language, 'Grund', 'reason')}: {reason})"
        )
    if facts["art9_consent"]:
        items.append(
            _t(
                language,
                "besondere Kategorien (Art. 9 DSGVO) nur mit Ihrer ausdrücklichen Einwilligung",
                "special categories (Art. 9 GDPR) only with your explicit consent",
            )
        )
    return items


def _basis_text(facts, language) -> str:
    basis = facts["legal_basis"]
    if basis == LegalBasis.LEGITIMATE_INTEREST:
        return _t(
            language,
            "Art. 6 Abs. 1 lit. f DSGVO. Unser berechtigtes Interesse ist die schnelle und effiziente Beantwortung "
            "von Kundenanfragen.",
            "Art. 6(1)(f) GDPR. Our legitimate interest is answering customer inquiries quickly and efficiently.",
        )
    if basis == LegalBasis.CONSENT:
        return _t(language, "Art. 6 Abs. 1 lit. a DSGVO (Ihre Einwilligung).", "Art. 6(1)(a) GDPR (your consent).")
    return _t(
        language,
        "Art. 6 Abs. 1 lit. b DSGVO, soweit Ihre Anfrage einen Vertrag mit uns betrifft.",
        "Art. 6(1)(b) GDPR, where your inquiry concerns a contract with us.",
    )


def _recipient_lines(facts, language) -> list[str]:
    if not facts["recipients"]:
        return [
            _t(
                language,
                "Keine: die Antworten werden auf unseren eigenen Systemen erzeugt.",
                "None: the answers are produced on our own systems.",
            )
        ]
    return [f"{r.legal_name}, {r.address}" for r in facts["recipients"]]


def _retention_lines(facts, language) -> list[str]:
    r = facts["retention"]
    return [
        _t(language, "Gesprächsverläufe: ", "Conversations: ") + _days(r["conversations"], language),
        _t(language, "Kontaktdaten: ", "Contact data: ") + _days(r["contacts"], language),
        _t(language, "Übermittlungsprotokolle: ", "Transfer records: ") + _days(r["transfer_records"], language),
    ]


def privacy_notice(facts, language) -> Doc:
    contact = facts["controller"]["dpo_email"]
    doc = Doc(
        _t(
            language,
            "Einsatz Künstlicher Intelligenz im Kundenservice",
            "Use of artificial intelligence in customer service",
        )
    )
    doc.p(
        _t(
            language,
            f"Anfragen, die Sie uns über Chat, Formular oder E-Mail senden, beantwortet zunächst unser KI-Assistent "
            f"„{facts['assistant_name']}“. Sie erkennen jederzeit, dass Sie mit einer KI kommunizieren, und können "
            f"jederzeit einen Mitarbeiter verlangen.",
            f"Inquiries you send us by chat, form or e-mail are first answered by our AI assistant "
            f"'{facts['assistant_name']}'. You can always tell that you are communicating with an AI, and you can ask "
            f"for a member of staff at any time.",
        )
    )
    doc.h(_t(language, "Zweck", "Purpose"))
    doc.p(PURPOSE[language] + ".")
    doc.h(_t(language, "Rechtsgrundlage", "Legal basis"))
    doc.p(_basis_text(facts, language))
    doc.h(_t(language, "Verarbeitete Daten", "Data processed"))
    doc.ul(_categories(facts, language))
    doc.h(_t(language, "Empfänger", "Recipients"))
    doc.ul(_recipient_lines(facts, language))
    doc.h(_t(language, "Übermittlung in Drittländer", "Transfers to third countries"))
    third = [r for r in facts["recipients"] if r.safeguard != "EU"]
    if third:
        doc.ul(_safeguard_text(r, language, contact) for r in third)
    else:
        doc.p(
            _t(
                language,
                "Es findet keine Übermittlung in Drittländer statt.",
                "No data is transferred to third countries.",
            )
        )
    doc.h(_t(language, "Speicherdauer", "Storage period"))
    doc.ul(_retention_lines(facts, language))
    doc.h(_t(language, "Ihre Rechte", "Your rights"))
    rights = [
        _t(
            language,
            "Sie haben das Recht auf Auskunft (Art. 15), Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung "
            "(Art. 18), Datenübertragbarkeit (Art. 20) und Widerspruch (Art. 21 DSGVO). Anfragen stellen Sie hier: "
            f"{facts['rights_url']}",
            "You have the right of access (Art. 15), rectification (Art. 16), erasure (Art. 17), restriction "
            "(Art. 18), data portability (Art. 20) and to object (Art. 21 GDPR). Make your request here: "
            f"{facts['rights_url']}",
        ),
        _t(
            language,
            "Eine erteilte Einwilligung können Sie jederzeit mit Wirkung für die Zukunft widerrufen (Art. 7 Abs. 3 "
            "DSGVO); die Rechtmäßigkeit der bis dahin erfolgten Verarbeitung bleibt unberührt.",
            "You can withdraw any consent you gave at any time with effect for the future (Art. 7(3) GDPR); this "
            "does not affect the lawfulness of processing before the withdrawal.",
        ),
        _t(
            language,
            f"Sie können sich bei einer Aufsichtsbehörde beschweren (Art. 77 DSGVO), etwa bei: {facts['authority']}.",
            f"You can lodge a complaint with a supervisory authority (Art. 77 GDPR), e.g. with: {facts['authority']}.",
        ),
    ]
    doc.ul(rights)
    doc.h(_t(language, "Automatisierte Entscheidungen", "Automated decisions"))
    doc.p(
        _t(
            language,
            "Es findet eine automatisierte Entscheidungsfindung im Sinne von Art. 22 DSGVO statt.",
            "Automated decision-making within the meaning of Art. 22 GDPR takes place.",
        )
        if facts["automated_decisions"]
        else _t(
            language,
            "Eine automatisierte Entscheidung im Sinne von Art. 22 DSGVO findet nicht statt: die KI beantwortet "
            "Fragen, sie entscheidet nicht über Verträge oder Ansprüche.",
            "No automated decision within the meaning of Art. 22 GDPR takes place: the AI answers questions; it "
            "does not decide on contracts or claims.",
        )
    )
    doc.h(_t(language, "Verantwortlicher", "Controller"))
    c = facts["controller"]
    doc.p(f"{c['name']}, {c['address']}. " + _t(language, "Datenschutzkontakt: ", "Privacy contact: ") + contact)
    return doc


def art30_record(facts, language) -> Doc:
    c = facts["controller"]
    data = {
        "controller": {"name": c["name"], "address": c["address"]},
        "dpo": {"name": c["dpo_name"], "email": c["dpo_email"]},
        "purposes": [PURPOSE[language]],
        "legal_basis": gate.LEGAL_BASIS_TEXT.get(facts["legal_basis"], ""),
        "data_subject_categories": [
            _t(language, "Kunden und Interessenten, die eine Anfrage stellen", "customers and prospects who inquire")
        ],
        "data_categories": _categories(facts, language),
        "recipients": [
            {"name": r.legal_name, "address": r.address, "country": r.country, "role": r.role}
            for r in facts["recipients"]
        ],
        "transfers": [
            {"recipient": r.legal_name, "country": r.country, "safeguard": r.safeguard}
            for r in facts["recipients"]
            if r.safeguard != "EU"
        ],
        "erasure_periods_days": facts["retention"],
        "technical_and_organisational_measures": facts["toms"] or DEFAULT_TOMS[language],
    }
    doc = Doc(
        _t(
            language,
            "Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)",
            "Record of processing activities (Art. 30 GDPR)",
        ),
        data=data,
    )
    doc.h(_t(language, "Verantwortlicher und Datenschutzbeauftragter", "Controller and data protection officer"))
    doc.ul([f"{c['name']}, {c['address']}", f"{c['dpo_name'] or '–'} <{c['dpo_email']}>"])
    doc.h(_t(language, "Zwecke", "Purposes"))
    doc.ul(data["purposes"] + [_t(language, "Rechtsgrundlage: ", "Legal basis: ") + data["legal_basis"]])
    doc.h(_t(language, "Kategorien betroffener Personen", "Categories of data subjects"))
    doc.ul(data["data_subject_categories"])
    doc.h(_t(language, "Kategorien personenbezogener Daten", "Categories of personal data"))
    doc.ul(data["data_categories"])
    doc.h(_t(language, "Empfänger", "Recipients"))
    doc.ul(_recipient_lines(facts, language))
    doc.h(_t(language, "Drittlandübermittlungen und Garantien", "Transfers and safeguards"))
    doc.ul([f"{t['recipient']} ({t['country']}): {t['safeguard']}" for t in data["transfers"]] or ["–"])
    doc.h(_t(language, "Löschfristen", "Erasure periods"))
    doc.ul(_retention_lines(facts, language))
    doc.h(_t(language, "Technische und organisatorische Maßnahmen", "Technical and organisational measures"))
    doc.ul(data["technical_and_organisational_measures"])
    return doc


def subprocessors(facts, language) -> Doc:
    doc = Doc(_t(language, "Unterauftragsverarbeiter und Empfänger", "Sub-processors and recipients"))
    rows = [
        {"name": r.legal_name, "address": r.address, "country": r.country, "transfer_basis": r.safeguard}
        for r in facts["recipients"]
    ]
    doc.data = {"subprocessors": rows}
    doc.ul(
        [
            f"{r['name']}, {r['address']} – "
            + _t(language, "Land: ", "country: ")
            + f"{r['country']} – "
            + _t(language, "Grundlage: ", "basis: ")
            + r["transfer_basis"]
            for r in rows
        ]
        or _recipient_lines(facts, language)
    )
    return doc


BUILDERS = {
    TextKind.PRIVACY_NOTICE: privacy_notice,
    TextKind.ART30: art30_record,
    TextKind.SUBPROCESSORS: subprocessors,
}


@dataclass
class Rendered:
    markdown: str
    html: str
    data: dict
    sha256: str


def _render(facts: dict, kind: str, language: str) -> Rendered:
    doc = BUILDERS[kind](facts, language)
    markdown = render_markdown(doc)
    digest = hashlib.sha256(json.dumps([markdown, doc.data], sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    return Rendered(markdown=markdown, html=render_html(doc), data=doc.data, sha256=digest)


def _facts_or_refuse(tenant) -> dict:
    facts, gaps = collect(tenant)
    if gaps:
        raise TextRefused(gaps)
    return facts


def text_generate(*, tenant, actor, kind: str, language: str, facts: dict | None = None) -> tuple[GeneratedText, bool]:
    """Store a new version of the text when the live configuration changed it; returns (version, created).

    Raises TextRefused, naming every gap, when a mandatory item is unknown; nothing is stored then.
    """
    rendered = _render(facts if facts is not None else _facts_or_refuse(tenant), kind, language)
    with transaction.atomic():
        # Serialise concurrent generations: the second then sees the first's version (unchanged text: no new
        # version) instead of both inserting the same version number.
        tenant_lock(tenant)
        latest = selectors.generated_text_latest(kind, language)
        if latest is not None and latest.sha256 == rendered.sha256:
            return latest, False
        version = (GeneratedText.objects.filter(kind=kind, language=language).aggregate(v=Max("version"))["v"] or 0) + 1
        text = GeneratedText.objects.create(
            tenant=tenant,
            kind=kind,
            language=language,
            version=version,
            markdown=rendered.markdown,
            html=rendered.html,
            data=rendered.data,
            sha256=rendered.sha256,
        )
        audit_log(
            tenant=tenant,
            actor=actor,
            action="text.generated",
            target=text,
            data={"kind": kind, "language": language, "version": version, "sha256": rendered.sha256},
        )
    return text, True


def texts_generate_all(*, tenant, actor) -> list[tuple[GeneratedText, bool]]:
    """Every text in every language, all or nothing."""
    facts = _facts_or_refuse(tenant)
    with transaction.atomic():
        return [
            text_generate(tenant=tenant, actor=actor, kind=kind, language=language, facts=facts)
            for kind in TextKind.values
            for language in LANGUAGES
        ]


@dataclass
class TextStatus:
    kind: str
    label: str
    language: str
    latest: GeneratedText | None
    current: bool  # the latest stored version matches the live configuration


def texts_status(tenant) -> tuple[list[TextStatus], list[Gap]]:
    """For each text and language: its latest version and whether the live configuration still produces it."""
    facts, gaps = collect(tenant)
    rows = []
    for kind, label in TextKind.choices:
        for language in LANGUAGES:
            latest = selectors.generated_text_latest(kind, language)
            current = not gaps and latest is not None and latest.sha256 == _render(facts, kind, language).sha256
            rows.append(TextStatus(kind=kind, label=label, language=language, latest=latest, current=current))
    return rows, gaps
