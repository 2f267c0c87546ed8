"""Round 14: Art. 9 flags a membership or office reveals across sentences, more ways people describe same-sex
partners, religious practice and treatment (GUIDELINES.md section 4), each with the non-examples the guidelines
name. Written from the guidelines; the blind writers' files are not copied."""

import pytest

from compliance.redaction import detect


def flags(text, lang="de"):
    return detect(text, lang).special_categories


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        # A union or party named in one sentence, the writer's membership or office in another.
        (
            "An die NGG-Geschäftsstelle Hamburg\n\nBitte buchen Sie meinen Mitgliedsbeitrag ab Mai von meinem neuen "
            "Konto ab. Danke, Petra",
            "de",
            "TRADE_UNION",
        ),
        (
            "Dear Unison membership team, I've retired, so please end my membership at the end of the month.",
            "en",
            "TRADE_UNION",
        ),
        ("Ich kündige meine Mitgliedschaft in der Industriegewerkschaft zum Jahresende.", "de", "TRADE_UNION"),
        ("Habe meinen IGM-Ausweis verloren, bitte einen neuen schicken.", "de", "TRADE_UNION"),
        ("I was just elected shop steward for my union at the depot.", "en", "TRADE_UNION"),
        ("Carla Nunes\nSachbearbeiterin · Vertrauensfrau der IG BCE im Werk Süd", "de", "TRADE_UNION"),
        (
            "Die Grüne Jugend Lübeck fährt im Juni nach Berlin. Ich organisiere das als Sprecherin und Vorstand.",
            "de",
            "POLITICAL_OPINION",
        ),
        ("Ich brauche 200 Flyer für meine Landtagskandidatur im Herbst.", "de", "POLITICAL_OPINION"),
        ("Meine Spende für den Kommunalwahlkampf wurde doppelt abgebucht.", "de", "POLITICAL_OPINION"),
        (
            "Seit Jahrzehnten gehe ich zu den Ostermärschen, Waffenfonds kommen für mich nicht infrage.",
            "de",
            "POLITICAL_OPINION",
        ),
        ("I'm a staunch republican and don't want your royal wedding catalogue.", "en", "POLITICAL_OPINION"),
        ("Please send the banners to me, I'm on the Labour branch committee.", "en", "POLITICAL_OPINION"),
        # Same-sex couples said without the textbook words.
        ("Mein Freund und ich (beides Männer) hätten gern das Zimmer mit Doppelbett.", "de", "SEXUAL_ORIENTATION"),
        ("For our wedding both brides need matching shoes, size 38 and 40.", "en", "SEXUAL_ORIENTATION"),
        ("Im Anmeldeformular steht Mutter/Vater, bei uns ist es Mama und Mama.", "de", "SEXUAL_ORIENTATION"),
        ("Zwei Anzüge bitte, für meinen zukünftigen Mann und mich. Gruß, Jonas", "de", "SEXUAL_ORIENTATION"),
        (
            "Wir haben uns über eure App kennengelernt, mein Freund und ich sind zusammengezogen. Kündigung bitte. "
            "gruß florian",
            "de",
            "SEXUAL_ORIENTATION",
        ),
        ("Zusatzfahrerin: Lena Brandt\nVerhältnis zur Versicherungsnehmerin: Ehefrau", "de", "SEXUAL_ORIENTATION"),
        # Religious practice.
        ("I lead the choir at St Aidan's and need 30 folders before Advent.", "en", "RELIGION"),
        ("Die gezahlte Kirchensteuer steht auf meiner Lohnsteuerbescheinigung.", "de", "RELIGION"),
        ("Für meine Pilgerreise nach Mekka brauche ich eine Auslandsversicherung.", "de", "RELIGION"),
        ("My grandparents are Jains, so no onions or garlic on their plates please.", "en", "RELIGION"),
        # Treatment and conditions said indirectly.
        ("Meine Frau und ich waren zur Beratung wegen der Insemination in Ihrer Praxis.", "de", "HEALTH"),
        ("Wegen meiner Anfälle darf ich zurzeit nicht Auto fahren.", "de", "HEALTH"),
        ("Donnerstags habe ich meine Therapiestunde, bitte liefern Sie freitags.", "de", "HEALTH"),
        ("Der Glukosesensor für meine Tochter fehlte im Paket, sie braucht ihn dringend.", "de", "HEALTH"),
        # A genetic result, and the writer speaking in the next sentence.
        (
            "Der Vaterschaftstest ist ausgewertet: Vaterschaft ausgeschlossen. Ich will eine zweite Probe.",
            "de",
            "GENETIC",
        ),
        # The writer's sex from a web form's salutation field, a spouse of the same sex in the message.
        (
            "Anrede: Frau\nVorname: Ilka\n\nIhre Nachricht:\nMeine Ehefrau soll mitversichert werden.",
            "de",
            "SEXUAL_ORIENTATION",
        ),
        (
            "The form only offers 'husband' as partner type, which doesn't work for us as two women.",
            "en",
            "SEXUAL_ORIENTATION",
        ),
        (
            "Antragsteller 1: Herr Tim Roth\nAntragsteller 2: Herr Can Roth\nVerhältnis: Ehemänner\n"
            "Wir möchten ein Gemeinschaftskonto.",
            "de",
            "SEXUAL_ORIENTATION",
        ),
        (
            "We're an observant Muslim family and would like the kitchen fitted without a dishwasher for now.",
            "en",
            "RELIGION",
        ),
        ("May we put up a mezuzah on the front door frame of our flat?", "en", "RELIGION"),
        # Genetic results said as an ancestry breakdown, a relative match, a karyotype or a paternity report.
        (
            "meine Ergebnisse sind da: 55 % Osteuropa, 30 % Skandinavien, Rest Balkan. Wo lade ich sie herunter?",
            "de",
            "GENETIC",
        ),
        ("Your relative matching lists a half sister, 1,650 cM shared. Please hide my profile.", "en", "GENETIC"),
        ("My karyotype came back as a balanced translocation, so we are doing IVF.", "en", "GENETIC"),
        ("The paternity report came back with 99.99% probability that Sam Cole is the father.", "en", "GENETIC"),
        ("Ihr Abgleich hat uns nur als Onkel und Nichte zugeordnet. Bitte löschen Sie meine Daten.", "de", "GENETIC"),
        # Biometric data at a turnstile or a till.
        ("Der Fingerscanner am Drehkreuz erkennt mich nicht mehr, bitte den alten Abdruck löschen.", "de", "BIOMETRIC"),
        ("Bitte löschen Sie meine Handflächendaten aus dem Bezahlen per Handfläche.", "de", "BIOMETRIC"),
        # Ethnic origin and religion of a family, a grandmother, a partner.
        ("Wir sind eine kurdisch-alevitische Familie und feiern im Mai ein Cem.", "de", "ETHNIC_ORIGIN"),
        ("Wir sind eine kurdisch-alevitische Familie und feiern im Mai ein Cem.", "de", "RELIGION"),
        ("Ich suche ein Buch für meine Oma. Sie ist Wolgadeutsche und erzählt viel von früher.", "de", "ETHNIC_ORIGIN"),
        (
            "Meine Tochter hat die Haare von ihrem Papa, er ist Schwarzer, und braucht einen erfahrenen Salon.",
            "de",
            "ETHNIC_ORIGIN",
        ),
        ("I'm Latina with an olive undertone, which foundation shade fits?", "en", "ETHNIC_ORIGIN"),
        ("Viele Ältere bei uns essen das aus religiösen Gründen nicht.", "de", "RELIGION"),
        # A condition found by a genetic test.
        (
            "Bei mir wurde per Gentest eine Hämochromatose festgestellt, ich soll kein Eisen zu mir nehmen.",
            "de",
            "HEALTH",
        ),
        # Round 14, writer W's slice: English phrasings.
        ("After a DVT in the spring my haematologist wants me in an aisle seat.", "en", "HEALTH"),
        ("Can I swap the dress for a 14? I'll be about 6 months along by the wedding.", "en", "HEALTH"),
        (
            "Yes, I want to stay in Unison, but my rep says there's a reduced rate for members on sick pay.",
            "en",
            "TRADE_UNION",
        ),
        ("As a bi woman I can only pick men or women in your settings, not both.", "en", "SEXUAL_ORIENTATION"),
        (
            "Me and my girlfriend Mia are moving into our first flat together. I'm Laura Benz.",
            "en",
            "SEXUAL_ORIENTATION",
        ),
        ("We're observant Jews and can't take deliveries on Saturday.", "en", "RELIGION"),
        ("Hello, we're Quakers and need a caterer after Meeting for Worship.", "en", "RELIGION"),
        ("I'm a parishioner at St Joseph's and give monthly to the parish.", "en", "RELIGION"),
        ("Religion (optional, for chaplaincy): Methodist", "en", "RELIGION"),
        ("Laut Bescheinigung habe ich 2024 380 € Kirchensteuer (ev.) gezahlt.", "de", "RELIGION"),
        ("Mixed-race guy here (Nigerian dad, Irish mum) with tight curls.", "en", "ETHNIC_ORIGIN"),
        ("I want a section on our Māori side in the photobook for my kids.", "en", "ETHNIC_ORIGIN"),
        (
            "can u print 40 shirts by fri? our campaign group is marching to the town hall on sat",
            "en",
            "POLITICAL_OPINION",
        ),
        ("The report says the probability of paternity for me is 0%. How certain is that?", "en", "GENETIC"),
        # Round 14, writer X's slice: implied disclosures in German.
        (
            "Dienstags und freitags bin ich vormittags im Dialysezentrum, bitte erst nachmittags liefern.",
            "de",
            "HEALTH",
        ),
        ("Seit dem Gentest weiß ich Bescheid und gehe alle acht Wochen zum Aderlass.", "de", "HEALTH"),
        ("Mein Sohn spritzt seit dem Frühjahr dreimal am Tag, passt der Pen in die Tasche?", "de", "HEALTH"),
        ("Loved the leggings but I'm 26 weeks now, could I swap the M for an L?", "en", "HEALTH"),
        ("Anbei meine Spätaussiedlerbescheinigung, damit der Name im Vertrag stimmt.", "de", "ETHNIC_ORIGIN"),
        ("Bei uns daheim wird anders gesprochen, wir gehören zur Volksgruppe im Tal.", "de", "ETHNIC_ORIGIN"),
        ("We live on a Traveller site so there's no house number on my address.", "en", "ETHNIC_ORIGIN"),
        ("Das ist für uns als krimtatarische Familie wichtig.", "de", "ETHNIC_ORIGIN"),
        ("Meine eingetragene Lebenspartnerschaft wurde 2018 in eine Ehe umgewandelt.", "de", "SEXUAL_ORIENTATION"),
        ("Wir suchen Anzüge für unsere Hochzeit.\n\nLiebe Grüße\nJonas Weber & Felix Roth", "de", "SEXUAL_ORIENTATION"),
        ("Erziehungsberechtigte: Sabine Kurz und Katrin Alt (verheiratet)", "de", "SEXUAL_ORIENTATION"),
        (
            "Die Austrittsbescheinigung habe ich hochgeladen, trotzdem behält Ihr Programm bei mir KiSt ein.",
            "de",
            "RELIGION",
        ),
        ("Ich singe dort seit Jahren bei den Sonntagsgottesdiensten im Chor.", "de", "RELIGION"),
        ("Wir feiern Weihnachten erst am 7. Januar, bitte nicht vorher liefern.", "de", "RELIGION"),
        ("I'd rather not have someone round just before I break my fast.", "en", "RELIGION"),
        ("Am Freitag ist Kurban Bayramı und die ganze Familie kommt zu uns.", "de", "RELIGION"),
        ("Wir haben zwei Spülmaschinen, eine für milchiges und eine für fleischiges Geschirr.", "de", "RELIGION"),
        ("In meinem Bescheid steht eine Kirchensteuer-Nachzahlung von 300 €.", "de", "RELIGION"),
        ("Bitte löschen Sie beide Gesichtsprofile von mir und meiner Tochter.", "de", "BIOMETRIC"),
        ("I had my iris scanned at your booth and want the iris code deleted.", "en", "BIOMETRIC"),
        (
            "Ich habe mich für das Bezahlen per Handflächen-Scan registriert und will die Daten gelöscht haben.",
            "de",
            "BIOMETRIC",
        ),
        ("Laut Exom-Analyse hat mein Sohn eine Mutation im SCN1A-Gen.", "de", "GENETIC"),
        # Round 14, writer Z1's slice: chat turns and forms.
        ("Customer: Tom Becker. It's me and my husband Ali, one bed please", "en", "SEXUAL_ORIENTATION"),
        (
            "Kundin: meine Ehefrau soll auf die Karte. Ich bin Hanna Voigt, die Karte lief bisher nur auf mich",
            "de",
            "SEXUAL_ORIENTATION",
        ),
        (
            "Mitglied: Jonas Albrecht\nVerhältnis: Ehemann\nAnmerkung: Mein Mann soll bei mir mitversichert werden.",
            "de",
            "SEXUAL_ORIENTATION",
        ),
        (
            "Bemerkung: Wir sind ein verheiratetes Frauenpaar, bitte nicht Mutter/Vater vorausfüllen.",
            "de",
            "SEXUAL_ORIENTATION",
        ),
        ("they're for our Save the Library march on Saturday, I'm one of the organisers", "en", "POLITICAL_OPINION"),
        ("Er hat mich nicht reingelassen, nachdem ich gesagt habe, dass ich Roma bin.", "de", "ETHNIC_ORIGIN"),
        ("I sing in the parish choir and I'm organising the Christmas concert.", "en", "RELIGION"),
        ("Customer: to be fair I'm in the RMT myself, just not on that route", "en", "TRADE_UNION"),
        ("Bemerkung: bin zum 31.01. aus der Kirche ausgetreten, bitte keine KiSt mehr abziehen.", "de", "RELIGION"),
        # Round 14, writers Z2-Z4: HR, insurers, clinics; Austria and Switzerland.
        ("Ich nehme seit Jahren die Pille, muss ich sie jetzt absetzen?", "de", "HEALTH"),
        ("Er hat COPD und braucht an Bord zusätzlich Sauerstoff.", "de", "HEALTH"),
        ("Her genetic test showed a mutation and she had a preventive mastectomy in March.", "en", "HEALTH"),
        ("Bei unserer Tochter wurde die Mutation nachgewiesen, also Marfan-Syndrom.", "de", "HEALTH"),
        ("I've been elected as a delegate for my SIPTU branch at the conference.", "en", "TRADE_UNION"),
        ("Bitte den Dauerauftrag an die IG BCE ab Juli auf 35 € erhöhen.\nMfg Karl Rupp", "de", "TRADE_UNION"),
        ("I've moved from Unison to the GMB, so please cancel the Unison direct debit.", "en", "TRADE_UNION"),
        ("Wir fahren mit der PRO-GE Jugend zur Konferenz, ich organisiere die Anreise.", "de", "TRADE_UNION"),
        ("Mila wird am Freitag fehlen. Sie ist bei Fridays for Future in der Orga-Gruppe.", "de", "POLITICAL_OPINION"),
        ("I sit on the city parliament for the Green Liberals and need a hall.", "en", "POLITICAL_OPINION"),
        ("Bitte die Rechnung an die JUSO Aargau, ich habe als Vorstandsmitglied bestellt.", "de", "POLITICAL_OPINION"),
        ("Your foundation stops at 45N and as a Black woman none of them come close.", "en", "ETHNIC_ORIGIN"),
        ("Als Ladinerin hätte ich das Schild gern dreisprachig.", "de", "ETHNIC_ORIGIN"),
        ("Meine Mutter wird bei Ihnen operiert. Sie ist Zeugin Jehovas und lehnt Fremdblut ab.", "de", "RELIGION"),
        ("Ehefrau: Claudia Roth, Steuer-ID 36 105 789 446, Religion: ev.", "de", "RELIGION"),
        ("Bitte den Einziehungsauftrag für meinen Kirchenbeitrag vom neuen Konto abbuchen.", "de", "RELIGION"),
        (
            "Mein Mann Daniel und ich nehmen die Wohnung.\n\nHerzliche Grüße\nFlorian Mertens & Daniel Okeke",
            "de",
            "SEXUAL_ORIENTATION",
        ),
        (
            "My boyfriend Matteo is coming after all, a double please. Thanks, Thomas Brennan, tb@fastmail.com",
            "en",
            "SEXUAL_ORIENTATION",
        ),
        ("Name: Yannick Berset\nMitbewohnende Personen: Kevin Berset-Lang (Ehemann)", "de", "SEXUAL_ORIENTATION"),
        # An ethnic minority in the plural.
        ("Wir sind beide Sorben und wollen die Karten zweisprachig.", "de", "ETHNIC_ORIGIN"),
    ],
)
def test_category_is_flagged(text, lang, category):
    assert category in flags(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        # A supplier or a student writing about a party or union.
        (
            "We're the caterers for the Labour Party conference and need the loading bay code.",
            "en",
            "POLITICAL_OPINION",
        ),
        (
            "Für meine Bachelorarbeit über die Geschichte der Gewerkschaften habe ich drei Bände bestellt.",
            "de",
            "TRADE_UNION",
        ),
        # A poll worker does a civic duty, not politics.
        ("Am Sonntag bin ich als Wahlhelfer im Wahllokal, bitte Montag liefern.", "de", "POLITICAL_OPINION"),
        # A union's own rally or district branch is union activity, not a party stance.
        (
            "Wir fahren als ver.di-Betriebsgruppe zur Kundgebung nach Stuttgart, gibt es ein Gruppenticket?",
            "de",
            "POLITICAL_OPINION",
        ),
        (
            "Ich hatte für den GEW-Gewerkschaftstag gebucht. Jetzt bin ich doch nicht Delegierte für unseren "
            "Kreisverband geworden.",
            "de",
            "POLITICAL_OPINION",
        ),
        # Health words that name nobody's condition.
        ("Ich interessiere mich für das Blutzuckermessgerät, sind Teststreifen dabei?", "de", "HEALTH"),
        ("Wir sind 30 Personen, einige mit Rollator, und brauchen einen Bus mit Rampe.", "de", "HEALTH"),
        ("I need 500 leaflets for my next advice surgery as a councillor.", "en", "HEALTH"),
        ("Bitte das Banner „ver.di Betriebsgruppe Uniklinik“ bis Freitag drucken, ich zahle privat.", "de", "HEALTH"),
        ("Hallo, passt beim Blutdruckmessgerät die Standardmanschette für 38 cm Oberarmumfang?", "de", "HEALTH"),
        ("Ich habe eine Genvariante geerbt, die das Risiko erhöht. Erkrankt bin ich nicht.", "de", "HEALTH"),
        ("Ich kandidiere bei der Betriebsratswahl im Mai, muss ich das bei Ihnen anmelden?", "de", "POLITICAL_OPINION"),
        ("I'm donor-conceived and messaging is disabled on his profile, could you forward my note?", "en", "HEALTH"),
        ("Mein Test war positiv für eine Genvariante. Symptome habe ich keine.", "de", "HEALTH"),
        ("Werden beim Sprachtest im Prüfungszentrum eigentlich Fingerabdrücke genommen?", "de", "BIOMETRIC"),
        (
            "Meine Frau möchte ihr Gesichtsprofil löschen lassen.\n\nDanke\nMehmet und Elif Yıldırım",
            "de",
            "SEXUAL_ORIENTATION",
        ),
        ("Der Rabatt: 20 % Nachlass, 10 % Skonto, bitte bis Freitag zahlen.", "de", "GENETIC"),
        ("Some of the kids coming to the party have nut allergies, is the cake nut-free?", "en", "HEALTH"),
        (
            "Does your health plan cover physiotherapy without a referral, and would it cost more at my age?",
            "en",
            "HEALTH",
        ),
        ("Religion: keine\nName: Ole Berg", "de", "RELIGION"),
        ("Welche Kirchensteuer-Einstellung muss ich in Ihrer Lohnsoftware wählen?", "de", "RELIGION"),
        ("Per Gentest wurde bei mir eine Anlage nachgewiesen, Symptome habe ich (noch) keine.", "de", "HEALTH"),
        (
            "Wir sind ein Schlüsseldienst und wollen Ihr Schloss ins Sortiment nehmen. Wie viele Fingerabdrücke "
            "kann es speichern?",
            "de",
            "BIOMETRIC",
        ),
        ("Customer service is in our DNA, says your website. Why has nobody answered me?", "en", "GENETIC"),
        ("It's been a real headache getting anyone to reply about my order.", "en", "HEALTH"),
        (
            "Bitte an meine Arbeitsstelle liefern: Tagesklinik am Park. Ich arbeite dort als Ergotherapeutin.",
            "de",
            "HEALTH",
        ),
        ("Ich bin bei der NGG aktiv und wir verteilen Flugblätter zur Tarifrunde.", "de", "POLITICAL_OPINION"),
        ("Anna und Lena (Schwestern) bestellen zusammen ein Geschenk.", "de", "SEXUAL_ORIENTATION"),
        (
            "Der Gentest bei unserem Australian Shepherd hat einen MDR1-Defekt ergeben. Ist das Mittel geeignet?",
            "de",
            "GENETIC",
        ),
        (
            "is the fingerprint entry compulsory or can I just use a card? not keen on giving my prints",
            "en",
            "BIOMETRIC",
        ),
        ("Ich würde mich gern ehrenamtlich bei den Grünen Damen Ihrer Klinik engagieren.", "de", "POLITICAL_OPINION"),
        ("Ich werde als Dolmetscherin oft zu Terminen in Ihrer Klinik mitgenommen.", "de", "HEALTH"),
        ("My DNA kit was posted back 5 weeks ago and the app still says awaiting sample.", "en", "GENETIC"),
        ("Im Antrag wird nach Vorerkrankungen gefragt. Muss ich das angeben?", "de", "HEALTH"),
        ("Kann ich den Baustein kündigen, und wird die Prämie dann günstiger?", "de", "HEALTH"),
        ("the wheelchair ramp we rented is 5 cm too short for the step", "en", "HEALTH"),
        ("I cancelled my membership at the end of March, please confirm.", "en", "POLITICAL_OPINION"),
        ("Mein Vater kann die linke Hand kaum benutzen, der Rollator braucht zwei Hände.", "de", "POLITICAL_OPINION"),
        ("I carry a BRCA2 variant but have never had cancer.", "en", "HEALTH"),
        ("Unser Kater Moritz hat Diabetes und braucht zweimal am Tag Insulin.", "de", "HEALTH"),
        # A language spoken is no ethnic origin.
        ("Does anyone on your team speak Yoruba? It's for my mum.", "en", "ETHNIC_ORIGIN"),
        # A workmate's "partner" says nothing; nor does a union member's strike delay.
        ("Liegt die Verspätung am Streik bei ver.di? Meine Mitgliedsnummer im Shop ist 4471.", "de", "TRADE_UNION"),
    ],
)
def test_look_alike_is_not_flagged(text, lang, category):
    assert category not in flags(text, lang)


def test_a_lowercase_given_name_closing_the_message_is_a_person():
    text = "will mein abo kündigen, bitte nix mehr abbuchen. fabian"
    detection = detect(text, "de")
    assert [(text[e.start : e.end], e.type) for e in detection.entities] == [("fabian", "PERSON")]


def test_a_lowercase_word_closing_the_message_is_no_person():
    assert detect("bitte bis freitag liefern. danke", "de").entities == []
