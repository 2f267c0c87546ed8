"""Reads for the compliance side."""

from django.db.models import Count, Sum
from django.db.models.functions import TruncMonth
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


def usage_by_month(months: int = 12) -> list[dict]:
    """Provider calls and tokens of the current tenant per month and provider kind, newest month first."""
    rows = (
        TransferRecord.objects.annotate(month=TruncMonth("created_at"))
        .values("month", "provider_kind")
        .annotate(calls=Count("id"), input_tokens=Sum("input_tokens"), output_tokens=Sum("output_tokens"))
        .order_by("-month", "provider_kind")
    )
    recent = sorted({r["month"] for r in rows}, reverse=True)[:months]
    return [r for r in rows if r["month"] in recent]
