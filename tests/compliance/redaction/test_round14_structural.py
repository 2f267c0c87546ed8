"""Round 14: labels the span detectors missed (GUIDELINES.md section 3), each with a look-alike left alone."""

import pytest

from compliance.redaction import detect


def spans(text, lang="de"):
    return [(text[e.start : e.end], e.type) for e in detect(text, lang).entities]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # The dot of "Nr." ends no sentence between an ID label and its value.
        ("Der Hausmeister will meinen Ausweis sehen, Nr. T22001129, geht das?", "de", ("T22001129", "ID_DOCUMENT")),
        (
            "Second driver: Sam Harris, licence no. HARRI702119AB9CD, full since 2019.",
            "en",
            ("HARRI702119AB9CD", "ID_DOCUMENT"),
        ),
        # A remark in brackets between the birth-date label and its colon.
        ("Geburtsdatum (für die Legitimation): 14.07.1956", "de", ("14.07.1956", "DATE_OF_BIRTH")),
        # A moving form's "new" and "old" address fields.
        ("Neue PLZ: 04109\nNeuer Ort: Leipzig", "de", ("04109", "ADDRESS")),
        ("Neue PLZ: 04109\nNeuer Ort: Leipzig", "de", ("Leipzig", "ADDRESS")),
        ("Old postcode: LS6 2AB", "en", ("LS6 2AB", "ADDRESS")),
    ],
)
def test_value_is_found(text, lang, expected):
    assert expected in spans(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Bitte den Ausweis mitbringen. Nr. 12 ist Ihre Wartenummer.", "de"),
        ("Neue Bestellung: 3 Stück, neuer Liefertermin: 14.07.2025", "de"),
    ],
)
def test_look_alike_is_not_found(text, lang):
    assert spans(text, lang) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A common Turkish surname that is also the German word for a curate.
        ("Können Sie mir eine Bestätigung schicken?\nEmre Kaplan\n0821 4403 196", "Emre Kaplan"),
        # Welsh, Yoruba and Bulgarian names, and a Russian surname in German transliteration.
        ("Please reserve one for collection. Name Rhodri Llewellyn, 029 2018 0447.", "Rhodri Llewellyn"),
        ("Der Untermieter wäre Stoyan Dimitrov, geb. 15.01.1999.", "Stoyan Dimitrov"),
        ("Lieferung an: Kehinde Bankole, Ahornweg 8, 04319 Leipzig", "Kehinde Bankole"),
        ("Bitte an Frau Iwanowa weiterleiten.", "Iwanowa"),
        # South Asian, Kurdish and Tyrolean names the Faker lists lack.
        ("Passport holder: Kavitha Sivakumar, travelling in May.", "Kavitha Sivakumar"),
        ("Rückruf bitte an Dilan Aktaş, danke.", "Dilan Aktaş"),
        ("NI number on file\nSunita Mistry, Accounts Payable", "Sunita Mistry"),
    ],
)
def test_name_of_a_home_country_is_found(text, name):
    assert (name, "PERSON") in spans(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kunde: hallo\nSupport (Kai): Hallo! Das geht unter Einstellungen.", "Kai"),
        ("Kundin: ich suche ein Kochbuch\nBuchberater Till: Da haben wir wenig.", "Till"),
        ("Bot: Ich leite Sie weiter.\nApothekerin Lindemann: Hallo, was kann ich tun?", "Lindemann"),
    ],
)
def test_staff_member_speaking_in_a_chat_is_a_person(text, name):
    assert (name, "PERSON") in spans(text)


def test_staff_turn_after_a_timestamp_and_with_a_homograph_name():
    text = "[14:02] Agent Will: Hi there\n[14:02] You: hi\n[14:03] Agent Will: ok"
    assert [value for value, kind in spans(text, "en") if kind == "PERSON"] == ["Will", "Will"]


def test_lowercase_homograph_surname_after_herr_is_a_person():
    assert ("fuchs", "PERSON") in spans("hallo herr fuchs, das paket ist weg")
    assert spans("meine frau sommer mag keinen winter") == []


def test_a_desk_speaking_in_a_chat_is_no_person():
    assert spans("Kunde: hallo\nSupport Center: bitte warten") == []


def test_birth_date_label_naming_whose_date():
    assert ("14.10.2022", "DATE_OF_BIRTH") in spans("Kind: Leon\nGeburtsdatum Kind: 14.10.2022")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Austrian and Swiss social security numbers (check digits validated; the Austrian one after its label).
        (
            "Meine SVNR ist 1237 010180, bitte für die Anmeldung verwenden.",
            "de",
            ("1237 010180", "SOCIAL_SECURITY_NUMBER"),
        ),
        ("AHV-Nummer: 756.9217.0769.85", "de", ("756.9217.0769.85", "SOCIAL_SECURITY_NUMBER")),
        # The writer's own IP after the organisation's API was named.
        ("403s on your API from our office IP 81.2.69.160 since 9am", "en", ("81.2.69.160", "IP_ADDRESS")),
        ("meine Identitätskarte hat die Nummer CB52114KE, gültig bis 2030", "de", ("CB52114KE", "ID_DOCUMENT")),
        ("kann ich meine Mitgliedschaft (M-330568) ruhen lassen?", "de", ("M-330568", "CUSTOMER_NUMBER")),
        ("Bitte an: Gîte du Port\n14 Rue des Mouettes\n29760 Penmarc'h", "en", ("14 Rue des Mouettes", "ADDRESS")),
        (
            "Bitte stellen Sie den Vertrag auf ihre Adresse aus: Kastanienallee 17, 06114 Halle (Saale).",
            "de",
            ("Kastanienallee 17", "ADDRESS"),
        ),
        ("first line of the address is 12 Heol Glasdwr and the postcode SA1 6AB", "en", ("12 Heol Glasdwr", "ADDRESS")),
        ("Address again: Cnoc na Gréine 4, Spiddal H91 E2K3", "en", ("Cnoc na Gréine 4", "ADDRESS")),
        (
            "Name: Jas Gill, Tel 0173 4409218, Adresse Offenbacher Landstr. 221",
            "de",
            ("Offenbacher Landstr. 221", "ADDRESS"),
        ),
        ("when I log into your web portal from home (IP 81.2.69.142) it fails", "en", ("81.2.69.142", "IP_ADDRESS")),
    ],
)
def test_more_formats_are_found(text, lang, expected):
    assert expected in spans(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ich möchte meine Mitgliedschaft zum 31.12. kündigen.", "de"),
        ("We worked hard on 3 Ard projects this year.", "en"),
        ("Ist Ihre Adresse noch Hauptstraße 5, 10115 Berlin? Dann komme ich vorbei.", "de"),
    ],
)
def test_more_look_alikes_are_not_found(text, lang):
    assert spans(text, lang) == []


def test_an_austrian_number_without_its_label_is_no_social_security_number():
    found = spans("Bestellung 1237 010180 ist angekommen.")
    assert all(kind != "SOCIAL_SECURITY_NUMBER" for _, kind in found)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Bot: Bitte nennen Sie Ihre Mitgliedsnummer.\nKundin: 6610-2207-31\nBot: Danke.",
            "de",
            ("6610-2207-31", "CUSTOMER_NUMBER"),
        ),
        ("Subscriber no. 44-1180236, new address below.", "en", ("44-1180236", "CUSTOMER_NUMBER")),
        ("Tenant ref: TL-44120\nSam Price", "en", ("TL-44120", "CUSTOMER_NUMBER")),
        ("My pass number is GX-7-11820. Thanks", "en", ("GX-7-11820", "CUSTOMER_NUMBER")),
        ("Blue Light Card no. 5521 0078 1123.", "en", ("5521 0078 1123", "CUSTOMER_NUMBER")),
        ("Meine Jahreskarten-Nr.: 0081234-C", "de", ("0081234-C", "CUSTOMER_NUMBER")),
        ("Beitragsnummer 7-1180-2291, bitte neu abbuchen.", "de", ("7-1180-2291", "CUSTOMER_NUMBER")),
        ("Jana Berg, customer 77120934", "en", ("77120934", "CUSTOMER_NUMBER")),
        ("Geburtsdatum, falls Sie es zur Prüfung brauchen: 11.05.1979", "de", ("11.05.1979", "DATE_OF_BIRTH")),
        ("Can I open an account with my BRP (no. ZR1180443) only?", "en", ("ZR1180443", "ID_DOCUMENT")),
    ],
)
def test_more_labels_are_found(text, lang, expected):
    assert expected in spans(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Our customer 12345 ordered twice, can you check?", "en"),
        ("Geburtsdatum: bitte nachreichen. Termin am 12.03.2025", "de"),
    ],
)
def test_more_label_look_alikes_are_not_found(text, lang):
    assert spans(text, lang) == []
