"""The operator admin shows which provider key is stored by its last four characters, never more."""

import pytest
from django.contrib.auth import get_user_model

from tests.compliance.helpers import make_registration

pytestmark = pytest.mark.django_db


def test_admin_shows_only_the_last_four_characters_of_the_key(client, tenant_a, tenant_b):
    get_user_model().objects.create_superuser("operator", "op@klardesk.example", "operator-passwort")
    client.login(username="operator", password="operator-passwort")
    registration = make_registration(tenant_a.tenant, "openai")  # key "sk-unit-test"
    make_registration(tenant_b.tenant, "anthropic")
    for url in (
        "/admin/compliance/providerregistration/",
        f"/admin/compliance/providerregistration/{registration.pk}/change/",
    ):
        page = client.get(url).content.decode()
        assert "••••test" in page
        assert "sk-unit-test" not in page and registration.api_key_encrypted not in page
