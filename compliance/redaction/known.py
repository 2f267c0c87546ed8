"""Find the contact's known identifiers in whatever spelling the message uses."""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from .context import Candidate
from .identifiers import P_KNOWN
from .model import KnownIdentifiers
from .namedata import HOMOGRAPH_FIRST, HOMOGRAPH_SURNAME, STOP_WORDS

# Each letter may be written with or without its diacritic, or transliterated.
_LETTER_VARIANTS = {
    "ä": "(?:ä|ae|a)",
    "ö": "(?:ö|oe|o)",
    "ü": "(?:ü|ue|u)",
    "ß": "(?:ß|ss|s)",
    "é": "[ée]",
    "è": "[èe]",
    "ê": "[êe]",
    "ë": "[ëe]",
    "á": "[áa]",
    "à": "[àa]",
    "â": "[âa]",
    "å": "(?:å|aa|a)",
    "í": "[íi]",
    "ì": "[ìi]",
    "î": "[îi]",
    "ï": "[ïi]",
    "ı": "[ıi]",
    "ó": "[óo]",
    "ò": "[òo]",
    "ô": "[ôo]",
    "ø": "(?:ø|oe|o)",
    "ú": "[úu]",
    "ù": "[ùu]",
    "û": "[ûu]",
    "ç": "[çc]",
    "ć": "[ćc]",
    "č": "[čc]",
    "ğ": "[ğg]",
    "ş": "[şs]",
    "ś": "[śs]",
    "š": "[šs]",
    "ł": "[łl]",
    "ń": "[ńn]",
    "ñ": "[ñn]",
    "ž": "[žz]",
    "ź": "[źz]",
    "ż": "[żz]",
    "đ": "(?:đ|dj|d)",
    "ý": "[ýy]",
    "ř": "[řr]",
    "ě": "[ěe]",
    "ą": "[ąa]",
    "ę": "[ęe]",
    "i": "[iıİ]",
}
_REVERSE = [("ae", "ä"), ("oe", "ö"), ("ue", "ü"), ("ss", "ß")]


def _letter_pattern(word: str) -> str:
    base = word.lower()
    for latin, umlaut in _REVERSE:
        base = base.replace(latin, umlaut) if latin in base and umlaut not in base else base
    out = []
    for ch in base:
        if ch in _LETTER_VARIANTS:
            out.append(_LETTER_VARIANTS[ch])
        elif ch in " \t":
            out.append(r"[\s,]+")
        elif ch in "-'’.":
            out.append(r"[-'’.\s]?")
        else:
            out.append(re.escape(ch))
    return "".join(out)


@lru_cache(maxsize=2048)
def _name_regex(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])" + _letter_pattern(name) + r"(?![\w])", re.IGNORECASE)


def _find_names(text: str, names: list[str]) -> list[tuple[int, int]]:
    spans = []
    for name in names:
        name = " ".join(name.split())
        if len(name) < 2:
            continue
        spans += [m.span() for m in _name_regex(name).finditer(text)]
        for part in re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", name):
            if len(part) < 2:
                continue
            # A part that is also a word ("Lang", "Rose") counts only when capitalised.
            ambiguous = part in STOP_WORDS or part in HOMOGRAPH_FIRST or part in HOMOGRAPH_SURNAME or len(part) < 4
            spans += [m.span() for m in _name_regex(part).finditer(text) if not ambiguous or m.group()[0].isupper()]
    return spans


def _email_regex(email: str) -> re.Pattern[str]:
    local, _, domain = email.strip().lower().partition("@")
    at = r"(?:\s?@\s?|\s?[\(\[\{]\s?at\s?[\)\]\}]\s?|\s+at\s+|\s?\(ät\)\s?)"
    dot = r"(?:\.|\s?[\(\[\{]\s?(?:dot|punkt)\s?[\)\]\}]\s?|\s+(?:dot|punkt)\s+)"
    parts = [dot.join(re.escape(p) for p in local.split(".")), at, dot.join(re.escape(p) for p in domain.split("."))]
    return re.compile(r"(?<![\w.+-])" + "".join(parts) + r"(?![\w-])", re.IGNORECASE)


_DIGITS_RUN = re.compile(r"(?<![\w+])(?:\+|00)?[\d(][\d\s()./-]{4,}\d(?![\w])")


def _national(raw: str) -> str | None:
    digits = re.sub(r"[^\d+]", "", raw.replace("(0)", ""))
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    try:
        number = phonenumbers.parse(digits, "DE")
    except phonenumbers.NumberParseException:
        return None
    return str(number.national_number)


def _find_phones(text: str, phones: list[str]) -> list[tuple[int, int]]:
    wanted = {n for n in (_national(p) for p in phones) if n and len(n) >= 5}
    if not wanted:
        return []
    spans = []
    for m in _DIGITS_RUN.finditer(text):
        national = _national(m.group())
        digits = re.sub(r"\D", "", m.group())
        if national in wanted or any(len(w) >= 6 and digits.endswith(w) for w in wanted):
            spans.append(m.span())
    return spans


def _find_compact(text: str, values: list[str]) -> list[tuple[int, int]]:
    spans = []
    for value in values:
        compact = re.sub(r"[\s./-]", "", value)
        if len(compact) < 3:
            continue
        pattern = r"[\s./-]?".join(re.escape(c) for c in compact)
        spans += [m.span() for m in re.finditer(r"(?<![\w])" + pattern + r"(?![\w])", text, re.IGNORECASE)]
    return spans


def find_known(text: str, known: KnownIdentifiers) -> list[Candidate]:
    """Every occurrence of the contact's known name, e-mail, phone and customer number."""
    out = [Candidate(s, e, "PERSON", P_KNOWN) for s, e in _find_names(text, known.names)]
    for email in known.emails:
        if "@" in email:
            out += [Candidate(m.start(), m.end(), "EMAIL", P_KNOWN + 1) for m in _email_regex(email).finditer(text)]
    out += [Candidate(s, e, "PHONE", P_KNOWN) for s, e in _find_phones(text, known.phones)]
    out += [Candidate(s, e, "CUSTOMER_NUMBER", P_KNOWN) for s, e in _find_compact(text, known.customer_numbers)]
    return out
