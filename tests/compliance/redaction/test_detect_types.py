"""Per-type detection: valid values in several formats, look-alikes left alone."""

import pytest

from compliance.redaction import detect


def found(text, lang="de"):
    return [(e.type, e.text) for e in detect(text, lang).entities]


def types_found(text, lang="de"):
    return {e.type for e in detect(text, lang).entities}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bitte an meine private Adresse marta.kern@web.de schreiben.", "marta.kern@web.de"),
        ("Mail: marta.kern(at)web.de", "marta.kern(at)web.de"),
        ("Kontakt j.kern@shop-beispiel.de (meine Adresse bei der Arbeit)", "j.kern@shop-beispiel.de"),
        ("Meine Adresse ist TOM.B_1990@GMAIL.COM", "TOM.B_1990@GMAIL.COM"),
    ],
)
def test_email_is_found_in_several_spellings(text, value):
    assert ("EMAIL", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ich habe an service@shop.de geschrieben, aber keine Antwort bekommen.",
        "Die Mail kam von noreply@versand.example, ist das echt?",
        "Bitte die Rechnung an rechnung@firma.de schicken?",
    ],
)
def test_role_mailboxes_are_not_personal(text):
    assert "EMAIL" not in types_found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rückruf bitte an 0381 4409 227", "0381 4409 227"),
        ("Tel.: +49 (0)30 123 45 67", "+49 (0)30 123 45 67"),
        ("Meine Handynummer: 0172-6619024", "0172-6619024"),
        ("Erreichbar unter 0551 / 79 44 18, ab 18 Uhr.", "0551 / 79 44 18"),
        ("Call me on +44 7700 900 233 please", "+44 7700 900 233"),
        ("You can reach me at (212) 555-0187.", "(212) 555-0187"),
        ("Fax 030/1234568", "030/1234568"),
    ],
)
def test_phone_numbers_are_found_in_several_formats(text, value):
    assert ("PHONE", value) in found(text, "en" if text.startswith(("Call", "You")) else "de")


@pytest.mark.parametrize(
    "text",
    [
        "Ihre Hotline 0800 444 7788 ist nie erreichbar.",
        "Ich habe Ihre Servicenummer 01806 123456 angerufen.",
        "Bestellung 0172661902 ist noch nicht da.",
        "Geliefert am 02.12.2024 um 14:30.",
        "Der Preis ist 1.299,00 € statt 999,00 €.",
    ],
)
def test_hotlines_dates_and_order_numbers_are_not_phones(text):
    assert "PHONE" not in types_found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bitte auf DE89 3704 0044 0532 0130 00 erstatten.", "DE89 3704 0044 0532 0130 00"),
        ("IBAN: DE89370400440532013000", "DE89370400440532013000"),
        ("iban de89 3704 0044 0532 0130 00 bitte", "de89 3704 0044 0532 0130 00"),
        ("Please refund to NL42 TRIO 3321 7819 36, thanks", "NL42 TRIO 3321 7819 36"),
        ("Mein Konto: GB82 WEST 1234 5698 7654 32 Danke", "GB82 WEST 1234 5698 7654 32"),
        ("IBAN: DE89-3704-0044-0532-0130-00", "DE89-3704-0044-0532-0130-00"),
        ("IBAN DE 89 3704 0044 0532 0130 00.", "DE 89 3704 0044 0532 0130 00"),
        ("IBAN DE89.3704.0044.0532.0130.00 danke", "DE89.3704.0044.0532.0130.00"),
    ],
)
def test_iban_is_found_with_and_without_spaces_any_case(text, value):
    assert ("IBAN", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Meine IBAN DE89 3704 0044 0532 0130 01 (Tippfehler?)",
        "Muster: DE00 0000 0000 0000 0000 00",
        "Die IBAN endet auf 1234, BIC COBADEFFXXX.",
        "Konto DE** **** **** **** **30 00",
        "Vorgang DE89370400440532013000-2 ist abgeschlossen.",
    ],
)
def test_invalid_masked_and_placeholder_ibans_are_not_found(text):
    assert "IBAN" not in types_found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kreditkarte 4027 5159 0272 8953 bitte hinterlegen", "4027 5159 0272 8953"),
        ("My card 5305939384813853 was charged twice", "5305939384813853"),
        ("Karte 4111-1111-1111-1111", "4111-1111-1111-1111"),
        ("Kreditkarte 4111.1111.1111.1111", "4111.1111.1111.1111"),
    ],
)
def test_credit_cards_are_found_with_separators(text, value):
    assert ("CREDIT_CARD", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Karte mit Endung 7311 wurde belastet, gültig bis 12/27.",
        "Karte **** **** **** 7311",
        "EAN 4006381333931 ist falsch ausgezeichnet.",
        "Kartennummer 4027 5159 0272 8954",
        "Sendung 00340434161422118830 hängt fest.",
        "Gesamtwert 4.111.111.111.111.111,00 Punkte",
    ],
)
def test_masked_cards_ean_and_tracking_numbers_are_not_cards(text):
    assert "CREDIT_CARD" not in types_found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Meine Steuer-ID ist 64 553 810 294.", "64 553 810 294"),
        ("Steuer-ID 75291436060", "75291436060"),
        ("Steuernummer 21/815/08150", "21/815/08150"),
        ("meine Steuernummer: 013 815 08153", "013 815 08153"),
        ("Steuer-ID 65-929-970-489", "65-929-970-489"),
    ],
)
def test_tax_ids_are_found(text, value):
    assert ("TAX_ID", value) in found(text)


def test_tax_id_with_wrong_checksum_is_not_found():
    assert "TAX_ID" not in types_found("Steuer-ID 64 553 810 295 (Beispiel)")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("unsere USt-IdNr. DE333429698", "DE333429698"),
        ("My VAT ID is ATU87703548, please", "ATU87703548"),
    ],
)
def test_vat_ids_are_found(text, value):
    assert ("VAT_ID", value) in found(text)


def test_vat_id_with_wrong_checksum_is_not_found():
    assert "VAT_ID" not in types_found("Format wie DE123456789 oder so")


@pytest.mark.parametrize(
    ("text", "value", "entity_type"),
    [
        ("Rentenversicherungsnummer 43 181065 E 052", "43 181065 E 052", "SOCIAL_SECURITY_NUMBER"),
        ("RV-Nr. 65170839J003", "65170839J003", "SOCIAL_SECURITY_NUMBER"),
        ("Versichertennummer C962776928", "C962776928", "HEALTH_INSURANCE_NUMBER"),
        ("KVNR A123456780", "A123456780", "HEALTH_INSURANCE_NUMBER"),
        ("KVNR: A 123 456 780", "A 123 456 780", "HEALTH_INSURANCE_NUMBER"),
        ("kvnr a123456780", "a123456780", "HEALTH_INSURANCE_NUMBER"),
    ],
)
def test_social_and_health_insurance_numbers_are_validated(text, value, entity_type):
    assert (entity_type, value) in found(text)


def test_kvnr_with_wrong_check_digit_is_not_found():
    assert "HEALTH_INSURANCE_NUMBER" not in types_found("Versichertennummer A123456781")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ausweisnummer RRK2CT7G5, reicht das?", "RRK2CT7G5"),
        ("my passport number: 641522984.", "641522984"),
        ("Führerscheinnummer B072RRE2I55", "B072RRE2I55"),
    ],
)
def test_id_documents_are_found_after_their_label(text, value):
    assert ("ID_DOCUMENT", value) in found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Router-IP ist 192.168.2.1", "192.168.2.1"),
        ("Our WAN IP 31.17.220.84 is blocked", "31.17.220.84"),
        ("IPv6 2001:db8::1 geht nicht", "2001:db8::1"),
    ],
)
def test_ip_addresses_are_found(text, value):
    assert ("IP_ADDRESS", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Firmware 1.4.0.2 oder 1.4.1?",
        "Die App zeigt Version 6.1.0.4",
        "Als DNS nutze ich 1.1.1.1",
    ],
)
def test_versions_and_public_resolvers_are_not_ip_addresses(text):
    assert "IP_ADDRESS" not in types_found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kundennummer 57927965", "57927965"),
        ("Kd.Nr. 2056952 – neue Adresse", "2056952"),
        ("my customer number is 95777245.", "95777245"),
        ("Vertragsnummer: VK-4411-23", "VK-4411-23"),
        ("DHL Postnummer 147859190", "147859190"),
        ("Mitgliedsnummer 88231", "88231"),
    ],
)
def test_customer_numbers_are_found_by_their_label(text, value):
    assert ("CUSTOMER_NUMBER", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bestellung 4410982 ist unvollständig.",
        "Rechnung 2025-3381 wurde doppelt abgebucht.",
        "Ticket #552310, bitte schließen.",
        "Seriennummer 21-88412-B, gekauft am 12.01.2025.",
        "order 99120-443 arrived broken",
        "Der Preis von 12,99 € stimmt nicht.",
    ],
)
def test_case_references_and_prices_are_not_personal_data(text):
    assert detect(text).entities == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Renate Fischer, geboren am 28.02.1949.", "28.02.1949"),
        ("Geburtsdatum: 3. März 1985", "3. März 1985"),
        ("Date of birth 14 February 1988.", "14 February 1988"),
        ("I was born 09/10/1983.", "09/10/1983"),
        ("Ich bin Jahrgang 1962.", "1962"),
        ("sein Geburtstag am 3. Juni", "3. Juni"),
    ],
)
def test_birth_dates_are_found_in_context(text, value):
    assert ("DATE_OF_BIRTH", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bestellt am 02.12.2024, geliefert am 05.12.2024.",
        "Ich bin 67 und brauche Hilfe.",
        "Termin am 3. Juni um 10 Uhr.",
    ],
)
def test_other_dates_and_ages_are_not_birth_dates(text):
    assert "DATE_OF_BIRTH" not in types_found(text)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Neue Adresse: Lerchenweg 17, 49084 Osnabrück.", ["Lerchenweg 17", "49084 Osnabrück"]),
        ("Kölner Str. 211, 40227 Düsseldorf", ["Kölner Str. 211", "40227 Düsseldorf"]),
        ("Paket an Packstation 118, 24937 Flensburg", ["Packstation 118", "24937 Flensburg"]),
        ("Am Anger 3-5 in Bad Tölz", ["Am Anger 3-5", "Bad Tölz"]),
        ("send it to 31 Harcourt Street\nDublin D02 W327", ["31 Harcourt Street", "Dublin D02 W327"]),
        ("27 Baker Lane, London SW1A 1AA", ["27 Baker Lane", "London SW1A 1AA"]),
        ("Hauptstr. 5a, D-80636 München", ["Hauptstr. 5a", "D-80636 München"]),
    ],
)
def test_addresses_are_split_into_street_and_place(text, values):
    got = found(text, "en" if text[0].isdigit() or text.startswith("send") else "de")
    for value in values:
        assert ("ADDRESS", value) in got


@pytest.mark.parametrize(
    "text",
    [
        "Liefern Sie auch nach 24937?",
        "Ich wohne in Hamburg, gibt es dort eine Filiale?",
        "Is your office at 1 Canada Square open on Saturdays?",
        "Ich habe im Jahr 2021 bestellt, am Montag 3 Pakete.",
        "Der Parkplatz 12 ist belegt.",
    ],
)
def test_places_without_a_persons_address_are_not_addresses(text):
    assert "ADDRESS" not in types_found(text, "en" if text.startswith("Is") else "de")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Lieferadresse: 12 rue de la Paix, 75002 Paris", ["12 rue de la Paix", "75002 Paris"]),
        ("Mijn adres: Keizersgracht 123, 1015 CJ Amsterdam", ["Keizersgracht 123", "1015 CJ Amsterdam"]),
        ("Postfach 10 02 33, 20002 Hamburg", ["Postfach 10 02 33", "20002 Hamburg"]),
        ("Name: Anna Weber\nPLZ: 10115\nOrt: Berlin", ["10115", "Berlin"]),
    ],
)
def test_foreign_streets_po_boxes_and_form_fields_are_addresses(text, values):
    got = found(text)
    for value in values:
        assert ("ADDRESS", value) in got


@pytest.mark.parametrize(
    ("text", "city"),
    [("Neue Adresse: Lindenweg 3, Bad Tölz", "Bad Tölz"), ("Hauptstraße 5\nMusterstadt", "Musterstadt")],
)
def test_city_completing_a_street_address_is_an_address(text, city):
    assert ("ADDRESS", city) in found(text)


def test_flat_details_after_a_street_are_not_part_of_the_address():
    assert found("Hauptstraße 5, Whg. 12") == [("ADDRESS", "Hauptstraße 5")]


def test_the_businesss_own_branch_address_is_not_personal():
    assert "ADDRESS" not in types_found("Wann öffnet die Filiale in der Königstraße 20?")


def test_birth_date_before_the_word_geboren():
    assert ("DATE_OF_BIRTH", "29.02.1988") in found("Ich bin am 29.02.1988 geboren, das Formular lehnt es ab.")
