"""Structural address rules (round 11), cases written from the guidelines (ADDRESS row, span rules)."""

import pytest

from compliance.redaction import detect


def addresses(text, lang="de"):
    return [e.text for e in detect(text, lang).entities if e.type == "ADDRESS"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a street without a street word, anywhere before "<postcode> <city>"
        ("Bitte schicken Sie es an Kleine Freiheit 7, 22767 Hamburg.", ["Kleine Freiheit 7", "22767 Hamburg"]),
        ("Neue Lieferadresse Zeil 88 in 60313 Frankfurt, danke", ["Zeil 88", "60313 Frankfurt"]),
        ("wohne jetzt in der Ostertorsteinweg 12 28203 Bremen", ["Ostertorsteinweg 12", "28203 Bremen"]),
        ("Oberdorf 4 · 87545 Burgberg", ["Oberdorf 4", "87545 Burgberg"]),
        # a preposition with an article opens the street
        ("Anschrift:\nUnter der Linde 2b\n01067 Dresden", ["Unter der Linde 2b", "01067 Dresden"]),
        ("Zwischen den Gärten 9, 50667 Köln", ["Zwischen den Gärten 9", "50667 Köln"]),
        # postcodes of other countries, next to a street
        ("Rechnung an Solon Papadakis, Stadiou 17, 105 59 Athina bitte.", ["Stadiou 17", "105 59 Athina"]),
        ("Proszę wysłać: ul. Lipowa 3, 80-240 Gdańsk", ["ul. Lipowa 3", "80-240 Gdańsk"]),
        ("Hauptplatz 11, 8010 Graz", ["Hauptplatz 11", "8010 Graz"]),
        # a lowercase city after a postcode, next to a street
        ("liefert bitte an Mühlenkamp 30 22303 hamburg", ["Mühlenkamp 30", "22303 hamburg"]),
    ],
)
def test_street_before_a_postcode_and_city(text, expected):
    assert addresses(text) == expected


def test_label_words_before_the_street_stay_outside():
    assert addresses("Lieferadresse Lange Koppel 3, 24111 Kiel") == ["Lange Koppel 3", "24111 Kiel"]


def test_a_number_phrase_before_a_postcode_is_no_street():
    assert addresses("Bestellung 12, 10115 Berlin ist noch offen") == ["10115 Berlin"]
    assert addresses("Ich brauche 3 Stück, Größe 42 10115 Berlin") == ["10115 Berlin"]


def test_street_lines_in_the_writers_signature_block():
    text = "Danke für die schnelle Hilfe.\n\nViele Grüße\nGesa Lorenzen\nDorfanger 6\nHusum"
    assert addresses(text) == ["Dorfanger 6", "Husum"]
    text = "Thanks again.\n\nKind regards,\nMaeve Quinlan\n7 Larkfield\nGalway"
    assert addresses(text, "en") == ["7 Larkfield", "Galway"]


def test_signature_lines_that_are_no_street_stay():
    assert addresses("Grüße\nJan\nVersion 12") == []
    assert addresses("Cheers\nAmy\n3 Days left", "en") == []


def test_lowercase_street_with_unambiguous_street_word():
    assert addresses("hab das paket beim nachbarn (rosenstr 8) abgegeben") == ["rosenstr 8"]
    assert addresses("der rückweg 3 tage") == []


def test_more_english_street_abbreviations_and_ordinals():
    assert addresses("New address: 402 Maple Dr, Apt 2", "en") == ["402 Maple Dr"]
    assert addresses("ship to 9, 2nd Main Road, Bengaluru 560041", "en") == ["9, 2nd Main Road", "Bengaluru 560041"]


def test_canadian_and_irish_postcodes_with_their_city():
    assert addresses("55 King St W\nToronto, ON M5K 1A2", "en") == ["55 King St", "Toronto, ON M5K 1A2"]
    assert addresses("12 Mill Street, Dublin 8, D08 T6X4", "en") == ["12 Mill Street", "Dublin 8, D08 T6X4"]


def test_lowercase_postcode_and_city_after_the_postcode_was_asked_for():
    text = "Agent: Ich brauche noch Ihre Postleitzahl.\nKunde: 28195 bremen"
    assert addresses(text) == ["28195 bremen"]
    assert addresses("ich habe 12345 punkte gesammelt") == []


@pytest.mark.parametrize(
    "text",
    [
        "105 63 Athina",
        "31-155 Kraków",
        "12345 berlin",
        "1234 AB Den Haag",
        "SW1A 1AA",
        "x 1234\tÄrger",
        "5 AB",
        "5  AB",
        "Bestellung 1234567 vom 3.4.",
        "no digits here",
    ],
)
def test_number_gates_agree_with_the_gate_patterns(text):
    from compliance.redaction import addresses

    gates = addresses._number_gates(text)
    assert gates.postcode_word == bool(addresses._POSTCODE_WORD.search(text))
    assert gates.four_digits_word == bool(addresses._FOUR_DIGITS_WORD.search(text))
    assert gates.any_postcode_word == bool(addresses._ANY_POSTCODE_WORD.search(text))
    assert gates.digit_capitals == bool(addresses._DIGIT_CAPITALS.search(text))
    assert gates.postcode_lower >= bool(addresses._POSTCODE_LOWER.search(text))
