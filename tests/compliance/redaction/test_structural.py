"""Structural fallbacks (round 11): rules derived from the guidelines that generalise beyond single phrases."""

import re

import pytest

from compliance.redaction import detect, special
from compliance.redaction.context import grouped, top_level_alternatives


def found(text, lang="de"):
    return [(e.type, e.text) for e in detect(text, lang).entities]


def categories(text, lang="de"):
    return detect(text, lang).special_categories


# ---------------------------------------------------------------- Art. 9 pre-scan
def test_top_level_alternatives_respect_groups_classes_and_escapes():
    parts = top_level_alternatives(r"ab|(?:c|d)e|[|x]y|f\|g|h")
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


@pytest.mark.parametrize(
    "alternation, text",
    [
        (r"ab|abc|b\w+|ac", "xx abc ac bcd"),
        (r"(?:x|y)z|ab|abc", "yz abc"),
        (r"ab|abc|(?:x|y)z", "yz abc"),
        (r"ab|(?:x|y)z|abc", "yz abc"),
        (r"(?:strom|gas)?zähler|za|s\w", "gaszähler stromzähler zähler zahl so"),
        (r"(?:ab|a)c|(?:x|y)*z", "abc ac xyz"),
    ],
)
def test_grouped_alternation_matches_exactly_what_the_plain_one_matches(alternation, text):
    plain = [m.span() for m in re.finditer(alternation, text)]
    assert [m.span() for m in re.finditer(grouped(alternation), text)] == plain


# ---------------------------------------------------------------- Art. 9, round 11
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Meine Tochter hat Scharlach, wir müssen den Kurs absagen.", "de"),
        ("Ich habe eine Mittelohrentzündung und kann nicht fliegen.", "de"),
        ("Mein Mann hat starke Rückenschmerzen, bitte liefern Sie bis in die Wohnung.", "de"),
        ("Ich bin in der 22. SSW, ist der Sitz dafür geeignet?", "de"),
        ("I'm due in June – is the cot available before then?", "en"),
        ("My son takes Ritalin, can the school pharmacy order it?", "en"),
        ("Ich nehme Marcumar – darf ich das Präparat trotzdem einnehmen?", "de"),
    ],
)
def test_conditions_pregnancy_and_medication_are_health(text, lang):
    assert "HEALTH" in categories(text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Seit gestern haben wir eine Netzstörung im ganzen Haus.", "de"),
        ("My invoice is due in March, can I pay later?", "en"),
        ("Führen Sie Produkte gegen Erkältung?", "de"),
    ],
)
def test_outages_invoices_and_product_questions_are_not_health(text, lang):
    assert "HEALTH" not in categories(text, lang)


def test_an_animals_dna_test_is_not_genetic():
    assert categories("Der DNA-Test unserer Katze zeigt eine Maine-Coon-Mischung, welches Futter passt?") == []


def test_paternity_test_result_is_genetic():
    assert "GENETIC" in categories("Laut Vaterschaftstest ist mein Ex-Partner nicht der Vater unseres Sohnes.")


def test_campaigning_for_a_party_is_political():
    assert "POLITICAL_OPINION" in categories("I volunteer for the Green campaign and need 200 flyers.", "en")
    assert "POLITICAL_OPINION" in categories("Wir brauchen Tische für unseren SPD-Infostand.")


def test_deletion_of_a_face_template_asked_by_the_writer_is_biometric():
    text = "I verified my account by video. Please confirm the face template has been deleted."
    assert "BIOMETRIC" in categories(text, "en")
