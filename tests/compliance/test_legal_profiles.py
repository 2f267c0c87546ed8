"""The provider facts seeded by the data migration (as of November 2026), and the check date every verdict names."""

import datetime

import pytest

from compliance.models import ProviderLegalProfile
from tests.compliance.helpers import make_registration, ready_registration

pytestmark = pytest.mark.django_db

CHECKED = datetime.date(2026, 11, 29)


@pytest.mark.parametrize(
    ("key", "country", "adequacy", "dpf", "role", "trains", "dpa_plans"),
    [
        ("openai", "US", False, True, "processor", True, ["paid", "enterprise"]),
        ("anthropic", "US", False, True, "processor", False, ["paid", "enterprise"]),
        ("google-gemini", "US", False, True, "controller", True, ["paid", "enterprise"]),
        ("mistral", "FR", True, False, "processor", False, ["paid", "enterprise"]),
        ("self-hosted", "", True, False, "none", False, []),
    ],
)
def test_seeded_profiles_hold_the_2026_facts(key, country, adequacy, dpf, role, trains, dpa_plans):
    profile = ProviderLegalProfile.objects.get(key=key)
    assert (profile.headquarters_country, profile.eu_adequacy, profile.dpf_certified) == (country, adequacy, dpf)
    assert (profile.default_role, profile.trains_by_default, profile.dpa_plans) == (role, trains, dpa_plans)
    assert profile.facts_checked_on == CHECKED
    assert profile.jca_offered is False
    if dpf:
        assert profile.dpf_checked_on == CHECKED and profile.dpf_evidence_url.startswith("https://")
    if key != "self-hosted":
        assert profile.legal_name and profile.legal_address and profile.dpa_url.startswith("https://")


def test_free_openai_has_no_dpa_and_training_must_be_switched_off():
    openai = ProviderLegalProfile.objects.get(key="openai")
    assert "free" not in openai.dpa_plans and openai.training_can_be_disabled
    assert "Data Controls" in openai.notes and "joint" in openai.notes


def test_gemini_is_a_processor_only_inside_workspace_or_vertex():
    gemini = ProviderLegalProfile.objects.get(key="google-gemini")
    roles = {d: gemini.role_for(d) for d in ("workspace", "vertex", "gemini_api", "")}
    assert roles == {"workspace": "processor", "vertex": "processor", "gemini_api": "controller", "": "controller"}


def test_every_verdict_names_the_check_date_in_the_api_and_the_console(tenant_a, tenant_b):
    ready = ready_registration(tenant_a.tenant)
    blocked = make_registration(tenant_a.tenant, "gemini")
    api = tenant_a.api()
    for registration in (ready, blocked):
        body = api.get(f"/api/v1/compliance/registrations/{registration.pk}/verdict/").json()
        assert body["facts_checked_on"] == "2026-11-29"
    html = tenant_a.console("dpo").get(f"/console/compliance/providers/{blocked.pk}/").content.decode()
    assert "29.11.2026" in html.split('class="sources"')[1].split("</p>")[0]
