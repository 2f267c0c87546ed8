"""Uploads: only real, readable, unencrypted PDFs up to 20 MB with sane dates; stored privately, every version kept."""

import datetime
import hashlib
import re
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone

from compliance.documents import DocumentRejected
from compliance.models import DPA_CHECKLIST, LegalDocument
from tenants.models import AuditEvent
from tests.compliance.helpers import (
    concurrently,
    days_ago,
    make_registration,
    pdf_bytes,
    pdf_upload,
    postgres_only,
    upload,
)

pytestmark = pytest.mark.django_db


def stored_files() -> list[Path]:
    root = Path(settings.PRIVATE_MEDIA_ROOT)
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def test_valid_pdf_is_stored_privately_with_its_hash_and_audited(tenant_a):
    registration = make_registration(tenant_a.tenant)
    document = upload(tenant_a.tenant, registration, "dpa")
    data = pdf_bytes()
    assert document.sha256 == hashlib.sha256(data).hexdigest()
    [path] = stored_files()
    assert path.read_bytes() == data
    assert Path(settings.PRIVATE_MEDIA_ROOT) in path.parents
    assert str(tenant_a.tenant.pk) in path.parts
    assert not str(path).startswith(str(settings.STATIC_ROOT))
    event = AuditEvent.objects.unscoped().filter(tenant=tenant_a.tenant, action="document.uploaded").get()
    assert event.data["sha256"] == document.sha256


def test_every_version_is_kept(tenant_a):
    registration = make_registration(tenant_a.tenant)
    first = upload(tenant_a.tenant, registration, "dpa")
    second = upload(tenant_a.tenant, registration, "dpa", signed_on=days_ago(1))
    assert (first.version, second.version) == (1, 2)
    assert LegalDocument.objects.unscoped().filter(registration=registration).count() == 2
    assert len(stored_files()) == 2


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_two_members_uploading_at_the_same_moment_get_versions_one_and_two(tenant_a, tenant_b, monkeypatch):
    registration = make_registration(tenant_a.tenant)
    owner, dpo = tenant_a.console("owner"), tenant_a.console("dpo")
    # Hold the gap between "read the highest version" and "insert" open, so both uploads are in it at once.
    full_clean = LegalDocument.full_clean
    monkeypatch.setattr(LegalDocument, "full_clean", lambda self, **kw: time.sleep(0.3) or full_clean(self, **kw))

    def post(client, name):
        form = {"action": "upload", "kind": "dpa", "file": pdf_upload(name), "signed_on": days_ago(2).isoformat()}
        return client.post(f"/console/compliance/providers/{registration.pk}/", {**form, "parties": "Acme; Anthropic"})

    results = concurrently(lambda: post(owner, "avv-owner.pdf"), lambda: post(dpo, "avv-dpo.pdf"))

    assert [getattr(r, "status_code", r) for r in results] == [302, 302]
    stored = LegalDocument.objects.unscoped().filter(registration=registration)
    assert sorted(stored.values_list("version", flat=True)) == [1, 2]
    assert {d.original_name for d in stored} == {"avv-owner.pdf", "avv-dpo.pdf"}
    assert len(stored_files()) == 2
    page = owner.get(f"/console/compliance/providers/{registration.pk}/").content.decode()
    assert "avv-owner.pdf" in page and "avv-dpo.pdf" in page
    assert not LegalDocument.objects.unscoped().filter(tenant=tenant_b.tenant).exists()


BIG = b"%PDF-1.7\n" + b"0" * (20 * 1024 * 1024)


@pytest.mark.parametrize(
    ("fields", "code", "message"),
    [
        ({"upload": pdf_upload("avv.pdf", b"PK\x03\x04 this is a zip file renamed")}, "not_pdf", "kein PDF"),
        ({"upload": pdf_upload("avv.pdf", BIG)}, "too_large", "20 MB"),
        ({"upload": pdf_upload("avv.pdf", pdf_bytes(encrypt=True))}, "encrypted", "verschlüsselt"),
        ({"upload": pdf_upload("avv.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog")}, "malformed", "beschädigt"),
        ({"upload": pdf_upload("avv.pdf", pdf_bytes()[:200])}, "malformed", "beschädigt"),
        ({"signed_on": timezone.localdate() + datetime.timedelta(days=1)}, "signed_in_future", "Zukunft"),
        (
            {"signed_on": days_ago(10), "expires_on": days_ago(20)},
            "expiry_before_signature",
            "nach dem Unterzeichnungsdatum",
        ),
        (
            {"signed_on": days_ago(10), "expires_on": days_ago(10)},
            "expiry_before_signature",
            "nach dem Unterzeichnungsdatum",
        ),
    ],
)
def test_bad_uploads_are_rejected_and_nothing_is_stored(tenant_a, fields, code, message):
    registration = make_registration(tenant_a.tenant)
    with pytest.raises(DocumentRejected) as caught:
        upload(tenant_a.tenant, registration, "dpa", **fields)
    assert caught.value.code == code
    assert message in " ".join(caught.value.messages)
    assert stored_files() == []
    assert not LegalDocument.objects.unscoped().exists()
    assert not AuditEvent.objects.unscoped().filter(action="document.uploaded").exists()


def test_a_readable_pdf_with_a_wrong_cross_reference_offset_is_accepted(tenant_a):
    """Viewers open such files (common in exported or signed contracts); they are not "damaged" for the tenant."""
    data = pdf_bytes()
    offset = re.search(rb"startxref\s+(\d+)", data)
    off_by_three = data[: offset.start(1)] + str(int(offset.group(1)) + 3).encode() + data[offset.end(1) :]
    document = upload(
        tenant_a.tenant, make_registration(tenant_a.tenant), "dpa", upload=pdf_upload("avv.pdf", off_by_three)
    )
    assert document.sha256 == hashlib.sha256(off_by_three).hexdigest()
    assert len(stored_files()) == 1


def test_scc_needs_its_module(tenant_a):
    registration = make_registration(tenant_a.tenant)
    with pytest.raises(DocumentRejected) as caught:
        upload(tenant_a.tenant, registration, "scc")
    assert caught.value.code == "scc_module_missing"
    assert upload(tenant_a.tenant, registration, "scc", scc_module="2").scc_module == "2"


# --- serving: roles and tenants -----------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["owner", "admin", "dpo"])
def test_legal_roles_download_the_pdf(tenant_a, role):
    document = upload(tenant_a.tenant, make_registration(tenant_a.tenant), "dpa")
    response = tenant_a.console(role).get(f"/console/compliance/documents/{document.pk}/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == pdf_bytes()
    assert response["Content-Type"] == "application/pdf"


def test_a_file_missing_from_storage_is_reported_not_a_500(tenant_a, tenant_b):
    registration = make_registration(tenant_a.tenant)
    document = upload(tenant_a.tenant, registration, "dpa")
    kept = upload(tenant_b.tenant, make_registration(tenant_b.tenant), "dpa")
    (Path(settings.PRIVATE_MEDIA_ROOT) / str(tenant_a.tenant.pk) / "documents" / document.storage_name).unlink()

    response = tenant_a.console("owner").get(f"/console/compliance/documents/{document.pk}/", follow=True)

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == f"/console/compliance/providers/{registration.pk}/"
    assert "missing" in response.content.decode() or "fehlt" in response.content.decode()
    other = tenant_b.console("owner").get(f"/console/compliance/documents/{kept.pk}/")
    assert b"".join(other.streaming_content) == pdf_bytes()


def test_agent_gets_403_without_a_hint_whether_the_document_exists(tenant_a):
    document = upload(tenant_a.tenant, make_registration(tenant_a.tenant), "dpa")
    agent = tenant_a.console("agent")
    existing = agent.get(f"/console/compliance/documents/{document.pk}/")
    missing = agent.get(f"/console/compliance/documents/{document.pk + 999}/")
    assert existing.status_code == missing.status_code == 403
    assert existing.content == missing.content


def test_other_tenant_gets_the_same_404_as_for_a_missing_document(tenant_a, tenant_b):
    document = upload(tenant_a.tenant, make_registration(tenant_a.tenant), "dpa")
    owner_b = tenant_b.console("owner")
    foreign = owner_b.get(f"/console/compliance/documents/{document.pk}/")
    missing = owner_b.get(f"/console/compliance/documents/{document.pk + 999}/")
    assert foreign.status_code == missing.status_code == 404
    assert foreign.content == missing.content


def test_upload_through_the_console_form(tenant_a):
    registration = make_registration(tenant_a.tenant)
    client = tenant_a.console("dpo")
    response = client.post(
        f"/console/compliance/providers/{registration.pk}/",
        {
            "action": "upload",
            "kind": "dpa",
            "file": pdf_upload(),
            "signed_on": days_ago(2).isoformat(),
            "parties": "Acme Versand GmbH; Anthropic, PBC",
        },
    )
    assert response.status_code == 302
    document = LegalDocument.objects.unscoped().get(registration=registration)
    assert not document.checklist_complete
    checklist = {f"d{document.pk}-{key}": "on" for key in DPA_CHECKLIST}
    response = client.post(f"/console/compliance/documents/{document.pk}/checklist/", checklist)
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.checklist_complete


def test_console_shows_a_rejected_upload_in_plain_words(tenant_a):
    registration = make_registration(tenant_a.tenant)
    response = tenant_a.console("owner").post(
        f"/console/compliance/providers/{registration.pk}/",
        {
            "action": "upload",
            "kind": "dpa",
            "file": pdf_upload("avv.pdf", b"GIF89a not a pdf"),
            "signed_on": days_ago(2).isoformat(),
            "parties": "Acme",
        },
    )
    assert response.status_code == 200
    assert "kein PDF" in response.content.decode()
    assert stored_files() == []


def test_dpa_checklist_asks_for_storage_purpose_duties_and_each_point_of_art_28_3(tenant_a, tenant_b):
    registration = make_registration(tenant_a.tenant)
    document = upload(tenant_a.tenant, registration, "dpa", checklist=None)
    html = tenant_a.console("dpo").get(f"/console/compliance/providers/{registration.pk}/").content.decode()
    expected = ["stored_data", "storage_period", "purpose", "rights_and_duties"] + [
        f"{letter}_" for letter in "abcdefgh"
    ]
    names = set(re.findall(rf'name="d{document.pk}-(\w+)"', html))
    assert names == set(DPA_CHECKLIST) and len(names) == 12
    assert all(any(name.startswith(prefix) for name in names) for prefix in expected)
    # Every point must be ticked: one missing keeps the checklist (and the gate) open.
    client = tenant_a.console("dpo")
    almost = {f"d{document.pk}-{key}": "on" for key in DPA_CHECKLIST if key != "h_audits"}
    client.post(f"/console/compliance/documents/{document.pk}/checklist/", almost)
    document.refresh_from_db()
    assert not document.checklist_complete and document.checklist["h_audits"] is False
    # The other tenant can neither confirm nor read it.
    owner_b = tenant_b.console("owner")
    everything = {f"d{document.pk}-{key}": "on" for key in DPA_CHECKLIST}
    assert owner_b.post(f"/console/compliance/documents/{document.pk}/checklist/", everything).status_code == 404
    document.refresh_from_db()
    assert not document.checklist_complete
