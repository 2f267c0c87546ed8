"""PERSON detection: names of natural persons from context plus name lists.

Context decides most cases (titles, "mein Name ist", greetings, signatures,
labels such as "Inhaberin:", family relations); the name lists add full names in
running text. A name found once is redacted everywhere in the message.
"""

from __future__ import annotations

import re
from itertools import accumulate

from .context import Candidate, FoldedPattern, fold, grouped, mentions, reply_header_start
from .identifiers import P_PERSON, is_role_mailbox
from .namedata import (
    ACADEMIC,
    COUNTRIES,
    FIRST_NAMES,
    HOMOGRAPH_FIRST,
    HOMOGRAPH_SURNAME,
    PARTICLE,
    STOP_WORDS,
    SURNAMES,
    TITLES,
    ascii_name,
)

# "i. A. Sabine Köster": the A of "im Auftrag" (and V of "in Vertretung") is no initial.
_INITIAL = re.compile(r"[A-ZÄÖÜ](?<![\w.][A-ZÄÖÜ])(?<!i\. [A-ZÄÖÜ])(?<!i\.[A-ZÄÖÜ])\.[ \t]?(?=[A-ZÄÖÜ])")
# "K.-D. Wenzel" (two initials of a double given name), "Ch. Nakamura": rarer shapes, scanned only when present
_INITIAL_RARE = re.compile(
    r"[A-ZÄÖÜ](?<![\w.-][A-ZÄÖÜ])\.-[A-ZÄÖÜ]\.[ \t]?(?=[A-ZÄÖÜ])|(?<![\w.])(?:Ch|Chr|Th|Ph)\.[ \t]?(?=[A-ZÄÖÜ])"
)
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_TOKEN_SPLIT = re.compile("(" + _TOKEN.pattern + ")")
_PARTICLES = frozenset(PARTICLE.strip("(?:)").split("|"))
_COMPANY_AFTER = re.compile(
    r"[ \t]*(?:GmbH|AG|KG|OHG|UG|SE|e\.\s?V\.|e\.\s?K\.?|GbR|PartG|KGaA|eG|mbH|S\.A\.|S\.L\.|B\.V\.|N\.V\.|s\.r\.o\.|"
    r"Sp\.[ \t]z[ \t]o\.o\.|&[ \t]*(?:Co|Söhne|Sons|Partner|Friends)|und[ \t]+Söhne|"
    r"Inc\b|Ltd\b|LLC|plc|Co\.|Corp|Stiftung|"
    r"Versand|Shop|Store|Onlineshop|Markt|Verlag|Apotheke|Bank|Sparkasse|"
    # "Whitcombe Interiors", "Wróbel Fliesen & Naturstein": a surname followed by a trade names a business.
    r"(?:Interiors|Design|Designs|Consulting|Solutions|Services|Media|Studio|Events|Catering|Logistics|Transport|"
    r"Transporte|Logistik|Immobilien|Bau|Bauunternehmen|Haustechnik|Elektrotechnik|Fliesen|Naturstein|Gartenbau|"
    r"Malerbetrieb|Reinigung|Gebäudereinigung|Handel|Handwerk|Holzbau|Dachdeckerei|Sanitär|Heizung|Werbung|"
    r"Fotografie|Photography|Architects|Architekten|Partners|Group|Holding|Trading|Imports|Motors|Autos|"
    r"Kfz|Fahrschule|Reisen|Travel|Tours|Textil|Moden|Mode|Optik|Akustik|Kosmetik|Friseure|"
    r"Dental|Dentistry|Dentists|Clinic|Pharmacy|Vets|Veterinary|Salon|Bakery|Café|Cafe|Hair|Beauty|Fitness|Gym|"
    r"Garage|Legal|Accountants|Surveyors|Estates|Lettings|Homes|Builders|Electrical|Plumbing|Roofing|Cleaning|"
    r"Removals|Florist|Florists|Kitchens|Windows|Nursery|Dentalpraxis|Zahnarztpraxis|Physiotherapie|"
    # "Hallberg Support <support@…>", "Hallberg Kundenservice": the organisation's team
    r"Support|Kundenservice|Kundendienst|Helpdesk|Retourenzentrum|Versandzentrum|Logistikzentrum|Lager|Warehouse|"
    r"Service[ \t]+Team|Customer[ \t]+(?:Service|Care|Support)|NHS|Trust|Council|Authority|Agency)(?![\w]))"
)
_PLACE_WORDS = re.compile(
    r"^(?:Island|Islands|Isles|Beach|Bay|Heights|Hills|Valley|Springs|Falls|Harbour|Harbor|Point|Park|Gardens|Square|Street|Road|"
    r"Avenue|Lane|Close|Drive|Bridge|Station|Airport|Hall|Church|College|University|School|Hospital|Centre|Center|"
    r"Court|House|Lodge|Manor|Castle|Tower|Cottage|Farm|Villa|Mill|Barn|Infirmary|Clinic|Practice|Surgery|"
    r"Pharmacy|Office|Library|Hotel|Reception|Ltd|Logistics|Straße|Strasse|Platz|Allee|Weg|Brücke|Bahnhof|Kirche|"
    r"Schule|Klinik|Praxis|Apotheke|Rezeption|Empfang)$"
)
_LEGAL_FORM_ANY = re.compile(r"GmbH|AG\b|KG\b|OHG|UG\b|SE\b|e\.\s?[VK]\.|GbR|Ltd|LLC|Inc\b|plc|mbH|&[ \t]?Co")
_legal_cache: tuple[str, bool] = ("", False)


def _has_legal_form(text: str) -> bool:
    """Whether the message names a legal form anywhere (cached per message: `_is_company` runs often)."""
    global _legal_cache
    if _legal_cache[0] is not text:
        _legal_cache = (text, bool(_LEGAL_FORM_ANY.search(text)))
    return _legal_cache[1]


_LEGAL_FORM_LATER = re.compile(
    r"(?:[ \t]+[A-ZÄÖÜ][\w&-]*){1,2}[ \t]+(?:GmbH|AG|KG|OHG|UG|SE|e\.\s?V\.|e\.\s?K\.?|GbR|Ltd\b|LLC|Inc\b|plc|"
    r"mbH|&[ \t]?Co)"
)
# A name right after one of these words names a company, a work or a pet, not a person.
_COMPANY_BEFORE = frozenset(
    """firma fa. bäckerei tischlerei schreinerei metzgerei fleischerei kanzlei autohaus hotel restaurant gasthaus
    gasthof pension apotheke salon studio drogerie marke brand label verlag brauerei weingut gärtnerei
    malerbetrieb elektro sanitär friseur praxis klinik buch roman film song album serie katze kater hund hündin
    kundenservice kundendienst support helpdesk beagle labrador dackel pudel terrier collie schäferhund mops
    retriever spaniel husky chihuahua boulangerie pâtisserie patisserie trattoria pizzeria ristorante
    café cafe atelier konditorei boutique taverna bistro brasserie
    pferd hamster kaninchen wellensittich cat dog puppy kitten horse pet haustier welpe modell model produkt
    product artikel item regal sofa couch bett tisch stuhl sessel lampe leuchte kommode schrank vitrine
    kollektion collection edition serie series set duft sorte variante design linie range typ modell rose
    puppe doll teddy plüschtier figur figure""".split()
)
_ARTICLES = frozenset(
    """der die das den dem des ein eine einen einem einer im am vom zum zur beim ins the a an kein keine jeder
    jede jedes jeden jedem dieser diese dieses diesen diesem this that some""".split()
)


_PLACE_PREPOSITIONS = frozenset("in nach aus from near nahe bis via".split())


def _word_before(text: str, start: int) -> str:
    """The word directly before `start` (same line), lowercased; '' when there is none."""
    before = text[max(0, start - 24) : start].rstrip("\"'„“‚‘«»")
    if not before or before[-1] not in " \t":
        return ""
    words = before.split()
    return words[-1].lower().lstrip("\"'„“‚‘«»(") if words else ""


def _after_article(text: str, start: int) -> bool:
    word = _word_before(text, start)
    return word in _ARTICLES or word.isdigit()


def _after_article_or_adjective(text: str, start: int) -> bool:
    """ "der Wolf", and "der perfekte Koch", "im kommenden Winter": an article and an inflected adjective.

    Only for repeats of a found name: a name found by its own cue may follow an adjective ("die kleine Mia").
    """
    if _after_article(text, start):
        return True
    word = _word_before(text, start)
    word_start = start - len(word) - 1
    if word.endswith(("e", "en", "er", "es", "em")) and text[word_start : start - 1].isalpha():
        if text[word_start : start - 1].islower():
            return _word_before(text, word_start) in _ARTICLES
    return False


# Brands and companies named after people: whole names, and single words that are no given name.
BRAND_NAMES = frozenset(
    """Hugo Boss|Tom Tailor|Tommy Hilfiger|Calvin Klein|Ralph Lauren|Marc O'Polo|Jack Wolfskin|Paul Hewitt|
    Karl Lagerfeld|Jil Sander|Michael Kors|Marc Jacobs|Ben & Jerry's|Johnnie Walker|Jim Beam|Jack Daniel's|
    Captain Morgan|Ritter Sport|Anna Sui|Frank Walder|Marie Claire|Mary Kay|Estée Lauder|Oscar de la Renta|
    Max Mara|Emilio Pucci|Tom Ford|Vera Wang|Victoria's Secret|Alexander McQueen|Paul Smith|Ted Baker|
    Tchibo|Otto Versand""".replace("\n", "").split("|")
)
_BRANDS_BY_FIRST: dict[str, list[str]] = {}
for _brand in BRAND_NAMES:
    _BRANDS_BY_FIRST.setdefault(_brand.split()[0], []).append(_brand)
BRAND_WORDS = frozenset(
    """Boss Oetker Hewitt Lagerfeld Rossmann Lidl Aldi Tchibo Vorwerk Miele Bosch Siemens Porsche Ferrari
    Lamborghini Dior Chanel Armani Gucci Prada Versace Tesla Opel Zalando Amazon Ikea Edeka Rewe Netto Kaufland
    Douglas Esprit Benetton Wrangler Alexa Siri Cortana Nivea Haribo Milka Dallmayr Melitta Kärcher Stihl Makita
    Hilti Wella Schwarzkopf Philips Sony Samsung Apple Google Microsoft Android Windows Linux Ubuntu Debian Java
    Python Excel Outlook Zoom Skype Paypal PayPal Klarna Visa Mastercard Maestro Giro Sofort Alexanderplatz""".split()
)
_RELATIONS = (
    # genitives too: "die Steuer-ID meines Mannes Oleksandr Melnyk"
    r"(?:tochter|sohn|sohnes|frau|mann|mannes|ehefrau|ehemann|ehemannes|gattin|gatte|gatten|mutter|vater|vaters|"
    r"mama|papa|mutti|vati|schwester|bruder|bruders|"
    r"oma|opa|großmutter|großvater|grossmutter|grossvater|enkel|enkelin|enkelsohn|enkeltochter|nichte|neffe|tante|"
    r"onkel|cousine|cousin|nachbar|nachbarin|kollege|kollegin|freundin|freund|partner|partnerin|lebensgefährte|"
    r"lebensgefährtin|verlobte|verlobter|chef|chefin|kind|schwiegermutter|schwiegervater|schwiegertochter|"
    r"schwiegersohn|schwägerin|schwager|stiefsohn|stieftochter|pflegekind|mitbewohner|mitbewohnerin|vermieter|"
    r"vermieterin|mieter|mieterin|betreuerin|betreuer|pflegerin|pfleger|daughter|son|wife|husband|mother|father|"
    r"mum|mom|dad|sister|brother|grandmother|grandfather|grandma|grandpa|granny|grandson|granddaughter|niece|"
    r"nephew|aunt|uncle|cousin|neighbour|neighbor|colleague|friend|girlfriend|boyfriend|partner|fiancée|fiancee|"
    r"fiancé|fiance|boss|child|kid|flatmate|roommate|landlord|landlady|tenant|carer|caregiver|assistant|"
    r"sekretärin|assistentin|assistent|vorgesetzte|vorgesetzter|lehrerin|lehrer|ärztin|arzt|anwalt|anwältin|"
    r"fahrer|fahrerin|techniker|technikerin|berater|beraterin|kundenberater|kundenberaterin|mitarbeiter|"
    r"mitarbeiterin|servicemitarbeiter|servicemitarbeiterin|monteur|monteurin|handwerker|zusteller|zustellerin|"
    r"paketbote|paketbotin|postbote|postbotin|kurier|agent|driver|technician|advisor|adviser|engineer|courier|"
    r"rep|representative|consultant|installer|fitter|postman|postwoman|accountant|solicitor|lawyer|attorney|doctor|"
    r"gp|nurse|therapist|steuerberater|steuerberaterin|notar|notarin|hausarzt|hausärztin|bevollmächtigte[rn]?)"
)
# The alternations below are regrouped by first letter (context.grouped): same matches, faster scans.
_RELATION = FoldedPattern(
    r"\b(?:"
    + grouped(
        r"meine?[mnrs]?|seine?[mnrs]?|ihre?[mnrs]?|unsere?[mnrs]?|my|our|his|her|their|your|eure?[mnrs]?|der|die|dem|den|the"
    )
    + r")[ \t]+"
    r"(?:(?:kleine[nr]?|große[nr]?|ältere[nr]?|jüngere[nr]?|liebe[nr]?|little|older|younger|eldest|youngest|dear)"
    r"[ \t]+)?" + _RELATIONS + r"[ \t]*,?[ \t]+(?:" + TITLES + r"[ \t]+)?(?=\S)"
)
_TITLE = re.compile(
    r"(?<![\w])(?:"
    + grouped(TITLES[3:-1])
    + r")(?![\w])[ \t]*"
    + ACADEMIC
    # "Herr Pfarrer Wendt", "Father Brendan": a clergy title before the name
    + r"(?:(?:Pfarrer(?:in)?|Pastor(?:in)?|Pater|Kaplan|Diakon(?:in)?|Imam|Rabbiner(?:in)?|Rabbi|Father|Reverend)"
    + r"[ \t]+)?"
    + r"(?=[ \t]*\S)[ \t]*"
)
_ACADEMIC_ONLY = re.compile(r"(?<![\w])(?:Dr\.|Prof\.)[ \t]*" + ACADEMIC)
_LABEL = FoldedPattern(
    r"(?<![\w])(?:"
    + grouped(
        r"name|vorname|nachname|familienname|vor-\s?und\s?nachname|name,\s?vorname|name\s+des\s+kindes|"
        r"inhaber(?:in)?|konto-?inhaber(?:in)?|karten-?inhaber(?:in)?|empfänger(?:in)?|absender(?:in)?|versicherte/?r?|"
        r"versicherter|versicherungsnehmer(?:in)?|ehepartner(?:in)?|ehemann|ehefrau|ansprechpartner(?:in)?|"
        r"patient(?:in)?|mieter(?:in)?|antragsteller(?:in)?|besteller(?:in)?|rechnungsempfänger(?:in)?|kind|"
        r"teilnehmer(?:in)?|gast|reisende[r]?|fahrgast|account\s+holder|card\s?holder|recipient|sender|full\s+name|"
        r"first\s+name|last\s+name|surname|given\s+name|addressee|contact\s+person|contact|beneficiary|guest|"
        r"passenger|policyholder|insured\s+person|applicant|c/o|z\.\s?hd\.?|zu\s+händen|attn\.?|fao|unterschrift|"
        r"signed|gez\."
    )
    + r")"
    r"[ \t]*:[ \t]*(?:" + TITLES + r"[ \t]+)?" + ACADEMIC,
    re.MULTILINE,
)
_ANY_NAME_LABEL = FoldedPattern(
    r"(?<![\w-])(?P<prefix>[\w-]*)(?:name|namen)"
    r"(?:[ \t]+(?:des|der|von|vom|of|on|auf)[ \t]+(?:the|dem|der|den|des|meine[mnrs]?|my|your|ihre[mnrs]?)?[ \t]*"
    r"(?P<of>[\w-]+))?"
    r"[ \t]*:[ \t]*(?:" + TITLES + r"[ \t]+)?" + ACADEMIC,
    re.MULTILINE,
)
# Labels ending in "name" that name a thing, not a person.
_THING_NAME_PREFIXES = tuple(
    """produkt product artikel item modell model marken brand firmen firma company business unternehmens
    benutzer user nutzer login konto-login anmelde datei file ordner folder host domain server netzwerk network
    wlan wifi ssid geräte device app projekt project team vereins club shop hotel restaurant tarif plan paket
    package dienst service straßen strassen street orts stadt city town landes country länder schul school
    kita bank kassen versicherungs insurance arbeitgeber employer haustier tier pet hunde katzen dog cat
    veranstaltungs event kurs course spiel game song titel album buch book film serie gruppen group kanal
    channel bild image foto photo kategorie category rollen role""".split()
)
_SOFT_LABEL = FoldedPattern(
    r"(?<![\w])(?:c/o|z\.\s?hd\.?|zu\s+händen|attn\.?|(?:konto|karten)?inhaber(?:in)?)[ \t]+(?:" + TITLES + r"[ \t]+)?"
)
# "Account holder is Chidinma Okafor", "Kontoinhaberin ist Frau …": a holder label without a colon.
_HOLDER_IS = FoldedPattern(
    r"(?<![\w])(?:(?:account|card|policy)[ \t]?holder|(?:konto|karten|vertrags)inhaber(?:in)?|"
    r"versicherungsnehmer(?:in)?|empfänger(?:in)?|recipient)[ \t]+(?:is|ist|lautet|wäre|was|war)[ \t]+(?:"
    + TITLES
    + r"[ \t]+)?"
)
_HEADER = FoldedPattern(
    r"^[ \t>]*(?:von|from|an|to|cc|bcc|absender|sender|reply-to|antwort\s+an)[ \t]*:[ \t]*", re.MULTILINE
)
# Phrases that announce a name so clearly that lowercase typing still counts ("mein name ist paul vogel").
_STRONG_PHRASE = FoldedPattern(
    r"\b(?:"
    + grouped(
        r"mein\s+name\s+(?:ist|lautet|war)|ich\s+hei(?:ß|ss|s)e|my\s+name\s+is|my\s+name's|name\s+is|"
        r"ich\s+bin\s+(?:die|der)|im\s+(?:auftrag|namen)\s+von|on\s+behalf\s+of|in\s+the\s+name\s+of|"
        r"auf\s+den\s+namen"
    )
    + r")[ \t]+(?:"
    + TITLES
    + r"[ \t]+)?"
    + ACADEMIC
)
# Phrases after which a capitalised listed name is a person ("hier ist Frank", "I'm Grace").
# "Nachnamen von Schulze in Yilmaz-Schulze ändern", "geb. Hoffmann": names without a title.
_NAME_CHANGE = FoldedPattern(
    r"\b(?:(?:nach|familien|geburts|mädchen|ehe)?namens?|surname|last\s+name|maiden\s+name|name)[ \t]+"
    r"(?:von|from|vom)[ \t]+"
    r"|\bgeb(?:\.|oren(?:e|er)?)[ \t]+(?=[^\W\d])"
    r"|\b(?:née|nee)[ \t]+"
)
# Substrings each trigger contains: checked before running the pattern.
_SOFT_LABEL_WORDS = ("c/o", "hd", "händen", "attn", "inhaber")
_HOLDER_WORDS = ("holder", "inhaber", "nehmer", "empfänger", "recipient")
_STRONG_PHRASE_WORDS = ("nam", "heiß", "heiss", "heise", "bin d", "auftrag", "behalf")
_NAME_CHANGE_WORDS = ("nam", "geb", "née", "nee")
_RENAMED_TO = re.compile(r"[ \t]+(?:in|zu|auf|to|into)[ \t]+")
_INTRO_PHRASE = FoldedPattern(
    r"\b(?:"
    + grouped(
        r"hier\s+(?:ist|spricht|schreibt)|ich\s+bin|i\s+am|i'm|this\s+is|it's|its|grüße\s+an|greetings\s+to|"
        r"danke\s+an|thanks\s+to|(?:hallo|hi|hey|moin|servus)[ \t,]+bin"
    )
    + r")[ \t]+(?:"
    + TITLES
    + r"[ \t]+)?"
    + ACADEMIC
)
# After an introduction, what may follow a two-part name that is in no list ("This is Kwame Mensah –").
# A question or exclamation mark does not qualify: "This is Second Notice?" names a letter.
# "it's Dre", "this is Priti": intros that name (unlike "I'm Jewish", which describes).
_NAMING_INTRO = re.compile(r"(?i)\b(?:it'?s|it’s|this\s+is|hier\s+ist|hier\s+spricht)[ \t]+$")
_AFTER_INTRODUCED = re.compile(
    r"[ \t]*(?:$|[\n,;:()–—-]|(?:from|von|here|hier|again|wieder|and|und|lol|haha|btw|xd)\b)"
)
# Phrases that name someone: a capitalised two-part name after them counts even if not in the lists.
_NAMING_PHRASE = FoldedPattern(
    r"\b(?:(?:läuft|lautet|laufen|lauten|lief|bestellt|gebucht|ausgestellt)\s+auf|bestellt\s+von|ordered\s+by|written\s+by|geschrieben\s+von|"
    r"unterschrieben\s+von|signed\s+by|named|namens|genannt|ausgestellt\s+auf|issued\s+to)[ \t]+"
    r"(?:" + TITLES + r"[ \t]+)?" + ACADEMIC
)
_GREETING = FoldedPattern(
    r"(?<![\w])(?:"
    + grouped(
        r"hallo|hi|hey|hej|moin|servus|salut|liebe|lieber|liebes|dear|hello|"
        r"good\s+(?:morning|afternoon|evening)|guten\s+(?:tag|morgen|abend)|grüß\s+gott|grüezi|sehr\s+geehrte[rs]?|"
        r"danke|vielen\s+dank|thanks|thank\s+you|thx|cheers"
    )
    + r")[ \t]*,?[ \t]+"
    # "Hallo liebe Bea", "Hi dear Tom": a second, affectionate greeting word
    r"(?:(?:liebe[rs]?|dear|my\s+dear)[ \t]+)?",
    re.MULTILINE,
)
# Only the last word of a closing matters ("Mit freundlichen Grüßen" ends in "Grüßen"): the
# name follows it. Listing adjectives as an optional prefix would make the scan much slower.
_CLOSING = FoldedPattern(
    r"(?<![\w])(?:"
    + grouped(
        r"grüßen|grüße|gruß|gruss|grüssen|gruesse|grüsse|mfg|lg|vg|bg|danke(?:\s+(?:schön|sehr|im\s+voraus|vorab))?|"
        r"dank(?:\s+im\s+voraus)?|regards|wishes|best|cheers|thanks(?:\s+in\s+advance|\s+a\s+million|\s+a\s+lot)?|"
        r"thank\s+you|many\s+thanks|sincerely|"
        r"faithfully|truly|tschüss|tschüs|ciao|bald|care|thx|thnx|ty|ta|hochachtungsvoll"
    )
    + r")(?![\w])"
    r"|^[ \t]*(?:ihre|ihr|euer|eure|yours)[ \t]*,?[ \t]*(?=\n)",
    re.MULTILINE,
)
# Between a closing and the name: punctuation, line breaks, quoted-reply markers ("> "), a dash.
# "Mit freundlichen Grüßen\nMag. Theresia Gruber-Hollaus": a title before the signed name is no part of it.
# "Rania al-Khatib", "Carlo d'Angelo": a lowercase particle joined to the capitalised surname.
_JOINED_PARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|ben|da|de|di|del|d|l|o)[-'’][A-ZÄÖÜ]")
_CLOSING_GAP = re.compile(r"[ \t]*[,!.]?[ \t]*(?:\n[ \t>]*)*(?:[-–—][ \t]*)?" + ACADEMIC)
_TAIL = re.compile(r"(?:[.!?,;:–—)]|^|\n|\s-)[ \t]*(?:[-–—][ \t]*)?$")
_NOUNISH = re.compile(
    r"(?i)(?:ung|heit|keit|schaft|tion|ität|ment|ismus|team|service|abteilung|support|shop|gruppe|zentrale|"
    r"kunden|center|zentrum|verwaltung|büro|ness|ship|ity|ance|ence|ers|name|namen|nummer)$"
)


# "Bernd vom Kleingartenverein", "Anja von der Stadtverwaltung": after a particle, an organisation.
_ORG_AFTER_PARTICLE = re.compile(
    r"(?:verein|verband|amt|dienst|stelle|werk|team|service|abteilung|verwaltung|ung|schaft|zentrum|center|"
    r"gruppe|büro|firma|schule|kita|praxis|klinik|bank|kasse|versicherung|gmbh)$",
    re.IGNORECASE,
)


def _next_capitalised(items: list[tuple[int, int, str]], j: int) -> str:
    while j < len(items) and items[j][2] in _PARTICLES:
        j += 1
    return items[j][2] if j < len(items) else ""


class _Tokens:
    """Word tokens of one text with their offsets, for chaining name parts."""

    def __init__(self, text: str) -> None:
        self.text = text
        # split() with a capturing group alternates gaps and tokens; the running sum of their lengths
        # gives every offset without a Python-level loop over the matches.
        pieces = _TOKEN_SPLIT.split(text)
        offsets = list(accumulate(map(len, pieces), initial=0))
        starts = offsets[1:-1:2]
        self.items = list(zip(starts, offsets[2::2], pieces[1::2], strict=True))
        self.by_start = dict(zip(starts, range(len(starts)), strict=True))

    def index_at(self, pos: int) -> int | None:
        """Index of the token starting at `pos` (after optional spaces)."""
        while pos < len(self.text) and self.text[pos] in " \t\"'„“«»":
            pos += 1
        return self.by_start.get(pos)

    def chain(
        self,
        i: int,
        *,
        lowercase_ok: bool = False,
        names_ok: bool = False,
        max_tokens: int = 4,
        particles_first: bool = False,
    ) -> tuple[int, int, list[str]] | None:
        """The name starting at token i: capitalised parts, particles, initials, hyphens."""
        text, items = self.text, self.items
        parts: list[str] = []
        ends: list[int | None] = []  # the end before each part was added
        start = end = None
        j = i
        # Particles ("von der", "de") do not count towards the length of a name.
        while j < len(items) and sum(p not in _PARTICLES for p in parts) < max_tokens:
            s, e, word = items[j]
            if parts:
                gap = text[end:s]
                if gap not in (" ", "\t", "  ") and not (gap in (". ", ".") and len(parts[-1]) == 1):
                    break
            is_initial = len(word) == 1 and word.isupper() and text[e : e + 1] == "."
            capital = word[0].isupper() or bool(_JOINED_PARTICLE.match(word))
            if word in STOP_WORDS and not (lowercase_ok and not parts and word.lower() not in _LOWER_STOP):
                # "Will Turner": a given name that is also a function word, followed by a surname.
                nxt = items[j + 1] if j + 1 < len(items) else None
                listed = word in FIRST_NAMES or word in HOMOGRAPH_FIRST
                followed_by_surname = (
                    nxt and text[e : nxt[0]] == " " and nxt[2][0].isupper() and nxt[2] not in STOP_WORDS
                )
                # "Thanks Will, the bill ...": a listed name that ends at a comma or "!".
                alone = text[e : e + 1] in (",", "!", "\n", "")
                # "Mehmet Can Arslan": inside a name, a listed given name that is also a word continues it.
                continues = (followed_by_surname or alone) if not parts else followed_by_surname
                if not (names_ok and listed and continues):
                    break
            if word.isupper() and len(word) > 3 and not lowercase_ok:
                break
            if not capital:
                if (
                    word in _PARTICLES
                    and (parts or particles_first)
                    and j + 1 < len(items)
                    and (items[j + 1][2][0].isupper() or items[j + 1][2] in _PARTICLES)
                    and not _ORG_AFTER_PARTICLE.search(_next_capitalised(items, j + 1))
                ):
                    if start is None:
                        start = s  # "Herr von Ahlefeldt", "Herr de la Cruz": the particle opens the name
                    parts.append(word)
                    ends.append(end)
                    end = e
                    j += 1
                    continue
                if not lowercase_ok or word.lower() in _LOWER_STOP or len(word) < 2 or (parts and word in _PARTICLES):
                    break
            if start is None:
                start = s
            parts.append(word)
            ends.append(end)
            end = e + (1 if is_initial else 0)
            j += 1
        while parts and parts[-1] in _PARTICLES:
            # "paul von der heide" typed in lowercase: keep the name before a dangling particle.
            parts.pop()
            end = ends.pop()
        if not parts:
            return None
        if all(len(p) == 1 for p in parts):
            return None
        assert start is not None and end is not None
        if parts[-1].endswith(("'s", "’s")) and len(parts[-1]) > 3:
            # "Robert Kline's account": the possessive is not part of the name.
            end -= 2
            parts[-1] = parts[-1][:-2]
        return start, end, parts


_LOWER_STOP = frozenset(
    """und oder ich wir sie er es die der das den dem ein eine und bitte danke aus von mit bei für nach in im am an
    auf zu zum zur ist bin war hat habe habe kann möchte will wollte soll and or i we you he she it the a an from
    with at in on to for of is am was has have can will would please thanks thank hier here dort there nicht not
    kundennummer kundennr customer number nr no mein meine my our unser unsere""".split()
)


def _is_company(text: str, start: int, end: int, parts: list[str]) -> bool:
    before = _word_before(text, start)
    # "Änderungsschneiderei Şahin", "Druckerei Vogt": a trade ending in -erei names the business.
    if _COMPANY_AFTER.match(text, end) or before in _COMPANY_BEFORE or _is_trade_word(before):
        return True
    if len(parts) > 1 and _COMPANY_AFTER.fullmatch(" " + parts[-1]):
        return True  # "Ridgeway Dental": the trade word ended up inside the chain
    if _has_legal_form(text) and _LEGAL_FORM_LATER.match(text, end):
        return True  # "Eberhardt Messebau e.K.": a legal form after one or two more words
    name = " ".join(parts)
    if name in BRAND_NAMES or (parts[0] in BRAND_WORDS and (len(parts) == 1 or parts[0] not in FIRST_NAMES)):
        return True  # "Dr. Oetker Backmischungen": a brand word opens a product name
    return any(text.startswith(b, start) for b in _BRANDS_BY_FIRST.get(parts[0], ()))


# "Änderungsschneiderei Şahin", "Kräuterstube Anke", "Autohaus Brandt", "Ferienhof Mayr": a business
# named by its trade and the owner's name.
_TRADE_ENDINGS = (
    "erei",
    "stube",
    "stübchen",
    "laden",
    "shop",
    "markt",
    "atelier",
    "studio",
    "werkstatt",
    "salon",
    "boutique",
    "manufaktur",
    "kontor",
    "autohaus",
    "blumenhaus",
    "modehaus",
    "ferienhof",
    "reiterhof",
)


def _is_trade_word(word: str) -> bool:
    return len(word) > 6 and word.endswith(_TRADE_ENDINGS)


def is_company_name(text: str, start: int, end: int, parts: list[str]) -> bool:
    """Whether the capitalised words at [start, end) name a company, brand or product."""
    first = parts[0].lower()
    if first in _COMPANY_BEFORE or _is_trade_word(first) or _PLACE_WORDS.search(parts[-1]):
        return True  # "Bäckerei Kraus", "Victoria Island"
    if first in ("st", "saint", "sankt", "san", "santa", "little", "great", "upper", "lower", "north", "south"):
        return True  # "St Luke's Medical Practice", "Little Shelford": a place or an institution
    return _is_company(text, start, end, parts)


def is_nounish(word: str) -> bool:
    """Whether a capitalised word ends like a noun or an organisation unit ("Bestellung", "Kundenservice")."""
    return bool(_NOUNISH.search(word)) and word not in FIRST_NAMES and word not in SURNAMES


def _double_given(word: str) -> bool:
    return "-" in word and word[0].isupper() and all(piece in FIRST_NAMES for piece in word.split("-"))


def _looks_like_name(parts: list[str]) -> bool:
    """A chain without any context: given name from the list plus a plausible surname."""
    first = parts[0]
    if "-" in first and all(piece in FIRST_NAMES for piece in first.split("-")):
        first = first.split("-")[0]  # "Jana-Marie Köppen": a double given name of listed names
    if first not in FIRST_NAMES or first in STOP_WORDS:
        return False
    if len(parts) == 1:
        return first not in HOMOGRAPH_FIRST and len(first) >= 3
    last = parts[-1]
    if _PLACE_WORDS.search(last) and last not in SURNAMES:
        return False  # "Victoria Island", "Charlotte Street": a place named after someone
    if _NOUNISH.search(last) and last not in SURNAMES:
        return False
    return first not in HOMOGRAPH_FIRST or last in SURNAMES


_AGE_OR_CLASS_AFTER = re.compile(r"[ \t]*\((?:\d|klasse|jahrgang|geb\.|geboren|age|aged|born|year)", re.IGNORECASE)


# A brand: an inner capital ("AhnenCode", "FunkNetz"; not "McKenzie", "DiCaprio") or a compound noun ending
_BRAND_SHAPE = re.compile(
    r"^(?!Mc|Mac|De|Di|Le|La|Van|Von|O')[A-ZÄÖÜ][a-zäöüß]+[A-ZÄÖÜ][a-zäöüß]+$"
    r"|(?:freunde|funk|kasse|netz|code|shop|werk|haus|markt|bank|box|hub|laden|welt|zentrale|portal|cloud|app|"
    r"versand|service|team|kontor|manufaktur|stube|ladl)$"
)


def _accepts(text: str, start: int, end: int, parts: list[str], check: str, lang: str) -> bool:
    """Whether a name chain found after a trigger passes that trigger's test."""
    if check == "list" and not (
        parts[0] in FIRST_NAMES or parts[-1] in SURNAMES or any(p in SURNAMES for p in parts[-1].split("-"))
    ):
        return False  # "c/o Funmi Adebayo-Clarke": one part of a double surname is listed
    # "my name is spelt wrong": typed in lowercase, a name must be in the lists.
    if check == "strong" and parts[0].islower():
        if parts[0].title() not in FIRST_NAMES and parts[-1].title() not in SURNAMES:
            return False
    if check == "label" and any(
        (_NOUNISH.search(p) or p in STOP_WORDS)
        and p not in FIRST_NAMES
        and p not in SURNAMES
        and not (p in HOMOGRAPH_FIRST and len(parts) > 1)  # "Account holder: Will Ashcombe"
        for p in parts
    ):
        return False  # "Empfänger: Kundenservice Versandhaus Nord"
    if check == "signature":
        rest = text[end : end + 2]
        if rest and rest[0] not in "\n,;.!" and not rest.startswith(" <") and not rest.startswith(" ("):
            if not _looks_like_name(parts):
                return False
        if any(_NOUNISH.search(p) and p not in FIRST_NAMES and p not in SURNAMES for p in parts):
            return False
    if (
        check == "relation"
        and not (
            lang == "en"
            or _AGE_OR_CLASS_AFTER.match(text, end)  # "unser Sohn Django (Klasse 6b)", "meine Tochter Ilvy (7)"
            or (len(parts) > 1 and text[end : end + 1] == ":")  # "Steuer-ID meines Mannes Oleksandr Melnyk: …"
            or parts[0] in FIRST_NAMES
            or parts[-1] in SURNAMES
            or (text[end : end + 1] in ("", ",", ")", ".", "!", "?", "\n") and not _NOUNISH.search(parts[-1]))
            or (_VERB_AFTER_NAME.match(text, end) and not _NOUNISH.search(parts[-1]))
        )
    ):
        return False  # "meinem Sohn Schuhe kaufen", "Ihre Fahrer Pakete": a noun, not a name
    if check == "named" and not (
        parts[0] in FIRST_NAMES
        or parts[-1] in SURNAMES
        or any(piece in SURNAMES for piece in parts[-1].split("-")[1:] + parts[-1].split("-")[:1] if "-" in parts[-1])
        or (len(parts) > 1 and not any(_NOUNISH.search(p) or p in STOP_WORDS for p in parts))
    ):
        return False
    if check == "intro":
        introduced = (
            (
                len(parts) > 1
                or (lang == "en" and parts[0] not in HOMOGRAPH_FIRST and _NAMING_INTRO.search(text, 0, start))
            )
            and all(p[0].isupper() and p not in STOP_WORDS and not _NOUNISH.search(p) for p in parts)
            and _AFTER_INTRODUCED.match(text, end)
        )
        if parts[0] not in FIRST_NAMES and not (len(parts) > 1 and parts[-1] in SURNAMES) and not introduced:
            return False
        # English capitalises names only: "I am Grace and ..." is a name, "ich bin Christ und" is not.
        if lang == "en" and len(parts) == 1 and text[start - 5 : start].lower().strip() in ("i am", "i'm", "is"):
            return True
        # "ich bin Frank und ...": capitalised mid-sentence and no German noun, a homograph is a name.
        if len(parts) == 1 and parts[0] in FIRST_NAMES and parts[0] not in _NOUNS_AFTER_BIN:
            if text[start - 4 : start].lower() == "bin " and text[start - 8 : start - 4].lower() == "ich ":
                return True
        # "ich bin Christ und ...": a homograph alone must end the clause to be a name.
        if (
            len(parts) == 1
            and parts[0] in HOMOGRAPH_FIRST
            and text[end : end + 2].strip() not in ("", ",", ".", "!", "–", "-")
        ):
            return False
    if check == "greeting" and len(parts) == 1 and _BRAND_SHAPE.search(parts[0]):
        if parts[0] not in FIRST_NAMES and parts[0] not in SURNAMES:
            return False  # "Hi Fellfreunde,", "Hallo AhnenCode": the business addressed by its brand
    if check == "greeting":
        after = text[end : end + 1]
        if not (parts[0] in FIRST_NAMES or parts[-1] in SURNAMES or (after in ("", ",", "!", "\n", ".", ":"))):
            return False
        if any(_NOUNISH.search(p) and p not in FIRST_NAMES and p not in SURNAMES for p in parts):
            return False
    return True


# A chat line's start, with the timestamp some transcripts put first: "[14:03] Kundin: …".
_TURN_START = r"(?m)^[ \t]*(?:\[[\d:]+\][ \t]*)?"
_STAFF_TURN = re.compile(
    _TURN_START + r"(?i:support|agent|service|kundenservice|team|berater(?:in)?|buchberater(?:in)?|apotheker(?:in)?|"
    r"mitarbeiter(?:in)?|advisor|adviser|assistant|assistent(?:in)?|verkäufer(?:in)?|techniker(?:in)?|"
    r"sachbearbeiter(?:in)?|stylist(?:in)?|concierge|rezeption|reception)"
    r"[ \t]+\(?(?P<name>[A-ZÄÖÜ][a-zäöüß'’-]+)\)?[ \t]*:"
)
_DESK_WORDS = frozenset("center centre desk hotline chat bot online live zentrale".split())
_CHAT_TURN = re.compile(_TURN_START + r"(?i:kunde|kundin|customer|you|sie|bot|user|nutzer(?:in)?|gast|guest)[ \t]*:")


def has_chat_turns(text: str) -> bool:
    return ":" in text and bool(_CHAT_TURN.search(text))


def find_persons(text: str, lang: str = "de") -> list[Candidate]:
    """All PERSON spans of a text (titles and labels excluded from the span).

    English capitalises names but not nouns, so after a relation word ("my colleague Priyanka")
    any capitalised word is a name there; German needs the lists or a following comma.
    """
    tokens = _Tokens(text)
    lowered = fold(text)
    spans: list[tuple[int, int]] = []

    def take(pos: int, *, lowercase_ok: bool = False, check: str = "any", max_tokens: int = 4) -> bool:
        """Take the name starting at `pos` if the trigger's check accepts it; True when taken."""
        i = tokens.index_at(pos)
        if i is None:
            return False
        found = tokens.chain(
            i,
            lowercase_ok=lowercase_ok,
            names_ok=check in ("signature", "greeting", "label"),
            max_tokens=max_tokens,
            particles_first=check in ("title", "greeting", "label"),
        )
        if not found:
            return False
        start, end, parts = found
        if _is_company(text, start, end, parts) or not _accepts(text, start, end, parts, check, lang):
            return False
        spans.append((start, end))
        return True

    for m in _TITLE.finditer(text):
        take(m.end(), max_tokens=3, check="title")
    # "Support (Kai): Hallo!", "Buchberater Till: …", "Apothekerin Lindemann: …": the staff member speaking in a chat
    for m in _STAFF_TURN.finditer(text) if has_chat_turns(text) else ():
        name = m.group("name")
        listed_homograph = name in HOMOGRAPH_FIRST  # "Agent Will:"
        if (
            (name not in STOP_WORDS or listed_homograph)
            and not _NOUNISH.search(name)
            and name.lower() not in _DESK_WORDS
        ):
            spans.append(m.span("name"))
    for m in _ACADEMIC_ONLY.finditer(text) if ("Dr." in text or "Prof." in text) else ():
        take(m.end(), max_tokens=3, check="title")
    has_colon = ":" in text
    for m in _LABEL.finditer(text, lowered) if has_colon else ():
        if m.start() and text[m.start() - 1] not in " \t\r\n(,;/":
            continue
        if take(m.end(), lowercase_ok=True, check="label"):
            _take_inverted_name(text, tokens, spans)
    low = lowered if lowered is not None else text.lower()
    # Any other label ending in "name" ("Mädchenname:", "Name des Kontoinhabers:", "Name on card:"),
    # unless it names a thing ("Produktname:", "Benutzername:").
    for m in _ANY_NAME_LABEL.finditer(text, lowered) if has_colon and "name" in low else ():
        if m.start() and text[m.start() - 1] not in " \t\r\n(,;/>":
            continue
        prefix = m.group("prefix").lower().rstrip("-")
        if prefix.endswith(_THING_NAME_PREFIXES) or (m.group("of") or "").lower().startswith(_THING_NAME_PREFIXES):
            continue
        if take(m.end(), lowercase_ok=True, check="label"):
            _take_inverted_name(text, tokens, spans)
    for m in _SOFT_LABEL.finditer(text, lowered) if mentions(low, _SOFT_LABEL_WORDS) else ():
        take(m.end(), check="list")
    for m in _HOLDER_IS.finditer(text, lowered) if mentions(low, _HOLDER_WORDS) else ():
        if not take(m.end(), check="named", max_tokens=3):
            _take_lowercase_name(text, tokens, m.end(), spans)
    for m in _HEADER.finditer(text, lowered) if has_colon else ():
        line_end = text.find("\n", m.end())
        mailbox = _HEADER_MAILBOX.search(text, m.end(), line_end if line_end >= 0 else len(text))
        if mailbox and is_role_mailbox(mailbox.group(1)):
            continue  # "Von: Schuhhaus Brandl <info@…>": the display name of a role mailbox is the organisation
        if take(m.end(), check="signature"):
            _take_inverted_name(text, tokens, spans)
    for m in _STRONG_PHRASE.finditer(text, lowered) if mentions(low, _STRONG_PHRASE_WORDS) else ():
        take(m.end(), lowercase_ok=True, check="strong", max_tokens=3)
    for m in _NAME_CHANGE.finditer(text, lowered) if mentions(low, _NAME_CHANGE_WORDS) else ():
        if take(m.end(), max_tokens=3):
            to = _RENAMED_TO.match(text, spans[-1][1])
            if to:
                take(to.end(), max_tokens=3)
    for m in _INTRO_PHRASE.finditer(text, lowered):
        if not take(m.end(), check="intro", max_tokens=3):
            _take_lowercase_name(text, tokens, m.end(), spans)
    # "Kunde: bin jonas, mein konto …": "bin" opening a chat turn or a line introduces the writer.
    for m in _BIN_AT_START.finditer(text, lowered) if "bin " in low else ():
        if not take(m.end(), check="intro", max_tokens=3):
            _take_lowercase_name(text, tokens, m.end(), spans)
    # "das S steht für Schäfer, meinen Geburtsnamen": a name in apposition to "my (maiden) name".
    apposition = "name" in low and mentions(low, (", mein", ", my", ", our", ", unser"))
    for m in _NAME_APPOSITION.finditer(text) if apposition else ():
        take(m.start(1), check="list", max_tokens=2)
    for m in _NAMING_PHRASE.finditer(text, lowered):
        if not take(m.end(), check="named", max_tokens=3):
            _take_lowercase_name(text, tokens, m.end(), spans)
    for m in _NAME_WORD.finditer(text) if ("name" in text or "Name" in text) else ():
        # "Geburtsname Kowalczyk", "mein Mädchenname ist Brandt" (not "Produktname Premium")
        if m.group("prefix") and m.group("prefix").lower().rstrip("-").endswith(_THING_NAME_PREFIXES):
            continue
        take(m.end(), check="list", max_tokens=3)  # "the name Premium Plus" is a product
    # "Sie haben meinen Namen falsch gedruckt: Schäfer-Ilić statt Schäfer": a name after the colon,
    # and the spelling it is contrasted with.
    for m in _NAME_COLON.finditer(text, lowered) if mentions(low, ("nam",)) else ():
        if take(m.end(), check="named", max_tokens=3):
            contrast = _CONTRAST.match(text, spans[-1][1])
            if contrast:
                take(contrast.end(), check="named", max_tokens=3)
    for m in _RELATION.finditer(text, lowered):
        take(m.end(), check="relation", max_tokens=3)
    for m in _GREETING.finditer(text, lowered):
        # A greeting opens the message, a line or a sentence.
        before = text[max(0, m.start() - 3) : m.start()].rstrip(" \t")
        if m.start() and before[-1:] not in ("", "\n", ".", "!", "?", ":", ">"):
            continue
        take(m.end(), check="greeting", max_tokens=3)
    for m in _CLOSING.finditer(text, lowered):
        gap = _CLOSING_GAP.match(text, m.end())
        if gap and gap.end() > m.end():
            if not take(gap.end(), check="signature"):
                own_line = "\n" in gap.group()
                _take_lowercase_name(text, tokens, gap.end(), spans, sign_off=own_line)  # "lg anja"
    # "fr. kessler", "herr brandt" typed in lowercase: a listed surname after a lowercase title.
    has_title = lowered is not None and mentions(text, ("fr.", "hr.", "frau ", "herr", "mr", "ms"))
    for m in _LOWER_TITLE.finditer(text) if has_title and _LOWER_TITLE_GATE.search(text) else ():
        i = tokens.index_at(m.end())
        if i is not None:
            s, e, word = tokens.items[i]
            if word.islower() and len(word) >= 3 and word not in _LOWER_STOP and word.title() in SURNAMES:
                # "hallo herr fuchs": after "herr" (and "frau" not meaning a wife) even a homograph is the name
                titled = _TITLE_NOT_WIFE.search(text, max(0, m.start() - 12), e)
                if word.title() not in STOP_WORDS and (word.title() not in HOMOGRAPH_SURNAME or titled):
                    spans.append((s, e))
    # Initial + surname ("U. Roth", "K. Nowicki").
    rare = ".-" in text or "h." in text
    for m in [*_INITIAL.finditer(text), *(_INITIAL_RARE.finditer(text) if rare else ())]:
        i = tokens.index_at(m.end())
        if i is not None:
            found = tokens.chain(i, max_tokens=2)
            if found and (found[2][0] in SURNAMES or text[found[1] : found[1] + 1] in ("", "\n", ",")):
                if not _is_company(text, m.start(), found[1], found[2]):
                    spans.append((m.start(), found[1]))
    # Names in running text and at the very end of the message.
    blocked_until = 0  # the rest of a brand or product name ("Marie Claire") is no person either
    items = tokens.items
    for i in [
        i for i, item in enumerate(items) if item[2] in FIRST_NAMES or ("-" in item[2] and _double_given(item[2]))
    ]:
        s, _e, word = items[i]
        if s < blocked_until:
            continue
        if word[0].isupper() and word not in STOP_WORDS:
            # "an" is the German preposition before a name ("die Ware an Anna Heide"), not an article.
            before = _word_before(text, s)
            if _after_article(text, s) and before != "an" and (before not in ("that", "this") or _may_be_a_word(word)):
                continue  # "der Wolf", "in den Dom"; but "confirmed that Luca has …" names Luca
            if word in COUNTRIES and before in _PLACE_PREPOSITIONS | {"to", "of"}:
                continue  # "a parcel to France": the country, though also a given name
            if before in ("st.", "sankt", "saint", "san", "santa", "st"):
                continue  # "in St. Josef": a church or place named after a saint
            found = tokens.chain(i, max_tokens=3)
            if not found:
                continue
            if len(found[2]) == 1 and before in _PLACE_PREPOSITIONS:
                continue  # "ich wohne inzwischen in Basel": a place, though also a given name
            if _is_company(text, *found[:2], found[2]) or _PLACE_WORDS.search(found[2][-1]):
                blocked_until = found[1]
                continue
            if _looks_like_name(found[2]):
                spans.append(found[:2])
            elif len(found[2]) > 1 and _looks_like_name(found[2][:1]):
                spans.append((s, _e))
    # "the Haddad family", "greetings from the Ahmadi household", "Familie Okafor" (Familie is a title)
    for m in _FAMILY.finditer(text) if mentions(low, ("family", "household", "familie")) else ():
        if m.group(1) not in STOP_WORDS and not _NOUNISH.search(m.group(1)):
            spans.append(m.span(1))
    # "VANDERMEULEN/SASKIA", "OKAFOR/CHIDI MR": the airline form SURNAME/GIVEN NAME
    for m in _PNR_NAME.finditer(text) if "/" in text else ():
        if m.group(2).title() in FIRST_NAMES or m.group(1).title() in SURNAMES:
            spans.append((m.start(), m.end(2)))
    # "name on card ELENA PAPADOPOULOU", "cardholder KEMAL ARSLAN": names printed in capitals
    for m in _CARD_NAME.finditer(text, lowered) if mentions(low, ("card", "karte", "holder", "inhaber")) else ():
        take(m.end(), lowercase_ok=True, check="named", max_tokens=3)
    # A form field whose label is no known name label ("Auftraggeberin: Demirci, Songül"): a listed name.
    for m in _ANY_FIELD.finditer(text) if has_colon else ():
        label = m.group(1).lower()
        if label.rstrip("s") in _NON_NAME_FIELDS or label.endswith(_NON_NAME_FIELD_ENDINGS):
            continue
        i = tokens.index_at(m.end())
        found = tokens.chain(i, max_tokens=3) if i is not None else None
        if not found or text[found[1] : found[1] + 2] not in ("", "\n", ", ", " u", " a") and found[1] != len(text):
            if not (found and text[found[1] : found[1] + 1] in ("", "\n", ",")):
                continue
        start, end, parts = found
        if is_company_name(text, start, end, parts) or any(p in STOP_WORDS or _NOUNISH.search(p) for p in parts):
            continue
        listed = [p for p in parts if (p in FIRST_NAMES and p not in HOMOGRAPH_FIRST) or p in SURNAMES]
        inverted = _INVERTED_GIVEN.match(text, end)
        if listed or (inverted and inverted.group(1) in FIRST_NAMES):
            spans.append((start, end))
            _take_inverted_name(text, tokens, spans)
    # "Kühn, Ekkehard und Kühn, Ilse": a second name joined to a name just found
    for _start, end in list(spans):
        more = _AND_NAME.match(text, end)
        if more:
            i = tokens.index_at(more.end())
            found = tokens.chain(i, max_tokens=3) if i is not None else None
            if (
                found
                and (found[2][0] in FIRST_NAMES or found[2][-1] in SURNAMES)
                and not _is_company(text, *found[:2], found[2])
            ):
                spans.append(found[:2])
                _take_inverted_name(text, tokens, spans)
    # "m. steinhauer" typed in lowercase on the last line: an initial and a listed surname
    last = _LOWER_INITIAL_LAST.search(text, max(0, len(text) - 60))
    if last and (last.group(1).title() in SURNAMES or _after_closing_line(text, last.end())):
        spans.append((text.index(last.group().strip()[0], last.start()), last.end(1)))
    # "Priti (neighbour at no. 14)": a last line that is a name and a remark in brackets
    remark = _NAME_WITH_REMARK.search(text, max(0, len(text) - 120)) if text.rstrip(" \t.").endswith(")") else None
    if remark:
        take(remark.start(1), check="signature", max_tokens=3)
    # "hi its dec here", "this is Mo again": a short self-introduction names the writer, listed or not.
    for m in _HERE_INTRO.finditer(text) if ("here" in low or "again" in low or "speaking" in low) else ():
        word = m.group(1)
        if word.lower() not in _LOWER_STOP and word.title() not in STOP_WORDS and word.lower() not in _NOT_A_NAME_HERE:
            spans.append(m.span(1))
    # "Lena Hartung\nbei Schulz\nAm Anger 3": "bei" opening an address line is c/o.
    for m in _BEI_LINE.finditer(text) if "\nbei " in text else ():
        take(m.end(), check="list", max_tokens=3)
    tail = _tail_name(text, tokens, lang)
    lower_tail = _DASH_LOWER_TAIL.search(text) if not tail and text[-1:].islower() else None
    if lower_tail and lower_tail.group(1).title() in FIRST_NAMES and lower_tail.group(1).title() not in HOMOGRAPH_FIRST:
        tail = lower_tail.span(1)  # "… for his bday - samuel"
    if not tail and ("wrote" in low or "schrieb" in low or "----" in text):
        # "… the 2019 model.\n\nSandeep\n\nOn Tue, … wrote:": the sign-off above a quoted reply
        body = text[: reply_header_start(text)].rstrip()
        if len(body) < len(text.rstrip()):
            tail = _tail_name(body, _Tokens(body), lang)
    # "Name for the booking: Gráinne Doherty", "Name des Gastes: …": a label about a name, then a colon
    for m in _NAME_ABOUT_COLON.finditer(text) if ":" in text and ("name" in low) else ():
        if not _THING_NAME_LABEL.search(m.group()):
            take(m.end(), check="named", max_tokens=3)
    # "Kunde: 2207719340, heike domröse": the last item of a chat answer that lists data is the name
    for m in _ANSWER_TURN.finditer(text) if ":" in text and "," in text else ():
        body = m.group("body")
        named = _ANSWER_NAMED.search(body)
        if named:  # "…, postnummer 884920173. name ali haddad"
            spans.append((m.start("body") + named.start(1), m.start("body") + named.end(1)))
            continue
        items = body.split(",")
        last = items[-1].strip().rstrip(".!")
        name = _ANSWER_NAME.fullmatch(last)
        if len(items) > 1 and any(c.isdigit() for c in m.group("body")) and name:
            words = name.group(1).split()
            if not any(w.lower() in _LOWER_STOP or w.title() in STOP_WORDS or _NOUNISH.search(w) for w in words):
                start = m.start("body") + m.group("body").rindex(name.group(1))
                spans.append((start, start + len(name.group(1))))
    # "Rojhat Demirtaş\nDE92 2446 …": a name line directly above an account, phone, e-mail or street line
    for m in _NAME_ABOVE_DATA.finditer(text) if "\n" in text else ():
        parts = m.group(1).split()
        if not any(_NOUNISH.search(p) or p in STOP_WORDS or p.isupper() for p in parts):
            if not _is_company(text, m.start(1), m.end(1), parts) and not _PLACE_WORDS.search(parts[-1]):
                spans.append(m.span(1))
    # "kontoinhaberin birgül aydın", "intestato a Federico Mancuso": the holder of an account or card
    for m in _HOLDER_LABEL.finditer(text, lowered) if mentions(low, _HOLDER_LABEL_WORDS) else ():
        if not take(m.end(), lowercase_ok=True, check="label", max_tokens=3):
            _take_lowercase_name(text, tokens, m.end(), spans)
    # "ja guten tag hier klaus dieter renz ich hatte": "hier" after a greeting introduces the caller
    for m in _GREETING_HIER.finditer(text, lowered) if " hier " in low else ():
        _take_lowercase_names(text, tokens, m.end(), spans)
    # "…, tim brückner?": a lowercase listed given name followed by a lowercase listed surname
    if len(_CAPITAL.findall(text)) <= 3 and _LOWER_PAIR_GATE.search(text):  # a message typed in lowercase
        for i in range(len(tokens.items) - 1):
            s1, e1, w1 = tokens.items[i]
            s2, e2, w2 = tokens.items[i + 1]
            if w1.islower() and w2.islower() and text[e1:s2] == " " and _lower_pair(w1, w2):
                spans.append((s1, e2))
    last_line = text.rstrip().rsplit("\n", 1)[-1] if not tail and "\n" in text else ""
    contact_line = "@" in last_line or any(c.isdigit() for c in last_line)
    contact = _CONTACT_BLOCK.search(text, max(0, len(text) - 200)) if contact_line else None
    if contact:
        # "Keisha Whitfield\n404-555-0179": the signed name above the contact lines that close the message.
        body = text[: contact.start()]
        tail = _tail_name(body, _Tokens(body), lang)
        if tail and _is_company(text, *tail, text[tail[0] : tail[1]].split()):
            tail = None  # "Petersen Gartenbau\nTel. …": the business under the name
    if tail:
        spans.append(tail)
    # "… only .6 works. – Rahul Venkataraman, IT lead": a dash sign-off followed by a role.
    tail_text = text[-120:]
    has_dash = "–" in tail_text or "—" in tail_text or " -" in tail_text
    signoff = _DASH_SIGNOFF.search(text, max(0, len(text) - 120)) if has_dash else None
    if signoff:
        take(signoff.start("name"), check="named", max_tokens=3)
    return [Candidate(s, e, "PERSON", P_PERSON) for s, e in _propagate(text, spans, lang)]


# German nouns that follow "ich bin" and are also listed given names: a belief or a role, not a name.
_NOUNS_AFTER_BIN = frozenset(
    """Christ Christin Jude Jüdin Engel Gast Pastor Junior Baron Major General Single Mentor Baby Lady Fan Sultan
    Prinz Prinzessin Kaiser König Graf Ritter Meister Bauer Fischer Jäger Koch Schneider Weber Müller Schmied
    Lehrer Pfarrer Richter Vogt Wirt Kellner Hirte Pilger Bürger Nachbar Freund Fremder Neu Alt Jung""".split()
)
# "unser Sohn Mattis hat Neurodermitis": a verb right after the word shows it is the subject's name.
_VERB_AFTER_NAME = re.compile(
    r"[ \t]+(?:hat|hatte|ist|war|wird|wurde|braucht|kann|konnte|möchte|will|wollte|bekommt|muss|soll|geht|kommt|"
    r"wohnt|lebt|leidet|trägt|nimmt|holt|fährt|arbeitet|schreibt|ruft|hat's|und[ \t]+ich|and[ \t]+i|sind|haben)\b"
)
_NAME_COLON = FoldedPattern(
    r"\b(?:mein|meine|meinen|meines|unser|unseren|my|our|his|her|sein|seinen)[ \t]+(?:\w+[ \t]+)?"
    r"(?:name|namen|nachname|nachnamen|vorname|vornamen|surname|last\s+name|first\s+name)\b[^.!?\n:]{0,60}:[ \t]+"
)
_CONTRAST = re.compile(r"[ \t]*,?[ \t]*(?:statt|anstatt|nicht|und\s+nicht|instead\s+of|not|rather\s+than)[ \t]+")
_BIN_AT_START = FoldedPattern(r"(?:^|(?<=[:.!?])[ \t]+)[ \t]*bin[ \t]+(?=[^\W\d])", re.MULTILINE)
_NAME_APPOSITION = re.compile(
    r"(?<![\w-])([A-ZÄÖÜ][\w'’-]+(?:[ \t][A-ZÄÖÜ][\w'’-]+)?),[ \t]+(?:mein|meinen|meines|meinem|my|our|unser\w*)[ \t]+"
    r"(?:\w+[ \t]+)?(?:\w*name|\w*namen|surname|maiden\s+name)\b"
)
_FAMILY = re.compile(r"\b(?:the|die|der)[ \t]+([A-ZÄÖÜ][\w'’-]+)[ \t]+(?:family|household|families|familie|family's)\b")
_PNR_NAME = re.compile(
    r"(?<![\w/])([A-Z][A-Z'-]{1,30})/([A-Z][A-Z'-]{1,30})(?:[ \t]+(?:MR|MRS|MS|MISS|MSTR|DR))?(?![\w/])"
)
_CARD_NAME = FoldedPattern(
    r"\b(?:name[ \t]+on[ \t]+(?:the[ \t]+)?card|cardholder|card[ \t]+holder|name[ \t]+auf[ \t]+der[ \t]+karte|"
    r"karteninhaber(?:in)?)[ \t]+(?:is[ \t]+|ist[ \t]+)?(?=[^\W\d])"
)
_ANY_FIELD = re.compile(r"(?m)^[ \t>]*([A-ZÄÖÜ][\wäöüß/()-]{2,30})[ \t]*:[ \t]*(?=[A-ZÄÖÜÀ-Þ])")
# Fields that hold no person's name (their values are checked anyway, but these never are).
_NON_NAME_FIELDS = frozenset(
    """betreff subject anliegen issue reason grund bemerkung bemerkungen hinweis note notes nachricht message
    produkt product artikel item marke brand modell model tarif plan firma company shop hotel abteilung
    department hergang datum date ort city stadt land country straße street adresse address anschrift
    zahlungsart payment status typ type kategorie category farbe colour color größe size anlage anhang
    attachment reiseziel destination abflug departure ankunft arrival route strecke ziel von an cc bcc""".split()
)
_NON_NAME_FIELD_ENDINGS = ("adresse", "anschrift", "address", "nummer", "number", "datum", "date", "nr", "no", "ort")
_INVERTED_GIVEN = re.compile(r",[ \t]+([A-ZÄÖÜ][\w'’-]+)[ \t]*(?:$|\n|[,;])", re.MULTILINE)
_AND_NAME = re.compile(r"[ \t]+(?:und|and|&|sowie)[ \t]+(?=[A-ZÄÖÜ])")
_LOWER_INITIAL_LAST = re.compile(r"(?:^|\n)[ \t]*[a-zäöü]\.[ \t]?([a-zäöüß][a-zäöüß-]{2,})[ \t.!]*$")
_NAME_WITH_REMARK = re.compile(r"\n[ \t]*([A-ZÄÖÜ][\w'’-]+(?:[ \t][A-ZÄÖÜ][\w'’-]+)?)[ \t]*\([^()\n]{1,60}\)[ \t.]*$")
_LOWER_TITLE = re.compile(r"(?<![\w.])(?:fr\.|hr\.|frau|herrn?|mr\.?|mrs\.?|ms\.?)[ \t]+(?=[a-zäöüß])")
_TITLE_NOT_WIFE = re.compile(
    r"(?i)(?:(?<![\w.])(?:herrn?|hr\.)|(?<!meine )(?<!seine )(?<!deine )(?<!eine )(?<!ihre )(?<!die )"
    r"(?<!unsere )(?<![\w.])frau)[ \t]+[a-zäöüß]+$"
)
_LOWER_TITLE_GATE = re.compile(r"(?<![\w.])(?:fr\.|hr\.|frau|herrn?|mr|mrs|ms)(?![\w])")
_HEADER_MAILBOX = re.compile(r"<([^<>@\s]+@[^<>\s]+)>")
# "name Whitaker", "unter dem Namen Okafor": the word "name" without a colon, a capitalised name after it.
_NAME_WORD = re.compile(
    r"(?<![\w-])(?P<prefix>[A-ZÄÖÜa-zäöüß-]*?)(?:[Nn]ame|[Nn]amen)"
    r"(?:[ \t]+(?:ist|lautet|war|is|was))?[ \t]+(?=[A-ZÄÖÜ])"
)


def _take_lowercase_name(
    text: str, tokens: _Tokens, pos: int, spans: list[tuple[int, int]], *, sign_off: bool = False
) -> None:
    """ "hey its jake again", "bestellt auf kevin brandt": a lowercase listed given name (and surname)."""
    i = tokens.index_at(pos)
    if i is None:
        return
    s, e, word = tokens.items[i]
    title = word.title()
    nxt = tokens.items[i + 1] if i + 1 < len(tokens.items) else None
    if (
        word.islower()
        and len(word) >= 3
        and title not in FIRST_NAMES
        and word not in _LOWER_STOP
        and nxt
        and text[e : nxt[0]] == " "
        and nxt[2].islower()
        and nxt[2].title() in SURNAMES
        and nxt[2].title() not in HOMOGRAPH_SURNAME
        and nxt[2] not in _LOWER_STOP
    ):
        spans.append((s, nxt[1]))  # "this is marcy dubois": an unlisted given name before a listed surname
        return
    if not word.islower() or len(word) < 3 or title not in FIRST_NAMES or title in HOMOGRAPH_FIRST:
        return
    if title in STOP_WORDS or word in _LOWER_STOP:
        return
    nxt = tokens.items[i + 1] if i + 1 < len(tokens.items) else None
    if nxt and text[e : nxt[0]] == " " and nxt[2].islower() and nxt[2] not in _LOWER_STOP:
        # A listed surname, or any word that ends the sign-off line ("kind regards\noluwaseun adeyemi").
        line_end = text[nxt[1] : nxt[1] + 1] in ("\n", "") and sign_off and nxt[2] not in STOP_WORDS
        surname = nxt[2].title() in SURNAMES and (
            nxt[2].title() not in HOMOGRAPH_SURNAME or _CLAUSE_ENDS.match(text, nxt[1])  # "gertrud meier ich hätte"
        )
        if surname or line_end:
            e = nxt[1]
    spans.append((s, e))


def _take_inverted_name(text: str, tokens: _Tokens, spans: list[tuple[int, int]]) -> None:
    """ "Name: Weber, Anna": join the surname just taken with the given name after its comma."""
    if not spans:
        return
    start, end = spans[-1]
    i = tokens.index_at(end + 2) if text[end : end + 2] == ", " else None
    if i is None:
        return
    found = tokens.chain(i, max_tokens=2)
    if found and found[2][0] in FIRST_NAMES and not text[found[1] : found[1] + 1].isalnum():
        spans[-1] = (start, found[1])


_BEI_LINE = re.compile(r"(?m)(?<=\n)[ \t]*bei[ \t]+(?=[A-ZÄÖÜ][^\n]*\n[^\n]*\d)")
_DASH_LOWER_TAIL = re.compile(r"[ \t][-–—][ \t]*([a-zäöüß]{3,})[ \t.!]*$")
_CLAUSE_ENDS = re.compile(r"[ \t]*(?:[,.!?;:\n]|$|(?:ich|und|aus|from|and|here|hier|i)\b)")
_NAME_ABOUT_COLON = re.compile(r"\b(?:[Nn]ame|[Nn]amen)\b[^:\n.!?]{1,30}:[ \t]*(?=[A-ZÄÖÜ])")
_THING_NAME_LABEL = re.compile(
    r"(?i)artikel|produkt|product|item|firm|company|shop|hotel|modell|model|datei|file|tarif|plan|kurs|course|team|"
    r"grupp|group|event|veranstalt|projekt|project|bank|konto|account|app|user|benutzer|nutzer|haustier|pet|hund|dog|"
    r"katze|cat|pferd|horse|straße|street|ort|city|verein|club|schule|school|praxis|wlan|wifi|netzwerk|network|device|gerät"
)
_ANSWER_TURN = re.compile(_TURN_START + r"(?i:kunde|kundin|customer|user|nutzer(?:in)?)[ \t]*:[ \t]*(?P<body>[^\n]+)$")
_ANSWER_NAMED = re.compile(r"(?i)(?:^|[.,;][ \t]*)name[ \t]*:?[ \t]+([^\W\d_]{2,}(?:[ \t][^\W\d_]{2,}){0,2})[ \t.!]*$")
_ANSWER_NAME = re.compile(
    r"(?:name[ \t]+)?([A-Za-zÄÖÜäöüßÀ-ÿŁłŚśŻżĆćŃńŞşİı'’-]{2,}(?:[ \t][A-Za-zÄÖÜäöüßÀ-ÿŁłŚśŻżĆćŃńŞşİı'’-]{2,}){0,2})"
)
_NAME_ABOVE_DATA = re.compile(
    r"(?m)^[ \t]*([A-ZÄÖÜÀ-ÞŁŚŻĆŃ][\w'’-]+(?:[ \t][A-ZÄÖÜÀ-ÞŁŚŻĆŃ][\w'’-]+){1,2})[ \t]*\n[ \t]*"
    r"(?:[A-Z]{2}\d{2}[ \d]{10,}|\+?\(?\d[\d /()-]{6,}\d[ \t]*$|[\w.+-]+@[\w-]+\.)"
)
_HOLDER_LABEL = FoldedPattern(
    r"\b(?:konto|karten)inhaber(?:in)?[ \t]*:?[ \t]+|\b(?:account|card)[ \t]?holder[ \t]*:?[ \t]+|"
    r"\bintestat[oa][ \t]+a[ \t]+|\btitulaire(?:[ \t]+du[ \t]+compte)?[ \t]*:?[ \t]+|\ba[ \t]+nombre[ \t]+de[ \t]+"
)
_HOLDER_LABEL_WORDS = ("inhaber", "holder", "intestat", "titulaire", "nombre de")
_GREETING_HIER = FoldedPattern(r"\b(?:tag|hallo|hi|moin|servus|grüß[ \t]gott|abend|morgen)[ \t,]+hier[ \t]+")
_CAPITAL = re.compile(r"[A-ZÄÖÜ]")
_LOWER_PAIR_GATE = re.compile(r"(?<![\w])[a-zäöüß]{3,}[ \t][a-zäöüßçğışñ]{3,}[ \t]*[?!,.\n]")


def _lower_pair(first: str, last: str) -> bool:
    title_first, title_last = first.title(), last.title()
    return (
        title_first in FIRST_NAMES
        and title_first not in HOMOGRAPH_FIRST
        and title_first not in STOP_WORDS
        and first not in _LOWER_STOP
        and title_last in SURNAMES
        and title_last not in HOMOGRAPH_SURNAME
        and title_last not in STOP_WORDS
        and last not in _LOWER_STOP
        and len(last) >= 4
    )


def _take_lowercase_names(text: str, tokens: _Tokens, pos: int, spans: list[tuple[int, int]]) -> None:
    """ "klaus dieter renz": up to two listed given names and a surname, typed in lowercase."""
    i = tokens.index_at(pos)
    if i is None:
        return
    items = tokens.items
    j = i
    while j < len(items) and j - i < 2 and items[j][2].islower() and items[j][2].title() in FIRST_NAMES:
        j += 1
    if j == i or items[i][2] in _LOWER_STOP:
        return
    end = items[j - 1][1]
    if j < len(items) and items[j][2].islower() and items[j][2] not in _LOWER_STOP and text[end : items[j][0]] == " ":
        if items[j][2].title() in SURNAMES or _CLAUSE_ENDS.match(text, items[j][1]):
            end = items[j][1]
    spans.append((items[i][0], end))


_HERE_INTRO = re.compile(r"(?i)\b(?:it'?s|this\s+is)[ \t]+([a-z][a-z'’-]{1,15})[ \t]+(?:here|again|speaking)\b")
_NOT_A_NAME_HERE = frozenset("me just only not really still all that what nothing everything someone one done".split())
_CONTACT_BLOCK = re.compile(
    r"(?:\n[ \t]*(?:(?:tel|telefon|phone|mobil|mobile|handy|fax|t|m|e|mail|e-mail)\.?:?[ \t]*)?"
    r"(?:\+?\(?\d[\d \t/().-]{5,}\d|[\w.+-]+@[\w-]+\.[\w.-]+)[ \t]*)+\s*$",
    re.IGNORECASE,
)
_PHONE_TAIL = re.compile(r"[ \t]*[,;|·–-][ \t]*\+?\d[\d \t/().-]{5,}\d[ \t.]*\s*")


def _tail_name(text: str, tokens: _Tokens, lang: str = "de") -> tuple[int, int] | None:
    """A sign-off name at the very end ("... tragen? Brigitte", ", Daan Visser.", "– Ian")."""
    items = tokens.items
    rest = text[items[-1][1] :] if items else ""
    # "... machen. Nia Okoro, 0157 32 88 41 09": a phone number after the signed name.
    if not items or (rest.strip(" \t\r\n.!") != "" and not _PHONE_TAIL.fullmatch(rest)):
        return None
    s, e, word = items[-1]
    if word.islower() and _lowercase_sign_off(text, s, word):
        return s, e  # "… nix mehr abbuchen. fabian": a listed given name typed in lowercase closes the message
    k = len(items) - 1
    while (
        k > 0
        and len(items) - k < 4
        and text[items[k - 1][1] : items[k][0]] == " "
        and (items[k - 1][2][0].isupper() or (items[k - 1][2] in _PARTICLES and k > 1))
    ):
        k -= 1  # "– Pieter-Jan de Wit": particles inside a sign-off
    for first in range(k, len(items)):
        tail = _TAIL.search(text, max(0, items[first][0] - 6), items[first][0])
        if not tail:
            continue
        if _ORDINAL_BEFORE.search(text, max(0, tail.start() - 20), tail.start() + 1):
            continue  # "bis in den 3. Stock": an ordinal, not the end of a sentence
        found = tokens.chain(first, max_tokens=3, names_ok=True)
        if not found or found[1] < items[-1][1]:
            continue
        parts = found[2]
        # "..., Kontoinhaber Stefan Gruber": the name starts at the given name.
        for offset, part in enumerate(parts):
            if part in FIRST_NAMES or (len(part) == 1 and offset + 1 < len(parts)):
                return items[first + offset][0], found[1]
        if len(parts) == 1 and parts[0] in SURNAMES:
            return found[0], found[1]
        # "... steht. Django Reinhardt-Weiß": a two-part sign-off with one listed part (hyphens split).
        if len(parts) > 1 and not any(_NOUNISH.search(p) or p in STOP_WORDS for p in parts):
            pieces = [piece for p in parts for piece in p.split("-")]
            if any(piece in FIRST_NAMES or piece in SURNAMES for piece in pieces):
                return found[0], found[1]
            # "... from last year. Yaw Boateng": English capitalises no nouns, so two or three capitalised
            # words closing the message after a full stop are its signature; so are they before a phone number.
            closes = tail.group().lstrip()[:1] in (".", "!", "?") and all(p[0].isupper() for p in parts)
            if closes and (lang == "en" or _PHONE_TAIL.fullmatch(text, found[1])):
                return found[0], found[1]
        # "... for the referral. – Kwame", or a last line of its own: a sign-off even if unlisted.
        lead = text[max(0, found[0] - 3) : found[0]].rstrip(" \t")
        if lead.endswith("\n") and not _after_closing_line(text, found[0]) and _after_name_line(text, found[0]):
            continue  # "Dr Amelia Hartmann-Price\nConsultant Radiologist": a job title under the name
        # A listed homograph ("– Will") counts here too, but not as the whole message.
        if (lead.endswith(("–", "-", "—", "\n")) or not lead) and not any(
            _NOUNISH.search(p) or (p in STOP_WORDS and not (lead and p in HOMOGRAPH_FIRST)) for p in parts
        ):
            return found[0], found[1]
    return None


def _lowercase_sign_off(text: str, start: int, word: str) -> bool:
    title = word.title()
    if len(word) < 3 or title not in FIRST_NAMES or title in HOMOGRAPH_FIRST or title in STOP_WORDS:
        return False
    lead = text[max(0, start - 3) : start].rstrip(" \t")
    return word not in _LOWER_STOP and lead.endswith((".", "!", "?", "\n", "–", "—", "-", ")"))


_DASH_SIGNOFF = re.compile(
    r"[.!?)][ \t]+[–—-][ \t]*(?P<name>[A-ZÄÖÜ][\w'’-]+[ \t]+[A-ZÄÖÜ][\w'’-]+),[ \t]*[^\n,.!?]{1,40}[.!]?[ \t]*$"
)
_ORDINAL_BEFORE = re.compile(
    r"(?i)\b(?:den|dem|der|die|das|im|am|zum|zur|vom|ab|bis|seit|ins|in|jeden|jede)[ \t]+\d{1,2}\.$"
)
_CLOSING_LINE = re.compile(
    r"(?i)(?:grüßen|grüße|gruß|gruss|grüsse|mfg|lg|vg|danke|dank|regards|wishes|best|cheers|thanks|thank\s+you|"
    r"sincerely|faithfully|yours|ciao|tschüss|bye)[ \t,.!]*$|,[ \t]*$|^[ \t>]*$"
)


_NAME_LINE = re.compile(
    r"^[ \t>]*(?:(?:i\.[ \t]?[AV]\.|ppa\.|Dr\.?|Prof\.?|Mr\.?|Mrs\.?|Ms\.?|Herr|Frau)[ \t]+)*"
    r"[A-ZÄÖÜ][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,3}[ \t]*$"
)


def _after_name_line(text: str, start: int) -> bool:
    """True when the line before `start` looks like a name line ("Dr Amelia Hartmann-Price"), not body text."""
    line_start = text.rfind("\n", 0, start)
    previous_start = text.rfind("\n", 0, line_start) + 1 if line_start > 0 else 0
    previous = text[previous_start:line_start]
    return bool(_NAME_LINE.match(previous)) and not any(c.isdigit() for c in previous)


def _after_closing_line(text: str, start: int) -> bool:
    """True when the line before `start` is a closing ("Grüße", "Best,") or empty."""
    line_start = text.rfind("\n", 0, start)
    previous_start = text.rfind("\n", 0, line_start) + 1 if line_start > 0 else 0
    return line_start <= 0 or bool(_CLOSING_LINE.search(text[previous_start:line_start]))


def _occurrences(haystack: str, needle: str) -> list[tuple[int, int]]:
    """Whole-word occurrences of `needle` (plain search: a regex per name would be compiled per message)."""
    spans = []
    start = haystack.find(needle)
    while start >= 0:
        end = start + len(needle)
        before = haystack[start - 1] if start else " "
        after = haystack[end] if end < len(haystack) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            spans.append((start, end))
        start = haystack.find(needle, start + 1)
    return spans


def _propagate(text: str, spans: list[tuple[int, int]], lang: str = "de") -> list[tuple[int, int]]:
    """Every occurrence counts: repeat each found name (and its safe parts) across the text."""
    out = set(spans)
    names = {text[s:e] for s, e in spans}
    parts = set()
    for name in names:
        for word in _TOKEN.findall(name):
            # Homographs repeat too ("Grace"), but never after an article ("der Wolf").
            if len(word) >= 3 and word not in STOP_WORDS and word not in _PARTICLES:
                parts.add(word)
    lowered = fold(text)
    for name in names:
        if len(name) >= 3:
            # "marta kern" repeats "Marta Kern"; a single word repeats only capitalised ("Lang" vs "lang").
            if " " in name and lowered is not None:
                out.update(_occurrences(lowered, name.lower()))
            elif name in STOP_WORDS:
                continue  # "Will do ... – Will": a homograph repeats only where its own cue found it
            else:
                # "Herr Winter ... im Winter": a repeat after an article is the word, not the name.
                out.update(
                    (start, end)
                    for start, end in _occurrences(text, name)
                    if (start, end) in out
                    or not (
                        (_after_article_or_adjective(text, start) and _may_be_a_word(name))
                        or _is_company(text, start, end, [name])
                        or (name in HOMOGRAPH_FIRST and _sentence_initial_word(text, start, end))
                    )
                )
    found = set(spans)
    for word in parts:
        for start, end in _occurrences(text, word):
            if (start, end) in out:
                continue  # already taken (its own cue or a repeat): no checks needed
            if word in HOMOGRAPH_FIRST and _sentence_initial_word(text, start, end) and (start, end) not in found:
                continue
            if (not _after_article_or_adjective(text, start) or not _may_be_a_word(word)) and not _is_company(
                text, start, end, [word]
            ):
                out.add((start, end))
    # "die ayse von nebenan" repeats "Ayşe Yılmaz": a given name typed without its diacritics, in lowercase.
    if lowered is not None:
        for word in parts:
            if word.isascii():
                continue
            plain = ascii_name(word).lower()
            if plain != word.lower() and len(plain) >= 4:
                out.update(_occurrences(lowered, plain))
    out.update(_neighbours(text, out))
    return sorted(_with_surname(text, _with_given_name(text, out, names, lang), names))


def _may_be_a_word(name: str) -> bool:
    """ "der Wolf", "im Winter": only a name that is also a word loses its repeats after an article;
    "kein Kemal" still names Kemal."""
    return name in HOMOGRAPH_FIRST or name in HOMOGRAPH_SURNAME or name not in FIRST_NAMES or name in SURNAMES


# "Nowak/Dąbrowska" on a doorbell, "Raghunathan, not Ragunathan", "lg jana und micha": the name next to a name.
_NEIGHBOUR = re.compile(
    # "Katharina Nukowa & Měrćin Wjeńka": a second full name joined to a full name
    r"[ \t]+(?:&|und|and)[ \t]+(?P<pair>[A-ZÄÖÜŁŚŻĆŃ][\w'’-]+[ \t][A-ZÄÖÜŁŚŻĆŃ][\w'’-]+)(?=[ \t]*(?:[,.;:!?)\n]|$))"
    # "meine Kinder Yusuf und Hira aber …": a second given name joined to a given name
    r"|[ \t]+(?:&|und|and)[ \t]+(?P<single>[A-ZÄÖÜ][a-zäöüß]{2,})"
    r"(?=[ \t]*(?:[,.;!?\n]|$)|[ \t]+(?:aber|but|sind|are|haben|have|bitte|please))"
    r"|/([A-ZÄÖÜŁŚŻ][\w'’-]+)"
    r"|,?[ \t]+(?:not|nicht|statt|anstatt|instead[ \t]+of|rather[ \t]+than)[ \t]+([A-ZÄÖÜŁŚŻ][\w'’-]+)"
    r"|[ \t]+(?:und|and|&|u\.)[ \t]+([a-zäöüß]{3,})[ \t]*(?=\n|$)"
)


def _neighbours(text: str, spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for start, end in spans:
        m = _NEIGHBOUR.match(text, end)
        if not m:
            continue
        group = m.lastindex or 0
        word = m.group(group)
        name = text[start:end]
        if m.group("pair") and (" " not in name or any(_NOUNISH.search(p) or p in STOP_WORDS for p in word.split())):
            continue  # only a full name pairs with a full name
        if m.group("single") and (" " in name or word in SURNAMES and word not in FIRST_NAMES):
            continue  # "Anna und Bauer": a surname is no second child
        if group == 5 and not name.islower():
            continue  # "Anja und team": only a lowercase sign-off pairs lowercase names
        if word not in STOP_WORDS and word.lower() not in _LOWER_STOP and not _NOUNISH.search(word):
            out.append(m.span(group))
    return out


_LOWER_WORD_AFTER = re.compile(r"[ \t]+[a-zäöüß]")


def _sentence_initial_word(text: str, start: int, end: int) -> bool:
    """ "Hi Mark, ... Mark it as monthly": a homograph opening a sentence before a lowercase word is the word."""
    before = text[max(0, start - 3) : start].rstrip(" \t")
    opens = not before or before[-1] in ".!?\n"
    return opens and bool(_LOWER_WORD_AFTER.match(text, end))


def _with_given_name(text: str, spans: set[tuple[int, int]], names: set[str], lang: str) -> set[tuple[int, int]]:
    """ "misspelt as Oluwaseyi Adeleke", "Martin Kern" next to "Frau Kern": a capitalised word directly
    before a repeated surname is that person's given name (in German only when it is a listed given name)."""
    out = set()
    for start, end in spans:
        if text[start - 1 : start] == " " and text[start:end] not in names:
            before = text[max(0, start - 31) : start - 1]
            word = before.rsplit(None, 1)[-1].lstrip("\"'„“‚‘«»(") if before.strip() else ""
            word_start = start - 1 - len(word)
            if (
                word
                and _WORD_BEFORE_NAME.fullmatch(word)
                and (word_start == 0 or _GAP_BEFORE.match(text[word_start - 1]))
            ):
                listed = word in FIRST_NAMES and word not in HOMOGRAPH_FIRST
                plain = lang == "en" and not _NOUNISH.search(word) and word.lower() not in _ARTICLES
                if (listed or plain) and word not in STOP_WORDS and not _after_article(text, word_start):
                    if _word_before(text, word_start) not in _COMPANY_BEFORE:
                        start = word_start
        out.add((start, end))
    return out


def _with_surname(text: str, spans: set[tuple[int, int]], names: set[str]) -> set[tuple[int, int]]:
    """ "Jule Marquardt" next to "Sarah Marquardt": a given name found alone, followed by a surname that ends
    another name of the message, is that full name."""
    surnames = {name.rsplit(None, 1)[-1] for name in names if " " in name}
    if not surnames:
        return spans
    out = set()
    for start, end in spans:
        after = _NEXT_WORD.match(text, end)
        if after and after.group(1) in surnames and " " not in text[start:end]:
            end = after.end(1)
        out.add((start, end))
    return out


_NEXT_WORD = re.compile(r"[ \t]([A-ZÄÖÜ][\w'’-]+)")
_WORD_BEFORE_NAME = re.compile("[A-ZÄÖÜ][a-zäöüßéèáàíóúñçşğıćčšžłńęąő'’-]+")
_GAP_BEFORE = re.compile(r"[^\w'’.-]")
