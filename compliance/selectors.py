"""Reads for the compliance side."""

from django.http import Http404

from compliance.models import ProviderRegistration, TransferRecord


def active_registration() -> ProviderRegistration | None:
    """The current tenant's answering provider, or None (then the built-in offline answerer answers)."""
    return ProviderRegistration.objects.filter(active=True).first()


def registration_list():
    return ProviderRegistration.objects.order_by("-active", "kind", "id")


def registration_get(pk) -> ProviderRegistration:
    registration = ProviderRegistration.objects.filter(pk=pk).first()
    if registration is None:
        raise Http404
    return registration


def transfer_records(*, conversation=None, limit: int = 200):
    qs = TransferRecord.objects.order_by("-created_at")
    if conversation is not None:
        qs = qs.filter(conversation=conversation)
    return qs[:limit]
