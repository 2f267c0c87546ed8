"""Console page for data minimisation: the mode per type of personal data, the tenant's own patterns, a preview."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from compliance import minimisation
from compliance.models import CustomPattern, RedactionMode, RedactionRule
from compliance.redaction import ENTITY_TYPES
from tenants.console import LEGAL, console_view


@console_view(LEGAL)
def minimisation_settings(request):
    errors, preview = [], None
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "rule":
                minimisation.redaction_rule_set(
                    tenant=request.tenant,
                    actor=request.user,
                    entity_type=request.POST.get("entity_type", ""),
                    mode=request.POST.get("mode", ""),
                    reason=request.POST.get("reason", ""),
                )
            elif action == "pattern":
                minimisation.custom_pattern_add(
                    tenant=request.tenant,
                    actor=request.user,
                    entity_type=request.POST.get("entity_type", ""),
                    label=request.POST.get("label", "") or _("Own pattern"),
                    regex=request.POST.get("regex", ""),
                )
            elif action == "delete_pattern":
                pattern_id = request.POST.get("pattern_id", "")  # a tampered form matches nothing, no 500
                pattern = CustomPattern.objects.filter(pk=int(pattern_id) if pattern_id.isdigit() else None).first()
                if pattern:
                    minimisation.custom_pattern_delete(tenant=request.tenant, actor=request.user, pattern=pattern)
        except ValidationError as exc:
            errors = exc.messages
        else:
            if action != "preview":
                messages.success(request, _("Saved."))
                return redirect("console:compliance-minimisation")
        if action == "preview":
            preview = minimisation.redact_text(
                request.POST.get("text", "")[:4000], request.POST.get("lang", "de"), minimisation.tenant_policy()
            )
    rules = {rule.entity_type: rule for rule in RedactionRule.objects.all()}
    return render(
        request,
        "compliance/minimisation.html",
        {
            "rows": [(t, rules.get(t)) for t in ENTITY_TYPES],
            "modes": RedactionMode.choices,
            "patterns": CustomPattern.objects.all(),
            "entity_types": ENTITY_TYPES,
            "errors": errors,
            "preview": preview,
        },
    )
