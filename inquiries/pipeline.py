"""The answer pipeline: one customer message in, a streamed AI answer or a human handoff out.

intake -> stored message (already done by the caller) -> kill switch and human request -> retrieve knowledge ->
provider call (streamed, bounded) -> store and deliver the answer, or hand off. Whatever fails, the customer's
message stays stored and the conversation lands in the human queue.
"""

import logging
import re
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from channels.db import database_sync_to_async
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from compliance import selectors as compliance_selectors
from compliance.consent import art9_question, consent_record, has_art9_consent
from compliance.gate import readiness
from compliance.minimisation import StreamRestorer, minimise_turns, tenant_policy
from compliance.registrations import provider_config
from compliance.transfers import transfer_record_create
from dsar.selectors import processing_blocks
from inquiries import knowledge, selectors, services
from inquiries.models import ConversationStatus, Role
from inquiries.providers import HANDOFF_MARKER, build_provider
from inquiries.providers.base import (
    Completed,
    Passage,
    ProviderConfig,
    ProviderError,
    TextDelta,
    Turn,
    is_handoff,
    may_become_handoff,
)

log = logging.getLogger(__name__)

HUMAN_REQUEST = re.compile(
    r"\b(mensch(en|lich\w*)?|mitarbeiter\w*|echte[nr]? person|sachbearbeiter\w*|human|real person|agent|operator)\b",
    re.IGNORECASE,
)
HISTORY_TURNS = 10
# The built-in offline answerer: what answers while a tenant has no active provider registration.
LOCAL_CONFIG = ProviderConfig(kind="local", model="klardesk-local", api_key="")

SYSTEM_PROMPT = {
    "de": (
        "Du bist {name}, der digitale Kundenservice von {company}. Beantworte die Frage des Kunden ausschließlich "
        "auf Grundlage der Quellen unten, kurz, freundlich und in der Sprache des Kunden. Erfinde nichts. "
        "Platzhalter wie [PERSON_1] stehen für echte Angaben: übernimm sie unverändert. Wenn die Quellen die "
        "Frage nicht beantworten, antworte genau mit {marker} und sonst nichts. Nenne hinter jeder Aussage die id "
        "der Quelle in eckigen Klammern, z. B. [kb-7]."
    ),
    "en": (
        "You are {name}, the digital customer service of {company}. Answer the customer's question only from the "
        "sources below, briefly, kindly and in the customer's language. Invent nothing. Placeholders such as "
        "[PERSON_1] stand for real details: keep them unchanged. If the sources do not answer the question, reply "
        "with exactly {marker} and nothing else. After each statement, give the id of its source in square "
        "brackets, e.g. [kb-7]."
    ),
}
# The model's source citations, e.g. "[kb-7]" or "[kb-7, kb-9]": they name the sources shown to the customer and
# are taken out of the text the customer reads.
CITATION = re.compile(r"\s*\[\s*(kb-\d+(?:\s*[,;]\s*kb-\d+)*)\s*\]")


def cited_ids(text: str) -> set[str]:
    return {i.strip() for group in CITATION.findall(text) for i in re.split(r"[,;]", group)}


def strip_citations(text: str) -> str:
    return CITATION.sub("", text)


def handoff_text(reason: str) -> str:
    if reason == "customer_request":
        return _("Gladly: a member of our team will take over this conversation and reply here as soon as possible.")
    if reason in ("ai_disabled", "with_agent"):  # a follow-up while the team has the conversation
        return _("Thank you for your message. A member of our team will reply here as soon as possible.")
    if reason == "special_category":
        return _(
            "Your message contains particularly sensitive information, so a member of our team will answer you "
            "personally here as soon as possible."
        )
    return _(
        "I cannot answer this reliably myself, so I have passed your message to our team. "
        "A member of staff will reply here as soon as possible."
    )


def ai_disclosure() -> str:
    """AI Act Art. 50: the customer is told they are talking to an AI before the first answer."""
    return _("You are chatting with an AI assistant. A member of our team takes over whenever you ask for it.")


async def fail_safe_handoff(message_id: int) -> dict:
    """Last resort after an unexpected error: the stored message goes to the human queue."""
    message = await database_sync_to_async(selectors.message_get)(message_id)
    await database_sync_to_async(_hand_off)(message.conversation, "internal_error")
    return {"type": "handoff", "reason": "internal_error", "text": handoff_text("internal_error")}


@dataclass
class Prepared:
    conversation: object
    message: object
    handoff_reason: str = ""
    registration: object = None
    config: ProviderConfig | None = None
    data_categories: list[str] = field(default_factory=list)
    restorer_factory: object = None
    restore: object = None
    legal_basis: str = ""
    transfer_safeguard: str = ""
    recipient_legal_name: str = ""
    country: str = ""
    consent_categories: list[str] = field(default_factory=list)
    consent_text: str = ""
    system: str = ""
    turns: list[Turn] = field(default_factory=list)
    passages: list[knowledge.Passage] = field(default_factory=list)


def _prepare(message_id: int) -> Prepared:
    message = selectors.message_get(message_id)
    conversation = message.conversation
    prepared = Prepared(conversation=conversation, message=message)
    tenant = conversation.tenant
    if conversation.status in (ConversationStatus.HANDOFF, ConversationStatus.HUMAN):
        prepared.handoff_reason = "with_agent"
        return prepared
    if not tenant.ai_enabled:
        prepared.handoff_reason = "ai_disabled"
        return prepared
    if HUMAN_REQUEST.search(message.text):
        prepared.handoff_reason = "customer_request"
        return prepared
    # Art. 18 restriction or Art. 21 objection of this person: no AI processing, not even retrieval.
    blocks = processing_blocks(conversation)
    if blocks:
        prepared.handoff_reason = "restricted" if "restriction" in blocks else "objection"
        return prepared
    history = [m for m in selectors.message_list(conversation) if m.role in (Role.CUSTOMER, Role.AI)][-HISTORY_TURNS:]
    turns = [Turn(role="user" if m.role == Role.CUSTOMER else "assistant", text=m.text) for m in history]
    # Minimise before anything else decides: nothing below sees more than the provider may see.
    minimised = minimise_turns(
        turns,
        language=conversation.language,
        contact=conversation.contact,
        mapping=conversation.placeholder_map,
        policy=tenant_policy(),
    )
    services.conversation_save_placeholders(
        conversation=conversation, mapping=minimised.pseudonymiser.mapping.to_dict()
    )
    prepared.turns = minimised.turns
    prepared.data_categories = minimised.data_categories
    pseudonymiser, language = minimised.pseudonymiser, conversation.language
    prepared.restore = lambda text: pseudonymiser.restore(text, language)
    prepared.restorer_factory = lambda: StreamRestorer(pseudonymiser, language)
    prepared.registration = compliance_selectors.active_registration()
    if prepared.registration is None:
        prepared.config = LOCAL_CONFIG
    else:
        verdict = readiness(prepared.registration, special_categories=minimised.special_categories)
        if not verdict.ready:
            codes = verdict.codes
            prepared.handoff_reason = "special_category" if codes == ["art9_handoff"] else "compliance_blocked"
            log.info("gate blocked provider %s: %s", prepared.registration.kind, ",".join(codes))
            return prepared
        if minimised.special_categories and verdict.transfer_safeguard != "none":
            # The tenant chose explicit-consent mode (else the gate had blocked): ask once per conversation.
            if not has_art9_consent(conversation):
                prepared.consent_categories = minimised.special_categories
                prepared.consent_text = art9_question(
                    minimised.special_categories, verdict.recipient_legal_name or prepared.registration.kind
                )
                return prepared
        prepared.config = provider_config(prepared.registration)
        prepared.legal_basis = verdict.legal_basis
        prepared.transfer_safeguard = verdict.transfer_safeguard
        prepared.recipient_legal_name = verdict.recipient_legal_name
        prepared.country = verdict.country
    prepared.passages = knowledge.search(message.text, conversation.language)
    prepared.system = SYSTEM_PROMPT.get(conversation.language, SYSTEM_PROMPT["de"]).format(
        name=tenant.assistant_name, company=tenant.legal_name or tenant.name, marker=HANDOFF_MARKER
    )
    if tenant.assistant_instructions:
        prepared.system += "\n\n" + tenant.assistant_instructions
    return prepared


def _hand_off(conversation, reason: str) -> None:
    if conversation.status not in (ConversationStatus.HANDOFF, ConversationStatus.HUMAN):
        services.conversation_hand_off(conversation=conversation, reason=reason)


@transaction.atomic
def _store_answer(prepared: Prepared, text: str, completed, cited: set[str] = frozenset()) -> object:
    """The transfer record and the answer, in one transaction."""
    _record_transfer(prepared, "answered", completed=completed)
    # The sources the model cited by id, else those whose titles the answer names, else everything it was given.
    used = (
        [p for p in prepared.passages if p.id in cited]
        or [p for p in prepared.passages if p.title in text]
        or prepared.passages
    )
    sources = [{"id": p.id, "title": p.title, "url": p.url} for p in used]
    return services.ai_answer_store(conversation=prepared.conversation, text=text, sources=sources)


def _record_transfer(prepared: Prepared, outcome: str, *, completed=None, error=None, latency_ms: int = 0) -> None:
    transfer_record_create(
        conversation=prepared.conversation,
        message=prepared.message,
        registration=prepared.registration,
        config=prepared.config,
        outcome=outcome,
        data_categories=prepared.data_categories,
        legal_basis=prepared.legal_basis,
        transfer_safeguard=prepared.transfer_safeguard,
        recipient_legal_name=prepared.recipient_legal_name,
        country=prepared.country,
        input_tokens=completed.input_tokens if completed else 0,
        output_tokens=completed.output_tokens if completed else 0,
        latency_ms=completed.latency_ms if completed else latency_ms,
        attempts=completed.attempts if completed else getattr(error, "attempts", 1),
    )


async def answer(message_id: int) -> AsyncIterator[dict]:
    """Yield the frames for the customer: `delta`s then `answer`, or `handoff`. Never raises for AI failures."""
    prepared = await database_sync_to_async(_prepare)(message_id)
    conversation = prepared.conversation
    with translation.override(conversation.language):
        if prepared.handoff_reason:
            async for frame in _handoff_frames(prepared, prepared.handoff_reason):
                yield frame
            return
        if prepared.consent_categories:
            yield {
                "type": "consent_request",
                "purpose": "art9",
                "message_id": prepared.message.pk,
                "categories": prepared.consent_categories,
                "text": prepared.consent_text,
            }
            return
        started = time.monotonic()
        held, streamed, final = "", False, None
        restorer = prepared.restorer_factory()
        try:
            provider = build_provider(prepared.config)
            async for event in provider.stream(
                system=prepared.system,
                turns=prepared.turns,
                passages=[Passage(id=p.id, title=p.title, text=p.text) for p in prepared.passages],
            ):
                if isinstance(event, TextDelta):
                    # Hold text back while it could still be the start of the handoff marker.
                    held += event.text
                    if not streamed and may_become_handoff(held):
                        continue
                    streamed = True
                    piece, held = strip_citations(restorer.feed(held)), ""
                    if piece:
                        yield {"type": "delta", "text": piece}
                elif isinstance(event, Completed):
                    final = event
        except ProviderError as exc:
            log.warning("provider %s failed: %s after %s attempts", prepared.config.kind, exc.code, exc.attempts)
            elapsed = int((time.monotonic() - started) * 1000)
            await database_sync_to_async(_record_transfer)(prepared, f"error:{exc.code}", error=exc, latency_ms=elapsed)
            async for frame in _handoff_frames(prepared, "provider_error"):
                yield frame
            return
        if final is None or is_handoff(final.text) or not strip_citations(final.text).strip():
            await database_sync_to_async(_record_transfer)(prepared, "cannot_answer", completed=final)
            async for frame in _handoff_frames(prepared, "cannot_answer"):
                yield frame
            return
        if rest := strip_citations(restorer.flush()):
            yield {"type": "delta", "text": rest}
        answer_text = prepared.restore(strip_citations(final.text).strip())
        stored = await database_sync_to_async(_store_answer)(prepared, answer_text, final, cited_ids(final.text))
        yield {
            "type": "answer",
            "message_id": stored.pk,
            "text": stored.text,
            "sources": stored.sources,
        }


def _record_consent(message_id: int, granted: bool) -> Prepared:
    prepared = _prepare(message_id)
    if prepared.consent_categories:
        consent_record(
            conversation=prepared.conversation,
            message=prepared.message,
            granted=granted,
            categories=prepared.consent_categories,
            text_shown=prepared.consent_text,
        )
    return prepared


async def consent_answer(message_id: int, granted: bool) -> AsyncIterator[dict]:
    """The customer answered a consent question: record it, then answer the held message or hand it off."""
    prepared = await database_sync_to_async(_record_consent)(message_id, granted)
    if not prepared.consent_categories:  # nothing was asked for this message (or it was answered before)
        return
    if granted:
        async for frame in answer(message_id):
            yield frame
        return
    with translation.override(prepared.conversation.language):
        async for frame in _handoff_frames(prepared, "special_category"):
            yield frame


async def _handoff_frames(prepared: Prepared, reason: str):
    await database_sync_to_async(_hand_off)(prepared.conversation, reason)
    yield {"type": "handoff", "reason": reason, "text": handoff_text(reason)}
