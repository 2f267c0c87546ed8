"""Provider registrations: create, change, test and activate a tenant's AI provider.

The API key is encrypted on the way in and decrypted only inside `provider_config()`, just before a call.
"""

import re
from decimal import Decimal

from asgiref.sync import async_to_sync
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_variables

from compliance.models import ProviderKind, ProviderRegistration
from inquiries.providers import ProviderConfig, ProviderError, build_provider
from tenants.services import audit_log

EDITABLE = ("kind", "label", "model", "base_url", "country", "timeout_seconds", "max_output_tokens", "temperature")
# Anthropic accepts 0 to 1, the others 0 to 2.
MAX_TEMPERATURE = {ProviderKind.ANTHROPIC: Decimal(1)}
# What decides whether a call can work at all: changing one of these on the answering registration needs a new test.
CONNECTION_FIELDS = ("kind", "model", "base_url")
# Shorter than this is no provider's key but a typo, a placeholder or half a paste; its last four characters (the
# masked key shown everywhere) would also give most of it away. An endpoint that checks no key takes any placeholder.
MIN_API_KEY_LENGTH = 8
DEFAULT_MODELS = {
    ProviderKind.ANTHROPIC: "claude-sonnet-4-6",
    ProviderKind.OPENAI: "gpt-4.1-mini",
    ProviderKind.GEMINI: "gemini-2.5-flash",
    ProviderKind.LOCAL: "klardesk-local",
}


def provider_config(registration: ProviderRegistration) -> ProviderConfig:
    total = float(registration.timeout_seconds)
    return ProviderConfig(
        kind=registration.kind,
        model=registration.model or DEFAULT_MODELS.get(registration.kind, ""),
        api_key=registration.get_api_key(),
        base_url=registration.base_url or None,
        connect_timeout=min(5.0, total),
        first_token_timeout=min(20.0, total),
        total_timeout=total,
        max_output_tokens=registration.max_output_tokens,
        temperature=float(registration.temperature),
    )


def registration_test(registration: ProviderRegistration) -> None:
    """ "Verbindung testen": one minimal real call. Raises ProviderError with a plain cause."""
    async_to_sync(build_provider(provider_config(registration)).check)()


def _validate(registration: ProviderRegistration) -> None:
    if registration.kind == ProviderKind.OPENAI_COMPATIBLE:
        if not registration.base_url:
            raise ValidationError({"base_url": _("An OpenAI-compatible endpoint needs its base URL.")})
        if not registration.country:
            raise ValidationError({"country": _("Name the country the endpoint runs in.")})
    if registration.base_url and not registration.base_url.startswith(("http://", "https://")):
        raise ValidationError({"base_url": _("The base URL must start with http:// or https://.")})
    registration.full_clean(exclude=["tenant", "api_key_encrypted", "api_key_last4"])
    # Values every provider would refuse on every call (then every customer would land in the human queue).
    errors = {}
    registration.country = (registration.country or "").strip().upper()
    if registration.country and not re.fullmatch(r"[A-Z]{2}", registration.country):
        errors["country"] = _("Enter the country as a two-letter ISO code, e.g. DE.")
    if not 1 <= registration.timeout_seconds <= 300:
        errors["timeout_seconds"] = _("Choose a timeout between 1 and 300 seconds.")
    if not 1 <= registration.max_output_tokens <= 100_000:
        errors["max_output_tokens"] = _("Choose between 1 and 100000 output tokens.")
    highest = MAX_TEMPERATURE.get(registration.kind, Decimal(2))
    if not Decimal(0) <= Decimal(registration.temperature) <= highest:
        errors["temperature"] = _("Choose a temperature between 0 and %(highest)s.") % {"highest": highest}
    if errors:
        raise ValidationError(errors)


@sensitive_variables("api_key")
def registration_save(
    *,
    tenant,
    actor,
    registration: ProviderRegistration | None = None,
    api_key: str | None = None,
    activate: bool = False,
    **fields,
) -> ProviderRegistration:
    """Create or change a registration. It becomes active only after a successful test call.

    `api_key=None` keeps the stored key; an empty string removes it. Raises ValidationError for bad fields and
    ProviderError when `activate` is asked, or the connection of the active registration is changed, and the test
    call fails (then nothing is saved: the active registration keeps answering with its tested settings).
    """
    registration = registration or ProviderRegistration(tenant=tenant)
    stored = ProviderRegistration.objects.filter(pk=registration.pk, active=True).first() if registration.pk else None
    for name, value in fields.items():
        if name not in EDITABLE:
            raise ValidationError({name: _("This field cannot be set.")})
        setattr(registration, name, value)
    if api_key is not None:
        api_key = api_key.strip()
        if api_key and len(api_key) < MIN_API_KEY_LENGTH:
            message = _(
                "The API key is too short: a provider's key has at least %(min)s characters. Copy the whole key; for "
                "an endpoint that checks no key (e.g. Ollama), enter any placeholder of that length."
            ) % {"min": MIN_API_KEY_LENGTH}
            raise ValidationError({"api_key": ValidationError(message, code="api_key_too_short")})
        registration.set_api_key(api_key)
    _validate(registration)
    connection_changed = stored is not None and (
        api_key is not None or any(getattr(stored, f) != getattr(registration, f) for f in CONNECTION_FIELDS)
    )
    if activate or connection_changed:
        registration_test(registration)
        registration.verified_at = timezone.now()
    with transaction.atomic():
        created = registration.pk is None
        registration.active = False if created or activate else registration.active
        registration.save()
        if activate:
            _activate(tenant, registration)
        audit_log(
            tenant=tenant,
            actor=actor,
            action="provider.created" if created else "provider.changed",
            target=registration,
            data={
                "kind": registration.kind,
                "model": registration.model,
                "host": registration.endpoint_host,
                "key_changed": api_key is not None,
                "active": registration.active,
            },
        )
    return registration


def _activate(tenant, registration: ProviderRegistration) -> None:
    ProviderRegistration.objects.filter(active=True).exclude(pk=registration.pk).update(active=False)
    ProviderRegistration.objects.filter(pk=registration.pk).update(active=True)
    registration.active = True


def registration_activate(*, tenant, actor, registration: ProviderRegistration) -> None:
    """Make this the answering provider from the next message on, after a successful test call."""
    registration_test(registration)
    with transaction.atomic():
        ProviderRegistration.objects.filter(pk=registration.pk).update(verified_at=timezone.now())
        _activate(tenant, registration)
        audit_log(
            tenant=tenant,
            actor=actor,
            action="provider.activated",
            target=registration,
            data={"kind": registration.kind},
        )


def registration_deactivate(*, tenant, actor, registration: ProviderRegistration) -> None:
    with transaction.atomic():
        ProviderRegistration.objects.filter(pk=registration.pk).update(active=False)
        registration.active = False
        audit_log(
            tenant=tenant,
            actor=actor,
            action="provider.deactivated",
            target=registration,
            data={"kind": registration.kind},
        )


__all__ = [
    "ProviderError",
    "provider_config",
    "registration_activate",
    "registration_deactivate",
    "registration_save",
    "registration_test",
]
