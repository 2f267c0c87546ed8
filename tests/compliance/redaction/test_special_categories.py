"""Art. 9 flags: revealed about an identifiable person, German and English."""

import pytest

from compliance.redaction import detect


def flags(text, lang="de"):
    return detect(text, lang).special_categories


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        ("Ich habe seit der Chemo kaum Kraft, bitte in den 2. Stock tragen.", "de", "HEALTH"),
        ("Nach meiner Thrombose soll ich die Strümpfe täglich tragen.", "de", "HEALTH"),
        ("Meine Tochter hat eine Nussallergie, ist da Erdnuss drin?", "de", "HEALTH"),
        ("I have coeliac disease – is the pasta gluten-free?", "en", "HEALTH"),
        ("My husband uses a wheelchair since his stroke.", "en", "HEALTH"),
        ("Seit ich in die evangelische Kirche eingetreten bin, stimmt die Kirchensteuer nicht.", "de", "RELIGION"),
        ("Ich singe im Kirchenchor und brauche Noten.", "de", "RELIGION"),
        ("I'm a practising Hindu and don't eat beef.", "en", "RELIGION"),
        ("Ich bin Kurdin und möchte meinen Namen richtig geschrieben haben.", "de", "ETHNIC_ORIGIN"),
        ("As a person of Tamil origin I would like the form to accept my name.", "en", "ETHNIC_ORIGIN"),
        ("Ich organisiere die Klimademo am Samstag und brauche Megafone.", "de", "POLITICAL_OPINION"),
        ("I'm campaigning for the Green Party and need 500 flyers.", "en", "POLITICAL_OPINION"),
        ("Als GEW-Mitglied bekomme ich doch 10 % Rabatt?", "de", "TRADE_UNION"),
        ("I'm a member of Unite, is there a discount?", "en", "TRADE_UNION"),
        ("Mein Mann und ich möchten buchen. Viele Grüße, Thomas Schmidt", "de", "SEXUAL_ORIENTATION"),
        ("I'm gay and looking for a double room for me and my boyfriend.", "en", "SEXUAL_ORIENTATION"),
        ("My genetic test results say I'm a carrier for cystic fibrosis.", "en", "GENETIC"),
        ("Der Gentest hat bei mir eine BRCA1-Mutation gezeigt.", "de", "GENETIC"),
        ("Bitte löschen Sie meinen gespeicherten Fingerabdruck aus dem Zugangssystem.", "de", "BIOMETRIC"),
        ("Delete the voice print your phone banking created for me.", "en", "BIOMETRIC"),
    ],
)
def test_special_category_is_flagged_when_revealed(text, lang, category):
    assert category in flags(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sind die Kompressionsstrümpfe Klasse 2 auch in Schwarz lieferbar?", "de"),
        ("Is the pasta made in a gluten-free facility?", "en"),
        ("Haben Sie Produkte für Diabetiker?", "de"),
        ("Wie berechnet Ihr Programm die Kirchensteuer bei einem Minijob?", "de"),
        ("Gibt es halal Gummibärchen?", "de"),
        ("Liefern Sie an Ostern?", "de"),
        ("Ich komme aus der Türkei, kann ich ein Konto eröffnen?", "de"),
        ("Wegen des Streiks kommt die Lieferung später?", "de"),
        ("Unser Betriebsrat fragt nach Rabatten.", "de"),
        ("Die Vertragspartei hat nicht bezahlt.", "de"),
        ("I want to order a DNA test kit for my father.", "en"),
        ("Touch ID am Laptop reagiert nicht.", "de"),
        ("Meine Krankenversicherung hat einen neuen Tarif.", "de"),
        ("Unsere Katze ist krank, welches Futter empfehlen Sie?", "de"),
        ("Meine Freundin und ich möchten ein Zimmer.", "de"),
    ],
)
def test_product_questions_and_non_examples_are_not_flagged(text, lang):
    assert flags(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ich glaube, mein Paket ist verloren gegangen.", "de"),
        ("Meine Frau sucht ein Geschenk für ihre Schwester.", "de"),
        ("Ich brauche Gips für die Wand im Flur.", "de"),
        ("Sie haben mein Vertrauen verletzt, ich möchte kündigen.", "de"),
        ("Ich möchte die grüne Jacke in Größe M.", "de"),
        ("Ich hätte gerne eine Demo-Version der Software.", "de"),
        ("I would like to unite my two accounts.", "en"),
        ("I'd like to know the country of origin of the tea I bought.", "en"),
        ("Ich habe das Paket gestern entgegen genommen.", "de"),
        ("Ich bin nicht Träger der Versandkosten.", "de"),
        ("Ich brauche biometrische Passfotos für meinen Pass.", "de"),
        ("Bitte an Via Roma 12, 00184 Roma schicken.", "de"),
        ("The operation failed when I tried to log in.", "en"),
    ],
)
def test_everyday_words_that_resemble_category_terms_are_not_flagged(text, lang):
    assert flags(text, lang) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Ich bin gehbehindert und brauche die Lieferung bis an die Tür.", "HEALTH"),
        ("Ich vertrage keine Laktose, ist der Käse laktosefrei?", "HEALTH"),
        ("Wir brauchen Einladungskarten für die Taufe unseres Sohnes.", "RELIGION"),
        ("Ich bin ver.di-Mitglied, gibt es Rabatt?", "TRADE_UNION"),
        ("Ich gehe jeden Freitag auf Demos gegen Rechts und brauche eine Regenjacke.", "POLITICAL_OPINION"),
        ("Mein Gentest bei 23andMe hat ergeben, dass ich ein erhöhtes Risiko habe.", "GENETIC"),
        ("Liebe Grüße von meiner Frau und mir! Anna Schulz", "SEXUAL_ORIENTATION"),
    ],
)
def test_more_ways_of_revealing_a_category(text, category):
    assert category in flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Liefern Sie die Kerzen rechtzeitig zur Konfirmation?",
        "Meine Partnerin und ich suchen ein Doppelzimmer. Gruß Lisa",
    ],
)
def test_formal_you_and_ambiguous_partners_reveal_nothing(text):
    assert flags(text) == []


def test_the_writers_gender_comes_from_the_sign_off_not_from_a_named_spouse():
    text = "Bitte von meinem Konto abbuchen. Kontoinhaberin ist meine Frau Sabine Kühn."
    assert flags(text) == []


def test_religion_with_the_pronoun_after_the_verb():
    assert flags("Als Mitglied der katholischen Kirche zahle ich Kirchensteuer.") == ["RELIGION"]


def test_an_abbreviation_does_not_cut_the_person_off_the_sentence():
    assert flags("Mein Sohn Leon (geb. 2014) hat ADHS und braucht einen ruhigen Platz.") == ["HEALTH"]
