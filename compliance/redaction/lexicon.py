"""General Art. 9 lexicons (round 12), written from general knowledge, not from any corpus.

Each list is plain lowercase words; `art9_vocabulary.py` joins them into the category alternations,
which `special.py` compiles into first-letter-grouped prefix trees. Three shapes:

- `*_WORDS`: whole words (an English plural "s" is allowed where it makes sense);
- `*_STEMS`: German and English stems that open a compound or an inflected form
  ("migräne" → "Migräneanfall", "insulin" → "Insulinpumpe", "diabet" → "Diabetikerin");
- `HEALTH_HEADS`: words that close a German compound naming a condition
  ("…allergie" → "Hausstauballergie", "…anfall" → "Migräneanfall").

Every entry must be safe in a sentence with a personal reference: words that are also common
non-medical words ("Schwindel" = fraud, "Verstopfung" of a drain, "Beschwerde" = complaint,
"surgery" as a GP's office is kept because it still implies a patient) are left out or only
listed in a medical compound.
"""

# Conditions, symptoms and injuries (German).
_HEALTH_WORDS_DE = """
dement demente dementer pflegebedürftige pflegebedürftiger bettlägerig sturzgefährdet
husten schnupfen heuschnupfen übelkeit erbrechen durchfall magen-darm-infekt hautausschlag juckreiz atemnot kurzatmig
kurzatmigkeit sodbrennen herzrasen herzstolpern schwindelanfall schwindelanfälle schwindelig benommenheit
schlafstörung schlafstörungen angststörung angststörungen zwangsstörung panikstörung belastungsstörung essstörung
ptbs gicht bänderriss bänderdehnung kreuzbandriss meniskusriss sehnenriss muskelfaserriss zerrung prellung
prellungen verstauchung verstaucht knochenbruch armbruch beinbruch fußbruch handbruch rippenbruch
schleudertrauma platzwunde gürtelrose borreliose tuberkulose neurose psychose fibrose mukoviszidose zirrhose
leberzirrhose endometriose osteoporose arteriosklerose sarkoidose toxoplasmose listeriose salmonellen
salmonellose pfeiffersches drüsenfieber sepsis blutvergiftung herpes lebensmittelvergiftung glaukom katarakt
grüner\\s+star grauer\\s+star makuladegeneration netzhautablösung vorhofflimmern herzschwäche herzinsuffizienz
niereninsuffizienz nierenschwäche sehschwäche immunschwäche lungenembolie embolie aneurysma hirnblutung
meningitis narkolepsie tourette anorexie magersucht bulimie borderline depressionen depressiv suizidgefährdet
selbstverletzung nervenzusammenbruch psychisch psychische[nrms]? bandscheibenvorfall hexenschuss ischias
inkontinenz lähmung spastik spastisch down-syndrom trisomie legasthenie dyskalkulie lernbehinderung
geistig\\s+behindert körperbehindert mehrfachbehindert pflegebedürftigkeit demenzkrank bettlägerig
krankheitsbedingt krankheitshalber gesundheitlich\\w*\\s+(?:gründe\\w*|probleme\\w*|einschränkung\\w*|beschwerden)
chronisch\\s+krank chronische[rn]?\\s+(?:erkrankung|krankheit|schmerzen|leiden) schmerzpatient\\w* krebspatient\\w*
frühgeburt kaiserschnitt wochenbett frühchen risikoschwangerschaft schwangerschaftsdiabetes
herzkatheter stent bypass-op vollnarkose narkose biopsie mrt kernspin ct-untersuchung röntgenaufnahme geröntgt
blutabnahme blutbild bluttest laborwerte darmspiegelung magenspiegelung mammographie mammografie bestrahlung
strahlentherapie transplantation nierentransplantation organtransplantation lasik augen-op augenlaser\\w*
notaufnahme notarzt intensivstation kreißsaal kinderstation stationär\\s+aufgenommen
kuraufenthalt kurklinik mutter-kind-kur rehaklinik tagesklinik augenklinik kinderklinik uniklinik fachklinik
herzzentrum
(?:mein|meine|meiner|meinem|meinen|unser|unsere|unserem|unseren|sein|seine|seinem|seinen|ihr|ihre|ihrem|ihren)\\s+(?:psychiater|psychiaterin|psychologin|psychologe|neurologe|neurologin|orthopäde|orthopädin|kardiologe|kardiologin|onkologe|onkologin|hausarzt|hausärztin|facharzt|fachärztin|augenarzt|augenärztin|hno-arzt|hautarzt|hautärztin|frauenarzt|frauenärztin|kinderarzt|kinderärztin|urologe|diabetologe)
gelber\\s+schein gelben\\s+schein krankgemeldet krank\\s+gemeldet krankschreiben arbeitsunfähigkeit
(?:die|meine|eine|seine|ihre|unsere|deine|die\\s+neue)\\s+au
leistenbruch nabelbruch narbenbruch künstliche\\s+befruchtung kinderwunschbehandlung
(?:mir|ihm|sich)\\s+(?:\\w+\\s+){0,6}(?:gebrochen|angebrochen|verrenkt|verstaucht|ausgekugelt|gezerrt|geprellt|gerissen)
"""

# Conditions, symptoms, injuries and care (English).
_HEALTH_WORDS_EN = """
headache headaches nausea vomiting dizzy dizziness
(?:a|an|the|my|his|her|skin|itchy|allergic)\\s+rash(?:es)?(?!\\s+(?:decision|purchase|choice|move|order)) cough
coughing sore\\s+throat chest\\s+pains?
shortness\\s+of\\s+breath breathless fatigue chronic\\s+fatigue insomnia diarrhoea diarrhea food\\s+poisoning
stomach\\s+bug tummy\\s+bug norovirus sprained sprain fractured fracture torn\\s+ligament
(?:tore|torn|ruptured|ruptured)\\s+(?:my|his|her|the)\\s+(?:acl|meniscus|achilles|ligaments?|hamstring|rotator\\s+cuff|tendon)
acl\\s+(?:tear|rupture|surgery|reconstruction) slipped\\s+disc
herniated\\s+disc plaster\\s+cast in\\s+a\\s+cast whiplash shingles lyme\\s+disease tuberculosis sepsis
glaucoma cataracts? macular\\s+degeneration detached\\s+retina heart\\s+condition heart\\s+failure heart\\s+surgery
atrial\\s+fibrillation afib angina pacemaker hypertension high\\s+blood\\s+pressure thyroid hypothyroidism
hyperthyroidism lupus fibromyalgia endometriosis osteoporosis cirrhosis cystic\\s+fibrosis meningitis narcolepsy
tourette's epileptic anorexia bulimia eating\\s+disorder ptsd ocd bipolar\\s+disorder schizophrenia
nervous\\s+breakdown mental\\s+illness self-harm suicidal depressed anxious\\s+disorder anxiety\\s+disorder
panic\\s+disorder learning\\s+disability learning\\s+difficulties down's\\s+syndrome down\\s+syndrome cerebral\\s+palsy
paralysed paralyzed amputee amputation blind\\s+in deafness tinnitus vertigo incontinence bedridden housebound
chronic\\s+illness chronically\\s+ill terminally\\s+ill terminal\\s+illness long-term\\s+condition
health\\s+(?:reasons|problems|issues|condition) medical\\s+(?:reasons|condition|grounds|emergency|leave|appointment)
c-section caesarean premature\\s+baby morning\\s+sickness midwife due\\s+date maternity\\s+ward
biopsy mri\\s+scan ct\\s+scan x-ray blood\\s+tests? colonoscopy mammogram radiotherapy radiation\\s+therapy
transplant kidney\\s+transplant anaesthetic anesthetic general\\s+anaesthetic keyhole\\s+surgery operation\\s+on
a&e emergency\\s+room intensive\\s+care icu admitted\\s+to\\s+(?:hospital|the\\s+ward) inpatient outpatient
rehab rehabilitation physiotherapy psychotherapy counsellor\\s+for cbt chemo radiotherapy
(?:my|our|his|her|their)\\s+(?:gp|psychiatrist|psychologist|neurologist|cardiologist|oncologist|consultant|specialist|surgeon|therapist|doctor|dentist|haematologist|hematologist|rheumatologist|dermatologist|endocrinologist|urologist|gynaecologist|gynecologist|obstetrician|diabetologist|physio|physiotherapist)
dvt deep\\s+vein\\s+thrombosis beinvenenthrombose \\d+\\s+months?\\s+along
fit\\s+note sick\\s+days? called\\s+in\\s+sick off\\s+work\\s+(?:ill|sick|with) sick\\s+pay statutory\\s+sick\\s+pay
mobility\\s+scooter walking\\s+frame zimmer\\s+frame walking\\s+stick guide\\s+dog cochlear\\s+implant insulin\\s+pump
glucose\\s+monitor cgm oxygen\\s+concentrator catheter stoma\\s+bag colostomy prosthetic\\s+(?:leg|arm|limb)
blue\\s+badge allergic\\s+reaction anaphylaxis anaphylactic hay\\s+fever lactose\\s+intolerant gluten\\s+intolerant
me/cfs cfs ivf hernia dyslexic dyslexia dyspraxia dyspraxic dyscalculia gave\\s+birth
(?:a|the)\\s+(?:difficult\\s+|traumatic\\s+)?birth postnatal\\s+depression
"""

# Medication names and classes (generic and brand names common in DE/UK).
_DRUGS = """
donepezil memantin memantine rivastigmin rivastigmine galantamin levodopa insulinpen mounjaro ozempic wegovy
ibuprofen paracetamol aspirin diclofenac voltaren novalgin metamizol tramadol tilidin oxycodon oxycodone fentanyl
codein codeine omeprazol omeprazole pantoprazol pantoprazole ramipril lisinopril enalapril candesartan valsartan
losartan amlodipin amlodipine bisoprolol metoprolol propranolol atorvastatin simvastatin rosuvastatin eliquis
apixaban rivaroxaban xarelto dabigatran clopidogrel heparin sitagliptin ozempic semaglutid semaglutide wegovy
mounjaro trulicity jardiance empagliflozin lantus novorapid humalog levothyroxin levothyroxine euthyrox salbutamol
budesonid symbicort ventolin cetirizin cetirizine loratadin loratadine fexofenadin prednison prednisone
hydrocortison humira adalimumab escitalopram paroxetin paroxetine mirtazapin mirtazapine amitriptylin
amitriptyline duloxetin duloxetine bupropion quetiapin quetiapine olanzapin olanzapine risperidon risperidone
aripiprazol aripiprazole lamotrigin lamotrigine levetiracetam valproat carbamazepin diazepam lorazepam tavor
zolpidem medikinet elvanse lisdexamfetamin concerta amoxicillin penicillin doxycyclin ciprofloxacin azithromycin
cefuroxim tamoxifen letrozol anastrozol herceptin sildenafil finasterid
schmerzmittel painkillers? antihistaminika antihistamines? neuroleptika antipsychotics? benzodiazepine
opiate schilddrüsentabletten schilddrüsenhormone blutdrucktabletten blutdruckmittel schlaftabletten
schmerztabletten kopfschmerztabletten eisentabletten antiepileptika statins insulinspritzen thrombosespritzen
anticoagulants? ssris? steroid\\s+(?:injection|tablets) cortisonspritze kortisonspritze spritzen\\s+bekommen
"""

# Stems that open a compound or an inflected form: matched as stem + any word characters or hyphens.
_HEALTH_STEMS = """
migräne insulin asthma diabet allergi rheuma epilep demenz alzheimer parkinson chemo dialyse bandscheibe arthrose
osteopor tinnitus hörsturz schlaganfall herzinfarkt thrombose tumor metastas leukämie lymphom melanom karzinom
sarkom depressi psychotherap psychiat psychosomat physiotherap ergotherap logopäd krankengymnast reha
krankenhaus klinikaufenthalt krankschreib krankgeschrieben krankmeld arbeitsunfähig schwanger inkontinen stoma
katheter rollstuhl rollator gehhilfe hörgerät prothese orthese kompressionsstr blutzucker blutdruck schilddrüs
herzrhythmus herzinsuff niereninsuff hepatitis tuberkul laktoseintol glutenunverträg zöliak neurodermitis
schuppenflechte adhs autis legasthen trisomie amputi amputa cochlea cpap schlafapnoe beatmung
chemotherap strahlenther pflegegrad pflegestufe schwerbehindert behindertenausweis
diabetes diabetic asthmatic epilep allerg arthrit migraine chemo physiotherap psychotherap psychiatr hospitali
pregnan miscarri dialys insulin inhaler wheelchair crutch prosthe incontinen dementia alzheimer parkinson
tumour cancer leukaemi leukemi lymphoma melanoma concuss tendinit antidepress antibiotic chemotherap
"""

# Heads that close a German compound naming a condition or its treatment.
_HEALTH_HEADS = """
allergie allergien allergiker allergikerin unverträglichkeit unverträglichkeiten intoleranz anfall anfälle
anfällen erkrankung erkrankungen tumor tumore tumoren krebs krebserkrankung diabetes therapie therapien
therapeut therapeutin insuffizienz lähmung fraktur frakturen kolik koliken ekzem ekzeme zyste zysten
prothese prothesen -syndrom -krankheit -erkrankung
"""

_RELIGION_PLACES = r"""
(?:my|our)\s+(?:local\s+)?(?:church|mosque|synagogue|temple|gurdwara|parish|congregation|pastor|vicar|priest|imam|rabbi)(?!\s+(?:hall|car|parking|building|fete|fair))
(?:meine[rnm]?|unsere[rnm]?)\s+(?:kirche|kirchengemeinde|pfarrgemeinde|gemeinde\s+in\s+der\s+moschee|moschee\w*|synagoge\w*|tempel\w*|gurdwara|pfarrei|pfarrer\w*|pastor\w*|imam|rabbiner\w*)
(?:mitglied|member|membership)\s+(?:der|in\s+der|im|of\s+(?:the|a|our|my)?)\s*\w*\s*(?:kirche|kirchengemeinde|moschee\w*|synagoge\w*|church|mosque|synagogue|temple|parish|congregation)
(?:in\s+der|in\s+die|zur|at\s+(?:the|our|my)|to\s+(?:the|our|my))\s+(?:moschee|synagoge|mosque|synagogue|temple|gurdwara)
erstkommunion\w* kommunionkind\w* konfirmand\w* firmling\w*
bar[\s-]+miz?t?z?wa\w* bat[\s-]+miz?t?z?wa\w* bar[\s-]+mitzva\w*
practi[cs]ing\s+(?:my\s+)?(?:faith|religion|catholic|muslim|jew|christian|hindu|sikh|buddhist)
(?:ich\s+trage|i\s+wear|she\s+wears|sie\s+trägt)\s+(?:ein(?:en)?\s+|a\s+)?(?:kopftuch|hijab|kippa|kippah|turban|niqab)
(?:kirchensteuer|church\s+tax)\s+(?:zahle|zahlen|pay)|aus\s+der\s+(?:\w+\s+)?kirche\s+(?:austreten|ausgetreten)|kirchenaustritt\w*
(?:i'm|i\s+am|we're|we\s+are)\s+fasting|(?:ich\s+faste|wir\s+fasten)
(?:keep|keeps|kept|eat|eats)\s+(?:strictly\s+)?(?:kosher|halal)|(?:lebe|leben|esse|essen)\s+(?:streng\s+)?(?:koscher|halal)
kirchenvorstand\w* kirchengemeinderat\w* pfarrgemeinderat\w* presbyter\w* kirchenvorsteher\w* ministrant\w*
messdiener\w* altar\s+server sunday\s+school kindergottesdienst\w* zeugin\s+jehovas
(?:ich\s+bin|i'm|i\s+am)\s+(?:eine?\s+)?jesid\w*
(?:jüdisch|evangelisch|katholisch|muslimisch|islamisch|alevitisch|orthodox|neuapostolisch|baptist|freikirchlich|mennonit)\w*\s+(?:kirchen)?gemeinde
kirchenkaffee latter-day\s+saints? relief\s+society my\s+cassock
(?:i'm|i\s+am|ich\s+bin)\s+(?:the\s+|a\s+|der\s+|die\s+)?(?:vicar|pastor|priest|imam|rabbi|pfarrer\w*|pastorin|diakon\w*|kaplan|küster\w*|mesner\w*|messner\w*)
jumu'?ah jummah masjid schabbat\w* shabbos kaschrut kashrut sukkah sukkot laubhüttenfest kaddisch kaddish
chewra\s+kadischa zakat sadaqa tithe tithing den\s+zehnten hadsch nach\s+jüdischem\s+ritus
being\s+confirmed confirmation\s+sponsor firmpat\w* taufpat\w* godparent\w* godmother godfather
gospelchor\w* posaunenchor\w* kirchenband umrah hajj haddsch pilgerfahrt\s+nach\s+mekka
frühmesse\w* abendmesse\w* christmette mitternachtsmesse keep\s+a\s+kosher\s+(?:kitchen|home|household)
(?:wir\s+feiern|ich\s+feiere|we\s+celebrate|i\s+celebrate|we\s+observe|i\s+observe)\s+(?:\w+\s+){0,3}(?:das\s+|den\s+|the\s+)?(?:opferfest|zuckerfest|bayram|kurban|diwali|deepavali|chanukka|hanukkah|chanukah|pessach|passover|jom\s+kippur|yom\s+kippur|rosch\s+haschana|rosh\s+hashanah|sukkot|laubhüttenfest|vaisakhi|eid)
(?:my|our|mein\w*|unser\w*)\s+(?:faith|glaube\w*|religion|religious\s+beliefs?)
(?:ich\s+bin|i'm|i\s+am|wir\s+sind|we\s+are)\s+(?:eine?\s+|an?\s+)?(?:alevit\w*|bahai|baha'i|quäker\w*|quaker|mennonit\w*|adventist\w*|neuapostolisch\w*|muslim\w*|muslima|christ\w*|hindu|sikh|jüdisch|jewish|buddhist\w*|orthodox\w*)
(?:chor|gottesdienst|jugendgruppe|jugend)\s+(?:unserer|meiner)\s+(?:kirchen|pfarr)?gemeinde
jehovah'?s\s+witness\w* friday\s+prayers? freitagsgebet\w* sabbat\w* shabbat\w* sabbath\w*
(?:gehe|gehen|geht|ging|gingen)\s+(?:\w+\s+){0,2}(?:in\s+die|zur)\s+(?:kirche|messe|moschee|synagoge)
(?:during|for|over)\s+lent|(?:in\s+der|während\s+der|zur)\s+fastenzeit|fastenbrechen|iftar|eid\s+(?:al-\w+|prayers?)|zuckerfest
(?:eltern|parents|familie|family|grandparents|großeltern)\s+(?:sind|are|is|ist)\s+(?:both\s+|beide\s+)?(?:sikh|muslim\w*|jüdisch|jews|jewish|catholic|katholisch|evangelisch|buddhist\w*|hindus?|jains?|orthodox\w*|mormon\w*|alevit\w*|jesid\w*)
(?:mann|frau|sohn|tochter|mutter|vater|husband|wife|son|daughter|er|sie|he|she)\s+(?:ist|is)\s+(?:\w+\s+)?(?:sikh|muslim\w*|moslem\w*|jüdisch|jude|jüdin|christ\w*|katholisch|evangelisch|buddhist\w*|hindu|atheist\w*|jewish|catholic|protestant|orthodox\w*|mormon\w*|alevit\w*|jesid\w*)
"""

_POLITICAL_EXTRA = r"""
bürgerbegehren volksbegehren unterschriftenliste\w* unterschriftensammlung unterschriften\s+sammeln parteispende\w*
(?:mitglied|member)\s+(?:der|bei\s+den|in\s+der|of\s+the)\s+(?:grünen|linken|greens) parteimitgliedschaft parteitag\w*
wahlkampfspende\w* mahnwache\w* mitdemonstriert
(?:sprecher|sprecherin)\s+(?:der|unserer)\s+(?:bürger)?initiative
(?:mitglied|member)\s+(?:der|bei\s+der|bei\s+den|in\s+der|of\s+the)\s+(?:\w+\s+)?(?:partei|party)
(?:spende\w*|gespendet|donat\w*)\s+(?:an|für|to|for)\s+(?:die|den|the)\s+(?:spd|cdu|csu|fdp|afd|grünen|linke|labour|tories|conservatives|lib\s?dems?|greens|snp|partei|party|campaign)
marched\s+(?:against|for)|joined\s+the\s+(?:march|protest|strike\s+for\s+climate)
(?:party|labour|tory|green)\s+membership|card-carrying
(?:i|we)\s+voted\s+(?:for\s+)?(?:labour|tory|tories|conservative|green|greens|reform|lib\s?dems?|snp|leave|remain)
(?:spd|cdu|csu|fdp|afd|grünen|grüne|linke|linken|bsw|övp|fpö|neos)-(?:mitglied\w*|ortsverein\w*|ortsverband\w*|fraktion\w*|politiker\w*|stadtr\w*|gemeinder\w*|kandidat\w*)
jusos junge\s+union junge\s+liberale julis grüne\s+jugend linksjugend young\s+conservatives young\s+labour
"""

_UNION_EXTRA = r"""
(?:for|in|of|with|from|by|through|via|at|to)\s+(?:my|our)\s+(?:local\s+)?union my\s+union
gewerkschaftlich\w* union\s+(?:rep|representative|meeting|branch|steward|official|membership|card)
(?:neu|unite|unison|gmb|rmt|usdaw|nasuwt|cwu|pcs|bma|rcn|ucu|aslef|eis|fbu|rcm)\s+(?:rep|representative|branch|member|meeting|steward|official|card)
(?:ver\.di|verdi|ig\s+metall|gew|ngg|evg|gdl)[\s-]+(?:vertrauensmann|vertrauensfrau|vertrauensleute|betriebsgruppe|mitglied\w*|ortsgruppe|beitr\w*)
"""


def _lines(block: str) -> list[str]:
    return [w for w in block.split() if w]


HEALTH_WORDS = _lines(_HEALTH_WORDS_DE) + _lines(_HEALTH_WORDS_EN) + _lines(_DRUGS)
HEALTH_STEMS = _lines(_HEALTH_STEMS)
HEALTH_HEADS = _lines(_HEALTH_HEADS)
RELIGION_EXTRA = _lines(_RELIGION_PLACES)
POLITICAL_EXTRA = _lines(_POLITICAL_EXTRA)
UNION_EXTRA = _lines(_UNION_EXTRA)
