"""`{% load dsar_tags %}{% processing_banner conversation %}`: the agents' banner for restricted/objecting persons."""

from django import template
from django.utils.translation import get_language

from dsar.selectors import processing_blocks

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
