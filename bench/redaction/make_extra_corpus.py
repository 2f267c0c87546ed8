"""Build bench/redaction/extra_corpus.jsonl from marked-up messages.

Markup: [[TYPE:value]] with short type codes (see CODES); <<key>> inserts a generated,
checksum-valid identifier from extra_ids.py. Offsets are computed here, never by hand.
Usage: python bench/redaction/make_extra_corpus.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import phonenumbers

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extra_ids import IDS  # noqa: E402

CODES = {
    "P": "PERSON",
    "E": "EMAIL",
    "T": "PHONE",
    "I": "IBAN",
    "C": "CREDIT_CARD",
    "A": "ADDRESS",
    "D": "DATE_OF_BIRTH",
    "X": "TAX_ID",
    "V": "VAT_ID",
    "S": "SOCIAL_SECURITY_NUMBER",
    "K": "HEALTH_INSURANCE_NUMBER",
    "ID": "ID_DOCUMENT",
    "IP": "IP_ADDRESS",
    "CN": "CUSTOMER_NUMBER",
}
H, R, ETH, POL, TU, SEX, GEN, BIO = (
    "HEALTH",
    "RELIGION",
    "ETHNIC_ORIGIN",
    "POLITICAL_OPINION",
    "TRADE_UNION",
    "SEXUAL_ORIENTATION",
    "GENETIC",
    "BIOMETRIC",
)

# (lang, categories, marked-up text)
MESSAGES: list[tuple[str, list[str], str]] = [
    # ------------------------------------------------------------ web shop
    (
        "de",
        [],
        "Hallo, ich habe am 3. März bestellt (Bestellnummer 400-2291833) und die Lieferung ist immer noch "
        "nicht da. Können Sie nachsehen? Danke, [[P:Jana Wollny]]",
    ),
    (
        "de",
        [],
        "hi, paket kam beschädigt an. sendungsnummer 00340434161094042557, bestellt auf [[P:kevin brandt]], "
        "[[A:heidkamp 14]], [[A:22457 hamburg]]",
    ),
    (
        "de",
        [],
        "Name: [[P:Sabine Roeder]]\nE-Mail: [[E:sabine.roeder@gmx.de]]\nTelefon: [[T:0176 98765432]]\n"
        "Bestellnummer: WS-88213\nNachricht: Die Jacke in Größe M ist zu klein, ich möchte sie gegen L tauschen. "
        "Retourenschein liegt bei.",
    ),
    (
        "en",
        [],
        "Hi there, I ordered the oak desk (order #A19-55302) but received the walnut one. Can you swap it? "
        "Delivery address is [[A:14 Mill Road]], [[A:Cambridge CB1 2AD]]. Thanks, [[P:Owen Price]]",
    ),
    (
        "de",
        [],
        "Gibt es den Mixer MX-500 (EAN 4006381333931) auch in Weiß? Und was kostet der Versand nach Österreich?",
    ),
    (
        "de",
        [],
        "Sehr geehrte Damen und Herren,\n\nmeine Kundennummer ist [[CN:K-4471902]]. Ich habe einen Gutschein "
        "(Code XMAS-2025-7781) eingelöst, aber der Rabatt wurde nicht abgezogen. Rechnung RE-2025-044918 anbei.\n\n"
        "Mit freundlichen Grüßen\n[[P:Heinz-Peter Laubach]]",
    ),
    ("en", [], "where is my parcel?? tracking says delivered but nothing here. order 7781290"),
    (
        "de",
        [],
        "Guten Tag, ich bin 67 und komme mit der App nicht klar. Kann mich jemand anrufen? Meine Nummer: "
        "[[T:0221 9876543]]. Gruß [[P:Renate Schumacher]]",
    ),
    ("de", [], "Kommt die Lieferung noch im Mai? Frank und frei gesagt: so macht das Bestellen keinen Spaß."),
    (
        "de",
        [],
        "Ihr Kollege Herr [[P:Yıldırım]] hat mir am Telefon eine Gutschrift zugesagt, die ist aber nicht "
        "gekommen. Kd.-Nr. [[CN:300184577]]\n[[P:M. Hoffmann]]",
    ),
    (
        "de",
        [],
        "Hallo Frau [[P:Rose]], danke für den Rückruf. Die Rosen sind leider verwelkt angekommen. "
        "Bestellnr. 88213-B. LG [[P:Mai Linh Tran]]",
    ),
    ("de", [], "Ist die Marke Hugo Boss bei Ihnen im Sale? Und gibt es die Dr. Oetker Backmischungen auch glutenfrei?"),
    ("en", [], "Will the bill be sent by post or email? I'd rather have it at [[E:grace.obi@icloud.com]]"),
    ("de", [], "Der Weber-Grill (Modell Spirit E-325) ist heute angekommen, der Deckel hat eine Delle. Bilder anbei."),
    ("de", [], "Hallo Herr [[P:Weber]], wann kommt der Techniker? Ich bin ab 16 Uhr zuhause. [[P:Lisa Marquardt]]"),
    ("en", [], "Thanks [[P:Frank]]! The replacement arrived and works fine. – [[P:Sarah]]"),
    ("de", [], "Unser Wellensittich Otto ist krank, haben Sie Vitamintropfen für Vögel?"),
    ("de", [], "Gutscheincode GV8K-22MN-7Q4P lässt sich nicht einlösen, Warenkorb 149,90 €."),
    ("en", [], "The price went from £12.99 to £15.49 overnight. Order 113-4482917-2210834."),
    (
        "de",
        [],
        "Hallo Herr [[P:Nikolić]],\n\ndas Paket ist immer noch nicht da.\n\nGruß\n[[P:Vera Lindqvist]]\n\n"
        "Am 14.03.2025 um 10:12 schrieb Kundenservice <service@moebelhaus-kraft.de>:\n> Sehr geehrte Frau "
        "[[P:Lindqvist]],\n> Ihre Sendung 00340434161094042557 ist unterwegs.\n> Mit freundlichen Grüßen\n> "
        "[[P:Dragan Nikolić]]\n> Möbelhaus Kraft · Hotline 0800 5512 400",
    ),
    (
        "de",
        [],
        "Ich bin tagsüber nie da – könnt ihr an meine [[A:Packstation 207]] in [[A:53113 Bonn]] schicken? "
        "Postnummer [[CN:48120077]].",
    ),
    ("de", [], "Rechnungsadresse ab sofort: [[A:Postfach 12 04 33]], [[A:70017 Stuttgart]]. Danke!"),
    ("en", [], "Please send the replacement c/o [[P:Ahmed Rahimi]], [[A:55 Wellington Street]], [[A:Glasgow G2 6HJ]]."),
    (
        "de",
        [],
        "Bitte die Rechnung an meinen Arbeitgeber schicken: Kessler Logistik GmbH, z. Hd. [[P:Jan Pfeiffer]], "
        "[[A:Industriering 7]], [[A:41460 Neuss]].",
    ),
    (
        "de",
        [],
        "Das Ladekabel (Art.-Nr. 55-8812) ist nach 3 Wochen kaputt. Preis war 24,95 €. Kassenbon liegt vor, "
        "gekauft in Ihrer Filiale Königstraße 20 in Stuttgart.",
    ),
    ("en", [], "Hi, is the Weber Q1200 in stock at your Cardiff store?"),
    (
        "de",
        [],
        "Die Zahlung per PayPal an rechnung@gartenwelt-shop.de ist raus, Transaktions-ID 8KX44120MN9931. "
        "Gruß [[P:Tim]]",
    ),
    ("de", [], "Bitte schreiben Sie mir an [[E:henning.brauer[at]t-online.de]] und nicht mehr an die alte Adresse."),
    ("de", [], "neue mail: [[E:lisa.berg (at) gmx (dot) de]] , die alte geht nicht mehr"),
    (
        "en",
        [],
        "Hi, my Nespresso order hasn't shipped. It's a present for my mum. Order 55-81-2291. Cheers, [[P:Kieran]]",
    ),
    (
        "de",
        [],
        "Moin! Die Lieferung kam zur falschen Hausnummer, wir wohnen [[A:Lerchenweg 9]], nicht 19. "
        "Der Nachbar hat das Paket zum Glück rübergebracht. Familie [[P:Thiele]]",
    ),
    ("en", [], "Do you deliver to Northern Ireland? BT postcodes, e.g. BT7 1NN."),
    ("de", [], "Liefern Sie auch nach 83471? Da steht im Checkout immer 'nicht verfügbar'."),
    (
        "de",
        [],
        "Hallo,\nich habe zweimal dieselbe Bestellung ausgelöst (Nr. 10048812 und 10048813). Bitte eine "
        "stornieren.\nVG [[P:Dominik Hauschild]]\n[[A:Kantstraße 61]]\n[[A:10627 Berlin]]\nMobil: [[T:0157 34452281]]",
    ),
    # ------------------------------------------------------------ travel
    (
        "de",
        [H],
        "Hallo, wir haben eine Pauschalreise nach Kreta gebucht (Buchungsnummer TUI-8837120). Mitreisende: "
        "[[P:Lena Sommer]] (geb. [[D:14.07.2016]]) und [[P:Jonas Sommer]]. Meine Frau ist schwanger (32. Woche), "
        "brauchen wir ein ärztliches Attest für den Flug?\n[[P:Daniel Sommer]]",
    ),
    (
        "en",
        [],
        "Hello, my passport number changed since booking – the new one is [[ID:C4J8R2K71]]. Booking ref "
        "QX7T2P. Name as on passport: [[P:Aisling Ní Bhriain]]. Date of birth [[D:22/06/1990]].",
    ),
    (
        "de",
        [],
        "Wir möchten unsere Zugtickets erstatten lassen, der Bahnstreik hat unsere Reise zerstört. "
        "Auftragsnummer 7P2K9M. Viele Grüße aus Kassel, Familie [[P:Oberländer]]",
    ),
    (
        "en",
        [],
        "Our flight LH 2471 was cancelled due to the pilots' strike. We are three adults, booking code 6XJ9PQ. "
        "Please rebook us – [[P:Marcus]] & [[P:Tilda Engström]]",
    ),
    (
        "de",
        [H],
        "Hallo, für unseren Aufenthalt vom 12.-15.08. brauchen wir ein barrierefreies Zimmer, mein Mann sitzt "
        "seit dem Unfall im Rollstuhl. Reservierung 55812. LG [[P:Petra Kuhlmann]]",
    ),
    ("en", [], "Do your rooms have halal breakfast options?"),
    ("de", [], "Sind in Ihren Ferienwohnungen Hunde erlaubt? Unser Hund Rocky ist 12 und etwas schwerhörig."),
    (
        "en",
        [H],
        "my son [[P:Ezra]] (born [[D:4 March 2019]]) has a severe peanut allergy – can the kids' meal on "
        "flight BA 982 be nut free?",
    ),
    (
        "en",
        [H],
        "I'm 7 months pregnant and the seat I booked is in row 34 – can I move closer to the front? "
        "Booking 5YQ8PL. [[P:Amara Nwosu]]",
    ),
    (
        "en",
        [],
        "Can you resend my e-ticket to [[E:j.ferreira@sapo.pt]]? Name [[P:João Ferreira]], DOB [[D:1987-11-02]].",
    ),
    ("en", [], "Hello, I am [[P:Grace]] and I need to change my seat on tomorrow's ferry. Ref 88-1192-AZ."),
    ("de", [], "Reisepass-Nr. [[ID:C8T9F2KL4]], gültig bis 2031. Reicht das für die Einreise in die USA?"),
    ("en", [], "My residence permit number is [[ID:Y8F4K7M22]], expiring 2027. Do you need a copy for the rental?"),
    (
        "de",
        [],
        "Für die Mietwagenbuchung: Führerscheinnummer [[ID:B072RRE2I55]], ausgestellt 2011 vom Landratsamt. "
        "[[P:Selin Aksoy]]",
    ),
    ("en", [SEX], "I'm gay and looking for LGBT-friendly accommodation for my partner and me in Lisbon in June."),
    (
        "de",
        [SEX],
        "Mein Mann und ich (ja, wir sind beide Männer) möchten das Zimmer mit Doppelbett, nicht mit "
        "getrennten Betten. Buchung 4471. [[P:Florian Weiß]]",
    ),
    ("de", [], "Der Liefertermin 15.04.2025 passt nicht, bitte auf den 22.04. verschieben. Auftrag 5512."),
    ("en", [], "Is the hotel shuttle free? We land at 23:40 on 3 August."),
    (
        "de",
        [],
        "Guten Tag, Sie haben meinen Namen falsch aufs Ticket gedruckt: [[P:Schäfer-Ilić]] statt "
        "[[P:Schäfer]]. Vorname [[P:Dunja]]. Ticketnummer 220-4471-0093.",
    ),
    # ------------------------------------------------------------ insurance
    (
        "de",
        [H],
        "Sehr geehrte Frau [[P:Albrecht]],\n\nanbei die Rechnung vom Zahnarzt für meine Wurzelbehandlung. "
        "Versicherungsschein-Nr. [[CN:ZV 4471 2290]]. Bitte überweisen Sie die Erstattung auf [[I:<<iban1>>]].\n\n"
        "Freundliche Grüße\n[[P:Gerd Pohlmann]]",
    ),
    (
        "de",
        [],
        "Meine Tochter [[P:Mia]] hat eine neue Versichertenkarte bekommen, Krankenversichertennummer "
        "[[K:<<kvnr1>>]]. Bitte im Kundenkonto ändern.",
    ),
    ("en", [], "Does the Plus tariff cover physiotherapy?"),
    (
        "de",
        [],
        "Schadenmeldung: Am 02.11. ist mir in der Tiefgarage jemand in die Tür gefahren. Policennummer "
        "[[CN:KFZ-77120934]]. Rückruf bitte unter [[T:0151 23456789]]",
    ),
    (
        "de",
        [],
        "Unsere Katze Luna hat beim Nachbarn die Gardine zerrissen. Zahlt das die Haftpflicht? "
        "Vertragsnummer [[CN:HV-5530418]]",
    ),
    (
        "de",
        [],
        "Für die Risikolebensversicherung: versicherte Person [[P:Stefanie Marx]], Geburtsdatum "
        "[[D:3. Februar 1981]], Beruf Lehrerin.",
    ),
    (
        "en",
        [H],
        "I broke my wrist skiing and can't sign the claim form by hand. Can I submit it by email? Policy "
        "number [[CN:TRV-448120]]. – [[P:Hannah Okafor]]",
    ),
    (
        "de",
        [GEN, H],
        "Der Gentest hat bei mir eine BRCA1-Mutation ergeben. Übernimmt die Zusatzversicherung die "
        "vorsorgliche Operation? Versicherungsnummer [[CN:ZV-3390127]]",
    ),
    (
        "de",
        [H],
        "Versichertennummer [[K:<<kvnr2>>]], ich war vom 2. bis 9. Juni im Krankenhaus, hier die Rechnung "
        "für das Einzelzimmer.",
    ),
    ("de", [], "Welche IK-Nummer hat Ihre Kasse? 101575519 steht auf dem Formular, stimmt das?"),
    (
        "de",
        [H],
        "Mitgliedsnummer [[CN:10045882]] – ich möchte meine Mitgliedschaft im Fitnessstudio pausieren, "
        "weil ich nach einem Bandscheibenvorfall in Reha bin.",
    ),
    ("en", [], "Please cancel my gym membership, I'm moving abroad. Member no. [[CN:M-204491]]. [[P:Chloe Ashworth]]"),
    ("de", [], "Was kostet die Hausratversicherung für 80 m² in München? Ich bin 45."),
    ("en", [], "Hi, I'd like a quote for pet insurance for our dog Bella, a 3-year-old spaniel."),
    (
        "de",
        [],
        "Meine Handyversicherung: Das Display ist gesprungen. Gerät: Pixel 8, IMEI steht im Anhang. "
        "Vertragsnummer [[CN:HS-20419983]], [[P:Leon Gerlach]]",
    ),
    # ------------------------------------------------------------ utilities
    (
        "de",
        [],
        "Zählerstand Strom zum 31.12.: 48213 kWh, Zählernummer 1ESY1160293471. Vertragskonto "
        "[[CN:2000418837]]. [[P:Brigitte Lamprecht]], [[A:Ahornweg 7]], [[A:31134 Hildesheim]]",
    ),
    (
        "de",
        [],
        "Wir ziehen um! Ab 1. Juni neue Adresse: [[A:Schillerstraße 22a]], [[A:04109 Leipzig]]. Alte "
        "Adresse: [[A:Am Stadtgraben 3]], [[A:06108 Halle (Saale)]]. Kundennummer [[CN:77 441 902]]. Den "
        "Zählerstand beim Auszug schicke ich nach. [[P:Tobias]] und [[P:Anja Reinholz]]",
    ),
    (
        "en",
        [],
        "Hi, my direct debit failed because I changed banks. New IBAN [[I:<<iban7>>]], account holder "
        "[[P:Priya Raman]]. Customer ref [[CN:GEN-00918273]].",
    ),
    (
        "de",
        [],
        "Warum wurde der Abschlag erhöht? Ich zahle doch pünktlich.\n[[P:Holger Timm]]\n\n> Sehr geehrter "
        "Herr [[P:Timm]],\n> Ihr Abschlag beträgt ab März 94,00 €.\n> Stadtwerke Nordheide GmbH · Industriestraße 12 "
        "· 21244 Buchholz\n> Tel. 04181 9220-0 · service@stadtwerke-nordheide.de\n> IBAN <<iban_org>> · USt-IdNr. "
        "<<vat_org>>",
    ),
    (
        "de",
        [H],
        "Guten Tag, die Heizung bleibt seit gestern kalt. Ich bin 81 und herzkrank, bitte schicken Sie "
        "schnell jemanden. [[A:Birkenallee 40]], Hinterhaus, 2. OG, [[A:14469 Potsdam]]. [[P:Ilse Brandauer]], "
        "Tel. [[T:0331 2804417]]",
    ),
    ("en", [], "Is there a discount for pensioners on the water tariff?"),
    (
        "de",
        [],
        "Ich, [[P:Hildegard Pahl]], bevollmächtige meinen Sohn [[P:Bernd Pahl]], meinen Stromvertrag zu "
        "verwalten. Vertragskonto [[CN:3021447718]].",
    ),
    (
        "de",
        [],
        "Sehr geehrte Damen und Herren,\n\nder Gaszähler (Nr. 7GMT0019933) im Keller macht komische "
        "Geräusche. Ist das gefährlich?\n\nMit freundlichen Grüßen\n[[P:Wiebke Albers]]\n[[A:Hauptstr. 102]]\n"
        "[[A:26122 Oldenburg]]",
    ),
    ("en", [], "Hello, our meter reading is 18841. Meter serial E10BG44712. Thanks."),
    (
        "de",
        [],
        "Können Sie mir sagen, ab wann der neue Ökostromtarif gilt? Mein Nachbar Herr [[P:Kowalewski]] hat den schon.",
    ),
    ("de", [], "Bitte Abschlag auf 60 € senken. Kundennr. [[CN:5512099]] / [[A:Fliederweg 3]], [[A:89077 Ulm]]"),
    # ------------------------------------------------------------ telecom
    (
        "de",
        [],
        "Mein Router (FRITZ!Box 7590, Firmware 7.57) verliert ständig die Verbindung. Die WAN-IP ist "
        "[[IP:84.141.27.203]], intern [[IP:192.168.178.1]]. Kundennummer [[CN:K5520419]]. Gruß [[P:Uwe Fromm]]",
    ),
    (
        "en",
        [],
        "My internet is down again. Ping to 8.8.8.8 fails, the router shows [[IP:10.0.0.138]] as my "
        "gateway. Firmware 3.4.12.8. Account number [[CN:TX-9910043]].",
    ),
    (
        "de",
        [],
        "Bitte portieren Sie meine Rufnummer [[T:0176 5523 9081]] zu Ihnen. Bisheriger Anbieter: Congstar. "
        "Vertragsinhaber: [[P:Dennis Kowalczyk]], geb. [[D:09.11.1994]].",
    ),
    ("de", [], "Wann kommt das iPhone 16 wieder rein? Artikelnummer 100392881."),
    ("en", [], "hey its [[P:jake]] again, any news on my sim swap? number is [[T:07459 882113]]"),
    (
        "de",
        [],
        "Die Rechnung für 03/2025 ist viel zu hoch, 89,99 € statt 29,99 €. Da sind Anrufe zu "
        "0900-Nummern drauf, die ich nie gemacht habe. Kundennr.: [[CN:6612004588]]",
    ),
    (
        "de",
        [],
        "Für die Vertragsverlängerung wollen Sie eine Ausweiskopie? Die Personalausweisnummer "
        "[[ID:L01X00T47]] reicht doch, oder? [[P:Gökhan Arslan]]",
    ),
    ("de", [], "Ihre Hotline 0800 330 1000 ist ständig besetzt und unter 0180 6 112233 geht keiner ran. Was soll das?"),
    ("en", [], "Your support number 0345 600 2211 doesn't work. And noreply@fastparcel.co.uk bounced my reply."),
    (
        "de",
        [],
        "Mein Account wurde gesperrt, angeblich wegen verdächtiger Logins. Meine IP war "
        "[[IP:91.64.203.17]]. Kundennummer [[CN:C-7712094]]. Danke!",
    ),
    (
        "en",
        [],
        "Please update the phone on my account to [[T:+49 170 1234567]], the old one was [[T:+49 151 98765432]].",
    ),
    (
        "de",
        [],
        "Betreff: Kündigung\n\nHiermit kündige ich meinen Vertrag Nr. [[CN:DSL-4471-0092]] fristgerecht "
        "zum nächstmöglichen Zeitpunkt.\n\n[[P:Ewa Zielińska]]\n[[A:Bahnhofstr. 12]]\n[[A:86150 Augsburg]]",
    ),
    (
        "de",
        [],
        "Bei uns im Haus hat keiner mehr Empfang, seit der Sendemast abgebaut wurde. Betrifft das die ganze Straße?",
    ),
    ("en", [], "hi, can u reset 2FA for [[E:dan.whitford@outlook.com]]? lost my phone on holiday"),
    (
        "de",
        [],
        "Hallo, hier ist [[P:Marek Dudek]]. Ich bin Kunde seit 2012 und möchte mich beschweren: "
        "Vertragsnummer [[CN:MV-33019228]], Rückruf an [[T:0341 2258903]].",
    ),
    # ------------------------------------------------------------ bank
    (
        "de",
        [],
        "Sehr geehrte Damen und Herren,\nbitte richten Sie einen Dauerauftrag ein: monatlich 450 € an "
        "meine Vermieterin [[P:Gisela Fuhrmann]], IBAN [[I:<<iban3>>]].\nMein Konto: [[I:<<iban1_plain>>]]\n"
        "[[P:Oliver Stamm]]",
    ),
    (
        "en",
        [],
        "I lost my card. The number was [[C:<<card1_spaced>>]]. Please block it immediately and call me on "
        "[[T:+44 7946 123456]].",
    ),
    (
        "de",
        [],
        "Karte endet auf 4417, die ist gesperrt, obwohl ich nichts gemacht habe. Geburtsdatum "
        "[[D:17.04.1958]], Kontoinhaberin [[P:Waltraud Fink]].",
    ),
    (
        "de",
        [],
        "Für den Freistellungsauftrag brauchen Sie meine Steuer-ID: [[X:<<idnr1_spaced>>]] und die meiner "
        "Frau: [[X:<<idnr2>>]]. [[P:Rüdiger Lehnert]]",
    ),
    ("en", [], "Could you confirm the IBAN on my account? I only see DE** **** **** **** 4230 in the app."),
    (
        "de",
        [R],
        "Ich bin aus der Kirche ausgetreten. Ab wann wird keine Kirchensteuer mehr auf meine Kapitalerträge "
        "abgeführt? Kundennummer [[CN:7741209]]",
    ),
    (
        "de",
        [],
        "In Ihrer Banking-Software wird die Kirchensteuer mit 9 % berechnet, in Bayern sind es doch 8 %. "
        "Ist das ein Bug in Version 4.2.1?",
    ),
    (
        "en",
        [],
        "Please update my address to [[A:27 Larkspur Close]], Flat 3, [[A:Leeds LS6 4JD]]. Everything else "
        "stays the same.",
    ),
    (
        "en",
        [],
        "Please charge the deposit to my Amex [[C:<<card3_spaced>>]], exp 09/27. Name on card: [[P:Rafael Ortega]]",
    ),
    ("de", [], "Meine Kreditkarte [[C:<<card2_dashed>>]] wurde doppelt belastet (2 x 79,00 €)."),
    (
        "de",
        [],
        "Bitte buchen Sie den Betrag von meinem Konto ab: [[I:<<iban6>>]] (klein geschrieben, ich weiß), "
        "Inhaber [[P:Ferhat Çelik]].",
    ),
    ("en", [], "Refund to [[I:<<iban5>>]] please, BIC INGBNL2A. [[P:Sanne Verhoeven]]"),
    ("de", [], "Meine neue Bankverbindung lautet [[I:<<iban4>>]]. Bitte ab nächsten Monat verwenden."),
    ("de", [], "Im Formular steht als Beispiel DE00 0000 0000 0000 0000 00 – muss ich da meine echte IBAN eintragen?"),
    (
        "de",
        [],
        "Bitte überweisen Sie die Kaution auf unser Firmenkonto, schreiben Sie: Zahlungsempfänger "
        "Hausverwaltung Brandt, IBAN <<iban_org>>. Stimmt das so? Ich habe Angst vor Betrug.",
    ),
    ("en", [], "Is the savings rate of 3.1 % fixed for 12 months? I have about 20,000 to invest."),
    # ------------------------------------------------------------ tax / business customers
    (
        "de",
        [],
        "Ich bin Freiberuflerin (Grafikdesign). Bitte tragen Sie meine USt-IdNr. [[V:<<vat1_spaced>>]] und "
        "Steuernummer [[X:143/227/51208]] im Geschäftskonto ein. [[P:Carla Nitsch]], [[A:Hafenstraße 19]], "
        "[[A:48153 Münster]]",
    ),
    (
        "en",
        [],
        "Invoice please to my one-man business, VAT [[V:<<vat3>>]], [[A:Prinsengracht 112]], "
        "[[A:1015 EA Amsterdam]]. Thanks, [[P:Joost de Vries]]",
    ),
    (
        "de",
        [],
        "Rechnung bitte an Mag. [[P:Kathrin Haider]], [[A:Mariahilfer Straße 88]], [[A:1070 Wien]], UID [[V:<<vat2>>]]",
    ),
    (
        "en",
        [],
        "From: [[P:Ben Hartley]] <[[E:ben.hartley@hartley-joinery.co.uk]]>\nTo: support@cloudinvoice.io\n"
        "Subject: VAT on my invoices\n\nHi, my VAT number is [[V:GB331343342]], please show it on every invoice.\n\n"
        "[[P:Ben]]",
    ),
    (
        "de",
        [],
        "Ich bin selbständiger Elektriker. Meine Steuernummer ist [[X:145/902/60314]], bitte auf den "
        "Rechnungen ergänzen.",
    ),
    (
        "de",
        [],
        "Für den Rentenantrag: Rentenversicherungsnummer [[S:<<rvnr1_spaced>>]], Steuer-ID [[X:<<idnr3>>]]. "
        "[[P:Karl-Heinz Obermeier]], geb. [[D:12.03.1985]]",
    ),
    ("en", [], "I need to update my payroll details: my National Insurance number is [[S:JT 48 21 90 B]]."),
    (
        "de",
        [],
        "Lohnabrechnung: Personalnummer 004471, Steuerklasse 3. Sozialversicherungsnummer "
        "[[S:<<rvnr2>>]]. Bitte korrigieren Sie den Namen auf [[P:Sandra Eckhoff]].",
    ),
    (
        "en",
        [],
        "Our office is moving: from 1 April please send everything to [[A:18 Dalton Road]], "
        "[[A:Bristol BS2 9DF]]. Kind regards, [[P:Imogen Shaw]]",
    ),
    # ------------------------------------------------------------ public transport
    (
        "de",
        [],
        "Ich habe eine Fahrpreisnacherhebung bekommen (Aktenzeichen FN-2025-118834), obwohl ich ein "
        "Deutschlandticket habe. Abo-Nummer [[CN:DT-4481920]]. [[P:Sophie Grünewald]]",
    ),
    (
        "de",
        [H],
        "Ich habe einen Schwerbehindertenausweis mit Merkzeichen B. Darf meine Begleitperson kostenlos "
        "mitfahren? Kundennummer [[CN:91204471002]]",
    ),
    (
        "en",
        [],
        "Left my laptop bag on the 23 bus this morning around 8:15. It's a grey Samsonite with a sticker. "
        "Please call me on [[T:07459 226310]]. [[P:Ruth Adeyemi]]",
    ),
    (
        "de",
        [],
        "Der Bus 142 fährt seit Wochen unpünktlich, wegen Streik ist er letzte Woche ganz ausgefallen. Ich "
        "komme ständig zu spät zur Arbeit.",
    ),
    ("de", [], "Warum kostet das Monatsticket jetzt 58 €? Das ist doch Abzocke."),
    ("en", [], "Can I take a folding bike on the tram at rush hour?"),
    (
        "de",
        [],
        "Mein Sohn [[P:Paul]] (geboren am [[D:5. Mai 2010]]) braucht ein Schülerticket. Schule: "
        "Gymnasium am Markt. Unsere Adresse: [[A:Eichendorffstraße 14]], [[A:33602 Bielefeld]].",
    ),
    # ------------------------------------------------------------ software support
    (
        "en",
        [],
        "Our SSO broke after updating to v2.14.3. Server IP [[IP:172.16.40.12]], client IPv6 "
        "[[IP:2001:db8:85a3::8a2e:370:7334]]. Ticket #88213. – [[P:Mei Lin Zhou]]",
    ),
    (
        "de",
        [],
        "Lizenzschlüssel 7HXQ-22PL-9K3M-ZZ81 wird nicht akzeptiert. Seriennummer des Geräts: SN4471902883. "
        "Build 2025.3.118.",
    ),
    ("en", [], "Touch ID on my MacBook stopped working after the update, any fix?"),
    (
        "en",
        [BIO],
        "When I opened my account your app recorded a sample of my voice for caller verification. I withdraw "
        "consent – erase that voiceprint now, please. Customer number [[CN:55120934]]. [[P:Fiona Gallagher]]",
    ),
    (
        "de",
        [],
        "Ich komme nicht mehr in mein Konto. Hinterlegt ist [[E:t.krueger(at)web.de]], aber der "
        "Passwort-Reset kommt nicht an.",
    ),
    (
        "de",
        [H],
        "Ich bin blind und Ihre neue Oberfläche ist mit dem Screenreader nicht bedienbar. Version 12.0.4. "
        "[[P:Katrin Vossberg]]",
    ),
    (
        "en",
        [],
        "Hi [[P:Noor]],\n\nthat didn't fix it, the export still fails.\n\n[[P:Tariq]]\n\nOn Tue, 4 Mar 2025, "
        "[[P:Noor]] from Support wrote:\n> Hi [[P:Tariq]], could you clear the cache and try again?\n> [[P:Noor]] | "
        "Customer Success | help@planboard.io",
    ),
    (
        "de",
        [BIO],
        "Bitte löschen Sie meinen gespeicherten Fingerabdruck aus Ihrem Zeiterfassungssystem, ich bin "
        "seit 31.03. nicht mehr bei der Firma. [[P:Arne Petersen]]",
    ),
    ("en", [], "The app crashes on Android 14 when I open settings. Build 7.2.0 (4471). Screenshot attached."),
    ("de", [], "Face ID funktioniert in Ihrer Banking-App nicht mehr seit dem letzten Update."),
    (
        "en",
        [],
        "Please add my colleague [[P:Rahul Menon]] ([[E:rahul.menon@kettleworks.co.uk]]) as an admin to our workspace.",
    ),
    ("de", [], "Moin, der Export nach DATEV bricht bei 1.048.576 Zeilen ab. Ist das ein bekanntes Limit?"),
    (
        "en",
        [],
        "Which IP ranges do I need to whitelist for your webhooks? We use [[IP:203.0.113.0/24]] on our side currently.",
    ),
    # ------------------------------------------------------------ craftsman
    (
        "de",
        [H],
        "Guten Tag Herr [[P:Behrens]],\n\nwie besprochen die Daten für das Angebot Badsanierung: "
        "[[A:Gartenstraße 5]], [[A:79098 Freiburg]], EG links. Erreichbar bin ich unter [[T:0761 4480127]] oder "
        "[[E:m.ziegler@posteo.de]]. Wegen meiner Hüft-OP bräuchte ich eine bodengleiche Dusche.\n\nViele Grüße\n"
        "[[P:Martina Ziegler]]",
    ),
    (
        "de",
        [],
        "Die Tischlerei Behrens GmbH hat bei uns die Küche eingebaut, jetzt klemmt eine Schublade. "
        "Auftragsnummer 2025-0412. Wer ist zuständig?",
    ),
    (
        "de",
        [],
        "Hallo, der Monteur Herr [[P:Krasniqi]] war heute da, aber das Ersatzteil fehlte. Neuer Termin am "
        "Donnerstag, 14 Uhr? [[A:Am Anger 3-5]] in [[A:Erfurt]].",
    ),
    (
        "en",
        [],
        "Hi [[P:Tom]], thanks for the quote for the fence. Can you start on 12 May? Address is "
        "[[A:9 Orchard Way]], [[A:Didcot OX11 7PL]]. Cheers, [[P:Gemma]]",
    ),
    (
        "de",
        [],
        "Moin, Dachrinne undicht seit dem Sturm. Könnt ihr vorbeikommen? [[A:Deichstraße 2]], "
        "[[A:25813 Husum]]. Gruß [[P:Hauke]]",
    ),
    (
        "de",
        [],
        "Die Waschmaschine läuft aus. Gerät: WM 14N2G1, Fabrikationsnummer 401 080 223. Termin bitte vormittags.",
    ),
    (
        "en",
        [],
        "This is [[P:Kwame Mensah]] – I called earlier about the broken washing machine (serial "
        "WM4471-88213-X). Please call back on [[T:07459 331208]].",
    ),
    ("en", [], "the installer ([[P:Marek]]) left without connecting the dishwasher. job ref JB-20451"),
    ("de", [], "Beim Sturm am Wochenende ist die Satellitenschüssel verrutscht, seitdem kein Empfang."),
    ("de", [], "Seit Mai tropft der Wasserhahn in der Küche. Können Sie einen Termin machen? Ich wohne in Hamburg."),
    ("en", [], "Hi, is 23 May ok for the boiler service? I'm in most days. [[P:Lewis]]"),
    # ------------------------------------------------------------ Art. 9 and mixed
    (
        "de",
        [ETH],
        "Ich bin Sorbin und hätte gern die Rechnung zweisprachig, deutsch und sorbisch. Geht das? [[P:Hanka Nowak]]",
    ),
    (
        "en",
        [ETH],
        "As a Roma woman I have been refused service twice at your Leicester branch. I'd like a written "
        "explanation. [[P:Ana Stoica]]",
    ),
    (
        "de",
        [POL],
        "Bitte liefern Sie die Flyer an [[A:Kirchgasse 11]], [[A:72070 Tübingen]]. Ich bin im "
        "Ortsverband der Grünen aktiv und wir brauchen sie für den Wahlstand am Samstag.",
    ),
    (
        "en",
        [POL],
        "I'm a Labour councillor and I'd like the invoice for the campaign leaflets split per ward. [[P:Dev Malhotra]]",
    ),
    (
        "de",
        [TU],
        "Als Mitglied der IG Metall bekomme ich doch Rabatt bei Ihnen? Meine Mitgliedsnummer ist [[CN:8841207]].",
    ),
    ("en", [TU], "I'm the Unison rep on our ward and need 40 copies of the poster printed by Friday."),
    (
        "en",
        [SEX],
        "My wife and I want to change the account name after our wedding; she took my surname. — [[P:Claire Benton]]",
    ),
    ("en", [], "My DNA test kit hasn't arrived yet, order 55-11820."),
    (
        "en",
        [GEN],
        "The ancestry DNA analysis you ran says I'm a carrier for cystic fibrosis. Please delete all my "
        "raw data. Account: [[E:k.mbeki@protonmail.com]]",
    ),
    ("de", [R], "Ich singe im Kirchenchor und brauche den Sonntag frei – können Sie die Lieferung auf Samstag legen?"),
    ("en", [], "Are your gummy bears halal?"),
    ("de", [R], "Als Muslimin esse ich kein Schweinefleisch – ist in der Gelatine Schwein enthalten?"),
    ("de", [], "Haben Sie Blutdruckmessgeräte mit großer Manschette?"),
    ("de", [H], "Ich habe Zöliakie. Enthält das Brot Spuren von Gluten?"),
    (
        "en",
        [H],
        "I'm on sick leave until the 20th so can't pick up the parcel from the depot. Can it go to my "
        "neighbour Mrs [[P:Achterberg]] at [[A:12 Station Road]]?",
    ),
    (
        "de",
        [H],
        "Meine Brille ist kaputt, neues Rezept: rechts -2,25 dpt, links -1,75 dpt. Bitte die gleichen "
        "Gläser wie letztes Mal, Kundennummer [[CN:40-118827]].",
    ),
    (
        "de",
        [],
        "Mein Vater ist letzten Monat verstorben. Wie kündige ich seinen Handyvertrag? Vertragsnummer "
        "[[CN:MV-88127730]]. [[P:Susanne Quast]]",
    ),
    (
        "de",
        [H],
        "Mein Opa (Jahrgang [[D:1942]]) möchte ein Seniorenhandy mit großen Tasten, er hört sehr schlecht "
        "und trägt Hörgeräte.",
    ),
    ("en", [], "It's my wife's birthday on [[D:18 October]] – can you deliver the flowers that day? Order 44812."),
    (
        "de",
        [H],
        "Ich bin wegen einer Depression krankgeschrieben und kann den Termin zur Zählerablesung nicht "
        "wahrnehmen. Kann das mein Nachbar machen, Herr [[P:Sturm]]?",
    ),
    (
        "de",
        [H],
        "Meine Mutter hat Pflegegrad 3. Bekommt sie einen Rabatt auf den Hausnotruf? Sie wohnt "
        "[[A:Rosenweg 12]], [[A:97070 Würzburg]]. Gruß [[P:Andrea Vogt]]",
    ),
    (
        "en",
        [H],
        "Hi, my husband [[P:Tomasz]] has dementia and keeps ordering things online. Can you put a block on "
        "his account? Account email [[E:tomasz.wrobel58@wp.pl]]. [[P:Halina Wróbel]]",
    ),
    (
        "de",
        [],
        "Hallo, können Sie die Rechnung auf meine Lebensgefährtin umschreiben? [[P:Nadine Bauer]], "
        "[[E:nadine.bauer@web.de]]. Danke, [[P:Christian Ludwig]]",
    ),
    (
        "en",
        [H],
        "my daughter [[P:Isla]] is 9 and has type 1 diabetes, can she bring her insulin pump through security?",
    ),
    (
        "de",
        [ETH],
        "Ich bin Kurde und mein Name wird in Ihrer App immer falsch geschrieben: [[P:Rêber Xelîl]], nicht "
        "[[P:Reber Khalil]].",
    ),
    ("de", [], "Die Vertragsparteien sind im Anhang genannt, bitte prüfen Sie den Mietvertrag bis Freitag."),
    ("de", [], "Unser Betriebsrat möchte 30 Kaffeetassen mit Logo bestellen. Geht das bis Weihnachten?"),
    ("en", [], "Prices keep going up and taxes too, it's ridiculous. Why is my bill higher this quarter?"),
    (
        "en",
        [TU],
        "We're all GMB members at the depot and the shop steward asked me to order the banners. "
        "Invoice to [[P:Shaun Doyle]], [[A:4 Quarry Lane]], [[A:Sheffield S9 3XY]].",
    ),
    ("de", [], "Wer ist eigentlich Frau Dr. [[P:Lange]]? Die hat mir einen Brief wegen einer Mahnung geschickt."),
    ("de", [], "hallo bin [[P:marie]] von gestern, hab die rechnung noch nicht bekommen"),
    (
        "de",
        [],
        "Sehr geehrte Damen und Herren, ich widerspreche der Nutzung meiner Daten zu Werbezwecken.\n"
        "Dr. [[P:Annette Krüger-Salm]]\n[[A:Uhlandstr. 140]]\n[[A:10719 Berlin]]",
    ),
    ("de", [], "Guten Tag, ich hätte gern Infos zu Ihren Ostern-Angeboten. Liefern Sie auch an Karfreitag?"),
    (
        "en",
        [R],
        "I'm Jewish and keep kosher – is the catering at your venue able to provide sealed kosher meals "
        "for me? [[P:Miriam Adler]]",
    ),
    ("en", [], "Do you sell kosher salt in 1 kg bags?"),
    (
        "de",
        [POL],
        "Ich war gestern auf der Demo gegen Rechts und dabei ist mein Handy kaputtgegangen. Deckt das die "
        "Versicherung? [[P:Jonas Feld]]",
    ),
    ("en", [], "Hi, I'd like to book a table for 6 on 14 February, name [[P:Whitaker]]. Phone [[T:07459 118820]]."),
    ("de", [], "Bitte Ware an meine Arbeitsstelle liefern: Klinikum Nord, Station 4, z. Hd. [[P:Svenja Kurz]]."),
]

# Second batch, written after the first round of fixes as a fresh probe (not tuned before scoring).
MESSAGES += [
    (
        "de",
        [],
        "Sehr geehrte Damen und Herren,\n\nich habe mit Herrn [[P:Klein]] aus Ihrer Buchhaltung telefoniert, "
        "er meinte, die Mahnung sei ein Versehen.\n\nMit freundlichen Grüßen\n\n[[P:Jörg Albrecht]]\nTel.: "
        "[[T:+49 (0)89 12 34 56-78]]\nMobil: [[T:0172 4455667]]",
    ),
    ("de", [], "Danke & Gruß\n[[P:M. Schulte]]\n\nVon meinem iPhone gesendet"),
    ("de", [], "Grüße aus dem Allgäu, [[P:Resi]]"),
    (
        "de",
        [],
        "Bitte die Ware an [[P:Anna von der Heide]], [[A:Zum Schützenhof 3]], [[A:49076 Osnabrück]] schicken. "
        "Die Rechnung geht an mich.",
    ),
    ("en", [], "Hi, please cancel order 2291-7781. Regards,\n[[P:Jan de Boer]]\nFlat 2, [[A:14 Baker Lane]]"),
    ("de", [], "Frau Dr. med. [[P:Ute Baumann]] hat mir das Gerät empfohlen. Ist es von der Kasse erstattungsfähig?"),
    ("de", [], "Geburtsdatum: [[D:1.1.1970]]\nName: [[P:Weber]], [[P:Jürgen]]\nKNr. [[CN:1120034]]"),
    ("en", [], "Account holder: [[P:Liam O'Sullivan]], DOB: [[D:03/04/1979]], member no. [[CN:558120]]"),
    ("en", [], "I was born in [[D:1984]] so I should qualify for the under-45 rate, right?"),
    ("de", [], "Bitte rufen Sie mich an: Tel [[T:0 89 / 12 34 56]]. [[P:Huber]]"),
    ("en", [], "You can reach me on [[T:+41 79 123 45 67]] while I'm in Zurich."),
    ("de", [], "Mein Laptop hat die IPv6 [[IP:2a02:8108:1240:6e00:4c1d:9a2f:77b1:3e05]] und kommt nicht ins WLAN."),
    ("de", [], "Windows Version 10.0.19045.3693, Treiber 31.0.101.4502 – trotzdem stürzt das Programm ab."),
    ("de", [], "Kunden-Nr: [[CN:123-456-789]], Payback-Karte [[CN:3083421177]]"),
    ("en", [], "my email is [[E:sofia.marquez at gmail.com]] if you need it"),
    (
        "de",
        [TU],
        "Ich bin seit 2019 bei ver.di organisiert und wollte fragen, ob es den Gewerkschaftsrabatt noch gibt.",
    ),
    ("de", [H], "Mein Sohn ist Autist und verträgt laute Geräusche schlecht. Gibt es ruhigere Zeiten im Markt?"),
    ("de", [H], "Meine Frau hat MS und braucht deshalb ein Zimmer im Erdgeschoss."),
    ("en", [H], "I have ADHD and keep forgetting my password – can you send the reset link again?"),
    ("de", [R], "Wir sind Zeugen Jehovas und möchten keine Weihnachtsdeko in der Lieferung haben."),
    ("en", [R], "As a practising Muslim I need the prayer times respected for the team event booking."),
    ("en", [SEX], "I'm bisexual and found the question about my 'wife or husband' on your form a bit weird."),
    ("en", [], "Deliver to my partner [[P:Alex]] at [[A:3 Quay Street]], [[A:Manchester M3 3HN]]."),
    (
        "de",
        [],
        "Grüße,\n[[P:Kerstin]]\n\n-----Ursprüngliche Nachricht-----\nVon: Schuhhaus Brandl <info@schuhhaus-brandl.de>\n"
        "Gesendet: Montag, 3. März 2025\nAn: [[E:kerstin.loew@freenet.de]]\n\nSchuhhaus Brandl e.K.\n"
        "Marienplatz 8 · 84028 Landshut\nTelefon 0871 221133\nUSt-IdNr. <<vat_org>>",
    ),
    (
        "de",
        [],
        "Meine alte Adresse war [[A:Weidenweg 4]] in [[A:Lüneburg]], die neue ist [[A:Am Sande 12]], "
        "[[A:21335 Lüneburg]].",
    ),
    ("en", [], "Hello, my landlord Mr [[P:Okoro]] said the boiler is your responsibility. Flat 4B."),
    (
        "de",
        [],
        "Hallo liebes Team, ich würde gerne meinen Namen ändern lassen, ich heiße jetzt [[P:Lea Hoffmann-Sahin]] "
        "(vorher [[P:Lea Hoffmann]]).",
    ),
    ("en", [], "My colleague's number is [[T:020 7946 0958]], she'll collect the parcel."),
    ("de", [], "Kontoinhaber: [[P:Ralf Brügge]]\nIBAN: [[I:<<iban2>>]]\nBIC: COBADEFFXXX"),
    ("de", [], "Zahlung an: Sportverein Blau-Weiß e.V., IBAN <<iban_org>>, Verwendungszweck Mitgliedsbeitrag 2025."),
    ("en", [], "Happy new year! Quick question: is the 24/7 hotline also free from mobiles?"),
    ("de", [], "Guten Morgen, die Wartung am Kessel (Baujahr 2009, Typ VC 206/5-5) ist fällig. Wann hätten Sie Zeit?"),
    ("en", [], "Order for Dr. [[P:Femi Adeyemi]]? The delivery note says 'Dr. [[P:Adeyemi]]', is that right?"),
    ("de", [], "Ich bin Frührentnerin und lebe von 980 € im Monat, gibt es einen Sozialtarif?"),
    (
        "de",
        [],
        "Mein Mann [[P:Günther]] ist am 3. Februar verstorben, bitte stellen Sie den Vertrag auf mich um. "
        "[[P:Elfriede Maas]]",
    ),
    ("en", [], "Hi [[P:Sam]], can you check whether my refund went out? Thx, [[P:Nick]]"),
    ("de", [], "Steuer-Identifikationsnummer: [[X:<<idnr3>>]]\nFinanzamt München, Steuerklasse 1"),
    ("de", [], "Bitte an meinen Nachbarn [[P:Serkan Yavuz]] liefern, [[A:Hauptstraße 17a]], falls ich nicht da bin."),
    ("en", [], "The engineer, [[P:Dave]], said you'd send a new part by Friday."),
    ("de", [], "Fax an [[T:030 8862 4419]] bitte, ich habe kein E-Mail."),
]

# Third batch: a further fresh probe, scored before any change it prompted.
MESSAGES += [
    (
        "de",
        [],
        "Vorname: [[P:Heike]]\nNachname: [[P:Strobel]]\nStraße: [[A:Lindenallee 5]]\nPLZ: [[A:50968]]\n"
        "Ort: [[A:Köln]]\nGeburtsdatum: [[D:24.12.1966]]\nAnliegen: Adressänderung, bitte ab sofort diese Anschrift.",
    ),
    (
        "en",
        [],
        "First name: [[P:Oluwaseun]]\nLast name: [[P:Bakare]]\nAddress: [[A:221 Camden High Street]], "
        "[[A:London NW1 7BT]]\nPhone: [[T:07459 882901]]\nMessage: The sofa legs are missing.",
    ),
    (
        "de",
        [],
        "Sehr geehrter Herr Dr. [[P:Hansen]],\n\nvielen Dank für die schnelle Hilfe.\n\nMit besten Grüßen aus "
        "Kiel\n[[P:Frauke]] & [[P:Jens Petersen]]",
    ),
    ("en", [], "Please close the account.\n\nBest,\n[[P:J. R. Whitmore]]"),
    ("de", [], "Telefonisch erreichen Sie mich unter [[T:0151/27384950]], am besten nach 18 Uhr."),
    ("de", [], "Meine Handynummer hat sich geändert: [[T:0160 - 938 475 61]]"),
    ("de", [], "Bitte nicht die 0800 111 0 111 anrufen, das ist die falsche Nummer für Reklamationen."),
    ("de", [], "IBAN [[I:<<iban3>>]] (Kontoinhaberin ist meine Mutter, [[P:Gertrud Jansen]])"),
    ("de", [], "Ich bin am [[D:14. Mai 1978]] geboren und möchte den 50+-Tarif, geht das schon?"),
    ("de", [], "Rechnung vom 02.02.2025, Lieferung am 14.02.2025 – aber das Paket kam erst im März."),
    ("de", [], "Ausweis-Nr.: [[ID:T22000129]], ausstellende Behörde Stadt Kassel"),
    ("de", [], "Meine Versichertennummer lautet [[K:<<kvnr3>>]]. Wann kommt die neue Karte?"),
    ("de", [], "Haben Sie koschere Gummibärchen im Sortiment?"),
    ("de", [H], "Ich bin Diabetikerin und brauche die Lieferung gekühlt, da Insulin dabei ist."),
    (
        "de",
        [H],
        "Unser Sohn [[P:Mattis]] hat Neurodermitis, welche Bettwäsche ist am verträglichsten?",
    ),
    ("en", [H], "I'm deaf, so please contact me by email only: [[E:r.holloway@btinternet.com]]"),
    ("en", [H], "My dad (he's 82 and uses a walker since his stroke) needs a ground-floor room."),
    (
        "de",
        [],
        "Meine Schwiegermutter, Frau [[P:Holzapfel]], nimmt das Paket an. Ansprechpartnerin vor Ort: "
        "[[P:Yvonne Brückner]].",
    ),
    ("de", [], "Grüße aus Dresden\n\n[[P:Sandro]]"),
    ("de", [], "Der Wolf Garten Rasenmäher springt nicht an, Modell A 400 E, gekauft 2023."),
    ("en", [], "Will do, thanks for sorting it!\n– [[P:Will]]"),
    ("en", [], "New address: Flat 12, [[A:3 Riverside Walk]], [[A:York YO1 6FJ]]."),
    ("de", [], "Ihre Filiale in der Bahnhofstraße 12 hat mir den Rabatt nicht gegeben."),
    ("en", [], "The charge on my Visa ending **** **** **** 1234 is wrong."),
    ("de", [], "Mitglied Nr. [[CN:4471-23]], ich möchte meinen Beitrag ändern."),
    ("de", [], "Hallo zusammen, ich bin der [[P:Bernd]] vom Kleingartenverein, wir brauchen 20 Säcke Erde."),
    ("en", [POL], "I volunteer for the Green Party at weekends and would like to order 500 badges."),
    ("de", [TU], "Wir sind im Betrieb alle in der IG BCE und möchten eine Sammelbestellung aufgeben."),
    (
        "de",
        [ETH],
        "Als Jesidin ist es mir wichtig, dass das Catering kein Salat mit... ach, egal. Gibt es vegetarische Optionen?",
    ),
    (
        "de",
        [BIO],
        "Ihr Fitnessstudio hat meinen Fingerabdruck für den Zugang gespeichert – bitte löschen Sie ihn, "
        "ich habe gekündigt. Mitgliedsnummer [[CN:FS-229104]]",
    ),
    ("en", [GEN], "Your DNA test results show I have the APOE4 variant. Who else has access to this result?"),
    ("de", [SEX], "Meine Freundin und ich sind ein lesbisches Paar und möchten die Hochzeitsreise buchen."),
    (
        "de",
        [],
        "Die Lieferung für Herrn [[P:Özdemir]] ging an die falsche Hausnummer: statt [[A:Talstraße 8]] an die 18.",
    ),
    ("en", [], "Could you send the form to my accountant, [[P:Priyanka Shah]] ([[E:priyanka@shah-accounts.co.uk]])?"),
    (
        "de",
        [],
        "Betreff: Widerruf\n\nhiermit widerrufe ich den Kaufvertrag über den Staubsauger (Bestellung "
        "DE-5581-22).\n\n[[P:Lukas Brenner]]\n[[A:Lange Reihe 29]]\n[[A:20099 Hamburg]]\n"
        "[[E:lukas.brenner@mailbox.org]]",
    ),
]

# Fourth batch: a further fresh probe, scored before any change it prompted.
MESSAGES += [
    ("en", [], "This is Amazon Prime Video – why was I charged twice this month?"),
    ("de", [], "Mein Name ist [[P:Leila Haddad]], ich wohne in der [[A:Sonnenallee 12]] in [[A:Berlin-Neukölln]]."),
    ("en", [H], "Hi, [[P:Ruth]] here. Is my prescription ready for collection?"),
    ("de", [], "Gruß vom Bodensee\n[[P:Ulla]] & [[P:Heinz]]"),
    ("en", [], "Kind regards\nDr [[P:Amelia Hartmann-Price]]\nConsultant Radiologist"),
    ("de", [], "Paket bitte bei der Nachbarin Fr. [[P:Schulze-Brink]] (EG) abgeben."),
    (
        "de",
        [],
        "Die Rechnung ist an meinen verstorbenen Mann adressiert, bitte auf mich ändern: [[P:Brigitte Sauer]], "
        "[[A:Am Mühlbach 2a]], [[A:83646 Bad Tölz]].",
    ),
    ("en", [], "Our wifi keeps dropping. The router is at [[IP:192.168.0.1]], my laptop gets [[IP:192.168.0.23]]."),
    ("de", [], "Bitte die Nummer [[T:0049 171 2345678]] als Zweitnummer hinterlegen."),
    ("en", [], "cancel membership pls. acc no [[CN:77120044]]. ta"),
    ("de", [], "Meine Vertragsnr lautet [[CN:4400-2219-88]] und meine Zählernummer 1APA0119283745."),
    ("de", [], "Geburtstag: [[D:29.02.1988]]\nMitgliedsnummer: [[CN:55-2201]]"),
    ("en", [], "Please note my daughter [[P:Zoe]]'s date of birth is [[D:12/08/2012]] for the child fare."),
    ("de", [], "Das Angebot gilt bis 31.12.2025, Preis 1.299 €, Lieferzeit 3-5 Werktage."),
    ("de", [], "Welche Öffnungszeiten hat die Filiale Hauptstraße 3 in Wismar?"),
    ("en", [], "Your warehouse at 5 Dock Road, Tilbury RM18 7BX keeps rejecting our pallet."),
    ("de", [R], "Ich bin Muslim und faste im Ramadan – können Sie nach Sonnenuntergang liefern?"),
    ("en", [R], "I'm Catholic and would like the baptism gift for my godson engraved with a cross."),
    ("en", [], "Do you have Easter opening hours?"),
    ("de", [H], "Ich bin auf Krücken angewiesen, bitte liefern Sie bis in den 3. Stock."),
    ("en", [H], "I had a miscarriage last month and I want to stop the baby product emails."),
    ("de", [], "Ist das Hörgeräte-Ladegerät kompatibel mit Phonak?"),
    ("en", [H], "my son's autism assessment is on Monday so he'll miss the class – can we get a refund?"),
    ("de", [SEX], "Mein Ehemann und ich möchten den Familientarif abschließen.\n\nViele Grüße\n[[P:Thomas Brandl]]"),
    (
        "de",
        [POL],
        "Ich bin Mitglied der SPD und organisiere den Infostand, bitte liefern Sie die Pavillons bis Freitag.",
    ),
    ("en", [TU], "As a member of the RMT I'm entitled to the union discount, right?"),
    (
        "de",
        [GEN, H],
        "Laut meinem Gentest habe ich eine Veranlagung zur Laktoseintoleranz, welche Produkte sind geeignet?",
    ),
    ("en", [BIO], "Please erase the face scan your app took of me when I registered."),
    ("de", [ETH], "Wir sind Sinti und wurden in Ihrem Laden beleidigt. Ich erwarte eine Entschuldigung."),
    (
        "de",
        [],
        "Unser Firmensitz ist in der [[A:Industriestraße 4]], [[A:76131 Karlsruhe]] – schicken Sie die Rechnung "
        "bitte dorthin.",
    ),
    ("de", [], "Absender: [[P:Peter Kowalski]], [[A:Ringstraße 7]], [[A:99084 Erfurt]]"),
    ("en", [], "The tracking number 1Z999AA10123456784 shows 'exception' since Tuesday."),
    ("de", [], "Das Auto läuft auf meine Frau, [[P:Sabine Lindner]]."),
    (
        "de",
        [],
        "Moin, wir haben 2 Paletten Pflastersteine bestellt, Lieferung bitte an die Baustelle [[A:Kieler Str. 210]], "
        "[[A:24537 Neumünster]]. Ansprechpartner vor Ort ist Polier [[P:Sönke Thode]], [[T:0160 5566778]].",
    ),
    ("en", [], "I'm writing on behalf of my elderly neighbour, Mr [[P:Albert Finch]], who has no email."),
]

# Fifth batch: a further fresh probe, scored before any change it prompted.
MESSAGES += [
    ("en", [], "This is Premium Support? I've been waiting three days for an answer."),
    ("de", [], "Ich arbeite als Zahnarzthelferin und brauche die Arbeitskleidung in Größe 38."),
    ("en", [], "the name Hermès on the gift box is misspelt, can you reprint it?"),
    ("en", [], "I'll be at home from 6 pm, the driver can leave it at number 12 if I'm out."),
    (
        "de",
        [],
        "Die Lieferung an Frau [[P:Marlene Hinz]], [[A:Ahornstraße 3]], [[A:15711 Königs Wusterhausen]] wurde "
        "nicht zugestellt.",
    ),
    ("en", [], "Hi, my name's [[P:Deepika]] and I placed an order for my mother-in-law."),
    (
        "en",
        [],
        "Can you deliver to the back door? Thanks – [[P:Kev]] (flat 3, [[A:19 Alder Road]], [[A:Hull HU5 2QN]])",
    ),
    ("de", [], "Tel. privat: [[T:06221 / 47 11 08]], dienstlich bin ich nicht erreichbar."),
    ("de", [], "LG aus Köln, die Zwillinge [[P:Mia]] und [[P:Ben]] grüßen auch!"),
    ("en", [], "We love the Ben & Jerry's flavours, are any of them vegan?"),
    ("de", [H], "Mein Sohn (8) hat eine Laktoseintoleranz – ist im Kakao Milchzucker?"),
    ("en", [], "I'm vegetarian, does the soup contain meat stock?"),
    ("en", [SEX], "My partner and I (we're both women) would like to book the couples massage."),
    ("de", [POL], "Ich bin Mitglied bei den Grünen und kandidiere für den Stadtrat, bitte Rechnung an mich privat."),
    ("en", [TU], "My employer deducts union dues – I'm in Unite – can you invoice them for the course?"),
    (
        "de",
        [BIO],
        "Bitte löschen Sie die Stimmaufnahme, die Ihr Sprachassistent von mir für die Stimmerkennung gespeichert hat.",
    ),
    (
        "en",
        [BIO],
        "The facial recognition at your gym entrance no longer recognises me since I grew a beard. Can you "
        "re-enrol my face template?",
    ),
    ("de", [GEN], "Das Ergebnis meines DNA-Tests zeigt 30 % skandinavische Anteile, kann ich das im Profil anzeigen?"),
    ("en", [], "I'm Irish and live in Leeds – do you ship to Dublin too?"),
    ("de", [], "Als Türkin freue ich mich über die türkischen Produkte im Sortiment!"),
    ("de", [], "Kundennummer: bitte siehe Anhang. Ich heiße übrigens [[P:Olga Wiebe]]."),
    ("en", [], "Order 5521 – recipient: Hon. [[P:Margaret Ellis-Boyd]], [[A:7 Kings Parade]], [[A:Cambridge CB2 1ST]]"),
    ("de", [], "Rückruf erbeten: Frau [[P:Gül Aydın]], [[T:0157 – 88 44 21 90]]"),
    ("en", [], "Call me back on [[T:0044 (0) 7459 118 820]] please."),
    ("de", [], "Unsere Bankverbindung für Rückzahlungen finden Sie auf der Rechnung."),
    (
        "de",
        [],
        "Wir sind ein Sportverein und brauchen eine Spendenquittung. Steuernummer des Vereins: [[X:27/654/32109]].",
    ),
    ("en", [], "Hi, it's [[P:Sinead]] from number 42, the parcel for next door is with me."),
    ("de", [], "Bitte keine Anrufe vor 10 Uhr, ich arbeite nachts in der Klinik und schlafe tagsüber."),
    ("en", [], "Dear Sir or Madam, I enclose the signed form. Yours faithfully, [[P:G. Okonkwo]]"),
    ("de", [], "Hallo Frau [[P:Schmitt]], hallo Team, anbei die Fotos vom Schaden."),
]

# Sixth batch: mostly negatives, a fresh probe for over-redaction, scored before any change it prompted.
MESSAGES += [
    ("de", [], "Ich habe am Montag mit Ihrer Kollegin telefoniert, sie wollte zurückrufen. Bis jetzt nichts."),
    ("en", [], "The delivery driver left the parcel in the rain, everything inside is soaked."),
    ("de", [], "Können Sie mir sagen, wann die Filiale am Hauptbahnhof öffnet?"),
    ("en", [], "Is the Samsung Galaxy S24 available in blue? And the Pixel 8 Pro?"),
    ("de", [], "Der Artikel 'Sofa Bergen 3-Sitzer' ist beschädigt angekommen, die Armlehne ist eingerissen."),
    ("en", [], "My order arrived but the Harry Potter box set is missing book 3."),
    ("de", [], "Wir haben 3 Kinder (5, 8 und 11) und brauchen ein Familienzimmer für die Herbstferien."),
    ("en", [], "I'm 34 and want to know if I can still join the young driver scheme."),
    ("de", [], "Die Ware wurde am 12.03.2025 um 14:32 Uhr zugestellt, sagt das Tracking. Ich war aber zu Hause."),
    ("en", [], "Can you confirm the new price of €1,249.00 including VAT?"),
    ("en", [], "Black Friday deals – do they apply to the Dyson V15 as well?"),
    ("de", [], "Gibt es die Regenjacke auch in Schwarz? Meine Frau trägt Größe 40."),
    ("de", [], "Mein Mann [[P:Holger]] hat das Abo abgeschlossen, aber ich nutze es. Können wir das umschreiben?"),
    (
        "de",
        [],
        "Die Kirchensteuer wird in Ihrem Lohnprogramm falsch berechnet. Ich bin Buchhalterin und prüfe das "
        "für unsere Mitarbeiter.",
    ),
    ("en", [], "My husband [[P:John]] and I would like adjoining rooms for our kids."),
    ("de", [], "Haben Sie Lesebrillen mit +2,5 dpt?"),
    ("de", [H], "Ich brauche eine Lesebrille mit +2,5 dpt für meinen Vater, er sieht schlecht."),
    ("en", [], "Does this mattress help with back pain?"),
    ("en", [H], "I've had back pain since the new mattress arrived, can I return it?"),
    ("de", [], "Wir haben die Demo-Version der Software getestet, Version 2.3, und würden gern kaufen."),
    ("en", [], "Hello, I'm [[P:Frank]] and I need help with my router."),
    ("de", [], "Hallo, ich bin [[P:Frank]] und brauche Hilfe mit meinem Router."),
    ("de", [], "Kd-Nr [[CN:4471123]], Rechnung 2025-1188: Ist eine Ratenzahlung möglich?"),
    ("en", [], "Sorry, wrong department – could you forward this to billing? Cheers"),
    ("de", [], "Schöne Grüße an Ihr ganzes Team und frohe Weihnachten!"),
    ("en", [], "Reference: INV-2025-00918, amount £84.20, due 14 March."),
    ("de", [], "Bei der Montage hat Ihr Techniker eine Fliese beschädigt. Wer kommt für den Schaden auf?"),
    ("de", [], "Können Sie das Paket bei DHL in der Packstation lassen? Welche ist am nächsten zur Bahnhofstraße?"),
    ("en", [], "Please add Apple Pay as a payment method, it would make things easier."),
    ("de", [], "Meine Tochter [[P:Johanna]] ([[D:2011]] geboren) möchte ein eigenes Konto, geht das ab 14?"),
]

# Seventh batch: a further fresh probe, scored before any change it prompted.
MESSAGES += [
    (
        "en",
        [],
        "Hi team,\n\nFollowing up on my call with [[P:Aoife]] yesterday. The replacement kettle (model KX-200, "
        "serial 88123-B) still hasn't arrived.\n\nMy details again:\nName: [[P:Conor Walsh]]\nAddress: "
        "[[A:12 Ashgrove Park]], [[A:Dublin D14 X2Y7]]\nPhone: [[T:+353 87 123 4567]]\n\nThanks,\n[[P:Conor]]\n\n"
        "-----Original Message-----\nFrom: Customer Care <care@kettlecorp.ie>\nSent: 02 March 2025\nTo: "
        "[[E:conor.walsh@eircom.net]]\nSubject: Your case 55102\n\nDear [[P:Conor]],\nwe're sorry for the delay.\n"
        "Kind regards, [[P:Aoife]] | KettleCorp Ltd | 1 Harbour Rd, Dublin 2 | +353 1 555 0100",
    ),
    (
        "de",
        [],
        "Bitte liefern an: [[P:Reto Gerber]], [[A:Seestrasse 45]], [[A:8002 Zürich]], Tel. [[T:+41 79 456 78 90]]",
    ),
    ("en", [], "Ship to: [[P:Maria Gonzalez]], [[A:4521 Oak Street]], Apt 3B, [[A:Austin, TX 78704]]"),
    ("de", [], "Die IBAN meines Sohnes: [[I:<<iban2>>]] (Kontoinhaber [[P:Jonas Weber]])"),
    ("de", [], "Meine USt-ID: [[V:<<vat1>>]] – bitte auf alle künftigen Rechnungen."),
    ("en", [], "My NI number is [[S:JT482190B]] and my DOB is [[D:14/02/1986]]."),
    ("de", [], "Geburtsdatum meiner Frau: [[D:03.07.1979]], ihr Name: [[P:Petra Lenz-Hofmann]]"),
    ("de", [], "hallo ich hab meine adresse falsch eingegeben richtig ist [[A:lindenstraße 4]] in [[A:45127 essen]]"),
    ("en", [], "pls call [[T:07459 332211]] asap re my boiler, no hot water"),
    ("de", [], "Ich heiße [[P:Özlem]] und bin die Mieterin im 2. OG, die Klingel geht nicht."),
    ("en", [], "Your engineer [[P:Paul]] was great, five stars!"),
    ("de", [], "Mit freundlichen Grüßen\ni. A. [[P:Sabine Köster]]\nEinkauf\nMetallbau Köster GmbH"),
    ("en", [], "Hi, I'm writing for my grandmother, Mrs. [[P:Edith Parr]] (born [[D:1931]]), who can't use email."),
    ("de", [], "Sozialversicherungsnummer: [[S:12 030761 S 002]]"),
    ("de", [H], "Nach meiner Knie-OP kann ich keine Treppen steigen, bitte liefern Sie bis in die Wohnung."),
    ("en", [], "Do you sell knee braces in size L?"),
    ("de", [H], "Ich bin schwerhörig, bitte antworten Sie nur schriftlich."),
    ("en", [ETH], "I'm of Kurdish descent and your form doesn't accept the letters in my name."),
    ("de", [], "Ich finde die Preiserhöhung politisch nicht in Ordnung, aber egal: wann kommt die Rechnung?"),
    ("en", [], "Will you be open on Good Friday?"),
    (
        "de",
        [],
        "Bitte stornieren Sie das Abo meiner verstorbenen Mutter, [[P:Ingrid Haas]], Kundennummer [[CN:88120-3]].",
    ),
    ("en", [], "Login issue – the reset mail never reaches [[E:mike.turner88@yahoo.co.uk]]."),
    (
        "de",
        [],
        "Unsere Praxis (Dr. med. [[P:Anja Roth]], Fachärztin für Allgemeinmedizin) bestellt 20 Kartons "
        "Handschuhe. Lieferadresse: [[A:Marktstraße 8]], [[A:72764 Reutlingen]].",
    ),
]

# Eighth batch: a further fresh probe, scored before any change it prompted.
MESSAGES += [
    ("en", [], "Many thanks for your help!\n\nWarm wishes,\n[[P:Harriet Blackwood]]\n\nSent from my iPhone"),
    ("de", [], "Rechnung bitte z. Hd. Herrn Dr. [[P:Wenzel]]"),
    ("en", [], "Please post the documents c/o Ms [[P:J. Abara]], [[A:88 Victoria Road]], [[A:Oxford OX2 7QD]]."),
    ("de", [], "Ausweisnummer: [[ID:LZ6311T47]]; gültig bis 05/2031"),
    ("en", [], "My driving licence number is [[ID:MORGA753116SM9IJ]] – is that enough for the rental?"),
    ("de", [], "Server-Log: Zugriff von [[IP:87.123.45.6]] um 03:12 Uhr, das war mein Rechner im Büro."),
    ("en", [], "Hi, I tried paying with my Mastercard ending 8841 but it was declined. Can I pay by bank transfer?"),
    ("de", [], "geb. am [[D:7.9.1992]] in Leipzig, wohnhaft [[A:Karl-Liebknecht-Str. 51]], [[A:04275 Leipzig]]"),
    ("en", [], "Her date of birth is the [[D:5th of June 1948]], she's my aunt [[P:Dorothy]]."),
    ("de", [H], "Hallo, mein Mann ist seit dem Schlaganfall halbseitig gelähmt. Gibt es einen Umbauservice fürs Bad?"),
    (
        "en",
        [H],
        "I'm recovering from a hip replacement and can't lift heavy boxes – can the courier bring it upstairs?",
    ),
    ("de", [], "Wir sind ein Pflegedienst und bestellen regelmäßig Handschuhe. Kundennummer [[CN:PD-20931]]."),
    ("en", [], "Do you offer a discount for NHS staff?"),
    (
        "de",
        [R],
        "Ich bin evangelisch und möchte wissen, ob die Konfirmationskarten auch mit Bibelvers erhältlich sind.",
    ),
    ("en", [], "Are the Christmas cards available with a religious motif?"),
    (
        "de",
        [],
        "Meine Frau [[P:Anke]] und ich haben zwei Verträge, bitte zusammenlegen. Vertragsnummern "
        "[[CN:V-11203]] und [[CN:V-11204]].",
    ),
    ("de", [], "Hi, hier ist nochmal [[P:Yusuf]] wegen der Reklamation von letzter Woche."),
    ("en", [], "Regards, [[P:Ng Wei Ling]] (Ms)"),
    (
        "de",
        [],
        "Bitte liefern Sie an meine Arbeitsadresse: [[A:Mainzer Landstraße 50]], [[A:60325 Frankfurt am Main]], "
        "5. Etage, Empfang.",
    ),
    ("en", [], "We moved. New address: Apartment 4, [[A:21 Quayside]], [[A:Newcastle NE1 3DX]]."),
    ("de", [], "Bitte an Familie [[P:Nguyen]], [[A:Schulweg 2]], [[A:39104 Magdeburg]]."),
    ("en", [], "The charge of £49.99 on 3/4/2025 was for order 77120 which I returned."),
    ("de", [], "Telefon tagsüber: [[T:040/6688 1234]], abends [[T:0170/998877 6]]"),
    ("en", [], "Hello, I'm a teacher at a school for deaf children and want to order 30 tablets."),
    ("de", [], "Meine Mitgliedskarte (Nr. [[CN:0044 1290 33]]) wurde nicht akzeptiert."),
]

# Ninth batch: a further fresh probe, scored before any change it prompted.
MESSAGES += [
    ("en", [], "This is Second Notice? I never received a first one."),
    ("en", [], "What's the name Premium Plus actually for? The features look the same."),
    ("de", [], "Der Name Komfort-Tarif ist irreführend, da ist nichts komfortabel."),
    ("en", [], "We are a small bakery and need 200 paper bags with our logo."),
    (
        "de",
        [],
        "Sehr geehrter Herr [[P:Abubakar]],\nvielen Dank für das nette Gespräch. Anbei wie besprochen meine "
        "Gehaltsnachweise.\nMit freundlichen Grüßen\n[[P:Chiara Esposito-Lang]]",
    ),
    (
        "en",
        [],
        "Dear Ms [[P:Oyelaran]], thank you for resolving the overcharge so quickly. Best wishes, [[P:Tom Reilly]]",
    ),
    ("de", [], "Meine Enkelin [[P:Lotte]] hat mir das Handy eingerichtet, jetzt geht WhatsApp nicht."),
    ("de", [], "Bitte senden Sie die Ersatzkarte an meine neue Adresse: [[A:Breite Straße 7]], [[A:14467 Potsdam]]."),
    ("en", [], "Policy no. [[CN:HOM-5512-0077]] – the roof was damaged in the storm last night, photos attached."),
    ("de", [], "Meine Kontonummer bei Ihnen ist [[CN:1044 2290 31]], warum wurden 12,50 € Gebühren abgebucht?"),
    ("en", [], "Could you change the account holder to my son [[P:Declan]]? He's 18 now."),
    (
        "de",
        [H],
        "Wegen meiner Chemotherapie bin ich oft nicht zu Hause, bitte das Paket beim Nachbarn Herrn [[P:Vogel]] "
        "abgeben.",
    ),
    ("en", [], "My wife [[P:Sunita]] will call you tomorrow about the contract."),
    ("de", [], "Wann öffnet der neue Markt in der Gartenstraße? Wir wohnen gleich um die Ecke."),
    ("en", [], "Cheers for the quick refund!\n\n[[P:Ifeoma]]"),
    (
        "de",
        [],
        "Betreff: Re: Ihre Anfrage 2025-0918\n\nHallo Frau [[P:Kranz]],\nja, der Termin passt.\n\n[[P:Roland "
        "Fiebig]]\n\n> Am 03.03.2025 schrieb Frau [[P:Kranz]] <service@kuechenstudio-nord.de>:\n> Sehr geehrter Herr "
        "[[P:Fiebig]], passt Ihnen Dienstag?\n> [[P:Sonja Kranz]] | Küchenstudio Nord GmbH | Hansaring 4 | 48155 "
        "Münster",
    ),
    ("en", [], "Is it possible to pay the invoice in three instalments? The total is £1,140."),
    (
        "de",
        [],
        "Mein Steuerberater, Herr [[P:Mertens]], braucht die Jahresrechnung. Seine E-Mail: "
        "[[E:mertens@kanzlei-mertens.de]]",
    ),
    (
        "de",
        [],
        "Bestellung für den Kindergarten Sonnenschein, 25 Malkittel, Lieferung an [[A:Am Kirchberg 2]], "
        "[[A:96047 Bamberg]].",
    ),
    ("en", [H], "I'm partially sighted, could you send the contract in large print?"),
]

# Tenth batch: a further fresh probe, scored before any change it prompted.
MESSAGES += [
    (
        "de",
        [],
        "Kontaktformular\nAnrede: Herr\nVorname: [[P:Mehmet]]\nNachname: [[P:Korkmaz]]\nE-Mail: "
        "[[E:m.korkmaz@outlook.de]]\nTelefon: [[T:0211 5544 3322]]\nBetreff: Rückruf\nNachricht: Bitte rufen Sie mich "
        "wegen meiner Stromrechnung zurück.",
    ),
    (
        "en",
        [],
        "Contact form\nFull name: [[P:Bethany Clarke]]\nEmail: [[E:beth.clarke@gmail.com]]\nOrder number: "
        "UK-448120\nMessage: Wrong size delivered, please exchange for a 12.",
    ),
    ("de", [], "BLZ 370 400 44, BIC COBADEFFXXX – sind das Ihre Bankdaten für die Überweisung?"),
    ("en", [], "Hi! Just checking: does the 2-year warranty cover accidental damage?"),
    (
        "de",
        [H],
        "Mein Vater ist seit einem Jahr an Parkinson erkrankt, er zittert stark. Gibt es Telefone mit großen Tasten?",
    ),
    ("en", [H], "I've been signed off work with stress for four weeks, so please pause my direct debit."),
    ("de", [R], "Wir feiern die Taufe unserer Nachbarn mit – haben Sie Geschenkgutscheine?"),
    ("de", [R], "Wir lassen unsere Tochter taufen und brauchen dafür 40 Einladungskarten."),
    (
        "en",
        [ETH],
        "As a Black woman I'd like to see more shades in your foundation range; I've been a customer for years.",
    ),
    ("de", [], "Ich bin Österreicherin und lebe in München – brauche ich für den Vertrag eine deutsche Meldeadresse?"),
    ("en", [POL], "I'm canvassing for the local elections and need a phone plan with unlimited minutes."),
    ("de", [TU], "Als Betriebsrat und GEW-Mitglied brauche ich für die Schulung ein Hotelzimmer."),
    ("en", [GEN], "My genetic test came back positive for Lynch syndrome. Does my policy cover extra screening?"),
    ("de", [BIO], "Ich widerspreche der Speicherung meines Gesichtsscans in Ihrer Banking-App und bitte um Löschung."),
    ("de", [], "Hallo, ich bin's nochmal, [[P:Carina]]. Habt ihr meine Mail bekommen?"),
    ("en", [], "From the desk of Prof. [[P:Alan Whitcombe]]: please send the invoice to the department."),
    (
        "de",
        [],
        "Die Sendung ging an [[P:A. Bauer]], [[A:Feldstraße 3]], aber ich heiße [[P:Anton Bauer]] und wohne in "
        "der [[A:Feldstraße 30]].",
    ),
    ("en", [], "The address on file is wrong: it should be [[A:17 Meadow Close]], not 71."),
    ("de", [], "Ich habe die Kündigungsbestätigung für den Vertrag [[CN:88123-77]] nie erhalten."),
    ("en", [], "You charged me twice for ticket TKT-99812 on the 8:15 service."),
]


_MARK = re.compile(r"\[\[([A-Z]+):(.+?)\]\]", re.S)


def parse(marked: str) -> tuple[str, list[dict]]:
    """Plain text and gold entities from [[CODE:value]] markup."""
    marked = re.sub(r"<<(\w+)>>", lambda m: IDS[m.group(1)], marked)
    out, entities, pos = [], [], 0
    for m in _MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        start = sum(len(x) for x in out)
        value = m.group(2)
        out.append(value)
        entities.append({"type": CODES[m.group(1)], "start": start, "end": start + len(value)})
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text and "<<" not in text, text
    return text, entities


def main() -> None:
    target = Path(__file__).resolve().parent / "extra_corpus.jsonl"
    with target.open("w", encoding="utf-8") as fh:
        for n, (lang, cats, marked) in enumerate(MESSAGES, 1):
            text, entities = parse(marked)
            for e in entities:
                value = text[e["start"] : e["end"]]
                assert value == value.strip(), (n, value)
                if e["type"] == "PHONE":
                    region = None if value.startswith("+") else ("GB" if lang == "en" else "DE")
                    if not phonenumbers.is_valid_number(phonenumbers.parse(value, region)):
                        print(f"warning: message {n}: phone {value!r} is not a valid number", file=sys.stderr)
            record = {
                "id": f"extra-{n:03d}",
                "lang": lang,
                "text": text,
                "entities": entities,
                "special_categories": cats,
            }
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(MESSAGES)} messages written to {target}")


if __name__ == "__main__":
    main()
