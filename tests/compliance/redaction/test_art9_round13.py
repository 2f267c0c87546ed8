"""Round 13: Art. 9 flags for biometric processing, same-sex partners and religious practice
(GUIDELINES.md section 4), each with the non-examples the guidelines name."""

import pytest

from compliance.redaction import detect


def flags(text, lang="de"):
    return detect(text, lang).special_categories


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        ("When I enrolled in Voice ID at your bank, you recorded my voice. Please erase it.", "en", "BIOMETRIC"),
        ("Beim Check-in am Flughafen wurde mein Gesicht gescannt. Was passiert mit den Daten?", "de", "BIOMETRIC"),
        ("Your studio scanned my palm vein pattern at sign-up. I want that gone.", "en", "BIOMETRIC"),
        ("Mein Sohn hat im Fitnessstudio seinen Finger registriert, bitte entfernen.", "de", "BIOMETRIC"),
        ("I want to know whether you keep a template of my face from the face login.", "en", "BIOMETRIC"),
        ("Löschen Sie bitte meine Irisdaten.", "de", "BIOMETRIC"),
        ("Ich habe der Speicherung meines Handvenenmusters nie zugestimmt.", "de", "BIOMETRIC"),
        ("The time clock at work scans our fingerprints; as an employee I object to this.", "en", "BIOMETRIC"),
        (
            "Bei der Anmeldung wurde ein Foto für die Gesichtserkennung am Eingang gemacht. Ich will das nicht mehr.",
            "de",
            "BIOMETRIC",
        ),
        (
            "Mein Freund und ich (wir sind seit 5 Jahren zusammen) möchten ein Doppelbett. Gruß, Thomas",
            "de",
            "SEXUAL_ORIENTATION",
        ),
        ("Mein Partner Stefan und ich, Markus, heiraten im Mai.", "de", "SEXUAL_ORIENTATION"),
        ("My partner Ben and I are getting married in May.\nTom", "en", "SEXUAL_ORIENTATION"),
        ("Wir sind zwei Väter und suchen ein Familienzimmer.", "de", "SEXUAL_ORIENTATION"),
        ("I'm bi and your app keeps showing me only men.", "en", "SEXUAL_ORIENTATION"),
        ("I'm a Jehovah's Witness, so please no birthday mailings.", "en", "RELIGION"),
        ("I'll be at Friday prayers, call me after 2pm.", "en", "RELIGION"),
        ("Ich gehe jeden Sonntag in die Kirche, bitte liefern Sie nicht vor 12 Uhr.", "de", "RELIGION"),
        ("During Lent I don't eat meat, can I swap the meal plan?", "en", "RELIGION"),
        ("In der Fastenzeit verzichte ich auf Fleisch, bitte vegetarisch.", "de", "RELIGION"),
        ("Mein Mann ist Sikh und trägt einen Turban.", "de", "RELIGION"),
        ("Wegen des Sabbats kann ich samstags nicht unterschreiben.", "de", "RELIGION"),
        ("Ich singe sonntags im Gospelchor unserer Gemeinde und kann den Kurs nicht.", "de", "RELIGION"),
        ("I'm a bi guy and your app only lets me pick one gender.", "en", "SEXUAL_ORIENTATION"),
        (
            "I signed up as a woman seeking women, but the questionnaire asks about a husband.",
            "en",
            "SEXUAL_ORIENTATION",
        ),
        ("Hi, ich (m, 34) suche bei euch Männer, aber die App zeigt nur Frauen.", "de", "SEXUAL_ORIENTATION"),
        ("Das Ergebnis meiner humangenetischen Untersuchung: eine BRCA2-Variante wurde nachgewiesen.", "de", "GENETIC"),
        ("Our son's whole-exome sequencing came back and found a de novo SCN1A variant.", "en", "GENETIC"),
        ("Meine Mutter, Versichertennummer R569341603, bekommt seit ihrer Herz-OP ein neues Mittel.", "de", "HEALTH"),
        ("I'm British Pakistani and I'd like to know what factors your pricing uses.", "en", "ETHNIC_ORIGIN"),
        ("I volunteer with our county Democratic committee and need 200 yard signs.", "en", "POLITICAL_OPINION"),
        ("The driver said he doesn't deliver to Travellers. I'm from the Travelling community.", "en", "ETHNIC_ORIGIN"),
        ("Als deutscher Sinto erlebe ich so etwas leider öfter.", "de", "ETHNIC_ORIGIN"),
        ("I uploaded my raw DNA file. The report says I'm homozygous for the MTHFR C677T variant.", "en", "GENETIC"),
        (
            "Wir haben im Februar den Vaterschaftstest bestellt. Laut Ergebnis ist Marco der Vater von Leon.",
            "de",
            "GENETIC",
        ),
        (
            "Für die Kirchensteuer fehlt noch das Merkmal:\nMarkus Ebner: 24760381093, römisch-katholisch",
            "de",
            "RELIGION",
        ),
        (
            "Ein Gentest hat bei unserem Sohn Finn ergeben, er verträgt also genetisch bedingt keine Laktose.",
            "de",
            "HEALTH",
        ),
        (
            "my wife Gráinne and I would like to book the joint appointment.\n\nThanks a million,\nSiobhán Kearney",
            "en",
            "SEXUAL_ORIENTATION",
        ),
        ("my ex-husband Gareth still has access to our account.\n\nThanks,\nOwen", "en", "SEXUAL_ORIENTATION"),
        ("I'm blind and will be travelling with my guide dog, could I have a ground-floor room?", "en", "HEALTH"),
        (
            "CURRICULUM VITAE\nName: Declan Hughes\n- Unite the Union shop steward for the maintenance crew",
            "en",
            "TRADE_UNION",
        ),
        ("Lebenslauf\nEhrenamt\nseit 2019 Vorsitzende der Jusos im Unterbezirk Bochum", "de", "POLITICAL_OPINION"),
        ("I'm attending the NEU annual conference as a delegate for our local branch.", "en", "TRADE_UNION"),
        ("Ich möchte jetzt, dass meine Handvenendaten gelöscht werden.", "de", "BIOMETRIC"),
        ("Please delete all face scans and templates you have stored of me.", "en", "BIOMETRIC"),
        ("Hi! I'm Sámi and live in Hamburg now.", "en", "ETHNIC_ORIGIN"),
        ("wir sind eine Schwarze Familie, und unser Sohn fragt oft nach Büchern.", "de", "ETHNIC_ORIGIN"),
        ("My DNA test came back showing I'm about 40 % Ashkenazi Jewish.", "en", "ETHNIC_ORIGIN"),
        ("A pharmacogenetic test showed that I'm a CYP2D6 poor metaboliser.", "en", "GENETIC"),
        (
            "Ich bin ihr Bruder. Der DNA-Abgleich hat eine Geschwisterwahrscheinlichkeit von 99,8 % ergeben.",
            "de",
            "GENETIC",
        ),
        (
            "Über einen DNA-Test haben meine Halbschwester und ich erfahren, dass wir denselben Vater haben.",
            "de",
            "GENETIC",
        ),
        (
            "my husband Rafael and I are celebrating our anniversary.\n\nThanks so much!\nMr Jonathan Whitfield-Ng\n"
            "+44 20 7946 0881",
            "en",
            "SEXUAL_ORIENTATION",
        ),
        (
            "I'd like to add my wife as a second account holder.\n\nKind regards,\nMrs Claire Dunne",
            "en",
            "SEXUAL_ORIENTATION",
        ),
        ("I receive my ancestry result yesterday. The result is saying 34% Cameroon.", "en", "GENETIC"),
        ("My results came back as 26% Ashkenazi Jewish.", "en", "GENETIC"),
        ("I'm booking the Umrah package for my parents, they are performing Umrah.", "en", "RELIGION"),
        ("ich arbeite seit diesem Schuljahr wegen meiner MS nur noch mit halber Stelle.", "de", "HEALTH"),
        ("I want to join the union because of the rota.", "en", "TRADE_UNION"),
        ("ich war am 6. März im Warnstreik und habe noch kein Streikgeld bekommen.", "de", "TRADE_UNION"),
        ("für die Demo am 1. Mai brauche ich 2 Transparente, ich organisiere den Block.", "de", "POLITICAL_OPINION"),
        ("Text vorne: Svenja & Maren sagen Ja! – ja, wir sind zwei Bräute.", "de", "SEXUAL_ORIENTATION"),
        ("ich bin Nordfriesin und möchte die Karten zweisprachig.", "de", "ETHNIC_ORIGIN"),
        ("Kunde: hallo, wo kann ich aus der katholischen kirche austreten?", "de", "RELIGION"),
        ("wir möchten unseren Sohn Leonardo in St. Marien taufen lassen.", "de", "RELIGION"),
        ("Ich arbeite nur noch 25 Stunden. Bitte passt meinen IG-Metall-Beitrag an.", "de", "TRADE_UNION"),
        ("I'm the Unite workplace rep at the Dundee distribution centre.", "en", "TRADE_UNION"),
        ("Please cancel the old direct debit to UNISON on my current account.", "en", "TRADE_UNION"),
        ("Name: Katarzyna Dąbrowska\nMitgliedsnummer: GEW-7729014\nAnliegen: Beitrag umstellen", "de", "TRADE_UNION"),
        ("of our five embryos two came back euploid and one showed a trisomy 16.", "en", "GENETIC"),
        ("I got my RootTrace results and it matched me as a half-sibling to someone.", "en", "GENETIC"),
        (
            "der Scanner konnte meinen linken Zeigefinger nicht erfassen, die Fingerabdrücke seien nicht verwertbar.",
            "de",
            "BIOMETRIC",
        ),
        ("Could you delete my old print and re-enrol it when I'm in on Tuesday?", "en", "BIOMETRIC"),
        ("we're a Traveller family and we've just moved into the parish.", "en", "ETHNIC_ORIGIN"),
        ("wir sind eine Roma-Familie und Dženan spricht zu Hause Romanes.", "de", "ETHNIC_ORIGIN"),
        ("on my application I ticked Black African, but the email shows Prefer not to say.", "en", "ETHNIC_ORIGIN"),
        ("my boyfriend Jake moved out. I'm Marco Bellini, my account is marco@live.com", "en", "SEXUAL_ORIENTATION"),
        ("Wir feiern nächste Woche das Opferfest, bitte liefern Sie vorher.", "de", "RELIGION"),
        ("We celebrate Diwali at home, can the lights arrive before Friday?", "en", "RELIGION"),
        ("Our faith doesn't allow us to have our photo on the card.", "en", "RELIGION"),
        ("During Passover we keep a kosher kitchen, so no bread deliveries.", "en", "RELIGION"),
        ("Ich bin Alevitin und faste im Muharrem.", "de", "RELIGION"),
        ("the selfie check failed and I want you to delete my selfie and liveness video.", "en", "BIOMETRIC"),
        ("Beim Video-Ident wurde mein Gesicht aufgenommen, bitte löschen.", "de", "BIOMETRIC"),
        ("Mein Mann ist dement und hat die Bestellung aus Versehen gemacht.", "de", "HEALTH"),
        ("samstags nimmt bei uns niemand etwas an, wir halten den Schabbat.", "de", "RELIGION"),
        ("Midday is Jumu'ah for me and the masjid is across town.", "en", "RELIGION"),
        ("In den Trauertagen von Muharram feiern wir als schiitische Familie keine Feste.", "de", "RELIGION"),
        ("As a Friend (Quaker) I'd rather affirm than swear an oath.", "en", "RELIGION"),
        ("I'm volunteering on the Reform UK phone bank every evening this month.", "en", "POLITICAL_OPINION"),
        ("ich hänge seit zwei Wochen abends Plakate für die Sozis auf.", "de", "POLITICAL_OPINION"),
        ("Bitte löschen Sie auch meinen Handvenen-Scan vom Drehkreuz.", "de", "BIOMETRIC"),
        ("Hiermit widerspreche ich der Speicherung meines Stimmabdrucks.", "de", "BIOMETRIC"),
        (
            "My membership ends. Please make sure the palm print you took for the hand scanner is wiped.",
            "en",
            "BIOMETRIC",
        ),
        ("Remove the haplogroup report; I did not want my genome on your servers.", "en", "GENETIC"),
        ("Seit dem Abstammungsgutachten ist klar, dass Noah nicht mein leiblicher Sohn ist.", "de", "GENETIC"),
        ("Since my bypass last spring I can't do high-intensity classes.", "en", "HEALTH"),
        ("I'm 28 weeks along and really can't lift it.", "en", "HEALTH"),
        ("Da fahre ich meinen Mann zur Blutwäsche.", "de", "HEALTH"),
        ("Mein Ausweis hat das Merkzeichen B, wie buche ich die Begleitperson?", "de", "HEALTH"),
        ("Ich brauche die Tageslinsen neu: rechts -2,25, links -1,75.", "de", "HEALTH"),
        ("als Romni wurde ich am Telefon beleidigt, weil ich sagte, dass ich Romni bin.", "de", "ETHNIC_ORIGIN"),
        ("ich wurde als einzige Schwarze Kundin zur Taschenkontrolle gebeten.", "de", "ETHNIC_ORIGIN"),
        (
            "Meine Freundin Nele und ich sind seit fünf Jahren zusammen. Können wir den Vertrag teilen? "
            "Hanna Ostrowski, hanna.ostrowski@web.de",
            "de",
            "SEXUAL_ORIENTATION",
        ),
        (
            "I'd like a quiet corner, it's ten years since my husband Marcus and I met. "
            "Please put it under Daniel Okafor, +44 7911 123456.",
            "en",
            "SEXUAL_ORIENTATION",
        ),
        ("Ich geb den Zehnten seit diesem Jahr über euch statt über unsere Freikirchengemeinde.", "de", "RELIGION"),
        ("Für den Flug bitte koscheres Essen, wir halten Kaschrut.", "de", "RELIGION"),
        ("Would it be ok to put up a sukkah in our back garden for the week of Sukkot?", "en", "RELIGION"),
        ("Please treat my £300 as zakat and make sure it goes to the appeal.", "en", "RELIGION"),
        ("My grandson Noah is being confirmed on Whit Sunday and I'm his sponsor.", "en", "RELIGION"),
        ("Please stop deducting my Unison subs, I've switched to the RCN.", "en", "TRADE_UNION"),
        ("Is my legal cover through the NASUWT still valid if I switch policies?", "en", "TRADE_UNION"),
        ("I'm the health & safety rep for the RMT at Euston.", "en", "TRADE_UNION"),
        ("wir machen morgen den streikposten, ich hab die streikleitung.", "de", "TRADE_UNION"),
        ("I was arrested at the climate blockade that afternoon and held overnight.", "en", "POLITICAL_OPINION"),
        (
            "I'd like to set up a monthly donation of £20 to the Scottish Greens from my account.",
            "en",
            "POLITICAL_OPINION",
        ),
        ("ich habe für die Kampagne gegen den Autobahnausbau 500 € gespendet.", "de", "POLITICAL_OPINION"),
        ("unsere Tochter wird aufgezogen, seit die Kinder wissen, dass wir Roma sind.", "de", "ETHNIC_ORIGIN"),
        ("My neighbour keeps calling us names because we're Black.", "en", "ETHNIC_ORIGIN"),
        ("Do I have to tell you that my son's Huntington's test came back positive?", "en", "GENETIC"),
        ("Our daughter's screening showed she carries the sickle cell trait.", "en", "GENETIC"),
        ("The match results show my brother Lewis is actually my half-brother.", "en", "GENETIC"),
        ("Bitte löschen Sie mein Fingerabdruck-Template aus dem Zeiterfassungsterminal.", "de", "BIOMETRIC"),
        ("Bitte die Stimm-ID abschalten und meine gespeicherte Sprachprobe löschen.", "de", "BIOMETRIC"),
        ("Please confirm my palm template is removed from the clocking-in scanner.", "en", "BIOMETRIC"),
        ("my wife's waters broke at 33 wks, baby is in NICU.", "en", "HEALTH"),
        (
            "hey, booking a couples massage for me and my boyfriend Luis for his bday - samuel",
            "en",
            "SEXUAL_ORIENTATION",
        ),
        (
            "Name: Priya Nair\nEmail: priya@example.org\nMessage: My wife Hannah is pregnant with our first baby.",
            "en",
            "SEXUAL_ORIENTATION",
        ),
        ("I broke my left wrist in a cycling accident and was in plaster for six weeks.", "en", "HEALTH"),
    ],
)
def test_category_is_flagged(text, lang, category):
    assert category in flags(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Gesichtserkennung meines Handys erkennt mich nicht mehr.", "de"),
        ("My Face ID doesn't work on the new phone.", "en"),
        ("Der Fingerabdrucksensor an meinem Laptop reagiert nicht mehr.", "de"),
        ("Does the door lock support fingerprint access?", "en"),
        ("My partner and I are getting married in May.\nTom", "en"),
        ("Mein Freund und ich wollen zur Hochzeit meiner Schwester ein Zimmer. Gruß, Anna", "de"),
        ("Meine Freundin und ich möchten ein Zimmer.\nGruß, Thomas", "de"),
        ("Do you sell halal meat?", "en"),
        ("Ist das Fleisch halal? Ich frage für eine Feier.", "de"),
        ("Die Kirche ist am Sonntag geschlossen, können Sie trotzdem liefern?", "de"),
        ("hab im filter nur religion und sprache gefunden. gruß baran", "de"),
        ("I started at the hospital in January and need the uniform in size M.", "en"),
        ("Ich (m, 40) suche eine Frau zum Tanzen.", "de"),
        ("I ordered the insulin cooling travel case a week ago and it still says processing.", "en"),
        ("Wie viele Fingerabdrücke kann der Tresor T-200 speichern? Ich möchte, dass alle ihn öffnen können.", "de"),
        ("I bought the DNA health kit for my mum. The app still says sample in transit.", "en"),
        ("The parcel is late again and I'm sick of waiting.", "en"),
        ("Ich habe eine Gutschrift für die zurückgeschickten Kompressionsstrümpfe erhalten.", "de"),
        ("Ich bin Syrer und arbeite als Pflegefachmann in der Uniklinik.", "de"),
        ("bitte 500 Visitenkarten mit dem Text: Marlene Zachariae, Heilpraktikerin für Psychotherapie", "de"),
        ("seit dem Update geht der Login per Fingerabdruck auf meinem Samsung nicht mehr.", "de"),
        ("we're moving with our two cats and I need 3 months of prescription food sent ahead.", "en"),
        ("Our parcels are late because of the strike at the depot.", "en"),
        ("My dog was just diagnosed with diabetes — do you sell insulin syringes for pets?", "en"),
        ("Please update my address. The form also asked for my NI number: XR 98 72 60 C.", "en"),
        ("Unser Hund Bruno verträgt das Futter nicht, der Tierarzt vermutet eine Allergie auf Huhn.", "de"),
        ("Der Techniker hat mich gebeten, das Gerät neu zu starten.", "de"),
        ("Do you deliver before Christmas? We celebrate with the whole family.", "en"),
        ("Is the cake kosher?", "en"),
        ("Meine Bestellung hängt fest – liegt das am Warnstreik bei ver.di?", "de"),
        (
            "Thanks Josh, Tuesday works. Please call me, not my husband's number.\n\n"
            "> On 12 Mar 2025, Kelvin Motors wrote:\n> Hi Sunita, booked. – Josh",
            "en",
        ),
        ("Customer: do I have to register my fingerprint to get in, or can I use a card instead?", "en"),
    ],
)
def test_look_alike_is_not_flagged(text, lang):
    assert flags(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A genetic result shared with a doctor names no condition; a negated diagnosis is none.
        (
            "My DNA results came through: I carry the sickle cell trait. How do I share them with my GP?",
            "en",
            ["GENETIC"],
        ),
        ("A DNA test I did showed two copies of APOE4. I haven't been diagnosed with anything.", "en", ["GENETIC"]),
        # An origin from a DNA test is no religious belief.
        ("My DNA test came back showing I'm about 40 % Ashkenazi Jewish.", "en", ["ETHNIC_ORIGIN", "GENETIC"]),
    ],
)
def test_genetic_result_alone_is_no_health_flag(text, lang, expected):
    assert flags(text, lang) == expected
