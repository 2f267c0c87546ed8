"""Structural fallbacks (round 11): rules derived from the guidelines that generalise beyond single phrases."""

import re

import pytest

from compliance.redaction import detect, special


def found(text, lang="de"):
    return [(e.type, e.text) for e in detect(text, lang).entities]


def categories(text, lang="de"):
    return detect(text, lang).special_categories


# ---------------------------------------------------------------- Art. 9 pre-scan
def test_top_level_alternatives_respect_groups_classes_and_escapes():
    parts = special._top_level_alternatives(r"ab|(?:c|d)e|[|x]y|f\|g|h")
    assert parts == ["ab", "(?:c|d)e", "[|x]y", r"f\|g", "h"]


@pytest.mark.parametrize(
    "text",
    [
        "meine tochter hat asthma und ich bin in der gewerkschaft",
        "ich zahle kirchensteuer, seit ich getauft wurde",
        "as a kurdish woman and a labour party member i fingerprint nothing",
        "nothing to see here, just an order",
    ],
)
def test_grouped_pre_scan_finds_the_same_categories_as_the_single_patterns(text):
    direct = {c for c, p in special._PATTERNS.items() if p.search(text)}
    scanned = {
        c
        for m in special._ANY_CATEGORY.finditer(text)
        for c, p in special._PATTERNS.items()
        if p.match(text, m.start())
    }
    assert scanned == direct
    assert re.compile(special._ANY_CATEGORY.pattern)  # still one valid pattern
