"""Art. 9 GDPR special categories, flagged per message.

A category is flagged when a sentence reveals it about someone identifiable:
the writer ("ich", "my") or a person they refer to ("meine Tochter"). Product
questions and general statements carry no personal reference and stay unflagged.
"""

from __future__ import annotations

import re

from .art9_vocabulary import (
    ANIMAL,
    BIOMETRIC,
    BIOMETRIC_OBJECTION,
    BIOMETRIC_OPTIONAL,
    BIOMETRIC_PROCESSING,
    BIOMETRIC_STORED,
    DEVICE_FEATURE,
    ETHNIC,
    ETHNIC_EXCLUDE,
    GENETIC,
    GENETIC_RESULT,
    GENETIC_RESULT_NEXT,
    HEALTH,
    HEALTH_EXCLUDE,
    POLITICAL,
    POLITICAL_EXCLUDE,
    RELIGION,
    RELIGION_ALONE,
    RELIGION_AS,
    RELIGION_STRONG,
    SEXUAL,
    UNION,
)
from .context import _literal_head, expanded_alternatives, mentions, trie_alternation
from .namedata import FEMALE_ONLY, MALE_ONLY, ascii_name

# Run on the original case: lowercase "sie"/"ihr" is she/her, capitalised "Sie"/"Ihr" is the
# formal "you" addressing the business, which refers to no data subject.
_PERSONAL = re.compile(
    r"(?i:\b(?:ich|mich|mir|mein\w*|wir|uns|unser\w*|i|i'm|i've|i'd|me|my|mine|we|our|us|myself|"
    r"sohn|tochter|mann|frau|mutter|vater|kind|kinder|oma|opa|schwester|bruder|ehemann|ehefrau|"
    r"son|daughter|husband|wife|mother|father|mum|mom|dad|child|children|kids?|sister|brother|"
    r"he|she|him|her|his)\b)|\b(?:Er|er|sie|ihm|ihn|ihr|ihre[mnrs]?|Seine?[mnrs]?|seine?[mnrs]?)\b"
    # "Bemerkung: bin zum 31.01. ausgetreten": a German sentence without its "ich"
    r"|(?m:(?:^|:)[ \t]*(?:bin|hab|habe)\b)"
)

_WORKPLACE_WORDS = frozenset(
    "klinik krankenhaus hospital praxis pflegeheim nursing home klinikum psychiatrie hospiz reha pflegedienst "
    "uniklinik universitätsklinik uniklinikum".split()
)
_WORKPLACE = re.compile(
    r"\b(?:arbeite\w*|work\w*|job|beschäftigt|angestellt|tätig|schicht\w*|shifts?|dienst|sind|are|started|"
    r"start(?:ing)?|began|joined|angefangen|anfange|employed|steward|rep|representative|nurse|porter|staff)\b"
    r"(?:(?!weil|because|nicht|not\b|since|seit|wegen)[^.!?\n]){0,40}"
    r"\b(?:in|im|at|an|bei|für|for)\s+(?:der|dem|einer|einem|the|a|an)?\s*\w+$"
    # "wir sind ein Pflegedienst": the writer is the organisation
    r"|\b(?:wir\s+sind|we\s+are|we're)\s+(?:ein|eine|a|an)\s+(?:\w+\s+)?\w+$"
)


_GENERIC_GROUP = re.compile(
    r"[ \t]+(?:children|kids|kinder\w*|people|menschen|patients|patient\w*|residents|bewohner\w*|customers|"
    r"kunden|users|nutzer\w*|senioren|seniors|pupils|schüler\w*|clients|klienten)\b"
)


_STAFF_BEFORE = re.compile(
    r"\b(?:betriebsgruppe|betriebsrat|personalrat|belegschaft|kolleg\w*|colleagues|staff|team|station)\s+"
    r"(?:(?:der|des|im|am|at|of|the|in)\s+)*$"
)
_SOME_OF_A_GROUP = re.compile(
    r"\b(?:einige|manche|viele|mehrere|ein\s+paar|some|many|several|a\s+few)\s+(?:davon\s+|of\s+(?:us|them)\s+)?"
    r"(?:(?:of\s+the|der|von\s+den)\s+(?:\w+\s+){0,5})?(?:mit|with|haben|have|has|are|sind|im|in)\s+(?:\w+\s+)?$"
)
_PRODUCT_INTEREST = re.compile(
    r"\b(?:interessiere\s+mich\s+für|interested\s+in)\s+(?:das|die|den|ihr\w*|ein\w*|the|your|a|an)?\s*(?:[\w-]+\s+){0,2}$"
)
_NEGATED_AFTER = re.compile(
    r"\s+(?:bin|ist|sind|war|waren|bist|habe|hat|haben|hatte)\s+(?:ich|er|sie|wir|du)?\s*(?:aber\s+|noch\s+|zum\s+glück\s+)?"
    r"(?:\(noch\)\s+|noch\s+)?(?:nicht|nie|keine?)\b"
)
_RISK_AFTER = re.compile(r"[\s-]*(?:risiko|risk)\b")
_ASKED_ABOUT = re.compile(r"\b(?:nach|about|for|zu|über)\s+(?:\w+\s+)?$")
_TECH_BEFORE = re.compile(
    r"\b(?:messaging|messages|account|feature|function|button|option|notifications?|access|login|profile|app|"
    r"setting|settings|payments?|card|cookies|javascript|sync|it|this|that|been)\s+(?:is\s+|are\s+|was\s+|were\s+|been\s+)?$"
)
_TECH_AFTER = re.compile(r"\s+(?:on|in\s+the|by\s+default|for\s+(?:this|your|my|the)\s+account)\b")
_OFFICE_SURGERY = re.compile(r"\b(?:advice|constituency|ward|mp'?s|councillor'?s)\s+$")
_CARRIER = re.compile(r"(?:carriers?\s+(?:for|of)|träger(?:in)?\s+(?:für|von|der|des|einer|eines))\s+(?:\w+\s+)?$")


_PROFESSION = re.compile(
    r"\b(?:arbeite\w*|tätig|work\w*|job)\s+(?:(?:dort|hier|there|here|seit\s+\w+|now)\s+)?(?:als|as)\s+(?:an?\s+|eine?\s+)?(?:[\w-]+\s+)?$"
)
# "Heilpraktikerin für Psychotherapie", "Praxis für Physiotherapie": a trade or practice named by its field
_SPECIALTY = re.compile(
    r"(?:praktiker(?:in)?|therapeut(?:in)?|arzt|ärztin|praxis|zentrum|fachärzt\w*|specialist|clinic|practice|"
    r"sprechstunde|ambulanz)"
    r"\s+(?:für|for|of)\s+$"
)
_BUSINESS_STOCK = re.compile(
    r"\bins\s+sortiment|\binto\s+our\s+range|\b(?:unser(?:e[mnrs]?)?|our)\s+(?:[\w-]+\s+)?(?:[\w-]*sortiment|apotheke|"
    r"sanitätshaus|pharmacy|stock|range|"
    r"patienten|patients|bewohner(?:innen)?|residents|clients|klienten)\b"
)
_ANIMAL_BEFORE = re.compile(
    r"\b(?:katzen?|kater[ns]?|hund(?:e[ns]?|s)?|welpen?|dogs?|cats?|pferde?[ns]?|horses?|puppy|puppies|kitten|"
    r"kaninchen|hamster|meerschweinchen|wellensittich|parrot|rabbit|bird|vogel)\b"
)
_HUMAN_WORD = re.compile(
    r"\b(?:ich|i|mir|mich|me|myself|sohn|tochter|mann|frau|mutter|vater|son|daughter|husband|wife|mother|father|"
    r"mum|mom|dad|child|kind|baby)\b"
)


def _not_about_a_person(sentence: str, match: re.Match[str]) -> bool:
    """A health word that names a workplace ("arbeite in der Klinik", "wir sind ein Pflegedienst")
    or a group of people in general ("a school for deaf children") reveals nothing about anyone."""
    if _GENERIC_GROUP.match(sentence, match.end()):
        return True
    if _SOME_OF_A_GROUP.search(sentence, max(0, match.start() - 80), match.start()):
        return True  # "wir sind 35 Personen, einige mit Rollator": nobody in particular
    if _PRODUCT_INTEREST.search(sentence, max(0, match.start() - 60), match.start()):
        return True  # "ich interessiere mich für das Blutzuckermessgerät": a product, nobody's condition
    if _NEGATED_AFTER.match(sentence, match.end()):
        return True  # "Erkrankt bin ich nicht."
    if match.group().endswith(("messgerät", "messgeräts", "messgeräte")):
        return True  # "das Blutdruckmessgerät BM 58": a device for sale, nobody's condition
    if match.group().endswith("risiko") or _RISK_AFTER.match(sentence, match.end()):
        return True  # "der Abschnitt zum Thromboserisiko": a risk, no condition
    asked = _ASKED_ABOUT.search(sentence, max(0, match.start() - 20), match.start())
    if match.group().startswith("vorerkrank") and asked:
        return True  # "Im Antrag wird nach Vorerkrankungen gefragt": a form's question
    if match.group() == "disabled" and (
        _TECH_BEFORE.search(sentence, max(0, match.start() - 30), match.start())
        or _TECH_AFTER.match(sentence, match.end())
    ):
        return True  # "messaging is disabled on his profile": a setting, no disability
    if match.group() == "surgery" and _OFFICE_SURGERY.search(sentence, max(0, match.start() - 25), match.start()):
        return True  # "my next advice surgery": an MP's or councillor's office hours
    if _CARRIER.search(sentence, max(0, match.start() - 30), match.start()):
        return True  # "a carrier for cystic fibrosis": a genetic result (GENETIC), no illness of the person
    start = match.start()
    if _RETURNED_BEFORE.search(sentence, max(0, start - 30), start):
        return True  # "die zurückgeschickten Kompressionsstrümpfe": goods sent back, no condition of anyone
    if _PRODUCT_AFTER.match(sentence, match.end()):
        return True  # "the insulin cooling travel case": a product named after the condition it serves
    if match.group() == "headache" and (
        _HEADACHE_IDIOM.search(sentence, max(0, match.start() - 20), match.start())
        or _HEADACHE_AFTER.match(sentence, match.end())
    ):
        return True  # "it's been a real headache getting anyone to reply"
    if match.group().endswith(("prämie", "prämien")):
        return True  # "die Prämie": an insurance premium, no anaemia
    if (match.group().endswith(_FACILITIES) or match.group() == "kur") and _YOUR_BEFORE.search(
        sentence, max(0, match.start() - 12), match.start()
    ):
        return True  # "zu Terminen in Ihrer Klinik": the organisation written to, no one's condition
    if match.group().endswith(_FACILITIES) and _WORKPLACE_CUE.search(sentence):
        return True  # "liefern Sie an meine Arbeitsstelle: Tagesklinik am Stadtpark"
    if match.group() == "sick" and _IDIOM_AFTER.match(sentence, match.end()):
        return True  # "I'm sick of this"
    if _NEGATED.search(sentence, max(0, start - 25), start):
        return True  # "I haven't been diagnosed with anything", "nicht krank"
    if start and sentence[start - 1] in "'\"„“‚‘«»":
        return True  # a title in quotes: the book "Krebs verstehen"
    if _PROFESSION.search(sentence, max(0, start - 30), start) or _SPECIALTY.search(
        sentence, max(0, start - 30), start
    ):
        return True  # "ich arbeite als Physiotherapeutin", "I'm a nurse": a job, no condition
    if _BUSINESS_STOCK.search(sentence):
        return True  # "Gehhilfen für unser Sanitätshaus-Sortiment": the writer is a business buying stock
    if _ANIMAL_BEFORE.search(sentence) and _VET.search(sentence) and not _HUMAN_RELATION.search(sentence):
        return True  # "Unser Hund … der Tierarzt vermutet eine Allergie": the animal's health
    animals = list(_ANIMAL_BEFORE.finditer(sentence, 0, start))  # the last animal named before the health word
    if animals and not _HUMAN_WORD.search(sentence, animals[-1].end(), start):
        return True  # "my cat has diabetes", "einen Hund mit Arthrose": an animal's health
    if match.group() in _WORKPLACE_WORDS and _STAFF_BEFORE.search(sentence, max(0, match.start() - 30), match.start()):
        return True  # "ver.di Betriebsgruppe Uniklinik", "the staff of the hospital"
    return match.group() in _WORKPLACE_WORDS and bool(_WORKPLACE.search(sentence, 0, match.end()))


def _compile(alternatives: str) -> re.Pattern[str]:
    # Matched against lowercased text: IGNORECASE makes these alternations much slower.
    # Literal-headed alternatives first, as one prefix tree: two alternatives of one category that match at the
    # same place name the same thing, so their order does not change whether a category is found.
    ordered = sorted(expanded_alternatives(alternatives), key=lambda alternative: not _literal_head(alternative))
    return re.compile(r"(?<![\w])(?:" + trie_alternation(ordered) + r")(?![\w-])")


_PATTERNS = {
    "HEALTH": _compile(HEALTH),
    "RELIGION": _compile(RELIGION),
    "ETHNIC_ORIGIN": _compile(ETHNIC),
    "POLITICAL_OPINION": _compile(POLITICAL),
    "TRADE_UNION": _compile(UNION),
    "SEXUAL_ORIENTATION": _compile(SEXUAL),
    "GENETIC": _compile(GENETIC),
    "BIOMETRIC": _compile(BIOMETRIC),
}


# One pass over the message finds which categories are mentioned at all.
_ANY_CATEGORY = re.compile(
    r"(?<![\w])(?:"
    + trie_alternation(
        sorted(
            (
                alternative
                for alternatives in (HEALTH, RELIGION, ETHNIC, POLITICAL, UNION, SEXUAL, GENETIC, BIOMETRIC)
                for alternative in expanded_alternatives(alternatives)
            ),
            key=lambda alternative: not _literal_head(alternative),
        )
    )
    + r")(?![\w-])"
)
# A sentence ends at . ! ? before a capital letter or the end, or at a line break;
# "(geb. 2014) hat ADHS" and "ver.di" stay inside their sentence.
# "vom 2. bis 9. Juni im Krankenhaus": a dot after a one- or two-digit number is an ordinal.
_SENTENCE = re.compile(
    # "in St. Marien", "Dr. Varga": a dot after a short abbreviation ends no sentence
    r"(?:[^.!?\n]|(?<=(?<![\d.])\d)\.|(?<=(?<![\d.])\d\d)\.|(?<=\b(?:St|Dr|Nr|Hr|Fr|Mr|Ms|Mt))\.|"
    r"(?<=\bMrs)\.|(?<=\bbzw)\.|[.!?]+(?!\s+[A-ZÄÖÜ]|\s*$))+(?:[.!?]+|\n|$)"
)
_SPOUSE_FEMALE = re.compile(
    r"(?i)\b(?:meine[rm]?\s+(?:(?:zukünftige[nr]?|künftige[nr]?|baldige[nr]?|neue[nr]?)\s+)?(?:ex-?)?(?:frau|ehefrau|gattin|verlobten?|lebensgefährtin)|my\s+(?:(?:future|soon-to-be|new)\s+)?(?:ex-?)?(?:wife|fiancée|fiancee))\b|\((?:ehefrau|wife)\)"
)
_SPOUSE_MALE = re.compile(
    r"(?i)\b(?:mein(?:em|en)?\s+(?:(?:zukünftige[nmr]?|künftige[nmr]?|baldige[nmr]?|neue[nmr]?)\s+)?(?:ex-?)?(?:mann|ehemann|gatten?|verlobten?|verlobter|lebensgefährten?|festen?\s+freund)|"
    r"my\s+(?:(?:future|soon-to-be|new)\s+)?(?:ex-?)?(?:husband|fiancé|fiance|boyfriend))\b|\((?:ehemann|husband)\)"
)
_COUPLE_CUE = re.compile(
    r"(?i)\b(?:(?:wir\s+sind|we\s+are|we've\s+been|we\s+have\s+been)\s+(?:\w+\s+){0,4}(?:zusammen|together|verheiratet|"
    r"married|verlobt|engaged|ein\s+paar|a\s+couple)|heiraten|hochzeit|wedding|getting\s+married|verheiratet|"
    r"eingetragene\w*\s+partnerschaft|civil\s+partnership|couples?\b|pärchen|paar(?:massage|zimmer|urlaub)\w*|"
    r"zusammengezogen|zusammenziehen|ziehen\s+(?:\w+\s+){0,3}zusammen|als\s+paar|as\s+a\s+couple|moved\s+in\s+together|move\s+in\s+together|moving\s+in(?:to)?\s+(?:\w+\s+){0,3}"
    r"together|(?:first|new)\s+(?:flat|home|place|house)\s+together|honeymoon|flitterwochen|jahrestag|anniversary|beziehung|relationship|trennung|getrennt|split\s+up|"
    r"broke\s+up|geschieden|scheidung|divorced?|(?:und\s+ich|and\s+i)\s+(?:sind|are)\s+(?:\w+\s+){0,4}"
    r"(?:zusammen|together|verheiratet|married|verlobt|engaged))"
)
# "mein Freund Jonas", "my partner Ben": a partner, named with a given name of one sex.
_PARTNER_MALE = re.compile(
    r"(?i:\b(?:mein(?:em|en)?\s+(?:(?:eingetragene[nr]?|langjährige[nr]?|feste[nr]?)\s+)?(?:ex-?)?(?:freund|partner)|"
    r"my\s+(?:(?:registered|civil|long-term)\s+)?(?:ex-?)?(?:partner|boyfriend))\b)"
    r"(?:[ \t]+(?P<name>[A-ZÄÖÜ][a-zäöüß]+))?"
)
_PARTNER_FEMALE = re.compile(
    r"(?i:\b(?:meine[rm]?\s+(?:ex-?)?(?:freundin|partnerin)|my\s+(?:ex-?)?(?:partner|girlfriend))\b)"
    r"(?:[ \t]+(?P<name>[A-ZÄÖÜ][a-zäöüß]+))?"
)
_PRODUCT_QUESTION = re.compile(
    # "Customer: hi does the glucose monitor …", "Message: Do the prices …": a chat or form prefix and a greeting first
    r"(?i)^\s*(?:\w+:\s*)?(?:(?:hi|hallo|hey|hello|moin)[,!]?\s+)?"
    r"(?:haben\s+sie|gibt\s+es|ist|sind|enthält|enthalten|führen\s+sie|do\s+you|does|do|is|are|can\s+you\s+recommend|"
    r"wie\s+berechnet|how\s+does|what\s+is|was\s+ist)\b"
)


def special_categories(
    text: str, writer_first_name: str | None = None, person_spans: list[tuple[int, int]] | None = None
) -> list[str]:
    """Art. 9 categories the message reveals about an identifiable person, in canonical order.

    `person_spans` are the PERSON entities found: a sentence that names someone ("Leonie hat Asthma")
    is about an identifiable person even without a pronoun.
    """
    found: set[str] = set()
    # Most messages mention no category word at all: check the whole text first.
    original, text = text, text.lower()
    present = {
        category
        for m in _ANY_CATEGORY.finditer(text)
        for category, pattern in _PATTERNS.items()
        if pattern.match(text, m.start())
    }
    candidates = {c: p for c, p in _PATTERNS.items() if c in present}
    sentences = [(m.start(), m.end(), m.group()) for m in _SENTENCE.finditer(original)] if candidates else []
    previous_personal = previous_name_line = False
    # A CV speaks of its writer in every line ("2018 – heute  freigestellte Betriebsrätin und IG-Metall-Mitglied").
    curriculum = bool(candidates) and bool(_CURRICULUM.search(original))
    for sentence_start, sentence_end, original_sentence in sentences:
        sentence = original_sentence.lower()
        personal = (
            curriculum
            or bool(_PERSONAL.search(original_sentence))
            or any(sentence_start <= s < sentence_end for s, _ in person_spans or ())
        )
        # "Ich hole meine neue Brille ab. Können Sie die Werte prüfen: rechts −2,75 sph …": a health
        # statement right after a sentence about the writer, when it is no question.
        continues = previous_personal and "?" not in original_sentence
        # "Birgit Schulte-Ebbing\nPflegefachkraft · Vertrauensfrau der ver.di": a line under a name line is about them
        personal = personal or previous_name_line
        previous_personal = personal
        previous_name_line = any(
            sentence_start <= s and e <= sentence_end and e - s >= len(original_sentence.strip()) - 1
            for s, e in person_spans or ()
        )
        for category, pattern in candidates.items():
            if category in found:
                continue
            searched = sentence
            if category == "TRADE_UNION" and "union" in sentence:
                searched = _NOT_A_UNION.sub("", sentence)  # "credit union membership", "European Union"
            match = pattern.search(searched)
            if not match:
                continue
            if category == "TRADE_UNION" and all(
                _STRIKE_BEFORE.search(searched, max(0, m.start() - 30), m.start()) for m in pattern.finditer(searched)
            ):
                continue  # "liegt das am Warnstreik bei ver.di?": a strike as the cause of a delay
            if category == "HEALTH" and all(_not_about_a_person(sentence, m) for m in pattern.finditer(sentence)):
                continue  # "ich arbeite nachts in der Klinik", "a school for deaf children"
            if (
                not personal
                and not (category in ("TRADE_UNION", "ETHNIC_ORIGIN") and _AS_A.search(sentence))
                and not (
                    category in ("HEALTH", "GENETIC", "ETHNIC_ORIGIN", "POLITICAL_OPINION", "TRADE_UNION", "RELIGION")
                    and continues
                )
                # "bitte den Dauerauftrag an die IG BCE erhöhen": a payment to a union is the writer's own
                and not (category == "TRADE_UNION" and _UNION_PAYMENT.search(sentence))
                # "Das Ergebnis vom Vaterschaftstest ist da: Vaterschaft ausgeschlossen. Ich möchte …"
                and not (category == "GENETIC" and _PERSONAL_SELF.search(original, sentence_end, sentence_end + 80))
                # "Versicherte: Anneliese Kroll … / Pflegegrad: 2": a form field about the named person.
                and not (
                    category in ("HEALTH", "TRADE_UNION") and person_spans and _FORM_FIELD.match(original_sentence)
                )
            ):
                # "Please confirm you have deleted the face template": a deletion request is about the writer
                # when the message speaks of the writer elsewhere.
                if not (category in ("BIOMETRIC", "SEXUAL_ORIENTATION") and _personal_message(original)):
                    continue
            if category == "HEALTH" and (HEALTH_EXCLUDE.search(sentence) and not _strong_health(sentence)):
                continue
            if (
                category == "HEALTH"
                and _PRODUCT_QUESTION.match(sentence)
                and not re.search(r"(?i)\b(?:ich|i|my|mein\w*)\b", sentence)
            ):
                continue
            if category == "RELIGION" and _ETHNIC_JEWISH.search(sentence):
                continue  # "40 % Ashkenazi Jewish" from a DNA test: an origin, no belief
            if category == "RELIGION" and not (
                RELIGION_STRONG.search(sentence) or RELIGION_AS.search(sentence) or RELIGION_ALONE.search(sentence)
            ):
                continue
            if (
                category == "ETHNIC_ORIGIN"
                and ETHNIC_EXCLUDE.search(sentence)
                and not re.search(r"(?i)kurd|sorb|roma|sinti|tamil|jesid|yazidi|fries", sentence)
            ):
                continue
            if category == "ETHNIC_ORIGIN" and all(
                _SPEAKS_BEFORE.search(sentence, max(0, m.start() - 30), m.start()) for m in pattern.finditer(sentence)
            ):
                continue  # "anyone who speaks Yoruba": a language
            if category == "POLITICAL_OPINION" and all(
                m.group() == "die linke" and original_sentence[m.end() - 5] == "l" for m in pattern.finditer(sentence)
            ):
                continue  # "die linke Hand": the adjective, not the party "Die Linke"
            if category == "POLITICAL_OPINION" and POLITICAL_EXCLUDE.search(sentence):
                continue
            if category in ("POLITICAL_OPINION", "TRADE_UNION") and _NOT_MEMBER.search(sentence):
                continue  # "We're the caterers for the Labour Party conference"
            if (
                category == "POLITICAL_OPINION"
                and all(_UNION_ACTION.fullmatch(m.group()) for m in pattern.finditer(sentence))
                and (
                    _PATTERNS["TRADE_UNION"].search(sentence)
                    or all(_UNION_OFFICE.fullmatch(m.group()) for m in pattern.finditer(sentence))
                    and _PATTERNS["TRADE_UNION"].search(text)
                )
            ):
                continue  # "wir von der IG-Metall-Vertrauenskörperleitung fahren zur Kundgebung": union activity
            # "… den Vaterschaftstest bestellt. Laut Ergebnis ist …": the result may follow in the next sentence.
            if category == "GENETIC" and not (
                GENETIC_RESULT.search(sentence)
                or GENETIC_RESULT_NEXT.search(original.lower(), sentence_end, sentence_end + 200)
            ):
                continue
            if category == "GENETIC" and all(
                _IN_OUR_DNA.search(sentence, max(0, m.start() - 20), m.start()) for m in pattern.finditer(sentence)
            ):
                continue  # "Customer service is in our DNA"
            if category == "GENETIC" and all(_KIT_AFTER.match(sentence, m.end()) for m in pattern.finditer(sentence)):
                continue  # "My DNA kit was posted back 5 weeks ago": a kit on its way, no result
            if category == "GENETIC" and ANIMAL.search(sentence):
                continue  # "der DNA-Test unseres Hundes": an animal is no data subject
            if category == "BIOMETRIC" and re.search(r"(?i)passfoto|passbild|passport\s+photo", sentence):
                continue
            if category == "BIOMETRIC" and BIOMETRIC_OPTIONAL.search(text) and not BIOMETRIC_STORED.search(text):
                continue  # "is the fingerprint entry compulsory or can I just use a card?": nothing stored yet
            if category == "BIOMETRIC" and "?" in sentence and not _PERSONAL_SELF.search(original_sentence):
                continue  # "Wie viele Fingerabdrücke kann das Schloss speichern?": a question about a product
            if category == "BIOMETRIC" and _FEATURE_QUESTION.match(sentence) and "?" in sentence:
                continue  # "Does your app store my fingerprint, or …?": a question about the product
            if category == "BIOMETRIC" and (
                DEVICE_FEATURE.search(sentence)
                and not BIOMETRIC_OBJECTION.search(sentence)
                or not BIOMETRIC_PROCESSING.search(sentence)
            ):
                continue
            found.add(category)
    shares = "%" in text and "GENETIC" not in found and len(_ANCESTRY_SHARE.findall(text)) >= 2
    if shares and _personal_message(original):
        found.add("GENETIC")  # "meine Ergebnisse (41 % Balkan, 12 % Nordafrika, Rest Mitteleuropa)"
    if ("TRADE_UNION" not in found or "POLITICAL_OPINION" not in found) and _speaks_of_membership(original, text):
        for category, named in (("TRADE_UNION", _UNION_NAME), ("POLITICAL_OPINION", _PARTY_NAME)):
            if category not in found and _names(original, text, named):
                found.add(category)  # "Dear RMT membership team … please cancel my membership"
    if "SEXUAL_ORIENTATION" not in found and _mentions_seeking(text) and _same_sex_seeking(text):
        found.add("SEXUAL_ORIENTATION")  # "ich (m, 34) suche bei euch Männer"
    if (
        "GENETIC" in found
        and "HEALTH" in found
        and all(_WEAK_HEALTH.fullmatch(m.group()) for m in _PATTERNS["HEALTH"].finditer(text))
    ):
        found.discard("HEALTH")  # "share my DNA results with my GP": the result is genetic, no condition is named
    spouse = _mentions_spouse(text)
    partners = mentions(text, ("freund", "partner", "boyfriend", "girlfriend"))
    spouse_or_partner = spouse or partners
    if "SEXUAL_ORIENTATION" not in found and spouse:
        sex = _signed_sex(original)  # "my husband Rafael and I … Mr Jonathan Whitfield-Ng"
        if sex == "f" and _SPOUSE_FEMALE.search(text) or sex == "m" and _SPOUSE_MALE.search(text):
            found.add("SEXUAL_ORIENTATION")
    if (
        "SEXUAL_ORIENTATION" not in found
        and mentions(text, _MARRIED_WORDS)
        and _MARRIED_CUE.search(text)
        and _same_sex_pair(original)
    ):
        found.add("SEXUAL_ORIENTATION")  # "Erziehungsberechtigte: Britta Falk und Nadine Amsel (verheiratet)"
    if "RELIGION" not in found and mentions(text, _RELIGION_FIELD_WORDS) and _RELIGION_FIELD.search(original):
        found.add("RELIGION")  # "Religion (optional, for chaplaincy): Lutheran"
    if "RELIGION" not in found and "kirchensteuer" in text and _CONFESSION.search(text):
        found.add("RELIGION")  # "Markus Ebner: 24760381093, römisch-katholisch" for the Kirchensteuer
    if spouse_or_partner and (
        not writer_first_name or (writer_first_name not in FEMALE_ONLY and writer_first_name not in MALE_ONLY)
    ):
        named = _SELF_NAMED.search(original)  # "Ich bin Marlene Brandt", "Customer: Daniel Okafor."
        if named and (named.group(1) in FEMALE_ONLY or named.group(1) in MALE_ONLY):
            writer_first_name = named.group(1)
    if writer_first_name and writer_first_name.islower():
        writer_first_name = writer_first_name.title()  # "- samuel"
    if writer_first_name and writer_first_name not in FEMALE_ONLY and writer_first_name not in MALE_ONLY:
        writer_first_name = ascii_name(writer_first_name)  # "Siobhán" is listed as "Siobhan"
    if "SEXUAL_ORIENTATION" not in found and writer_first_name and spouse_or_partner:
        # A spouse of the writer's sex; a "Freund"/"partner" only with a cue that they are a couple.
        couple = partners and bool(_COUPLE_CUE.search(original))
        if writer_first_name in FEMALE_ONLY and (
            _SPOUSE_FEMALE.search(text) or couple and _same_sex_partner(_PARTNER_FEMALE, original, FEMALE_ONLY)
        ):
            found.add("SEXUAL_ORIENTATION")
        elif writer_first_name in MALE_ONLY and (
            _SPOUSE_MALE.search(text) or couple and _same_sex_partner(_PARTNER_MALE, original, MALE_ONLY)
        ):
            found.add("SEXUAL_ORIENTATION")
    return [c for c in _PATTERNS if c in found]


# Unions and parties by name, for a message that names one and speaks of the writer's membership or office in it
# elsewhere. Acronyms on the original case ("NEU" is a union, "neu" is new), names in any case.
_UNION_NAME = re.compile(
    r"\b(?:GEW|IGM|IG[\s-]Metall|IG[\s-]BCE|IG[\s-]BAU|NGG|EVG|GdP|GDL|DGB|DJV|VBE|DPolG|ÖGB|GPA|GÖD|VPOD|FNV|CGIL|"
    r"CISL|SIPTU|INMO|NEU|NASUWT|NAHT|GMB|RMT|USDAW|Usdaw|CWU|PCS|UCU|RCN|RCM|ASLEF|TSSA|FBU|EIS|NUJ|BECTU|BFAWU|"
    r"AFT|NEA|SEIU|UAW|AFSCME|IBEW|UFCW|Unite|Unia|Syna)\b"
    r"|(?i:\b(?:ver\.di|verdi|unison|teamsters|younion|komba|marburger\s+bund|fórsa|solidarno(?:ść|sc)|"
    r"\w*gewerkschaft\w*|trade\s+union|labou?r\s+union))"
)
_PARTY_NAME = re.compile(
    r"\b(?:SPD|CDU|CSU|FDP|AfD|BSW|ÖDP|Volt|PARTEI|Piraten|Piratenpartei|DKP|MLPD|Jusos?|JU|Julis|ÖVP|SPÖ|FPÖ|NEOS|"
    r"KPÖ|SVP|GLP|JUSO|JUSOS|Labour|Tory|Tories|Conservatives|Lib\s?Dems?|SNP|Plaid|Reform\s+UK|"
    r"Greens|Grünen?(?![ \t]+(?:Damen|Herren|Woche|Soße|Sosse))|Linke|"
    r"CLP|PvdA|VVD|D66|GroenLinks|PSOE|Podemos|Democrats|Republicans)\b"
    r"|(?i:\b(?:sinn\s+f[eé]in|fianna\s+f[aá]il|fine\s+gael|junge\s+union|grüne\s+jugend|freie\s+wähler|"
    r"\w*partei\b|(?:labour|conservative|green|liberal)\s+party))"
)
# The writer's own membership, dues or office: "meine Mitgliedschaft", "Mitgliedsnummer", "als Kreisvorsitzende".
_MEMBERSHIP = re.compile(
    r"(?i)\b(?:mitglied\w*|members|(?:my|our)\s+rep|beitr(?:a|ä)g\w*|ortsvorstand\w*|vorstand\w*|\w*vorsitzende[rn]?|vertrauens(?:frau|mann|leute)|"
    r"delegierte[rn]?|membership|member|subs|dues|subscription|branch\s+(?:secretary|chair|officer)|steward|"
    r"(?:union|local)\s+rep|executive|chair(?:man|woman|person)?|councillor|candidate|kandidat\w*|ehrenamtlich\w*)\b"
)


_MEMBERSHIP_WORDS = (
    "mitglied",
    "beitr",
    "vorstand",
    "vorsitz",
    "vertrauens",
    "delegiert",
    "member",
    "subs",
    "dues",
    "branch",
    "steward",
    " rep",
    "executive",
    "chair",
    "councillor",
    "candidate",
    "kandidat",
    "ehrenamt",
)


def _speaks_of_membership(original: str, lowered: str) -> bool:
    """A sentence about the writer speaks of their membership, dues or office ("please cancel my membership"),
    and the writer is no supplier or student writing about an organisation."""
    if not mentions(lowered, _MEMBERSHIP_WORDS) or _NOT_MEMBER.search(lowered):
        return False
    return any(_PERSONAL_SELF.search(m.group()) and _MEMBERSHIP.search(m.group()) for m in _SENTENCE.finditer(original))


def _names(original: str, lowered: str, named: re.Pattern[str]) -> bool:
    """The message names a union or party, not as the cause of a delay ("Streik bei ver.di")."""
    return any(not _STRIKE_BEFORE.search(lowered, max(0, m.start() - 30), m.start()) for m in named.finditer(original))


# Shares of an ancestry breakdown: a percentage before a region, people or country of origin.
_ANCESTRY_SHARE = re.compile(
    r"\d{1,3}(?:[.,]\d)?\s?%\s+(?:[\w/-]+\s+){0,2}?(?:\w*(?:afri|europ|asia|asien|ameri|balkan|skandinav|scandinav|"
    r"nordic|baltic|baltisch|slav|slaw|iber|celt|kelt|jewish|jüd|ashkenaz|aschkenas|arab|levant|anatol|kaukas|caucas|"
    r"nigeria|ghana|congo|kongo|cameroon|kamerun|irish|irisch|scot|schott|british|britisch|english|englisch|german|"
    r"deutsch|italian|italien|greek|griech|polish|polnisch|turk|türk|indian|indisch|chinese|chinesisch|japan|korea|"
    r"filipin|mexic|iran|persia|persisch|sephard|native|indigen|mediterran|mittelmeer|yoruba|igbo|akan|bantu)\w*)"
)
# What a union does as well as a party: a rally, a district branch, a delegate.
_UNION_ACTION = re.compile(
    r"(?:(?:auf|zur|zu)\s+(?:der\s+|die\s+|den\s+|eine[rn]?\s+)?)?(?:kundgebung\w*|demos?|demonstration\w*|protest\w*|"
    r"rally|march|kreisverband|ortsverband|ortsverein|delegiert\w*|flugblätter|flyer\w*|leaflets?)"
    r"(?:\s+(?:gegen|für|against|for))?"
)
_SPEAKS_BEFORE = re.compile(r"\b(?:speaks?|speaking|spricht|sprechen|spreche|auf)\s+(?:\w+\s+)?$")
_KIT_AFTER = re.compile(r"[\s-]*(?:test[\s-]?)?(?:kit|set|röhrchen|swab|probe|sample)s?\b")
_IN_OUR_DNA = re.compile(r"\b(?:in|im)\s+(?:our|your|its|their|the\s+company'?s|unserer|ihrer|der|unsere[mn]?)\s+$")
_UNION_PAYMENT = re.compile(
    r"\b(?:dauerauftrag|lastschrift|direct\s+debit|standing\s+order|mitgliedsbeitrag|beitrag|subs|dues)\b"
)
_UNION_OFFICE = re.compile(r"kreisverband|ortsverband|ortsverein|delegiert\w*")
_PERSONAL_SELF = re.compile(r"(?i)\b(?:ich|mich|mir|mein\w*|i|i'm|i've|me|my)\b")
# A supplier, a caterer or a student writing about a party or union: no membership of the writer.
_NOT_MEMBER = re.compile(
    r"\b(?:caterers?|caterer|lieferant\w*|supplier|printers?|druckerei|venue|veranstalter\w*|bachelorarbeit|"
    r"masterarbeit|hausarbeit|dissertation|thesis|essay)\b"
)
_NOT_A_UNION = re.compile(r"\b(?:credit|european)\s+union\b")
_FORM_FIELD = re.compile(r"\s*[\w.()/ -]{2,40}:\s*\S")
_FEATURE_QUESTION = re.compile(
    r"(?i)^\s*(?:\w+:\s*)?(?:(?:guten\s+tag|hallo|hello|hi)[,!]?\s+)?(?:(?:does|do|is|are|will|can|speichert|speichern|wird|werden|ist|kann|können)\s+"
    r"(?:your|the|ihre?|die|der|das|beim|bei|im|am|at|in|eigentlich)\b"
    r"|do\s+i\s+(?:have|need)\s+to|must\s+i|muss\s+ich)"
)


def _same_sex_partner(pattern: re.Pattern[str], text: str, same_sex_names: frozenset[str]) -> bool:
    """A partner of the writer's sex: by a gendered word, or by a given name after the English "partner"."""
    for m in pattern.finditer(text):
        if not m.group().lower().startswith("my partner") or m.group("name") in same_sex_names:
            return True
    return False


# A dating profile: the writer's own sex, and the sex they are looking for.
_SELF_MALE = re.compile(
    r"\((?:m|male|männlich)\s*[,/)]|\bich\s*\(m\b|\b(?:als|as\s+a)\s+(?:mann|man|guy)\b|\bi'm\s+a\s+(?:man|guy)\b|"
    r"\bich\s+bin\s+(?:selbst\s+)?(?:ein\s+)?mann\b"
)
_SELF_FEMALE = re.compile(
    r"\((?:w|f|female|weiblich)\s*[,/)]|\bich\s*\((?:w|f)\b|\b(?:als|as\s+a)\s+(?:frau|woman)\b|\bi'm\s+a\s+woman\b|"
    r"\bich\s+bin\s+(?:selbst\s+)?(?:eine\s+)?frau\b"
)
_SEEKING = (
    r"\b(?:suche|suchen|sucht|seeking|looking\s+for|interested\s+in|date|dating|treffen|kennenlernen)\b"
    r"[^.!?\n]{0,40}\b"
)
_SEEKING_MEN = re.compile(_SEEKING + r"(?:männer|männern|men|guys)\b")
_SEEKING_WOMEN = re.compile(_SEEKING + r"(?:frauen|women|girls)\b")


_CURRICULUM = re.compile(r"(?i)\b(?:lebenslauf|curriculum\s+vitae|résumé|resume)\b|^\s*cv\b|\bmy\s+cv\b|\bmein\s+cv\b")
_ETHNIC_JEWISH = re.compile(r"(?:ashkenazi|sephardi\w*|mizrahi)\s+jew")
_SIGNED_TITLE = re.compile(
    r"(?:^|\n)[ \t]*(?P<title>Mr|Mrs|Ms|Miss|Herr|Frau)\.?[ \t]+[A-ZÄÖÜ][^\n]*"
    r"(?:\n[ \t]*(?:[^\n]*\d[^\n]*|[^\n]*@[^\n]*))*\s*$"  # contact lines may follow the signed name
)
# A web form's first fields: "Anrede: Herr".
_FORM_SALUTATION = re.compile(
    r"(?im)^[ \t]*(?:anrede|salutation|title)[ \t]*:[ \t]*(?P<title>Herr|Frau|Mr|Mrs|Ms|Miss)\b"
)
_TITLE_AFTER_NAME = re.compile(r"\((?P<title>Mr|Mrs|Ms|Miss)\)\s*$")


def _signed_sex(text: str) -> str | None:
    """The writer's sex from the title in the signature line ("Mrs Claire Dunne", "Frau Svenja Thiel und …")."""
    tail = text[-160:]
    m = _SIGNED_TITLE.search(tail) or _TITLE_AFTER_NAME.search(tail) or _FORM_SALUTATION.search(text, 0, 400)
    if not m:
        return None
    return "m" if m.group("title") in ("Mr", "Herr") else "f"


# The writer introducing themselves in the text, a chat turn answering with a name, or a form's member field.
_SELF_NAMED = re.compile(
    r"(?:\b(?:[Ii]ch\s+bin|I'm|I\s+am|[Mm]y\s+name\s+is|[Mm]ein\s+[Nn]ame\s+ist|[Ii]ch\s+heiße)|"
    r"(?m:^[ \t]*(?:Customer|Kunde|Kundin|Mitglied|Versicherte[rn]?|Versicherungsnehmer(?:in)?|Antragsteller(?:in)?|"
    r"Kontoinhaber(?:in)?|"
    r"Mieter(?:in)?|Name|Vorname)[ \t]*:))[ \t]+([A-ZÄÖÜ][a-zäöüß]+)(?=[ \t]+[A-ZÄÖÜ][\w-]+[ \t]*(?:[.,\n]|$))"
)
_MARRIED_WORDS = (
    "mann",
    "frau",
    "husband",
    "wife",
    "hochzeit",
    "wedding",
    "verheirat",
    "married",
    "verlob",
    "engaged",
    "eheleute",
    "ehepaar",
    "fianc",
    "heirat",
    "partnerschaft",
    "partnership",
)
_RELIGION_FIELD_WORDS = ("religion", "konfession", "denomination", "faith", "glaubensrichtung")
_MARRIED_CUE = re.compile(
    r"\b(?:mein(?:em|en)?\s+mann|meine[rm]?\s+frau|my\s+husband|my\s+wife|unsere[rnm]?\s+hochzeit|our\s+wedding|verheiratet|married|verlobt\w*|engaged|eheleute|ehepaar|fianc\w*|"
    r"heiraten|getting\s+married|eingetragene\w*\s+partnerschaft|civil\s+partnership)"
)
_NAME_PAIR = re.compile(
    r"\b([A-ZÄÖÜ][a-zäöüß]+)(?:[ \t]+[A-ZÄÖÜ][\w-]+)?[ \t]+(?:und|&|and|u\.)[ \t]+([A-ZÄÖÜ][a-zäöüß]+)\b"
)


def _same_sex_pair(text: str) -> bool:
    """Two given names of one sex joined as a couple: "Tobias Adeyemi & Kai Lindner", "Britta Falk und Nadine Amsel"."""
    for m in _NAME_PAIR.finditer(text):
        first, second = m.group(1), m.group(2)
        if first in MALE_ONLY and second in MALE_ONLY or first in FEMALE_ONLY and second in FEMALE_ONLY:
            return True
    return False


# A form's religion field with an answer: "Konfession: röm.-kath.", "Religion (optional): Lutheran".
_RELIGION_FIELD = re.compile(
    r"(?im)(?:^|,)[ \t]*(?:religion|konfession|religionszugehörigkeit|denomination|faith|glaubensrichtung)\b"
    r"[^:\n]{0,40}:"
    r"[ \t]*(?!(?:none|keine|n/a|nicht|not|no\b|ohne|-|–|—|/|\?))\S"
)
_CONFESSION = re.compile(
    r"(?:[:,(]|\bist|\bbin)[ \t]*(?:röm(?:isch)?\.?-?[ \t]?kath(?:olisch)?\.?|evangelisch|ev\.|rk\b|lutherisch|"
    r"reformiert|altkatholisch|freireligiös|israelitisch|jüdisch)"
)


def _mentions_seeking(lowered: str) -> bool:
    return mentions(
        lowered,
        ("suche", "sucht", "seeking", "looking for", "interested in", "dating", "date ", "kennenlern", "treffen"),
    ) and mentions(lowered, ("(m", "(w", "(f", "mann", "man", "frau", "woman", "guy"))


def _mentions_spouse(lowered: str) -> bool:
    return mentions(lowered, ("frau", "mann", "wife", "husband", "gatt", "verlob", "fianc", "lebensgef"))


def _same_sex_seeking(lowered: str) -> bool:
    return bool(
        _SELF_MALE.search(lowered)
        and _SEEKING_MEN.search(lowered)
        or _SELF_FEMALE.search(lowered)
        and _SEEKING_WOMEN.search(lowered)
    )


_HUMAN_RELATION = re.compile(
    r"\b(?:sohn|tochter|mann|frau|mutter|vater|son|daughter|husband|wife|mother|father|mum|mom|dad|child|kind|baby)\b"
)
_VET = re.compile(r"for\s+pets|für\s+tiere|tierarzt|tierärzt|\bvet\b|veterinar|futter|pet\s+food")
_RETURNED_BEFORE = re.compile(
    r"\b(?:zurückgeschickt\w*|zurückgesandt\w*|retourniert\w*|returned|sent\s+back|umgetauscht\w*)\s+(?:\w+\s+)?$"
)
_PRODUCT_AFTER = re.compile(
    r"[ \t]+(?:[\w-]+[ \t]+){0,2}(?:case|bag|cooler|pouch|etui|tasche|kühltasche|box|holder|halter|organi[sz]er|"
    r"food|futter|diet|diät|monitor|meter|cuff|manschette|ramp|rampe|treppenlift|stairlift)\b"
)
_YOUR_BEFORE = re.compile(r"\b(?:your|ihre[mnrs]?|eure[mnrs]?)\s+$")
_HEADACHE_IDIOM = re.compile(r"\b(?:real|such\s+a|bit\s+of\s+a|total|massive|absolute|huge|major)\s+$")
_HEADACHE_AFTER = re.compile(r"\s+(?:getting|trying|dealing|sorting|to\s+(?:get|sort|deal))\b")
_FACILITIES = ("klinik", "klinikum", "krankenhaus", "praxis", "hospital", "clinic", "pflegeheim", "hospiz")
_WORKPLACE_CUE = re.compile(
    r"\b(?:arbeitsstelle|arbeitsplatz|workplace|dienststelle|ehrenamtlich\w*|volunteer\w*|(?:arbeite|work)\w*\s+(?:dort|there|hier|here)\s+(?:als|as))\b"
)
_IDIOM_AFTER = re.compile(r"[ \t]+(?:of|and\s+tired)\b")
_STRIKE_BEFORE = re.compile(
    r"(?:(?:warn)?stre(?:ik|ike)\w*|shop|laden|store)\s+(?:bei|der|des|von|by|at|of)\s+(?:der\s+|the\s+)?$"
)
_NEGATED = re.compile(
    r"\b(?:not|n't|never|nicht|nie|keine?[mnrs]?|no)\s+(?:been\s+|yet\s+|ever\s+)?(?:had\s+|have\s+|has\s+)?$"
)
_AS_A = re.compile(r"\b(?:als|as\s+an?)\b")
_WEAK_HEALTH = re.compile(
    r"(?:(?:my|our|his|her|their|mein\w*|unser\w*)\s+)?(?:gp|doctor|\w*arzt|\w*ärztin)|diagnos\w*|health|alzheimer\w*|"
    r"prescribed|prescription|vorerkrankung\w*|erkrankung|blood\s+tests?|patient\w*"
)


def _personal_message(text: str) -> bool:
    return bool(_PERSONAL.search(text))


def _strong_health(sentence: str) -> bool:
    return bool(
        re.search(
            r"(?i)\b(?:chemo|krebs|cancer|diagnos|operiert|surgery|krankgeschrieben|schwanger|pregnan|bandscheib|reha\b|"
            r"krankenhaus|hospital|gebrochen|broke|depress|demenz|dementia|allerg|diabet|schwerbehindert|pflegegrad|"
            r"rollstuhl|wheelchair|\w+krank\b|zöliakie|sick\s+leave|krankgeschrieben|\w+-op\b|op\b|operation|"
            r"eingriff|medikament|blutverdünn|blind|gehörlos|deaf|guide\s+dog|blindenhund|assistance\s+dog)",
            sentence,
        )
    )
