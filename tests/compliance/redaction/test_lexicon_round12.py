"""Round 12: general Art. 9 lexicons (GUIDELINES.md section 4), positives and non-examples."""

import pytest

from compliance.redaction import detect
from compliance.redaction.context import trie_alternation


def flags(text, lang="de"):
    return detect(text, lang).special_categories


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ich habe einen Bandscheibenvorfall und kann das Paket nicht tragen.", "de"),
        ("Wegen eines Migräneanfalls konnte ich den Termin nicht wahrnehmen.", "de"),
        ("Ich bin ab Montag drei Wochen in der Reha-Klinik, bitte erst danach liefern.", "de"),
        ("Die Insulinpumpe meines Sohnes braucht neue Katheter.", "de"),
        ("Ich bin bis Freitag krankgeschrieben, die AU schicke ich nach.", "de"),
        ("Meine Frau nimmt Ramipril und Bisoprolol, darf sie Grapefruitsaft trinken?", "de"),
        ("Ich habe Heuschnupfen und brauche den Pollenfilter dringend.", "de"),
        ("Mein Vater hatte einen Kreuzbandriss und kommt nicht die Treppe hoch.", "de"),
        ("Ich war zwei Wochen auf der Intensivstation und konnte nicht zahlen.", "de"),
        ("Nach meiner Knie-OP brauche ich eine Lieferung bis in die Wohnung.", "de"),
        ("Ich habe eine Hausstauballergie, ist der Bezug waschbar bei 60 Grad?", "de"),
        ("Ich bin seit Monaten in Psychotherapie und möchte den Vertrag pausieren.", "de"),
        ("Laut meinem Hausarzt darf ich nichts Schweres heben.", "de"),
        ("I've been off sick with a slipped disc since Monday.", "en"),
        ("My daughter takes sertraline and ibuprofen, is that a problem with your supplement?", "en"),
        ("I'm on statins and my GP said I should avoid grapefruit.", "en"),
        ("I was admitted to hospital with pneumonia, please pause my subscription.", "en"),
        ("My son has cerebral palsy and uses a walking frame.", "en"),
        ("I have endometriosis and need to reschedule the visit.", "en"),
        ("My husband is recovering from heart surgery, can the engineer come later?", "en"),
        ("I'm lactose intolerant, does the dessert contain milk?", "en"),
        ("Antrag Pflegehilfsmittel\nVersicherte: Anneliese Kroll\nPflegegrad: 2", "de"),
        ("Meine CPAP-Maske ist undicht. Haben Sie Ersatzkissen?", "de"),
    ],
)
def test_health_from_general_lexicon(text, lang):
    assert "HEALTH" in flags(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Haben Sie Ibuprofen 400 vorrätig?", "de"),  # product question, nobody named
        ("Do you sell walking frames and wheelchairs?", "en"),
        ("Welcher Tarif der Krankenversicherung deckt Physiotherapie ab?", "de"),
        ("Unser Hund hat eine Futtermittelallergie, welches Futter empfehlen Sie?", "de"),
        ("Ich möchte bis zum Sommer fünf Kilo abnehmen, welches Fitnessprogramm passt?", "de"),
        ("Mein Opa ist letzte Woche gestorben, bitte kündigen Sie seinen Vertrag.", "de"),
        ("I work night shifts at the hospital and need a later delivery slot.", "en"),
        ("Please find the scans of my passport attached.", "en"),
        ("Der Kabelquerschnitt ist 2,5 mm², ich brauche die passende Klemme.", "de"),
        ("Unsere Praxis (Fachärztin für Allgemeinmedizin) bestellt 20 Kartons Handschuhe.", "de"),
        ("The results of my genetic test say I'm a carrier for cystic fibrosis.", "en"),
        ("I am a member of the credit union, can I pay with its card?", "en"),
    ],
)
def test_health_non_examples(text, lang):
    assert "HEALTH" not in flags(text, lang) and "TRADE_UNION" not in flags(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        ("Wir sind Mitglied der Moscheegemeinde und bestellen für das Fastenbrechen.", "de", "RELIGION"),
        ("Unsere Tochter hat im Mai Erstkommunion, wir brauchen 30 Einladungskarten.", "de", "RELIGION"),
        ("Our synagogue is hosting my son's bar mitzvah, can you deliver to the hall?", "en", "RELIGION"),
        ("I'm fasting during Ramadan, could the delivery come after sunset?", "en", "RELIGION"),
        (
            "Ich bin Sprecherin der Initiative und brauche 500 Unterschriftenlisten für unser Bürgerbegehren.",
            "de",
            "POLITICAL_OPINION",
        ),
        ("Ich bin Mitglied der Piratenpartei und brauche eine Rechnung für den Infostand.", "de", "POLITICAL_OPINION"),
        ("I donated to the Labour campaign and want a receipt.", "en", "POLITICAL_OPINION"),
        ("I'm the NEU rep at our school and need the meeting room for a union meeting.", "en", "TRADE_UNION"),
        ("Hi, please add my boyfriend Kai to the booking. Thanks, Tom Hargreaves", "en", "SEXUAL_ORIENTATION"),
    ],
)
def test_other_categories_round12(text, lang, category):
    assert category in flags(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Haben Sie koschere Gummibärchen?", "de"),
        ("Liefern Sie auch an Ostern?", "de"),
        ("The strike delayed my parcel by a week.", "en"),
        ("Mein Fingerabdrucksensor am Laptop reagiert nicht mehr.", "de"),
        ("Wie berechnet Ihre Software die Kirchensteuer?", "de"),
        ("Hi, please add my girlfriend Lea to the booking. Thanks, Tom Hargreaves", "en"),
        ("Die Europäische Union schreibt das vor; what does the European Union regulation say?", "en"),
    ],
)
def test_other_non_examples_round12(text, lang):
    assert flags(text, lang) == []


def test_trie_alternation_matches_like_the_plain_alternation():
    import re

    words = ["asthma", "asthma[\\w-]*", "allergie", "\\w+itis", "arthrose", "a&e", "ab", "abc", "b(?:x|y)", "ba"]
    plain = re.compile("(?:" + "|".join(words) + ")")
    trie = re.compile("(?:" + trie_alternation(words) + ")")
    for text in ["asthmaspray", "allergie", "bronchitis", "a&e", "abc", "bx", "ba", "arthrose", "ab"]:
        assert plain.match(text).group() == trie.match(text).group()


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        ("I tore my ACL skiing and can't drive to collect the parcel.", "en", "HEALTH"),
        ("I have an itchy rash since using your cream.", "en", "HEALTH"),
        ("Ich habe einen Hautausschlag von der Creme.", "de", "HEALTH"),
        ("Ich bin Mitglied der Grünen und brauche eine Spendenquittung.", "de", "POLITICAL_OPINION"),
        ("I voted Green and want to complain about your ad.", "en", "POLITICAL_OPINION"),
        ("We keep kosher at home, can the kitchen be separate?", "en", "RELIGION"),
    ],
)
def test_more_round12_positives(text, lang, category):
    assert category in flags(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I made a rash decision and ordered two.", "en"),
        ("Das gab den Ausschlag für meine Bestellung.", "de"),
        ("Ich suche eine orthopädische Matratze.", "de"),
        ("Is the gelatine in these sweets halal?", "en"),
        ("Do you sell kosher wine?", "en"),
    ],
)
def test_more_round12_non_examples(text, lang):
    assert flags(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I have ME/CFS and can't do long calls.", "en"),
        ("I'm having IVF treatment, so please move the appointment.", "en"),
        ("I have a hernia and can't lift the box.", "en"),
        ("I'm dyslexic, please call instead of writing.", "en"),
        ("Ich habe einen Leistenbruch und darf nichts heben.", "de"),
        ("Ich habe einen Hund, und ich selbst habe Diabetes.", "de"),
    ],
)
def test_more_health_positives(text, lang):
    assert "HEALTH" in flags(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Wir suchen Gehhilfen für unser Sanitätshaus-Sortiment.", "de"),  # a business buying stock
        ("My cat has diabetes, is the food suitable?", "en"),  # an animal's health
        ("Unser Hund hat Arthrose, welches Futter empfehlen Sie?", "de"),
        ("Ich arbeite als Physiotherapeutin und brauche eine Liege.", "de"),  # a job
        ("Ich möchte das Buch 'Krebs verstehen' bestellen.", "de"),  # a title
    ],
)
def test_more_health_non_examples(text, lang):
    assert "HEALTH" not in flags(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        ("Unsere Tochter wird im Juni konfirmiert.", "de", "RELIGION"),
        ("I go to church every Sunday so please deliver on Saturday.", "en", "RELIGION"),
        ("Ich bin SPD-Mitglied und brauche eine Spendenquittung.", "de", "POLITICAL_OPINION"),
    ],
)
def test_rites_and_party_compounds(text, lang, category):
    assert category in flags(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Mietparteien im Haus haben sich beschwert, ich auch.", "de"),
        ("Die Partei, mit der wir den Vertrag haben, ist Ihre Firma.", "de"),
        ("Bitte liefern Sie an die Kirche St. Marien, Pfarrbüro.", "de"),
    ],
)
def test_parties_of_a_contract_or_house_are_no_opinion(text, lang):
    assert flags(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        ("Ich hatte einen Fahrradunfall und habe mir das Schlüsselbein gebrochen.", "de", "HEALTH"),
        ("Ich habe mir bei der Arbeit den Rücken verrenkt.", "de", "HEALTH"),
        ("Ich trage seit dem Unfall eine Beinprothese.", "de", "HEALTH"),
        ("Ich bin Mitglied im Kirchenvorstand.", "de", "RELIGION"),
        ("Als Zeugin Jehovas feiere ich keine Geburtstage.", "de", "RELIGION"),
        ("Ich engagiere mich bei den Jusos.", "de", "POLITICAL_OPINION"),
    ],
)
def test_injuries_church_offices_youth_parties(text, lang, category):
    assert category in flags(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("My operation of the machine was correct.", "en"),
        ("Das Display ist beim Transport gebrochen.", "de"),  # no person hurt
        ("Our dog needs insulin, do you ship cooling packs?", "en"),
    ],
)
def test_round12_late_non_examples(text, lang):
    assert "HEALTH" not in flags(text, lang)
