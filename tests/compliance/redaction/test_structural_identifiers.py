"""Structural identifier rules (round 11), cases written from the guidelines (types table, section 1)."""

import pytest

from compliance.redaction import detect


def found(text, lang="de"):
    return [(e.type, e.text) for e in detect(text, lang).entities]


def of_type(text, entity_type, lang="de"):
    return [e.text for e in detect(text, lang).entities if e.type == entity_type]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Meine Gaskundennummer ist 55-201934.", ["55-201934"]),
        ("Mitgliedsausweis-Nr. 40 11 873", ["40 11 873"]),
        ("Mitgl.-Nr. 7730215, bitte prüfen", ["7730215"]),
        ("Vertr.-Nr. HV-992104", ["HV-992104"]),
        ("mein Handyvertrag Nr. 31774520 läuft aus", ["31774520"]),
        ("my member ID is 88120455", ["88120455"]),
        ("customer reference number CR-55102", ["CR-55102"]),
        ("Meine Mitgliedsnummer beim ADAC ist 118 422 907.", ["118 422 907"]),
        ("Policennummer (Hausrat): HR-7719034", ["HR-7719034"]),
        ("Ich bin seit Jahren Kunde, unter der Nummer 5521 0098.", ["5521 0098"]),
    ],
)
def test_customer_number_labels_in_any_compound(text, expected):
    lang = "en" if text.startswith(("my", "customer")) else "de"
    assert of_type(text, "CUSTOMER_NUMBER", lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kundenbestellnummer 44120987",
        "Unsere Kundenservice-Nummer 0800 1234567",
        "customer service number 0800 123 4567",
        "Die Kartennummer 12345678 meiner Geschenkkarte",
    ],
)
def test_case_references_and_hotlines_behind_customer_words_stay(text):
    assert of_type(text, "CUSTOMER_NUMBER") == []


def test_loyalty_card_number_where_the_card_is_named():
    assert of_type("Bonuskarte verloren. Die Kartennummer war 2200 4418 3391", "CUSTOMER_NUMBER") == ["2200 4418 3391"]
    assert of_type("My Nectar points are missing, card number 9826 3011 5544 02", "CUSTOMER_NUMBER", "en") == [
        "9826 3011 5544 02"
    ]


def test_postnummer_on_its_own_line_next_to_a_packstation():
    text = "Lieferadresse:\nIlka Brandt\n1048823\nPackstation 114\n20095 Hamburg"
    assert of_type(text, "CUSTOMER_NUMBER") == ["1048823"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("bitte an paula(punkt)stern(ät)web(punkt)de", "paula(punkt)stern(ät)web(punkt)de"),
        ("meine mail: jonas punkt weber at gmx punkt de", "jonas punkt weber at gmx punkt de"),
        ("schreib mir an tkaya at gmx punkt de", "tkaya at gmx punkt de"),
    ],
)
def test_obfuscated_email_addresses(text, expected):
    assert of_type(text, "EMAIL") == [expected]


def test_a_provider_name_after_at_is_no_address_without_a_mail_cue():
    assert of_type("I had a look at web dot de yesterday", "EMAIL", "en") == []


def test_the_writers_own_business_mailbox_in_the_signature():
    text = "Bitte Rechnung neu ausstellen.\n\nViele Grüße\nLeni Marx\nMarx Keramik\nkontakt@marx-keramik.de"
    assert of_type(text, "EMAIL") == ["kontakt@marx-keramik.de"]
    text = "Ich habe schon an service@moebel.de geschrieben.\nGrüße\nLeni"
    assert of_type(text, "EMAIL") == []


def test_steuernummer_with_a_four_digit_middle_part_and_a_longer_label_gap():
    assert of_type("Steuernummer 203/5117/0825", "TAX_ID") == ["203/5117/0825"]


def test_refund_account_is_the_customers_even_after_bankverbindung():
    text = "Bankverbindung für die Rückzahlung: DE89 3704 0044 0532 0130 00"
    assert of_type(text, "IBAN") == ["DE89 3704 0044 0532 0130 00"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Anmeldung: Gero Plath, * 3.9.1961, Tarif Basis", "3.9.1961"),
        ("D.O.B.: 14-Feb-1987", "14-Feb-1987"),
        ("Meine Tochter wird am 14. Juli sieben, kommt das Rad bis dahin?", "14. Juli"),
        ("my husband turns 50 on 3 August", "3 August"),
    ],
)
def test_more_birth_date_phrasings(text, expected):
    lang = "en" if text.startswith(("my", "D.O.B")) else "de"
    assert of_type(text, "DATE_OF_BIRTH", lang) == [expected]


def test_an_age_reached_by_a_parcel_is_no_birth_date():
    assert of_type("Die Lieferung wird am 3. Dezember 2 Tage alt sein", "DATE_OF_BIRTH") == []


def test_birth_date_given_in_the_next_chat_turn():
    text = "Agent: Nennen Sie mir bitte Ihr Geburtsdatum.\nKunde: 21.6.79"
    assert of_type(text, "DATE_OF_BIRTH") == ["21.6.79"]
    text = "Geburtsdatum steht im Vertrag.\nDie Lieferung kam am 3.4.2024 an."
    assert of_type(text, "DATE_OF_BIRTH") == []


def test_date_and_time_in_a_header_is_no_phone():
    assert of_type("Gesendet: 12.11.2025 09:41\nBetreff: Reklamation", "PHONE") == []


def test_digits_read_out_one_by_one_after_a_phone_cue():
    text = "call me back on 0161 496 0733, that's 0 1 6 1 4 9 6 0 7 3 3"
    assert of_type(text, "PHONE", "en") == ["0161 496 0733", "0 1 6 1 4 9 6 0 7 3 3"]


def test_version_numbers_are_no_ip_addresses():
    assert of_type("Treiber 3.2.1.7 installiert, Router 192.168.178.1", "IP_ADDRESS") == ["192.168.178.1"]
    assert of_type("our NAS server 10.20.30.40 is down", "IP_ADDRESS", "en") == ["10.20.30.40"]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("meine Kundennummer lautet übrigens, falls Sie die brauchen, 4471-22-90", "de", ["4471-22-90"]),
        ("my membership number is on the card, it's 44 812 991", "en", ["44 812 991"]),
        ("Your reference: 99812; my client number: 552-1234", "en", ["552-1234"]),
        ("Meine Kundennummer habe ich nicht, aber die Bestellnummer ist 1002233.", "de", []),
        ("Die Kundennummer steht seit 2019 auf der Rechnung.", "de", []),
    ],
)
def test_customer_number_later_in_the_sentence_than_its_label(text, lang, expected):
    assert of_type(text, "CUSTOMER_NUMBER", lang) == expected
