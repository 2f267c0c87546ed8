"""Every letter and e-mail to the person, the recipients and the tenant exists in German and in English."""

from datetime import date, timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone

from dsar.letters import _context, render_letter
from tenants.context import tenant_context
from tests.dsar.helpers import verified_request

LETTERS = Path(settings.BASE_DIR) / "templates" / "dsar" / "letters"
KINDS = sorted(p.stem for p in (LETTERS / "de").glob("*.txt"))
GREETING = {"de": "Mit freundlichen Grüßen", "en": "Kind regards"}


def test_every_german_letter_has_an_english_one_and_the_reverse():
    assert KINDS and KINDS == sorted(p.stem for p in (LETTERS / "en").glob("*.txt"))


@pytest.mark.parametrize("kind", KINDS)
def test_letter_renders_completely_in_both_languages(tenant_a, tenant_b, mailoutbox, kind):
    dsar = verified_request(tenant_a.tenant, rights=["access", "erasure"])
    now = timezone.now()
    extra = {
        "code": "123456",
        "link_token": "signed-token",
        "download_token": "signed-download",
        "expires_at": now + timedelta(days=7),
        "reason": "Begründung / reasons",
        "ground": "Art. 12(5)",
        "fields": ["Telefon"],
        "annotations": 1,
        "recipients": ["OpenAI Ireland Ltd."],
        "erased": 7,
        "conversations": 2,
        "messages": 5,
        "kept": [{"conversation": 9, "reason": "HGB §257", "until": date(2032, 12, 31)}],
        "requests": [dsar],
        "today": timezone.localdate(),
        "trigger": "erasure",
        "recipient": "OpenAI Ireland Ltd.",
        "transfers": 3,
        "first": now - timedelta(days=3),
        "last": now,
    }
    texts = {}
    with tenant_context(tenant_a.tenant):
        for language in ("de", "en"):
            subject, body = render_letter(kind, language, _context(dsar, extra))
            assert subject and "{{" not in subject + body and "{%" not in subject + body
            assert GREETING[language] in body or kind == "reminder"
            texts[language] = subject + body
    assert texts["de"] != texts["en"]
    assert "Mit freundlichen Grüßen" not in texts["en"] and "Kind regards" not in texts["de"]


@pytest.mark.parametrize(("trigger", "german"), [("erasure", "Löschung"), ("rectification", "Berichtigung")])
def test_german_art19_letter_names_the_right_in_german(tenant_a, tenant_b, trigger, german):
    subject, _ = render_letter("art19", "de", {"trigger": trigger, "reference": "ABC", "recipient": "X"})
    assert f"Art. 19 DSGVO: {german} personenbezogener Daten" in subject and trigger not in subject


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("de", ["zu beschweren", "Art. 77 DSGVO", "gerichtlichen Rechtsbehelf", "Berliner Beauftragte"]),
        ("en", ["complaint", "Art. 77 GDPR", "judicial remedy", "Art. 78, 79 GDPR", "Berliner Beauftragte"]),
    ],
)
def test_refusal_letter_names_the_right_to_complain_and_to_a_judicial_remedy(
    tenant_a, tenant_b, mailoutbox, language, words
):
    from dsar.services import request_refuse

    dsar = verified_request(tenant_a.tenant, rights=["access"], language=language)
    with tenant_context(tenant_a.tenant):
        request_refuse(request=dsar, actor="t", ground="manifestly_unfounded", reason="Kein Bezug / no relation")
        letter = dsar.letters.get(kind="refusal")
    assert letter.language == language and mailoutbox[-1].body == letter.body
    for word in words:
        assert word in letter.body, word
