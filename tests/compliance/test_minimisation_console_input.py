"""A tampered pattern id in the minimisation console deletes nothing and is no 500."""

import pytest

from compliance.models import CustomPattern

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("pattern_id", ["abc", "", "1 OR 1=1"])
def test_a_tampered_pattern_id_deletes_nothing(tenant_a, tenant_b, pattern_id):
    response = tenant_a.console("owner").post(
        "/console/compliance/minimisation/", {"action": "delete_pattern", "pattern_id": pattern_id}
    )
    assert response.status_code == 302
    assert CustomPattern.objects.unscoped().count() == 0
