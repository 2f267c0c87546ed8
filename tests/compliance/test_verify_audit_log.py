"""`verify_audit_log`: an intact chain exits 0; a tampered row is reported as the first broken link, exit 1."""

import pytest
from django.core.management import call_command

from tenants.models import AuditEvent
from tests.compliance.helpers import make_registration, ready_registration

pytestmark = pytest.mark.django_db


def run(*args):
    from io import StringIO

    out = StringIO()
    try:
        call_command("verify_audit_log", *args, stdout=out)
    except SystemExit as exit_:
        return exit_.code, out.getvalue()
    return 0, out.getvalue()


def test_intact_chain(tenant_a, tenant_b):
    ready_registration(tenant_a.tenant)
    code, out = run()
    assert code == 0
    assert out.strip().endswith("intact")
    assert "acme: intact" in out and "bravo: intact" in out


@pytest.mark.parametrize("field", ["data", "action", "prev_hash"])
def test_tampering_with_one_row_is_detected(tenant_a, tenant_b, field):
    ready_registration(tenant_a.tenant)
    make_registration(tenant_b.tenant)
    events = list(AuditEvent.objects.unscoped().filter(tenant=tenant_a.tenant).order_by("id"))
    victim = events[len(events) // 2]
    value = {"data": {"kind": "forged"}, "action": "provider.forged", "prev_hash": "f" * 64}[field]
    AuditEvent.objects.unscoped().filter(pk=victim.pk).update(**{field: value})
    code, out = run()
    assert code == 1
    assert f"acme: broken at event #{victim.pk}" in out
    assert "bravo: intact" in out
    code, out = run("--tenant", "bravo")
    assert (code, out.strip().splitlines()[-1]) == (0, "intact")
    code, _out = run("--tenant", "acme")
    assert code == 1


def test_deleting_a_row_breaks_the_next_link(tenant_a):
    ready_registration(tenant_a.tenant)
    events = list(AuditEvent.objects.unscoped().filter(tenant=tenant_a.tenant).order_by("id"))
    AuditEvent.objects.unscoped().filter(pk=events[2].pk)._raw_delete(AuditEvent.objects.db)
    code, out = run("--tenant", "acme")
    assert code == 1 and f"#{events[3].pk}" in out


def test_unknown_tenant_is_an_error(tenant_a):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("verify_audit_log", "--tenant", "nobody")


@pytest.mark.parametrize("role", ["owner", "admin", "dpo"])
def test_legal_roles_see_their_tenants_trail_and_a_broken_chain_in_the_console(tenant_a, tenant_b, role):
    ready_registration(tenant_a.tenant)
    make_registration(tenant_b.tenant, "openai")
    client = tenant_a.console(role)
    html = client.get("/console/compliance/audit/").content.decode()
    assert "document.uploaded" in html and "compliance.answers_changed" in html
    assert "banner danger" not in html
    assert "OpenAI" not in html and "bravo" not in html
    victim = AuditEvent.objects.unscoped().filter(tenant=tenant_a.tenant, action="document.uploaded").get()
    AuditEvent.objects.unscoped().filter(pk=victim.pk).update(data={"sha256": "0" * 64})
    html = client.get("/console/compliance/audit/").content.decode()
    assert "banner danger" in html and f"#{victim.pk}" in html.split("banner danger")[1].split("</p>")[0]
