import json

import pytest
from django.core.management import call_command

from tenants.models import ApiKey, Membership, Tenant, WidgetKey
from tenants.selectors import api_key_resolve, widget_key_resolve


def run(capsys, *args):
    with pytest.raises(SystemExit) as exit_info:
        call_command("bootstrap_tenant", *args)
    return exit_info.value.code, capsys.readouterr()


@pytest.mark.django_db
def test_bootstrap_prints_working_credentials_as_json(capsys, tenant_b):
    call_command(
        "bootstrap_tenant",
        "--slug",
        "kaffee",
        "--name",
        "Kaffee KG",
        "--owner-email",
        "inhaber@kaffee.example",
        "--password",
        "ein-sicheres-passwort",
        "--json",
    )
    out = json.loads(capsys.readouterr().out)
    assert out["tenant"] == "kaffee"
    assert out["console_url"].endswith("/console/")
    assert api_key_resolve(out["api_key"]).tenant.slug == "kaffee"
    assert widget_key_resolve(out["widget_key"]).tenant.slug == "kaffee"
    tenant = Tenant.objects.get(slug="kaffee")
    owner = Membership.objects.unscoped().get(tenant=tenant)
    assert owner.role == "owner" and owner.user.check_password("ein-sicheres-passwort")
    # The key itself is not stored, only its hash.
    assert out["api_key"] not in {k.key_hash for k in ApiKey.objects.unscoped().all()}


@pytest.mark.django_db
def test_duplicate_slug_exits_2_and_creates_nothing(capsys, tenant_a):
    before = (Tenant.objects.count(), ApiKey.objects.unscoped().count(), WidgetKey.objects.unscoped().count())
    code, output = run(capsys, "--slug", "acme", "--name", "Noch eine Acme", "--owner-email", "x@acme2.example")
    assert code == 2
    assert "acme" in output.err and output.out == ""
    assert (Tenant.objects.count(), ApiKey.objects.unscoped().count(), WidgetKey.objects.unscoped().count()) == before


@pytest.mark.django_db
def test_bad_email_exits_2_and_creates_nothing(capsys):
    code, output = run(capsys, "--slug", "neu", "--name", "Neu GmbH", "--owner-email", "keine-adresse")
    assert code == 2
    assert "e-mail" in output.err.lower() or "email" in output.err.lower()
    assert not Tenant.objects.filter(slug="neu").exists()


@pytest.mark.django_db
def test_a_malformed_origin_exits_2_in_the_operators_language_and_creates_nothing(capsys, tenant_a):
    code, output = run(
        capsys, "--slug", "neu", "--name", "Neu GmbH", "--owner-email", "x@neu.example", "--origin", "notaurl"
    )
    assert code == 2 and output.out == ""
    assert "notaurl" in output.err and "ist kein Ursprung" in output.err
    assert not Tenant.objects.filter(slug="neu").exists()


@pytest.mark.django_db
def test_every_refusal_speaks_one_language(capsys, tenant_a):
    _, duplicate = run(capsys, "--slug", "acme", "--name", "Noch eine Acme", "--owner-email", "x@acme2.example")
    _, bad_email = run(capsys, "--slug", "neu", "--name", "Neu GmbH", "--owner-email", "keine-adresse")
    assert "gibt es bereits" in duplicate.err  # German, like Django's own "Bitte geben Sie eine gültige …"
    assert "gültige E-Mail-Adresse" in bad_email.err
