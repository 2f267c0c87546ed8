"""`{% load dsar_tags %}{% processing_banner conversation %}`: the agents' banner for restricted/objecting persons."""

from django import template

from dsar.selectors import processing_blocks

register = template.Library()


@register.inclusion_tag("dsar/console/_banner.html")
def processing_banner(conversation):
    return {"blocks": processing_blocks(conversation)}
