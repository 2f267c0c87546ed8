"""Celery tasks of data-subject requests. Each takes ids, sets the tenant, calls one service, and is idempotent."""

from celery import shared_task

from dsar import fulfil
from tenants.context import tenant_context
from tenants.models import Tenant


@shared_task
def export_build_task(package_id: int, tenant_id: int) -> None:
    with tenant_context(Tenant.objects.get(pk=tenant_id)):
        fulfil.export_build(package_id=package_id)
