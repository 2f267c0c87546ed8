"""Operator admin: legal profiles editable (and a change reaches the next verdict); tenant compliance data read-only."""

import pytest
from django.contrib.auth import get_user_model

from compliance.models import LegalDocument, ProviderLegalProfile
from tenants.context import tenant_context
from tests.compliance.helpers import ready_registration

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator(client):
    get_user_model().objects.create_superuser("operator", "op@klardesk.example", "operator-passwort")
    client.login(username="operator", password="operator-passwort")
    return client


@pytest.mark.parametrize(
    "model",
    [
        "providerlegalprofile",
        "providerregistration",
        "legalanswers",
        "legaldocument",
        "privacysettings",
        "generatedtext",
        "transferrecord",
    ],
)
def test_every_compliance_admin_list_opens(operator, tenant_a, tenant_b, model):
    ready_registration(tenant_a.tenant)
    assert operator.get(f"/admin/compliance/{model}/").status_code == 200


def test_documents_are_read_only_and_keys_hidden(operator, tenant_a):
    registration = ready_registration(tenant_a.tenant)
    document = LegalDocument.objects.unscoped().get(registration=registration)
    assert operator.post(f"/admin/compliance/legaldocument/{document.pk}/delete/", {"post": "yes"}).status_code == 403
    page = operator.get(f"/admin/compliance/providerregistration/{registration.pk}/change/").content.decode()
    assert registration.api_key_encrypted not in page


def test_operator_edit_of_a_profile_reaches_the_next_verdict(operator, tenant_a):
    from compliance.gate import readiness

    registration = ready_registration(tenant_a.tenant)
    with tenant_context(tenant_a.tenant):
        assert readiness(registration).ready
    profile = ProviderLegalProfile.objects.get(key="anthropic")
    data = {
        field.name: getattr(profile, field.name)
        for field in profile._meta.fields
        if field.name != "id" and getattr(profile, field.name) is not None
    }
    data.update(dpf_certified="", role_by_deployment="{}", dpa_plans='["paid", "enterprise"]', trains_by_default="")
    response = operator.post(f"/admin/compliance/providerlegalprofile/{profile.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    with tenant_context(tenant_a.tenant):
        assert readiness(registration).codes == ["transfer_safeguard_missing"]
