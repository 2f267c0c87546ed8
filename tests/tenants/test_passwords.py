"""An owner created without a password sets one through the link bootstrap_tenant prints; any member who forgot
theirs asks for a new link on the login page. The link is single-use and names no other tenant's data."""

import json
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client

pytestmark = pytest.mark.django_db


def _set_password(client, url, password="ein-neues-passwort-42"):
    path = url.removeprefix("http://testserver").split("://", 1)[-1]
    path = path[path.index("/console/") :]
    form_page = client.get(path, follow=True)
    assert b'id="password-set"' in form_page.content
    target = form_page.redirect_chain[-1][0] if form_page.redirect_chain else path
    return client.post(target, {"new_password1": password, "new_password2": password})


def test_owner_without_password_sets_one_with_the_printed_link_and_logs_in(capsys, tenant_a, settings):
    settings.PUBLIC_BASE_URL = "https://klardesk.example"
    call_command("bootstrap_tenant", "--slug", "kaffee", "--name", "Kaffee", "--owner-email", "chefin@kaffee.example")
    out = json.loads(capsys.readouterr().out)
    assert out["set_password_url"].startswith("https://klardesk.example/console/password/set/")
    client = Client()
    assert not client.login(username="chefin@kaffee.example", password="ein-neues-passwort-42")
    done = _set_password(client, out["set_password_url"])
    assert done.status_code == 302 and done["Location"].endswith("/console/password/set/done/")
    assert client.login(username="chefin@kaffee.example", password="ein-neues-passwort-42")
    home = client.get("/console/")
    assert home.status_code == 200 and "Kaffee" in home.content.decode()
    assert "Acme" not in home.content.decode()
    # The link works once.
    again = Client().get(out["set_password_url"].removeprefix("https://klardesk.example"), follow=True)
    assert b'id="password-set"' not in again.content


def test_owner_with_a_password_gets_no_link(capsys, db):
    args = ["--slug", "tee", "--name", "Tee", "--owner-email", "a@t.example", "--password", "pw-12345"]
    call_command("bootstrap_tenant", *args)
    assert "set_password_url" not in json.loads(capsys.readouterr().out)


def test_forgotten_password_is_reset_by_the_mailed_link(tenant_a, tenant_b, settings):
    settings.PUBLIC_BASE_URL = "https://klardesk.example"
    login_page = Client().get("/console/login/").content.decode()
    assert 'href="/console/password/reset/"' in login_page
    client = Client()
    sent = client.post("/console/password/reset/", {"email": tenant_a.owner_email})
    assert sent.status_code == 302
    [message] = mail.outbox
    assert message.to == [tenant_a.owner_email]
    [link] = re.findall(r"https://klardesk\.example/console/password/set/\S+", message.body)
    assert _set_password(client, link).status_code == 302
    assert Client().login(username=tenant_a.owner_email, password="ein-neues-passwort-42")
    assert not Client().login(username=tenant_b.owner_email, password="ein-neues-passwort-42")


def test_unknown_address_gets_the_same_answer_and_no_mail(db):
    response = Client().post("/console/password/reset/", {"email": "niemand@nirgends.example"})
    assert response.status_code == 302 and response["Location"].endswith("/console/password/reset/sent/")
    assert mail.outbox == []
    assert Client().post("/console/password/reset/", {"email": "keine-adresse"}).status_code == 200


def test_an_existing_login_keeps_its_password_and_the_operator_is_told(capsys, tenant_a):
    args = ["--slug", "zweit", "--name", "Zweit", "--owner-email", tenant_a.owner_email, "--password", "anderes-pw-123"]
    call_command("bootstrap_tenant", *args)
    output = capsys.readouterr()
    assert json.loads(output.out)["tenant"] == "zweit"
    assert "--password was not applied" in output.err
    assert not Client().login(username=tenant_a.owner_email, password="anderes-pw-123")
