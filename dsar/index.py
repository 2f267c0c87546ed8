"""The identifier index: keyed hashes (HMAC-SHA256 with `IDENTIFIER_HASH_KEY`) of normalised identifiers.

A person's rows are found by looking up the digests of their identifiers in an indexed table, never by scanning
contacts or messages for the plain value. The tenant id is part of the hashed message, so the same e-mail address
has unrelated digests in two tenants. The index holds no identifier in plain text; a leaked database without the
key does not reveal whom a digest belongs to.
"""

import hmac
import re
from collections import defaultdict
from hashlib import sha256

import phonenumbers
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from dsar.models import IdentifierIndex, IdentifierKind

DEFAULT_PHONE_REGION = "DE"
_SPACES = re.compile(r"\s+")


def normalise(kind: str, value: str) -> str | None:
    """The canonical form of an identifier, or None when it is empty or not a valid value of its kind."""
    value = (value or "").strip()
    if not value:
        return None
    if kind == IdentifierKind.EMAIL:
        value = value.lower()
        try:
            validate_email(value)
        except ValidationError:
            return None
        return value
    if kind == IdentifierKind.PHONE:
        try:
            number = phonenumbers.parse(value, DEFAULT_PHONE_REGION)
        except phonenumbers.NumberParseException:
            return None
        if not phonenumbers.is_possible_number(number):
            return None
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if kind == IdentifierKind.CUSTOMER_NUMBER:
        return _SPACES.sub("", value).upper()
    if kind == IdentifierKind.TOKEN:
        return value
    raise ValueError(f"Unknown identifier kind {kind!r}.")


def digest(tenant_id: int, kind: str, value: str) -> str | None:
    """HMAC of the normalised identifier, bound to the tenant and kind; None for an empty or invalid value."""
    normalised = normalise(kind, value)
    if normalised is None:
        return None
    message = f"{tenant_id}:{kind}:{normalised}".encode()
    return hmac.new(settings.IDENTIFIER_HASH_KEY.encode(), message, sha256).hexdigest()


def digests_of(tenant_id: int, identifiers: list[tuple[str, str]]) -> list[str]:
    """Digests of `(kind, value)` pairs, invalid and empty values left out, order kept, no duplicates."""
    found = (digest(tenant_id, kind, value) for kind, value in identifiers)
    return list(dict.fromkeys(d for d in found if d))


def contact_identifiers(contact) -> list[tuple[str, str]]:
    return [
        (IdentifierKind.EMAIL, contact.email),
        (IdentifierKind.PHONE, contact.phone),
        (IdentifierKind.CUSTOMER_NUMBER, contact.customer_number),
    ]


def index_replace(*, tenant_id: int, model_label: str, object_id: int, identifiers: list[tuple[str, str]]) -> None:
    """Make the index rows of one object exactly its current identifiers.

    Works on explicit tenant ids (`unscoped`) because it runs from model signals, which may fire outside a
    request's tenant context (bulk tools, migrations); every filter names the tenant.
    """
    rows = IdentifierIndex.objects.unscoped()
    rows.filter(tenant_id=tenant_id, model=model_label, object_id=object_id).delete()
    new = []
    for kind, value in identifiers:
        d = digest(tenant_id, kind, value)
        if d:
            new.append(
                IdentifierIndex(tenant_id=tenant_id, kind=kind, digest=d, model=model_label, object_id=object_id)
            )
    rows.bulk_create(new)


def index_remove(*, tenant_id: int, model_label: str, object_ids) -> None:
    IdentifierIndex.objects.unscoped().filter(tenant_id=tenant_id, model=model_label, object_id__in=object_ids).delete()


def lookup(tenant_id: int, digests: list[str]) -> dict[str, set[int]]:
    """Object ids per model label whose identifiers have one of `digests` (one indexed query)."""
    found: dict[str, set[int]] = defaultdict(set)
    if digests:
        rows = IdentifierIndex.objects.unscoped().filter(tenant_id=tenant_id, digest__in=digests)
        for model_label, object_id in rows.values_list("model", "object_id"):
            found[model_label].add(object_id)
    return found
