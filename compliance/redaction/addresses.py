"""Postal addresses: street + house number, and postcode + city, as separate spans."""

from __future__ import annotations

import re
from typing import NamedTuple

from .context import SIGNATURE_CLOSING, Candidate, in_reply_from_other_side, mentions, owner_is_organisation
from .identifiers import P_ADDRESS
from .namedata import FIRST_NAMES, STOP_WORDS

_UP = r"[A-ZÄÖÜÀ-ÖØ-ÞŁŚŻŹĆŃĘĄŠČŽŘĎŤŇŐŰĞŞİ]"
_WORD = _UP + r"[\wäöüß.'’-]*"
_HOUSE = r"\d{1,4}(?:[ \t]?[a-zA-Z](?![\w]))?(?:[ \t]?[-–/][ \t]?\d{1,4}(?:[ \t]?[a-zA-Z](?![\w]))?)?"
_SUFFIX = (
    r"(?:straße|strasse|str\.|str|weg|allee|platz|ring|gasse|damm|ufer|chaussee|pfad|steig|stieg|markt|berg|"
    r"hof|garten|park|anger|graben|kamp|wall|brücke|promenade|zeile|feld|höhe|tal|winkel|grund|bogen|kai|deich|"
    r"redder|twiete|trift|wiese|aue|leite|halde|acker|hang|blick|rain|stiege|gang|siedlung|hain|koppel|brink|"
    r"busch|kreuz|tor|gässchen|steinweg|stiege|kehre|schleife|hohl|allee|"
    r"straat|laan|plein|gracht|kade|singel|dijk|steeg|vej|gade|gatan|vägen|veien|gata)"
)
_GERMAN_STREET = (
    r"(?:"
    + _UP
    + r"[\wäöüß'’-]*"
    + _SUFFIX
    + r"|(?:"
    + _WORD
    + r"[ \t]){1,2}(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Ring|"
    r"Gasse|Damm|Ufer|Chaussee|Pfad|Steig|Markt|Berg|Hof|Garten|Park|Graben|Kamp|Wall|Promenade|Tor|Landstraße|Heerstraße|"
    r"Landstr\.|Heerstr\.)"
    # "Hinter den Höfen", "Auf der Heide", "Zwischen den Toren": a preposition, an optional article.
    r"|(?:Am|Im|Zum|Zur|Beim|(?:An|Auf|In|Unter|Hinter|Vor|Bei|Über|Neben|Zwischen)(?:[ \t](?:der|den|dem|die|das))?|"
    r"Alte[rs]?|Neue[rs]?|Große[rn]?|Kleine[rn]?|"
    r"Obere[rn]?|Untere[rn]?)[ \t]" + _WORD + r"(?:[ \t]" + _WORD + r")?"
    r"|Straße[ \t]des[ \t]\d{1,2}\.[ \t]"
    + _WORD
    # "Karl-Liebknecht-Str. 51", "Rudolf-Breitscheid-Platz 3": the street word capitalised after a hyphen.
    + r"|"
    + _UP
    + r"[\wäöüß'’]*(?:-"
    + _UP
    + r"[\wäöüß'’]*)*-(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Ring|Gasse|Damm|Ufer|"
    r"Chaussee|Promenade|Markt|Kai|Steig|Pfad))"
)
_STREET_STOP = re.compile(
    r"(?i)^(?:park|stell|sitz|arbeits|camping|liege|bahn|flug|markt|super|weihnachts|spiel|sport|kinder|"
    r"fuß|fuss|spiel|innen|hinter|vorder|bauern|wochen|floh|bio|online|bau|ober|unter|jahr|ein|aus|zu|durch|"
    r"rück|vor|um|über|nieder|auf|lehr|wasch|rund|spazier|flur|haus|garten|spazier)?"
    r"(?:platz|hof|markt|feld|garten|park|berg|tor|gang|halde)$"
    r"|^(?:im|am|zum|zur|an der|in der|auf dem|auf der)[ \t](?:jahr|jahre|monat|moment|ende|anfang|montag|dienstag|"
    r"mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|januar|februar|märz|april|mai|juni|juli|august|"
    r"september|oktober|november|dezember|schnitt|durchschnitt|voraus|rahmen|laufe|bereich|paket|karton|"
    r"warenkorb|shop|lager|vertrag|tarif|abo|angebot|prospekt|katalog|sommer|winter|herbst|frühjahr|frühling|"
    r"stock|erdgeschoss|obergeschoss|dachgeschoss|haus|zimmer|raum|auto|bus|zug|flug|preis|wert|gesamtwert|"
    r"ganzen|prinzip|test|vergleich|juli|alter|bild|foto|anhang|artikel|kapitel|abschnitt|absatz|punkt|schritt)$"
)
_UNIT_AFTER = re.compile(
    r"(?i)^[ \t]*(?:stück|stk|euro|eur|€|%|prozent|uhr|tage?n?|wochen?|monate?n?|jahre?n?|kg|g|km|cm|mm|l|ml|"
    r"m(?!\.[ \t]*\d)|"  # "ul. Długa 14 m. 3": "m." and a number is a Polish flat, not metres
    r"minuten?|min|stunden?|std|x|mal|personen|gäste|nächte|punkte?|seiten?|grad|°|cent|ct|mio|gb|mb|tb|zoll|"
    r"pieces?|items?|days?|weeks?|months?|years?|hours?|minutes?|times|people|guests|nights|points|pages?|pcs)\b"
)
_EN_STREET = re.compile(
    r"\d(?<![\w]\d)\d{0,3}[A-Za-z]?,?[ \t]+(?:(?:" + _UP + r"[\w'’-]*|\d{1,3}(?:st|nd|rd|th))[ \t]+){1,3}"
    r"(?:Street|St\.?|Road|Rd\.?|Lane|Ln\.?|Avenue|Ave\.?|Drive|Dr\.?|Cres\.?|Terr?\.?|Tce\.?|Cir\.?|Trl\.?|Close|Way|Place|Pl\.?|Square|Sq\.?|Court|Ct\.?|"
    r"Crescent|Terrace|Gardens|Grove|Hill|Row|Mews|Park|Boulevard|Blvd\.?|Walk|Parade|Green|Rise|Vale|View|"
    r"Wharf|Quay|Circus|Gate|Highway|Hwy\.?|Parkway|Pkwy\.?|Broadway|Avenue|Lawns?|Meadows?|Glen|Downs|Heights|"
    r"Manor|Dale|Fields?|Wood|Woods|Grange|Orchard|Brae|Wynd)(?![\w])"
    # "1180 Peachtree St NE": a US quadrant after the street type
    r"(?:[ \t]+(?:NE|NW|SE|SW)(?![\w]))?"
)
# Streets whose type word comes first: "12 rue de la Paix", "Via Roma 5", "ul. Długa 7".
_ROMANCE_STREET = re.compile(
    r"(?<![\w])(?:\d{1,4}(?:[ \t]?(?:bis|ter|[a-z]))?,?[ \t]+(?:rue|Rue|avenue|av\.|boulevard|Boulevard|bd|place|"
    r"chemin|Chemin|allée|Allée|"
    r"quai|impasse|route|cours)(?:[ \t]+[\w'’-]+){1,4}"
    r"|\d{1,4}[a-zA-Z]?,?[ \t]+(?:Heol|Ffordd|Stryd|Lôn|Rhodfa|Cilgant|Ard|Cnoc|Bóthar|Bothar|Sráid|Sraid|Ascaill|"
    r"Páirc|Pairc|Radharc|Gleann|Cluain|Bóithrín)(?:[ \t]+(?:na|an|y|yr|[A-ZÁÉÍÓÚÂÊÎÔŴŶ][\w'’-]*)){1,3}"
    r"|(?:Via|Viale|Piazza|Corso|Vicolo|Calle|Avenida|Plaza|Paseo|Carrer|Rua|Travessa|ul\.|ulica|al\.|"
    r"Rue|Avenue|Boulevard|Place|Chemin|Heol|Ffordd|Stryd|Cnoc|Bóthar|Bothar|Sráid|Sraid|Ascaill|Páirc|Pairc|"
    r"Radharc|Gleann|Cluain)(?:[ \t]+[\w'’.-]+){1,4}?,?[ \t]+\d{1,4}[a-zA-Z]?)(?![\w])"
)
_BOX_WORDS = ("packstation", "postfiliale", "postfach", "paketshop", "box")
_ROMANCE_WORDS = (
    "rue",
    "av",
    "bd",
    "place",
    "chemin",
    "allée",
    "quai",
    "impasse",
    "route",
    "cours",
    "via",
    "piazza",
    "corso",
    "vicolo",
    "calle",
    "plaza",
    "paseo",
    "carrer",
    "rua",
    "travessa",
    "ul",
    # Welsh and Irish street words that open the name: "12 Heol Glasdwr", "Cnoc na Gréine 4", "21 Ard na Mara"
    "heol",
    "ffordd",
    "stryd",
    "lôn",
    "rhodfa",
    "cilgant",
    "ard ",
    "cnoc",
    "bóthar",
    "bothar",
    "sráid",
    "sraid",
    "ascaill",
    "páirc",
    "pairc",
    "radharc",
    "gleann",
    "cluain",
    "bóithrín",
)
_DE_STREET = re.compile(
    r"(?<![\w])(?P<street>" + _GERMAN_STREET + r")[ \t]*(?:Nr\.?[ \t]*)?(?P<num>" + _HOUSE + r")(?![\w]|[.,]\d)"
)
_BOX = re.compile(
    r"(?i)(?<![\w])(?:packstation|postfiliale|postfach|paketshop|po[ \t]box|p\.o\.[ \t]box)"
    r"[ \t]*(?:nr\.?[ \t]*)?\d{1,6}(?:[ \t]\d{2,3})*(?![\w])"
)
_CITY = (
    r"(?:(?:Bad|Sankt|St\.|Hansestadt|Lutherstadt|Neu|Alt|Groß|Klein)[ \t])?"
    + _UP
    + r"[\wäöüß'’-]*(?:[ \t](?:am|an[ \t]der|im|in[ \t]der|ob[ \t]der|bei|vor[ \t]der|a\.[ \t]?d\.|a\.|i\.)[ \t]"
    + _UP
    + r"[\wäöüß'’-]*|[ \t]\("
    + _UP
    # "Frankfurt (Oder)", "Halle (Saale)": one or two words in brackets, no digits
    + r"[a-zäöüß'’-]*(?:[ \t][A-Za-zäöüß'’-]+)?\))?"
)
_POSTCODE_CITY = re.compile(
    r"(?<![\w-])(?:(?:D|DE|A|AT|CH|F|L|B|NL|DK|PL|I)[ \t]?-[ \t]?)?(?P<pc>\d{5}|\d{4})[ \t]+(?P<city>" + _CITY + r")"
)
_NL_POSTCODE_CITY = re.compile(r"\d(?<![\w]\d)\d{3}[ \t]?[A-Z]{2}[ \t]+" + _UP + r"[\w'’-]+")
# Postcodes first, the city in front of them second: a pattern that starts with
# an optional city scans every word of every message and is several times slower.
_UK_POSTCODE = re.compile(
    r"[A-Z](?<![\w][A-Z])(?:[A-Z]?\d[A-Z\d]?[ \t]?\d[A-Z]{2}"
    r"|(?<=[ACDEFHKNPRTVWXY])\d[\dW][ \t]?[0-9ACDEFHKNPRTVWXY]{4})"
    r"(?![\w])"
)
# "Springfield, IL 62704" and "Sydney NSW 2000": state and ZIP/postcode after a city.
_US_ZIP = re.compile(
    r"(?:,[ \t]+[A-Z]{2}[ \t]+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)"
    r"|,?[ \t]+(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)[ \t]+\d{4})(?![\w])"
)
_IN_CITY = re.compile(
    r"[ \t]+in[ \t]+(" + _CITY + r")"
    # "Lindenweg 3, Bad Tölz" or the city on the next line, ending there.
    r"|(?:,[ \t]*|[ \t]*\n[ \t]*)(" + _CITY + r",[ \t]*" + _UP + r"[\w'’-]+[ \t]\d{1,2}[A-Z]?)(?![\w])"
    r"|(?:,[ \t]*|[ \t]*\n[ \t]*)(" + _CITY + r")(?=[ \t]*(?:[,.;!?)]|\n|$))"
)
_DISTRICT = re.compile(r"[ \t]*,?[ \t]*(?:OT|Ortsteil)[ \t]+(" + _UP + r"[\w'’-]+(?:[ \t]" + _UP + r"[\w'’-]+)?)")
_SPOKEN_NUMBER = (
    r"(?:eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|"
    r"siebzehn|achtzehn|neunzehn|zwanzig|(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)undzwanzig|dreißig)"
)
_SPOKEN_NUMBER_GATE = re.compile(r"(?i)(?:straße|strasse|weg|gasse|allee|platz)[ \t]+" + _SPOKEN_NUMBER + r"\b")
_SPOKEN_STREET = re.compile(
    r"(?i)(?<![\w-])[a-zäöüß][a-zäöüß-]*(?:straße|strasse|weg|gasse|allee|platz)[ \t]+"
    + _SPOKEN_NUMBER
    + r"(?:[ \t]+[a-h](?![\w]))?(?![\w])"
)
_IN_LOWER_CITY = re.compile(r"[ \t]+in[ \t]+([a-zäöüß][a-zäöüß-]{2,})(?![\w])")
_LOWER_IN_STOP = frozenset(
    "der die das den dem des ein eine einem einer einen ordnung zukunft kürze bar ruhe the a an my our "
    "meiner meinem unserer unserem ihrer ihrem".split()
)
# "Bristol BS1 6UA", "Dublin 8, D08 XK27" (a district number), "Toronto, ON M5H 2M9"
_CITY_BEFORE = re.compile(
    r"(?<![\w])" + _UP + r"[\w'’-]+(?:[ \t]" + _UP + r"[\w'’-]+)?(?:[ \t]\d{1,2}[A-Z]?)?,?[ \t]*$"
)
_DIGIT = re.compile(r"\d")
# Gates (no lookbehind, so that the scan skips ahead): four digits before a word; capitals with a digit.
_FOUR_DIGITS_WORD = re.compile(r"\d{4}[ \t]+[^\W\d_]")
_UPPER_INITIAL = re.compile("[A-ZÄÖÜ]")
_CAPITAL_DIGIT = re.compile(r"[A-Z][A-Z \t]?\d")
_DIGIT_CAPITALS = re.compile(r"\d[ \t]?[A-Z]{2}")
# "Address: 9 Heol y Nant, Cardiff CF14 6HZ": the first part of an address field that holds a number.
_ADDRESS_FIELD = re.compile(
    r"(?im)^[ \t]*(?:address|adresse|anschrift|home\s+address|wohnadresse|lieferadresse|delivery\s+address)"
    r"[ \t]*:[ \t]*(?P<value>[^\n,;]*\d[^\n,;]*?)[ \t]*(?:[,;]|$)"
)
_FORM_FIELD = re.compile(
    # "Neue PLZ: 06110", "Alter Ort: Halle (Saale)", "New postcode: …": a moving form's old and new fields
    r"(?im)^[ \t]*(?:(?:neue[rs]?|alte[rs]?|bisherige[rs]?|new|old|previous)[ \t]+)?"
    r"(?:plz|postleitzahl|ort|wohnort|stadt|city|town|postcode|post[ \t]code|zip(?:[ \t]code)?|"
    r"straße|strasse|street|hausnummer|house[ \t]number|plz/ort|plz[ \t]und[ \t]ort)"
    r"[ \t]*:[ \t]*(?P<value>[^\n,;]+?)[ \t]*$"
)
_AVAILABILITY = re.compile(
    r"(?i)\b(?:liefern|lieferbar|lieferung\s+nach|versand|versenden|verschicken|ship|shipping|deliver|delivery\s+to|"
    r"verfügbar|available|filiale|store|branch|lager|standort|abholen|pick\s+up|liefergebiet)\b"
)
_CITY_STOP = frozenset(
    """Stück Stk Euro EUR Punkte Punkt Meilen Artikel Exemplare Kunden Mitglieder Bestellungen Mal Seiten Tage Jahre
    Minuten Stunden Teile Packungen Dosen Flaschen Rollen Blatt Liter Kilo Gramm Meter Watt Volt Kalorien Follower
    Likes Aufrufe Downloads Einheiten Benutzer Nutzer Lizenzen Plätze Personen Gäste Nächte Zimmer Betten Mails
    Nachrichten Anrufe Pakete Sendungen Kartons Paletten Ich Sie Wir Er Es Die Der Das Und Oder Bei Mit Von Für
    Euros Pieces Items Points Miles Units Users Days Years Hours Minutes People Guests Nights Rooms Pages Times And
    The Or For With From To In On At By Of Kg Km GB MB Uhr Prozent Grad Bestellnummer Rechnung Bestellung""".split()
)
# Words that can follow a street on its own line or after a comma without being a city.
_NOT_CITY = frozenset(
    """Deutschland Germany Österreich Austria Schweiz Switzerland Danke Viele Liebe Mit Gruß Grüße Freundliche
    Beste Herzliche Tel Telefon Handy Mobil Fax Mail Email E-Mail Whg Wohnung Etage Stock Hinterhaus Vorderhaus
    Apartment Flat Floor Klingel Hof Seitenflügel Bitte Vielen Kind Best Regards Thanks Thank Cheers Regards
    Kundennummer Kundennr Vertragsnummer IBAN BIC Geburtsdatum PLZ Ort Name""".split()
)
_CITY_SECOND = re.compile(r"[ \t](" + _UP + r"[a-zäöüß]+)(?=[ \t]*(?:[,.;!?)]|\n|$|[ \t][a-zäöüß]))")
# Words that show a capitalised phrase before a number is not a street ("Bestellung 12, 10115 Berlin").
_BLOCK_STOP = frozenset(
    """Bestellung Bestellnummer Rechnung Auftrag Kundennummer Nr No Tel Telefon Fax Mobil Handy Order Invoice
    Ticket Artikel Summe Betrag Preis Euro EUR Seite Zimmer Raum Flat Apartment Whg Wohnung Etage Stock Haus
    Gebäude Block Postfach Packstation IBAN BIC Geburtsdatum Datum Version Jahr Jahre Größe Top Stiege Tür Apt Unit
    Suite App Etage""".split()
)
_ORG_PLACE = re.compile(
    # "Ihre Adresse" is the business's; lowercase "ihre Adresse" is her (or their) address
    r"(?i)\b(?:your|(?-i:Ihre?[mnrs]?|IHRE?[MNRS]?)|eure?[mnrs]?)\s+(?:\w+\s+){0,2}(?:office|store|shop|branch|warehouse|showroom|"
    r"headquarters|hq|filiale|geschäft|büro|laden|lager|standort|zentrale|niederlassung|sitz|werk|praxis|"
    r"kanzlei|hotel|restaurant|adresse|anschrift|address|firmensitz|verkaufsstelle|outlet|markt|location)\b"
)


# "die Filiale in der Königstraße 20", "your store on 5 Main Street": the business's own place.
_ORG_PLACE_BEFORE = re.compile(
    r"(?i)\b(?:filiale|geschäft|laden|büro|store|shop|branch|office|warehouse|lager|standort|niederlassung|zentrale|"
    r"showroom|outlet|markt|supermarkt|restaurant|hotel|praxis|werkstatt|abholstation|paketshop|servicepoint|"
    r"service\s+point|counter|schalter)\s+(?:in\s+der|in\s+den|an\s+der|am|im|in|at|on|auf\s+der)\s*$"
    # "die Filiale Hauptstraße 3": a branch named by its street.
    r"|\b(?:filiale|geschäftsstelle|niederlassung|zweigstelle|branch|store|warehouse|outlet|showroom|paketshop)\s+$"
    # "an Hallberg Retourenzentrum, Gewerbepark Süd 14": a returns or shipping centre named before its street
    r"|\b(?:retouren|rücksende|versand|logistik|verteil|paket|service)zentrum[ \t]*[,:]?[ \t]*$"
    r"|\b(?:returns|distribution|fulfil?ment)\s+(?:centre|center|department|warehouse)[ \t]*[,:]?[ \t]*$"
)


def _org_place(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 60) : start]
    # In the organisation's quoted reply "Ihre Adresse" is the customer's: the pronoun cue does not apply there.
    pronoun_place = _ORG_PLACE.search(before) and not in_reply_from_other_side(text, start)
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if _LETTERHEAD.search(line):
        return True  # "Stadtwerke Ruhrtal GmbH · Postfach 10 02 31 · 45002 Essen": a letterhead or footer line
    place = _ORG_PLACE_BEFORE.search(before)
    if place and _OWN_BEFORE.search(before, 0, place.start()):
        place = None  # "to my office at 23 Church Road": the writer's workplace is their contact address
    return bool(pronoun_place or place) or owner_is_organisation(text, start, window=40)


_LETTERHEAD = re.compile(
    r"\b(?:GmbH|AG|KG|mbH|mbB|UG|SE|GbR|OHG|eG|e\.[ \t]?V\.|Ltd|LLC|Inc|plc)\b[^\n]*[·•|]"
    r"|\b(?:Zahlungsempfänger|Gläubiger|Absender(?:in)?)\s*:[^\n]*\b(?:GmbH|AG|KG|mbH|eG|e\.[ \t]?V\.|Ltd|genossen)"
)
_OWN_BEFORE = re.compile(r"(?i)\b(?:my|our|mein\w*|unser\w*)\s+(?:\w+\s+)?$")


# Typed all in lowercase: only a street with a house number followed by postcode and city counts
# ("heidkamp 14, 22457 hamburg"); a lowercase street alone is too easily an ordinary word.
_LOWER_ADDRESS = re.compile(
    r"(?<![\w-])(?P<street>[a-zäöüß][a-zäöüß-]*"
    + _SUFFIX
    + r"|[a-zäöüß][a-zäöüß-]*[ \t](?:straße|strasse|str\.|weg|allee|platz))"
    r"[ \t]*(?P<num>\d{1,4}(?:[ \t]?[a-z](?![\w]))?)[ \t]*(?:,|[ \t]in)?[ \t]*(?:\n[ \t]*)?"
    r"(?P<place>\d{5}[ \t]+[a-zäöüß][a-zäöüß-]+(?:[ \t](?:am|an[ \t]der|im)[ \t][a-zäöüß]+)?)(?![\w])"
)


# Postcodes of the countries customers write from: 5 digits (DE, FR, IT, ES ...), 4 (AT, CH, NL, BE, DK),
# "105 63" (GR, SE, CZ, SK), "31-155" (PL).
_ANY_POSTCODE = r"(?:\d{5}|\d{4}|\d{3}[ \t]\d{2}|\d{2}-\d{3})"
# A gate only (no lookbehind, so that the scan can skip to digits quickly).
_ANY_POSTCODE_WORD = re.compile(r"\d(?:\d{3,4}|\d\d[ \t]\d\d|\d-\d{3})[ \t]+[A-ZÄÖÜ]")
# Near a street only: "105 63 Athina", "31-155 Kraków", and a city followed by its code ("Bengaluru 560038").
# Without a leading lookbehind, so that the scan can skip ahead; the character before is checked in code.
_FOREIGN_PLACE = re.compile(
    r"\d(?:\d{2}[ \t]\d{2}|\d-\d{3})[ \t]+" + _CITY + r"|" + _UP + r"[\w'’-]+[ \t]+[1-9]\d{3,5}(?![\w-])"
)
_POSTCODE_LOWER_CITY = re.compile(r"(?<![\w-])(\d{5})[ \t]+([a-zäöüß][a-zäöüß-]+)(?![\w])")
_POSTCODE_CUE = re.compile(r"postleitzahl|\bplz\b|postcode|post code|zip|wohnort|anschrift|adresse|address")
_LOWER_CITY_STOP = frozenset(w.lower() for w in _CITY_STOP) | frozenset(
    "und oder bis ab an in im am um auf für mit von bei zu zum zur and or to at in on for with from euro eur "
    "stück".split()
)
_HOUSE_NAME_BEFORE = re.compile(
    r"(?<![\w])(" + _UP + r"[\w'’-]+[ \t](?:Cottage|Cottages|House|Farm|Farmhouse|Lodge|Villa|Manor|Barn|Mill|Hall))"
    r",[ \t]*$"
)
_LOWER_STREET_GATE = re.compile(r"(?:straße|strasse|str\.?|weg|allee|gasse)[ \t]*\d")
_CLOSING_WORDS = ("grüß", "gruß", "gruss", "grüss", "regards", "wishes", "mfg", "lg", "vg", "cheers", "sincerely")
_CLOSING_WORDS += ("faithfully", "truly")
# "(lindenstr 14)" typed in lowercase without a postcode: only the unambiguous street words count.
_LOWER_STREET = re.compile(
    r"(?<![\w-])(?:[a-zäöüß]{3,}|[a-zäöüß]{3,}(?:er|sche[nr]?)[ \t])(?:straße|strasse|str\.?|weg|allee|gasse)"
    r"[ \t]*\d{1,4}"
    r"(?:[ \t]?[a-z](?![\w]))?(?![\w]|[.,]\d)"
)
# An address block: capitalised words and a house number, then postcode and city on the same line
# after a comma or on the next line ("Lange Reihe 29\n20099 Hamburg", "Zeil 10, 60313 Frankfurt").
_STREET_BEFORE_POSTCODE = re.compile(
    r"(?<![\w.'’-])(?P<street>(?:(?:"
    + _UP
    + r"[\wäöüß.'’-]*|der|den|dem|des|die|das|am|im|an|auf|zum|zur|von|vom|in)[ \t]){0,3}"
    + _UP
    + r"[\wäöüß.'’-]*)"
    r"[ \t]+(?P<num>" + _HOUSE + r")[ \t]*(?:,[ \t]*|[ \t]*\n[ \t]*|[ \t]+in[ \t]+|[ \t]*[·•|][ \t]*|[ \t]+)"
    r"(?:[A-Z]{1,2}-)?" + _ANY_POSTCODE + r"[ \t]+" + _UP
)
# Words that open a street name ("Am Anger", "Unter den Linden", "Alte Gasse"): kept when trimming
# the capitalised words in front of a street ("Lieferadresse Lange Reihe 29").
_STREET_LEAD = frozenset(
    """Am An Auf Im In Zum Zur Unter Hinter Vor Bei Beim Alte Alter Altes Alten Neue Neuer Neues Neuen Große
    Großer Großen Kleine Kleiner Kleinen Obere Oberer Untere Unterer Hohe Hoher Lange Langer Breite Breiter""".split()
)


def _trim_street_words(words: list[str]) -> int:
    """How many leading words are no part of the street: function words, labels ("Lieferadresse")."""
    k = 0
    for i, word in enumerate(words[:-1]):
        if word.lower().rstrip(".,:").endswith(_LABEL_ENDINGS):
            k = i + 1  # "Neue Lieferadresse Zeil 88": everything up to the label goes
    while k < len(words) - 1:
        word = words[k].rstrip(".,")
        if word in _STREET_LEAD:
            break
        if word in STOP_WORDS or word in _NOT_CITY or word.lower().endswith(_LABEL_ENDINGS) or word in FIRST_NAMES:
            k += 1
            continue
        break
    return k


_LABEL_ENDINGS = ("adresse", "anschrift", "address", "wohnort", "sitz")


# A closing line ("Viele Grüße", "Best regards,") starts the writer's signature block; a line in it
# that is capitalised words and a house number is the writer's street, even without a street word.
_SIGNATURE_STREET = re.compile(
    r"(?m)^[ \t]*(?P<street>(?:" + _UP + r"[\wäöüß.'’-]*[ \t]){0,2}" + _UP + r"[\wäöüß.'’-]*)"
    r"[ \t]+(?P<num>" + _HOUSE + r")[ \t]*(?:[,·•|][^\n]*)?$"
    # "14 Quayside": the English order, house number first.
    r"|^[ \t]*(?P<en>\d{1,4}[A-Za-z]?,?[ \t]+(?:" + _UP + r"[\w'’-]*[ \t]){0,2}" + _UP + r"[\w'’-]*)[ \t]*,?[ \t]*$"
)


def _signature_streets(text: str) -> list[tuple[int, int]]:
    out = []
    closing = SIGNATURE_CLOSING.search(text)
    if not closing:
        return out
    end = text.find("\n\n", closing.end() + 1)
    block_end = len(text) if end < 0 else end
    lines_end = closing.end()
    for _ in range(8):  # a signature block is short
        lines_end = text.find("\n", lines_end + 1)
        if lines_end < 0:
            lines_end = len(text)
            break
    for m in _SIGNATURE_STREET.finditer(text, closing.end(), min(block_end, lines_end)):
        group = "en" if m.group("en") else "street"
        words = m.group(group).split()
        if group == "en":
            words = words[1:]
        if any(w in _BLOCK_STOP or w in _CITY_STOP or w in _NOT_CITY for w in words):
            continue
        if words[0] in STOP_WORDS and words[0] not in _STREET_LEAD:
            continue
        out.append((m.start(group), m.end("num") if group == "street" else m.end("en")))
    return out


# "21 Quayside, Newcastle NE1 3DX": an English house number and street name without a street word,
# followed by a town and a UK postcode.
_POSTCODE_WORD = re.compile(r"\d{5}[ \t]+[^\W\d_]")
_POSTCODE_LOWER = re.compile(r"\d{5}[ \t]+[a-zäöüß]")
_EN_STREET_BEFORE_POSTCODE = re.compile(
    r"(?<![\w,])(?P<street>\d{1,4}[A-Za-z]?[ \t]+(?:(?:"
    + _UP
    + r"[\w'’-]+|y|yr|of|the|on|upon|de|la)[ \t]){0,3}"
    + _UP
    + r"[\w'’-]+)"
    r"[ \t]*,[ \t]*(?:" + _UP + r"[\w'’-]+[ \t]+){1,2}[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}(?![\w])"
)


class _Gates(NamedTuple):
    postcode_word: bool  # \d{5}[ \t]+letter
    postcode_lower: bool  # \d{5}[ \t]+lowercase letter
    four_digits_word: bool  # \d{4}[ \t]+letter
    any_postcode_word: bool  # a postcode of any shape (_ANY_POSTCODE) before a capital
    digit_capitals: bool  # \d[ \t]?[A-Z]{2}


_DIGIT_RUN = re.compile(r"\d+")
_AFTER_RUN = re.compile(r"([ \t]*)(.?)(.?)")


def _number_gates(text: str) -> _Gates:
    """The cheap gates of the postcode passes, from one scan over the digit runs (same answers as the
    gate patterns `_POSTCODE_WORD`, `_POSTCODE_LOWER`, `_FOUR_DIGITS_WORD`, `_ANY_POSTCODE_WORD` and
    `_DIGIT_CAPITALS`, which each scanned the whole message)."""
    pw = pl = fw = anyp = dc = False
    previous_end, previous_len = -2, 0
    for run in _DIGIT_RUN.finditer(text):
        n = run.end() - run.start()
        after = _AFTER_RUN.match(text, run.end())
        gap, first, second = after.group(1), after.group(2), after.group(3)
        word = bool(gap) and first.isalpha()
        if n >= 4 and word:
            fw = True
            anyp = anyp or first.isupper() and _UPPER_INITIAL.match(first) is not None
            if n >= 5:
                pw = True
                pl = pl or first.islower()
        # "105 63 Athina", "31-155 Kraków": the second part of a split postcode
        if word and first.isupper() and _UPPER_INITIAL.match(first) and previous_end >= 0:
            joint = text[previous_end : run.start()]
            if (previous_len >= 3 and n == 2 and joint in (" ", "\t")) or (
                previous_len >= 2 and n == 3 and joint == "-"
            ):
                anyp = True
        if not dc:
            # \d[ \t]?[A-Z]{2}
            if gap in ("", " ", "\t") and first.isascii() and first.isupper() and second.isascii() and second.isupper():
                dc = True
        previous_end, previous_len = run.end(), n
    return _Gates(pw, pl, fw, anyp, dc)


def find_addresses(text: str) -> list[Candidate]:
    """Street + house number and postcode + city of a person (organisations' addresses skipped)."""
    if not _DIGIT.search(text) and not _SPOKEN_NUMBER_GATE.search(text):
        # Only a form field ("Ort: Berlin") can be an address without a digit.
        return (
            [Candidate(*m.span("value"), "ADDRESS", P_ADDRESS) for m in _FORM_FIELD.finditer(text)]
            if ":" in text
            else []
        )
    streets: list[tuple[int, int]] = []
    for m in _DE_STREET.finditer(text):
        street = m.group("street")
        if _STREET_STOP.match(street) or _UNIT_AFTER.match(text[m.end() :]):
            continue
        start = m.start()
        if " " in street:
            words = street.split()
            for i, word in enumerate(words[:-1]):
                if word.lower().rstrip(".,:").endswith(_LABEL_ENDINGS):
                    start = text.index(words[i + 1], text.index(word, start) + len(word))
        streets.append((start, m.end()))
    lowered = text.lower()
    patterns = [_EN_STREET]
    if mentions(lowered, _BOX_WORDS):
        patterns.append(_BOX)
    if mentions(lowered, _ROMANCE_WORDS):
        patterns.append(_ROMANCE_STREET)
    for pattern in patterns:
        streets += [m.span() for m in pattern.finditer(text) if not _UNIT_AFTER.match(text[m.end() :])]
    # Cheap gates first: most messages have no postcode at all.
    gates = _number_gates(text)
    for m in _EN_STREET_BEFORE_POSTCODE.finditer(text) if _UK_POSTCODE.search(text) else ():
        if not any(s <= m.start("street") < e for s, e in streets):
            streets.append(m.span("street"))
    for m in _STREET_BEFORE_POSTCODE.finditer(text) if gates.any_postcode_word else ():
        words = m.group("street").split()
        # "Flyer an Kirchgasse 11", "in der Lange Reihe 29": a lowercase word that does not follow a
        # street's opening preposition ("Hinter den Höfen") ends what lies before the street.
        for k in range(len(words) - 1, -1, -1):
            if not words[k][0].isupper() and (k == 0 or words[k - 1] not in _STREET_LEAD):
                words = words[k + 1 :]
                break
        skip = _trim_street_words(words)
        start = m.start("street")
        for word in words[:skip]:
            start = text.index(word, start) + len(word)
        start = text.index(words[skip], start)
        words = words[skip:]
        if words[0] in _CITY_STOP or words[0] in _NOT_CITY or any(w.rstrip(".") in _BLOCK_STOP for w in words):
            continue
        if not any(s < m.end("num") and start < e for s, e in streets):
            streets.append((start, m.end("num")))
    if "\n" in text and mentions(lowered, _CLOSING_WORDS):
        for span in _signature_streets(text):
            if not any(s <= span[0] < e or span[0] <= s < span[1] for s, e in streets):
                streets.append(span)
    if _LOWER_STREET_GATE.search(lowered):
        for m in _LOWER_STREET.finditer(text):
            if not _UNIT_AFTER.match(text[m.end() :]) and not any(s <= m.start() < e for s, e in streets):
                streets.append(m.span())
    # "Rose Cottage, 3 Church Lane": a house name in front of an English street belongs to it.
    for k, (start, end) in enumerate(streets):
        if text[start : start + 1].isdigit():
            house = _HOUSE_NAME_BEFORE.search(text, max(0, start - 40), start)
            if house:
                streets[k] = (house.start(1), end)
    org_streets = [s for s in streets if _org_place(text, s[0])]
    streets = [s for s in streets if s not in org_streets]
    # "bahnhofstraße vierzehn a": a dictated house number
    for m in _SPOKEN_STREET.finditer(text) if _SPOKEN_NUMBER_GATE.search(text) else ():
        if not any(s <= m.start() < e for s, e in streets):
            streets.append(m.span())

    places: list[tuple[int, int]] = []
    for m in _POSTCODE_CITY.finditer(text) if gates.four_digits_word else ():
        city = m.group("city")
        if city.split()[0] in _CITY_STOP or (len(city) < 3 and city.isupper()):
            continue
        near_street = any(0 <= m.start() - e <= 40 and "\n\n" not in text[e : m.start()] for _, e in streets)
        if len(m.group("pc")) == 4 and not (near_street or "-" in text[m.start() : m.start("pc")]):
            continue
        if any(0 <= m.start() - e <= 4 for _, e in org_streets):
            continue  # the postcode and city of an organisation's street
        if not near_street:
            sentence_start = max(text.rfind(c, 0, m.start()) for c in ".?!\n") + 1
            if _AVAILABILITY.search(text[sentence_start : m.start()]) or _org_place(text, m.start()):
                continue
        end = m.end()
        # "15711 Königs Wusterhausen": a second capitalised word that ends the phrase belongs to the city.
        second = _CITY_SECOND.match(text, end)
        if second and second.group(1) not in _NOT_CITY and second.group(1) not in _CITY_STOP:
            if second.group(1) not in STOP_WORDS:
                end = second.end(1)
        places.append((m.start(), end))
    # "Friedrich-Ebert-Damm 112 22047 hh", "7.3.88 und 04109 leipzig" (asked for the Postleitzahl): a postcode
    # with a lowercase city next to a street or after the postcode was asked for.
    for m in _POSTCODE_LOWER_CITY.finditer(text) if gates.postcode_lower else ():
        if m.group(2) in _LOWER_CITY_STOP or any(s <= m.start() < e for s, e in places):
            continue
        near_street = any(0 <= m.start() - e <= 40 and "\n\n" not in text[e : m.start()] for _, e in streets)
        if near_street or _POSTCODE_CUE.search(lowered, 0, m.start()):
            places.append(m.span())
    for m in _FOREIGN_PLACE.finditer(text) if streets else ():
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "-"):
            continue
        first = m.group().split()[0]
        if first in _CITY_STOP or first in _NOT_CITY or first in _BLOCK_STOP or first in STOP_WORDS:
            continue
        if first.isupper() and not first[0].isdigit():
            continue  # "Rahmennummer WBK 33817": a code, not a city
        if any(0 <= m.start() - e <= 40 and "\n\n" not in text[e : m.start()] for _, e in streets):
            places.append(m.span())
    has_capital_code = gates.digit_capitals or bool(_CAPITAL_DIGIT.search(text))
    for pattern in (_NL_POSTCODE_CITY, _UK_POSTCODE, _US_ZIP) if has_capital_code else ():
        for m in pattern.finditer(text):
            start = m.start()
            city = None
            if pattern is not _NL_POSTCODE_CITY:
                city = _CITY_BEFORE.search(text, max(0, start - 40), start)
                if city and city.group().split()[0].rstrip(",") not in _CITY_STOP:
                    start = city.start()
                else:
                    city = None
                if pattern is _US_ZIP and city is None:
                    continue
            near_street = any(0 <= start - e <= 40 for _, e in streets)
            if near_street or (pattern is not _UK_POSTCODE or city) and not _org_place(text, start):
                places.append((start, m.end()))
    # "Lindenweg 3 in Bad Tölz": the city completes the street address.
    for _, end in list(streets):
        m = _IN_CITY.match(text, end)
        group = (m.lastindex or 0) if m else 0
        first_word = m.group(group).split()[0] if group else ""
        # A given name on the next line starts a person's name, not a city.
        if (
            first_word
            and first_word not in _CITY_STOP
            and first_word not in _NOT_CITY
            and first_word not in FIRST_NAMES
            and not first_word.isupper()  # "Kastanienallee 5, EG": a floor, not a city
        ):
            places.append((m.start(group), m.end(group)))
        elif (
            text[end - 1 : end].isdigit()
            and text[:end].rstrip("0123456789 \t")[-1:].islower()
            or (text[end - 1 : end].isalpha() and text[max(0, end - 30) : end].islower())
        ):
            # "an amselweg 12 in garmisch schicken": typed in lowercase, the word after "in" is the town.
            lower = _IN_LOWER_CITY.match(text, end)
            if lower and lower.group(1) not in _LOWER_CITY_STOP and lower.group(1) not in _LOWER_IN_STOP:
                places.append(lower.span(1))
    # "Dorfstraße 7, OT Remkersleben, 39171 Wanzleben-Börde": the Ortsteil completes the street address.
    for _, end in list(streets) if "OT " in text or "Ortsteil" in text else ():
        district = _DISTRICT.match(text, end)
        if district:
            places.append(district.span(1))
    for m in _FORM_FIELD.finditer(text) if ":" in text else ():
        places.append(m.span("value"))
    for m in _ADDRESS_FIELD.finditer(text) if ":" in text else ():
        value = m.group("value")
        if len(value) <= 60 and not any(s <= m.start("value") < e for s, e in streets) and not _UNIT_AFTER.match(value):
            if re.search(r"[^\W\d_]{2}", value):
                streets.append(m.span("value"))
    for m in _LOWER_ADDRESS.finditer(text) if gates.postcode_lower else ():
        if not _org_place(text, m.start()):
            streets.append((m.start(), m.end("num")))
            places.append(m.span("place"))
    return [Candidate(s, e, "ADDRESS", P_ADDRESS) for s, e in streets + places]
