"""Known identifiers of the contact are always found; tenant policies shape detection."""

import pytest

from compliance.redaction import KnownIdentifiers, Policy, detect, pseudonymise


def found(text, known=None, policy=None):
    return [(e.type, e.text) for e in detect(text, "de", known=known, policy=policy).entities]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Grüße von ayse yilmaz", "ayse yilmaz"),
        ("AYŞE YILMAZ hat bestellt", "AYŞE YILMAZ"),
        ("Frau Yilmaz ruft an", "Yilmaz"),
        ("Herr Mueller war da", "Mueller"),
    ],
)
def test_known_name_is_found_in_other_spellings(text, value):
    known = KnownIdentifiers(names=["Ayşe Yılmaz", "Jörg Müller"])
    assert ("PERSON", value) in found(text, known)


def test_known_surname_that_is_a_word_is_found_only_capitalised():
    known = KnownIdentifiers(names=["Simone Lang"])
    assert found("Wie lang dauert der Versand? Danke, Lang", known) == [("PERSON", "Lang")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("schreiben Sie an Kemal.Arslan@Freenet.de", "Kemal.Arslan@Freenet.de"),
        ("kemal.arslan (at) freenet (dot) de", "kemal.arslan (at) freenet (dot) de"),
    ],
)
def test_known_email_is_found_obfuscated_and_in_any_case(text, value):
    assert ("EMAIL", value) in found(text, KnownIdentifiers(emails=["kemal.arslan@freenet.de"]))


@pytest.mark.parametrize("text_number", ["+49 172 6619024", "0172/6619024", "0049 (0)172 661 90 24", "01726619024"])
def test_known_phone_is_found_in_any_format(text_number):
    text = f"meine Nummer {text_number} bitte"
    entities = found(text, KnownIdentifiers(phones=["0172-6619024"]))
    assert ("PHONE", text_number) in entities


def test_known_customer_number_is_found_without_a_label():
    assert ("CUSTOMER_NUMBER", "kd 4711-0815") in found(
        "es geht um kd 4711-0815", KnownIdentifiers(customer_numbers=["KD47110815"])
    )


def test_custom_pattern_adds_the_tenants_customer_number_format():
    policy = Policy(custom_patterns=[("CUSTOMER_NUMBER", r"\bKL-\d{6}\b")])
    assert ("CUSTOMER_NUMBER", "KL-123456") in found("Bitte KL-123456 prüfen", policy=policy)


def test_custom_pattern_value_group_narrows_the_span():
    policy = Policy(custom_patterns=[("CUSTOMER_NUMBER", r"Abo (?P<value>\d{5})")])
    assert found("Abo 12345 kündigen", policy=policy) == [("CUSTOMER_NUMBER", "12345")]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"custom_patterns": [("CUSTOMER_NUMBER", "KL-(\\d")]}, "invalid regular expression"),
        ({"custom_patterns": [("NOT_A_TYPE", "x")]}, "unknown entity type"),
        ({"custom_patterns": [("CUSTOMER_NUMBER", "x*")]}, "matches empty text"),
        ({"modes": {"EMAIL": "delete"}}, "unknown mode"),
        ({"enabled_types": {"EMAILS"}}, "unknown entity type"),
    ],
)
def test_invalid_policy_raises_a_clear_value_error(kwargs, message):
    with pytest.raises(ValueError, match=message):
        Policy(**kwargs)


def test_disabled_types_are_not_detected():
    policy = Policy(enabled_types={"PERSON"})
    assert found("Mail an marta.kern@web.de, Gruß Marta", policy=policy) == [("PERSON", "Marta")]


def test_modes_mask_keep_and_pseudonymise_per_type():
    text = "Mail an marta.kern@web.de, Tel. 0172 6619024, Gruß Marta Kern"
    policy = Policy(modes={"EMAIL": "mask", "PHONE": "keep"})
    redacted, mapping = pseudonymise(text, detect(text, policy=policy), None, policy)
    assert redacted == "Mail an [EMAIL], Tel. 0172 6619024, Gruß [PERSON_1]"
    assert mapping.to_dict() == {"[PERSON_1]": "Marta Kern"}


def test_known_identifiers_are_found_even_when_their_type_is_disabled():
    policy = Policy(enabled_types={"PERSON"})
    known = KnownIdentifiers(emails=["marta.kern@web.de"])
    assert ("EMAIL", "marta.kern@web.de") in found("Mail an marta.kern@web.de", known, policy)
