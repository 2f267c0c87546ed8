from django.db import models

from tenants.context import require_current_tenant


class TenantScopedManager(models.Manager):
    """Default manager of every tenant-owned model: filters by the current tenant, raises when there is none."""

    def get_queryset(self):
        return super().get_queryset().filter(tenant=require_current_tenant())

    def unscoped(self):
        """Every tenant's rows. Only for operator tools, retention sweeps, credential lookup and migrations."""
        return super().get_queryset()
