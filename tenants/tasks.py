"""Celery helpers: periodic sweeps run once per tenant, each inside its tenant context."""

from collections.abc import Callable

from tenants.context import tenant_context
from tenants.models import Tenant


def for_each_tenant(func: Callable) -> dict[str, object]:
    """Run `func()` once per tenant, each in its own tenant context; returns the results by tenant slug."""
    results = {}
    for tenant in Tenant.objects.order_by("pk"):
        with tenant_context(tenant):
            results[tenant.slug] = func()
    return results
