import csv
import io
import json
from datetime import timedelta
from urllib.parse import urlparse

import jsonschema
import pytest
from django.utils import timezone

from dsar.deadlines import response_due
from dsar.exports import SCHEMA_PATH
from dsar.models import ExportPackage, ExportStatus, Status
from dsar.tasks import export_build_task
from inquiries import services as inquiry_services
from tenants.context import tenant_context
from tests.dsar.helpers import (
    audit_actions,
    chat_person,
    mailed_code,
    transfer_for,
    verified_request,
    zip_files,
)


def download_path(mailoutbox) -> str:
    letter = next(m for m in reversed(mailoutbox) if "/download/" in m.body)
    return urlparse(next(w for w in letter.body.split() if "/download/" in w)).path


def fulfil(tenant_setup, dsar, right, django_capture_on_commit_callbacks, **data):
    with django_capture_on_commit_callbacks(execute=True):
        response = tenant_setup.api().post(
            f"/api/v1/dsar/requests/{dsar.public_id}/fulfil/", {"right": right, **data}, format="json"
        )
    return response


@pytest.fixture
def person(tenant_a):
    contact, conversation = chat_person(
        tenant_a.tenant,
        name="Max Muster",
        email="max@example.org",
        phone="0171 1234567",
        texts=["Hallo, ich bin Max Muster (max@example.org). Wo ist meine Bestellung?"],
    )
    with tenant_context(tenant_a.tenant):
        inquiry_services.agent_reply(
            conversation=conversation, actor=None, text="Ihre Nachbarin Erika Musterfrau (erika@nachbar.de) hat es."
        )
    transfer_for(conversation)
    return contact, conversation


def test_access_package_has_all_data_the_art15_information_and_needs_identity_again(
    client, tenant_a, person, mailoutbox, django_capture_on_commit_callbacks
):
    dsar = verified_request(tenant_a.tenant, rights=["access"])
    response = fulfil(tenant_a, dsar, "access", django_capture_on_commit_callbacks)
    assert response.status_code == 200, response.content
    dsar.refresh_from_db()
    assert dsar.status == Status.RESPONDED and "access" in dsar.outcomes
    assert dsar.due_on == response_due(dsar.received_at, "BE") and not dsar.overdue
    assert response.json()["exports"][0]["kind"] == "access"
    assert ExportPackage.objects.unscoped().get().progress == 100

    path = download_path(mailoutbox)
    assert client.get(path).status_code == 200
    before_sending = client.post(path, {"code": "123456"})
    assert before_sending.status_code == 400 and b'data-code="no_code"' in before_sending.content
    client.post(path, {"action": "send"})
    download = client.post(path, {"code": mailed_code(mailoutbox)})
    assert download.status_code == 200 and download["Content-Type"] == "application/zip"
    files = zip_files(b"".join(download.streaming_content))
    assert set(files) == {"data.json", "report.html"}
    data = json.loads(files["data.json"])
    conversation = data["data"]["conversations"][0]
    assert [m["role"] for m in conversation["messages"]] == ["customer", "ai", "agent"]
    assert "max@example.org" in conversation["messages"][0]["text"]
    assert "Erika Musterfrau" not in files["data.json"] and "erika@nachbar.de" not in files["data.json"]
    assert data["data"]["contacts"][0]["phone"] == "0171 1234567"
    assert data["data"]["transfers"][0]["recipient"] == "OpenAI Ireland Ltd."
    info = data["information"]
    assert info["recipients"] == [
        {"name": "OpenAI Ireland Ltd.", "countries": ["US"], "third_country": True, "safeguard": "SCC + DPF"}
    ]
    assert info["automated_decisions"] == "keine" and "Berliner Beauftragte" in info["complaint"]
    assert all(info[k] for k in ("purposes", "categories", "storage_periods", "rights", "source"))
    assert "Max Muster" in files["report.html"] and "OpenAI Ireland Ltd." in files["report.html"]
    assert "Empfänger" in files["report.html"]
    assert "E-Mail-Adressen, Namen" in files["report.html"] and "EMAIL, PERSON" not in files["report.html"]
    assert "Unsere Mitarbeiter" in files["report.html"] and "KI-Assistent" in files["report.html"]
    assert "Einwilligungen" in files["report.html"]
    assert {"dsar.export_queued", "dsar.fulfilled", "dsar.export_downloaded"} <= set(audit_actions(dsar))
    # The code was single use.
    assert client.post(path, {"code": mailed_code(mailoutbox)}).status_code == 400


def test_download_link_expires_and_belongs_to_its_tenant(
    client, tenant_a, tenant_b, person, mailoutbox, django_capture_on_commit_callbacks
):
    dsar = verified_request(tenant_a.tenant, rights=["access"])
    fulfil(tenant_a, dsar, "access", django_capture_on_commit_callbacks)
    path = download_path(mailoutbox)
    assert b'data-code="no_export"' in client.get(path.replace("/p/acme/", "/p/bravo/")).content
    assert b'data-code="invalid_link"' in client.get(path[:-5] + "xx/").content
    ExportPackage.objects.unscoped().update(expires_at=timezone.now() - timedelta(minutes=1))
    assert b'data-code="export_expired"' in client.get(path).content


def test_chat_user_downloads_with_the_conversation_token(
    client, tenant_a, person, mailoutbox, django_capture_on_commit_callbacks
):
    _, conversation = person
    client.post(
        "/p/acme/privacy-request/",
        {"rights": ["access"], "email": "anything@example.net", "conversation_token": conversation.token},
    )
    with tenant_context(tenant_a.tenant):
        from dsar.models import DataSubjectRequest

        dsar = DataSubjectRequest.objects.get()
    fulfil(tenant_a, dsar, "access", django_capture_on_commit_callbacks)
    package = ExportPackage.objects.unscoped().get()
    assert package.status == ExportStatus.READY
    from dsar.identity import download_token

    path = f"/p/acme/privacy-request/download/{download_token(package)}/"
    assert client.post(path, {"code": "not-the-token"}).status_code == 400
    assert client.post(path, {"code": conversation.token}).status_code == 200


def test_portability_export_follows_the_published_schema_and_holds_only_what_the_person_provided(
    client, tenant_a, person, mailoutbox, django_capture_on_commit_callbacks
):
    dsar = verified_request(tenant_a.tenant, rights=["portability", "access"])
    fulfil(tenant_a, dsar, "portability", django_capture_on_commit_callbacks)
    dsar.refresh_from_db()
    assert dsar.status == Status.IN_PROGRESS, "access is still open"
    path = download_path(mailoutbox)
    client.post(path, {"action": "send"})
    files = zip_files(b"".join(client.post(path, {"code": mailed_code(mailoutbox)}).streaming_content))
    data = json.loads(files["data.json"])
    jsonschema.validate(data, json.loads(SCHEMA_PATH.read_text()))
    assert json.loads(files["schema.json"]) == json.loads(SCHEMA_PATH.read_text())
    assert [m["text"] for m in data["messages"]] == [
        "Hallo, ich bin Max Muster (max@example.org). Wo ist meine Bestellung?"
    ]
    rows = list(csv.DictReader(io.StringIO(files["messages.csv"])))
    assert rows[0]["text"] == data["messages"][0]["text"] and rows[0]["channel"] == "chat"
    assert list(csv.DictReader(io.StringIO(files["contacts.csv"])))[0]["email"] == "max@example.org"


def test_rights_not_requested_or_done_twice_are_refused(
    tenant_a, person, mailoutbox, django_capture_on_commit_callbacks
):
    dsar = verified_request(tenant_a.tenant, rights=["access"])
    response = fulfil(tenant_a, dsar, "portability", django_capture_on_commit_callbacks)
    assert response.status_code == 400 and response.json()["error"]["code"] == "right_not_requested"
    fulfil(tenant_a, dsar, "access", django_capture_on_commit_callbacks)
    response = fulfil(tenant_a, dsar, "access", django_capture_on_commit_callbacks)
    assert response.json()["error"]["code"] == "not_open"
    response = fulfil(tenant_a, dsar, "teleport", django_capture_on_commit_callbacks)
    assert response.status_code == 400


def test_agents_notes_on_the_transcript_leave_other_persons_out_of_the_copy(
    client, tenant_a, tenant_b, person, mailoutbox, django_capture_on_commit_callbacks
):
    _, conversation = person
    dsar = verified_request(tenant_a.tenant, rights=["rectification", "access"])
    note = "Lieferadresse geändert: Ihre Nachbarin Erika Musterfrau (erika@nachbar.de) nimmt Pakete an."
    assert fulfil(tenant_a, dsar, "rectification", django_capture_on_commit_callbacks, note=note).status_code == 200
    fulfil(tenant_a, dsar, "access", django_capture_on_commit_callbacks)
    path = download_path(mailoutbox)
    client.post(path, {"action": "send"})
    files = zip_files(b"".join(client.post(path, {"code": mailed_code(mailoutbox)}).streaming_content))
    annotations = json.loads(files["data.json"])["data"]["annotations"]
    assert annotations[0]["conversation"] == conversation.pk and "Lieferadresse" in annotations[0]["text"]
    for text in (files["data.json"], files["report.html"]):
        assert "Erika Musterfrau" not in text and "erika@nachbar.de" not in text


def test_access_package_in_english_for_an_english_request(
    tenant_a, tenant_b, person, mailoutbox, django_capture_on_commit_callbacks
):
    from dsar.storage import export_path

    dsar = verified_request(tenant_a.tenant, rights=["access"], language="en")
    fulfil(tenant_a, dsar, "access", django_capture_on_commit_callbacks)
    package = ExportPackage.objects.unscoped().get()
    files = zip_files(export_path(package).read_bytes())
    info = json.loads(files["data.json"])["information"]
    assert info["automated_decisions"] == "none" and info["complaint"].startswith("complaint to a supervisory")
    assert info["third_country_safeguards"] == ["OpenAI Ireland Ltd. (US): SCC + DPF"]
    assert "Information under Art. 15 GDPR" in files["report.html"] and "Our staff" in files["report.html"]
    assert mailoutbox[-1].subject.startswith("The copy of your data is ready")


def test_a_second_click_while_the_package_is_built_queues_no_second_one(
    tenant_a, tenant_b, person, mailoutbox, django_capture_on_commit_callbacks
):
    dsar = verified_request(tenant_a.tenant, rights=["access"])
    # The worker has not picked the first one up yet (no on_commit run: nothing is built).
    assert (
        tenant_a.api().post(f"/api/v1/dsar/requests/{dsar.public_id}/fulfil/", {"right": "access"}).status_code == 200
    )
    again = tenant_a.api().post(
        f"/api/v1/dsar/requests/{dsar.public_id}/fulfil/", {"right": "access"}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert again.status_code == 400 and again.json()["error"]["code"] == "export_running"
    assert again.json()["error"]["message"].startswith("The package is being built")
    assert ExportPackage.objects.unscoped().count() == 1


def worker_died(package, *, minutes_ago: int) -> None:
    """What a worker that died mid-build leaves behind: the package building, its last progress report long ago."""
    ExportPackage.objects.unscoped().filter(pk=package.pk).update(
        status=ExportStatus.BUILDING, progress=40, progress_at=timezone.now() - timedelta(minutes=minutes_ago)
    )


def test_a_package_whose_worker_died_can_be_started_again_from_the_console(
    tenant_a, tenant_b, person, mailoutbox, django_capture_on_commit_callbacks
):
    dsar = verified_request(tenant_a.tenant, rights=["access"])
    owner = tenant_a.console("owner")
    fulfil_url = f"/console/requests/{dsar.public_id}/fulfil/"
    owner.post(fulfil_url, {"right": "access"})  # queued; the worker takes it and dies at 40 %
    stuck = ExportPackage.objects.unscoped().get()
    worker_died(stuck, minutes_ago=5)
    # Five minutes without progress may still be a slow build: a second click starts nothing.
    page = owner.post(fulfil_url, {"right": "access"}, follow=True).content.decode()
    assert "(export_running)" in page and 'data-code="export_stalled"' not in page
    assert ExportPackage.objects.unscoped().count() == 1

    worker_died(stuck, minutes_ago=16)
    page = owner.get(f"/console/requests/{dsar.public_id}/").content.decode()
    assert 'data-code="export_stalled"' in page and "Wird erstellt" in page
    assert "Unterbrochen (zu lange kein Fortschritt)" in page
    with django_capture_on_commit_callbacks(execute=True):
        page = owner.post(fulfil_url, {"right": "access"}, follow=True).content.decode()

    assert "(export_running)" not in page
    stuck.refresh_from_db()
    retried = ExportPackage.objects.unscoped().exclude(pk=stuck.pk).get()
    assert (stuck.status, retried.status) == (ExportStatus.FAILED, ExportStatus.READY)
    packages = owner.get(f"/console/requests/{dsar.public_id}/").content.decode().split("<h3>")[1]
    assert "Fehlgeschlagen" in packages and "Fertig" in packages and 'data-code="export_stalled"' not in packages
    dsar.refresh_from_db()
    assert dsar.status == Status.RESPONDED and "access" in dsar.outcomes
    assert [m for m in mailoutbox if "/download/" in m.body] and "dsar.export_stalled" in audit_actions(dsar)
    # The dead worker's task, redelivered late, builds nothing: one package, one letter.
    letters = len(mailoutbox)
    export_build_task.delay(stuck.pk, tenant_a.tenant.pk)
    stuck.refresh_from_db()
    assert stuck.status == ExportStatus.FAILED and not stuck.storage_name and len(mailoutbox) == letters
    assert tenant_b.console("owner").get(f"/console/requests/{dsar.public_id}/").status_code == 404


def test_the_api_reports_a_stalled_package_and_starts_it_again(
    tenant_a, tenant_b, person, mailoutbox, django_capture_on_commit_callbacks
):
    dsar = verified_request(tenant_a.tenant, rights=["access"])
    tenant_a.api().post(f"/api/v1/dsar/requests/{dsar.public_id}/fulfil/", {"right": "access"})
    worker_died(ExportPackage.objects.unscoped().get(), minutes_ago=16)
    status = tenant_a.api().get(f"/api/v1/dsar/requests/{dsar.public_id}/").json()
    assert status["exports"] == [{"kind": "access", "status": "building", "progress": 40, "stalled": True}]
    assert tenant_b.api().get(f"/api/v1/dsar/requests/{dsar.public_id}/").status_code == 404

    response = fulfil(tenant_a, dsar, "access", django_capture_on_commit_callbacks)

    assert response.status_code == 200, response.content
    assert [(e["status"], e["stalled"]) for e in response.json()["exports"]] == [("failed", False), ("pending", False)]
    status = tenant_a.api().get(f"/api/v1/dsar/requests/{dsar.public_id}/").json()
    assert [e["status"] for e in status["exports"]] == ["failed", "ready"] and "access" in status["outcomes"]
