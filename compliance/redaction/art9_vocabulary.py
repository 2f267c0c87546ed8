"""Art. 9 vocabularies: what names each special category, and the nearby words that confirm or rule it out.

Pure data for `special.py`, which decides whether a sentence reveals a category about someone identifiable.
The category alternations are plain regex source (compiled there into one prefix tree per category); the
confirming and excluding words are compiled here. Written from the guidelines and general knowledge; the
general word lists live in `lexicon.py`.
"""

from __future__ import annotations

import re

from .context import trie_alternation
from .lexicon import HEALTH_HEADS, HEALTH_STEMS, HEALTH_WORDS, POLITICAL_EXTRA, RELIGION_EXTRA, UNION_EXTRA

HEALTH = (
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
ANIMAL = re.compile(
    r"(?i)\b(?:katzen?|kater[ns]?|hund(?:e[ns]?|s)?|welpen?|dog'?s?|cats?|pferde?[ns]?|horses?|puppy|puppies|kitten|"
    r"tierarzt\w*|vet|haustier\w*|pets?|rasse|breed|shepherd|schäferhund\w*|retriever|terrier|labrador|pudel|dackel|"
    r"spaniel|collie|husky|bulldog\w*|beagle|doodle|chihuahua|mops|pinscher|schnauzer|corgi|dobermann|rottweiler|"
    r"entwurmung\w*|wurmkur)\b"
)
HEALTH_EXCLUDE = re.compile(
    r"(?i)\b(?:krankenversicherung\w*|krankenkasse\w*|health\s+insurance|health\s+(?:plan|cover)|tarif\w*|"
    r"versichertennummer|"
    r"fitness\w*|abnehmen|kochbuch|katze|kater|hund|dog|cat|pferd|horse|tierarzt|vet|wellensittich|vogel|vögel|"
    r"kaninchen|hamster|meerschweinchen|haustier\w*|pet|bird|rabbit|parrot|puppy|kitten)\b"
)
# Denominations a person says they belong to: "we're Quakers", "I'm a Methodist".
DENOMINATION = (
    r"(?:we're|we\s+are|i'm|i\s+am|as\s+an?|wir\s+sind|ich\s+bin|als)\s+(?:an?\s+|eine?\s+)?(?:practising\s+|devout\s+)?"
    r"(?:quakers?|mennonit\w*|mennonites?|amish|baptist\w*|methodist\w*|anglicans?|lutheran\w*|lutheraner\w*|"
    r"adventist\w*|pentecostals?|pfingstler\w*|evangelicals?|unitarians?|presbyterians?|episcopalians?|jains?|"
    r"zoroastrians?|rastafarians?|humanists?|humanist(?:in)?|wiccans?|pagans?)"
)
RELIGION = (
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
    r"syrisch-orthodox\w*|parishioner\w*|pfarrangehörig\w*|meeting\s+for\s+worship|" + DENOMINATION + r"|"
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
SELF = r"\b(?:ich|wir|i|we|my|mein\w*|unser\w*|our)\b"
PRACTICE = (
    r"\b(?:bin|sind|am|are|'m|zahle|zahlen|pay|gezahlt|bezahlt|paid|entrichtet|eingetreten|ausgetreten|konvertiert|converted|practi[cs]ing|gläubig|"
    r"faste|fasten|fast|singe|sing|beten|pray|besuche|attend|member|mitglied|lebe|lebt|live|eat|esse|essen|"
    r"don't\s+eat|esse\s+kein)\b"
)
# Either order: "ich zahle Kirchensteuer" and "... zahle ich Kirchensteuer".
RELIGION_STRONG = re.compile(r"(?i)" + SELF + r"[^.!?\n]{0,60}" + PRACTICE + r"|" + PRACTICE + r"[^.!?\n]{0,60}" + SELF)
# Religious rites and practice reveal a belief on their own once a person is referred to.
RELIGION_ALONE = re.compile(
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
    r"meeting\s+for\s+worship|" + DENOMINATION + r"|"
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
RELIGION_AS = re.compile(
    r"\b(?:als|as\s+an?)\s+(?:gläubige[rn]?\s+|practi[cs]ing\s+|devout\s+)?(?:muslim\w*|moslem\w*|jüd\w*|jude|"
    r"christ\w*|katholik\w*|protestant\w*|buddhist\w*|hindu\w*|sikh\w*|atheist\w*|jew|catholic|orthodox\w*|"
    r"evangelische[rn]?|katholische[rn]?|zeuge\s+jehovas|mormon\w*|alevit\w*|jesid\w*|schiitische[rn]?|"
    r"friend\s+\(quaker\)|quaker|shia|sunni)"
)
ETHNIC = (
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
ETHNIC_EXCLUDE = re.compile(
    r"(?i)\b(?:staatsangehörigkeit|nationality|citizenship|komme\s+aus|come\s+from|sprache|language)\b"
)
POLITICAL = (
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
POLITICAL_EXCLUDE = re.compile(
    r"(?i)\bvertragspartei\w*|\b(?:betriebsrat|personalrat|aufsichtsrat|elternbeirat|mieterbeirat)s?wahl\w*|"
    r"\bworks\s+council|\bparteien\s+des\s+vertrags|\bthird\s+part(?:y|ies)\b|\bdrittpartei"
    # "die Mietparteien im Haus", "die Partei, mit der wir den Vertrag haben": parties of a contract or a house.
    r"|\b(?:miet|gegen|prozess)partei|\bpartei\w*,?\s+mit\s+der\w*\s+(?:wir|ich)\b[^.!?\n]{0,30}\bvertrag"
)
UNION = (
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
SEXUAL = (
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
GENETIC = (
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
GENETIC_RESULT = re.compile(
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
GENETIC_RESULT_NEXT = re.compile(
    r"\b(?:laut\s+ergebnis|ergebnis\s+(?:ist|zeigt|war)|result\w*\s+(?:show|say|is|was|came)\w*|der\s+vater|"
    r"the\s+father|the\s+report\s+(?:says|lists|shows)|homozyg\w*|heterozyg\w*|träger(?:in)?\s+(?:einer|der|des))"
)
BIOMETRIC = (
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
BIOMETRIC_PROCESSING = re.compile(
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
DEVICE_FEATURE = re.compile(
    r"(?i)\b(?:touch\s?id|face\s?id|fingerabdrucksensor|fingerprint\s+(?:sensor|reader|scanner)|"
    # the unlock feature of the writer's own device: "die Gesichtserkennung meines Handys"
    r"handys?|smartphones?|phones?|laptops?|tablets?|notebooks?|iphones?|ipads?|türschlo(?:ss|sses)|door\s+lock|"
    r"tresors?|safes?|vorhängeschlo(?:ss|sses)|padlocks?|samsung|galaxy|pixel|huawei|xiaomi|macbook)\b"
)


BIOMETRIC_OPTIONAL = re.compile(
    r"\b(?:compulsory|mandatory|obligatory|required|pflicht|verpflichtend|optional|freiwillig|alternative|instead|"
    r"stattdessen)\b"
)
BIOMETRIC_STORED = re.compile(
    r"lösch|delete|gespeichert|stored|registriert|registered|enrol|eingelesen|scanned|gescannt|hinterlegt|template|"
    r"erase|remove|entfern|widersprech|widerruf|withdraw|object"
)
BIOMETRIC_OBJECTION = re.compile(
    r"(?i)lösch|delete|gespeichert|speichert|stored|stores|template|erase|entfern|remove|widersprech|object"
)
