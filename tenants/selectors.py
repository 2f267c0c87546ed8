"""Reads for tenants and credentials. Credential lookups run before a tenant is known, hence `unscoped()`."""

import hmac

from tenants.models import GENESIS_HASH, ApiKey, AuditEvent, Membership, Tenant, WidgetKey


def api_key_resolve(raw: str) -> ApiKey | None:
    """The active key for a raw `kd_<prefix>_<secret>` string, or None (unknown, malformed or revoked)."""
    parts = raw.split("_", 2)
    if len(parts) != 3 or parts[0] != "kd":
        return None
    key = ApiKey.objects.unscoped().select_related("tenant").filter(prefix=parts[1], revoked_at__isnull=True).first()
    if key is None or not hmac.compare_digest(key.key_hash, ApiKey.hash_secret(raw)):
        return None
    return key


def widget_key_resolve(raw: str) -> WidgetKey | None:
    return WidgetKey.objects.unscoped().select_related("tenant").filter(key=raw, active=True).first()


def memberships_for_user(user) -> list[Membership]:
    if not user.is_authenticated:
        return []
    return list(Membership.objects.unscoped().select_related("tenant").filter(user=user).order_by("tenant__name"))


def tenant_by_slug(slug: str) -> Tenant | None:
    return Tenant.objects.filter(slug=slug).first()


def api_keys_list():
    return ApiKey.objects.order_by("-created_at")


def widget_keys_list():
    return WidgetKey.objects.order_by("created_at")


def audit_events_list(limit: int = 200):
    return AuditEvent.objects.order_by("-id")[:limit]


def audit_chain_first_break(tenant: Tenant) -> AuditEvent | None:
    """The first event whose stored hash or link does not match what its content and predecessor demand."""
    expected_prev = GENESIS_HASH
    for event in AuditEvent.objects.unscoped().filter(tenant=tenant).order_by("id").iterator():
        if event.prev_hash != expected_prev or event.compute_hash() != event.hash:
            return event
        expected_prev = event.hash
    return None
