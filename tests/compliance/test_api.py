"""`/api/v1/compliance/`: answers, documents and the verdict, scoped to the API key's tenant, in the one error shape."""

import pytest

from compliance.models import LegalDocument
from tests.compliance.helpers import days_ago, make_registration, pdf_bytes, pdf_upload, ready_registration

pytestmark = pytest.mark.django_db


def test_registrations_list_with_verdict_and_masked_key_only(tenant_a):
    registration = ready_registration(tenant_a.tenant)
    blocked = make_registration(tenant_a.tenant, "openai")
    body = tenant_a.api().get("/api/v1/compliance/registrations/").json()
    by_id = {row["id"]: row for row in body}
    assert by_id[registration.pk]["verdict"]["ready"] is True
    assert by_id[registration.pk]["verdict"]["transfer_safeguard"] == "DPF"
    assert by_id[registration.pk]["masked_key"] == "••••test"
    assert "sk-unit-test" not in str(body)
    reasons = by_id[blocked.pk]["verdict"]["reasons"]
    assert {"dpa_missing", "legal_basis_missing"} <= {r["code"] for r in reasons}
    assert all(r["text_de"] and r["text_en"] and r["action_de"] and r["action_en"] for r in reasons)


def test_answers_put_and_get(tenant_a):
    registration = make_registration(tenant_a.tenant, "gemini")
    api = tenant_a.api()
    url = f"/api/v1/compliance/registrations/{registration.pk}/answers/"
    response = api.put(url, {"plan": "enterprise", "deployment": "vertex", "legal_basis": "6_1_b"}, format="json")
    assert response.status_code == 200, response.json()
    assert api.get(url).json()["deployment"] == "vertex"
    bad = api.put(url, {"training_off": True}, format="json")
    assert bad.status_code == 400
    assert bad.json()["error"]["code"] == "invalid"
    assert "training_off_confirmed_on" in bad.json()["error"]["details"]


def test_document_upload_and_rejection_in_the_error_shape(tenant_a):
    registration = make_registration(tenant_a.tenant)
    api = tenant_a.api()
    url = f"/api/v1/compliance/registrations/{registration.pk}/documents/"
    fields = {"kind": "dpa", "signed_on": days_ago(3).isoformat(), "parties": "Acme; Anthropic"}
    ok = api.post(url, {**fields, "file": pdf_upload()}, format="multipart")
    assert ok.status_code == 201 and ok.json()["version"] == 1
    encrypted = api.post(url, {**fields, "file": pdf_upload("x.pdf", pdf_bytes(encrypt=True))}, format="multipart")
    assert encrypted.status_code == 400
    assert encrypted.json()["error"]["code"] == "encrypted"
    assert LegalDocument.objects.unscoped().count() == 1
    document_id = ok.json()["id"]
    checklist = api.post(
        f"/api/v1/compliance/documents/{document_id}/checklist/",
        {"checklist": {"a_instructions": True}},
        format="json",
    )
    assert checklist.status_code == 200 and checklist.json()["checklist_confirmed_at"] is None


def test_tenant_b_sees_nothing_of_tenant_a(tenant_a, tenant_b):
    registration = ready_registration(tenant_a.tenant)
    document = LegalDocument.objects.unscoped().get(registration=registration)
    api_b = tenant_b.api()
    assert api_b.get("/api/v1/compliance/registrations/").json() == []
    for url in [
        f"/api/v1/compliance/registrations/{registration.pk}/",
        f"/api/v1/compliance/registrations/{registration.pk}/verdict/",
        f"/api/v1/compliance/registrations/{registration.pk}/answers/",
        f"/api/v1/compliance/registrations/{registration.pk}/documents/",
        f"/api/v1/compliance/documents/{document.pk}/",
    ]:
        response = api_b.get(url)
        assert response.status_code == 404, url
        assert response.json()["error"]["code"] == "not_found"
    upload = api_b.post(
        f"/api/v1/compliance/registrations/{registration.pk}/documents/",
        {"kind": "dpa", "signed_on": days_ago(1).isoformat(), "parties": "x", "file": pdf_upload()},
        format="multipart",
    )
    assert upload.status_code == 404
    assert LegalDocument.objects.unscoped().count() == 1


def test_api_requires_a_key():
    from rest_framework.test import APIClient

    response = APIClient().get("/api/v1/compliance/registrations/")
    assert response.status_code in (401, 403)
    assert response.json()["error"]["code"] == "not_authenticated"


def test_privacy_settings_patch_sets_policy_and_confirms_the_notice(tenant_a, tenant_b):
    api = tenant_a.api()
    response = api.patch(
        "/api/v1/compliance/settings/",
        {"art9_policy": "explicit_consent", "privacy_notice_url": "https://acme.example/ds"},
        format="json",
    )
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["art9_policy"] == "explicit_consent" and body["privacy_notice_confirmed_at"]
    bad = api.patch("/api/v1/compliance/settings/", {"art9_policy": "always"}, format="json")
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "invalid"
    other = tenant_b.api().get("/api/v1/compliance/settings/").json()
    assert other["art9_policy"] == "handoff" and other["privacy_notice_url"] == ""


def test_unknown_checklist_items_are_refused_in_the_request_language(tenant_a, monkeypatch):
    from django.utils.translation import trans_real

    from tests.compliance.helpers import upload

    german = trans_real.translation("de")
    gettext = german.gettext
    marker = {"Unknown checklist items: %(items)s": "MARKER unbekannt: %(items)s"}
    monkeypatch.setattr(german, "gettext", lambda message: marker.get(message) or gettext(message))
    document = upload(tenant_a.tenant, make_registration(tenant_a.tenant), "dpa", checklist=None)
    api = tenant_a.api()
    response = api.post(
        f"/api/v1/compliance/documents/{document.pk}/checklist/",
        {"checklist": {"a_instructions": True, "z_anything": True}},
        format="json",
        HTTP_ACCEPT_LANGUAGE="de",
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid" and error["details"]["checklist"] == ["MARKER unbekannt: z_anything"]
    assert LegalDocument.objects.unscoped().get(pk=document.pk).checklist == {}
