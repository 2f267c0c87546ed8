"""Context cues shared by the recognisers: whose value is it, and what is it for.

The guidelines redact the customer side only. An organisation's hotline, role
mailbox, account or office address, and case references (order, invoice,
tracking numbers) stay in the text, so every recogniser asks these helpers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple


class Candidate(NamedTuple):
    start: int
    end: int
    type: str
    priority: int


def _lower_pattern(pattern: str) -> str:
    # Lowercase the literals but not escapes: "\S" and "\s" mean different things.
    # Group syntax ("(?P<value>") keeps its case as well.
    return re.sub(
        r"\(\?P<\w+>|\(\?P=\w+\)|\\.|[^\W\d_]",
        lambda m: m.group() if m.group()[0] in "(\\" else m.group().lower(),
        pattern,
    )


class FoldedPattern:
    """A case-insensitive pattern that runs case-sensitively on lowercased text.

    Python's IGNORECASE makes large alternations several times slower, so the
    pattern is lowercased once and matched against `text.lower()`; offsets stay
    valid because lowercasing is used only when it keeps the length.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.ignorecase = re.compile(pattern, flags | re.IGNORECASE)
        self.lowercase = re.compile(_lower_pattern(pattern), flags)

    def finditer(self, text: str, lowered: str | None) -> Iterator[re.Match[str]]:
        """Matches with offsets into `text`; `lowered` is `fold(text)`."""
        if lowered is None:
            return self.ignorecase.finditer(text)
        return self.lowercase.finditer(lowered)

    def search(self, text: str, lowered: str | None) -> re.Match[str] | None:
        """First match, as `finditer`."""
        if lowered is None:
            return self.ignorecase.search(text)
        return self.lowercase.search(lowered)


def mentions(lowered: str, needles: tuple[str, ...]) -> bool:
    """Cheap substring gate: skip a regex pass when none of its key words occurs."""
    return any(map(lowered.__contains__, needles))


_fold_cache: tuple[str, str | None] = ("", "")


def fold(text: str) -> str | None:
    """`text.lower()` when it has the same length (almost always), else None (kept for the message in hand)."""
    global _fold_cache
    if _fold_cache[0] is text:
        return _fold_cache[1]
    lowered = text.lower()
    result = lowered if len(lowered) == len(text) else None
    _fold_cache = (text, result)
    return result


# A closing line ("Viele Grüße", "Best regards,") starts the writer's signature block.
SIGNATURE_CLOSING = re.compile(
    r"(?im)^[^\n]{0,30}\b(?:grüßen|grüße|gruß|gruss|grüsse|regards|wishes|mfg|lg|vg|cheers|sincerely|"
    r"faithfully|truly)[ \t,.!]*$"
)


def in_writer_signature(text: str, start: int) -> bool:
    """True when `start` lies in the writer's own signature block: after a closing line (within a
    dozen lines), before any quoted or forwarded part."""
    closing = SIGNATURE_CLOSING.search(text, 0, start)
    if not closing or text.count("\n", closing.end(), start) > 12:
        return False
    line_end = text.find("\n", start)
    if _REPLY_HEADER.search(text, closing.end(), line_end if line_end >= 0 else len(text)):
        return False  # "Am … schrieb Kundenservice <service@…>:" starts the other side's text
    return not in_reply_from_other_side(text, start)


def _scan(pattern: str, start: int = 0):
    """Walk a regex from `start`: (index, nesting depth after it, structural character) per token, where
    the character is "(", ")" or "|" outside classes and escapes, and "" for everything else."""
    depth, in_class, i = 0, False, start
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            yield i, depth, ""
            i += 2
            continue
        structural = ""
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()|":
            structural = ch
            depth += {"(": 1, ")": -1, "|": 0}[ch]
        yield i, depth, structural
        i += 1


def top_level_alternatives(alternatives: str) -> list[str]:
    """Split a regex alternation at its top-level "|" (groups, classes and escapes respected)."""
    parts: list[str] = []
    last = 0
    for i, depth, ch in _scan(alternatives):
        if ch == "|" and depth == 0:
            parts.append(alternatives[last:i])
            last = i + 1
    parts.append(alternatives[last:])
    return parts


def dispatch_by_first_letter(alternatives: list[str]) -> str:
    """One alternation, grouped by a literal first letter.

    Python's regex engine tries every alternative at every word start, but rejects a branch that
    opens with a literal character after one comparison: grouping by the first letter makes the
    whole-message scan several times faster than the plain alternation.
    """
    groups: dict[str, list[str]] = {}
    rest: list[str] = []
    for alternative in alternatives:
        first = alternative[:1]
        if first.isalnum() and alternative[1:2] not in ("?", "*", "{", "+"):
            groups.setdefault(first, []).append(alternative[1:])
        else:
            rest.append(alternative)
    branches = [f"{re.escape(c)}(?:{'|'.join(alts)})" for c, alts in sorted(groups.items())]
    return "|".join(branches + rest)


def _closing_paren(pattern: str, start: int) -> int:
    """Index of the ")" that closes the "(" at `start` (escapes and classes respected); -1 if none."""
    for i, depth, ch in _scan(pattern, start):
        if ch == ")" and depth == 0:
            return i
    return -1


def _expand_leading_group(alternative: str) -> list[str]:
    """ "(?:strom|gas)?zähler" → ["stromzähler", "gaszähler", "zähler"]: the same matches in the same order,
    but each opening with a literal letter."""
    if not alternative.startswith("(?:"):
        return [alternative]
    end = _closing_paren(alternative, 0)
    if end < 0:
        return [alternative]
    quantifier = alternative[end + 1 : end + 2]
    if quantifier in ("*", "+", "{") or alternative[end + 2 : end + 3] == "?":
        return [alternative]
    optional = quantifier == "?"
    rest = alternative[end + 2 :] if optional else alternative[end + 1 :]
    inner = top_level_alternatives(alternative[3:end])
    return [a + rest for a in inner] + ([rest] if optional else [])


def grouped(alternation: str) -> str:
    """`alternation` ("a|b|c") regrouped by first letter, matching exactly what it matched.

    Alternatives sharing a first letter keep their order, and two alternatives with different first
    letters never match at the same place, so leftmost-first matching is unchanged. Alternatives that
    open with a group or class stay in place when they all come first or all come last; otherwise the
    alternation is returned as it is.
    """
    alternatives = [expanded for a in top_level_alternatives(alternation) for expanded in _expand_leading_group(a)]
    literal = [a[:1].isalnum() and a[1:2] not in ("?", "*", "{", "+") for a in alternatives]
    if all(literal):
        return dispatch_by_first_letter(alternatives)
    k = literal.index(True) if any(literal) else len(literal)
    if all(literal[k:]):  # the others all come first
        return "|".join(alternatives[:k] + [dispatch_by_first_letter(alternatives[k:])])
    j = len(literal) - literal[::-1].index(True) if any(literal) else 0
    if all(literal[:j]) and not any(literal[j:]):  # the others all come last
        return dispatch_by_first_letter(alternatives[:j]) + "|" + "|".join(alternatives[j:])
    return alternation


# "Ihr"/"Ihre" with a capital I is the formal "your": the organisation's value.
# It is matched case-sensitively; the lowercase form means "her".
_ORG_PRONOUN = re.compile(r"\b(?:Ihr|Ihre|Ihrer|Ihrem|Ihren|Ihres|Eure?|Euer)\b|(?i:\byour\b)")
_ORG_CUE = re.compile(
    r"\b(?:Ihr|Ihre|Ihrer|Ihrem|Ihren|Ihres|Eure?|Euer)\b"
    r"|(?i:\b(?:your|the\s+shop's|the\s+company's|hotline|service-?(?:nummer|hotline|telefon|center|line)|"
    r"servicenummer|kundenservice|kundendienst|customer\s+service|support-?(?:nummer|line|hotline)|"
    # "Bankverbindung" alone labels anyone's account (a form, "neue Bankverbindung"); the organisation's is "unsere".
    r"zentrale|unsere\s+bankverbindung|zahlungsempfänger|empfängerkonto|firmensitz|zahlung(?:en)?\s+an|zahlbar\s+an|"
    r"payable\s+to|pay\s+to|payee|erreichen\s+sie\s+uns|reach\s+us|call\s+us|rufen\s+sie\s+uns|"
    r"geschäftsführ\w*|handelsregister|amtsgericht|HRB|sitz\s+der\s+gesellschaft|"
    r"overeenkomst|registered\s+office|company\s+(?:number|reg)\w*)\b)"
)
_HANDED_OVER = re.compile(r"(?i)\b(?:für|for)[ \t]+$")
# First person wins over an earlier organisation cue ("Ihre Kollegin hat meine Nummer").
_SELF_CUE = re.compile(
    r"(?i:\b(?:ich|mein|meine|meiner|meinem|meinen|meines|mir|mich|uns|unser|unsere|unserer|unserem|unseren|"
    r"my|me|our|i|i'm|i've|we|us)\b)"
)


# "Industriestr. 9": "str" ends a street name, so it needs no word boundary.
_ABBREVIATION_END = re.compile(r"(?i)(?:\b(?:tel|nr|no|fax|ca|bzw|z\.b|u\.a)|str)$")


# A quoted reply or forwarded mail starts here: what follows was written by the other side.
_REPLY_HEADER = re.compile(
    r"(?im)^[ \t>]*(?:.*\b(?:schrieb|wrote)[ \t]*:?[ \t]*$|.*\b(?:schrieb|wrote)\b.*:[ \t]*$|"
    r"-{2,}[ \t]*(?:original|weitergeleitete|forwarded)\b.*$|"
    r"-{2,}[ \t]*(?:ursprüngliche|original)[ \t]+nachricht.*$|(?:von|from)[ \t]*:.*@.*$)"
)


# A line of an organisation's e-mail footer: legal form, register, management, hotline.
def reply_start(text: str) -> int:
    """Where the quoted or forwarded part begins: after the first reply header that follows some of
    the writer's own text (a "From:" header at the very top is the writer's own)."""
    return _reply_header(text)[1]


def reply_header_start(text: str) -> int:
    """Where that first reply header itself begins (the end of the writer's own text)."""
    return _reply_header(text)[0]


_header_cache: tuple[str, tuple[int, int]] = ("", (0, 0))
_REPLY_WORDS = ("schrieb", "wrote", "--", "@")  # every header form of _REPLY_HEADER contains one


def _reply_header(text: str) -> tuple[int, int]:
    global _header_cache
    if _header_cache[0] is text:
        return _header_cache[1]
    found = (len(text), len(text))
    if mentions(text.lower(), _REPLY_WORDS):  # most messages quote nothing: skip the multiline scan
        for header in _REPLY_HEADER.finditer(text):
            before = _REPLY_HEADER.sub("", text[: header.start()])
            if before.strip(" \t\r\n-_=*>"):
                found = (header.start(), header.end())
                break
    _header_cache = (text, found)
    return found


_FOOTER_LINE = re.compile(
    r"\b(?:GmbH|AG|KG|mbH|mbB|PartG|UG|SE|GbR|OHG|eG|e\.[ \t]?K\.|e\.[ \t]?V\.|Ltd|LLC|Inc|plc|"
    r"Geschäftsführ\w*|HRB|HRA|"
    r"Amtsgericht|Registergericht|Handelsregister|Vorstand|Hotline|Kundenservice|Customer[ \t]+Service)(?!\w)"
)
_FIRST_PERSON = re.compile(r"(?i)\b(?:ich|mein\w*|mir|mich|wir|unser\w*|i|my|me|we|our|c/o|z\.[ \t]?hd\.?|attn)\b")
_footer_cache: tuple[str, list[tuple[int, int]]] = ("", [])


def organisation_footer_spans(text: str) -> list[tuple[int, int]]:
    """Footer blocks of the organisation's own mails quoted or forwarded in a message.

    Inside a quoted reply ("> ...") or after a reply header ("Am ... schrieb ...:"), a line
    with a legal form, register entry or hotline starts a footer that runs to the next blank
    line; its addresses, numbers and accounts belong to the organisation (guidelines, section 1).
    """
    global _footer_cache
    if _footer_cache[0] is text:
        return _footer_cache[1]
    spans: list[tuple[int, int]] = []
    if "\n" in text and _FOOTER_LINE.search(text):
        region_start = reply_start(text)
        pos = 0
        block_start = -1
        for line in text.splitlines(keepends=True):
            end = pos + len(line)
            stripped = line.strip()
            quoted = stripped.startswith(">")
            content = stripped.lstrip("> \t")
            in_region = quoted or pos >= region_start
            if not content or not in_region or _FIRST_PERSON.search(content):
                if block_start >= 0:
                    spans.append((block_start, pos))
                block_start = -1
            elif block_start < 0 and _FOOTER_LINE.search(content):
                block_start = pos
            pos = end
        if block_start >= 0:
            spans.append((block_start, len(text)))
    _footer_cache = (text, spans)
    return spans


def in_organisation_footer(text: str, start: int) -> bool:
    """True when `start` lies in an organisation's footer block (see `organisation_footer_spans`)."""
    return any(s <= start < e for s, e in organisation_footer_spans(text))


_reply_cache: tuple[str, int] = ("", 0)


def in_reply_from_other_side(text: str, start: int) -> bool:
    """True when `start` lies in a quoted line ("> …") or after a reply/forward header."""
    global _reply_cache
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].lstrip(" \t").startswith(">"):
        return True
    if _reply_cache[0] is not text:
        _reply_cache = (text, reply_start(text) if ("@" in text or ":" in text) else len(text))
    return start >= _reply_cache[1]


def owner_is_organisation(text: str, start: int, window: int = 60) -> bool:
    """True when the closest ownership cue before `start` points to the organisation."""
    if any(s <= start < e for s, e in organisation_footer_spans(text)):
        return True
    lo = max(0, start - window)
    line_start = text.rfind("\n", 0, start) + 1
    lo = max(lo, line_start)
    before = text[lo:start]
    # An earlier sentence ("... your counsellors? (212) 555-0187") says nothing about this value.
    sentence_end = max(before.rfind(". "), before.rfind("? "), before.rfind("! "))
    if sentence_end >= 0 and not _ABBREVIATION_END.search(before, 0, sentence_end):
        before = before[sentence_end + 2 :]
    # "für Ihre Lieferantenanlage: Steuernummer …", "for your records": a value handed over, not theirs.
    org = [
        m.span()
        for m in _ORG_CUE.finditer(before)
        if not _HANDED_OVER.search(before, 0, m.start()) and not _her(text, start - len(before) + m.start(), m.group())
    ]
    # "erreichen Sie uns": the organisation's "uns" inside its own cue is no first person of the writer
    own = [m.end() for m in _SELF_CUE.finditer(before) if not any(s <= m.start() < e for s, e in org)]
    if in_reply_from_other_side(text, start):
        # Quoted or forwarded text of the organisation: "Ihre Kundennummer", "your phone number" mean the
        # customer's, "unsere Hotline" the organisation's. The pronouns swap sides; other cues stay.
        pronouns = [m.span() for m in _ORG_PRONOUN.finditer(before)]
        org = sorted([span for span in org if span not in pronouns] + [(e, e) for e in own])
        own = [e for _, e in pronouns]
    if not org:
        return False
    if not own or org[-1][1] <= own[-1]:
        return not own
    # "meine neue Bankverbindung": a first-person word that governs the cue itself.
    return not _OWN_GOVERNS.fullmatch(before, own[-1], org[-1][0])


# "… für meine Mutter, Hildegard Jansen. Ihre Steuernummer lautet …": at the start of a sentence "Ihre" is
# "her" when the sentence before speaks of a woman the writer refers to.
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*)$")
_WOMAN_REFERRED = re.compile(
    r"(?i)\b(?:meine[rm]?|unsere[rm]?)\s+(?:mutter|tochter|frau|ehefrau|oma|großmutter|schwester|tante|nichte|"
    r"schwiegermutter|nachbarin|freundin|partnerin|mandantin|kundin)\b|\bsie\s+(?:ist|hat|war|wohnt|lebt)\b"
)


def _her(text: str, position: int, cue: str) -> bool:
    if not cue.startswith("Ihr") or not _SENTENCE_START.search(text, max(0, position - 3), position):
        return False
    return bool(_WOMAN_REFERRED.search(text, max(0, position - 200), position))


_OWN_GOVERNS = re.compile(r"[ \t]+(?:[a-zäöüß]+[ \t]+)?")


# Case references the service needs, with the label that announces them.
CASE_LABEL = (
    r"(?:bestell(?:ung|nummer|nr\.?|-?nr\.?)?|auftrag(?:s?nummer|s?-?nr\.?)?|auftrags?-?nr\.?|"
    r"rechnung(?:s?nummer|s?-?nr\.?)?|rechnungs?-?nr\.?|re\.?-?nr\.?|lieferschein(?:nummer|-?nr\.?)?|"
    r"lieferung|sendung(?:s?nummer|s?-?nr\.?)?|sendungs?-?nr\.?|paket(?:nummer|-?nr\.?)?|"
    r"tracking(?:-?nummer|-?nr\.?|-?id|\s+number|\s+no\.?)?|trackingnummer|track\s*&\s*trace|"
    r"ticket(?:nummer|-?nr\.?|-?id)?|vorgang(?:s?nummer|s?-?nr\.?)?|vorgangs?-?nr\.?|fall(?:nummer|-?nr\.?)|"
    r"aktenzeichen|az\.|buchung(?:s?nummer|s?-?nr\.?|scode)?|buchungs?-?nr\.?|reservierung(?:s?nummer)?|"
    r"retoure(?:n?nummer|n?-?nr\.?)?|rücksendung(?:s?nummer)?|rma(?:-?nummer|-?nr\.?)?|"
    r"gutschein(?:code|nummer|-?nr\.?)?|voucher(?:\s+code)?|gift\s+card|geschenkkarte|"
    r"serien-?nummer|serien-?nr\.?|s/n|sn|seriennr\.?|serial(?:\s+number|\s+no\.?)?|"
    r"(?:strom|gas|wasser|wärme)?zähler(?:nummer|-?nr\.?|stand)?|mprn|mpan|zählpunkt(?:bezeichnung)?|meter(?:\s+number|\s+no\.?)?|artikel(?:nummer|-?nr\.?)?|art\.?-?nr\.?|"
    r"item(?:\s+number|\s+no\.?)?|article(?:\s+number)?|sku|ean|gtin|isbn|modell(?:nummer|-?nr\.?)?|"
    r"model(?:\s+number|\s+no\.?)?|typ(?:nummer)?|produkt(?:nummer|-?nr\.?)?|lizenz(?:schlüssel|key)?|"
    r"licen[cs]e(?:\s+key)?|product\s+key|version|firmware|build|release|update|"
    r"order(?:\s+number|\s+no\.?|\s+id)?|invoice(?:\s+number|\s+no\.?)?|ticket(?:\s+number)?|"
    r"case(?:\s+number|\s+no\.?|\s+id)?|reference(?:\s+number|\s+no\.?)?|ref\.?|booking(?:\s+reference|\s+number)?|"
    r"return(?:\s+number|\s+label)?|delivery(?:\s+number|\s+note)?|shipment|parcel|consignment|"
    r"personal(?:nummer|-?nr\.?)|personnel\s+number|employee\s+(?:id|number)|mitarbeiter(?:nummer|-?nr\.?)|"
    r"steuerklasse|kassenzeichen|mandatsreferenz|transaktions?(?:nummer|-?id)|transaction(?:\s+id)?|"
    r"fehler(?:code)?|error(?:\s+code)?|code|kit|charge|los(?:nummer)?|batch|pin|puk|tan|"
    r"ik(?:-?nummer)?|institutionskennzeichen|bic|swift|blz|tarif|imei|meid|iccid)"
)


def _grouped_label(label: str) -> str:
    """A "(?:a|b|c)" label alternation regrouped by first letter (see `grouped`)."""
    assert label.startswith("(?:") and label.endswith(")")
    return "(?:" + grouped(label[3:-1]) + ")"


_CASE_REF = FoldedPattern(
    r"\b" + _grouped_label(CASE_LABEL) + r"(?![\w])[\s:#.\-]*"
    # "Vorgangsnummer der Polizei 0412-…", "reference from the council 88-…": the issuer named between
    r"(?:(?:der|des|bei|beim|von|vom|of|from|at)[ \t]+[a-zäöüß]{3,20}[ \t]+)?"
    r"(?:(?:nr|no|nummer|number|id|is|ist|lautet|von|vom|zu|zur|hat|has|die|the|der|:)\.?[\s:#\-]*){0,3}"
    # "1Z 999 AA1 01 2345 6784", "1 APA 01 2345 6789": groups of digits and letters
    r"(?P<value>(?:[A-Z]{1,4}[\s\-]?)?\d[\dA-Z]*(?:[\-/.][\dA-Z]+)*"
    r"(?:\s(?:\d{2,}|[A-Z]{1,3}\d[\dA-Z]*|\d[A-Z][\dA-Z]*|[A-Z]{2,4}(?=\s\d))(?=[\s,.;)]|$))*)"
)


def case_reference_spans(text: str) -> list[tuple[int, int]]:
    """Spans of values announced as order, invoice, tracking, product ... numbers."""
    return [m.span("value") for m in _CASE_REF.finditer(text, fold(text))]


def inside_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """True when [start, end) overlaps one of `spans`."""
    return any(s < end and start < e for s, e in spans)


def _literal_head(alternative: str) -> bool:
    first = alternative[:1]
    return (first.isalnum() or first in "'&") and alternative[1:2] not in ("?", "*", "{", "+")


def trie_alternation(alternatives: list[str], depth: int = 4) -> str:
    """One alternation matching exactly what "|".join(alternatives) matches, as a prefix tree.

    Consecutive alternatives that open with a literal character are grouped by that character,
    recursively (`depth` characters deep), so a long word list costs a few comparisons per position
    instead of one per word. Order is kept where it matters: a block of literal alternatives stays
    between the non-literal ones around it, and inside a block only alternatives with different
    first characters (which never match at the same place) change places.
    """
    parts: list[str] = []
    block: list[str] = []

    def flush() -> None:
        if not block:
            return
        groups: dict[str, list[str]] = {}
        for alternative in block:
            groups.setdefault(alternative[0], []).append(alternative[1:])
        for first, rests in groups.items():
            if len(rests) == 1 or depth <= 1:
                inner = "|".join(rests)
            else:
                inner = trie_alternation(rests, depth - 1)
            parts.append(re.escape(first) + (f"(?:{inner})" if len(rests) > 1 or "|" in inner else inner))
        block.clear()

    for alternative in alternatives:
        if alternative and _literal_head(alternative):
            block.append(alternative)
        else:
            flush()
            parts.append(alternative)
    flush()
    return "|".join(parts)


def expanded_alternatives(alternation: str) -> list[str]:
    """The top-level alternatives of `alternation`, leading "(?:a|b)" groups expanded (same matches, same order)."""
    return [expanded for a in top_level_alternatives(alternation) for expanded in _expand_leading_group(a)]
