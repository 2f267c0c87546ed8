"""Structural PERSON rules (round 11), cases written from the guidelines (PERSON row, span rules 1 and 4)."""

import pytest

from compliance.redaction import detect


def persons(text, lang="de"):
    return [e.text for e in detect(text, lang).entities if e.type == "PERSON"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mädchenname: Przybylski", ["Przybylski"]),
        ("Name des Kontoinhabers: Hedwig Albers", ["Hedwig Albers"]),
        ("Name on card: tamsin poole", ["tamsin poole"]),
        ("Rufname: Bobbi", ["Bobbi"]),
    ],
)
def test_any_label_ending_in_name_announces_a_person(text, expected):
    assert persons(text, "en" if "card" in text else "de") == expected


@pytest.mark.parametrize(
    "text",
    ["Produktname: Komfort Plus", "Benutzername: gartenfee77", "Name des Hotels: Seeblick", "Tarifname: Basis"],
)
def test_labels_naming_things_announce_no_person(text):
    assert persons(text) == []


def test_label_value_that_is_an_organisation_is_no_person():
    assert persons("Empfänger: Kundenservice Möbelversand Süd\nBetreff: Rückgabe") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mein Geburtsname ist Wagner, bitte ändern.", ["Wagner"]),
        ("Geburtsname Nowak, verheiratet seit Mai.", ["Nowak"]),
        ("Das K steht für Krüger, meinen Mädchennamen.", ["Krüger"]),
    ],
)
def test_compound_name_words_without_colon(text, expected):
    assert persons(text) == expected


def test_holder_named_without_a_colon():
    assert persons("Please pay it back to my account. The account holder is Oyelaran Adebisi.", "en") == [
        "Oyelaran Adebisi"
    ]
    assert persons("Kontoinhaberin ist Frau Grünwald.") == ["Grünwald"]


def test_lowercase_title_before_a_listed_surname():
    assert persons("paket bitte bei hr. hoffmann im erdgeschoss abgeben") == ["hoffmann"]
    assert persons("meine frau hat das bestellt") == []


def test_lowercase_given_name_after_a_closing():
    assert persons("danke fürs schnelle tauschen! vg petra") == ["petra"]


def test_chat_turn_opening_with_bin():
    text = "Kunde: hi\nKunde: bin lukas, ich komme nicht ins konto"
    assert persons(text) == ["lukas"]


def test_lowercase_unlisted_given_name_before_a_listed_surname_after_an_introduction():
    assert persons("hi this is brynn kowalski about my refund", "en") == ["brynn kowalski"]


def test_repeat_of_a_surname_after_an_article_and_adjective_is_a_word():
    text = "Bitte an Herrn Vogel senden. Der kleine Vogel auf der Tasse ist abgeplatzt."
    assert persons(text) == ["Vogel"]


def test_repeat_of_a_single_word_name_after_an_article_is_the_word():
    text = "Danke, Frau Sommer. Im Sommer sind wir verreist."
    assert persons(text) == ["Sommer"]


def test_repeat_inside_a_company_name_is_no_person():
    text = "Viele Grüße\nHanna Petersen\nInhaberin\nPetersen Gartenbau\nTel. 04321 55 66 77"
    assert persons(text) == ["Hanna Petersen"]
    text = "Grüße\nBjörn Lüth\nLüth Holzbau e.K."
    assert persons(text) == ["Björn Lüth"]


def test_trade_ending_in_erei_before_a_surname_names_a_business():
    text = "Gruß\nNilay Doğan\nPolsterei Doğan\nMarktstraße 2"
    assert persons(text) == ["Nilay Doğan"]


def test_given_name_before_a_repeated_surname_in_english():
    text = 'Please address it to Mr Babatunde Oyewole. The old one said "Tunde Oyewole".'
    assert persons(text, "en") == ["Babatunde Oyewole", "Tunde Oyewole"]


def test_nationality_words_and_festivals_are_no_names():
    assert persons("Passport no. C01X00T47 (Spanish), renewal please", "en") == []
    assert persons("We're fasting for Ramadan, please deliver after sunset.", "en") == []


def test_common_short_forms_of_given_names():
    assert persons("hey its becks again, any news?", "en") == ["becks"]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Please deliver to Oghenekaro Eze, 4 Ring Road, Benin City 300001.", "en", ["Oghenekaro Eze"]),
        ("Lieferung an: Tjorven Haak, Apt 3, 8 Harbour Street, Whitby YO21 3DN", "en", ["Tjorven Haak"]),
        ("Neue Adresse: Bäckerei Kraus, Hauptstr. 5, 12345 Dorf", "de", []),
    ],
)
def test_addressee_before_a_street_address(text, lang, expected):
    assert persons(text, lang) == expected


def test_place_named_after_someone_is_no_person():
    assert persons("It goes to 3 Bode Thomas Street, Victoria Island, Lagos.", "en") == []


def test_dash_sign_off_followed_by_a_role():
    text = "The printer queue hangs again after the update. – Anselm Krätzig, office manager"
    assert persons(text, "en") == ["Anselm Krätzig"]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("kind regards\noluwaseun adeyemi", "en", ["oluwaseun adeyemi"]),
        ("lg\nanja müller\nPS: noch was", "de", ["anja müller"]),
        ("hallo, hier ist tobi aus der 3b, wollte fragen ob", "de", ["tobi"]),
    ],
)
def test_lowercase_name_takes_the_sign_off_line_but_no_function_word(text, lang, expected):
    assert persons(text, lang) == expected
