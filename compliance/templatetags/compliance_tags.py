"""`{% load compliance_tags %}{% gate_banner %}`: on the conversations page, why the AI is not answering.

While the active provider is blocked by the readiness gate, every inquiry lands with the team; the banner says so
and, to owners, admins and the DPO, lists the open points with a link to the compliance page that closes them.
"""

from django import template
from django.utils.translation import get_language

from compliance import gate, selectors
from tenants.console import LEGAL

register = template.Library()


@register.inclusion_tag("compliance/_gate_banner.html", takes_context=True)
def gate_banner(context):
    registration = selectors.active_registration()
    if registration is None:
        return {"blocked": False}
    verdict = gate.readiness(registration)
    # The kill switch has its own control on the page; the banner is about the legal groundwork.
    reasons = [r for r in verdict.reasons if r.code != "ai_disabled"]
    membership = context.get("membership")
    language = "en" if (get_language() or "de").startswith("en") else "de"
    return {
        "blocked": bool(reasons),
        "registration": registration,
        "reasons": [{"code": r.code, "text": r.text(language)} for r in reasons],
        "can_see_compliance": membership is not None and membership.role in LEGAL,
    }
