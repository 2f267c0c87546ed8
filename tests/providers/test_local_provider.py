"""The offline answerer: the relevant part of the contract, plus how it composes answers."""

from __future__ import annotations

import socket

import pytest

from inquiries.providers import HANDOFF_MARKER, Passage, ProviderConfig, Turn, build_provider
from inquiries.providers.local_provider import compose_answer, detect_language, stem

from .helpers import run_check, run_stream

PASSAGES = [
    Passage(
        "kb-1",
        "Rücksendung",
        "Artikel können innerhalb von 30 Tagen kostenlos zurückgeschickt werden. "
        "Das Etikett finden Sie im Kundenkonto. Erstattungen dauern fünf Werktage.",
    ),
    Passage("kb-2", "Zahlungsarten", "Wir akzeptieren PayPal, Kreditkarte und Kauf auf Rechnung."),
    Passage("kb-3", "Shipping", "We ship to all EU countries. Delivery takes 2 to 4 business days."),
]


@pytest.fixture
def local():
    return build_provider(ProviderConfig(kind="local", model="local", api_key=""))


def ask(provider, question: str, passages: list[Passage] = PASSAGES):
    return run_stream(provider, turns=[Turn("user", question)], passages=passages)


def test_answers_in_german_from_the_best_passage_and_names_the_source(local) -> None:
    outcome = ask(local, "Wie viele Tage habe ich für eine Rücksendung?")

    assert outcome.completed is not None
    assert outcome.completed.text.startswith("Artikel können innerhalb von 30 Tagen")
    assert outcome.completed.text.endswith("Quelle: Rücksendung")
    assert "PayPal" not in outcome.completed.text


def test_answers_an_english_question_with_an_english_source_label(local) -> None:
    outcome = ask(local, "How long does delivery take?")

    assert outcome.completed is not None
    assert outcome.completed.text == "Delivery takes 2 to 4 business days.\n\nSource: Shipping"


def test_streams_word_by_word_and_the_deltas_add_up_to_the_answer(local) -> None:
    outcome = ask(local, "Kann ich mit PayPal bezahlen?")

    assert outcome.completed is not None
    assert len(outcome.deltas) == len(outcome.completed.text.split())
    assert "".join(outcome.deltas) == outcome.completed.text
    assert outcome.completed.output_tokens == len(outcome.completed.text.split())
    assert outcome.completed.input_tokens > 0
    assert outcome.completed.attempts == 1


def test_without_a_matching_passage_it_hands_off(local) -> None:
    outcome = ask(local, "Verkaufen Sie auch Autos?")

    assert outcome.completed is not None
    assert outcome.completed.text == HANDOFF_MARKER
    assert outcome.deltas == [HANDOFF_MARKER]


def test_without_passages_it_hands_off(local) -> None:
    assert ask(local, "Wo ist mein Paket?", passages=[]).completed.text == HANDOFF_MARKER


def test_it_answers_the_last_customer_message(local) -> None:
    turns = [
        Turn("user", "Kann ich mit PayPal bezahlen?"),
        Turn("assistant", "Ja."),
        Turn("user", "Und wie lange dauert die Erstattung nach der Rücksendung?"),
    ]

    outcome = run_stream(local, turns=turns, passages=PASSAGES)

    assert "Erstattungen dauern fünf Werktage." in outcome.completed.text
    assert "PayPal" not in outcome.completed.text


def test_it_needs_no_network(local, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args, **kwargs):
        raise AssertionError("the local provider opened a socket")

    # Connecting and name lookups, not socket creation: the event loop itself needs a socket pair.
    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)

    assert ask(local, "Kann ich mit PayPal bezahlen?").completed is not None
    assert run_check(local) is None


def test_two_matching_passages_are_both_named() -> None:
    answer = compose_answer("Kann ich eine Rücksendung mit PayPal erstattet bekommen?", PASSAGES)

    assert answer.endswith("Quellen: Rücksendung, Zahlungsarten")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Wie lange dauert die Lieferung?", "de"),
        ("Ich habe eine Frage zu meiner Bestellung", "de"),
        ("How long does the delivery take?", "en"),
        ("Where is my parcel? I ordered it on Monday.", "en"),
        ("Paket", "de"),
    ],
)
def test_detects_the_customer_language(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("a", "b"),
    [("Lieferung", "Lieferungen"), ("Tage", "Tagen"), ("returns", "returned"), ("Größe", "Grösse")],
)
def test_light_stemming_joins_word_forms(a: str, b: str) -> None:
    assert stem(a) == stem(b)
