"""Name lists for PERSON detection.

Given names and surnames come from the person providers that ship inside the
Faker package (MIT licence, maintained, data in the wheel, nothing fetched at
run time), plus a short curated supplement for names common among customers of
German/EU businesses that Faker lacks (written for Klardesk, same licence as the
project). Homographs, names that are also ordinary words ("Frank", "Rose",
"Mai", "Will"), are listed by hand and count as names only with context.
"""

from __future__ import annotations

import importlib
import re
import unicodedata

_LOCALES = (
    "de_DE de_AT de_CH en_US en_GB en_IE tr_TR pl_PL it_IT es_ES fr_FR nl_NL cs_CZ hr_HR sk_SK sl_SI hu_HU "
    "pt_PT da_DK sv_SE no_NO fi_FI ro_RO lv_LV lt_LT et_EE en_IN "
    # Latin-script names of the customers' other home countries: Nigeria, Ghana, Kenya, Ireland (Irish
    # spellings), South Africa, Pakistan, Vietnam, Indonesia, Brazil, Latin America, Belgium, Canada, Iceland.
    "en_NG yo_NG ig_NG ha_NG tw_GH en_KE sw ga_IE zu_ZA en_PK en_NZ vi_VN id_ID pt_BR es_MX es_AR es_CO "
    "fr_BE fr_CA nl_BE is_IS az_AZ fr_CH de_LI de_LU"
).split()
_NAME_SHAPE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Letters that Unicode does not decompose into a base letter and a mark.
_UNDECOMPOSED = str.maketrans("şŞığĞłŁøØæÆđĐ", "sSigGlLoOaAdD")


def ascii_name(name: str) -> str:
    """A name as typed without diacritics: "Siobhán" → "Siobhan", "Ayşe Yılmaz" → "Ayse Yilmaz", "Łukasz" → "Lukasz"."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


SUPPLEMENT_FIRST = """
Ebru Rojda Ayşe Ayse Fatma Emine Hatice Zeynep Elif Merve Büşra Buse Esra Derya Dilek Gül Gülşen Songül Sevgi Yasemin
Özlem Hülya Serap Nurcan Aylin Dilara Melike Sibel Tuğba Cem Emre Burak Murat Mehmet Mustafa Ahmet Ali Hasan Hüseyin
İbrahim Ibrahim Yusuf Ömer Osman Halil Kemal Kerem Onur Serkan Volkan Tolga Deniz Baran Berat Arda Eren Furkan Yiğit
Mohammed Mohamed Muhammad Ahmad Ahmed Omar Khaled Khalid Rania Fatima Aisha Amina Leila Layla Nour Yasmin Samir Karim
Rami Tarek Walid Hamza Bilal Jamal Nadia Noura Hiba Mariam Maryam Reza Dariusz Piotr Paweł Krzysztof Agnieszka
Małgorzata Katarzyna Magdalena Joanna Łukasz Wojciech Grzegorz Jakub Zofia Ewa Olena Oksana Iryna Natalia Andrii
Dmytro Serhii Olha Yulia Tetiana Svitlana Vitalii Nikola Milan Dragan Goran Zoran Jelena Ivana Milica Marija Ana
Vesna Snežana Selma Emina Amra Lejla Adnan Edin Emir Mirza Aida Alma Amir Dženan Armin Arben Besnik Drita Vjosa
Blerta Luan Yannick Jannik Janne Finn Fynn Mats Malte Jonte Ole Lasse Hannes Bent Kjell Linus Levi Noah Mila Emilia
Ida Frieda Lotta Smilla Nele Merle Wiebke Imke Silke Anke Heike Elke Meike Frauke Gesa Hauke Tjark Okke Birte Dörte
Gerlinde Waltraud Hiltrud Irmgard Roswitha Gertrud Liesel Erwin Gerhard Manfred Reinhard Siegfried Wolfgang Jürgen
Uwe Horst Dieter Detlef Rüdiger Hartmut Ulf Knut Ravi Priya Anil Sunil Rajesh Deepak Arjun Ananya Lakshmi Wei Li Ming
Jing Hui Yan Chen Hiroshi Yuki Akira Kenji Sakura Thi Minh Anh Linh Huong Duc Quang Daan Sem Bram Lieke Sanne Fenna
Siobhan Niamh Aoife Saoirse Ciara Cian Oisín Eoin Seán Padraig Declan Ronan Aidan Tadhg Rhys Dylan Gethin Cerys Sian
Olivia Amelia Isla Ava Freya Poppy Evie Harry Oliver Jack Charlie Alfie Archie Theo Oscar Leo Ian Ben Tom Tim Jan Jens
Sven Kai Marc Luca Luka Nils Timo Tobias Jonas Lukas Moritz Niklas Paul Felix Maximilian Henrik Till Anton Emil Mira
Lea Leonie Lina Marta Janina Tatjana Swetlana Olga Irina Jelena Natascha Walentina Sergej Dmitri Wladimir Alexej
Tariq Tarik Idris Yasin Yassin Abdullah Abdul Mahmoud Mahmud Youssef Yousef Jamila Samira Zainab Zahra Soraya Kwame
Kofi Kwabena Kwaku Ama Akua Abena Adwoa Efua Chidi Chinedu Chiamaka Chinonso Ngozi Emeka Obinna Nkechi Oluwaseun Seun
Tunde Ayodele Adebayo Folake Funmilayo Temitope Bukola Femi Amara Amadou Moussa Mamadou Ousmane Aminata Fatou Awa
Abebe Tesfaye Haile Selam Mekdes Thabo Sipho Themba Lerato Zanele Nomvula Ezra Eliyahu Shira Noa Yael Tamar Avi
Eitan Ariel Dov Rivka Chaya Miriam Priyanka Aditi Aarav Vivaan Ishaan Kavya Saanvi Neha Pooja Rohan Vikram Sanjay Meera
"""
# Short forms people sign with ("its jess again", "Gruß Basti") that the name lists lack.
SUPPLEMENT_NICKNAMES = """
Jess Jessie Becks Becca Becky Liz Lizzie Lizzy Beth Kate Katie Jen Jenny Jenn Steph Stevie Sammy Alex Chris
Nick Nicky Rob Robbie Bob Bobby Dave Davey Mike Mick Mikey Tommy Jimmy Jamie Danny Matt Matty Andy Pete Phil Steve
Tony Ricky Patty Meg Maggie Abby Gabby Ally Ellie Millie Tilly Rosie Lottie Nikki Vicky Mandy Cathy Debbie Suzy
Manni Basti Caro Steffi Conny Gabi Moni Babsi Uli Andi Tobi Matze Chrissi Leni Toni Hansi Sepp Franzi Flori Domi
Jojo Lulu Mimi Kiki Resi Vroni Gerti Hanni Nanni Schorsch Kalle Olli Rudi Willi Jupp Lotti Susi
Huw Dafydd Rhodri Iolo Ieuan Emyr Aled Geraint Owain Llinos Eleri Ffion Angharad Carys Sioned Olumide Kehinde
Taiwo Babatunde Adewale Olusegun Oluwatobi Damilola Abimbola Kemi Funke Bisi Zarema Ramzan Madina Kiril Dimitar
Stoyan Hristo Yordan Tsvetan Desislava Tsvetelina Bogdana Oleksandr Oleksandra Mykola Taras Bohdan Vasyl
Kavitha Nila Arun Gurpreet Harpreet Manpreet Jaspreet Sandeep Rajinder Balwinder Kulwinder Parminder Sukhdeep
Murugan Senthil Karthik Anbu Vijay Suresh Ramesh Ganesh Prakash Saravanan Venkatesh Tharun Dinesh Mahesh Rajesh
Naresh Mukesh Ashok Anand Arvind Girish Harish Hitesh Jignesh Ketan Nilesh Paresh Rakesh Sachin Sanjeev Satish
Sunita Anita Geeta Kiran Lata Meena Nisha Rekha Savita Shanti Usha Vandana Divya Deepa Preethi Lavanya Revathi
Thenmozhi Vani Sangeetha Imran Asif Faisal Shahid Tahir Nadeem Naveed Waqas Usman Zubair Saima Nazia Shazia
Rubina Ayesha Folasade Funmi Tolani Burgi Resi Dilan Berivan Rojin Zilan Hevin Serhat Baran Rezan
"""
SUPPLEMENT_LAST = """
Begić Kılıç Kilic Yavuz Kaya Kaja Nowicki Nowicka Lewandowski Lewandowska Yılmaz Yilmaz Öztürk Özdemir Şahin Sahin
Çelik Celik Demir Aydın Aydin Arslan Doğan Dogan Koç Koc Kurt Özkan Polat Erdoğan Güneş Aksoy Korkmaz Yıldız Yildiz
Öz Oz Kowalski Kowalska Wiśniewski Wójcik Kamiński Kowalczyk Zieliński Szymański Woźniak Dąbrowski Kozłowski Mazur
Krawczyk Hase Storch Krüger Kruger Müller Mueller Schäfer Schaefer Köhler Koehler Jäger Jaeger Böhm Boehm Günther
Kühn Kuehn Möller Moeller Schröder Schroeder Ott Reuter Menon Visser Holm Vogt Scholl Berg Roth Brenner Maurer Sauer
Lang Baum Kern Petrović Jovanović Nikolić Marković Đorđević Stojanović Ilić Kovačević Hodžić Hadžić Delić Mehmedović
Gallagher Byrne Murphy O'Brien O'Connor Kelly Walsh Nguyen Tran Pham Le Hoang Wang Zhang Liu Chen Yang Huang Zhao
Kumar Sharma Singh Patel Gupta Iyer Nair Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco
Kaplan Llewellyn Llywelyn Bankole Oyelaran Adeyemi Adebayo Okafor Okonkwo Okoro Oyelaran Babatunde Ogunleye Olawale
Adewale Akinola Oladipo Ogunbiyi Afolabi Balogun Olatunji Kadyrov Dudayev Dudajew Dudajewa Basayev Umarov
Adesanya Adeleke Ogunyemi Sivakumar Sivakumaran Balasubramaniam Rajendran Thangaraj Nadar Chettiar Murugesan
Selvaraj Arumugam Mehta Sivanesan Kanagaratnam Jeyakumar Nadarajah Ratnam Mistry Qureshi Siddiqui Chaudhry
Chowdhury Akhtar Mahmood Uddin Miah Begum Hossain Tappeiner Pichler Gruber Hofer Aktaş Aktas Yıldırım Yildirim
Güler Guler Özer Ozer Temel Şimşek Simsek
"""
# Common Russian, Ukrainian and Bulgarian surnames in Latin letters (English spelling); `_slavic_forms` adds the
# female forms and the German transliteration ("Ivanov" → "Ivanova", "Iwanow", "Iwanowa").
SLAVIC_LAST = """
Ivanov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Petrov Volkov Solovyov Vasiliev Zaitsev
Pavlov Semenov Golubev Vinogradov Bogdanov Vorobyov Fedorov Mikhailov Belov Tarasov Belyaev Komarov Orlov Kiselev
Makarov Andreev Kovalev Gusev Titov Kudryavtsev Baranov Kulikov Alekseev Stepanov Yakovlev Sergeev Romanov
Zakharov Borisov Korolev Gerasimov Ponomarev Grigoriev Lazarev Medvedev Ershov Sobolev Ryabov Polyakov Tsvetkov
Danilov Zhukov Frolov Zhuravlev Nikolaev Krylov Maximov Sidorov Osipov Belousov Fedotov Egorov Matveev Bobrov
Dmitriev Anisimov Antonov Timofeev Nikiforov Veselov Filippov Markov Sukhanov Mironov Aleksandrov Konovalov
Kazakov Efimov Denisov Gromov Davydov Melnikov Kolesnikov Karpov Vlasov Maslov Isakov Tikhonov Gavrilov Kotov
Bykov Zuev Tretyakov Panov Suvorov Abramov Voronov Arkhipov Trofimov Martynov Chernov Nazarov Potapov Naumov
Shilov Ermakov Drozdov Kirillov Moiseev Efremov Isaev Prokhorov Nesterov Filatov Dimitrov Georgiev Stoyanov
Hristov Todorov Nikolov Kolev Angelov Petkov Iliev Kostov Yordanov Marinov Atanasov Popescu Shevchenko Kovalenko
Bondarenko Tkachenko Kravchenko Oliynyk Shevchuk Polishchuk Lysenko Savchenko Rudenko Moroz Marchenko Melnyk
"""


def _slavic_forms(names: str) -> set[str]:
    """Each surname, its female form and the German transliteration of both ("Ivanov", "Ivanova", "Iwanow",
    "Iwanowa"; "Zhukov" → "Schukow")."""
    out: set[str] = set()
    for name in names.split():
        forms = {name, name + "a"} if name.endswith(("ov", "ev")) else {name}
        for form in list(forms):
            forms.add(form.replace("v", "w").replace("zh", "sch").replace("Zh", "Sch").replace("kh", "ch"))
        out |= forms
    return out


HOMOGRAPH_FIRST = frozenset(
    """
    Albino Ale Amber Angel April August Aura Autumn Baptist Basil Beat Bent Bill Bitten Bonnie Brandy Can Canal
    Carmine Chase Christ Christian Coral Cord Corona Crystal Daisy Dale Dawn Dean Destiny Diamond Divan Don Drew
    Ebony Edit Else Eve Faith Fanny Fee Feline Floor Flora Franc Frank Gal Gala Gene Glen Grace Grant Grit Gun
    Guy Hardy Harm Hazel Heather Heide Holly Hope Hunter Ion Iris Ivy Jack Jade Jasmine Jay Jet Job Joy Junior
    June Kick Kind Lance Lean Line Lo Lone Lot Love Mai Mar Mare Marine Mark Mart Mate Max May Melody Mentor Meta
    Mile Misty My Nova Odd Owe Pastor Paw Peer Penny Per Pier Pierce Randy Raven Ray Roar Romaine Roman Rose
    Rune Rut Saga Said Salami Sandy Server Sever Sherry Sine Sol Sole Summer Sunny Tan Tanner Tea Ties Tilde
    Till Tine Tone Tor Tore Toy Urban Us Valentine Van Viola Warren Will Winter Wolf Ernst Edel Einer Eitel
    Beste Gabel Helle Linde Rosa Reine Tage Traute Bergen Anders Sturm Engel Stern Sonne Sommer Herbst Kai
    Fritz Ob Elfe Nelke Jasmin Melodie Gloria Fortuna Vita Marina Alle
    Am Ab An Da Du Er Es Ja Je So Bo Al Ed Jo Lu Ma Pa Mo Ki Li Ho Ha
    Sale Pearl Ruby Olive Violet Clay Cliff Rock Stone Forest River Sky Storm Rain Snow Dusty Rusty Lucky Happy
    Sunday Monday Friday Tuesday Dallas Paris Sydney Florence Austin Denver Chelsea Jordan Camden Kent Devon
    Brett Lage Nazi Olympia Stein Wille Döner Eimer Jude Kader Lupe Made Rute Sultane Lore Liane Maxime Romane
    Luke Arie Alexa Siri Fabia Octavia Silvester Erika Neo Corsa Astra Clio Megane Laguna Golf Polo Passat Fiesta
    Kuga Puma Jazz Civic Accord Camry Pixel Galaxy Surface Echo Kindle Style Mode Comfort Premium Classic Sport
    Family Lady Baby Ostern Advent Karneval Fasching Pfingsten
    Buck Penny Ginger Honey Candy Brook Heath
    Reed Wade Miles Rich Bishop Marshall Prince Duke King Baron Major General Sergeant Deacon Cash Chance
    German English French Dutch Polish Swiss Irish Scottish Welsh British Danish Swedish Norwegian Finnish Italian
    Spanish Portuguese Turkish Greek Russian Czech American Canadian Australian Indian Chinese Japanese Korean
    Ramadan Easter Christmas Weihnachten Diwali Eid Hanukkah Chanukka Noel Nikolaus
    """.split()
)
# A homograph that is a very common given name in German/English messages still
# counts alone when a title, greeting or signature introduces it; the list above
# only stops it from being taken alone in running text.

HOMOGRAPH_SURNAME = frozenset(
    """
    Wolf Fuchs Vogel Fischer Müller Schneider Weber Wagner Bauer Koch Richter Klein Lang Lange Braun Schwarz
    Weiß Weiss Hahn Berg Baum Stern Sturm Winter Sommer Kaiser König Jäger Graf Engel Hase Storch Brenner Sauer
    Maurer Kramer Busch Kühn Frank Kern Roth Rose Mai Krause Fink Adler Falke Schmied Schmidt Meyer Meier
    Zimmermann Schäfer Schulze Neumann Schwab Ludwig Frey Haas Franke Peters Bach Hoch Groß Gross Kurz Jung
    Alt Neu Reich Arm Bär Bock Ochs Lamm Kuh Stier Hirsch Reh Hecht Karpfen Aal Wald Feld See Brand Sand Stein
    Eisen Gold Silber Kupfer Blei Zinn Holz Glas Licht Schatten Nacht Tag Morgen Abend Fest Frieden Glück
    Mann Frau Kind Herr Herrmann Ernst Lustig Fröhlich Freund Feind Gast Wirt Vogt Kurt Ott Heil Gut Kraft
    Baker Smith Brown White Black Green Young King Hill Wood Stone Rose Bell Hall Cook Long Short Little Bird
    Fox Wolfe Swan Lamb Bush Rice Lane Field Marsh Moss Reed Page Price Rich Sharp Strong Wise Fair
    Best Love Hope Day Knight Bishop Carpenter Mason Turner Miller Taylor Walker Hunter Porter Shepherd
    Kaya Can Yavuz Demir Şahin Doğan Aydın Özdemir Polat Kara Ak Gül Tan Er Kurt Koç Güneş Yıldız Öz Lewis
    Kaplan
    """.split()
)

# Capitalised words that follow a given name without being a surname, or that
# open a German sentence or noun phrase: never taken as part of a name.
STOP_WORDS = frozenset(
    """
    Ich Sie Er Es Wir Ihr Du Die Der Das Den Dem Des Ein Eine Einen Einem Einer Und Oder Aber Doch Auch Noch
    Bitte Danke Vielen Dank Hallo Hi Hey Gruß Grüße Liebe Lieber Sehr Geehrte Geehrter Mit Freundlichen
    Freundliche Viele Beste Herzliche Schöne Mfg Lg Vg Hier Da Dort Heute Gestern Morgen Jetzt Dann Wenn Weil
    Ob Wie Was Wer Wo Wann Warum Welche Welcher Welches Kann Könnte Können Würde Würden Wäre Hat Habe Haben
    Ist Sind War Waren Wird Werden Soll Sollte Muss Müssen Darf Dürfen Will Wollen Möchte Möchten Mein Meine
    Meinen Meinem Meiner Unser Unsere Ihre Ihren Ihrem Ihrer Sein Seine Kein Keine Alle Alles Jede Jeder
    Nicht Nur Schon Sehr Gerne Gern Leider Also Ja Nein Ok Okay Gut Super Toll Prima Zusammen Team Service
    Kundenservice Support Damen Herren Herr Herrn Frau Familie Fam Firma GmbH AG KG UG OHG eV Co Inc Ltd LLC
    PLC SE Kundennummer Kundennr Kunden Kunde Kundin Vertragsnummer Rechnung Rechnungsnummer Bestellung
    Bestellnummer Lieferung Paket Sendung Adresse Anschrift Straße Str Telefon Tel Handy Mobil Fax Mail Email
    E-Mail IBAN BIC Konto Karte Name Vorname Nachname Geburtsdatum Betreff Datum Von An Cc Bcc Anlage Anhang
    Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Januar Februar März April Mai Juni Juli
    August September Oktober November Dezember I You He She It We They The A An And Or But Please Thanks
    Thank Hello Dear Regards Best Kind Yours Sincerely Cheers My Our Your His Her Their This That These Those
    There Here Is Are Was Were Be Been Have Has Had Do Does Did Can Could Would Should Shall Will May Might
    Must Not No Yes Sir Madam Mr Mrs Ms Miss Dr Prof Customer Account Number Order Invoice Address Phone
    Email Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March June July October
    December Team Support Service Hi Hey Dank Grüßen Gruss Gruesse Liebes Guten Tag Morgen Abend Servus Moin
    Tschüss Ciao Ps PS Nr No Sehr Neue Neuen Alte Alten Bei Für Zur Zum Im Am Um Auf Aus Nach Vor Seit
    Über Unter Gegen Ohne Durch Wegen Trotz Während Re Fwd Wg Aw Antwort Anfrage Frage Problem Hilfe
    Widerruf Kündigung Reklamation Rückfrage Info Information Update Termin Rückruf Mitarbeiter Mitarbeiterin
    Inhaber Inhaberin Empfänger Empfängerin Absender Vielleicht Eigentlich Trotzdem Außerdem Übrigens
    Gesendet Sent From To Subject Date Forwarded Message Original Nachricht Weitergeleitete
    I'm I've I'll I'd It's That's What's Here's There's Let's Don't Can't Won't Isn't
    British English Irish Scottish Welsh Pakistani Indian Bangladeshi Nigerian Ghanaian Kenyan Somali Turkish
    Kurdish Polish German French Italian Spanish Portuguese Dutch Greek Chinese Japanese Korean Vietnamese
    Mama Papa Mutti Vati Oma Opa Mum Mom Dad Mummy Daddy Nana Grandma Grandpa Granny Schatz Hiring Manager
    Recruiter Recruitment Colleague Colleagues Everyone Sirs Grazie Merci Gracias Obrigado Dziękuję Teşekkürler
    Library Hotel Bibliothek Bücherei Reception Rezeption Cardholder Holder Guest Passenger Applicant Candidate
    Recipient Sender Personal Personalabteilung Gott Vergelt's Hochachtungsvoll Betreuer Betreuerin Berufsbetreuer
    Berufsbetreuerin Pfarrer Pfarrerin Pastor Pastorin Pater Diakon Rabbiner Reverend
    Rechtsanwalt Rechtsanwältin Steuerberater Steuerberaterin Notar Notarin Vorsitzende Vorsitzender
    Filipino Asian Arab African Caribbean European American Canadian Australian Romanian Bulgarian Ukrainian
    Russian Syrian Afghan Iranian Iraqi Eritrean Sudanese Moroccan Algerian Tunisian Egyptian Brazilian
    """.split()
)

TITLES = (
    r"(?:i\.[ \t]?A\.|i\.[ \t]?V\.|ppa\.|Familie|Fam\.|Eheleute|"
    r"Herrn?|Hr\.|Hrn\.|Frau|Fr\.|Mr\.?|Mrs\.?|Ms\.?|Miss|Mx\.?|Sir|Dame|Madam|Madame|"
    r"Monsieur|Mme\.?|Signora|Signor|Señora|Señor|Pani|Pan|Hon\.|Rev\.?|Revd\.?|Lady|Lord|"
    # "Dear Dr Anand": the academic titles without their dot (with it they are ACADEMIC)
    r"Dr(?=[ \t])|Prof(?=[ \t]))"
)
ACADEMIC = (
    r"(?:(?:Dr\.|Prof\.|Dipl\.-\w+\.?|Mag\.|Ing\.|med\.|rer\.|nat\.|jur\.|phil\.|dent\.|h\.c\.|Professor(?:in)?|"
    r"Doktor)[ \t]*)*"
)
PARTICLE = r"(?:von|van|de|der|den|del|della|di|da|du|le|la|ter|ten|zu|vom|zur|dos|das|al|el|bin|ibn|mac|af|av)"


def _load() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    first: set[str] = set()
    last: set[str] = set()
    female: set[str] = set()
    male: set[str] = set()
    for locale in _LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr, bucket in (("first_names_female", female), ("first_names_male", male)):
            values = getattr(provider, attr, ())
            bucket.update(values)
            first.update(values)
        first.update(getattr(provider, "first_names", ()))
        for attr in ("last_names", "last_names_male", "last_names_female"):
            last.update(getattr(provider, attr, ()))
    first.update(SUPPLEMENT_FIRST.split())
    first.update(SUPPLEMENT_NICKNAMES.split())
    last.update(SUPPLEMENT_LAST.split())
    last.update(_slavic_forms(SLAVIC_LAST))
    first = {n for n in first if _NAME_SHAPE.fullmatch(n) and len(n) >= 2}
    last = {n for n in last if _NAME_SHAPE.fullmatch(n) and len(n) >= 2}
    return frozenset(first), frozenset(last), frozenset(female - male), frozenset(male - female)


FIRST_NAMES, SURNAMES, FEMALE_ONLY, MALE_ONLY = _load()


def _countries() -> frozenset[str]:
    """One-word country names in German and English (Faker's address data), plus common short forms."""
    names: set[str] = set("USA UK England Schottland Scotland Wales Nordirland Polska Türkiye Hellas".split())
    for locale in ("de_DE", "en_US"):
        provider = importlib.import_module(f"faker.providers.address.{locale}").Provider
        names.update(c for c in getattr(provider, "countries", ()) if _NAME_SHAPE.fullmatch(c))
    return frozenset(names - {"Island"})  # German for Iceland, and the English word in place names


# A country on its own line under an address ("80-831 Gdańsk\nPolen") is no one's name; countries that are
# also given names or surnames ("Jordan", "Georgia") stay names.
COUNTRIES = _countries()
STOP_WORDS = STOP_WORDS | (COUNTRIES - FIRST_NAMES - SURNAMES)
