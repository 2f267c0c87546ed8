from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from dsar.models import DataSubjectRequest, ExportPackage, Letter, Status
from dsar.services import request_transition
from dsar.tasks import dsar_daily_task
from tenants.context import tenant_context
from tenants.models import AuditEvent
from tests.dsar.helpers import audit_actions, chat_person, database_dump, media_text, verified_request


def test_daily_job_is_scheduled():
    assert settings.CELERY_BEAT_SCHEDULE["dsar-daily"]["task"] == dsar_daily_task.name


def test_overdue_requests_are_flagged_once_and_legal_roles_get_one_reminder_a_day(tenant_a, tenant_b, mailoutbox):
    now = timezone.now()
    late = verified_request(tenant_a.tenant, rights=["access"], received_at=now - timedelta(days=40))
    soon = verified_request(
        tenant_a.tenant, rights=["access"], email="b@example.org", received_at=now - timedelta(days=27)
    )
    calm = verified_request(tenant_b.tenant, rights=["access"], received_at=now - timedelta(days=1))
    tenant_a.console("agent")  # agents get no reminder
    mailoutbox.clear()

    assert dsar_daily_task.delay().get() == {
        "overdue": 1,
        "reminded": 2,
        "purged": 0,
        "held_erased": 0,
        "exports_expired": 0,
    }
    for dsar in (late, soon, calm):
        dsar.refresh_from_db()
    assert late.overdue and not soon.overdue and not calm.overdue
    assert len(mailoutbox) == 1 and mailoutbox[0].to == [tenant_a.owner_email]
    assert late.reference in mailoutbox[0].body and "ÜBERFÄLLIG" in mailoutbox[0].body
    assert soon.reference in mailoutbox[0].body and calm.reference not in mailoutbox[0].body

    assert dsar_daily_task.delay().get() == {
        "overdue": 0,
        "reminded": 0,
        "purged": 0,
        "held_erased": 0,
        "exports_expired": 0,
    }
    assert audit_actions(late).count("dsar.overdue") == 1
    page = tenant_a.console("owner").get("/console/requests/")
    assert "Überfällig: 1".encode() in page.content
    # Every console page, the conversations dashboard first, shows the overdue flag in the navigation.
    home = tenant_a.console("agent").get("/console/").content.decode()
    assert 'data-code="dsar_overdue" title="Überfällig">1</span>' in home
    assert 'data-code="dsar_overdue"' not in tenant_b.console("owner").get("/console/").content.decode()


def test_finished_requests_are_purged_after_three_years_keeping_hashes_and_the_audit_trail(
    tenant_a, mailoutbox, django_capture_on_commit_callbacks
):
    chat_person(tenant_a.tenant, name="Max Muster", email="max@example.org", phone="030 1234567")
    old = verified_request(tenant_a.tenant, rights=["access"], name="Max Muster", details="bitte schnell")
    with django_capture_on_commit_callbacks(execute=True):
        tenant_a.api().post(f"/api/v1/dsar/requests/{old.public_id}/fulfil/", {"right": "access"})
    recent = verified_request(tenant_a.tenant, rights=["access"], email="neu@example.org")
    with tenant_context(tenant_a.tenant):
        request_transition(request=recent, actor="t", target=Status.WITHDRAWN)
    old.refresh_from_db()
    assert old.status == Status.RESPONDED and "max@example.org" in media_text()
    DataSubjectRequest.objects.unscoped().filter(pk=old.pk).update(
        closed_at=timezone.now() - timedelta(days=3 * 365 + 1)
    )

    assert dsar_daily_task.delay().get()["purged"] == 1
    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.purged_at and old.email == old.name == old.details == ""
    assert old.identifier_hashes["email"] and old.rights == ["access"] and old.outcomes["access"]
    assert not Letter.objects.unscoped().filter(request=old).exists()
    assert not ExportPackage.objects.unscoped().filter(request=old).exists()
    assert "max@example.org" not in media_text()
    assert recent.purged_at is None and recent.email == "neu@example.org"
    assert audit_actions(old)[-1] == "dsar.purged" and "dsar.received" in audit_actions(old)
    assert "bitte schnell" not in database_dump()


def test_export_files_are_deleted_when_their_download_period_ends(
    client, tenant_a, tenant_b, mailoutbox, django_capture_on_commit_callbacks
):
    chat_person(tenant_a.tenant, name="Max Muster", email="max@example.org", phone="030 1234567")
    dsar = verified_request(tenant_a.tenant, rights=["access"])
    with django_capture_on_commit_callbacks(execute=True):
        tenant_a.api().post(f"/api/v1/dsar/requests/{dsar.public_id}/fulfil/", {"right": "access"})
    package = ExportPackage.objects.unscoped().get()
    assert "max@example.org" in media_text()
    assert dsar_daily_task.delay().get()["exports_expired"] == 0

    ExportPackage.objects.unscoped().update(expires_at=timezone.now() - timedelta(minutes=1))
    assert dsar_daily_task.delay().get()["exports_expired"] == 1
    assert "max@example.org" not in media_text()
    package.refresh_from_db()
    assert package.storage_name == "" and package.sha256, "the row stays as the record of what was provided"
    owner = tenant_a.console("owner")
    page = owner.get(f"/console/requests/{dsar.public_id}/exports/{package.pk}/", follow=True)
    assert "(export_expired)" in page.content.decode()
    assert dsar_daily_task.delay().get()["exports_expired"] == 0
    with tenant_context(tenant_a.tenant):
        assert "dsar.exports_expired" in [e.action for e in AuditEvent.objects.all()]


def test_packages_whose_worker_died_are_marked_failed_every_few_minutes_and_can_be_started_again(
    tenant_a, tenant_b, mailoutbox, django_capture_on_commit_callbacks
):
    from dsar.tasks import exports_stalled_task

    job = settings.CELERY_BEAT_SCHEDULE["dsar-exports-stalled"]
    assert job["task"] == exports_stalled_task.name and job["schedule"] <= 15 * 60
    chat_person(tenant_a.tenant, name="Max Muster", email="max@example.org", phone="030 1234567")
    dead = verified_request(tenant_a.tenant, rights=["access"])
    slow = verified_request(tenant_b.tenant, rights=["access"])
    for setup, dsar in ((tenant_a, dead), (tenant_b, slow)):  # queued; no worker builds them (no on_commit run)
        setup.api().post(f"/api/v1/dsar/requests/{dsar.public_id}/fulfil/", {"right": "access"})
    now = timezone.now()
    ExportPackage.objects.unscoped().filter(tenant=tenant_a.tenant).update(
        status="building", progress=40, progress_at=now - timedelta(minutes=16)
    )
    ExportPackage.objects.unscoped().filter(tenant=tenant_b.tenant).update(
        status="building", progress=40, progress_at=now - timedelta(minutes=5)
    )

    assert exports_stalled_task.delay().get() == 1
    assert exports_stalled_task.delay().get() == 0
    statuses = dict(ExportPackage.objects.unscoped().values_list("tenant__slug", "status"))
    assert statuses == {"acme": "failed", "bravo": "building"}
    assert audit_actions(dead).count("dsar.export_stalled") == 1 and "dsar.export_stalled" not in audit_actions(slow)
    owner = tenant_a.console("owner")
    assert "Fehlgeschlagen" in owner.get(f"/console/requests/{dead.public_id}/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        owner.post(f"/console/requests/{dead.public_id}/fulfil/", {"right": "access"})
    assert ExportPackage.objects.unscoped().filter(tenant=tenant_a.tenant, status="ready").count() == 1
    dead.refresh_from_db()
    assert dead.status == Status.RESPONDED and "access" in dead.outcomes
