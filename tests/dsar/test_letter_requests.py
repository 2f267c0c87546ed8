"""A request received by letter or phone, without an e-mail address: the answer goes out by post."""

import json

from dsar.models import DataSubjectRequest, Status
from tenants.context import tenant_context
from tests.dsar.helpers import audit_actions, chat_person, zip_files


def test_phone_request_without_email_gets_its_copy_from_the_console_to_post(
    tenant_a, tenant_b, mailoutbox, django_capture_on_commit_callbacks
):
    chat_person(
        tenant_a.tenant, name="Erna Brief", email="erna@example.org", phone="030 4445556", customer_number="KD-77"
    )
    owner = tenant_a.console("owner")
    owner.post(
        "/console/requests/new/",
        {
            "rights": ["access"],
            "name": "Erna Brief",
            "customer_number": "KD-77",
            "language": "de",
            "received_on": "2026-11-02",
            "identity_checked": "on",
        },
    )
    dsar = DataSubjectRequest.objects.unscoped().get()
    assert dsar.status == Status.IN_PROGRESS and not dsar.email
    with django_capture_on_commit_callbacks(execute=True):
        owner.post(f"/console/requests/{dsar.public_id}/fulfil/", {"right": "access"})
    dsar.refresh_from_db()
    assert dsar.status == Status.RESPONDED and not mailoutbox
    with tenant_context(tenant_a.tenant):
        letter = dsar.letters.get(kind="access_ready")
        package = dsar.exports.get()
    assert letter.sent_at is None and "liegt diesem Schreiben bei" in letter.body and "/download/" not in letter.body

    page = owner.get(f"/console/requests/{dsar.public_id}/").content.decode()
    url = f"/console/requests/{dsar.public_id}/exports/{package.pk}/"
    assert url in page
    response = owner.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    files = zip_files(b"".join(response.streaming_content))
    assert json.loads(files["data.json"])["data"]["contacts"][0]["email"] == "erna@example.org"
    assert audit_actions(dsar)[-1] == "dsar.export_downloaded"
    assert tenant_a.console("agent").get(url).status_code == 403
    assert tenant_b.console("owner").get(url).status_code == 404
    missing = owner.get(f"/console/requests/{dsar.public_id}/exports/999999/", follow=True)
    assert "(no_export)" in missing.content.decode()
