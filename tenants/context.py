"""The current tenant, held in one ContextVar.

It is set in exactly these places: `tenants.middleware.TenantMiddleware` (HTTP), `tenants.middleware.
WidgetKeyChannelsMiddleware` (WebSocket), and `tenant_context()` for Celery tasks (which take `tenant_id`
or sweep with `tenants.tasks.for_each_tenant`), commands and tests. Keeping it to these few places is what lets
PostgreSQL row-level security (`SET LOCAL app.tenant_id`) be added in one spot later.
"""

from contextlib import contextmanager
from contextvars import ContextVar

_current_tenant: ContextVar = ContextVar("klardesk_current_tenant", default=None)


class NoTenantError(RuntimeError):
    """A tenant-owned table was queried with no current tenant: a bug, never a reason to return everything."""


def get_current_tenant():
    return _current_tenant.get()


def require_current_tenant():
    tenant = _current_tenant.get()
    if tenant is None:
        raise NoTenantError("No current tenant is set; use tenant_context() or Model.objects.unscoped().")
    return tenant


def activate(tenant):
    """Set the tenant; returns the token for `deactivate`. For the middlewares only."""
    return _current_tenant.set(tenant)


def deactivate(token) -> None:
    _current_tenant.reset(token)


@contextmanager
def tenant_context(tenant):
    token = _current_tenant.set(tenant)
    try:
        yield tenant
    finally:
        _current_tenant.reset(token)
