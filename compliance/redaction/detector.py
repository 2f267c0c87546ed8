"""`detect`: run every recogniser, resolve overlaps, flag Art. 9 categories."""

from __future__ import annotations

import re

from .addresses import find_addresses
from .context import Candidate, in_reply_from_other_side, reply_header_start
from .identifiers import P_CUSTOM, P_EMAIL, P_PERSON, find_structured, role_mailboxes
from .known import find_known
from .model import DEFAULT_POLICY, Detection, Entity, KnownIdentifiers, Policy
from .namedata import FIRST_NAMES, STOP_WORDS, SURNAMES, ascii_name
from .persons import find_persons, is_company_name, is_nounish
from .special import special_categories

_CLOSING_WORD = re.compile(
    r"(?i)(?:grüßen|grüße|gruß|gruss|mfg|lg|vg|danke|dank|regards|cheers|thanks|best|sincerely)[.!]?$"
)
_REFERRED_PERSON = frozenset(
    """frau herr herrn hr fr mr mrs ms dr prof tochter sohn mutter vater mann ehefrau ehemann partner partnerin
    freundin freund kollege kollegin nachbar nachbarin wife husband daughter son mother father friend colleague
    neighbour neighbor inhaber inhaberin kontoinhaber kontoinhaberin familie""".split()
)
_WORD = re.compile(r"[^\W\d_]{2,}")
_FORM_NAME = re.compile(r"\A\s*(?:name|full\s+name|vor-\s*und\s+nachname)\s*:\s*([A-ZÄÖÜ][\w'’-]+)", re.IGNORECASE)
_CONTACT_REST = re.compile(
    r"(?i)\s*(?:[,;|]\s*(?:[\w.+-]+@[\w.-]+|\+?[\d (/)-]{6,}|(?:customer|kunden|account|konto|member|mitglied|vertrag)"
    r"[\w .-]*\d[\d -]*|kd\.-?nr\.?\s*\d+))*\s*\.?\s*"
)
_ADDRESSING = re.compile(r"(?i)\b(?:thanks|thank\s+you|danke|hi|hello|hallo|dear|liebe[rs]?|hey|moin)[ \t,]*$")
_BRACKETED = re.compile(r"\([^()]*\)")  # "Tom Hargreaves (he/him)"
_SELF_INTRODUCTION = re.compile(
    r"(?i)\b(?:i'm|i\s+am|ich\s+bin|my\s+name\s+is|mein\s+name\s+ist|this\s+is|hier\s+ist|ich\s*,|i\s*,|me\s*,|"
    r"ich\s+heiße(?:\s+jetzt)?|(?:put\s+it\s+|book\s+it\s+)?under|auf\s+den\s+namen|unter\s+dem\s+namen|"
    r"in\s+the\s+name\s+of)\s+(?:(?:herr|frau|mr|mrs|ms|miss)\.?\s+)?$"
)
_THIRD_PERSON = frozenset("ihr ihre ihren sein seine seinen his her their deren dessen".split())
_TRIM = " \t\r\n.,;:!?\"'()[]{}<>«»„“”‚‘’"


def _custom(text: str, policy: Policy) -> list[Candidate]:
    out = []
    for entity_type, pattern in policy.compiled_patterns:
        for m in pattern.finditer(text):
            span = m.span("value") if "value" in pattern.groupindex else m.span()
            if span[1] > span[0]:
                out.append(Candidate(span[0], span[1], entity_type, P_CUSTOM))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Span rule 1: labels, quotes, brackets and punctuation stay outside the span.

    A bracket that belongs to the value ("(212) 555-0187", "+49 (0)30") stays.
    """
    while start < end:
        ch = text[start]
        if ch not in _TRIM or (ch in "([{" and _CLOSING_BRACKET[ch] in text[start + 1 : end]):
            break
        start += 1
    while end > start:
        ch = text[end - 1]
        if ch not in _TRIM or (ch == "." and end - start <= 3):
            break
        if ch in ")]}" and _OPENING_BRACKET[ch] in text[start : end - 1]:
            break
        end -= 1
    return start, end


_CLOSING_BRACKET = {"(": ")", "[": "]", "{": "}"}
_OPENING_BRACKET = {v: k for k, v in _CLOSING_BRACKET.items()}


def _resolve(text: str, candidates: list[Candidate]) -> list[Entity]:
    """Keep the strongest candidate where spans overlap; ties go to the longer span."""
    taken: list[tuple[int, int]] = []
    chosen: list[Entity] = []
    for c in sorted(candidates, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        start, end = _trim(text, c.start, c.end) if c.priority != P_CUSTOM else (c.start, c.end)
        if end <= start or any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        chosen.append(Entity(c.type, start, end, text[start:end]))
    chosen.sort(key=lambda e: e.start)
    return chosen


_SHOUTED = re.compile(r"[A-ZÄÖÜ]{4,}[ \t]+[A-ZÄÖÜ]{4,}")
_UPPER_LETTER = re.compile(r"[A-ZÄÖÜ]")
_LOWER_LETTER = re.compile(r"[a-zäöüß]")


def detect(
    text: str,
    lang: str = "de",
    *,
    known: KnownIdentifiers | None = None,
    policy: Policy | None = None,
) -> Detection:
    """Find the personal data in one customer message.

    Returns sorted, non-overlapping entities whose offsets index `text` (end
    exclusive) and the Art. 9 categories the message reveals. Known identifiers
    of the contact are always found, whatever the policy; the policy limits the
    other types and adds the tenant's own patterns.
    """
    policy = policy or DEFAULT_POLICY
    addresses = find_addresses(text)
    persons = find_persons(text, lang)
    if _SHOUTED.search(text) and len(_UPPER_LETTER.findall(text)) > 2 * len(_LOWER_LETTER.findall(text)):
        # "MITGLIEDSNR IW-558102\nDENNIS KAWALLEK": a message typed in capitals is read once in title case
        recased = text.title()
        if len(recased) == len(text):
            persons += find_persons(recased, lang)
    structured = find_structured(text, lang)
    candidates = (
        structured
        + addresses
        + persons
        + _addressees(text, addresses, persons, structured, lang)
        + _own_business_mailboxes(text, persons)
        + _custom(text, policy)
    )
    candidates = [c for c in candidates if c.type in policy.enabled_types]
    if known is not None:
        # The contact's own identifiers are found even where the policy turned the type off.
        candidates += find_known(text, known)
    entities = _resolve(text, candidates)
    persons = [e for e in entities if e.type == "PERSON"]
    flags = special_categories(text, _writer_first_name(text, persons), [(p.start, p.end) for p in persons])
    return Detection(entities=entities, special_categories=flags)


# "Please ship to Chukwudi Okeke, 15 Adeola Odeku Street", "Olumide Adebayo-Clarke, passport 552718904",
# "3) Zosia Nowak, geb. 30.10.2017": the capitalised words right before a street address or before a
# personal identifier (after a comma and at most a short label) name the person it belongs to.
_NAME_CHAIN = (
    r"(?P<name>[A-ZÄÖÜÀ-ÞŁŚŻŹĆŃ][\w'’.-]*(?:[ \t]+(?:[A-ZÄÖÜÀ-ÞŁŚŻŹĆŃ][\w'’.-]*"
    r"|van|von|de|der|den|da|di|del|bin|ibn|al|el|le|la|y)){1,3})"
)
# What may stand before the name (checked in code: in the pattern it would be tried at every position).
_NAME_LEAD = re.compile(r"(?:^|[:;,(\n.?!]|\bto|\ban|\bfor|\bfür)[ \t]*(?:\d{1,2}[).][ \t]*)?$")
_ADDRESSEE = re.compile(
    _NAME_CHAIN + r"[ \t]*(?P<sep>,|\n)[ \t]*"
    # up to two segments between name and street: "Apt 7", "c/o Reception", "Harbour Logistics Ltd"
    r"(?:[^,\n]{1,50},[ \t]*){0,2}$"
)
_OWNER_OF_VALUE = re.compile(_NAME_CHAIN + r"[ \t]*(?P<sep>,)[ \t]*(?:[^\W\d][^,\n\d.!?]{0,24}[.:]?[ \t]*)?$")
_VALUE_TYPES = frozenset(
    "ID_DOCUMENT DATE_OF_BIRTH PHONE EMAIL CUSTOMER_NUMBER SOCIAL_SECURITY_NUMBER HEALTH_INSURANCE_NUMBER "
    "TAX_ID".split()
)
_STREET_LINE = re.compile(
    r"\d{1,4}[A-Za-z]?,?[ \t]+\S|.*[ \t]\d{1,4}(?:[ \t]?[a-zA-Z])?(?:[ \t]?[-–/][ \t]?\d{1,4}[a-zA-Z]?)?$"
)


def _addressees(
    text: str, addresses: list[Candidate], persons: list[Candidate], values: list[Candidate], lang: str
) -> list[Candidate]:
    out: list[Candidate] = []
    anchors = [(a, _ADDRESSEE) for a in addresses if _STREET_LINE.match(text[a.start : a.end])]
    anchors += [(v, _OWNER_OF_VALUE) for v in values if v.type in _VALUE_TYPES]
    for anchor, pattern in anchors:
        line_start = max(text.rfind("\n", 0, max(0, anchor.start - 1)), -1) + 1
        lo = max(0, line_start - 80 if text[anchor.start - 1 : anchor.start] == "\n" else line_start)
        if pattern is _OWNER_OF_VALUE and "," not in text[max(lo, anchor.start - 32) : anchor.start]:
            continue
        m = pattern.search(text, lo, anchor.start)
        while m and not _NAME_LEAD.search(text, max(0, m.start() - 12), m.start()):
            next_word = text.find(" ", m.start() + 1, anchor.start)
            m = pattern.search(text, next_word + 1, anchor.start) if next_word >= 0 else None
        if not m:
            continue
        words = [w.strip(".") for w in m.group("name").split()]
        capitalised = [w for w in words if w[:1].isupper()]
        if any(w in STOP_WORDS or is_nounish(w) or any(c.isdigit() for c in w) for w in capitalised):
            continue
        if is_company_name(text, m.start("name"), m.end("name"), words):
            continue
        overlapping = [p for p in persons + out if p.start < m.end("name") and m.start("name") < p.end]
        if overlapping:
            # Already found by its own cue: the chain is added only where it covers those names and the
            # words it adds are name-like ("Zosia" before a repeated "Nowak", "Van" in "Nguyen Van Duc"),
            # never a title or a closing ("Mag.", "VG").
            if any(p.start < m.start("name") or p.end > m.end("name") for p in overlapping):
                continue
            uncovered = text[m.start("name") : m.end("name")]
            for p in sorted(overlapping, key=lambda p: -p.start):
                uncovered = uncovered[: p.start - m.start("name")] + " " + uncovered[p.end - m.start("name") :]
            extra = uncovered.split()
            if not extra or any("." in w or w.isupper() for w in extra):
                continue
        listed = any(w in FIRST_NAMES or w in SURNAMES for w in capitalised)
        if (m.group("sep") == "\n" or lang != "en") and not listed:
            continue  # a line of its own, or German capitalised nouns: a listed part is needed
        out.append(Candidate(m.start("name"), m.end("name"), "PERSON", P_PERSON))
    return out


_ASCII = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _ascii_forms(word: str) -> set[str]:
    """ "Petrović" → {"petrovic"}, "Müller" → {"mueller", "muller"}: how a name appears in a domain."""
    low = word.lower()
    return {low.translate(_ASCII), ascii_name(low)}


def _own_business_mailboxes(text: str, persons: list[Candidate]) -> list[Candidate]:
    """ "Dragan Petrović … info@petrovic-holzwerk.de": a role mailbox whose domain carries the writer's
    surname is the writer's own business address (guidelines: a sole trader's e-mail is personal data)."""
    boxes = role_mailboxes(text) if persons else []
    if not boxes:
        return []
    out = []
    for start, end in boxes:
        # Only below the name (a signature or an imprint), never a shop that happens to share it.
        names: set[str] = set()
        for p in persons:
            if p.end <= start:
                for word in text[p.start : p.end].replace("-", " ").split():
                    if len(word) >= 4 and word[0].isupper():
                        names |= _ascii_forms(word)
        domain = text[start:end].split("@", 1)[-1].lower()
        if any(name in domain for name in names) and not in_reply_from_other_side(text, start):
            out.append(Candidate(start, end, "EMAIL", P_EMAIL))
    return out


def _writer_first_name(text: str, persons: list[Entity]) -> str | None:
    """The given name in the sign-off, if any: a name on its own line, after a closing or a dash."""
    form_name = _FORM_NAME.search(text)
    if form_name:
        return form_name.group(1)  # "Name: Priya Nair\nEmail: …\nMessage: …": a web form names its sender first
    own_end = reply_header_start(text)
    persons = [p for p in persons if p.start < own_end]  # a name in the quoted reply is the other side's
    if not persons:
        return None
    last = persons[-1]
    if _SELF_INTRODUCTION.search(text, max(0, last.start - 20), last.start):
        return last.text.split()[0]  # "I'm Marco Bellini, my account is …"
    before = text[max(0, last.start - 40) : last.start].rstrip(" \t")
    words = before.split()
    at_end = not text[last.end :].strip(" \t\r\n.!")
    dash_sign_off = before.endswith(("–", "-", "—")) and at_end
    if not dash_sign_off and any(w.lower().strip(".,:") in _THIRD_PERSON for w in words[-3:]):
        return None  # "ihr Name: Petra Lenz-Hofmann": the name of someone the writer refers to
    if words and words[-1].lower().strip(".,") in _REFERRED_PERSON:
        return None  # "... ist meine Frau Sabine Kühn": someone the writer refers to
    if words and words[-1] in ("und", "and", "&", "u."):
        return None  # "Mehmet und Elif Yıldırım": two writers sign
    line_end = text.find("\n", last.end)
    line_rest = text[last.end : line_end if line_end >= 0 else len(text)]
    addressed = (
        _ADDRESSING.search(before)
        and len(_WORD.findall(_BRACKETED.sub("", line_rest))) >= 2
        and not _CONTACT_REST.fullmatch(line_rest)  # "Thanks, Thomas Brennan, tbrennan@…": contact data follows
    )
    if addressed:
        return None  # "Thanks Josh, Tuesday works": the person addressed, the message goes on
    # "… laufen lassen? Hanna Ostrowski, hanna.ostrowski@web.de": a name after the last sentence, then contact data
    last_sentence = before.endswith((".", "!", "?")) and _CONTACT_REST.fullmatch(line_rest)
    if before and not (
        at_end or last_sentence or before.endswith(("\n", ",", "–", "-", "—")) or _CLOSING_WORD.search(before)
    ):
        return None
    return last.text.split()[0]
