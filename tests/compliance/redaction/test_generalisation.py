"""Cases found with the extra corpus (bench/redaction/extra_corpus.jsonl), written from the guidelines."""

import pytest

from compliance.redaction import detect


def found(text, lang="de"):
    return [(e.type, e.text) for e in detect(text, lang).entities]


def categories(text, lang="de"):
    return detect(text, lang).special_categories


# ---------------------------------------------------------------- organisation footers
QUOTED_FOOTER = (
    "Warum wurde der Abschlag erhöht?\nHolger Timm\n\n> Sehr geehrter Herr Timm,\n> Ihr Abschlag steigt.\n"
    "> Stadtwerke Nordheide GmbH · Industriestraße 12 · 21244 Buchholz\n"
    "> Tel. 04181 9220-0 · service@stadtwerke-nordheide.de\n> IBAN DE50 2005 0550 1644 4004 59 · USt-IdNr. DE590267859"
)
FORWARDED_FOOTER = (
    "Grüße,\nKerstin\n\n-----Ursprüngliche Nachricht-----\nVon: Schuhhaus Brandl <info@schuhhaus-brandl.de>\n"
    "An: kerstin.loew@freenet.de\n\nSchuhhaus Brandl e.K.\nMarienplatz 8 · 84028 Landshut\nTelefon 0871 221133"
)


def test_footer_of_a_quoted_reply_from_the_organisation_is_not_personal():
    types = {t for t, _ in found(QUOTED_FOOTER)}
    assert types == {"PERSON"}


def test_footer_after_an_original_message_header_is_not_personal_but_the_customers_address_is():
    result = found(FORWARDED_FOOTER)
    assert ("EMAIL", "kerstin.loew@freenet.de") in result
    assert not {"ADDRESS", "PHONE"} & {t for t, _ in result}
    assert ("PERSON", "Schuhhaus Brandl") not in result


def test_customer_signature_before_a_quoted_footer_is_still_found():
    text = "Danke!\nJörg Albrecht\nHauptstr. 5\n12345 Musterstadt\n\n> Möbel Kraft GmbH\n> Hauptstr. 9"
    assert ("ADDRESS", "Hauptstr. 5") in found(text)
    assert ("ADDRESS", "Hauptstr. 9") not in found(text)


def test_payment_instruction_to_an_association_is_not_personal():
    text = "Zahlung an: Sportverein Blau-Weiß e.V., IBAN DE50 2005 0550 1644 4004 59, Verwendungszweck Beitrag."
    assert found(text) == []


def test_my_new_bank_details_are_the_customers_own():
    text = "Meine neue Bankverbindung lautet AT57 1904 3376 0096 8078. Bitte ab Juni verwenden."
    assert ("IBAN", "AT57 1904 3376 0096 8078") in found(text)


# ---------------------------------------------------------------- persons
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("hey its jake again, any news on my sim swap?", "en", "jake"),
        ("hallo bin marie von gestern, hab die rechnung noch nicht", "de", "marie"),
        ("paket kam kaputt an, bestellt auf kevin brandt", "de", "kevin brandt"),
        ("Hello, I am Grace and I need to change my seat.", "en", "Grace"),
        ("This is Kwame Mensah – I called earlier about the washer.", "en", "Kwame Mensah"),
        ("I'd like a table for 6 on Friday, name Whitaker.", "en", "Whitaker"),
        ("Bitte die Ware an Anna von der Heide schicken.", "de", "Anna von der Heide"),
        ("> Hi Tariq, could you clear the cache?", "en", "Tariq"),
    ],
)
def test_names_introduced_in_less_formal_ways_are_found(text, lang, name):
    assert ("PERSON", name) in found(text, lang)


def test_a_corrected_name_and_the_wrong_spelling_are_both_found():
    text = "Sie haben meinen Namen falsch gedruckt: Schäfer-Ilić statt Schäfer."
    assert [v for t, v in found(text) if t == "PERSON"] == ["Schäfer-Ilić", "Schäfer"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Gibt es die Dr. Oetker Backmischungen auch glutenfrei?", "de"),
        ("my name is spelt wrong on the invoice", "en"),
        ("Name des Artikels: Sofa Malaga", "de"),
        ("Ich bin Christ und zahle Kirchensteuer.", "de"),
        ("Kommt die Lieferung noch im August?", "de"),
    ],
)
def test_brands_and_words_after_name_cues_are_not_persons(text, lang):
    assert "PERSON" not in {t for t, _ in found(text, lang)}


def test_display_name_of_a_role_mailbox_is_the_organisation():
    text = "Von: Schuhhaus Brandl <info@schuhhaus-brandl.de>\nBetreff: Ihre Bestellung"
    assert "PERSON" not in {t for t, _ in found(text)}


# ---------------------------------------------------------------- structured values
def test_lowercase_address_with_postcode_is_found():
    result = found("bestellt auf kevin brandt, heidkamp 14, 22457 hamburg")
    assert ("ADDRESS", "heidkamp 14") in result and ("ADDRESS", "22457 hamburg") in result


def test_vat_id_after_uid_label_is_found():
    assert ("VAT_ID", "ATU06781865") in found("Rechnung bitte an Kathrin Haider, 1070 Wien, UID ATU06781865")


def test_id_document_number_later_in_the_sentence_is_found():
    text = "my passport number changed since booking – the new one is C4J8R2K71. Ref QX7T2P."
    assert ("ID_DOCUMENT", "C4J8R2K71") in found(text, "en")


def test_contract_number_after_vertrag_nr_is_a_customer_number():
    assert ("CUSTOMER_NUMBER", "DSL-4471-0092") in found("Ich kündige meinen Vertrag Nr. DSL-4471-0092.")


def test_knr_label_is_a_customer_number():
    assert ("CUSTOMER_NUMBER", "1120034") in found("KNr. 1120034")


def test_network_address_keeps_its_prefix_length():
    assert ("IP_ADDRESS", "203.0.113.0/24") in found("We use 203.0.113.0/24 on our side.", "en")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my email is sofia.marquez at gmail.com if you need it", "sofia.marquez at gmail.com"),
        ("reset 2FA for dan.whitford at outlook dot com please", "dan.whitford at outlook dot com"),
    ],
)
def test_spelt_out_email_addresses_are_found(text, value):
    assert ("EMAIL", value) in found(text, "en")


def test_spelt_out_at_in_a_sentence_is_not_an_email():
    assert found("Meet me at home.com is a website I like, see you at work.", "en") == []


def test_loosely_formatted_labelled_phone_is_found():
    assert ("PHONE", "0 89 / 12 34 56") in found("Bitte rufen Sie mich an: Tel 0 89 / 12 34 56.")


# ---------------------------------------------------------------- Art. 9
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Anbei die Rechnung vom Zahnarzt für meine Wurzelbehandlung.", "de"),
        ("I broke my wrist skiing and can't sign the form.", "en"),
        ("Ich bin 81 und herzkrank, bitte schicken Sie schnell jemanden.", "de"),
        ("Versichertennummer T550338523, ich war vom 2. bis 9. Juni im Krankenhaus, hier die Rechnung.", "de"),
        (
            "Fitnessstudio pausieren, weil ich nach einem Bandscheibenvorfall in Reha bin.",
            "de",
        ),
        ("Meine Brille ist kaputt, neues Rezept: rechts -2,25 dpt.", "de"),
        ("My husband has dementia and keeps ordering things.", "en"),
        ("Meine Frau hat MS und braucht ein Zimmer im Erdgeschoss.", "de"),
    ],
)
def test_health_is_flagged(text, lang):
    assert "HEALTH" in categories(text, lang)


def test_sick_pet_is_not_health_data():
    assert categories("Unser Wellensittich Otto ist krank, haben Sie Vitamintropfen?") == []


def test_roma_woman_is_ethnic_origin():
    assert categories("As a Roma woman I was refused service at your branch.", "en") == ["ETHNIC_ORIGIN"]


def test_party_councillor_is_political_opinion():
    assert categories("I'm a Labour councillor and need the leaflets invoiced per ward.", "en") == ["POLITICAL_OPINION"]


# ---------------------------------------------------------------- third probe batch
def test_street_without_street_word_before_a_postcode_line_is_an_address():
    result = found("Widerruf.\n\nLukas Brenner\nLange Reihe 29\n20099 Hamburg")
    assert ("ADDRESS", "Lange Reihe 29") in result and ("ADDRESS", "20099 Hamburg") in result


def test_order_number_before_a_postcode_is_not_a_street():
    assert ("ADDRESS", "Bestellung 12") not in found("Bestellung 12, 10115 Berlin")


def test_relation_name_followed_by_a_verb_is_a_person():
    assert ("PERSON", "Mattis") in found("Unser Sohn Mattis hat Neurodermitis.")


def test_relation_noun_followed_by_a_verb_stays():
    assert found("Ich möchte meinem Sohn Schuhe kaufen.") == []


def test_professional_named_after_a_relation_word_is_a_person():
    assert ("PERSON", "Priyanka Shah") in found("Please send it to my accountant, Priyanka Shah.", "en")


def test_homograph_sign_off_after_a_dash_is_a_person_but_not_repeated():
    assert found("Will do, thanks for sorting it!\n– Will", "en") == [("PERSON", "Will")]


def test_membership_number_after_mitglied_nr():
    assert ("CUSTOMER_NUMBER", "4471-23") in found("Mitglied Nr. 4471-23, ich möchte den Beitrag ändern.")


def test_words_after_an_id_document_number_are_not_part_of_it():
    assert ("ID_DOCUMENT", "L01X00T47") in found("Die Personalausweisnummer L01X00T47 reicht doch, oder?")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ich bin der Bernd vom Kleingartenverein, wir brauchen Erde", "Bernd"),
        ("Anja von der Stadtverwaltung hat angerufen", "Anja"),
        ("mein name ist paul von der heide", "paul"),
    ],
)
def test_organisation_after_a_name_particle_is_not_part_of_the_name(text, name):
    assert [v for t, v in found(text) if t == "PERSON"] == [name]


# ---------------------------------------------------------------- fourth probe batch
def test_job_title_under_a_signature_name_is_not_a_person():
    result = found("Kind regards\nDr Amelia Hartmann-Price\nConsultant Radiologist", "en")
    assert ("PERSON", "Consultant Radiologist") not in result


def test_title_after_a_relation_word_is_not_a_name():
    assert found("Paket bitte bei der Nachbarin Fr. Schulze-Brink abgeben.") == [("PERSON", "Schulze-Brink")]


def test_noun_after_an_ordinal_at_the_end_is_not_a_sign_off():
    assert found("Ich bin auf Krücken angewiesen, bitte liefern Sie bis in den 3. Stock.") == []


def test_sign_off_after_a_number_that_ends_a_sentence_is_a_person():
    assert ("PERSON", "Huber") in found("Bitte rufen Sie mich an: Tel 0 89 / 12 34 56. Huber")


def test_branch_named_by_its_street_is_not_a_personal_address():
    assert found("Welche Öffnungszeiten hat die Filiale Hauptstraße 3 in Wismar?") == []


def test_acc_no_is_a_customer_number():
    assert ("CUSTOMER_NUMBER", "77120044") in found("cancel membership pls. acc no 77120044. ta", "en")


def test_member_of_the_union_is_trade_union():
    assert categories("As a member of the RMT I'm entitled to the union discount, right?", "en") == ["TRADE_UNION"]


def test_miscarriage_is_health():
    assert categories("I had a miscarriage last month, please stop the baby emails.", "en") == ["HEALTH"]


# ---------------------------------------------------------------- fifth probe batch
def test_honorific_before_a_labelled_name_is_not_part_of_it():
    result = found("recipient: Hon. Margaret Ellis-Boyd, 7 Kings Parade", "en")
    assert ("PERSON", "Margaret Ellis-Boyd") in result and ("PERSON", "Hon") not in result


def test_phone_with_an_en_dash_is_found():
    assert ("PHONE", "0157 – 88 44 21 90") in found("Rückruf erbeten: Frau Gül Aydın, 0157 – 88 44 21 90")


def test_two_word_city_after_a_postcode_is_one_span():
    result = found("Die Lieferung an Ahornstraße 3, 15711 Königs Wusterhausen wurde nicht zugestellt.")
    assert ("ADDRESS", "15711 Königs Wusterhausen") in result


def test_word_after_the_city_that_starts_a_new_item_is_not_part_of_it():
    assert ("ADDRESS", "10115 Berlin") in found("Hauptstr. 5, 10115 Berlin Tel. 030 1234567")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ich arbeite als Zahnarzthelferin und brauche Arbeitskleidung in Größe 38.", "de"),
        ("Bitte keine Anrufe vor 10 Uhr, ich arbeite nachts in der Klinik.", "de"),
        ("I work night shifts at the hospital, please deliver after 2 pm.", "en"),
    ],
)
def test_a_health_workplace_is_not_health_data(text, lang):
    assert categories(text, lang) == []


def test_hospital_stay_after_a_negated_work_phrase_is_health():
    assert categories("Ich arbeite nicht mehr, weil ich im Krankenhaus liege.") == ["HEALTH"]


def test_both_women_couple_is_sexual_orientation():
    assert categories("My partner and I (we're both women) want the couples massage.", "en") == ["SEXUAL_ORIENTATION"]


def test_union_dues_reveal_membership():
    assert categories("My employer deducts union dues – I'm in Unite – can you invoice them?", "en") == ["TRADE_UNION"]


# ---------------------------------------------------------------- sixth probe batch
def test_capitalised_homograph_after_ich_bin_is_a_name():
    assert found("Hallo, ich bin Frank und brauche Hilfe mit meinem Router.") == [("PERSON", "Frank")]


@pytest.mark.parametrize("text", ["Ich bin Christ und zahle Kirchensteuer.", "Ich bin Single und suche ein Zimmer."])
def test_noun_after_ich_bin_is_not_a_name(text):
    assert "PERSON" not in {t for t, _ in found(text)}


def test_bare_birth_year_directly_before_geboren_is_a_date_of_birth():
    assert ("DATE_OF_BIRTH", "2011") in found("Meine Tochter Johanna (2011 geboren) möchte ein Konto.")


def test_bare_year_before_a_birthday_gift_is_not_a_date_of_birth():
    assert found("2019 habe ich zum Geburtstag ein Rad bekommen.") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("My order arrived but the Harry Potter box set is missing book 3.", "en"),
        ("Die Kirchensteuer wird falsch berechnet. Ich bin Buchhalterin und prüfe das für unsere Mitarbeiter.", "de"),
        ("Black Friday deals – do they apply to the Dyson V15 as well?", "en"),
        ("Haben Sie Lesebrillen mit +2,5 dpt?", "de"),
    ],
)
def test_product_and_work_messages_reveal_nothing(text, lang):
    result = detect(text, lang)
    assert result.entities == [] and result.special_categories == []


# ---------------------------------------------------------------- seventh probe batch
def test_im_auftrag_is_not_an_initial():
    assert found("Mit freundlichen Grüßen\ni. A. Sabine Köster\nEinkauf") == [("PERSON", "Sabine Köster")]


def test_birth_date_label_with_a_relative_before_the_date():
    assert ("DATE_OF_BIRTH", "03.07.1979") in found("Geburtsdatum meiner Frau: 03.07.1979")


def test_name_of_a_referred_person_is_not_taken_as_the_writer():
    text = "Geburtsdatum meiner Frau: 03.07.1979, ihr Name: Petra Lenz-Hofmann"
    assert categories(text) == []


def test_lowercase_address_with_in_before_the_postcode():
    result = found("richtig ist lindenstraße 4 in 45127 essen")
    assert ("ADDRESS", "lindenstraße 4") in result and ("ADDRESS", "45127 essen") in result


def test_political_as_a_complaint_is_no_opinion():
    assert categories("Ich finde die Preiserhöhung politisch nicht in Ordnung, wann kommt die Rechnung?") == []


def test_political_activity_is_an_opinion():
    assert categories("Ich bin politisch aktiv und brauche 200 Flyer.") == ["POLITICAL_OPINION"]


# ---------------------------------------------------------------- eighth probe batch
def test_hyphenated_street_name_with_capitalised_street_word():
    assert ("ADDRESS", "Karl-Liebknecht-Str. 51") in found("wohnhaft Karl-Liebknecht-Str. 51, 04275 Leipzig")


def test_english_street_without_street_word_before_a_uk_postcode():
    assert ("ADDRESS", "21 Quayside") in found("New address: Apartment 4, 21 Quayside, Newcastle NE1 3DX.", "en")


def test_birth_date_after_is_the():
    assert ("DATE_OF_BIRTH", "5th of June 1948") in found("Her date of birth is the 5th of June 1948.", "en")


def test_several_customer_numbers_after_a_plural_label():
    result = found("Vertragsnummern V-11203 und V-11204, bitte zusammenlegen.")
    assert ("CUSTOMER_NUMBER", "V-11203") in result and ("CUSTOMER_NUMBER", "V-11204") in result


def test_membership_card_number_in_brackets():
    assert ("CUSTOMER_NUMBER", "0044 1290 33") in found("Meine Mitgliedskarte (Nr. 0044 1290 33) geht nicht.")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Wir sind ein Pflegedienst und bestellen regelmäßig Handschuhe.", "de"),
        ("Hello, I'm a teacher at a school for deaf children and want to order 30 tablets.", "en"),
    ],
)
def test_health_words_about_an_organisation_or_a_group_are_not_health_data(text, lang):
    assert categories(text, lang) == []


def test_care_service_for_a_relative_is_health_data():
    assert categories("Meine Mutter wird vom Pflegedienst betreut und braucht Hilfe.") == ["HEALTH"]


# ---------------------------------------------------------------- ninth probe batch
@pytest.mark.parametrize(
    "text",
    [
        "This is Second Notice? I never received a first one.",
        "What's the name Premium Plus actually for? The features look the same.",
    ],
)
def test_capitalised_product_words_after_name_cues_are_not_persons(text):
    assert found(text, "en") == []


def test_account_number_with_bei_ihnen_before_the_value():
    text = "Meine Kontonummer bei Ihnen ist 1044 2290 31, warum wurden Gebühren abgebucht?"
    assert ("CUSTOMER_NUMBER", "1044 2290 31") in found(text)


def test_partially_sighted_is_health():
    assert categories("I'm partially sighted, could you send the contract in large print?", "en") == ["HEALTH"]


# ---------------------------------------------------------------- tenth probe batch, quoted replies
def test_customer_number_in_the_shops_quoted_reply_is_the_customers():
    assert found("> Ihre Kundennummer lautet 1234567.") == [("CUSTOMER_NUMBER", "1234567")]


def test_your_account_number_is_a_customer_number():
    assert found("Your account number 55120934 is overdue", "en") == [("CUSTOMER_NUMBER", "55120934")]


def test_in_a_quoted_reply_your_means_the_customer_and_our_the_organisation():
    text = (
        "Danke\n\nAm 3.3. schrieb Shop <info@shop.de>:\nIhre Adresse: Hauptstr. 5, 10115 Berlin\n"
        "Unser Lager: Industriestr. 9, 21244 Buchholz"
    )
    assert found(text) == [("ADDRESS", "Hauptstr. 5"), ("ADDRESS", "10115 Berlin")]


def test_your_hotline_written_by_the_customer_stays_the_organisations():
    assert found("Ihre Hotline 030 45678912 ist ständig besetzt.") == []


def test_from_header_at_the_top_is_the_writers_own():
    text = "From: Ben <ben@x.co.uk>\nSubject: VAT\n\nHi, my VAT number is GB331343342, thanks"
    assert ("VAT_ID", "GB331343342") in found(text, "en")


def test_contract_number_without_nr_label():
    assert ("CUSTOMER_NUMBER", "88123-77") in found("Ich habe die Bestätigung für den Vertrag 88123-77 nie erhalten.")


def test_contract_year_range_is_not_a_number():
    assert found("Der Vertrag 2024-2025 läuft aus.") == []


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        ("I've been signed off work with stress for four weeks.", "en", "HEALTH"),
        ("Wir lassen unsere Tochter taufen und brauchen 40 Karten.", "de", "RELIGION"),
        ("Ich widerspreche der Speicherung meines Gesichtsscans und bitte um Löschung.", "de", "BIOMETRIC"),
    ],
)
def test_tenth_batch_categories(text, lang, category):
    assert categories(text, lang) == [category]
