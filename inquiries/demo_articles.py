"""The demo tenant's knowledge base (German): shipping, returns, payment, opening hours, warranty, account."""

ARTICLES = [
    (
        "Versandkosten und Lieferzeit",
        "Wir liefern innerhalb Deutschlands in 2 bis 3 Werktagen mit DHL. Der Versand kostet 4,90 Euro, ab einem "
        "Bestellwert von 50 Euro ist er kostenlos. Bestellungen, die bis 14 Uhr eingehen, verlassen unser Lager noch "
        "am selben Werktag.",
    ),
    (
        "Lieferung ins Ausland",
        "Wir liefern nach Österreich, in die Schweiz und in alle Länder der EU. Die Lieferzeit beträgt 4 bis 7 "
        "Werktage, die Versandkosten betragen 9,90 Euro. In die Schweiz können Zollgebühren anfallen.",
    ),
    (
        "Sendungsverfolgung",
        "Sobald Ihr Paket unser Lager verlässt, erhalten Sie eine E-Mail mit der Sendungsnummer. Damit können Sie "
        "die Lieferung auf der Website von DHL verfolgen. Die Sendungsnummer finden Sie auch in Ihrem Kundenkonto "
        "unter Bestellungen.",
    ),
    (
        "Rücksendung und Widerruf",
        "Sie können Artikel innerhalb von 30 Tagen nach Erhalt ohne Angabe von Gründen zurückschicken. Melden Sie die "
        "Rücksendung in Ihrem Kundenkonto unter Bestellungen an und drucken Sie das kostenlose Rücksendeetikett aus. "
        "Verpacken Sie den Artikel möglichst in der Originalverpackung und geben Sie das Paket bei einer "
        "DHL-Filiale ab.",
    ),
    (
        "Erstattung nach Rücksendung",
        "Nach Eingang der Rücksendung in unserem Lager prüfen wir den Artikel und erstatten den Kaufpreis innerhalb "
        "von 5 Werktagen. Die Erstattung erfolgt über die Zahlungsart, mit der Sie bezahlt haben. Bei PayPal ist das "
        "Geld meist am selben Tag da, bei Kreditkarten kann es einige Tage dauern.",
    ),
    (
        "Umtausch",
        "Einen Umtausch in eine andere Größe oder Farbe erledigen Sie am schnellsten, indem Sie den Artikel "
        "zurückschicken und neu bestellen. So ist Ihr Wunschartikel sofort für Sie reserviert.",
    ),
    (
        "Zahlungsarten",
        "Sie können per PayPal, Kreditkarte (Visa, Mastercard), Sofortüberweisung, Apple Pay und auf Rechnung "
        "bezahlen. Der Kauf auf Rechnung ist ab der zweiten Bestellung möglich; die Rechnung ist innerhalb von 14 "
        "Tagen zu bezahlen.",
    ),
    (
        "Rechnung und Mahnung",
        "Die Rechnung erhalten Sie als PDF per E-Mail, sobald Ihre Bestellung versendet wurde. Sie finden sie auch im "
        "Kundenkonto. Haben Sie eine Zahlungserinnerung erhalten, obwohl Sie bereits bezahlt haben, kann sich Ihre "
        "Zahlung mit der Erinnerung überschnitten haben: Zahlungen werden innerhalb von 3 Werktagen verbucht.",
    ),
    (
        "Öffnungszeiten und Erreichbarkeit",
        "Unser Kundenservice ist montags bis freitags von 8 bis 18 Uhr und samstags von 9 bis 14 Uhr erreichbar, "
        "telefonisch unter 0800 123 4567 (kostenlos) und per E-Mail an service@demo-gmbh.example. An Sonn- und "
        "Feiertagen sind wir nicht erreichbar; der Chat nimmt Ihre Fragen aber jederzeit an.",
    ),
    (
        "Ladengeschäft",
        "Unser Ladengeschäft in der Musterstraße 1, 10115 Berlin, ist montags bis samstags von 10 bis 19 Uhr "
        "geöffnet. Online bestellte Ware können Sie dort kostenlos abholen.",
    ),
    (
        "Garantie und Gewährleistung",
        "Auf alle Artikel gilt die gesetzliche Gewährleistung von 2 Jahren. Elektrogeräte haben zusätzlich 3 Jahre "
        "Herstellergarantie. Im Garantiefall melden Sie den Defekt bitte im Kundenkonto unter Bestellungen mit einer "
        "kurzen Beschreibung und einem Foto; wir schicken Ihnen dann ein Rücksendeetikett.",
    ),
    (
        "Defekter oder beschädigter Artikel",
        "Ist ein Artikel bei der Lieferung beschädigt oder defekt, melden Sie sich bitte innerhalb von 14 Tagen mit "
        "Fotos. Wir schicken Ihnen kostenlos Ersatz oder erstatten den Kaufpreis, ganz wie Sie möchten.",
    ),
    (
        "Kundenkonto anlegen",
        "Ein Kundenkonto legen Sie bei Ihrer ersten Bestellung oder unter Anmelden und dann Konto erstellen an. Im "
        "Konto sehen Sie Ihre Bestellungen, Rechnungen und Rücksendungen und können Adressen speichern.",
    ),
    (
        "Passwort vergessen",
        "Klicken Sie auf der Anmeldeseite auf Passwort vergessen und geben Sie Ihre E-Mail-Adresse ein. Sie erhalten "
        "einen Link, mit dem Sie ein neues Passwort festlegen können. Der Link ist 24 Stunden gültig.",
    ),
    (
        "Kundenkonto löschen",
        "Sie können Ihr Kundenkonto jederzeit löschen lassen: im Konto unter Einstellungen oder über unser "
        "Datenschutz-Anfrageformular. Rechnungen müssen wir aus steuerrechtlichen Gründen 10 Jahre aufbewahren.",
    ),
    (
        "Gutscheine",
        "Gutscheincodes geben Sie im Warenkorb im Feld Gutschein ein. Pro Bestellung kann ein Gutschein eingelöst "
        "werden. Gutscheine sind drei Jahre gültig und können nicht bar ausgezahlt werden.",
    ),
]
