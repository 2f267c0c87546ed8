"""The rule table of the readiness gate: for each rule a configuration that passes and one that fails with its code."""

import pytest
from django.utils import timezone

from compliance import gate
from compliance.gate import readiness
from compliance.models import ProviderLegalProfile, ProviderRegistration
from tenants.context import tenant_context
from tenants.models import AuditEvent
from tenants.services import tenant_set_ai_enabled
from tests.compliance.helpers import (
    answer,
    days_ago,
    make_registration,
    publish_notice,
    ready_registration,
    set_privacy,
    upload,
)

pytestmark = pytest.mark.django_db


def verdict_of(tenant, registration, **kwargs):
    with tenant_context(tenant):
        registration = ProviderRegistration.objects.get(pk=registration.pk)
        return readiness(registration, **kwargs)


def test_fully_configured_anthropic_is_ready_with_transfer_facts(tenant_a):
    registration = ready_registration(tenant_a.tenant)
    verdict = verdict_of(tenant_a.tenant, registration)
    assert verdict.ready, verdict.codes
    assert verdict.reasons == []
    assert verdict.transfer_safeguard == "DPF"
    assert verdict.recipient_legal_name == "Anthropic, PBC"
    assert verdict.country == "US"
    assert verdict.legal_basis == "Art. 6(1)(b) GDPR"
    assert verdict.facts_checked_on == ProviderLegalProfile.objects.get(key="anthropic").facts_checked_on


def _no_dpa(t, r):
    pass


def _expired_dpa(t, r):
    upload(t, r, "dpa", signed_on=days_ago(400), expires_on=days_ago(1))


def _unconfirmed_checklist(t, r):
    upload(t, r, "dpa", checklist={"a_instructions": True})


def _free_plan(t, r):
    upload(t, r, "dpa")
    answer(t, r, plan="free")


def _no_plan(t, r):
    upload(t, r, "dpa")
    answer(t, r, plan="")


def _no_legal_basis(t, r):
    upload(t, r, "dpa")
    answer(t, r, legal_basis="")


def _legitimate_interest_without_note(t, r):
    upload(t, r, "dpa")
    answer(t, r, legal_basis="6_1_f", balancing_note="")


PASSING_EXTRA = {
    "dpa_missing": lambda t, r: upload(t, r, "dpa"),
    "legitimate_interest": lambda t, r: (
        upload(t, r, "dpa"),
        answer(t, r, legal_basis="6_1_f", balancing_note="Schnelle Antworten; nur pseudonymisierte Texte."),
    ),
    "consent": lambda t, r: (upload(t, r, "dpa"), answer(t, r, legal_basis="6_1_a")),
}


@pytest.mark.parametrize(
    ("setup", "code"),
    [
        (_no_dpa, "dpa_missing"),
        (_expired_dpa, "dpa_expired"),
        (_unconfirmed_checklist, "dpa_checklist_unconfirmed"),
        (_free_plan, "plan_without_dpa"),
        (_no_plan, "plan_missing"),
        (_no_legal_basis, "legal_basis_missing"),
        (_legitimate_interest_without_note, "balancing_note_missing"),
    ],
)
def test_processor_rules_block_with_their_code(tenant_a, setup, code):
    registration = make_registration(tenant_a.tenant, "anthropic")
    answer(tenant_a.tenant, registration)
    publish_notice(tenant_a.tenant)
    setup(tenant_a.tenant, registration)
    verdict = verdict_of(tenant_a.tenant, registration)
    assert not verdict.ready
    assert verdict.codes == [code]
    reason = verdict.reasons[0]
    assert reason.text_de and reason.text_en and reason.action_de and reason.action_en
    assert reason.text_de != reason.text_en


@pytest.mark.parametrize("case", sorted(PASSING_EXTRA))
def test_processor_rules_pass_when_met(tenant_a, case):
    registration = make_registration(tenant_a.tenant, "anthropic")
    answer(tenant_a.tenant, registration)
    publish_notice(tenant_a.tenant)
    PASSING_EXTRA[case](tenant_a.tenant, registration)
    assert verdict_of(tenant_a.tenant, registration).ready


@pytest.mark.parametrize(
    ("training_off", "confirmed_on", "ready"),
    [(True, "recent", True), (False, None, False)],
)
def test_openai_training_must_be_switched_off(tenant_a, training_off, confirmed_on, ready):
    registration = make_registration(tenant_a.tenant, "openai")
    answer(
        tenant_a.tenant,
        registration,
        training_off=training_off,
        training_off_confirmed_on=days_ago(1) if confirmed_on else None,
    )
    upload(tenant_a.tenant, registration, "dpa")
    publish_notice(tenant_a.tenant)
    verdict = verdict_of(tenant_a.tenant, registration)
    assert verdict.ready is ready
    assert verdict.codes == ([] if ready else ["training_not_off"])


def test_free_openai_plan_without_dpa_cannot_receive_personal_data(tenant_a):
    registration = make_registration(tenant_a.tenant, "openai")
    answer(tenant_a.tenant, registration, plan="free")
    upload(tenant_a.tenant, registration, "dpa")
    publish_notice(tenant_a.tenant)
    assert verdict_of(tenant_a.tenant, registration).codes == ["plan_without_dpa"]


@pytest.mark.parametrize(
    ("deployment", "documents", "codes"),
    [
        ("workspace", ["dpa"], []),
        ("vertex", ["dpa"], []),
        ("workspace", [], ["dpa_missing"]),
        ("gemini_api", [], ["dpa_or_jca_missing"]),
        ("gemini_api", ["jca"], []),
        ("gemini_api", ["dpa"], []),
        # Without a deployment Google's default role applies (controller), which a DPA satisfies.
        ("", ["dpa"], ["deployment_missing"]),
    ],
)
def test_gemini_role_depends_on_deployment(tenant_a, deployment, documents, codes):
    registration = make_registration(tenant_a.tenant, "gemini")
    answer(tenant_a.tenant, registration, deployment=deployment)
    for kind in documents:
        upload(tenant_a.tenant, registration, kind)
    publish_notice(tenant_a.tenant)
    verdict = verdict_of(tenant_a.tenant, registration)
    assert verdict.codes == codes
    assert verdict.ready is (codes == [])


@pytest.mark.parametrize(
    ("role", "documents", "codes"),
    [("joint_controller", ["jca"], []), ("joint_controller", ["dpa"], ["jca_missing"])],
)
def test_joint_controller_needs_a_joint_controller_agreement(tenant_a, role, documents, codes):
    ProviderLegalProfile.objects.filter(key="anthropic").update(default_role=role)
    gate.invalidate()
    registration = make_registration(tenant_a.tenant, "anthropic")
    answer(tenant_a.tenant, registration)
    for kind in documents:
        upload(tenant_a.tenant, registration, kind)
    publish_notice(tenant_a.tenant)
    assert verdict_of(tenant_a.tenant, registration).codes == codes


def test_training_on_is_acceptable_when_a_joint_controller_agreement_covers_it(tenant_a):
    registration = make_registration(tenant_a.tenant, "openai")
    answer(tenant_a.tenant, registration, training_off=False, training_off_confirmed_on=None)
    upload(tenant_a.tenant, registration, "dpa")
    upload(tenant_a.tenant, registration, "jca")
    publish_notice(tenant_a.tenant)
    assert verdict_of(tenant_a.tenant, registration).ready


@pytest.mark.parametrize(
    ("profile", "country", "scc", "safeguard", "codes"),
    [
        ("mistral", "FR", False, "EU", []),
        ("mistral", "CH", False, "adequacy", []),
        ("mistral", "IN", False, "", ["transfer_safeguard_missing"]),
        ("mistral", "IN", True, "SCC", []),
    ],
)
def test_third_country_transfer_needs_a_safeguard(tenant_a, profile, country, scc, safeguard, codes):
    registration = make_registration(
        tenant_a.tenant, "openai_compatible", base_url="https://api.mistral.ai/v1", country=country
    )
    answer(tenant_a.tenant, registration, legal_profile=ProviderLegalProfile.objects.get(key=profile))
    upload(tenant_a.tenant, registration, "dpa")
    if scc:
        upload(tenant_a.tenant, registration, "scc", scc_module="2")
    publish_notice(tenant_a.tenant)
    verdict = verdict_of(tenant_a.tenant, registration)
    assert verdict.codes == codes
    assert verdict.transfer_safeguard == safeguard


@pytest.mark.parametrize(("certified", "codes"), [(True, []), (False, ["transfer_safeguard_missing"])])
def test_us_recipient_needs_dpf_certification_or_sccs(tenant_a, certified, codes):
    ProviderLegalProfile.objects.filter(key="anthropic").update(dpf_certified=certified)
    gate.invalidate()
    registration = ready_registration(tenant_a.tenant)
    assert verdict_of(tenant_a.tenant, registration).codes == codes


def test_openai_compatible_endpoint_without_profile_is_blocked(tenant_a):
    registration = make_registration(
        tenant_a.tenant, "openai_compatible", base_url="https://llm.example/v1", country="DE"
    )
    assert verdict_of(tenant_a.tenant, registration).codes == ["legal_profile_missing"]


@pytest.mark.parametrize(("policy", "codes"), [("explicit_consent", []), ("handoff", ["art9_handoff"])])
def test_art9_data_only_in_explicit_consent_mode(tenant_a, policy, codes):
    registration = ready_registration(tenant_a.tenant)
    set_privacy(tenant_a.tenant, art9_policy=policy)
    assert verdict_of(tenant_a.tenant, registration, special_categories=["HEALTH"]).codes == codes
    assert verdict_of(tenant_a.tenant, registration).ready


@pytest.mark.parametrize(("url", "codes"), [("https://acme.example/ds", []), ("", ["privacy_notice_unpublished"])])
def test_privacy_notice_must_be_published(tenant_a, url, codes):
    registration = ready_registration(tenant_a.tenant)
    publish_notice(tenant_a.tenant, url)
    assert verdict_of(tenant_a.tenant, registration).codes == codes


@pytest.mark.parametrize(("enabled", "codes"), [(True, []), (False, ["ai_disabled"])])
def test_kill_switch_blocks_even_the_local_answerer(tenant_a, enabled, codes):
    registration = make_registration(tenant_a.tenant, "local")
    tenant_set_ai_enabled(tenant=tenant_a.tenant, actor="test", enabled=enabled)
    with tenant_context(tenant_a.tenant):
        registration = ProviderRegistration.objects.select_related("tenant").get(pk=registration.pk)
        verdict = readiness(registration, special_categories=["HEALTH"])
    assert verdict.codes == codes
    assert verdict.transfer_safeguard == "none"


def test_verdict_is_cached_and_invalidated_by_a_compliance_change(tenant_a, django_assert_max_num_queries):
    registration = make_registration(tenant_a.tenant, "anthropic")
    answer(tenant_a.tenant, registration)
    publish_notice(tenant_a.tenant)
    assert verdict_of(tenant_a.tenant, registration).codes == ["dpa_missing"]
    with tenant_context(tenant_a.tenant):
        registration = ProviderRegistration.objects.select_related("tenant").get(pk=registration.pk)
        with django_assert_max_num_queries(0):
            assert readiness(registration).codes == ["dpa_missing"]
    upload(tenant_a.tenant, registration, "dpa")
    assert verdict_of(tenant_a.tenant, registration).ready


def test_verdict_changes_are_audited_once_per_change(tenant_a):
    registration = make_registration(tenant_a.tenant, "anthropic")
    answer(tenant_a.tenant, registration)
    publish_notice(tenant_a.tenant)

    def changes():
        with tenant_context(tenant_a.tenant):
            return list(AuditEvent.objects.filter(action="gate.verdict_changed").values_list("data", flat=True))

    verdict_of(tenant_a.tenant, registration)
    set_privacy(tenant_a.tenant, retention_contacts_days=30)  # bumps the version, same verdict
    verdict_of(tenant_a.tenant, registration)
    upload(tenant_a.tenant, registration, "dpa")
    verdict_of(tenant_a.tenant, registration)
    assert [(d["ready"], d["codes"]) for d in changes()] == [(False, ["dpa_missing"]), (True, [])]


def test_expiry_is_noticed_the_day_it_passes(tenant_a, monkeypatch):
    registration = ready_registration(tenant_a.tenant)
    upload(tenant_a.tenant, registration, "dpa", expires_on=timezone.localdate())
    assert verdict_of(tenant_a.tenant, registration).ready
    tomorrow = timezone.localdate() + timezone.timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda *a, **k: tomorrow)
    assert verdict_of(tenant_a.tenant, registration).codes == ["dpa_expired"]


@pytest.mark.parametrize(("documents", "codes"), [(["dpa"], ["training_cannot_be_disabled"]), (["dpa", "jca"], [])])
def test_training_that_cannot_be_switched_off_needs_a_joint_controller_agreement(tenant_a, documents, codes):
    ProviderLegalProfile.objects.filter(key="openai").update(training_can_be_disabled=False)
    gate.invalidate()
    registration = make_registration(tenant_a.tenant, "openai")
    answer(tenant_a.tenant, registration, training_off=False, training_off_confirmed_on=None)
    for kind in documents:
        upload(tenant_a.tenant, registration, kind)
    publish_notice(tenant_a.tenant)
    verdict = verdict_of(tenant_a.tenant, registration)
    assert verdict.codes == codes
    if codes:
        assert "joint-controller agreement" in verdict.reasons[0].action_en


@pytest.mark.parametrize(
    ("scc", "safeguard", "codes"), [(True, "SCC", []), (False, "", ["transfer_safeguard_missing"])]
)
def test_us_recipient_without_dpf_passes_with_signed_sccs(tenant_a, scc, safeguard, codes):
    ProviderLegalProfile.objects.filter(key="anthropic").update(dpf_certified=False)
    gate.invalidate()
    registration = ready_registration(tenant_a.tenant)
    if scc:
        upload(tenant_a.tenant, registration, "scc", scc_module="2")
    verdict = verdict_of(tenant_a.tenant, registration)
    assert (verdict.codes, verdict.transfer_safeguard) == (codes, safeguard)


def test_one_tenants_documents_never_make_the_other_tenant_ready(tenant_a, tenant_b):
    ready_registration(tenant_a.tenant)
    registration_b = make_registration(tenant_b.tenant, "anthropic")
    answer(tenant_b.tenant, registration_b)
    publish_notice(tenant_b.tenant)
    assert verdict_of(tenant_b.tenant, registration_b).codes == ["dpa_missing"]


def test_a_changed_endpoint_country_reaches_the_cached_verdict_at_once(tenant_a):
    registration = make_registration(
        tenant_a.tenant, "openai_compatible", base_url="https://llm.example/v1", country="DE"
    )
    answer(tenant_a.tenant, registration, legal_profile=ProviderLegalProfile.objects.get(key="mistral"))
    upload(tenant_a.tenant, registration, "dpa")
    publish_notice(tenant_a.tenant)
    assert verdict_of(tenant_a.tenant, registration).ready  # now cached
    form = {
        "action": "save",
        "kind": "openai_compatible",
        "model": "m",
        "base_url": "https://llm.example/v1",
        "country": "IN",
        "timeout_seconds": 30,
        "max_output_tokens": 800,
        "temperature": "0.2",
    }
    response = tenant_a.console("owner").post(f"/console/compliance/providers/{registration.pk}/", form)
    assert response.status_code == 302
    assert verdict_of(tenant_a.tenant, registration).codes == ["transfer_safeguard_missing"]
