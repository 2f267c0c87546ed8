"""Art. 9 GDPR special categories, flagged per message.

A category is flagged when a sentence reveals it about someone identifiable:
the writer ("ich", "my") or a person they refer to ("meine Tochter"). Product
questions and general statements carry no personal reference and stay unflagged.
"""

from __future__ import annotations

import re

from .context import _literal_head, expanded_alternatives, mentions, trie_alternation
from .lexicon import HEALTH_HEADS, HEALTH_STEMS, HEALTH_WORDS, POLITICAL_EXTRA, RELIGION_EXTRA, UNION_EXTRA
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

_HEALTH = (
    # Compounds that name a condition by their ending ("Mittelohrentzündung", "Bronchitis", "Windpocken",
    # "Rückenschmerzen", "Magen-Darm-Grippe"), and common illnesses of children and adults.
    # One alternative for all endings: each "\\w+…" alternative rescans every word, so they are merged.
    # The endings form a prefix tree: "\\w+" backtracks through every word, trying them at each letter.
    r"\w+(?:"
    + trie_alternation(
        "itis pocken entzündung entzündungen infektion schmerzen grippe syndrom karzinom krank kranke krankes kranken "
        "kranker opathie opathy ämie algie algia plegie sklerose osis -op".split()
        + HEALTH_HEADS
    )
    + r")|\w{2,}(?<!k)opie|"
    r"windpocken|masern|mumps|röteln|scharlach|keuchhusten|norovirus|noro-?virus|magen-darm\w*|erkältung|erkältet|"
    r"grippe|influenza|bronchitis|lungenentzündung|gehirnerschütterung|chickenpox|measles|flu|pneumonia|"
    r"concussion|tonsillitis|mandelentzündung|"
    # A doctor's certificate or advice, medical terms by their ending ("Amblyopie", "Neuropathie"),
    # a glasses prescription in values ("−2,75 sph −0,50 cyl"), hearing aids in any spelling.
    r"ärztlich\w*|attest|krankmeldung|arbeitsunfähigkeitsbescheinigung|au-bescheinigung|sick\s+note|doctor'?s\s+note|"
    r"medical\s+certificate|(?:hat|has)\s+(?:ihr|sein|mein|my|her|his|unser|our)\s+(?:arzt|ärztin|doctor|gp)|"
    r"skoliose|osteoporose|"
    r"sph|cyl|dpt|hearing[\s-]+aids?|hearing[\s-]+aid[\s-]+\w+|hörgeräte\w*|kompressionsstrümpfe|compression\s+stockings|"
    # Pregnancy: "in der 30. SSW", "I'm due in March", "34 weeks pregnant".
    r"ssw|schwangerschaft\w*|entbindung\w*|geburtstermin|mutterpass|hebamme|mutterschutz|"
    r"(?:i'm|i\s+am|she's|she\s+is|we're|we\s+are)\s+due\s+(?:in|on|at|any)|(?:(?<=[.!?]\s)|(?<=\n))due\s+(?:in|on)\s+"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)|weeks\s+pregnant|expecting\s+(?:a\s+baby|twins)|"
    # Medication taken: common prescription drugs and drug classes ("I take warfarin", "nehme Marcumar").
    r"warfarin|marcumar|phenprocoumon|metformin|levothyrox\w*|l-thyroxin|thyroxin|ritalin|methylphenidat\w*|"
    r"sertralin\w*|citalopram|fluoxetin\w*|venlafaxin|lithium|cortison|kortison|prednisolon\w*|methotrexat\w*|"
    r"statine?|blood\s+thinners?|antibiotika|antibiotics?|chemotherap\w*|immunsuppress\w*|betablocker|beta\s+blockers?|"
    r"ace-hemmer|opioid\w*|morphin\w*|tilidin|pregabalin|gabapentin|"
    r"signed\s+off(?:\s+work)?\s+(?:sick|with)|off\s+sick|partially\s+sighted|visually\s+impaired|hearing\s+impaired|miscarriage|fehlgeburt|stillbirth|totgeburt|"
    r"(?:hat|habe|hast|has|have|leide\s+an|leidet\s+an)\s+ms|wurzelbehandlung|zahnbehandlung|"
    r"(?:meine[rn]?|seine[rn]?|ihre[rn]?|my|his|her)\s+ms|"
    r"mastectom\w*|mastektomie|hysterectom\w*|hysterektomie|appendectom\w*|"
    r"copd|sauerstoffgerät\w*|sauerstoffkonzentrator\w*|oxygen\s+concentrator|supplemental\s+oxygen|lungenfacharzt\w*|"
    r"pneumolog\w*|schnittwunde\w*|brandwunde\w*|genäht|stitches|"
    r"(?:nehme|nimmt|nehmen|take|takes|taking)\s+(?:\w+\s+){0,3}(?:die\s+pille|the\s+pill)|"
    r"nierenzentrum|dialysezentrum|dialysis\s+(?:unit|centre|center|sessions?)|aderlass|aderlässe|bloodletting|venesection|phlebotomy|anfälle|"
    r"(?:spritzt|spritze|spritzen|injiziert)\s+(?:\w+\s+){0,4}(?:\w+mal\s+(?:am|pro)\s+tag|täglich|insulin)|insulinpen\w*|"
    r"(?:i'm|i\s+am|she's|she\s+is)\s+\d{1,2}\s+weeks(?:\s+(?:now|along|pregnant|gone))?|baby\s+bump|my\s+bump|"
    r"the\s+bump\s+is|babybauch|maternity\s+leave|"
    r"hämochromatose|haemochromatosis|hemochromatosis|hämophilie|haemophilia|bluterkrankheit|"
    r"embryo\w*|ivf|icsi|insemination|samenspende\w*|spendersamen|kinderwunschklinik\w*|kinderwunschpraxis|"
    r"sperm\s+donor|donor\s+sperm|egg\s+freezing|eizellspende\w*|"
    r"(?:meine[rnm]?|seine[rnm]?|ihre[rnm]?|unsere[rnm]?)\s+anfälle|therapie(?:stunde|sitzung|termin|platz)\w*|"
    r"(?:bei|zur|zum|beim)\s+(?:der\s+|dem\s+|meiner\s+|meinem\s+)?(?:psycholog\w*|psychiater\w*|psychotherapeut\w*|"
    r"neurolog\w*|onkolog\w*)|dexcom|freestyle\s+libre|omnipod|minimed|glukosesensor\w*|kinderwunsch\w*|fertility\s+treatment|künstliche\s+befruchtung|"
    r"bypass|\d+\s+weeks\s+along|blutwäsche|waters\s+broke|fruchtblase|nicu|neonatal\w*|frühchen|premature|"
    r"preterm|\d+\s*wks|[+\-−]\d+[.,]\d{2}\s+(?:left|right|links|rechts)|merkzeichen\s+(?:b|g|ag|bl|gl|h|rf|tbl)|onkolog\w*|oncology|"
    r"atemtherapie\w*|atemaussetzer|(?:rechts|links|right|left)\s*:?\s*[+\-−]\d+[.,]\d{2}|"
    r"(?:verträgt|vertragen|verträgst)\s+(?:\w+\s+){0,3}keine?\w*\s+(?:laktose|gluten|milch\w*|nüsse|fruktose|histamin)|"
    r"(?:beim|vom|zum)\s+zahnarzt|zahnarzt(?:termin|rechnung|besuch)\w*|kieferorthopäd\w*|zahnspange|root\s+canal|"
    r"dentist|dpt|dioptrie\w*|schwerhörig\w*|hört\s+(?:sehr\s+)?schlecht|hard\s+of\s+hearing|"
    r"(?:vorsorgliche|geplante|anstehende|ambulante|nächste)[nr]?\s+operation|op-termin|"
    r"broke\s+(?:my|his|her|their)\s+(?:left\s+|right\s+)?(?:leg|arm|wrist|ankle|hip|foot|hand|collarbone|ribs?|nose)|"
    r"in\s+(?:a\s+)?plaster(?:\s+cast)?|discharge\s+letter|entlassbrief|entlassungsbericht|a&e|"
    r"dementia|alzheimer'?s|parkinson'?s|arthritis|diabetes|autism|autistic|crohn'?s|colitis|"
    r"bandscheibenvorfall|herzinfarkt|tumou?r|chemo\w*|krebs\w*|tumor\w*|diagnos\w*|thrombose|diabet\w*|asthma\w*|allergi\w*|allergisch|unverträglich\w*|"
    r"intoleran\w*|zöliakie|coeliac|celiac|laktose-?intoleran\w*|rollstuhl\w*|rollator|schwerbehindert\w*|behinderung|"
    r"behindert|pflegegrad|pflegestufe|pflegebedürftig|krankgeschrieben|krankschreibung|arbeitsunfähig\w*|"
    r"krankenhaus\w*|klinik(?:aufenthalt)?|operiert|op\b|(?:meine[rn]?|seine[rn]?|ihre[rn]?|nach\s+der|vor\s+der|my|an)\s+"
    r"operation(?!\s+(?:of|team|manager|costs?)\b)|bandscheibe\w*|depressi\w*|burn-?out|"
    r"schwanger\w*|pregnan\w*|medikament\w*|tabletten|insulin|rheuma\w*|arthrose|arthritis|herzinfarkt|"
    r"schlaganfall|epilep\w*|migräne|bluthochdruck|dialyse|dioptrien|sehstärke|brillenrezept|hörgerät\w*|"
    r"cpap|eingegipst|gipsbein|gipsarm|im\s+gips|(?:bein|arm|hand|fuß|hüfte|handgelenk|knöchel|rippe|schulter)\w*\s+"
    r"gebrochen|(?:sport|knie|kopf|rücken|schulter)verletzung|(?:mich|mir)\s+(?:\w+\s+)?verletzt|"
    r"reha\b|reha-?\w*|physiotherap\w*|psychotherap\w*|therapie|adhs|adhd|"
    r"autis\w*|demenz|alzheimer|parkinson|hiv|hepatitis|multiple\s+sklerose|multiple\s+sclerosis|krankheit|erkrankt|"
    r"erkrankung|krank|illness|ill|sick|disease|diagnosed|cancer|chemotherapy|surgery|hospital\w*|wheelchair|"
    r"disabled|disability|medication|prescription|allergy|allergic|diabetic|depression|anxiety|"
    r"injur\w*|broken\s+(?:leg|arm|wrist|ankle|hip)|gebrochen(?:e[nrs]?)?\s+(?:bein|arm|hand|fuß|hüfte)|"
    r"sick\s+leave|crutches|krücken|inkontinen\w*|incontinen\w*|stoma|prothese|prosthe\w*|hörsturz|tinnitus|"
    r"long\s+covid|covid|corona-?positiv|infekt\w*|infection|fieber|fever|entzündung|blind|gehörlos|taub|deaf|"
    r"sehbehindert|gelähmt|paralys\w*|amputi\w*|pflegeheim|nursing\s+home|hospiz|palliativ\w*|"
    r"psychiatr\w*|schizophren\w*|bipolar|essstörung|magersucht|bulimi\w*|suchterkrankung|alkoholabhängig\w*|"
    r"entzugsklinik|entgiftung|querschnitts?(?:gelähmt|lähmung)\w*|"
    r"symptom\w*|schmerzen|(?:chronic|back|neck|joint)\s+pain|in\s+pain|migraine|epilepsy|seizure\w*|stroke|"
    r"heart\s+attack|blood\s+pressure|"
    r"hearing\s+aid|glasses\s+prescription|contact\s+lens\s+prescription|pflegedienst|pflegekasse|kur\b|"
    r"nierensteine|gallensteine|morbus\s+\w+|neurodermitis|schuppenflechte|psoriasis|eczema|ekzem|"
    r"laktoseintoleranz|glutenunverträglichkeit|nussallergie|nut\s+allergy|peanut\s+allergy|erdnussallergie|"
    r"vegan\s+aus\s+gesundheitlichen|in\s+(?:ärztlicher\s+)?behandlung|ärztliche\w*\s+behandlung|"
    r"(?:under|in|medical|cancer)\s+treatment|arzt\s+hat|"
    r"doctor\s+(?:said|told|has)|sauerstoffgerät|beatmung|insulinpumpe|blutzucker|blood\s+sugar|"
    r"gehbehindert\w*|hörbehindert\w*|vertrage\s+kein\w*|herzschrittmacher|herzprobleme|herzerkrankung|herzfehler|"
    r"kurzsichtig|weitsichtig|brillenstärke|verschrieben|verordnet|gdb|blutverdünner|antidepress\w*|schlafapnoe|"
    r"inhalator|inhaler|epipen|impaired|mental\s+health|panikattacke\w*|panic\s+attack\w*|therapy|therapist|physio|"
    r"(?:knee|hip)\s+replacement|recovering\s+from|hospitali[sz]ed|prescribed|"
    # Round 12: a general lexicon (lexicon.py): conditions, drugs, aids, stays; stems open compounds.
     + "|".join(HEALTH_WORDS) + "|" + "|".join(stem + r"[\w-]*" for stem in HEALTH_STEMS)
)
_ANIMAL = re.compile(
    r"(?i)\b(?:katzen?|kater[ns]?|hund(?:e[ns]?|s)?|welpen?|dog'?s?|cats?|pferde?[ns]?|horses?|puppy|puppies|kitten|"
    r"tierarzt\w*|vet|haustier\w*|pets?|rasse|breed|shepherd|schäferhund\w*|retriever|terrier|labrador|pudel|dackel|"
    r"spaniel|collie|husky|bulldog\w*|beagle|doodle|chihuahua|mops|pinscher|schnauzer|corgi|dobermann|rottweiler|"
    r"entwurmung\w*|wurmkur)\b"
)
_HEALTH_EXCLUDE = re.compile(
    r"(?i)\b(?:krankenversicherung\w*|krankenkasse\w*|health\s+insurance|health\s+(?:plan|cover)|tarif\w*|"
    r"versichertennummer|"
    r"fitness\w*|abnehmen|kochbuch|katze|kater|hund|dog|cat|pferd|horse|tierarzt|vet|wellensittich|vogel|vögel|"
    r"kaninchen|hamster|meerschweinchen|haustier\w*|pet|bird|rabbit|parrot|puppy|kitten)\b"
)
# Denominations a person says they belong to: "we're Quakers", "I'm a Methodist".
_DENOMINATION = (
    r"(?:we're|we\s+are|i'm|i\s+am|as\s+an?|wir\s+sind|ich\s+bin|als)\s+(?:an?\s+|eine?\s+)?(?:practising\s+|devout\s+)?"
    r"(?:quakers?|mennonit\w*|mennonites?|amish|baptist\w*|methodist\w*|anglicans?|lutheran\w*|lutheraner\w*|"
    r"adventist\w*|pentecostals?|pfingstler\w*|evangelicals?|unitarians?|presbyterians?|episcopalians?|jains?|"
    r"zoroastrians?|rastafarians?|humanists?|humanist(?:in)?|wiccans?|pagans?)"
)
_RELIGION = (
    r"mass|messe|sonntagsmesse|kirchensteuer\w*|kirchenaustritt|aus\s+der\s+(?:\w+\s+)?kirche\s+aus(?:getreten|treten|zutreten)|church\s+choir|in\s+die\s+\w+\s+kirche\s+eingetreten|"
    r"kirche\s+eingetreten|kirche\s+ausgetreten|kirchenmitglied\w*|evangelisch\w*|katholisch\w*|muslim\w*|moslem\w*|"
    r"islamisch\w*|jüdisch\w*|jude|jüdin|christ|christin|buddhist\w*|hindu\w*|sikh\w*|atheist\w*|konfessionslos|"
    r"kirchenchor|gemeindemitglied|moschee|synagoge|gottesdienst\w*|ramadan|fastenmonat|beten|gebet(?!en\b)\w*|"
    r"schabbat\w*|shabbos|jumu'?ah|jummah|masjid|kist|schiit\w*|shia|shiite|sunnit\w*|muharram|quaker\w*|"
    r"konfirmation|konfirmiert|gefirmt|kommunion|firmung|bar\s+mitzwa|bat\s+mitzwa|bar\s+mitzvah|taufe|getauft|taufen|christening|"
    r"baptism|baptised|baptized|zeugen\s+jehovas|"
    # "Religion" alone is a filter or a topic ("hab nur Religion und Sprache gefunden"); a person's is a belief.
    r"(?:choir|chor)\s+(?:at|of|in|an|von)\s+(?:st\.?|saint|sankt)|gezahlte[n]?\s+kirchensteuer|parish\s+choir|"
    r"gospel\s+choir|pfarrchor\w*|"
    r"pilger\w*\s+nach\s+(?:mekka|medina|lourdes|fatima)|pilgrimage\s+to\s+(?:mecca|makkah|medina|lourdes|fatima)|"
    r"(?:are|is|am|sind|ist|bin|'re|'m)\s+(?:both\s+|beide\s+|strict\s+|strenge\s+)?(?:jains?|zoroastrians?|parsis?|rastafarians?)|"
    r"observant\s+(?:jewish|jews?|muslims?|catholics?|orthodox|hindus?|sikhs?|christians?)|mezuzah|mesusa|"
    r"(?:we're|we\s+are|wir\s+sind)\s+(?:an?\s+|eine\s+)?(?:\w+\s+)?(?:[\w]+-)?(?:jewish|muslim|catholic|christian|hindu|sikh|"
    r"jüdische|muslimische|katholische|christliche|evangelische|alevitische|jesidische|yazidi|alevi)\s+"
    r"(?:family|familie|household|haushalt)|aus\s+religiösen\s+gründen|for\s+religious\s+reasons|"
    r"syrisch-orthodox\w*|parishioner\w*|pfarrangehörig\w*|meeting\s+for\s+worship|" + _DENOMINATION + r"|"
    r"(?:sonntags|familien|fest|abend|früh)gottesdienst\w*|austrittsbescheinigung|kirchensteuer-\w+|kirchenbeitrag\w*|"
    r"weihnachten\s+(?:erst\s+)?am\s+[67]\.\s+januar|christmas\s+on\s+(?:the\s+)?[67](?:th)?\s+(?:of\s+)?january|"
    r"orthodoxe[sn]?\s+weihnacht\w*|orthodox\s+christmas|break\s+(?:my|our|the)\s+fast|"
    r"eating\s+or\s+drinking\s+(?:during|in)\s+(?:daylight|the\s+day)|kurban\s+bayram\w*|şeker\s+bayram\w*|"
    r"ramazan\s+bayram\w*|(?:milchiges|fleischiges)\s+geschirr|milchig\w*\s+und\s+(?:\w+\s+){0,3}fleischig\w*|"
    r"separate\s+(?:\w+\s+)?(?:for|für)\s+meat\s+and\s+dairy|"
    r"mormon\w*|religious|(?:my|our|his|her|meine[rmn]?|unsere[rmn]?|seine[rmn]?|ihre[rmn]?)\s+religion|religiös|"
    r"gläubig\w*|church|mosque|synagogue|temple|catholic|"
    r"protestant|a\s+christian|christian\s+faith|christlich\w*|jewish|muslim|islam|buddhis\w*|practising|practicing|"
    r"praying|kosher|halal|koscher|"
    r"church\s+tax|convert\w*\s+to|konvertiert|orthodox\w*|freikirch\w*|pastor|pfarrer|imam|rabbi|"
    + "|".join(RELIGION_EXTRA)
)
_SELF = r"\b(?:ich|wir|i|we|my|mein\w*|unser\w*|our)\b"
_PRACTICE = (
    r"\b(?:bin|sind|am|are|'m|zahle|zahlen|pay|gezahlt|bezahlt|paid|entrichtet|eingetreten|ausgetreten|konvertiert|converted|practi[cs]ing|gläubig|"
    r"faste|fasten|fast|singe|sing|beten|pray|besuche|attend|member|mitglied|lebe|lebt|live|eat|esse|essen|"
    r"don't\s+eat|esse\s+kein)\b"
)
# Either order: "ich zahle Kirchensteuer" and "... zahle ich Kirchensteuer".
_RELIGION_STRONG = re.compile(
    r"(?i)" + _SELF + r"[^.!?\n]{0,60}" + _PRACTICE + r"|" + _PRACTICE + r"[^.!?\n]{0,60}" + _SELF
)
# Religious rites and practice reveal a belief on their own once a person is referred to.
_RELIGION_ALONE = re.compile(
    r"\b(?:going\s+to\s+mass|go\s+to\s+mass|to\s+mass\s+(?:again|on|every)|attend\w*\s+mass|zur\s+messe|"
    r"in\s+die\s+messe|heilige\s+messe|sonntagsmesse|konfirmation|kommunion|firmung|taufe|getauft|taufen|christening|baptism|baptised|baptized|bar\s+mitzwa|bat\s+mitzwa|bar\s+mitzvah|kirchenchor|"
    r"church\s+choir|gottesdienst\w*|kirchenaustritt|mezuzah|mesusa|parishioner\w*|pfarrangehörig\w*|"
    r"zeugin\s+jehovas|"
    r"parish\s+choir|gospel\s+choir|pfarrchor\w*|"
    r"(?:sonntags|familien|fest|abend|früh)gottesdienst\w*|austrittsbescheinigung|kirchenbeitrag\w*|"
    r"kirchensteuer-(?:nachzahlung|erstattung|vorauszahlung|abzug)\w*|(?:kist|kirchensteuer)\s+(?:ein|einbehalten|abgezogen|abgeführt)|weihnachten\s+(?:erst\s+)?am\s+[67]\.\s+januar|"
    r"christmas\s+on\s+(?:the\s+)?[67](?:th)?\s+(?:of\s+)?january|orthodoxe[sn]?\s+weihnacht\w*|orthodox\s+christmas|"
    r"break\s+(?:my|our|the)\s+fast|eating\s+or\s+drinking\s+(?:during|in)\s+(?:daylight|the\s+day)|"
    r"kurban\s+bayram\w*|şeker\s+bayram\w*|ramazan\s+bayram\w*|"
    r"(?:milchiges|fleischiges)\s+geschirr|milchig\w*\s+und\s+(?:\w+\s+){0,3}fleischig\w*|"
    r"separate\s+(?:\w+\s+)?(?:for|für)\s+meat\s+and\s+dairy|"
    r"meeting\s+for\s+worship|" + _DENOMINATION + r"|"
    r"observant\s+(?:jewish|jews?|muslims?|catholics?|orthodox|hindus?|sikhs?|christians?)|"
    r"(?:we're|we\s+are|wir\s+sind)\s+(?:an?\s+|eine\s+)?(?:\w+\s+)?(?:[\w]+-)?(?:jewish|muslim|catholic|christian|hindu|sikh|"
    r"jüdische|muslimische|katholische|christliche|evangelische|alevitische|jesidische|yazidi|alevi)\s+"
    r"(?:family|familie|household|haushalt)|aus\s+religiösen\s+gründen|for\s+religious\s+reasons|"
    r"(?:in\s+die|zur)\s+syrisch-orthodoxe\w*\s+kirche|(?:choir|chor)\s+(?:at|of|in|an|von)\s+(?:st\.?|saint|sankt)|"
    r"gezahlte[n]?\s+kirchensteuer|kirchensteuer\s+(?:bezahlt|gezahlt|abgeführt|einbehalten)|"
    r"pilger\w*\s+nach\s+(?:mekka|medina|lourdes|fatima)|pilgrimage\s+to\s+(?:mecca|makkah|medina|lourdes|fatima)|"
    r"(?:are|is|am|sind|ist|bin|'re|'m)\s+(?:both\s+|beide\s+|strict\s+|strenge\s+)?(?:jains?|zoroastrians?|parsis?|rastafarians?)|ramadan|fastenmonat|meine\s+kirchensteuer|my\s+church\s+tax|"
    r"zeugen?\s+jehovas|konvertiert|converted\s+to|konfirmiert|gefirmt|"
    r"(?:go|goes|went|going)\s+to\s+(?:church|mosque|synagogue|temple|the\s+gurdwara)|"
    + "|".join(RELIGION_EXTRA)
    + r")(?![\w-])"
)
# "Als Muslima trage ich ...", "as a Catholic I ...": a stated belief.
_RELIGION_AS = re.compile(
    r"\b(?:als|as\s+an?)\s+(?:gläubige[rn]?\s+|practi[cs]ing\s+|devout\s+)?(?:muslim\w*|moslem\w*|jüd\w*|jude|"
    r"christ\w*|katholik\w*|protestant\w*|buddhist\w*|hindu\w*|sikh\w*|atheist\w*|jew|catholic|orthodox\w*|"
    r"evangelische[rn]?|katholische[rn]?|zeuge\s+jehovas|mormon\w*|alevit\w*|jesid\w*|schiitische[rn]?|"
    r"friend\s+\(quaker\)|quaker|shia|sunni)"
)
_ETHNIC = (
    r"ladiner\w*|spätaussiedler\w*|krimtatar\w*|crimean\s+tatars?|burgenlandkroat\w*|kärntner\s+slowen\w*|kärntnerslowen\w*|"
    r"moko\s+kauae|t[aā]\s+moko|travell?ers?'?\s+site|halting\s+site|"
    r"(?:gehöre|gehören|gehört)\s+zur\s+(?:\w+\s+)?(?:volksgruppe|minderheit)|"
    r"kurd(?:e|en|in|innen|isch\w*)|kurdish|sorb(?:e|en|in|innen|isch\w*)|sorbian|(?:als|ich\s+bin|wir\s+sind|i'm|i\s+am|as|we\s+are)\s+"
    r"(?:eine?\s+|an?\s+)?(?:\w+\s+)?(?:roma|romni|romnja|sinto|sintiza|traveller|gypsy)|sinto|"
    r"travell?(?:ing|er)\s+community|irish\s+travell?ers?|pavee|ashkenazi\w*|sephard\w*|mizrahi|"
    r"(?:ich\s+bin|wir\s+sind|als)\s+(?:eine?\s+)?(?:nord|ost|saterland)?fries(?:e|in|en)\b|"
    r"(?:roma|sinti|traveller|jenische)[\s-]?(?:familie|family|community|gemeinschaft)|"
    r"(?:wir|we)\s+(?:\w+\s+){0,2}(?:roma|sinti|jenische|black|schwarz)\s+(?:sind|are)|(?:we're|we\s+are)\s+black|"
    r"ashanti|akan|fulani|kikuyu|maasai|aschkenas\w*|(?:gehöre|gehören)\s+zur\s+\w+\s+(?:volksgruppe|minderheit)|sint(?:e|i)z+a|banater\s+schwäb\w*|donauschwab\w*|"
    r"siebenbürger\s+sachse\w*|russlanddeutsch\w*|(?:dänische[nr]?|sorbische[nr]?|friesische[nr]?|nationale[nr]?)\s+"
    r"minderheit|danish\s+minority|"
    r"black\s+(?:african|caribbean)|white\s+(?:british|irish)\s+traveller|mixed[\s-](?:race|heritage)|māori|"
    r"ngāti\s+\w+|ngati\s+\w+|"
    r"(?:i'm|i\s+am|ich\s+bin|we\s+are|wir\s+sind|als)\s+(?:eine?\s+|an?\s+)?(?:sámi|sami|saami|samin|inuit|māori|"
    r"aborigine|rohingya|uigur\w*|uyghur|hmong|hazara)|"
    r"(?:black|schwarze)\s+(?:family|familie|kinder|children|mum|mother|mutter|vater|father|kundin|kunde|customer|"
    r"person|woman|frau|mann|man)|(?:dass\s+ich|i'm|i\s+am|ich\s+bin)\s+(?:eine?\s+)?(?:romni|romnja|rom)\b|"
    r"roma\s+(?:woman|man|family|community)|(?:familie|family|eltern|parents|mutter|vater|mother|father|wir|we)\s+"
    r"(?:\w+\s+)?(?:ist|sind|is|are|waren|were)\s+(?:auch\s+)?(?:roma|sinti|jenische|romani|travell?ers)|"
    r"(?:familie|eltern|mutter|vater|wir|ich|er|sie)\s+(?:\w+\s+)?(?:roma|sinti|jenische[rn]?|romni|rom)\s+"
    r"(?:ist|sind|war|waren|bin)|sinti|sinteza|romani|jenische[rn]?|"
    r"(?:i'm|i\s+am|we\s+are|as\s+a)\s+black|people\s+of\s+colou?r|person\s+of\s+colou?r|"
    r"(?:kurdisch|sorbisch|jesidisch|aramäisch|assyrisch|aschkenasisch|sephardisch)-\w+|wolgadeutsch\w*|"
    r"sudetendeutsch\w*|(?:er|sie|ich|papa|vater|mutter|mann|frau)\s+(?:ist|bin)\s+(?:ein\s+|eine\s+)?schwarze[rn]?"
    r"(?=\s*(?:[,.!)]|und|$))|"
    r"(?:i'm|i\s+am|we're|we\s+are|as\s+an?|she's|he's|she\s+is|he\s+is)\s+(?:a\s+|an\s+)?(?:proud\s+)?(?:latina|latino|"
    r"latinx|hispanic|chicana|chicano|south\s+asian|east\s+asian|mixed[\s-]race|biracial|indigenous|"
    r"native\s+american|first\s+nations|aboriginal|métis|wiradjuri|yolngu|noongar|koori|murri)|"
    r"(?:wir\s+sind|we're|we\s+are)\s+(?:eine?\s+|an?\s+)?(?:(?:kurdisch|jesidisch|aramäisch|assyrisch|armenisch|"
    r"tscherkessisch|sorbisch|tamilisch|uigurisch)(?:e|-\w+)|roma-?|sinti-?|kurdish|yazidi|aramean|assyrian|armenian|"
    r"tamil|romani)\w*\s+(?:familie|family|gemeinde|community)|"
    r"jesid\w*|yazidi|êzîdî|tamil\w*|uigur\w*|uyghur|tatar\w*|berber\w*|amazigh|aborigin\w*|maori|"
    r"afro-?deutsch\w*|afro-?american|schwarze[rn]?\s+(?:frau|mann|mensch)|black\s+(?:woman|man|person|british)|"
    r"ethni\w*|volkszugehörigkeit|abstammung|(?:meine[rn]?|seine[rn]?|ihre[rn]?|unsere[rn]?|ethnische[rn]?)\s+herkunft|"
    r"of\s+\w+\s+(?:origin|descent|heritage)|dänische\s+minderheit|"
    r"friesin|friese|aramäer\w*|assyr\w*|armenier\w*|tscherkess\w*|tschetschen\w*|zigeuner|irish\s+traveller|"
    r"pashtun|paschtun\w*|hazara|tutsi|hutu|igbo|yoruba|rohingya|"
    # Hyphenated identities: "I'm British Pakistani", "Black British", "türkeistämmig"
    r"british[\s-](?:pakistani|indian|bangladeshi|asian|african|caribbean|chinese|arab|somali|nigerian)|"
    r"(?:black|asian)\s+british|\w+stämmig\w*"
)
_ETHNIC_EXCLUDE = re.compile(
    r"(?i)\b(?:staatsangehörigkeit|nationality|citizenship|komme\s+aus|come\s+from|sprache|language)\b"
)
_POLITICAL = (
    r"partei\w*|parteimitglied\w*|spd|cdu|csu|fdp|afd|die\s+grünen(?!\s+(?:damen|herren))|bei\s+den\s+grünen(?!\s+(?:damen|herren))|bündnis\s*90|die\s+linke|bsw|"
    r"övp|fpö|neos|labour\s+(?:party|member)|vote\s+labour|tory|tories|conservative\s+party|lib\s?dems?|"
    r"green\s+party|(?:labour|tory|conservative|lib\s?dem|green|snp|reform|independent)\s+(?:party\s+)?"
    r"(?:member|councillor|candidate|activist|supporter|mp)|councillor|ortsverband|kreisverband|ortsverein|"
    r"parteibuch|(?:bundestags|landtags|kommunal|europa|bürgerschafts|oberbürgermeister|bürgermeister|"
    r"präsidentschafts|gemeinderats|stadtrats)?wahlkampf\w*|(?:auf|zur|zu)\s+(?:der\s+|die\s+|den\s+|eine[rn]?\s+)?demos?|demos?\s+(?:gegen|für)|"
    # a seat or a candidacy, not the council as an authority ("der Stadtrat hat die Gebühren erhöht")
    r"kandidiert|(?:im|in\s+den|ins|zum|als|für\s+den)\s+(?:stadtrat|gemeinderat|kreistag|landtag|ortsbeirat)\w*|"
    r"(?:stadtrat|gemeinderat|kreistag|landtag)s?(?:mitglied|kandidat|fraktion|sitz)\w*|"
    r"demonstration(?:en)?\s+(?:gegen|für)|klimademo\w*|kundgebung\w*|protestmarsch|protest\s+(?:march|gegen)|"
    r"march\s+against|rally\s+(?:against|for)|campaigning|election\s+campaign|canvass\w*|fridays\s+for\s+future|"
    r"letzte\s+generation|extinction\s+rebellion|kandidiere|"
    # "politisch" alone is a complaint ("politisch nicht in Ordnung"); activity or a stance is an opinion.
    r"politisch\s+(?:aktiv|engagiert|tätig|verfolgt\w*|links|rechts|konservativ|liberal)|"
    r"politische[nrs]?\s+(?:überzeugung\w*|meinung|einstellung|engagement|arbeit|verfolgung|heimat|gründe\w*)|"
    r"political(?:ly)?\s+(?:active|activist|beliefs?|views|opinions?|refugee|asylum|persecut\w*|campaign\w*|"
    r"party|parties|affiliation)|"
    r"(?:labour|tory|conservative|lib\s?dem|green|snp|reform|spd|cdu|csu|fdp|afd|grünen|linke|bsw)\s+"
    r"(?:campaign\w*|wahlkampf\w*|canvass\w*|leaflets?|flyers?|stand|infostand|ortsverein|ortsverband)|"
    r"volunteer\w*\s+for\s+(?:the\s+)?(?:labour|tory|conservative|lib\s?dems?|greens?|snp|reform)|"
    r"anti-\w+\s+(?:demo\w*|protest\w*|march|rally|kundgebung)|"
    r"(?:at|to|attended|joined|on)\s+(?:the|a|an)\s+(?!(?:end|beginning|middle|start)\s+of)(?:[\w-]+\s+){0,2}"
    r"(?:demonstration|protest|(?<!in\s)(?<!of\s)march|rally)|"
    r"kandidatur|(?:ober)?(?:bürgermeister|landtags|bundestags|europawahl|kreistags|stadtrats|gemeinderats|direkt)"
    r"(?:kandidat\w*|kandidatur\w*)|running\s+for\s+(?:council|office|mayor)|wahlkampfhelfer\w*|flugblätter|bürgerinitiative|aktivist\w*|"
    r"activis\w*|petition|spende\s+an\s+die|donat\w*\s+to\s+the|sozialist\w*|kommunist\w*|socialist|communist|"
    r"antifa|pegida|gegen\s+rechts|wahlplakat\w*|wahlstand|infostand|abgeordnet\w*|"
    r"(?:democratic|republican|labour|conservative|green)\s+(?:\w+\s+)?(?:committee|caucus|club|association)|"
    r"yard\s+signs?|primary\s+(?:election|campaign)|für\s+die\s+demo|phone\s*banks?|phonebanking|"
    r"standing\s+as\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}candidate|liberal\s+democrat\w*|"
    r"(?:spd|cdu|csu|fdp|afd|grünen|linken|bsw)-\w+|"
    r"(?:climate\s+)?blockade|sitzblockade|klimablockade|xr\s+(?:climate|blockade|protest|action|demo)\w*|antifa-\w+|kampagne\s+gegen|campaign\s+against|"
    r"(?:donation|spende|gift|beitrag)\w*\s+(?:of\s+\S+\s+)?(?:to|an)\s+(?:the\s+|die\s+)?(?:scottish\s+greens|greens|"
    r"grünen|labour|snp|spd|cdu|csu|fdp|linke|afd|plaid\s+cymru|reform\s+uk|tories|conservatives|lib\s?dems)|"
    r"reform\s+uk|plaid\s+cymru|sinn\s+f[eé]in|fianna\s+f[aá]il|fine\s+gael|sozis|plakate\s+für\s+die|jusos|junge\s+union|grüne\s+jugend|junge\s+liberale|julis|"
    r"linksjugend|junge\s+alternative|juso-\w+|ostermarsch\w*|ostermärsche\w*|friedensbewegung|friedensdemo\w*|"
    r"(?:anti-?atom|umwelt|klima|frauen|bürgerrechts)bewegung|campaigned\s+(?:for|against)|"
    r"(?:i'm|i\s+am|als)\s+(?:a\s+|an\s+|überzeugte[rn]?\s+)?(?:lifelong\s+|staunch\s+|committed\s+|convinced\s+)?"
    r"(?:republican|monarchist|socialist|communist|anarchist|pazifist\w*|pacifist|sozialdemokrat\w*|social\s+democrat)|"
    r"(?:sit|sits|seat)\s+on\s+(?:[\w'’]+\s+)?(?:city|town|county|cantonal|regional)\s+(?:parliament|council)|"
    r"(?:im|in\s+den|ins)\s+(?:kantonsrat|grossrat|grossen\s+rat|stadtparlament|einwohnerrat|landrat|gemeindeparlament)|"
    r"green\s+liberals|grünliberale\w*|juso\s+\w+|"
    r"labour\s+(?:fringe|branch|ward|group|conference)|organi[sz]ers?\s+of\s+(?:the|our)\s+(?:[\w-]+\s+){0,4}"
    r"(?:march|protest|rally|demo\w*)|(?:our|unsere[nrm]?)\s+(?:[\w-]+\s+){1,4}(?:march|protest|rally|demo|kundgebung|"
    r"mahnwache)\s+(?:on|against|for|through|tomorrow|this|next|am|gegen|für)|(?:our|my|unsere[rnm]?|meine[rnm]?)\s+(?:campaign|protest|action|"
    r"pressure)\s+group|marching\s+(?:to|on|against|through)|(?:an|for|to)\s+volt\b|volt-\w+|"
    r"young\s+(?:labour|conservatives|greens|liberals)|" + "|".join(POLITICAL_EXTRA)
)
_POLITICAL_EXCLUDE = re.compile(
    r"(?i)\bvertragspartei\w*|\b(?:betriebsrat|personalrat|aufsichtsrat|elternbeirat|mieterbeirat)s?wahl\w*|"
    r"\bworks\s+council|\bparteien\s+des\s+vertrags|\bthird\s+part(?:y|ies)\b|\bdrittpartei"
    # "die Mietparteien im Haus", "die Partei, mit der wir den Vertrag haben": parties of a contract or a house.
    r"|\b(?:miet|gegen|prozess)partei|\bpartei\w*,?\s+mit\s+der\w*\s+(?:wir|ich)\b[^.!?\n]{0,30}\bvertrag"
)
_UNION = (
    r"gewerkschaft\w*|(?:gew|ig[\s-]metall|ig[\s-]bce|ig[\s-]bau|ver\.di|verdi|ngg|evg|gdp|gdl|dgb)"
    r"(?:-(?:mitglied|beitrag|mitgliedschaft|vertrauens|ortsgruppe|bezirk|betriebsgruppe|ausweis|geschäftsstelle|"
    r"vorstand|ortsvorstand|delegiert|kreisverband|jugend|senior|rechtsschutz)\w*)?|"
    # a union by its full or short name: "IG Bauen-Agrar-Umwelt", "IGM-Ausweis", "Industriegewerkschaft"
    r"igm(?:-\w+)?|(?:industrie|dienstleistungs|lehrer|polizei|eisenbahn|verkehrs|bildungs|journalisten|ärzte|pflege|"
    r"beamten|bahn|lokführer|piloten|flugbegleiter|erzieher)gewerkschaft\w*|ig\s+bauen-agrar-umwelt|vereinte\s+dienstleistungsgewerkschaft|"
    # a union's membership number ("GEW-7729014"), a union by name with a role, paying a union
    r"(?:gew|verdi|igm|unite|unison|gmb|siptu|neu)-?\d{4,}|"
    r"(?:unite|unison|gmb|rmt|usdaw|siptu|fórsa|forsa|inmo|ucu|eis|nuj|bectu|aslef|tssa|fbu|pda|cwu|pcs|nasuwt)\s+"
    r"(?:workplace\s+)?(?:member|rep|representative|steward|organiser|organizer)\w*|"
    r"(?:direct\s+debit|lastschrift|beitrag|subs|subscription|dues)\s+(?:to|an|für|for)\s+(?:the\s+|die\s+)?"
    r"(?:unison|unite|gmb|verdi|ver\.di|ig\s*metall|gew|union|gewerkschaft)|"
    r"pro-ge|gpa-djp|younion|göd|ögb|unia|vpod|syna|(?:vida|gpa|sev)[\s-](?:mitglied\w*|member\w*|jugend|logo)|"
    r"union\s+youth|gewerkschaftsjugend|(?:pro-ge|ig\s+metall|verdi|ver\.di|vida|gpa|younion|unia)[\s-]jugend|"
    r"marburger\s+bund|komba|dbb|trade\s+union|union\s+member\w*|member\s+of\s+(?:the\s+)?\w*\s*union|"
    r"(?:member\s+of|join(?:ed)?)\s+(?:the\s+)?(?:unite|unison|gmb|rmt|usdaw|neu|nasuwt|cwu|pcs|bma|rcn)|(?:unite|unison|gmb|rmt|usdaw)\s+(?:member|rep)\w*|"
    r"(?:i'm|i\s+am|we're|we\s+are)\s+in\s+(?:the\s+)?(?:unite|unison|gmb|rmt|usdaw|a\s+union|union)|"
    r"(?:stay|remain|staying|remaining)\s+in\s+(?:unite|unison|gmb|rmt|usdaw|the\s+union)|"
    r"(?:moved|switched|changed|gewechselt)\s+(?:from|von)\s+(?:the\s+|der\s+)?(?:unison|unite|gmb|rmt|usdaw|neu|nasuwt|"
    r"ver\.di|verdi|ig\s+metall|gew)|(?:unison|unite|gmb|rmt|usdaw|nasuwt|cwu|pcs|ucu|siptu)\s+(?:direct\s+debit|"
    r"standing\s+order|membership)|(?:dauerauftrag|lastschrift|direct\s+debit|standing\s+order)\s+(?:an|für|to|for)\s+"
    r"(?:die\s+|den\s+|the\s+)?(?:ig[\s-](?:bce|metall|bau)|ver\.di|verdi|gew|ngg|evg|gdl|gdp|unison|unite|gmb|rmt|usdaw|"
    r"gewerkschaft|union)|"
    r"union\s+(?:dues|subscription|fees)|gewerkschaftsbeitr\w*|teamsters|afl-cio|shop\s+steward|vertrauensmann|vertrauensfrau|vertrauensleute|"
    r"tarifkommission|streikgeld|strike\s+pay|join\s+the\s+union|gewerkschaft\s+beitreten|streikposten|"
    r"streikleitung|picket\s+line|"
    r"(?:nasuwt|neu|unison|unite|gmb|rcn|rmt|bma|usdaw|cwu|pcs|ucu|verdi|ver\.di|ig\s*metall|gew|evg|gdl|siptu)\s+(?:subs|subscription|dues|beitrag)|(?:through|via|über|switched\s+to)\s+(?:the\s+|die\s+|den\s+)?(?:nasuwt|neu|unison|unite|gmb|rcn|rmt|bma|usdaw|cwu|pcs|ucu|verdi|ver\.di|ig\s*metall|gew|evg|gdl|siptu)\b|"
    r"(?:rep|steward|representative|delegate|organiser|organizer|secretary|treasurer|chair\w*)\s+(?:for|of)\s+(?:the\s+|my\s+|our\s+)?(?:nasuwt|neu|unison|unite|gmb|rcn|rmt|bma|usdaw|cwu|pcs|ucu|verdi|ver\.di|ig\s*metall|gew|evg|gdl|siptu)\b|"
    r"an?\s+(?:bfawu|nuj|equity|prospect|aslef|tssa|fbu|ucu|eis|unite|unison|gmb|rmt|gew|verdi)\s+member|"
    r"(?:ich\s+war|ich\s+bin|i\s+was|wir\s+waren)\s+(?:\w+\s+){0,4}(?:im|in\s+the|on)\s+(?:warn)?stre(?:ik|ike)|"
    r"(?:neu|nasuwt|unison|gmb|unite|rmt|usdaw|verdi|ver\.di|gew|ig\s+metall|ig\s+bce)\s+(?:annual\s+)?"
    r"(?:conference|congress|kongress|delegate\w*|branch|district|region|ortsgruppe|bezirk)|" + "|".join(UNION_EXTRA)
)
_SEXUAL = (
    r"schwul\w*|lesbisch\w*|lesbe|bisexuell\w*|homosexuell\w*|queer|gay|lesbian|bisexual|homosexual|"
    r"gleichgeschlechtlich\w*|same-sex|regenbogenfamilie|coming-?out|pansexuell|asexuell|"
    r"(?:we're|we\s+are|wir\s+sind|are|sind)\s+(?:both|beide)\s+(?:women|men|frauen|männer)|"
    r"sexual\w*\s+orientation|sexuelle\s+orientierung|sexleben|sex\s+life|polyamor\w*|swinger\w*|"
    # Two parents of one sex, and short self-descriptions: "wir sind zwei Väter", "I'm bi".
    r"(?:uns|wir)\s+beiden?\s+(?:jungs|männer|mädels)|beides\s+(?:jungs|männer|frauen|mädels)|"
    r"both\s+(?:brides|grooms)|beide\s+(?:bräute|bräutigame)|(?:vater|mutter|mama|papa)\s+und\s+(?:vater|mutter|mama|papa)|"
    r"(?:dad|mum|mom)\s+and\s+(?:dad|mum|mom)|männerpaar|frauenpaar|lesbenpaar|schwulenpaar|gay\s+couple|"
    r"lesbian\s+couple|same-sex\s+couple|eingetragene[nr]?\s+lebenspartnerschaft|lebenspartnerschaftsgesetz|bi\s+(?:woman|man|guy|girl|frau|mann|person)|bi-(?:frau|mann)|(?:as|als|for\s+us\s+as)\s+(?:two|zwei)\s+(?:women|men|frauen|männer)|"
    r"(?:verhältnis|beziehung|relationship)\s*:\s*(?:ehefrauen|ehemänner|wives|husbands)|🤵\s*🤵|👰\s*👰|👨‍❤️‍👨|👩‍❤️‍👩|"
    r"(?:verhältnis|beziehung)\s+zur\s+\w+in\s*:?\s*(?:ehefrau|lebenspartnerin)|"
    r"(?:verhältnis|beziehung)\s+zum\s+\w+(?<!in)\s*:?\s*(?:ehemann|lebenspartner)|braut\s+nr\.?\s*[12]|bride\s+(?:#|no\.?\s*)?[12]|"
    r"(?:girlfriend|freundin|boyfriend|freund|partner\w*)[^.!?]{0,60}(?:i'm|i\s+am|ich\s+bin)\s+(?:also\s+|auch\s+)?"
    r"(?:an?\s+|eine?\s+)?(?:girl|woman|guy|man|frau|mann|mädchen)\s+(?:too|auch)|(?:wir\s+sind|we\s+are|we're)\s+(?:zwei|two)\s+"
    r"(?:männer|frauen|men|women|guys)|zwei\s+(?:väter|mütter|papas|mamas|bräute|bräutigame)|two\s+(?:dads|mums|moms|fathers|mothers|brides|grooms)|"
    r"(?:i'm|i\s+am|ich\s+bin)\s+(?:a\s+|ein\s+|eine\s+)?(?:bi|pan|bisexual|pansexual|asexual)"
    r"(?:\s+(?:guy|man|woman|girl|person|bloke|dude|typ|mann|frau))?|"
    # Dating profiles: "a woman seeking women", "Mann sucht Mann"
    r"(?:woman|women)\s+(?:seeking|looking\s+for|who\s+(?:date|like)s?)\s+women|"
    r"(?:man|men)\s+(?:seeking|looking\s+for|who\s+(?:date|like)s?)\s+men|"
    r"frau(?:en)?\s+(?:sucht|suchen|die\s+frauen\s+(?:sucht|suchen|liebt|lieben))\s+frau(?:en)?|"
    r"m(?:ann|änner)\s+(?:sucht|suchen)\s+m(?:ann|änner)"
)
_GENETIC = (
    r"dna|dna-\w+|apoe\w*|vaterschaftstest\w*|abstammungstest\w*|paternity\s+test\w*|gentest\w*|genetische[nrs]?\s+(?:test|analyse|untersuchung|befund)\w*|dna-?(?:test|analyse)\w*|genetic\s+test\w*|"
    r"dna\s+(?:test|result|analysis)\w*|brca\d?|genmutation|gene\s+mutation|erbkrankheit|carrier\s+for|"
    r"anlageträger\w*|genträger\w*|träger(?:in)?\s+(?:einer|der|des)\s+(?:mutation|genvariante|erbkrankheit|gens)|"
    r"genom(?:e|s|analyse|sequenzierung)?|genome|genotyp\w*|chromosom\w*|erbgut|23andme|ancestry\s?dna|"
    # Sequencing and named variants: "whole-exome sequencing", "BRCA2-Variante", "humangenetische Untersuchung"
    r"exome?|exom-?sequenzierung|(?:genome|exome|gene\s+panel)\s+sequencing|genpanel\w*|gene\s+panel|"
    r"genvariante\w*|gene\s+variant|brca\d?-\w+|humangenetisch\w*|genetische[nrs]?\s+beratung|"
    r"homozygo\w*|heterozygo\w*|homozygot\w*|heterozygot\w*|mthfr|raw\s+dna|genetisch\s+bedingt|"
    r"pharmacogenetic\w*|pharmakogenetisch\w*|cyp\d\w*|poor\s+metaboli[sz]er|genanalyse\w*|gen-?abgleich|"
    r"ancestry\s+(?:result|test|report)\w*|herkunftsanalyse\w*|"
    r"(?:results?|ergebnis\w*)\b[^.!?\n]{0,30}?\b(?:came\s+back|zeigt|zeigen|shows?|says?)\s+(?:\w+\s+){0,3}\d{1,3}\s?%|"
    r"(?:one|two|a\s+single)\s+cop(?:y|ies)\s+of\s+(?:the|a)|carrier\s+screening|trisom(?:y|ie)\s*\d*|euploid|aneuploid|"
    r"pgt-?a|nipt|pränataldiagnostik|matched\s+me\s+as|dna\s+match\w*|half-?sibling|halbgeschwister|"
    r"haplogroup\w*|haplogruppe\w*|my\s+genome|half[\s-](?:sibling|brother|sister)s?|\d[\d,.]*\s?cm\s+shared|"
    r"centimorgan\w*|relative\s+match\w*|ancestry\s+breakdown|ethnicity\s+(?:estimate|breakdown|results?)|"
    r"herkunftsbericht\w*|herkunftsanteil\w*|paternity\s+(?:report|result)\w*|vaterschaftsgutachten|"
    r"karyotyp\w*|pathogene[n]?\s+variante\w*|pathogenic\s+variants?|multigen\w*|panel-?analyse\w*|exom-?analyse\w*|mutation|mutationen|zygosit\w*|zygosity|probability\s+of\s+paternity|paternity\s+probability|vaterschaftswahrscheinlichkeit|chromosomale?\w*|translocation|translokation|"
    r"(?:abgleich|match)\w*[^.!?\n]{0,40}\b(?:als|as)\s+(?:tante|nichte|onkel|neffe|cousin\w*|halbschwester|halbbruder|"
    r"aunt|niece|uncle|nephew|half[\s-]\w+|parent|sibling)|mein\s+genom|abstammungsgutachten|huntington\w*|"
    r"als\s+vater\s+ausgeschlossen|excluded\s+as\s+(?:the\s+)?father|vaterschaft\s+(?:ausgeschlossen|bestätigt|festgestellt)|"
    r"carr(?:y|ies|ier)\s+(?:of\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}(?:trait|gene|mutation|variant)|"
    r"half-?brother|half-?sister|halbbruder|"
    r"(?:ergebnis|result|match|auswertung)\w*[^.!?]{0,60}(?:nicht|not)\s+(?:\w+\s+){0,2}(?:verwandt|related)|"
    r"(?:auswertung|analyse)\w*\s+(?:\w+\s+){0,4}\d{1,3}\s?%|"
    r"leibliche[rn]?\s+(?:sohn|tochter|vater|kind)|biological\s+(?:father|son|daughter|child)"
)
_GENETIC_RESULT = re.compile(
    r"(?i)\b(?:ergebnis\w*|befund\w*|result\w*|zeigt|zeigte|showed|shows|say|says|said|carrier|\w*träger\w*|mutation|"
    r"ergab|ergeben|laut|according|fest|feststeht|nicht\s+der\s+vater|not\s+the\s+father|is\s+the\s+father|"
    r"positiv\w*|positive|variante|variant|risiko|risk|diagnos\w*|festgestellt|found|bestätigt|confirmed|"
    r"nachgewiesen|came\s+back|liegt\s+\w*\s*vor|explains|erklärt|report\w*|lists|homozyg\w*|heterozyg\w*|"
    r"der\s+vater|the\s+father|ergebnis|carry|trage|genetisch\s+bedingt|erfahren|learned|learnt|klar|clear|"
    r"leiblich\w*|biological|ausgeschlossen|ausgewertet|excluded|show|listed|matched|matches|zugeordnet|abgleich\w*|"
    r"probability|shared|"
    r"denselben\s+vater|dieselbe\s+mutter|same\s+(?:father|mother)|verwandt|related|halbschwester|halbbruder|"
    r"half-?sister|half-?brother|metaboli[sz]er|wahrscheinlichkeit|probability)\b"
)
_GENETIC_RESULT_NEXT = re.compile(
    r"\b(?:laut\s+ergebnis|ergebnis\s+(?:ist|zeigt|war)|result\w*\s+(?:show|say|is|was|came)\w*|der\s+vater|"
    r"the\s+father|the\s+report\s+(?:says|lists|shows)|homozyg\w*|heterozyg\w*|träger(?:in)?\s+(?:einer|der|des))"
)
_BIOMETRIC = (
    r"fingerabdr(?:uck|ücke|ücken)\w*|gesichtserkennung|gesichtsdaten|gesichtsscan\w*|gesichtsprofil\w*|stimmprofil\w*|"
    r"handflächen-\w+|iris\s+code|(?:had|got|have|get)\s+(?:my|his|her|our)\s+(?:face|fingers?|fingerprints?|palm|hand|iris|"
    r"eyes?|voice)\s+(?:scanned|recorded|captured|enrolled|registered|taken)|(?:reject\w*|match\w*)\s+(?:my|his|her)\s+selfie|"
    r"stimmabdruck|stimmerkennung|voice\s?print\w*|voice\s+id|voice\s+recognition|fingerprint\w*|face\s+scan|"
    r"facial\s+recognition|face\s+templates?|face\s+scans?|facial\s+templates?|facial\s+data|iris-?scan\w*|retina-?scan\w*|biometri\w*|venenscan|handvenen\w*|"
    # The body part or the template by other words: "mein Gesicht gescannt", "palm vein pattern", "Irisdaten".
    r"venenmuster\w*|handvenen-\w+|stimmabdr(?:uck|ücke)\w*|palm\s+prints?|hand\s+scanner|handscanner|"
    r"fingerabdruck-\w+|stimm-?id|sprachprobe\w*|gesichtserkennungs-\w+|palm\s+templates?|"
    r"(?:with|mit)\s+(?:my|meinem)\s+(?:face|gesicht|fingerprint|fingerabdruck|voice|stimme)|"
    r"palm[\s-]+veins?(?:\s+(?:pattern|scan|data))?|vein\s+(?:pattern|scan)|irisdaten|iris\s+(?:data|pattern)|"
    r"gesichtsbild\w*|gesichtsmerkmale|gesichtsvorlage|face\s+(?:login|unlock\s+data|data|recognition|geometry)|"
    r"(?:template|scan|image|model|map)\s+of\s+(?:my|his|her|our)\s+(?:face|fingers?|fingerprints?|hand|palm|eyes?|iris|voice)|"
    r"(?:my|his|her|our)\s+(?:face|fingers?|palm|hand|iris|eyes?|voice)\s+(?:was|were|is|got|being)\s+"
    r"(?:scanned|recorded|stored|captured|enrolled|registered)|"
    r"(?:scanned|recorded|captured|enrolled|registered)\s+(?:my|his|her|our)\s+(?:face|fingers?|palm|hand|iris|eyes?|voice)|"
    r"(?:mein|sein|ihr|unser)(?:e[mns]?)?\s+(?:gesicht|finger|hand|handfläche|iris|stimme|augen?)\s+"
    r"(?:\w+\s+)?(?:gescannt|registriert|gespeichert|erfasst|aufgenommen|aufgezeichnet|eingelesen|hinterlegt)|"
    r"stimmaufzeichnung\w*|stimmmuster|sprachprofil|stimmbiometrie|voice\s+(?:profile|sample|template|biometrics?)|"
    r"selfie[\s-]?(?:check|ident\w*|abgleich|verification|verifizierung|video)|liveness\s+(?:check|video|test)|"
    r"video-?ident\w*|fingerscanner\w*|gesichtsabgleich\w*|handflächen(?:daten|scan\w*|erkennung)|"
    r"bezahlen\s+per\s+handfläche|palm\s+(?:pay|payment|data)|"
    r"(?:den|meinen)\s+(?:alten\s+)?abdruck\s+(?:zu\s+)?lösch\w*|"
    r"(?:delete|löschen?)\s+(?:my|meinen?)\s+(?:old\s+|alten\s+)?(?:print|abdruck)|zeigefinger\w*|fingerkuppe"
)
_BIOMETRIC_PROCESSING = re.compile(
    r"(?i)\b(?:lösch\w*|gelösch\w*|erfass\w*|verwertbar|re-?enrol\w*|delete\w*|wipe\w*|took|removed|entfernt|"
    r"anleg\w*|angelegt|abschalt\w*|deletion|erase|remove|entfern\w*|gespeichert\w*|speicher\w*|stored|store|stores|"
    r"created|erstellt|erfasst|registered|registriert|hinterlegt|verarbeit\w*|process\w*|kept|keep|use\s+my|"
    r"nutzen|verwendet|agreed|zugestimmt|einwillig\w*|consent\w*|template|vorlage|daten|data|"
    # Taking the identifier, or the writer's objection to it: "gescannt", "I object", "will das nicht mehr".
    r"scan\w*|\w*gescannt|recorded|record|aufgezeichnet|aufgenommen|eingelesen|captured|enrol\w*|einchecken|check-?in|"
    r"login|log\s+in|anmeld\w*|verif\w*|identif\w*|authenti\w*|object\w*|widersprech\w*|widerspruch|"
    r"gone|nicht\s+mehr|no\s+longer|don't\s+want|do\s+not\s+want|will\s+das\s+nicht|uses?|using|zugang\w*|"
    r"abgleich\w*|legitimier\w*|legitimation\w*|erkennt|drehkreuz|id\s+check|identity\s+check|reject\w*|"
    r"eingang|entry|access|zeiterfassung|time\s+clock|stempeluhr|keep|kept|behalten|aufbewahr\w*|gemacht|taken)\b"
)
_DEVICE_FEATURE = re.compile(
    r"(?i)\b(?:touch\s?id|face\s?id|fingerabdrucksensor|fingerprint\s+(?:sensor|reader|scanner)|"
    # the unlock feature of the writer's own device: "die Gesichtserkennung meines Handys"
    r"handys?|smartphones?|phones?|laptops?|tablets?|notebooks?|iphones?|ipads?|türschlo(?:ss|sses)|door\s+lock|"
    r"tresors?|safes?|vorhängeschlo(?:ss|sses)|padlocks?|samsung|galaxy|pixel|huawei|xiaomi|macbook)\b"
)


_BIOMETRIC_OPTIONAL = re.compile(
    r"\b(?:compulsory|mandatory|obligatory|required|pflicht|verpflichtend|optional|freiwillig|alternative|instead|"
    r"stattdessen)\b"
)
_BIOMETRIC_STORED = re.compile(
    r"lösch|delete|gespeichert|stored|registriert|registered|enrol|eingelesen|scanned|gescannt|hinterlegt|template|"
    r"erase|remove|entfern|widersprech|widerruf|withdraw|object"
)
_BIOMETRIC_OBJECTION = re.compile(
    r"(?i)lösch|delete|gespeichert|speichert|stored|stores|template|erase|entfern|remove|widersprech|object"
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
    "HEALTH": _compile(_HEALTH),
    "RELIGION": _compile(_RELIGION),
    "ETHNIC_ORIGIN": _compile(_ETHNIC),
    "POLITICAL_OPINION": _compile(_POLITICAL),
    "TRADE_UNION": _compile(_UNION),
    "SEXUAL_ORIENTATION": _compile(_SEXUAL),
    "GENETIC": _compile(_GENETIC),
    "BIOMETRIC": _compile(_BIOMETRIC),
}


# One pass over the message finds which categories are mentioned at all.
_ANY_CATEGORY = re.compile(
    r"(?<![\w])(?:"
    + trie_alternation(
        sorted(
            (
                alternative
                for alternatives in (_HEALTH, _RELIGION, _ETHNIC, _POLITICAL, _UNION, _SEXUAL, _GENETIC, _BIOMETRIC)
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
            if category == "HEALTH" and (_HEALTH_EXCLUDE.search(sentence) and not _strong_health(sentence)):
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
                _RELIGION_STRONG.search(sentence) or _RELIGION_AS.search(sentence) or _RELIGION_ALONE.search(sentence)
            ):
                continue
            if (
                category == "ETHNIC_ORIGIN"
                and _ETHNIC_EXCLUDE.search(sentence)
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
            if category == "POLITICAL_OPINION" and _POLITICAL_EXCLUDE.search(sentence):
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
                _GENETIC_RESULT.search(sentence)
                or _GENETIC_RESULT_NEXT.search(original.lower(), sentence_end, sentence_end + 200)
            ):
                continue
            if category == "GENETIC" and all(
                _IN_OUR_DNA.search(sentence, max(0, m.start() - 20), m.start()) for m in pattern.finditer(sentence)
            ):
                continue  # "Customer service is in our DNA"
            if category == "GENETIC" and all(_KIT_AFTER.match(sentence, m.end()) for m in pattern.finditer(sentence)):
                continue  # "My DNA kit was posted back 5 weeks ago": a kit on its way, no result
            if category == "GENETIC" and _ANIMAL.search(sentence):
                continue  # "der DNA-Test unseres Hundes": an animal is no data subject
            if category == "BIOMETRIC" and re.search(r"(?i)passfoto|passbild|passport\s+photo", sentence):
                continue
            if category == "BIOMETRIC" and _BIOMETRIC_OPTIONAL.search(text) and not _BIOMETRIC_STORED.search(text):
                continue  # "is the fingerprint entry compulsory or can I just use a card?": nothing stored yet
            if category == "BIOMETRIC" and "?" in sentence and not _PERSONAL_SELF.search(original_sentence):
                continue  # "Wie viele Fingerabdrücke kann das Schloss speichern?": a question about a product
            if category == "BIOMETRIC" and _FEATURE_QUESTION.match(sentence) and "?" in sentence:
                continue  # "Does your app store my fingerprint, or …?": a question about the product
            if category == "BIOMETRIC" and (
                _DEVICE_FEATURE.search(sentence)
                and not _BIOMETRIC_OBJECTION.search(sentence)
                or not _BIOMETRIC_PROCESSING.search(sentence)
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
