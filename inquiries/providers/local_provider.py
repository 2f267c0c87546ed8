"""The offline answerer: composes a short answer from the tenant's passages without any network.

It is the demo default and the fallback for tenants that may not send data to any external provider. It picks
the best-matching sentences of the best-matching passages by word overlap with the customer's last message (with
light German/English stemming), answers in the customer's language and names its sources. With no match it
answers with the handoff marker, as the models are told to.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import AsyncIterator

from .base import (
    HANDOFF_MARKER,
    Completed,
    Passage,
    ProviderConfig,
    ProviderError,
    StreamEvent,
    TextDelta,
    Turn,
    compose_system,
    word_count,
)

logger = logging.getLogger("inquiries.providers")

# fmt: off
GERMAN_STOP_WORDS = frozenset(
    {
        "aber", "alle", "als", "also", "am", "an", "auch", "auf", "aus", "bei", "bin", "bis", "bitte", "da", "dann",
        "das", "dass", "dein", "deine", "dem", "den", "der", "des", "die", "dies", "diese", "dieser", "doch", "du",
        "durch", "ein", "eine", "einem", "einen", "einer", "eines", "er", "es", "euch", "euer", "für", "gibt", "habe",
        "haben", "hallo", "hat", "ich", "ihr", "ihre", "im", "in", "ist", "ja", "jetzt", "kann", "kein", "keine",
        "können", "man", "mein", "meine", "mich", "mir", "mit", "muss", "nach", "nicht", "noch", "nur", "ob", "oder",
        "sehr", "sich", "sie", "sind", "so", "über", "um", "und", "uns", "unser", "vom", "von", "vor", "war", "warum",
        "was", "welche", "wenn", "wer", "wie", "wieso", "wir", "wird", "wo", "zu", "zum", "zur", "guten", "tag",
        "danke",
    }
)
ENGLISH_STOP_WORDS = frozenset(
    {
        "a", "about", "am", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can", "could", "do",
        "does", "for", "from", "had", "has", "have", "hello", "hi", "how", "i", "if", "in", "is", "it", "its", "me",
        "my", "no", "not", "of", "on", "or", "our", "please", "so", "than", "that", "the", "their", "them", "there",
        "this", "to", "us", "was", "we", "what", "when", "where", "which", "who", "why", "will", "with", "would", "you",
        "your", "thanks", "thank",
    }
)
# fmt: on
STOP_WORDS = GERMAN_STOP_WORDS | ENGLISH_STOP_WORDS

# Longest first, so that "ungen" wins over "en". Light stemming: enough to match "Lieferung"/"Lieferungen" or
# "returns"/"returned", without a dictionary.
_SUFFIXES = ("ungen", "ung", "ern", "en", "er", "es", "em", "ing", "ed", "e", "n", "s")
_MIN_STEM = 3
_TOP_PASSAGES = 2
_SENTENCES_PER_PASSAGE = 2

_WORD = re.compile(r"\w+", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def detect_language(text: str) -> str:
    """'de' or 'en', by which language's stop words the text uses more; German wins ties (the home market)."""
    words = [w.lower() for w in _WORD.findall(text)]
    german = sum(w in GERMAN_STOP_WORDS for w in words)
    english = sum(w in ENGLISH_STOP_WORDS for w in words)
    return "en" if english > german else "de"


def stem(word: str) -> str:
    word = word.lower().replace("ß", "ss")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            return word[: -len(suffix)]
    return word


def terms(text: str) -> set[str]:
    return {stem(w) for w in _WORD.findall(text) if w.lower() not in STOP_WORDS}


def compose_answer(question: str, passages: list[Passage]) -> str:
    """The answer text: best sentences of the best passages plus their titles, or the handoff marker."""
    wanted = terms(question)
    language = detect_language(question)
    scored = sorted(
        (
            # Among equally good passages, those in the customer's language come first.
            (-len(wanted & terms(f"{p.title} {p.text}")), detect_language(p.text) != language, index, p)
            for index, p in enumerate(passages)
        ),
        key=lambda item: item[:3],
    )
    chosen = [p for negative_score, _, _, p in scored[:_TOP_PASSAGES] if negative_score < 0]
    if not chosen:
        return HANDOFF_MARKER
    sentences: list[str] = []
    for passage in chosen:
        sentences += [s for s in _best_sentences(passage.text, wanted) if s not in sentences]
    label = "Source" if language == "en" else "Quelle"
    if len(chosen) > 1:
        label += "s" if language == "en" else "n"
    return " ".join(sentences) + f"\n\n{label}: " + ", ".join(p.title for p in chosen)


def _best_sentences(text: str, wanted: set[str]) -> list[str]:
    """The passage's sentences that share most words with the question, in the passage's own order; the first
    sentence when only the title matched."""
    sentences = [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]
    overlap = {s: len(wanted & terms(s)) for s in sentences}
    best = sorted((s for s in sentences if overlap[s] > 0), key=lambda s: -overlap[s])[:_SENTENCES_PER_PASSAGE]
    return [s for s in sentences if s in best] or sentences[:1]


class LocalProvider:
    host = ""  # nothing leaves the process

    def __init__(self, config: ProviderConfig) -> None:
        self.config = config

    async def stream(self, *, system: str, turns: list[Turn], passages: list[Passage]) -> AsyncIterator[StreamEvent]:
        started = time.monotonic()
        questions = [turn.text for turn in turns if turn.role == "user"]
        if not questions:
            raise ProviderError("bad_request", "There is no message to answer.", attempts=0)
        answer = compose_answer(questions[-1], passages)
        for word in re.findall(r"\S+\s*", answer):
            yield TextDelta(word)
        latency_ms = int((time.monotonic() - started) * 1000)
        logger.info(
            "provider call completed kind=local model=%s attempt=1 latency_ms=%d", self.config.model, latency_ms
        )
        yield Completed(
            text=answer,
            input_tokens=word_count(compose_system(system, passages)) + sum(word_count(t.text) for t in turns),
            output_tokens=word_count(answer),
            latency_ms=latency_ms,
            attempts=1,
            model=self.config.model or "local",
        )

    async def check(self) -> None:
        """Nothing to reach: the local answerer is always available."""

    async def aclose(self) -> None:
        """Nothing to release."""
