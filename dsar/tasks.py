"""Celery tasks of data-subject requests. Each takes ids, sets the tenant, calls one service, and is idempotent."""

from celery import shared_task
from django.utils import timezone

from dsar import fulfil, sweeps
from tenants.context import tenant_context
from tenants.models import Tenant


@shared_task
def export_build_task(package_id: int, tenant_id: int) -> None:
    with tenant_context(Tenant.objects.get(pk=tenant_id)):
        fulfil.export_build(package_id=package_id)


@shared_task
def dsar_daily_task() -> dict:
    """Daily (beat): overdue flags, reminders, retention purge, ended legal holds, expired exports; per tenant."""
    today = timezone.localdate()
    totals = {"overdue": 0, "reminded": 0, "purged": 0, "held_erased": 0, "exports_expired": 0}
    for tenant in Tenant.objects.order_by("pk"):
        with tenant_context(tenant):
            totals["overdue"] += sweeps.overdue_flag(tenant=tenant, today=today)
            totals["reminded"] += sweeps.reminders_send(tenant=tenant, today=today)
            totals["purged"] += sweeps.retention_purge(tenant=tenant)
            totals["held_erased"] += sweeps.held_erasure_complete(tenant=tenant, today=today)
            totals["exports_expired"] += sweeps.exports_expire(tenant=tenant)
    return totals


@shared_task
def exports_stalled_task() -> int:
    """Every five minutes (beat): packages whose worker died are marked failed, so members can start them again."""
    failed = 0
    for tenant in Tenant.objects.filter(pk__in=sweeps.tenants_with_stalled_exports()).order_by("pk"):
        with tenant_context(tenant):
            failed += sweeps.exports_stalled(tenant=tenant)
    return failed
