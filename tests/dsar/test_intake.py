import re
from datetime import timedelta
from urllib.parse import urlparse

import pytest
from django.utils import timezone

from dsar.deadlines import response_due
from dsar.models import DataSubjectRequest, Status, VerificationMethod
from dsar.services import request_create, request_extend, request_refuse, request_transition
from tenants.context import tenant_context
from tests.dsar.helpers import audit_actions, chat_person, mailed_code, mailed_link, verified_request

PAGE = "/p/acme/privacy-request/"


def submit(client, **data):
    data = {"rights": ["access"], "email": "max@example.org", "name": "Max Muster", **data}
    return client.post(PAGE, data)


def get_request() -> DataSubjectRequest:
    return DataSubjectRequest.objects.unscoped().latest("id")


def test_public_request_is_verified_by_the_mailed_code_and_acknowledged(client, tenant_a, mailoutbox):
    response = submit(client, rights=["access", "erasure"])
    dsar = get_request()
    assert response.status_code == 302 and str(dsar.public_id) in response["Location"]
    assert dsar.status == Status.IDENTITY_CHECK and dsar.verified_at is None
    assert dsar.due_on == response_due(dsar.received_at, "BE")
    code = mailed_code(mailoutbox)
    assert code not in str(DataSubjectRequest.objects.unscoped().filter(pk=dsar.pk).values().first())

    wrong = client.post(f"{PAGE}{dsar.public_id}/verify/", {"code": "000000" if code != "000000" else "111111"})
    assert wrong.status_code == 400 and b'data-code="wrong_code"' in wrong.content
    assert b"Der Code ist nicht korrekt" in wrong.content

    done = client.post(f"{PAGE}{dsar.public_id}/verify/", {"code": code})
    assert done.status_code == 200
    dsar.refresh_from_db()
    assert dsar.status == Status.IN_PROGRESS and dsar.verification_method == VerificationMethod.EMAIL_CODE
    assert "Eingangsbestätigung" in mailoutbox[-1].subject
    assert audit_actions(dsar) == [
        "dsar.received",
        "dsar.status_changed",
        "dsar.identity_verified",
        "dsar.status_changed",
    ]
    assert client.post(f"{PAGE}{dsar.public_id}/verify/", {"code": code}).status_code == 400


@pytest.mark.parametrize("code", ["", "1" * 65])
def test_verify_page_names_a_missing_or_overlong_code(client, tenant_a, tenant_b, mailoutbox, code):
    submit(client)
    dsar = get_request()
    for language, text in (("de", "Bitte geben Sie den 6-stelligen Code"), ("en", "Please enter the 6-digit code")):
        response = client.post(f"{PAGE}{dsar.public_id}/verify/?lang={language}", {"code": code})
        alert = re.search(r'data-code="invalid_code">([^<]*)', response.content.decode())
        assert response.status_code == 400 and alert and alert.group(1).startswith(text)
    dsar.refresh_from_db()
    assert dsar.verification_attempts == 0


@pytest.mark.parametrize(
    ("action", "data", "code"),
    [
        ("extend", {"months": "7", "reason": "viel zu tun"}, "invalid_extension"),
        ("extend", {"months": "1", "reason": ""}, "reason_required"),
        ("refuse", {"ground": "nope", "reason": "weil"}, "invalid_ground"),
        ("refuse", {"ground": "excessive", "reason": ""}, "reason_required"),
        ("status", {"target": "bogus"}, "invalid_transition"),
    ],
)
def test_console_actions_name_what_was_wrong(tenant_a, tenant_b, mailoutbox, action, data, code):
    dsar = verified_request(tenant_a.tenant, rights=["access"])
    owner = tenant_a.console("owner")
    response = owner.post(f"/console/requests/{dsar.public_id}/{action}/", data, follow=True)
    assert response.status_code == 200 and f"({code})" in response.content.decode()
    dsar.refresh_from_db()
    assert dsar.status == Status.IN_PROGRESS and not dsar.extended_due_on and not dsar.refusal_reason


def test_link_is_single_use_and_a_new_code_voids_the_old_link(client, tenant_a, mailoutbox):
    submit(client)
    dsar = get_request()
    old_link = urlparse(mailed_link(mailoutbox)).path
    client.post(f"{PAGE}{dsar.public_id}/verify/", {"action": "resend"})
    assert b'data-code="link_used"' in client.get(old_link).content
    new_link = urlparse(mailed_link(mailoutbox)).path
    assert client.get(new_link).status_code == 200
    dsar.refresh_from_db()
    assert dsar.verification_method == VerificationMethod.EMAIL_LINK
    assert b'data-code="already_verified"' in client.get(new_link).content
    assert b'data-code="invalid_link"' in client.get(f"{PAGE}verify/forged-token/").content


def test_link_older_than_a_day_is_refused_and_leaves_the_request_unverified(client, tenant_a, tenant_b, mailoutbox):
    import time
    from unittest import mock

    submit(client)
    link = urlparse(mailed_link(mailoutbox)).path
    # The signature carries its own timestamp; read it 25 hours later.
    later = time.time() + 25 * 3600
    with mock.patch("django.core.signing.time.time", return_value=later):
        response = client.get(link)
    assert response.status_code == 400 and b'data-code="link_expired"' in response.content
    assert get_request().verified_at is None
    assert client.get(link).status_code == 200


def test_expired_code_and_too_many_attempts_are_refused(client, tenant_a, mailoutbox):
    submit(client)
    dsar = get_request()
    code = mailed_code(mailoutbox)
    DataSubjectRequest.objects.unscoped().filter(pk=dsar.pk).update(
        verification_expires_at=timezone.now() - timedelta(1)
    )
    assert b'data-code="code_expired"' in client.post(f"{PAGE}{dsar.public_id}/verify/", {"code": code}).content
    client.post(f"{PAGE}{dsar.public_id}/verify/", {"action": "resend"})
    wrong = "000000" if mailed_code(mailoutbox) != "000000" else "111111"
    for _ in range(4):
        assert b"wrong_code" in client.post(f"{PAGE}{dsar.public_id}/verify/", {"code": wrong}).content
    assert b"too_many_attempts" in client.post(f"{PAGE}{dsar.public_id}/verify/", {"code": wrong}).content
    right = client.post(f"{PAGE}{dsar.public_id}/verify/", {"code": mailed_code(mailoutbox)})
    assert b"too_many_attempts" in right.content
    assert get_request().verified_at is None


def test_chat_user_proves_identity_with_the_conversation_token(client, tenant_a, mailoutbox):
    _, conversation = chat_person(tenant_a.tenant, name="Max Muster", email="max@example.org", phone="030 1234567")
    response = submit(client, conversation_token=conversation.token, email="chat@example.net")
    assert response.status_code == 200
    dsar = get_request()
    assert dsar.status == Status.IN_PROGRESS and dsar.verification_method == VerificationMethod.CONVERSATION_TOKEN
    assert [m.to for m in mailoutbox] == [["chat@example.net"]] * 2
    assert "Eingangsbestätigung" in mailoutbox[0].subject
    # The token proves the chat only; the address is searched once its code is entered too.
    assert "E-Mail-Adresse" in mailoutbox[1].subject and str(dsar.public_id) in mailoutbox[1].body
    assert b'data-code="confirm_email"' in response.content
    confirmed = client.post(f"{PAGE}{dsar.public_id}/verify/", {"code": mailed_code(mailoutbox)})
    assert confirmed.status_code == 200
    dsar.refresh_from_db()
    assert dsar.status == Status.IN_PROGRESS and dsar.verification_method == VerificationMethod.EMAIL_CODE
    assert audit_actions(dsar).count("dsar.email_confirmed") == 1 and len(mailoutbox) == 2
    again = client.post(f"{PAGE}{dsar.public_id}/verify/", {"code": mailed_code(mailoutbox)})
    assert b'data-code="already_verified"' in again.content
    assert b"unknown_token" in submit(client, conversation_token="nope").content


@pytest.mark.parametrize(
    ("data", "code"),
    [
        ({"rights": ["forget_me"]}, "unknown_right"),
        ({"rights": []}, "no_right"),
        ({"rights": ["access"], "email": "kein-at-zeichen"}, "invalid_email"),
        ({"rights": ["access"], "email": ""}, "identifier_required"),
        ({"rights": ["access"], "email": "", "phone": "keine Nummer"}, "invalid_phone"),
        ({"rights": ["access"], "email": "", "customer_number": "   "}, "identifier_required"),
    ],
)
def test_api_rejects_bad_input_with_a_code_and_a_message_in_both_languages(tenant_a, data, code):
    response = tenant_a.api().post("/api/v1/dsar/requests/", {"email": "max@example.org", **data}, format="json")
    assert response.status_code == 400 and response.json()["error"]["code"] == code
    english = tenant_a.api().post(
        "/api/v1/dsar/requests/", {"email": "max@example.org", **data}, format="json", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert english.json()["error"]["code"] == code
    assert english.json()["error"]["message"] != response.json()["error"]["message"]


@pytest.mark.parametrize(
    ("data", "code", "german", "english"),
    [
        ({"rights": ["forget_me"]}, "unknown_right", "Unbekanntes Recht", "Unknown right"),
        ({"rights": []}, "no_right", "Wählen Sie mindestens ein Recht", "Choose at least one right"),
        ({"email": "kein-at-zeichen"}, "invalid_email", "gültige E-Mail-Adresse", "valid e-mail address"),
        ({"email": ""}, "invalid_email", "gültige E-Mail-Adresse", "valid e-mail address"),
        ({"details": "x" * 4001}, "invalid_input", "markierten Felder", "marked fields"),
        ({"name": "x" * 201}, "invalid_input", "markierten Felder", "marked fields"),
    ],
)
def test_public_form_rejects_bad_input_with_a_code_in_both_languages(client, tenant_a, data, code, german, english):
    for language, text in (("de", german), ("en", english)):
        response = client.post(f"{PAGE}?lang={language}", {"rights": ["access"], "email": "max@example.org", **data})
        assert response.status_code == 400 and f'data-code="{code}"'.encode() in response.content
        assert text in response.content.decode()
    assert not DataSubjectRequest.objects.unscoped().exists()


def test_public_form_rejects_unknown_rights_and_bad_email_without_a_500(client, tenant_a):
    assert submit(client, rights=["forget_me"]).status_code == 400
    bad_email = submit(client, email="kein-at-zeichen")
    assert bad_email.status_code == 400 and b'data-code="invalid_email"' in bad_email.content
    assert submit(client, email="").status_code == 400
    assert client.get("/p/unknown-tenant/privacy-request/").status_code == 404
    assert not DataSubjectRequest.objects.unscoped().exists()


def test_verified_duplicate_of_an_open_request_is_merged(tenant_a, mailoutbox):
    tenant = tenant_a.tenant
    with tenant_context(tenant):
        first = request_create(
            tenant=tenant, actor="t", intake="api", rights=["access"], email="max@example.org", identity_checked=True
        )
        second = request_create(
            tenant=tenant, actor="t", intake="api", rights=["erasure"], email="MAX@example.org", identity_checked=True
        )
    first.refresh_from_db()
    assert second.merged_into == first and second.status == Status.CLOSED
    assert first.rights == ["access", "erasure"]
    assert "dsar.merged" in audit_actions(second) and "dsar.duplicate_merged" in audit_actions(first)
    with tenant_context(tenant):
        from dsar.selectors import request_events

        merged = request_events(second).get(action="dsar.merged").data
    assert (merged["from"], merged["to"]) == ("identity_check", "closed")


def test_unverified_request_cannot_proceed_and_transitions_are_checked(tenant_a, mailoutbox):
    tenant = tenant_a.tenant
    with tenant_context(tenant):
        dsar = request_create(tenant=tenant, actor="t", intake="api", rights=["access"], email="max@example.org")
        response = tenant_a.api().post(
            f"/api/v1/dsar/requests/{dsar.public_id}/transition/", {"target": "in_progress"}, format="json"
        )
        assert response.status_code == 400 and response.json()["error"]["code"] == "not_verified"
        response = tenant_a.api().post(
            f"/api/v1/dsar/requests/{dsar.public_id}/transition/", {"target": "on_hold"}, format="json"
        )
        assert response.json()["error"]["code"] == "reason_required"
        assert tenant_a.api().post(f"/api/v1/dsar/requests/{dsar.public_id}/verify/").status_code == 200
        dsar.refresh_from_db()
        request_transition(request=dsar, actor="t", target="on_hold", reason="Rückfrage an die Buchhaltung")
        request_transition(request=dsar, actor="t", target="in_progress")
        dsar.refresh_from_db()
    assert dsar.status == Status.IN_PROGRESS
    assert audit_actions(dsar).count("dsar.status_changed") == 4


def test_extension_once_before_the_deadline_with_reasons(tenant_a, mailoutbox):
    tenant = tenant_a.tenant
    with tenant_context(tenant):
        dsar = request_create(
            tenant=tenant, actor="t", intake="api", rights=["access"], email="max@example.org", identity_checked=True
        )
        request_extend(request=dsar, actor="t", months=2, reason="Sehr viele Anfragen")
        assert dsar.extended_due_on > dsar.due_on and "Sehr viele Anfragen" in mailoutbox[-1].body
        with pytest.raises(Exception, match="extension_not_allowed"):
            request_extend(request=dsar, actor="t", months=1, reason="noch mehr")
        late = request_create(
            tenant=tenant,
            actor="t",
            intake="api",
            rights=["access"],
            email="b@example.org",
            identity_checked=True,
            received_at=timezone.now() - timedelta(days=40),
        )
        with pytest.raises(Exception, match="extension_not_allowed"):
            request_extend(request=late, actor="t", months=1, reason="zu spät")
    assert "dsar.extended" in audit_actions(dsar)


def test_refusal_needs_a_justification_and_names_the_right_to_complain(tenant_a, mailoutbox):
    tenant = tenant_a.tenant
    with tenant_context(tenant):
        dsar = request_create(
            tenant=tenant, actor="t", intake="api", rights=["access"], email="max@example.org", identity_checked=True
        )
        with pytest.raises(Exception, match="reason_required"):
            request_refuse(request=dsar, actor="t", ground="excessive", reason=" ")
        request_refuse(request=dsar, actor="t", ground="excessive", reason="Fünfte gleiche Anfrage in diesem Monat")
        letter = dsar.letters.get(kind="refusal")
    body = mailoutbox[-1].body
    assert dsar.status == Status.REFUSED and letter.body == body
    assert "Art. 77" in body and "Berliner Beauftragte" in body and "gerichtlichen Rechtsbehelf" in body


def test_console_records_a_phone_request_and_only_legal_roles_act(tenant_a, mailoutbox):
    agent = tenant_a.console("agent")
    response = agent.post(
        "/console/requests/new/",
        {"rights": ["access"], "name": "Erika", "phone": "030 555", "language": "de", "received_on": "2026-03-03"},
    )
    dsar = get_request()
    assert response.status_code == 302 and dsar.due_on.isoformat() == "2026-04-07"
    assert agent.get(f"/console/requests/{dsar.public_id}/").status_code == 200
    assert agent.post(f"/console/requests/{dsar.public_id}/verify/").status_code == 403
    owner = tenant_a.console("owner")
    owner.post(f"/console/requests/{dsar.public_id}/verify/")
    dsar.refresh_from_db()
    assert dsar.verification_method == VerificationMethod.AGENT
    assert owner.get("/console/requests/").status_code == 200
    future = owner.post(
        "/console/requests/new/",
        {"rights": ["access"], "phone": "030 1", "language": "de", "received_on": "2999-01-01"},
    )
    assert future.status_code == 400 and DataSubjectRequest.objects.unscoped().count() == 1


@pytest.mark.parametrize(
    ("method", "path"), [("get", "not-a-uuid/"), ("post", "not-a-uuid/verify/"), ("post", "1234/fulfil/")]
)
def test_api_answers_a_malformed_request_id_with_the_json_404(tenant_a, tenant_b, method, path):
    for setup in (tenant_a, tenant_b):
        response = getattr(setup.api(), method)(f"/api/v1/dsar/requests/{path}", {"right": "access"}, format="json")
        assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"


def test_tenant_b_cannot_see_or_act_on_tenant_a_requests(client, tenant_a, tenant_b, mailoutbox):
    submit(client)
    dsar = get_request()
    assert tenant_b.api().get(f"/api/v1/dsar/requests/{dsar.public_id}/").status_code == 404
    assert tenant_b.api().post(f"/api/v1/dsar/requests/{dsar.public_id}/verify/").status_code == 404
    assert tenant_b.api().get("/api/v1/dsar/requests/").json()["count"] == 0
    b_console = tenant_b.console("owner")
    assert b_console.get(f"/console/requests/{dsar.public_id}/").status_code == 404
    assert b_console.post(f"/console/requests/{dsar.public_id}/verify/").status_code == 404
    assert (
        client.post(f"/p/bravo/privacy-request/{dsar.public_id}/verify/", {"code": mailed_code(mailoutbox)}).status_code
        == 404
    )
    link = urlparse(mailed_link(mailoutbox)).path.replace("/p/acme/", "/p/bravo/")
    assert b"invalid_link" in client.get(link).content
    dsar.refresh_from_db()
    assert dsar.verified_at is None
    assert tenant_a.api().get(f"/api/v1/dsar/requests/{dsar.public_id}/").status_code == 200


def test_public_page_limits_mails_per_client_and_hour(client, tenant_a, mailoutbox):
    for n in range(5):
        assert submit(client, email=f"person{n}@example.org").status_code == 302
    blocked = submit(client, email="victim@example.org")
    assert blocked.status_code == 400 and b'data-code="too_many_requests"' in blocked.content
    assert len(mailoutbox) == 5


def test_operator_admin_lists_and_opens_requests_of_every_tenant(admin_client, tenant_a, tenant_b, mailoutbox):
    dsar = verified_request(tenant_b.tenant, rights=["access"])
    assert admin_client.get("/admin/dsar/datasubjectrequest/").status_code == 200
    page = admin_client.get(f"/admin/dsar/datasubjectrequest/{dsar.pk}/change/")
    assert page.status_code == 200 and b"verification_code_hash" not in page.content
    assert admin_client.get("/admin/dsar/legalhold/").status_code == 200


@pytest.mark.parametrize(
    ("received_on", "due_on"),
    [("2026-05-05", "2026-06-05"), ("2026-01-31", "2026-03-02"), ("2026-03-03", "2026-04-07")],
)
def test_console_intake_computes_the_issue_deadlines_for_a_berlin_tenant(tenant_a, mailoutbox, received_on, due_on):
    tenant_a.console("owner").post(
        "/console/requests/new/",
        {"rights": ["access"], "email": "brief@example.org", "language": "de", "received_on": received_on},
    )
    dsar = get_request()
    assert dsar.due_on.isoformat() == due_on
    api = tenant_a.api().get(f"/api/v1/dsar/requests/{dsar.public_id}/").json()
    assert api["deadline"] == due_on and api["status"] == "identity_check"


def test_the_tenants_federal_state_decides_the_holidays_of_its_deadlines(tenant_a, tenant_b, mailoutbox):
    # 4 June 2026 (a Thursday) is Corpus Christi in Bavaria, a working day in Berlin.
    tenant_b.tenant.federal_state = "BY"
    tenant_b.tenant.save(update_fields=["federal_state"])
    for setup, due in ((tenant_a, "2026-06-04"), (tenant_b, "2026-06-05")):
        setup.console("owner").post(
            "/console/requests/new/",
            {"rights": ["access"], "phone": "030 1234567", "language": "de", "received_on": "2026-05-04"},
        )
        with tenant_context(setup.tenant):
            assert DataSubjectRequest.objects.get().due_on.isoformat() == due


def test_console_closes_an_answered_request_and_offers_only_allowed_statuses(tenant_a, tenant_b, mailoutbox):
    dsar = verified_request(tenant_a.tenant, rights=["objection"])
    owner = tenant_a.console("owner")
    assert owner.post(f"/console/requests/{dsar.public_id}/fulfil/", {"right": "objection"}).status_code == 302
    dsar.refresh_from_db()
    assert dsar.status == Status.RESPONDED
    page = owner.get(f"/console/requests/{dsar.public_id}/").content.decode()
    assert '<option value="closed">Geschlossen</option>' in page and 'value="on_hold"' not in page
    owner.post(f"/console/requests/{dsar.public_id}/status/", {"target": "closed"})
    dsar.refresh_from_db()
    assert dsar.status == Status.CLOSED and audit_actions(dsar)[-1] == "dsar.status_changed"
    assert "/status/" not in owner.get(f"/console/requests/{dsar.public_id}/").content.decode()


def test_awaiting_information_letter_says_what_is_needed(tenant_a, tenant_b, mailoutbox):
    dsar = verified_request(tenant_a.tenant, rights=["access"])
    question = "Unter welcher Kundennummer haben Sie 2024 bestellt?"
    response = tenant_a.api().post(
        f"/api/v1/dsar/requests/{dsar.public_id}/transition/", {"target": "awaiting_info", "reason": question}
    )
    assert response.status_code == 200 and response.json()["status"] == "awaiting_info"
    assert question in mailoutbox[-1].body and "Ausweiskopie verlangen wir nicht" in mailoutbox[-1].body
    assert "melden uns mit den Einzelheiten" not in mailoutbox[-1].body
