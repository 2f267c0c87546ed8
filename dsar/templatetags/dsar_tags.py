"""DSAR template tags: `{% processing_banner conversation %}` (the agents' banner for restricted or objecting
persons) and `{% overdue_requests as n %}` (overdue requests of the current tenant, for the console navigation)."""

from django import template
from django.utils.translation import get_language

from dsar.selectors import overdue_count, processing_blocks

register = template.Library()


@register.inclusion_tag("dsar/console/_banner.html")
def processing_banner(conversation):
    return {"blocks": processing_blocks(conversation)}


@register.filter
def data_category(code: str) -> str:
    """A data category of a transfer record in the current language ("PHONE" -> "Telefonnummern")."""
    from compliance.texts import CATEGORY_LABELS

    labels = CATEGORY_LABELS.get(code)
    return labels[get_language() == "en"] if labels else code


@register.simple_tag
def overdue_requests() -> int:
    return overdue_count()
