"""The readiness gate: may this tenant's customer text go to this provider registration right now?

Contract (called by the answer pipeline before every provider call)::

    readiness(registration, *, special_categories: Iterable[str] = ()) -> Verdict

- `registration` is a `ProviderRegistration` of the current tenant (the caller has set the tenant context).
- `special_categories` are the Art. 9 categories detected in the minimised message (e.g. ``["HEALTH"]``).
- `Verdict.ready` False means: make no call, hand the conversation to a human. `Verdict.reasons` lists every
  open point as a `Reason` with `code`, `text_de`, `text_en`, `action_de`, `action_en`. When ready, the verdict
  carries what the transfer record needs: `legal_basis`, `transfer_safeguard` ("EU", "adequacy", "DPF", "SCC",
  "none"), `recipient_legal_name`, `country`; and `facts_checked_on`, the date the provider facts were checked.

The configuration part of the verdict is cached (Django cache) under a key made of tenant, registration, the
registration's `updated_at`, today's date (documents expire), a per-tenant version bumped by every compliance
service and a global version bumped when the operator edits a legal profile. The kill switch and the Art. 9 check
are applied on every call, outside the cache. A change of the configuration verdict (ready <-> blocked, or other
reasons) writes a `gate.verdict_changed` audit event.

Rules (each reason code in `REASONS`): kill switch; legal profile known; plan, deployment (Gemini) and legal basis
answered, with a balancing note for Art. 6(1)(f); a free plan without DPA receives nothing; training off (with the
date confirmed) unless a joint-controller agreement covers it; processor -> signed, unexpired DPA with the
checklist confirmed; joint controller -> JCA; independent-or-joint controller -> DPA or JCA; third country ->
adequacy, or DPF for a certified US recipient, or SCCs; Art. 9 data only in explicit-consent mode; privacy
notice published. A `local` registration (and a self-hosted endpoint) has no recipient: only the kill switch applies.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from compliance.models import (
    Art9Policy,
    Deployment,
    DocumentKind,
    LegalBasis,
    ProviderKind,
    ProviderRegistration,
    ProviderRole,
)

EEA = frozenset("AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO".split())
# Countries with an EU adequacy decision as a whole (the US only for DPF-certified recipients).
ADEQUACY = frozenset("AD AR CA CH FO GB GG IL IM JE JP KR NZ UY".split())
PROFILE_BY_KIND = {
    ProviderKind.OPENAI: "openai",
    ProviderKind.ANTHROPIC: "anthropic",
    ProviderKind.GEMINI: "google-gemini",
    ProviderKind.LOCAL: "self-hosted",
}
LEGAL_BASIS_TEXT = {
    LegalBasis.LEGITIMATE_INTEREST: "Art. 6(1)(f) GDPR",
    LegalBasis.CONSENT: "Art. 6(1)(a) GDPR",
    LegalBasis.CONTRACT: "Art. 6(1)(b) GDPR",
}
CACHE_TTL = 3600


@dataclass(frozen=True)
class Reason:
    code: str
    text_de: str
    text_en: str
    action_de: str
    action_en: str

    def text(self, language: str) -> str:
        return self.text_en if language == "en" else self.text_de

    def action(self, language: str) -> str:
        return self.action_en if language == "en" else self.action_de


# code: (text_de, text_en, action_de, action_en); texts may use {provider}.
REASONS: dict[str, tuple[str, str, str, str]] = {
    "ai_disabled": (
        "Die KI-Beantwortung ist ausgeschaltet (Notschalter).",
        "AI answering is switched off (kill switch).",
        "Schalten Sie die KI-Beantwortung in den Einstellungen wieder ein.",
        "Switch AI answering back on in the settings.",
    ),
    "legal_profile_missing": (
        "Für diesen Endpunkt ist kein Anbieter (juristische Person) hinterlegt.",
        "No provider (legal entity) is recorded for this endpoint.",
        "Wählen Sie bei der Registrierung den Anbieter aus, der den Endpunkt betreibt.",
        "Choose the provider that operates the endpoint in the registration.",
    ),
    "plan_missing": (
        "Der Tarif bei {provider} ist nicht angegeben.",
        "The plan at {provider} is not stated.",
        "Geben Sie an, ob Sie einen kostenlosen, bezahlten oder Enterprise-Tarif nutzen.",
        "State whether you use a free, paid or enterprise plan.",
    ),
    "deployment_missing": (
        "Die Bereitstellung von Gemini (Workspace, Vertex AI oder Gemini API) ist nicht angegeben.",
        "The Gemini deployment (Workspace, Vertex AI or Gemini API) is not stated.",
        "Geben Sie an, über welche Bereitstellung Sie Gemini nutzen.",
        "State through which deployment you use Gemini.",
    ),
    "legal_basis_missing": (
        "Die Rechtsgrundlage für die KI-Verarbeitung ist nicht gewählt.",
        "The legal basis for the AI processing is not chosen.",
        "Wählen Sie Art. 6 Abs. 1 lit. f, a oder b DSGVO.",
        "Choose Art. 6(1)(f), (a) or (b) GDPR.",
    ),
    "balancing_note_missing": (
        "Für das berechtigte Interesse (Art. 6 Abs. 1 lit. f DSGVO) fehlt die Interessenabwägung.",
        "The balancing of interests for the legitimate interest (Art. 6(1)(f) GDPR) is missing.",
        "Beschreiben Sie kurz Ihr Interesse und warum es die Interessen der Kunden überwiegt.",
        "Describe your interest briefly and why it outweighs the customers' interests.",
    ),
    "plan_without_dpa": (
        "{provider} bietet für diesen Tarif keinen Auftragsverarbeitungsvertrag: keine personenbezogenen Daten.",
        "{provider} offers no data processing agreement on this plan: no personal data may be sent.",
        "Wechseln Sie auf einen Tarif mit Auftragsverarbeitungsvertrag.",
        "Move to a plan that comes with a data processing agreement.",
    ),
    "training_not_off": (
        "{provider} trainiert standardmäßig mit Ihren Daten, und das Abschalten ist nicht bestätigt.",
        "{provider} trains on your data by default, and switching it off is not confirmed.",
        "Schalten Sie das Training bei {provider} ab (z. B. unter „Data Controls“) und bestätigen Sie das Datum.",
        "Switch training off at {provider} (e.g. under 'Data Controls') and confirm the date.",
    ),
    "training_cannot_be_disabled": (
        "Bei {provider} lässt sich das Training mit Ihren Daten nicht abschalten.",
        "Training on your data cannot be switched off at {provider}.",
        "Laden Sie einen Vertrag über gemeinsame Verantwortlichkeit hoch oder wählen Sie einen anderen Anbieter.",
        "Upload a joint-controller agreement or choose another provider.",
    ),
    "dpa_missing": (
        "Es liegt kein unterschriebener Auftragsverarbeitungsvertrag (AVV) mit {provider} vor.",
        "There is no signed data processing agreement (DPA) with {provider}.",
        "Laden Sie den unterschriebenen AVV als PDF hoch.",
        "Upload the signed DPA as a PDF.",
    ),
    "dpa_expired": (
        "Der Auftragsverarbeitungsvertrag mit {provider} ist abgelaufen.",
        "The data processing agreement with {provider} has expired.",
        "Laden Sie den aktuellen, unterschriebenen AVV hoch.",
        "Upload the current signed DPA.",
    ),
    "dpa_checklist_unconfirmed": (
        "Die Prüfliste zum Auftragsverarbeitungsvertrag (Art. 28 Abs. 3 DSGVO) ist nicht bestätigt.",
        "The checklist for the data processing agreement (Art. 28(3) GDPR) is not confirmed.",
        "Prüfen Sie den AVV und bestätigen Sie jeden Punkt der Prüfliste.",
        "Check the DPA and confirm every point of the checklist.",
    ),
    "jca_missing": (
        "Es liegt keine Vereinbarung über gemeinsame Verantwortlichkeit (Art. 26 DSGVO) mit {provider} vor.",
        "There is no joint-controller agreement (Art. 26 GDPR) with {provider}.",
        "Laden Sie die unterschriebene Vereinbarung nach Art. 26 DSGVO hoch.",
        "Upload the signed Art. 26 GDPR agreement.",
    ),
    "dpa_or_jca_missing": (
        "{provider} bestimmt bei dieser Bereitstellung selbst über Zwecke: "
        "es fehlt ein AVV oder eine Vereinbarung nach Art. 26 DSGVO.",
        "{provider} decides purposes itself in this deployment: a DPA or an Art. 26 GDPR agreement is missing.",
        "Laden Sie je nach Fall den AVV oder die Vereinbarung über gemeinsame Verantwortlichkeit hoch, "
        "oder nutzen Sie Workspace bzw. Vertex AI.",
        "Upload the DPA or the joint-controller agreement as the case requires, or use Workspace or Vertex AI.",
    ),
    "transfer_safeguard_missing": (
        "Für die Übermittlung in ein Drittland ({country}) fehlt eine Garantie (Angemessenheitsbeschluss, "
        "DPF-Zertifizierung oder Standardvertragsklauseln).",
        "The transfer to a third country ({country}) lacks a safeguard (adequacy decision, DPF certification or "
        "standard contractual clauses).",
        "Laden Sie die unterschriebenen Standardvertragsklauseln (mit Modul) hoch.",
        "Upload the signed standard contractual clauses (with the module).",
    ),
    "art9_handoff": (
        "Die Nachricht enthält besondere Kategorien personenbezogener Daten (Art. 9 DSGVO).",
        "The message contains special categories of personal data (Art. 9 GDPR).",
        "Ein Mitarbeiter übernimmt; nur im Modus „ausdrückliche Einwilligung“ darf die KI antworten.",
        "An agent takes over; the AI may answer only in 'explicit consent' mode.",
    ),
    "privacy_notice_unpublished": (
        "Der Datenschutzhinweis zur KI ist nicht als veröffentlicht bestätigt.",
        "The AI privacy notice is not confirmed as published.",
        "Veröffentlichen Sie den erzeugten Absatz in Ihrer Datenschutzerklärung und bestätigen Sie die URL.",
        "Publish the generated paragraph in your privacy policy and confirm its URL.",
    ),
}


def reason(code: str, **params) -> Reason:
    text_de, text_en, action_de, action_en = REASONS[code]
    return Reason(
        code=code,
        text_de=text_de.format(**params),
        text_en=text_en.format(**params),
        action_de=action_de.format(**params),
        action_en=action_en.format(**params),
    )


@dataclass
class Verdict:
    ready: bool
    reasons: list[Reason] = field(default_factory=list)
    facts_checked_on: datetime.date | None = None
    legal_basis: str = ""
    transfer_safeguard: str = ""
    recipient_legal_name: str = ""
    country: str = ""

    @property
    def codes(self) -> list[str]:
        return [r.code for r in self.reasons]


def gate_reasons_for_display(verdict: Verdict, language: str) -> list[dict]:
    """The open points in one language, for the console and the API."""
    return [{"code": r.code, "text": r.text(language), "action": r.action(language)} for r in verdict.reasons]


# --- cache versions -----------------------------------------------------------------------------------------------


def _tenant_version_key(tenant_id) -> str:
    return f"compliance:gate:version:{tenant_id}"


GLOBAL_VERSION_KEY = "compliance:gate:version:global"


def invalidate(tenant_id=None) -> None:
    """Bump the tenant's (or, without a tenant, every tenant's) gate version now and again after the commit.

    The second bump drops a verdict that a concurrent reader computed from the not yet committed state.
    """
    key = _tenant_version_key(tenant_id) if tenant_id is not None else GLOBAL_VERSION_KEY

    def bump():
        try:
            cache.incr(key)
        except ValueError:
            cache.set(key, 2, None)

    bump()
    transaction.on_commit(bump)


def _cache_key(registration: ProviderRegistration) -> str:
    versions = cache.get_many([_tenant_version_key(registration.tenant_id), GLOBAL_VERSION_KEY])
    return ":".join(
        str(part)
        for part in (
            "compliance:gate:verdict",
            registration.tenant_id,
            registration.pk,
            registration.updated_at.timestamp() if registration.updated_at else 0,
            timezone.localdate().isoformat(),
            versions.get(_tenant_version_key(registration.tenant_id), 1),
            versions.get(GLOBAL_VERSION_KEY, 1),
        )
    )


# --- evaluation -----------------------------------------------------------------------------------------------------


def readiness(registration: ProviderRegistration, *, special_categories: Iterable[str] = ()) -> Verdict:
    """Ready or blocked, with every reason. Blocked means no provider call. See the module docstring."""
    key = _cache_key(registration)
    base = cache.get(key)
    if base is None:
        base = evaluate(registration)
        _record_change(registration, base)
        cache.set(key, base, CACHE_TTL)
    reasons = []
    if not registration.tenant.ai_enabled:
        reasons.append(reason("ai_disabled"))
    reasons.extend(base.reasons)
    if list(special_categories) and base.transfer_safeguard != "none":
        from compliance.selectors import privacy_settings

        if privacy_settings().art9_policy != Art9Policy.EXPLICIT_CONSENT:
            reasons.append(reason("art9_handoff"))
    return Verdict(
        ready=not reasons,
        reasons=reasons,
        facts_checked_on=base.facts_checked_on,
        legal_basis=base.legal_basis,
        transfer_safeguard=base.transfer_safeguard,
        recipient_legal_name=base.recipient_legal_name,
        country=base.country,
    )


def evaluate(registration: ProviderRegistration) -> Verdict:
    """The configuration verdict, uncached and without the kill switch and Art. 9 (which depend on the moment)."""
    from compliance import selectors

    answers = selectors.legal_answers_for(registration)
    profile = selectors.legal_profile_for(registration, answers)
    settings = selectors.privacy_settings()
    if profile is None:
        return Verdict(ready=False, reasons=[reason("legal_profile_missing")], country=registration.country)
    verdict = Verdict(ready=False, facts_checked_on=profile.facts_checked_on)
    if registration.kind == ProviderKind.LOCAL or profile.default_role == ProviderRole.NONE:
        verdict.ready, verdict.transfer_safeguard, verdict.country = True, "none", registration.country
        verdict.legal_basis = LEGAL_BASIS_TEXT.get(answers.legal_basis, "") if answers else ""
        return verdict
    name = profile.name
    reasons = verdict.reasons
    verdict.recipient_legal_name = profile.legal_name
    verdict.country = (registration.country or profile.headquarters_country).upper()
    plan = answers.plan if answers else ""
    deployment = answers.deployment if answers else ""
    if not plan:
        reasons.append(reason("plan_missing", provider=name))
    if registration.kind == ProviderKind.GEMINI and deployment not in Deployment.values:
        reasons.append(reason("deployment_missing"))
    basis = answers.legal_basis if answers else ""
    if not basis:
        reasons.append(reason("legal_basis_missing"))
    elif basis == LegalBasis.LEGITIMATE_INTEREST and not answers.balancing_note.strip():
        reasons.append(reason("balancing_note_missing"))
    verdict.legal_basis = LEGAL_BASIS_TEXT.get(basis, "")

    documents = selectors.current_documents(registration)
    dpa, jca, scc = (documents.get(k) for k in (DocumentKind.DPA, DocumentKind.JCA, DocumentKind.SCC))
    today = timezone.localdate()
    dpa_valid = dpa is not None and (dpa.expires_on is None or dpa.expires_on >= today)
    jca_valid = jca is not None and (jca.expires_on is None or jca.expires_on >= today)

    if plan and plan not in profile.dpa_plans:
        reasons.append(reason("plan_without_dpa", provider=name))
    training_off = bool(answers and answers.training_off and answers.training_off_confirmed_on)
    if profile.trains_by_default and not training_off and not jca_valid:
        code = "training_not_off" if profile.training_can_be_disabled else "training_cannot_be_disabled"
        reasons.append(reason(code, provider=name))

    role = profile.role_for(deployment)
    if role == ProviderRole.PROCESSOR:
        reasons.extend(_dpa_reasons(dpa, dpa_valid, name))
    elif role == ProviderRole.JOINT_CONTROLLER and not jca_valid:
        reasons.append(reason("jca_missing", provider=name))
    elif role == ProviderRole.CONTROLLER and not jca_valid:
        if dpa is None:
            reasons.append(reason("dpa_or_jca_missing", provider=name))
        else:
            reasons.extend(_dpa_reasons(dpa, dpa_valid, name))

    scc_valid = scc is not None and (scc.expires_on is None or scc.expires_on >= today)
    if verdict.country in EEA:
        verdict.transfer_safeguard = "EU"
    elif verdict.country in ADEQUACY:
        verdict.transfer_safeguard = "adequacy"
    elif verdict.country == "US" and profile.dpf_certified:
        verdict.transfer_safeguard = "DPF"
    elif scc_valid:
        verdict.transfer_safeguard = "SCC"
    else:
        reasons.append(reason("transfer_safeguard_missing", country=verdict.country or "?"))

    if settings.privacy_notice_confirmed_at is None or not settings.privacy_notice_url:
        reasons.append(reason("privacy_notice_unpublished"))
    verdict.ready = not reasons
    return verdict


def _dpa_reasons(dpa, dpa_valid: bool, name: str) -> list[Reason]:
    if dpa is None:
        return [reason("dpa_missing", provider=name)]
    if not dpa_valid:
        return [reason("dpa_expired", provider=name)]
    if not dpa.checklist_complete:
        return [reason("dpa_checklist_unconfirmed")]
    return []


def _record_change(registration: ProviderRegistration, verdict: Verdict) -> None:
    """Write `gate.verdict_changed` when the configuration verdict differs from the last one recorded."""
    from compliance.selectors import last_recorded_verdict
    from tenants.services import audit_log

    state = {"ready": verdict.ready, "codes": verdict.codes}
    if last_recorded_verdict(registration) == state:
        return
    with transaction.atomic():
        audit_log(
            tenant=registration.tenant,
            actor="system",
            action="gate.verdict_changed",
            target=registration,
            data={**state, "facts_checked_on": str(verdict.facts_checked_on or "")},
        )


__all__ = ["Reason", "Verdict", "gate_reasons_for_display", "invalidate", "readiness"]
