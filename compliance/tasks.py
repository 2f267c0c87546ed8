from celery import shared_task

from compliance.retention import retention_sweep
from tenants.tasks import for_each_tenant


@shared_task(name="compliance.retention_sweep")
def retention_sweep_task() -> dict:
    """Daily: apply every tenant's retention periods."""
    return for_each_tenant(retention_sweep)
