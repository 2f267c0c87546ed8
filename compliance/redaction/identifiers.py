"""Recognisers for structured identifiers: e-mail, phone, bank, tax, IDs, IP, dates of birth.

Checksummed identifiers are validated (python-stdnum, phonenumbers), so a
look-alike with a wrong check digit stays in the text; the rest need a label
in front of them ("Kundennummer", "Ausweisnummer", "geb.").
"""

from __future__ import annotations

import ipaddress
import re

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.at import vnr as at_vnr
from stdnum.ch import ssn as ch_ssn
from stdnum.de import idnr, stnr
from stdnum.eu import vat as eu_vat
from stdnum.gb import vat as gb_vat

from .context import (
    Candidate,
    FoldedPattern,
    _grouped_label,
    case_reference_spans,
    fold,
    in_organisation_footer,
    in_writer_signature,
    inside_any,
    mentions,
    owner_is_organisation,
)

# Priorities decide overlaps: a validated checksum beats a context guess.
P_KNOWN = 100
P_CUSTOM = 95
P_EMAIL = 90
P_CHECKSUM = 85
P_LABELLED = 80
P_PHONE = 70
P_DATE = 70
P_IP = 70
P_ADDRESS = 60
P_PERSON = 50

_NON_DIGIT = re.compile(r"\D")
_DIGIT = re.compile(r"\d")
# Patterns below check the character before their first character after it ("\d(?<![\w]\d)"), not
# before it: a pattern that opens with a character class lets the regex engine skip ahead quickly.
_LOCAL_NUMBER = re.compile(r"\d(?<![\w+]\d)\d{2,}(?:[ /-]\d{2,})*(?![\w])")

# ---------------------------------------------------------------- e-mail
_AT = r"(?:@|%40|\s?\((?i:at|ät)\)\s?|\s?\[(?i:at|ät)\]\s?|\s?\{(?i:at|ät)\}\s?)"
_DOT = r"(?:\.|\s?\((?i:dot|punkt)\)\s?|\s?\[(?i:dot|punkt)\]\s?)"
# "olga(punkt)ivanova(ät)gmx(punkt)net": the bracketed dot may stand in the local part too.
_EMAIL = re.compile(
    r"(?<![\w.+-])[\w][\w+%-]*(?:(?:\.|\((?i:dot|punkt)\)|\[(?i:dot|punkt)\])[\w+%-]+)*"
    + _AT
    + r"[\w-]+(?:"
    + _DOT
    + r"[\w-]+)*"
    + _DOT
    + r"[A-Za-z]{2,24}(?![\w])"
)
ROLE_MAILBOXES = frozenset(
    """info service services kundenservice kundendienst support help hilfe kontakt contact hello hallo mail
    post office buero büro team sales vertrieb verkauf billing rechnung rechnungen invoice invoices buchhaltung
    accounting accounts order orders bestellung bestellungen shop store noreply no-reply donotreply do-not-reply
    reklamation reklamationen retoure retouren returns return datenschutz privacy dsgvo gdpr dpo presse press jobs
    karriere careers bewerbung admin webmaster postmaster hostmaster abuse newsletter marketing customerservice
    customercare care feedback widerruf kuendigung kündigung versand shipping logistik lager empfang reception
    zentrale mailer-daemon notifications notification news hotline technik tech security compliance legal recht
    finance finanzen payment payments zahlung zahlungen hr personal anfrage anfragen enquiries enquiry inquiries
    booking bookings buchung reservierung reservation reservations termine termin praxis kanzlei verwaltung
    hausverwaltung kasse service-team kundenbetreuung beschwerde beschwerden complaints mahnung inkasso
    bestellservice orderservice serviceteam servicecenter helpdesk it-support störung stoerung
    vermietung mieterservice immobilien objektverwaltung schadenservice schaden claims kundencenter auftrag
    b2b b2c wholesale grosshandel großhandel einkauf purchasing procurement
    auftraege disposition werkstatt anmeldung sekretariat rezeption
    """.split()
)


def is_role_mailbox(address: str) -> bool:
    local = re.split(r"@|\(at\)|\[at\]|\{at\}", address, maxsplit=1, flags=re.I)[0].strip().lower()
    local = local.rstrip("0123456789")
    if local in ROLE_MAILBOXES:
        return True
    parts = [p for p in re.split(r"[._+-]", local) if p]
    return bool(parts) and all(p.rstrip("0123456789") in ROLE_MAILBOXES for p in parts)


# Spelt out: "sofia.marquez at gmail.com", "dan.whitford at outlook dot com". The local part must
# look like one (a dot, underscore or digit) and the domain must end in a common top-level domain.
_EMAIL_SPOKEN = re.compile(
    r"(?i)(?<![\w.+-])(?:[a-z][\w+%-]*(?:(?:[._]|[ \t]+(?:punkt|dot)[ \t]+)[\w+%-]+)+|[a-z][\w+%-]*\d[\w.+%-]*"
    # "mehmet at gmx punkt de": no separator in the local part, but a well-known mail provider.
    r"|[a-z][\w+%-]*(?=[ \t]+(?:at|ät|@)[ \t]+(?:gmail|googlemail|gmx|web|outlook|hotmail|live|yahoo|icloud|me|"
    r"posteo|mailbox|freenet|t-online|aol|proton|protonmail|mail|email|arcor|online)(?:\.|[ \t]+(?:dot|punkt)[ \t]+)))"
    r"[ \t]+(?:at|ät|@)[ \t]+[a-z0-9][\w-]*"
    r"(?:(?:\.|[ \t]+(?:dot|punkt)[ \t]+)[\w-]+)*?(?:\.|[ \t]+(?:dot|punkt)[ \t]+)"
    r"(?:com|de|net|org|at|ch|eu|info|io|nl|fr|it|es|pl|be|uk|co\.uk|co[ \t]+dot[ \t]+uk|me|email)(?![\w])"
)


_SPOKEN_SEPARATED = re.compile(r"(?i)^[^ \t]*[._\d]|^\S+[ \t]+(?:punkt|dot)[ \t]+")
_MAIL_CUE = re.compile(
    r"(?i)(?:mail|adresse|address|schreib|write|contact|kontakt|erreich|reach|an|to)\W*(?:\w+\W+){0,3}$"
)


def _spoken_local_ok(text: str, m: re.Match[str]) -> bool:
    """ "mehmet at gmx punkt de" only after a mail cue; "look at web dot de" is no address."""
    if _SPOKEN_SEPARATED.match(m.group()):
        return True
    return bool(_MAIL_CUE.search(text, max(0, m.start() - 40), m.start()))


_role_cache: tuple[str, list[tuple[int, int]]] = ("", [])


def role_mailboxes(text: str) -> list[tuple[int, int]]:
    """Spans of role mailboxes (info@, service@ …) that `find_emails` left out (after it ran on `text`)."""
    if "@" not in text:
        return []
    if _role_cache[0] is text:
        return _role_cache[1]
    return [m.span() for m in _EMAIL.finditer(text) if is_role_mailbox(m.group())]


def find_emails(text: str) -> list[Candidate]:
    """Personal e-mail addresses, including "(at)" obfuscation; role mailboxes are skipped."""
    # The writer's own business mailbox in their signature ("info@wrobel-fliesen.de" under a sole
    # trader's name) is customer-side contact data; elsewhere a role mailbox is the organisation's.
    global _role_cache
    out = []
    roles = []
    for m in _EMAIL.finditer(text):
        if is_role_mailbox(m.group()):
            roles.append(m.span())
            if not in_writer_signature(text, m.start()):
                continue
        out.append(Candidate(m.start(), m.end(), "EMAIL", P_EMAIL))
    _role_cache = (text, roles)
    if " at " in text or " ät " in text or " AT " in text:
        out += [
            Candidate(m.start(), m.end(), "EMAIL", P_EMAIL)
            for m in _EMAIL_SPOKEN.finditer(text)
            if not is_role_mailbox(m.group().split()[0]) and _spoken_local_ok(text, m)
        ]
    return out


# ---------------------------------------------------------------- phone
_PHONE = re.compile(
    r"(?:\+(?<![\w+/.,-]\+)[1-9]\d{0,2}[ \t./-]*(?:\(0\)[ \t./-]*|\(\d{1,5}\)[ \t./-]*)?"
    r"|0(?<![\w+/.,-]0)(?:0[1-9]\d{0,2}[ \t./-]*(?:\(0\)[ \t./-]*)?|)"
    r"|\((?<![\w+/.,-]\()\d{2,6}\)[ \t./-]*)"
    r"\d(?:[ \t]?[-–./][ \t]?|[ \t])?\d(?:(?:[ \t]?[-–./][ \t]?|[ \t])?\d){3,12}"
    r"(?:[ \t]*(?:-|x|ext\.?|Durchwahl|DW)[ \t]*\d{1,5})?"
    r"(?![\w])"
)
_SPELLED_DIGITS = re.compile(r"(?<![\w])\d(?:[ \t]\d){6,14}(?![\w])")
_SPELLED_GATE = re.compile(r"\d[ \t]\d[ \t]\d[ \t]\d[ \t]\d")
_SPELLED_CUE = re.compile(r"(?i)\b(?:number|nummer|tel|phone|call|ruf|handy|mobil|whatsapp|erreich|reach)")
_LOOSE_PHONE = re.compile(r"(?:\+(?<![\w+]\+)\d|0(?<![\w+]0))[\d \t/().–-]{5,20}\d(?![\w])")
_US_PHONE = re.compile(r"(?:\((?<![\w+/.-]\()\d{3}\)[ \t]?|\d(?<![\w+/.-]\d)\d{2}[-. ])\d{3}[-. ]\d{4}(?![\w])")
_PHONE_LABEL = re.compile(
    r"(?i)\b(?:tel(?:efon)?(?:nummer)?|telefonisch|handy(?:nummer)?|mobil(?:nummer|funk)?|mobile|fax|rufnummer|"
    r"festnetz(?:nummer)?|phone(?:\s+number)?|cell(?:\s+phone)?|whatsapp|rückruf(?:nummer)?|zurückrufen|"
    r"erreichbar|call\s+me|ring\s+me|anrufen|reach\s+me|mob|fon)\b[^\n\d]{0,25}$"
    # signature shorthand: "T: …", "M: …", "F: …"
    r"|(?i:(?<![\w.])[tmfp][ \t]?[:.][ \t]*$)"
)
# "Datum: 08.10.2025 21:33": a date with a time, not a phone number.
_DATE_START = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d{2}(?:\s|$)")
_DATE_LIKE = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})$|^\d{4}-\d{2}-\d{2}$")
_ORG_NUMBER_PREFIXES = ("0800", "0180", "0900", "0137", "0138", "+49800", "+49180", "+49900", "0049800", "0049180")
_REGIONS = {"de": ("DE", "AT", "CH", "GB", "US"), "en": ("GB", "US", "IE", "DE")}


_EXTENSION = re.compile(r"(?i)[ \t]*(?:x|ext\.?|durchwahl|dw)[ \t]*\d{1,5}$")


def _phone_digits(raw: str) -> str:
    """The digits of a written number and its "+" ("00" read as "+"), without an extension or the "(0)"."""
    digits = re.sub(r"[^\d+]", "", _EXTENSION.sub("", raw).replace("(0)", ""))
    return "+" + digits[2:] if digits.startswith("00") else digits


def _valid_phone(raw: str, lang: str) -> bool:
    digits = _phone_digits(raw)
    regions = (None,) if digits.startswith("+") else _REGIONS.get(lang, _REGIONS["de"])
    for region in regions:
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(number) and phonenumbers.is_valid_number(number):
            return True
    return False


# "Reinhold Sturm\n0 52 31 / 9 88 07": a number alone on one of the last lines, under the signed name.
_LAST_LINES_ALONE = re.compile(r"[ \t]*(?:\n[^\n]*){0,2}\s*$")


def _possible_phone(raw: str) -> bool:
    """ "+44 7700 900863": an international number of a plausible length (fictional ranges are not "valid")."""
    try:
        return phonenumbers.is_possible_number(phonenumbers.parse(_phone_digits(raw)))
    except phonenumbers.NumberParseException:
        return False


def find_phones(text: str, lang: str, case_refs: list[tuple[int, int]]) -> list[Candidate]:
    """Phone and fax numbers of a person, validated by phonenumbers; hotlines are skipped."""
    out = []
    seen: set[tuple[int, int]] = set()
    for pattern in (_PHONE, _US_PHONE):
        for m in pattern.finditer(text):
            raw = m.group()
            digits = _NON_DIGIT.sub("", raw)
            compact = re.sub(r"[^\d+]", "", raw)
            if m.span() in seen or _DATE_LIKE.match(raw) or _DATE_START.match(raw) or not 6 <= len(digits) <= 16:
                continue
            if compact.startswith(_ORG_NUMBER_PREFIXES) or inside_any(*m.span(), case_refs):
                continue
            labelled = bool(_PHONE_LABEL.search(text[max(0, m.start() - 40) : m.start()]))
            # The North American shape "(212) 555-0187" is a phone even in the fictional 555 range.
            shaped = pattern is _US_PHONE and len(digits) == 10
            international = compact.startswith("+") and _possible_phone(raw)
            if not (_valid_phone(raw, lang) or shaped or international or (labelled and len(digits) >= 7)):
                continue
            if owner_is_organisation(text, m.start()):
                continue
            seen.add(m.span())
            out.append(Candidate(m.start(), m.end(), "PHONE", P_PHONE))
    # A labelled number in a loose layout ("Tel 0 89 / 12 34 56").
    for m in _LOOSE_PHONE.finditer(text):
        if any(c.start < m.end() and m.start() < c.end for c in out) or inside_any(*m.span(), case_refs):
            continue
        digits = _NON_DIGIT.sub("", m.group())
        before = text[max(0, m.start() - 40) : m.start()]
        labelled = _PHONE_LABEL.search(before) or _LAST_LINES_ALONE.match(text, m.end()) and before.endswith("\n")
        hotline = re.sub(r"[^\d+]", "", m.group()).startswith(_ORG_NUMBER_PREFIXES)
        if 7 <= len(digits) <= 15 and labelled and not hotline and not owner_is_organisation(text, m.start()):
            out.append(Candidate(m.start(), m.end(), "PHONE", P_PHONE - 5))
    # Digits read out one by one ("again that's 6 1 7 5 5 5 0 1 9 3"): a phone after a phone cue or
    # a repeat of a phone number already found.
    found_digits = {_NON_DIGIT.sub("", text[c.start : c.end]) for c in out}
    for m in _SPELLED_DIGITS.finditer(text) if _SPELLED_GATE.search(text) else ():
        digits = _NON_DIGIT.sub("", m.group())
        before = text[max(0, m.start() - 80) : m.start()]
        if digits in found_digits or _SPELLED_CUE.search(before):
            out.append(Candidate(m.start(), m.end(), "PHONE", P_PHONE - 5))
    # A labelled local number without area code ("Tel. 6619024").
    for m in _LOCAL_NUMBER.finditer(text):
        if any(c.start <= m.start() < c.end for c in out) or inside_any(*m.span(), case_refs):
            continue
        digits = _NON_DIGIT.sub("", m.group())
        before = text[max(0, m.start() - 40) : m.start()]
        if 6 <= len(digits) <= 13 and _PHONE_LABEL.search(before) and not owner_is_organisation(text, m.start()):
            out.append(Candidate(m.start(), m.end(), "PHONE", P_PHONE - 5))
    return out


# ---------------------------------------------------------------- IBAN, card
# Groups may be separated by spaces, dashes or dots, and the country code by a space ("DE 89 3704 …").
_IBAN = re.compile(
    r"[A-Za-z](?<![\w][A-Za-z])[A-Za-z][ \t\u00a0]?\d{2}(?:(?:[ \t\u00a0.-]|\n(?=\d))?[A-Za-z0-9]){11,30}"
)
_IBAN_SEPARATOR = re.compile(r"[ \t\u00a0.\n-]")


# Money paid back goes to the customer: "Bankverbindung für die Erstattung DE…", "refund to …".
_REFUND_CUE = re.compile(
    r"(?i)\b(?:erstattung|rückerstattung|rückzahlung|zurücküberweis\w*|auszahl\w*|gutschrift|refund\w*|reimburse\w*|"
    r"pay\s+(?:it\s+)?back|überweisen\s+sie|zurückzahlen)\b"
)


# "AT52 9211 …, lautend auf mich": the holder named right after the number.
_OWN_ACCOUNT_AFTER = re.compile(
    r"(?i)[^.!?\n]{0,20}\b(?:lautend\s+auf\s+(?:mich|meinen\s+namen)|auf\s+meinen\s+namen|in\s+my\s+name|"
    r"(?:kontoinhaber(?:in)?|account\s+holder)\s*:?\s*(?:ich|bin\s+ich|me|myself))"
)
_EXAMPLE_CUE = re.compile(r"(?i)beispiel|example|muster(?!mann|frau)|sample|dummy|platzhalter|placeholder")


def find_ibans(text: str) -> list[Candidate]:
    """Full, checksum-valid IBANs of any country, spaced or not, any case."""
    out = []
    for m in _IBAN.finditer(text):
        raw = m.group()
        # The regex may run into the next word; try the group boundaries, longest first.
        ends = [i for i, c in enumerate(raw) if c in " \t\u00a0.-\n"] + [len(raw)]
        for end in reversed(ends):
            after = text[m.start() + end : m.start() + end + 2]
            compact = _IBAN_SEPARATOR.sub("", raw[:end]).upper()
            joined = after[:1] in ("-", ".") and after[1:].isalnum()  # "DE89…00-2": part of a longer reference
            if after[:1].isalnum() or joined or not std_iban.is_valid(compact):
                continue
            if _EXAMPLE_CUE.search(text, max(0, m.start() - 60), min(len(text), m.end() + 60)):
                break  # "die IBAN … aus Ihrem Beispiel-Formular": an example, no one's account
            refund = _REFUND_CUE.search(text, max(0, m.start() - 60), m.start()) or _OWN_ACCOUNT_AFTER.match(
                text, m.start() + end
            )
            if (refund or not owner_is_organisation(text, m.start())) and not re.fullmatch(r"[A-Z]{2}\d{2}0+", compact):
                out.append(Candidate(m.start(), m.start() + end, "IBAN", P_CHECKSUM))
            break
    return out


_CARD = re.compile(r"\d(?<![\w.-]\d)(?:[ \t.-]?\d){12,18}(?![\w-]|\.\d)")
_CARD_WORD = re.compile(
    r"(?i)\b(?:card|karte|kreditkarte|credit\s+card|debit\s+card|visa|mastercard|amex)\b[^\d\n]{0,12}$"
)
_IMEI_BEFORE = re.compile(r"(?i)\b(?:imei|meid|seriennummer|serial)\b[^\n\d]{0,40}$")
# "Please charge 4258 8681 1130 3369": a card's own grouping (4-4-4-4, Amex 4-6-5) is no batch or order number
_CARD_GROUPS = re.compile(r"\d{4}([ -])\d{4}\1\d{4}\1\d{4}|3[47]\d{2}([ -])\d{6}\2\d{5}")
_DOTTED_CARD = re.compile(r"\d{4}(?:\.\d{4}){2,3}(?:\.\d{1,3})?|\d{4}\.\d{6}\.\d{5}")
_CARD_PREFIX = re.compile(r"^(?:4|5[1-5]|2[2-7]|3[47]|3[068]|35|6011|65|64[4-9]|62|5[06-9]|6[0-9])")


def find_cards(text: str, case_refs: list[tuple[int, int]]) -> list[Candidate]:
    """Luhn-valid payment card numbers with a known issuer prefix."""
    out = []
    for m in _CARD.finditer(text):
        digits = _NON_DIGIT.sub("", m.group())
        if not 13 <= len(digits) <= 19 or not luhn.is_valid(digits) or not _CARD_PREFIX.match(digits):
            continue
        if "." in m.group() and not _DOTTED_CARD.fullmatch(m.group()):
            continue  # dots group a card number in fours ("4111.1111.1111.1111"), not thousands of a price
        card_word = _CARD_WORD.search(text, max(0, m.start() - 25), m.start()) or _CARD_GROUPS.fullmatch(m.group())
        if _IMEI_BEFORE.search(text, max(0, m.start() - 50), m.start()):
            continue  # "The IMEI of the stolen phone is 356938035643809": Luhn-valid, but a device number
        if inside_any(*m.span(), case_refs) and not card_word:
            continue  # "charge the card 4078 …": the card word, not "Charge" (a batch), names the number
        if len(digits) == 13 and not re.search(
            r"(?i)(karte|card|visa|master|amex)", text[max(0, m.start() - 80) : m.start()]
        ):
            continue  # 13 digits without a card word is an EAN far more often than a card.
        out.append(Candidate(m.start(), m.end(), "CREDIT_CARD", P_CHECKSUM))
    return out


# ---------------------------------------------------------------- tax, VAT, social security, KVNR
_IDNR = re.compile(r"[1-9](?<![\w.,/-][1-9])(?:[ \t./-]?\d){10}(?![\w]|[.,/-]\d)")
_STNR = re.compile(
    r"\d(?<![\w/.-]\d)(?:\d{1,2}/\d{3,4}/\d{4,5}|\d{4}/\d{5}|\d{2}[ \t]\d{3}[ \t]\d{5}|\d{3}[ \t]?\d{3}[ \t]?\d{5}|"
    r"\d{12}|\d{9,10})"
    r"(?![\w/-])"
)
_STNR_LABEL = re.compile(
    # "Steuernummer im 13-stelligen Format: …": a short count may stand between label and value.
    r"(?i)(?:steuer-?\s?nummer|steuer-?nr\.?|st\.?-?nr\.?|stnr\.?|tax\s+(?:number|no\.?|id))"
    r"(?:[^\n\d.!?]|\d{1,2}-)(?:[^\n\d]|\d{1,2}-){0,60}$"
)


def find_tax_ids(text: str, case_refs: list[tuple[int, int]]) -> list[Candidate]:
    """Steuer-ID (checksum) and Steuernummer (regional format, labelled unless slashed)."""
    out = []
    for m in _IDNR.finditer(text):
        digits = _NON_DIGIT.sub("", m.group())
        # Only natural persons have a Steuer-ID: an organisation's own one exists only in its footer.
        footer = in_organisation_footer(text, m.start())
        if idnr.is_valid(digits) and not inside_any(*m.span(), case_refs) and not footer:
            out.append(Candidate(m.start(), m.end(), "TAX_ID", P_CHECKSUM))
    for m in _STNR.finditer(text):
        raw = m.group()
        labelled = bool(_STNR_LABEL.search(text[max(0, m.start() - 70) : m.start()]))
        thirteen = len(_NON_DIGIT.sub("", raw)) == 13 and "steuernummer" in text.lower() and stnr.is_valid(raw)
        labelled = labelled or thirteen  # "Steuernummer im 13-stelligen Format … Die lautet 9143059431069."
        if not (labelled or "/" in raw) or inside_any(*m.span(), case_refs):
            continue
        if (labelled or stnr.is_valid(raw)) and not owner_is_organisation(text, m.start()):
            out.append(Candidate(m.start(), m.end(), "TAX_ID", P_LABELLED))
    return out


# The country code must be followed by digits, so that "UID ATU…" is not read as "UI" + "D ATU…".
_VAT = re.compile(
    r"(?<![\w])(?:ATU|CHE-?|EL|GB|XI|[A-Z]{2}(?=[ \t]?\d|[A-Z0-9]{1,2}\d))"
    r"[ \t]?[0-9A-Z](?:[ \t.]?[0-9A-Z]){7,11}(?![\w])"
)


def find_vat_ids(text: str) -> list[Candidate]:
    """EU (and UK) VAT identification numbers with a valid check digit."""
    out = []
    for m in _VAT.finditer(text):
        raw = m.group()
        compact = re.sub(r"[ \t.-]", "", raw)
        if not any(c.isdigit() for c in compact[2:]):
            continue
        valid = gb_vat.is_valid(compact) if compact[:2] in ("GB", "XI") else eu_vat.is_valid(compact)
        if valid and not owner_is_organisation(text, m.start()):
            out.append(Candidate(m.start(), m.end(), "VAT_ID", P_CHECKSUM))
    return out


_RVNR = re.compile(r"\d(?<![\w]\d)\d[ \t]?\d{6}[ \t]?[A-Za-z][ \t]?\d{2}[ \t]?\d(?![\w])")
_NINO = re.compile(
    r"(?<![\w])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r"[ \t]?\d{2}[ \t]?\d{2}[ \t]?\d{2}[ \t]?[A-D](?![\w])"
)
_RVNR_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def _cross_sum(n: int) -> int:
    return n // 10 + n % 10


def is_valid_rvnr(value: str) -> bool:
    """German Rentenversicherungsnummer check digit (letter counted as its alphabet position)."""
    v = re.sub(r"\s", "", value).upper()
    if not re.fullmatch(r"\d{8}[A-Z]\d{3}", v):
        return False
    birth_day, birth_month = int(v[2:4]), int(v[4:6])
    if not (1 <= birth_day <= 31 or 51 <= birth_day <= 81) or not 1 <= birth_month <= 12:
        return False
    digits = f"{v[:8]}{ord(v[8]) - 64:02d}{v[9:11]}"
    return sum(_cross_sum(int(c) * w) for c, w in zip(digits, _RVNR_WEIGHTS, strict=True)) % 10 == int(v[11])


_KVNR = re.compile(r"[A-Za-z](?<![\w][A-Za-z])[ \t]?(?:\d[ \t]?){8}\d(?![\w])")


def is_valid_kvnr(value: str) -> bool:
    """German Krankenversichertennummer (letter + 8 digits + check digit)."""
    v = re.sub(r"\s", "", value).upper()
    if not re.fullmatch(r"[A-Z]\d{9}", v):
        return False
    digits = f"{ord(v[0]) - 64:02d}{v[1:9]}"
    total = sum(_cross_sum(int(c) * (1 if i % 2 == 0 else 2)) for i, c in enumerate(digits))
    return total % 10 == int(v[9])


# Swiss AHV number (13 digits, "756." first, EAN check digit) and Austrian Sozialversicherungsnummer (4 + 6 digits
# with a check digit, the six being the birth date): the Austrian one only after its label, it looks like a phone.
_AHV = re.compile(r"(?<![\w.])756[. \t]?\d{4}[. \t]?\d{4}[. \t]?\d{2}(?![\w])")
_AT_SVNR = re.compile(r"(?<![\w])\d{4}[ \t]?\d{6}(?![\w])")
_AT_SVNR_LABEL = re.compile(
    r"(?i)(?:svnr|sv-?nr\.?|sv-?nummer|sozialversicherungs\w*|versicherungsnummer|e-card)[^\n\d]{0,30}$"
)


def find_social_and_health_numbers(text: str) -> list[Candidate]:
    """Rentenversicherungsnummer, UK National Insurance number, Swiss AHV and Austrian SVNR, and KVNR."""
    out = [
        Candidate(m.start(), m.end(), "SOCIAL_SECURITY_NUMBER", P_CHECKSUM)
        for m in _AHV.finditer(text)
        if ch_ssn.is_valid(m.group())
    ]
    out += [
        Candidate(m.start(), m.end(), "SOCIAL_SECURITY_NUMBER", P_CHECKSUM)
        for m in _AT_SVNR.finditer(text)
        if _AT_SVNR_LABEL.search(text, max(0, m.start() - 40), m.start()) and at_vnr.is_valid(m.group())
    ]
    out += [
        Candidate(m.start(), m.end(), "SOCIAL_SECURITY_NUMBER", P_CHECKSUM)
        for m in _RVNR.finditer(text)
        if is_valid_rvnr(m.group())
    ]
    out += [Candidate(m.start(), m.end(), "SOCIAL_SECURITY_NUMBER", P_CHECKSUM) for m in _NINO.finditer(text)]
    out += [
        Candidate(m.start(), m.end(), "HEALTH_INSURANCE_NUMBER", P_CHECKSUM)
        for m in _KVNR.finditer(text)
        if is_valid_kvnr(m.group())
    ]
    return out


# ---------------------------------------------------------------- labelled numbers
# Between a label and its value: "Kundennummer lautet", "Perso hat die Nummer", "number is".
_CONNECT = (
    # "=": a query parameter ("…&kundennr=4471920&…")
    r"(?:[\s:#.\-–(=]|\b(?:ist|lautet|is|are|lauten|nr|no|nummer|number|num|id|lautend\s+auf|of|der|des|die|the|"
    r"läuft\s+unter|lief\s+unter|runs\s+under|unter|under|"
    r"hat|has|meiner?|my|mit|with|auf|on|bei\s+ihnen|bei\s+euch|with\s+you|bleibt|blieb|war|wäre|remains|stays|was|"
    # "Mitgliedsnummer bei ver.di ist …", "membership number with the AA is …": the organisation named between.
    r"(?:bei|beim|at|with|für|for)\s+(?:der|dem|den|die|the)?\s*[A-Za-zÄÖÜäöüß][\w.&-]{1,20}"
    r"(?=\s*:|\s+(?:ist|lautet|is)))\b"
    # "Versicherungsnummer (Kfz-Haftpflicht): …": a short remark in brackets between label and value.
    r"|\([^()\n\d]{1,30}\))*"
)
_VALUE = (
    r"(?P<value>(?:[A-Z]{1,6}-){0,2}(?:[A-Z]{1,5}[-/ ]?)?\d[\dA-Z]*"
    # "310 447 982 1": a single check digit may close the number
    r"(?:(?:[-/.]|[ \t](?=\d{2,}\b)|[ \t](?=\d\b(?![ \t]*[\w€$£%])))[\dA-Z]+)*)"
)
_ID_DOC_LABEL = (
    r"(?:personal-?ausweis(?:es)?(?:nummer|-?nr\.?)?|ausweis(?:nummer|-?nr\.?|es)?|ausweis-?nummer|perso(?:nummer)?|"
    r"(?:kinder|ersatz|not)?reise-?pass(?:nummer|-?nr\.?|es)?|pass(?:nummer|-?nr\.?)|passport(?:\s+number|\s+no\.?)?|"
    r"führerschein(?:nummer|-?nr\.?|s)?|fuehrerschein(?:nummer)?|driv(?:ing|er'?s?)\s+licen[cs]e(?:\s+number|\s+no\.?)?|"
    r"(?:uk|eu|us|german|british|irish|polish|photocard|provisional)\s+(?:driving\s+)?licen[cs]e|"
    r"licen[cs]e\s+(?:number|no\.?)|id[\s-]card(?:\s+number|\s+no\.?)?|identity\s+card(?:\s+number)?|national\s+id(?:\s+number)?|"
    r"aufenthalts(?:titel|erlaubnis|karte)s?(?:nummer|-?nr\.?)?|residence\s+(?:permit|card)(?:\s+number)?|"
    r"dokumenten-?nummer|document\s+number|identifikationsnummer\s+des\s+ausweises|kartennummer\s+des\s+ausweises|"
    r"identitätskarte|id-karte|identitätsausweis|brp|biometric\s+residence\s+permit|"
    r"dni|nie|carte\s+d'identité|carta\s+d'identità|dowód(?:\s+osobisty)?)"
)
_CUSTOMER_LABEL = (
    r"(?:kunden-?(?:nummer|nr\.?|konto(?:nummer)?|-?id|kennung|karte(?:nnummer)?)|kundennr\.?|kd\.?\s?-?\s?nr\.?|kdnr\.?|"
    r"knr\.?|k\.-?nr\.?|"
    r"vertrag\s+(?:nr\.?|nummer)|depot-?(?:nummer|nr\.?)|mitglied\s+(?:nr\.?|nummer)|"
    r"kd\.?-?nummer|vertrags-?(?:nummer|nr\.?|konto(?:nummer)?)|vertragskonto(?:nummer)?|vk-?nr\.?|"
    r"mitglieds-?(?:nummer|nr\.?|ausweis(?:nummer)?|karte(?:nnummer)?)|mitgliedsnr\.?|mitgliedernummer|"
    r"(?:kunden|vertrags|mitglieds|versicherungs)nummern|"
    r"versicherungs-?(?:schein)?-?(?:nummer|nr\.?)|versicherungsschein(?:nummer|-?nr\.?)?|polic(?:e|en)-?(?:nummer|nr\.?)?|"
    r"police|postnummer|dhl[\s-]postnummer|payback(?:-?nummer|-?karte)?|bahn-?card(?:-?(?:nummer|nr\.?)|\s+number)?|karten-?nummer\s+(?:der|meiner)\s+kundenkarte|"
    r"abo-?(?:nummer|nr\.?)|abonnement-?nummer|benutzer-?nummer|konto-?nummer|kontonr\.?|"
    # library cards name their holder: "Leserausweis 2745 …", "Reader card: …", "library card number …"
    r"(?:leser|bibliotheks|benutzer)-?ausweis(?:-?(?:nummer|nr\.?))?|reader\s+card(?:\s+(?:number|no\.?))?|"
    r"library\s+card(?:\s+(?:number|no\.?))?|kunden-[ \t]*\n[ \t]*nummer|"
    r"customer(?:\s+(?:number|no\.?|id|account(?:\s+number)?|ref(?:erence)?))|account(?:\s+(?:number|no\.?|id))|"
    r"acct\.?(?:\s+no\.?)?|acc\.?\s+(?:no|nr|number)\.?|membership(?:\s+(?:number|no\.?|id))?|member(?:\s+(?:number|no\.?|id))|"
    r"policy(?:\s+(?:number|no\.?))|contract(?:\s+(?:number|no\.?))|loyalty(?:\s+card)?(?:\s+(?:number|no\.?))?|"
    r"club(?:card)?\s+(?:number|no\.?)|subscription(?:\s+(?:number|no\.?|id))|versichertennummer|"
    r"subscriber\s+(?:number|no\.?|id)|polizz(?:e|en)-?(?:nummer|nr\.?)?|tenant\s+(?:ref(?:erence)?|number|no\.?|id)|"
    r"(?:season\s+|annual\s+|gym\s+)?pass\s+(?:number|no\.?)|(?:rail|blue\s+light|loyalty|membership|library)\s*card\s+"
    r"(?:number|no\.?)|vers\.-?schein(?:-?nr\.?)?|beitrags-?(?:nummer|nr\.?)|(?<=,[ \t])customer(?=[ \t]+\d{5,})|"
    # Abbreviated: "Mitgl.-Nr.", "Vertr.-Nr.", "Vers.-Nr.", "Kto.-Nr."
    r"(?:mitgl|vertr|vers|kto|kund)\.?[ \t]?-?[ \t]?(?:nr|nummer)\.?|"
    # A bare "Kartennummer" counts only where the message names a loyalty card (checked in
    # find_labelled_numbers).
    r"karten-?(?:nummer|nr\.?)|card[ \t]+(?:number|no\.?)|"
    # "Rewards ID", "frequent flyer number", "Miles-&-More-Nummer", "Bonus-Nr."
    r"(?:rewards?|loyalty|bonus|frequent[ \t]+flyer|vielflieger|miles[ \t-]*(?:&|and)[ \t-]*more)[ \t-]*"
    r"(?:id|number|no\.?|nr\.?|nummer|account|konto|profile|profil)|"
    r"(?:customer|account|member|membership|policy|contract|subscriber|subscription|loyalty|client)"
    r"[ \t]+(?:[a-z]+[ \t]+)?(?:number|no\.?|id|ref(?:erence)?))"
)
# Substrings every label of a pattern contains: checked before running the pattern.
_ID_DOC_WORDS = (
    "brp",
    "permit",
    "dni",
    "nie ",
    "identit",
    "dowód",
    "licen",
    "ausweis",
    "pass",
    "führerschein",
    "fuehrerschein",
    "licen",
    "id",
    "identity",
    "aufenthalt",
    "residence",
    "dokument",
    "document",
    "perso",
)
_CUSTOMER_WORDS = (
    "subscriber",
    "tenant",
    "pass ",
    "beitrag",
    "vers.",
    "card",
    "reward",
    "bonus",
    "flyer",
    "flieger",
    "miles",
    "mieter",
    "teilnehmer",
    "kund",
    "mitgl",
    "vertr",
    "vers.",
    "vers-",
    "kto",
    "karte",
    "knr",
    "k.-nr",
    "k.nr",
    "depot",
    "kd",
    "vertrag",
    "vk",
    "mitglied",
    "versicher",
    "polic",
    "postnummer",
    "payback",
    "abo",
    "ausweis",
    "reader",
    "library",
    "kunden-",
    "benutzer",
    "konto",
    "customer",
    "account",
    "acct",
    "acc",
    "member",
    "policy",
    "contract",
    "loyalty",
    "club",
    "subscription",
    "client",
    "mandant",
    "polizz",
    "bahncard",
)
_DOB_LABEL_WORDS = ("geb", "jahrgang", "jg.", "born", "birth", "dob", "d.o.b", "*")
_DOB_WORDS = _DOB_LABEL_WORDS + ("wird", "werde", "turn")
_ID_DOC = FoldedPattern(
    r"\b"
    + _grouped_label(_ID_DOC_LABEL)
    + r"(?![\w])"
    + _CONNECT
    # A value has digits: "Reisepass (Ukraine) Nr. FX482211" is not "(Ukraine"
    + r"(?P<value>(?=[A-Z0-9 -]{0,20}\d)[A-Z0-9](?:[ -]?[A-Z0-9]){4,19})(?![\w])"
)
_ID_DOC_LATER = FoldedPattern(
    # "meinen Ausweis sehen, Nr. LZ6311T47": the dot of "Nr."/"No." ends no sentence
    r"\b" + _grouped_label(_ID_DOC_LABEL) + r"(?![\w])(?:[^.?!\n\d]|\d+\.?(?![\w]*\d{4})|(?<=\b(?:nr|no))\.|"
    r"\.(?![ \t]+[A-ZÄÖÜ]))"
    r"{1,70}?(?<![\w])"
    # "Führerscheinnummer für die Anmietung am 12.7. in Palma: N0302KL9F31": letters and digits mixed
    r"(?P<value>(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{8,12}|\d{9,10})(?![\w])"
)
_ID_DOC_BEFORE_LABEL = re.compile(
    r"(?<![\w-])(?P<value>[A-Z0-9]{6,12})[ \t]*\((?i:personal-?ausweis|ausweis|reise-?pass|pass(?:port)?|"
    r"führerschein|driving\s+licen[cs]e|driver'?s\s+licen[cs]e|id[\s-]card|identity\s+card|aufenthalts\w+|"
    r"residence\s+(?:permit|card))(?![\w-])"
)
_CUSTOMER = FoldedPattern(r"(?<![\w])(?P<label>" + _grouped_label(_CUSTOMER_LABEL) + r")(?![\w])" + _CONNECT + _VALUE)
# "meine Kundennummer lautet übrigens, falls Sie die brauchen, 4471-22-90": the first number with four digits
# or more later in the sentence, when no value follows the label directly (checked in find_labelled_numbers).
_CUSTOMER_LATER = FoldedPattern(
    r"(?<![\w])(?P<label>" + _grouped_label(_CUSTOMER_LABEL) + r")(?![\w])(?P<gap>[^.!?\n\d]{3,130}?)(?<![\w])"
    r"(?P<value>(?:[A-Z]{1,4}-?)?\d(?:[\d]|[-/. ](?=\d))*\d(?:-?[A-Z])?)(?![\w]|[.,]\d)"
)
# "Meine Mitgliedsnummer steht auf der Karte: FF-2207-1945": the value after a colon later in the clause.
_CUSTOMER_COLON_LATER = FoldedPattern(
    r"(?<![\w])(?P<label>" + _grouped_label(_CUSTOMER_LABEL) + r")(?![\w])[^\n:.!?\d]{3,40}:[ \t]*" + _VALUE
)
# Any other compound of these words with a number word ("Stromkundennummer", "Mitgliedsausweis-Nr.",
# "Zeitschriften-Abovertrag Nr.", "Treuekartennummer"); case references inside the label are filtered
# later. A separate pattern, run only when such a compound occurs: its open prefixes are slow to scan.
_CUSTOMER_COMPOUND = FoldedPattern(
    r"(?<![\w])(?P<label>"
    r"[a-zäöüß]*(?:kunden|vertrags|mitglieds|konto|polic|polizzen|versicherungs|abonnenten|mandanten|mieter|teilnehmer|"
    r"nutzer|leser|spender|förder|beitrags)[a-zäöüß-]*?(?:nummern?|nr\.?|kennung|-id)|"
    r"[a-zäöüß-]*(?:vertrag|konto|police|mitgliedschaft|abonnement)[ \t]+(?:nr\.?|nummer|no\.?)|"
    r"[a-zäöüß]*(?:treue|bonus|vorteils|club|payback|bahn|kunden|mitglieds|jahres|saison|dauer|abo|zoo)-?"
    r"(?:karten?|card)-?(?:nummer|nr\.?))"
    r"(?![\w])" + _CONNECT + _VALUE
)
_COMPOUND_GATE = re.compile(
    r"(?:kunden|vertrag|mitglied|konto|polic|polizze|versicherung|abonne|mandant|karte|mieter|teilnehmer|nutzer|"
    r"leser|spender|förder|beitrag|card)[a-zäöüß-]*?(?:[ \t]+)?(?:nummer|nr|kennung|-id|no)"
)
# A label that names a case reference or a contact channel, not the customer ("Kundenbestellnummer",
# "customer service number").
_LOYALTY_CARD = re.compile(
    r"(?:treue|bonus|vorteils|kunden|mitglieds|club|payback|bahn|deutschland)-?karte|payback|bahncard|loyalty|"
    r"library|bibliothek|bücherei|leser|reader|ausleih|interlibrary|"
    r"miles\s*&\s*more|punkte|clubcard|nectar|rewards|points|membership\s+card|railcard|season\s+(?:pass|ticket)|"
    r"annual\s+pass|blue\s+light\s+card|jahreskarte|saisonkarte|dauerkarte|vorteilscard|gym|fitness|zoo"
)
_NOT_CUSTOMER_LABEL = re.compile(
    r"(?i)bestell|auftrag|rechnung|ticket|vorgang|liefer|sendung|retour|gutschein|artikel|serien|zähler|"
    r"service|support|care|hotline|helpline|order|case|phone|telefon|contact|kontakt|mail|portal|auszug|sim|iccid"
)


# "Ich bin seit 2009 Kundin bei Ihnen, unter der Nummer 3318 8801": a customer word, then "under the number".
_CUSTOMER_UNDER_NUMBER = FoldedPattern(
    r"\b(?:kunde|kundin|kunden|mitglied|member|customer|abonnent|abonnentin|versichert\w*)\b[^.!?\n]{0,60}?"
    r"\b(?:unter|mit|with|under)[ \t]+(?:der|the|meiner|my|dieser|this)?[ \t]*"
    r"(?:nummer|number|nr\.?|no\.?)[ \t]*:?[ \t]*" + _VALUE
)
_LOWER_WORD_PREFIX = re.compile(r"[a-zäöüß]+[ \t]+(?=\d)")
_CUSTOMER_PERSON_WORDS = ("kunde", "kundin", "mitglied", "member", "customer", "abonnent", "versichert")
# "für den Vertrag 88123-77", "Seller account MKT-22094", "account WTR 0099 2184 7", "Family pass no. FP-70331":
# an account, contract, membership or pass named by its number (five digits or more).
_CONTRACT_BARE = FoldedPattern(
    r"\b(?P<word>vertrag|vertrages|vertrags|contract|police|polizze|policy|account|acct|[a-zäöüß]*konto|"
    r"[a-zäöüß]+vertrag|membership|"
    r"mitgliedschaft|mitglied|member|subscription|abo|abonnement|bahncard|"
    r"(?:family|season|annual|member(?:ship)?|club|gym|jahres|saison|"
    r"familien|dauer|frequent[ \t]+flyer)[ \t-]?(?:pass|karte|card|ticket|abo|profile|profil))"
    r"(?:,?[ \t]+(?:no\.?|number|nr\.?|nummer))?(?![\w])"
    # "Mein Vertrag läuft unter PP-LV-2023-066219"
    r"(?:[ \t]+(?:läuft|lief|laufen|runs|is|ist))?(?:[ \t]+(?:unter|under))?[ \t]*[#:]?[ \t]*"
    # "HV/2019/004471", "ACME-CUST-00917": slashes, and up to three letter groups in front
    r"(?P<value>(?:[A-Z]{1,6}-){0,2}(?:[A-Z]{1,4}[ /-]?)?\d(?:[\d/-]|[ ](?=\d))*\d(?:[A-Z]\d*)?|\d[A-Z]{1,3}\d{3,})"
    r"(?![\w])"
)
_ACCOUNTS_IN_BRACKETS = re.compile(
    r"(?i)\b(?:accounts?|konten|kontos?|verträge[n]?|vertrag|\w*versicherung(?:en)?|policies|polic(?:y|e|en)|"
    r"contracts?|mitgliedschaft(?:en)?|memberships?|abos?|abonnements?|subscriptions?|polizzen?|tarife|leasing\w*)\b"
    r"(?P<gap>[^.!?\n()]{0,60})"
    r"\((?P<values>[^()\n]{5,80})\)"
)
_BRACKET_VALUE = re.compile(r"(?<![\w-])(?:[A-Z]{1,4}-){0,2}(?:[A-Z]{1,4}[- ]?)?\d[\d-]{3,}\d(?![\w-])")
_MEMBER_BRACKET_NUMBER = FoldedPattern(
    r"\b(?:mitglied|member|kunde|kundin|customer)\b[^.!?\n()]{0,30}\([ \t]*(?:nr\.?|no\.?|#|nummer|number)"
    r"[ \t]*:?[ \t]*"
    r"(?P<value>\d[\d -]{2,14}\d)[ \t]*\)"
)
_CUSTOMER_ASKED = FoldedPattern(
    r"(?:kunden-?nummer|kundennr|customer\s+number|account\s+number|mitglieds-?nummer|membership\s+number|"
    r"vertrags-?nummer|contract\s+number)[^\n\d]*\n[^\n]{0,40}?:[ \t]*"
    r"(?P<value>\d{5,12}|\d{2,6}(?:-\d{2,6}){1,3}|[a-z]{1,4}\d{0,4}-\d{4,10})(?![\w]|[.,]\d)"
)
_ASKING = re.compile(r"(?i)\?|nennen|geben|tell\s+me|provide|send\s+me|schick|brauch|need|bitte|please")
_CASE_WORD = re.compile(
    r"(?i)bestell|auftrag|rechnung|ticket|vorgang|liefer|sendung|retour|gutschein|artikel|serien|zähler|order|\bcase\b|"
    r"invoice|tracking|\bsim\b|iccid|telefon|phone|handy|mobil"
)
_CUSTOMER_LABEL_ONLY = re.compile(r"(?<![\w])" + _grouped_label(_CUSTOMER_LABEL) + r"(?![\w])")
# Between a label and a later number: a date, an amount or a count names that number, not the label.
_LATER_NOT_A_VALUE = re.compile(
    r"(?i)\b(?:seit|since|vom|am|on|bis|until|euro|eur|€|jahre?n?|years?|monate?n?|months?|tage?n?|days?|"
    r"stück|mal|times|uhr|prozent|percent|um|at|für|for|über|about)\s*$|[£$€]\s*$|\b(?:nicht|not|keine?n?|no|kein)\b"
)
# "73004128 (meins) und 73115290 (seins)": a short remark in brackets may follow each value.
_MORE_VALUES = re.compile(r"(?:[ \t]*\([^()\n\d]{1,20}\))?[ \t]*(?:,|und|and|sowie|&|/)[ \t]*" + _VALUE + r"(?![\w])")


# A delivery block to a Packstation: the DHL Postnummer (6 to 10 digits) on its own line next to it,
# or right after the name line ("Marek Zieliński\n466324562\nPackstation 217").
_POSTNUMMER_LINE = re.compile(
    r"(?im)^[ \t]*(?P<value>\d{6,10})[ \t]*\n[ \t]*(?:packstation|postfiliale|paketshop)\b"
    r"|^[ \t]*(?:packstation|postfiliale)[ \t]*(?:nr\.?[ \t]*)?\d{1,4}[ \t]*[,\n][ \t]*(?P<after>\d{6,10})[ \t]*$"
)


def find_labelled_numbers(text: str) -> list[Candidate]:
    """ID documents and customer/contract/membership numbers announced by a label."""
    out: list[Candidate] = []
    lowered = fold(text)
    low = lowered if lowered is not None else text.lower()
    if "packstation" in low or "postfiliale" in low or "paketshop" in low:
        for m in _POSTNUMMER_LINE.finditer(text):
            group = "value" if m.group("value") else "after"
            out.append(Candidate(m.start(group), m.end(group), "CUSTOMER_NUMBER", P_LABELLED - 2))
    id_doc = _ID_DOC.finditer(text, lowered) if mentions(low, _ID_DOC_WORDS) else ()
    for m in id_doc:
        start, end = m.span("value")
        # The pattern runs on lowercased text: words after the number ("L01X00T47 reicht doch") are no part of it.
        while " " in text[start:end] or "-" in text[start:end]:
            cut = max(text.rfind(" ", start, end), text.rfind("-", start, end))
            tail = text[cut + 1 : end]
            if any(c.isdigit() for c in tail) and not any(c.islower() for c in tail):
                break
            end = cut
        value = text[start:end]
        if sum(c.isdigit() for c in value) >= 2 and not re.fullmatch(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}", value):
            out.append(Candidate(start, end, "ID_DOCUMENT", P_LABELLED))
    if id_doc:
        # "Hier ist sie: PY8M92333 (Personalausweis, gültig bis 2031)": the document named after the value.
        for m in _ID_DOC_BEFORE_LABEL.finditer(text):
            if sum(c.isdigit() for c in m.group("value")) >= 2:
                out.append(Candidate(m.start("value"), m.end("value"), "ID_DOCUMENT", P_LABELLED - 4))
        # "my passport number changed – the new one is C4J8R2K71": the value later in the sentence.
        for m in _ID_DOC_LATER.finditer(text, lowered):
            if not any(c.start <= m.start("value") < c.end for c in out):
                out.append(Candidate(m.start("value"), m.end("value"), "ID_DOCUMENT", P_LABELLED - 4))
    # "für den Vertrag 88123-77": a contract or policy number without "Nr." (five digits or more).
    bare = mentions(
        low,
        (
            "vertrag",
            "contract",
            "polic",
            "polizz",
            "account",
            "acct",
            "konto",
            "member",
            "mitglied",
            "abo",
            "pass",
            "bahncard",
        ),
    )
    for m in (
        _CONTRACT_BARE.finditer(text, lowered) if bare or mentions(low, ("subscr", "karte", "card", "profil")) else ()
    ):
        # "(Mitglied 4417)": a member is named by four digits already, a contract or account by five
        least = 4 if m.group("word").startswith(("mitglied", "member")) else 5
        if text[m.start("value")].islower() or sum(c.isdigit() for c in m.group("value")) < least:
            continue  # the pattern runs on lowercased text: a word is no prefix of the number
        if not re.fullmatch(r"(?:19|20)\d\d-(?:19|20)?\d\d", m.group("value")):
            if not in_organisation_footer(text, m.start()):
                out.append(Candidate(m.start("value"), m.end("value"), "CUSTOMER_NUMBER", P_LABELLED - 3))
    under = mentions(low, ("unter", "with", "under", "mit")) and mentions(low, _CUSTOMER_PERSON_WORDS)
    for m in _CUSTOMER_UNDER_NUMBER.finditer(text, lowered) if under else ():
        if sum(c.isdigit() for c in m.group("value")) >= 4 and not _NOT_CUSTOMER_LABEL.search(
            text, m.start(), m.start("value")
        ):
            out.append(Candidate(m.start("value"), m.end("value"), "CUSTOMER_NUMBER", P_LABELLED - 3))
    customer_words = mentions(low, _CUSTOMER_WORDS)
    customer_matches = list(_CUSTOMER.finditer(text, lowered)) if customer_words else []
    if customer_words and ":" in text:
        customer_matches += _CUSTOMER_COLON_LATER.finditer(text, lowered)
    if customer_words and _COMPOUND_GATE.search(low):
        customer_matches += _CUSTOMER_COMPOUND.finditer(text, lowered)
    if customer_words and len(customer_matches) < len(_CUSTOMER_LABEL_ONLY.findall(low)):
        for m in _CUSTOMER_LATER.finditer(text, lowered):
            digits = sum(c.isdigit() for c in m.group("value"))
            card = m.group("label").lower().startswith(("karten", "card")) and not _LOYALTY_CARD.search(low)
            gap = m.group("gap")
            if _IPV4.fullmatch(m.group("value")) or gap.rstrip().lower().endswith("ip"):
                continue  # "Login von der IP 185.220.101.47": an address, not the account's number
            if digits >= 4 and not card and not _CASE_WORD.search(gap) and not _LATER_NOT_A_VALUE.search(gap):
                if not any(x.start("value") == m.start("value") for x in customer_matches):
                    out.append(Candidate(m.start("value"), m.end("value"), "CUSTOMER_NUMBER", P_LABELLED - 4))
    # "Ich bin Mitglied seit 2016 (Nr. 86150)": the number in brackets after the member word.
    for m in (
        _MEMBER_BRACKET_NUMBER.finditer(text, lowered)
        if mentions(low, ("mitglied", "member", "kund", "customer"))
        else ()
    ):
        out.append(Candidate(m.start("value"), m.end("value"), "CUSTOMER_NUMBER", P_LABELLED - 3))
    # "Bitte nennen Sie mir Ihre Kundennummer …\n[14:03] Kundin: 937888330, 21.07.1968": the answer in the next turn.
    for m in _CUSTOMER_ASKED.finditer(text, lowered) if customer_words and "\n" in text else ():
        line = text[text.rfind("\n", 0, m.start()) + 1 : text.find("\n", m.start())]
        if not _ASKING.search(line):
            continue  # "Account number: 71-…\nMobile: 07700 …": a form, not a question answered below
        out.append(Candidate(m.start("value"), m.end("value"), "CUSTOMER_NUMBER", P_LABELLED - 3))
    # "merge our two broadband accounts into one (BB-2209318 and BB-2211470)": numbers in brackets after
    # the accounts, contracts or policies they name.
    accounts = "(" in text and mentions(
        low,
        (
            "account",
            "konto",
            "konten",
            "vertr",
            "versicherung",
            "polic",
            "contract",
            "mitglied",
            "member",
            "abo",
            "subscription",
            "polizz",
            "tarif",
            "leasing",
        ),
    )
    for m in _ACCOUNTS_IN_BRACKETS.finditer(text) if accounts else ():
        if _NOT_CUSTOMER_LABEL.search(m.group("gap")):
            continue
        for v in _BRACKET_VALUE.finditer(text, m.start("values"), m.end("values")):
            if sum(c.isdigit() for c in v.group()) >= 5 and not _DATE_LIKE.match(v.group()):
                out.append(Candidate(v.start(), v.end(), "CUSTOMER_NUMBER", P_LABELLED - 4))
    for m in customer_matches:
        value = m.group("value")
        if _NOT_CUSTOMER_LABEL.search(text, m.start(), m.start("value")):
            continue
        label = m.group("label").lower()
        if label.startswith(("karten", "card")) and not _LOYALTY_CARD.search(low):
            continue  # a bare "Kartennummer" is a loyalty card's only where the message names one
        # A customer, contract or membership number identifies a customer whoever mentions it
        # ("Ihre Kundennummer lautet …" in the shop's reply); only a footer block is skipped.
        start = m.start("value")
        word = _LOWER_WORD_PREFIX.match(text, start)
        if word:
            start = word.end()  # "Kartennummer war 2200 …": the pattern runs on lowercased text
        if sum(c.isdigit() for c in value) >= 3 and not in_organisation_footer(text, m.start()):
            out.append(Candidate(start, m.end("value"), "CUSTOMER_NUMBER", P_LABELLED - 2))
            # "Vertragsnummern V-11203 und V-11204": further values of the same label.
            end = m.end("value")
            while more := _MORE_VALUES.match(text, end):
                if sum(c.isdigit() for c in more.group("value")) < 3 or re.match(r"[A-Z]{2,} ", more.group("value")):
                    break  # "Account no. 901 442 718, MPRN 1001…": a new label, not a further value
                out.append(Candidate(more.start("value"), more.end("value"), "CUSTOMER_NUMBER", P_LABELLED - 2))
                end = more.end("value")
    return out


# ---------------------------------------------------------------- IP addresses
_IPV4 = re.compile(r"\d(?<![\w.]\d)\d{0,2}\.(?:\d{1,3}\.){2}\d{1,3}(?![\w]|\.\d)")
_CIDR = re.compile(r"/\d{1,3}(?![\w])")
_IPV6 = re.compile(r"(?<![\w:])(?=[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:)[0-9A-Fa-f:]{2,39}(?:%\w+)?(?![\w:])")
_PUBLIC_SERVICE_IPS = frozenset(
    "1.1.1.1 1.0.0.1 8.8.8.8 8.8.4.4 9.9.9.9 149.112.112.112 208.67.222.222 208.67.220.220 "
    "0.0.0.0 255.255.255.255 255.255.255.0 255.255.0.0 255.0.0.0 127.0.0.1 2606:4700:4700::1111 "
    "2001:4860:4860::8888 2001:4860:4860::8844 ::1 ::".split()
)
_VERSION_CUE = re.compile(
    r"(?i)(?<![\w])(?:\w*version|firmware|fw|build|release|update|software|v|ver\.?|os|ios|android|stand|\w*treiber|"
    r"driver|app|patch|revision|rev\.?|(?:upgrad|updat)\w*\s+(?:to|auf)|(?:upgrad|updat)e?d?)[\"']?\s*:?\s*[\"']?\s*$"
)


_VERSION_AFTER = re.compile(r"(?i)[ \t]*(?:firmware|update|version|release|build|patch|upgrade)\b")
_DNS_OF_ORG = re.compile(
    r"(?i)\b(?:dns|nameserver|resolver)\b[^.\n]*\b(?:yours|your|ihre[nm]?|euer|eure)\b[^\d\n]{0,10}$"
)


_HOST_OF_ORG = re.compile(
    r"(?i)\b(?:your|yours|ihre[nmrs]?|eure[nmrs]?)\s+(?:[\w-]+\s+){0,2}(?:endpoint|server|api|gateway|website|site|"
    r"host|cdn|portal|mail-?server|backend|cloud|update-?server|lizenzserver|licen[cs]e\s+server)s?\b"
    r"[^.\n\d]{0,25}$"
)


_OWN_IP = re.compile(
    r"(?i)\b(?:(?:our|my|mein\w*|unser\w*)\s+(?:\w+\s+)?(?:ip|ip-adresse|router|server|network|netz\w*)|"
    r"from\s+home|von\s+zu\s*hause|at\s+home|zuhause)\b"
)


def find_ips(text: str, case_refs: list[tuple[int, int]]) -> list[Candidate]:
    """IPv4/IPv6 addresses; dotted version numbers and public resolvers are skipped."""
    out = []
    for pattern in (_IPV4, _IPV6) if ":" in text else (_IPV4,):
        for m in pattern.finditer(text):
            raw = m.group()
            try:
                ipaddress.ip_address(raw.split("%")[0])
            except ValueError:
                continue
            if raw in _PUBLIC_SERVICE_IPS or inside_any(*m.span(), case_refs):
                continue
            if pattern is _IPV4 and all(len(octet) == 1 for octet in raw.split(".")):
                continue  # "5.4.2.1": a version number far more often than a device
            if _VERSION_CUE.search(text[max(0, m.start() - 20) : m.start()]) or _VERSION_AFTER.match(text, m.end()):
                continue
            if _DNS_OF_ORG.search(text, max(0, m.start() - 60), m.start()):
                continue  # "DNS servers – yours (194.25.0.60)": the provider's resolver
            host = _HOST_OF_ORG.search(text, max(0, m.start() - 60), m.start())
            if host and not _OWN_IP.search(text, host.start(), m.start()):
                continue  # "your update endpoint at 203.0.113.50": the organisation's own server
                # (but "your API … from our office IP 84.17.52.209" is the writer's)
            # "203.0.113.0/24": the prefix length belongs to the network address.
            cidr = _CIDR.match(text, m.end())
            out.append(Candidate(m.start(), cidr.end() if cidr else m.end(), "IP_ADDRESS", P_IP))
    return out


# ---------------------------------------------------------------- dates of birth
_MONTHS = (
    r"(?:januar|jänner|februar|feber|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|"
    r"january|february|march|may|june|july|october|december|"
    r"jan|feb|mär|mrz|apr|jun|jul|aug|sep|sept|okt|oct|nov|dez|dec)\.?"
)
_DATE = (
    r"(?:\d{1,2}\.[ \t]?\d{1,2}\.(?:[ \t]?\d{4}|\d{2}(?!\d))?|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}-\d{1,2}-\d{2,4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[-/]" + _MONTHS + r"[-/]\d{2,4}"
    r"|\d{1,2}(?:\.|st|nd|rd|th)?[ \t]+(?:of[ \t]+)?" + _MONTHS + r"(?:,?[ \t]+\d{4}|[ \t]+['’]\d{2})?"
    r"|" + _MONTHS + r"[ \t]+(?:19|20)\d{2}"  # "born in April 2019"
    r"|" + _MONTHS + r"[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ \t]+\d{4})?|(?:19|20)\d{2})"
)
_DOB_LABEL = (
    r"(?:geb\.|geboren(?:\s+(?:am|im|in|den))?|geburtsdatum|geb\.-?\s?datum|geburtstag(?:\s+(?:am|ist|ist\s+am|war\s+am))?|"
    r"jahrgang|jg\.|geburtsjahr|born(?:\s+(?:on|in))?|date\s+of\s+birth|d\.?o\.?b\.?|birth\s?date|birthday(?:\s+(?:is|on|is\s+on))?|"
    # "(* 12.03.1985)", "Wilfried Sauer, * 12.5.1958": the genealogical star in brackets or after a comma,
    # never a list bullet.
    r"year\s+of\s+birth|(?<=\()\*|(?<=,[ \t])\*|"
    # "Hans-Peter Wöhrle\n* 03.05.1970": the star opening a line with a full date under a name
    r"(?<=\n)\*(?=[ \t]?\d{1,2}\.\d{1,2}\.(?:19\d\d|200\d|201\d)))"
)
_DOB = FoldedPattern(
    # "Geburtsdatum Kind: 14.10.2022", "Geburtsdatum Angehöriger: …": one word naming whose, then the colon
    # "Geburtsdatum, falls Sie das zur Verifizierung brauchen: 04.09.1987": a clause before the colon
    r"(?<![\w])" + _grouped_label(_DOB_LABEL) + r"(?:,?[ \t]+[^\n:.!?\d]{1,60}(?=[ \t]*:))?[\s:,(]*"
    # "Geburtsdatum meiner Frau: 03.07.1979", "date of birth of my son is ..."
    r"(?:(?:of\s+)?(?:meine[rsmn]?|seine[rsmn]?|ihre[rsmn]?|unsere[rsmn]?|my|his|her|our)\s+[\wäöüß]+[\s:,]*)?"
    # "Geburtsdatum laut Selbstauskunft: …", "geboren bin ich am …"
    r"(?:(?:laut|lt\.|according\s+to)\s+\w+\s*:?\s*)?"
    # "Geburtsdatum (wegen Legitimation): 02.12.1949": a remark in brackets before the colon
    r"(?:\([^()\n\d]{1,30}\)\s*:\s*)?"
    r"(?:(?:am|on|the|der|den|ist|is|war|was|habe|hab|hatte|ich|bin|feiere|have|had|i)\s+){0,3}(?P<value>"
    + _DATE
    + r")"
    r"(?![\w])"
)
# "Luka wird am 3. Dezember sechs", "she turns 40 on 2 May": the day someone reaches an age.
_NUMBER_WORD = (
    r"(?:\d{1,3}|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\w+zehn|\w*zwanzig|\w*ßig|\w*zig|"
    r"hundert|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w*ty(?:-\w+)?|a\s+hundred)"
)
_TURNS_AGE = FoldedPattern(
    r"\b(?:wird|werde|wirst|werden|turns|turn|will\s+be|is\s+turning|turning)[ \t]+(?:am|on|the)?[ \t]*"
    r"(?P<value>" + _DATE + r")[ \t]+" + _NUMBER_WORD + r"(?:[ \t]+(?:jahre|years))?\b"
    r"(?![ \t]*(?:tage?n?|wochen?|monate?n?|stunden?|minuten?|uhr|euro|eur|€|prozent|%|stück|pakete?|mal|days?|"
    r"weeks?|months?|hours?|minutes?|pm|am|o'clock|pounds?|dollars?|items?|pieces?|times|[a-zäöüß]+(?:ung|en)\b))"
    r"|\b(?:turns|turn|turning|wird|werde)[ \t]+"
    + _NUMBER_WORD
    + r"[ \t]+(?:jahre[ \t]+)?(?:alt[ \t]+)?(?:am|on)[ \t]+"
    r"(?:the[ \t]+)?(?P<value2>" + _DATE + r")"
)
_DOB_ASKED = FoldedPattern(
    r"(?:geburtsdatum|geburtstag|date\s+of\s+birth|d\.?o\.?b\b|birth\s?date|geboren)[^\n]*\n(?:[^\n]*\n)?[^\n]*?"
    r"(?<![\w.])(?P<value>\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}))(?![\w]|\.\d)"
)
_NOT_BIRTH_CONTEXT = re.compile(
    r"bestell|rechnung|liefer|termin|vertrag|seit|ab\s|bis\s|vom\s|am\s|order|invoice|deliver|since|from\s|until"
)
_DOB_AFTER = FoldedPattern(
    r"(?<![\w])(?P<value>" + _DATE + r")[ \t]+(?:\w+[ \t]+){0,2}(?:geburtstag|birthday|geboren|born)\b"
)


def find_dates_of_birth(text: str) -> list[Candidate]:
    """Dates presented as someone's birth date; other dates are not personal data here."""
    out: list[Candidate] = []
    lowered = fold(text)
    low = lowered if lowered is not None else text.lower()
    if not mentions(low, _DOB_WORDS):
        return out
    # A chat turn answering "bräuchte ich Ihr Geburtsdatum": a date on the next line or the one after.
    asked = "\n" in text and mentions(
        low, ("geburtsdatum", "geburtstag", "of birth", "dob", "d.o.b", "birth", "geboren")
    )
    for m in _DOB_ASKED.finditer(text, lowered) if asked else ():
        value = m.group("value")
        line_start = text.rfind("\n", 0, m.start("value")) + 1
        if _NOT_BIRTH_CONTEXT.search(low, line_start, m.start("value")):
            continue
        year = re.search(r"(\d{2,4})$", value)
        if year and len(year.group(1)) == 4 and int(year.group(1)) > 2012:
            continue
        out.append(Candidate(m.start("value"), m.end("value"), "DATE_OF_BIRTH", P_DATE - 1))
    turns = mentions(low, ("wird", "werde", "turn", "will be")) and mentions(low, (" am ", " on ", " the "))
    for m in _TURNS_AGE.finditer(text, lowered) if turns else ():
        group = "value" if m.group("value") else "value2"
        if not re.fullmatch(r"(?:19|20)\d{2}", m.group(group)):
            out.append(Candidate(m.start(group), m.end(group), "DATE_OF_BIRTH", P_DATE))
    for pattern in (_DOB, _DOB_AFTER) if mentions(low, _DOB_LABEL_WORDS) else ():
        for m in pattern.finditer(text, lowered):
            value = m.group("value")
            # A bare year only directly before the verb ("(2011 geboren)"), not "2019 zum Geburtstag".
            if pattern is _DOB_AFTER and re.fullmatch(r"(?:19|20)\d{2}", value):
                if not re.match(r"[ \t]+(?:geboren|born)\b", text[m.end("value") :]):
                    continue
            if re.fullmatch(r"(?:19|20)\d{2}", value) and m.group().startswith("*"):
                continue
            out.append(Candidate(m.start("value"), m.end("value"), "DATE_OF_BIRTH", P_DATE))
    return out


# Dictated messages spell digits out: "meine nummer ist null eins sechs null drei vier …".
_DIGIT_WORD = (
    r"(?:null|eins|ein|zwei|zwo|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zero|oh|one|two|three|four|five|six|"
    r"seven|eight|nine|double[ \t]+\w+)"
)
_SPOKEN_GATE = re.compile(
    r"\b(?:null|zero|oh)[ \t,]+(?:eins|ein|zwei|one|two|drei|three|vier|four|fünf|five|sechs|six)\b"
)
_SPOKEN_DIGITS = re.compile(
    r"(?<![\w-])" + _DIGIT_WORD + r"(?:[ \t,]+" + _DIGIT_WORD + r"){5,15}(?![\w-])", re.IGNORECASE
)
_SPOKEN_CUE = re.compile(
    r"(?i)(?:nummer|telefon|handy|mobil|number|phone|mobile|call|ruf|erreich|reach)[^.!?\n]{0,40}$"
)


def find_spoken_phones(text: str) -> list[Candidate]:
    """A phone number dictated as digit words after a phone cue."""
    return [
        Candidate(m.start(), m.end(), "PHONE", P_PHONE - 5)
        for m in _SPOKEN_DIGITS.finditer(text)
        if _SPOKEN_CUE.search(text, max(0, m.start() - 60), m.start())
    ]


# A pasted table ("Name | Mitgl.-Nr. | Jahrgang | Handy"): the header names what each column holds.
_CELL_SPLIT = re.compile(r"[ \t]*(?:\||\t|;)[ \t]*")
_COLUMN_TYPES = (
    (
        re.compile(
            r"(?i)^(?:name|vorname|nachname|familienname|first\s*name|last\s*name|surname|given\s*name|full\s*name|"
            r"teilnehmer(?:in)?|participant|mitarbeiter(?:in)?|kandidat(?:in)?|candidate|empfänger|recipient)$"
        ),
        "PERSON",
    ),
    (
        re.compile(
            r"(?i)^(?:straße|strasse|street|plz|ort|city|zip|postcode|post\s*code|address|anschrift|wohnort|town)$"
        ),
        "ADDRESS",
    ),
    (re.compile(r"(?i)ausweis|passport|reisepass|id\s*card|id-?nr|dokument"), "ID_DOCUMENT"),
    (
        re.compile(r"(?i)mitgl|kunden|member|customer|account|konto|vertrag|contract|polic|ausweis|card|karte"),
        "CUSTOMER_NUMBER",
    ),
    (re.compile(r"(?i)jahrgang|geb\.?$|geburt|birth|dob|d\.o\.b"), "DATE_OF_BIRTH"),
    (re.compile(r"(?i)phone|telefon|handy|mobil|tel\.?$"), "PHONE"),
)
_STREET_COLUMN = re.compile(r"(?i)^(?:straße|strasse|street|address|anschrift)$")
_TABLE_RULE = re.compile(r"[ \t|:+-]*-[ \t|:+-]*")
_CELL_VALUE = {
    "PERSON": re.compile(r"[A-ZÄÖÜÀ-ÞŁŚŻ][\w'’.-]*(?:[ \t][A-ZÄÖÜÀ-ÞŁŚŻ][\w'’.-]*){0,3}"),
    "ADDRESS": re.compile(r"[\w][\w .'’/-]{1,60}"),
    "ID_DOCUMENT": re.compile(r"(?=[A-Z0-9 ]*\d[A-Z0-9 ]*\d)[A-Z0-9][A-Z0-9 ]{4,14}[A-Z0-9]"),
    "CUSTOMER_NUMBER": re.compile(r"(?:[A-Z]{1,4}[-/ ]?)?\d[\d /.-]{1,20}\d"),
    "PHONE": re.compile(r"\+?\(?\d[\d /().-]{5,18}\d"),
    "DATE_OF_BIRTH": re.compile(r"(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|(?:19|20)\d{2}|\d{4}-\d{2}-\d{2})"),
}


# Pasted JSON ("firstName": "Jana", "zip": "18439"): the key names what the value is.
_JSON_FIELD = re.compile(r'"(?P<key>[A-Za-z_]{2,30})"\s*:\s*"(?P<value>[^"\n]{1,80})"')
_JSON_KEYS = {
    "PERSON": re.compile(
        r"(?i)^(?:first_?name|last_?name|given_?name|family_?name|sur_?name|full_?name|vorname|nachname|name|"
        r"customer_?name|holder|account_?holder|recipient_?name)$"
    ),
    "ADDRESS": re.compile(
        r"(?i)^(?:street|street_?address|address_?line_?\d?|address\d?|line\d|strasse|zip|zip_?code|"
        r"post_?code|postal_?code|plz|city|town|ort)$"
    ),
    "PHONE": re.compile(r"(?i)^(?:phone|phone_?number|mobile|telefon|tel|handy)$"),
    "DATE_OF_BIRTH": re.compile(r"(?i)^(?:birth_?date|date_?of_?birth|dob|birthday|geburtsdatum)$"),
    "CUSTOMER_NUMBER": re.compile(
        r"(?i)^(?:customer_?(?:id|number|no)|account_?(?:id|number|no)|kundennummer|member_?id)$"
    ),
}


def find_json_fields(text: str) -> list[Candidate]:
    out = []
    for m in _JSON_FIELD.finditer(text):
        key, value = m.group("key"), m.group("value").strip()
        if not value:
            continue
        for kind, pattern in _JSON_KEYS.items():
            if pattern.match(key):
                if kind == "CUSTOMER_NUMBER" and not any(c.isdigit() for c in value):
                    break
                out.append(Candidate(m.start("value"), m.start("value") + len(value), kind, P_LABELLED - 3))
                break
    return out


def find_table_cells(text: str) -> list[Candidate]:
    """Values in the columns of a pasted table whose header names a customer number or a birth date."""
    out: list[Candidate] = []
    columns: dict[int, str] = {}
    width = 0
    pos = 0
    for line in text.split("\n"):
        if _TABLE_RULE.fullmatch(line):
            pos += len(line) + 1
            continue  # "|---|---|": the markdown rule under the header
        cells = _CELL_SPLIT.split(line.strip().strip("|").strip())
        if len(cells) >= 3 and not any(c.isdigit() for c in line):
            columns = {}
            for i, cell in enumerate(cells):
                for pattern, kind in _COLUMN_TYPES:
                    if pattern.search(cell):
                        columns.setdefault(i, kind)  # the first type that names the column wins
            # A place column is an address only beside a street column ("Wohnort" alone is no address).
            if not any(_STREET_COLUMN.search(cell) for cell in cells):
                columns = {i: kind for i, kind in columns.items() if kind != "ADDRESS"}
            width = len(cells)
        elif columns and len(cells) == width:
            cursor = pos
            for i, cell in enumerate(cells):
                start = text.index(cell, cursor) if cell else cursor
                cursor = start + len(cell)
                kind = columns.get(i)
                if kind and cell and _CELL_VALUE[kind].fullmatch(cell):
                    out.append(Candidate(start, start + len(cell), kind, P_LABELLED - 2))
        else:
            columns = {}
        pos += len(line) + 1
    return out


def find_structured(text: str, lang: str) -> list[Candidate]:
    """All structured-identifier candidates of one text (overlaps resolved later)."""
    lowered = text.lower()
    obfuscated = "t)" in lowered or "t]" in lowered or "t}" in lowered or " at " in lowered or " ät " in lowered
    obfuscated = obfuscated or "%40" in lowered  # "?email=fenja.ruehmann%40gmx.de": URL-encoded
    out = find_emails(text) if "@" in text or obfuscated else []
    if mentions(lowered, ("null ", "zero ", "oh ")) and _SPOKEN_GATE.search(lowered):
        out += find_spoken_phones(text)
    # Every other identifier needs digits, most need many; count them once and skip
    # the recognisers that cannot match (most messages carry few digits or none).
    digits = len(_DIGIT.findall(text))
    if not digits:
        return out
    case_refs = case_reference_spans(text)
    out += find_labelled_numbers(text) + find_dates_of_birth(text)
    if text.count("|") >= 2 or "\t" in text or text.count(";") >= 2:
        out += find_table_cells(text)
    if '":' in text:
        out += find_json_fields(text)
    if digits >= 4:
        out += find_ips(text, case_refs)
    if digits >= 6:
        out += find_phones(text, lang, case_refs) + find_social_and_health_numbers(text) + find_vat_ids(text)
    if digits >= 10:
        out += find_tax_ids(text, case_refs) + find_ibans(text)
    if digits >= 13:
        out += find_cards(text, case_refs)
    return out
