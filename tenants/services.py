"""Writes for tenants, members, credentials and the audit trail."""

import secrets
from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tenants.context import tenant_context
from tenants.models import GENESIS_HASH, ApiKey, AuditEvent, Membership, Role, Tenant, WidgetKey


def tenant_lock(tenant: Tenant) -> None:
    """Lock the tenant's row until the surrounding transaction ends; a no-op on SQLite, which has one writer anyway.

    Writes that number things per tenant ("highest so far + 1": audit chain, document and text versions) take it
    before they read the highest number, so that two concurrent writers cannot both claim the same one. It is the
    lock `audit_log` takes in every audited transaction, so taking it first adds no new lock order.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("tenant_lock() outside a transaction would release the lock at once")
    Tenant.objects.select_for_update().filter(pk=tenant.pk).first()


def audit_log(*, tenant: Tenant, actor, action: str, target=None, data: dict | None = None) -> AuditEvent:
    """Append one event to the tenant's hash chain. Call inside the transaction of the change it records.

    The tenant row is locked so that two concurrent events cannot both claim the same predecessor.
    """
    with transaction.atomic():
        tenant_lock(tenant)
        previous = AuditEvent.objects.unscoped().filter(tenant=tenant).order_by("-id").first()
        user = actor if getattr(actor, "pk", None) and getattr(actor, "is_authenticated", False) else None
        event = AuditEvent(
            tenant=tenant,
            created_at=timezone.now(),
            actor=user,
            actor_label=str(actor.get_username() if user else (actor or "system")),
            action=action,
            target_type=target._meta.label if target is not None else "",
            target_id=str(target.pk) if target is not None else "",
            data=data or {},
            prev_hash=previous.hash if previous else GENESIS_HASH,
        )
        event.hash = event.compute_hash()
        with tenant_context(tenant):
            event.save()
    return event


def api_key_create(*, tenant: Tenant, actor, name: str) -> tuple[ApiKey, str]:
    """Create an API key and return it with the raw secret, which is never retrievable again."""
    prefix = secrets.token_hex(4)
    raw = f"kd_{prefix}_{secrets.token_urlsafe(32)}"
    with transaction.atomic(), tenant_context(tenant):
        key = ApiKey.objects.create(tenant=tenant, name=name, prefix=prefix, key_hash=ApiKey.hash_secret(raw))
        audit_log(tenant=tenant, actor=actor, action="api_key.created", target=key, data={"prefix": prefix})
    return key, raw


def api_key_revoke(*, tenant: Tenant, actor, key: ApiKey) -> None:
    with transaction.atomic(), tenant_context(tenant):
        key.revoked_at = timezone.now()
        key.save(update_fields=["revoked_at"])
        audit_log(tenant=tenant, actor=actor, action="api_key.revoked", target=key, data={"prefix": key.prefix})


def api_key_touch(key: ApiKey) -> None:
    """Record use at most once a minute, so that busy integrations do not write on every request."""
    now = timezone.now()
    if key.last_used_at is None or (now - key.last_used_at).total_seconds() > 60:
        ApiKey.objects.unscoped().filter(pk=key.pk).update(last_used_at=now)


def widget_key_create(*, tenant: Tenant, actor, allowed_origins: list[str], name: str = "Website") -> WidgetKey:
    with transaction.atomic(), tenant_context(tenant):
        widget = WidgetKey.objects.create(
            tenant=tenant, key=f"wk_{secrets.token_urlsafe(18)}", name=name, allowed_origins=allowed_origins
        )
        audit_log(
            tenant=tenant, actor=actor, action="widget_key.created", target=widget, data={"origins": allowed_origins}
        )
    return widget


def origins_parse(text: str) -> list[str]:
    """The allowed origins a member typed, one per line, as browsers send them (scheme://host[:port], lower case).

    Raises ValidationError naming the first line that is not an origin.
    """
    origins = []
    for line in text.split():
        parts = urlsplit(line.strip())
        if (
            parts.scheme.lower() not in ("http", "https")
            or not parts.hostname
            or parts.path not in ("", "/")
            or parts.query
            or parts.fragment
            or parts.username
        ):
            raise ValidationError(
                _("%(origin)s is not an origin: write the scheme and host only, e.g. https://shop.example.")
                % {"origin": line}
            )
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        if origin not in origins:
            origins.append(origin)
    if not origins:
        raise ValidationError(_("Name at least one origin, e.g. https://shop.example."))
    return origins


def widget_key_set_origins(*, tenant: Tenant, actor, widget: WidgetKey, allowed_origins: list[str]) -> None:
    with transaction.atomic(), tenant_context(tenant):
        widget.allowed_origins = allowed_origins
        widget.save(update_fields=["allowed_origins"])
        audit_log(
            tenant=tenant,
            actor=actor,
            action="widget_key.origins_changed",
            target=widget,
            data={"origins": allowed_origins},
        )


def member_add(*, tenant: Tenant, actor, email: str, role: str, password: str | None = None) -> Membership:
    validate_email(email)
    if role not in Role.values:
        raise ValidationError(f"Unknown role {role!r}.")
    User = get_user_model()
    with transaction.atomic(), tenant_context(tenant):
        user, created = User.objects.get_or_create(username=email.lower(), defaults={"email": email.lower()})
        if created:
            if password:
                user.set_password(password)
            else:
                user.set_unusable_password()
            user.save()
        membership = Membership.objects.create(tenant=tenant, user=user, role=role)
        audit_log(tenant=tenant, actor=actor, action="member.added", target=membership, data={"role": role})
    return membership


def tenant_bootstrap(
    *, slug: str, name: str, owner_email: str, password: str | None, allowed_origins: list[str]
) -> tuple[Tenant, str, WidgetKey]:
    """Create a tenant with its owner, one API key and one widget key, all or nothing.

    Raises ValidationError (duplicate slug, bad e-mail) before anything is written.
    """
    validate_email(owner_email)
    if Tenant.objects.filter(slug=slug).exists():
        raise ValidationError(_("A tenant with the slug %(slug)s exists already.") % {"slug": slug})
    with transaction.atomic():
        tenant = Tenant(slug=slug, name=name, legal_name=name)
        tenant.full_clean()
        tenant.save()
        audit_log(tenant=tenant, actor="operator", action="tenant.created", target=tenant, data={"slug": slug})
        member_add(tenant=tenant, actor="operator", email=owner_email, role=Role.OWNER, password=password)
        _api_key, raw_key = api_key_create(tenant=tenant, actor="operator", name="Standard")
        widget = widget_key_create(tenant=tenant, actor="operator", allowed_origins=allowed_origins)
    return tenant, raw_key, widget


def tenant_set_ai_enabled(*, tenant: Tenant, actor, enabled: bool) -> None:
    """The kill switch: off sends every inquiry to humans from the next message on."""
    with transaction.atomic():
        Tenant.objects.filter(pk=tenant.pk).update(ai_enabled=enabled)
        tenant.ai_enabled = enabled
        audit_log(
            tenant=tenant, actor=actor, action="tenant.ai_enabled" if enabled else "tenant.ai_disabled", target=tenant
        )


PROFILE_FIELDS = (
    "name",
    "legal_name",
    "legal_address",
    "dpo_name",
    "dpo_email",
    "default_language",
    "federal_state",
    "assistant_name",
    "assistant_instructions",
)


def tenant_profile_save(*, tenant: Tenant, actor, **fields) -> Tenant:
    """Change the company data and the assistant settings; the audit event names the fields, not their values."""
    unknown = set(fields) - set(PROFILE_FIELDS)
    if unknown:
        raise ValidationError(f"Not editable: {', '.join(sorted(unknown))}.")
    with transaction.atomic():
        for name, value in fields.items():
            setattr(tenant, name, value)
        tenant.full_clean()
        tenant.save(update_fields=list(fields))
        audit_log(
            tenant=tenant, actor=actor, action="tenant.profile_changed", target=tenant, data={"fields": sorted(fields)}
        )
    return tenant
