"""The compliance console: provider registrations with their legal answers and documents, the traffic lights, the
privacy settings, the generated texts and the audit trail.

Roles: owners, admins and the DPO see and change the legal side; only owners and admins change the technical side
of a registration (endpoint, key, activation). Documents are served to owners, admins and the DPO of the tenant
only: another role gets 403 before anything is looked up, another tenant's document the same 404 as a missing one.
"""

import logging

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_POST

from compliance import documents, gate, selectors, services, texts
from compliance.forms import (
    AnswersForm,
    ChecklistForm,
    DocumentForm,
    NoticeForm,
    PrivacySettingsForm,
    RegistrationForm,
)
from compliance.models import Plan, ProviderRole
from compliance.registrations import (
    ProviderError,
    registration_activate,
    registration_deactivate,
    registration_save,
    registration_test,
)
from tenants import selectors as tenant_selectors
from tenants.console import LEGAL, MANAGERS, console_view

logger = logging.getLogger(__name__)


def _language() -> str:
    return "en" if (get_language() or "de").startswith("en") else "de"


def _light(verdict) -> str:
    if verdict.ready:
        return "green"
    return "yellow" if verdict.codes == ["ai_disabled"] else "red"


def _row(registration, language):
    verdict = gate.readiness(registration)
    profile = selectors.legal_profile_for(registration, selectors.legal_answers_for(registration))
    return {
        "registration": registration,
        "verdict": verdict,
        "light": _light(verdict),
        "reasons": gate.gate_reasons_for_display(verdict, language),
        "profile": profile,
    }


FACT_FIELDS = (
    "legal_name",
    "legal_address",
    "headquarters_country",
    "processing_locations",
    "dpf_certified",
    "dpf_checked_on",
    "dpf_evidence_url",
    "trains_by_default",
    "training_can_be_disabled",
    "dpa_plans",
    "dpa_url",
    "jca_offered",
    "notes",
    "facts_checked_on",
)


def _profile_facts(profile, answers) -> list[dict]:
    """The operator's facts the verdict rests on, as label/value rows (the role for the tenant's deployment)."""
    if profile is None:
        return []
    facts = []
    for name in FACT_FIELDS:
        value = getattr(profile, name)
        if name == "dpa_plans":
            value = ", ".join(str(Plan(plan).label) if plan in Plan.values else plan for plan in value) or "–"
        facts.append({"label": profile._meta.get_field(name).verbose_name, "value": value, "name": name})
    role = profile.role_for(answers.deployment if answers else "")
    role_row = {"label": profile._meta.get_field("default_role").verbose_name, "value": ProviderRole(role).label}
    facts.insert(7, {**role_row, "name": "role"})
    return facts


@console_view(LEGAL)
def dashboard(request):
    language = _language()
    return render(
        request,
        "compliance/dashboard.html",
        {
            "rows": [_row(r, language) for r in selectors.registration_list()],
            "profiles": selectors.legal_profiles(),
            "settings": selectors.privacy_settings(),
            "can_manage": request.membership.role in MANAGERS,
        },
    )


PROVIDER_ERROR_CAUSES = {
    "auth_failed": gettext_lazy("The provider rejected the API key: check the key and its permissions."),
    "connection_failed": gettext_lazy("No connection to the provider: check the base URL and that the host is up."),
    "timeout": gettext_lazy("The provider did not answer in time: check the base URL or try again later."),
    "rate_limited": gettext_lazy("The provider refuses more requests right now (rate limit or quota exhausted)."),
    "overloaded": gettext_lazy("The provider is overloaded right now: try again in a few minutes."),
    "server_error": gettext_lazy("The provider answered with a server error: try again later."),
    "bad_request": gettext_lazy("The provider rejected the request: check the model name."),
    "invalid_config": gettext_lazy("The settings cannot work: check the model name and the base URL."),
}


def _provider_error_message(exc: ProviderError) -> str:
    """The cause in plain words in the console's language, then the provider's own (English) detail."""
    cause = PROVIDER_ERROR_CAUSES.get(exc.code, PROVIDER_ERROR_CAUSES["server_error"])
    return _("The connection test failed: %(cause)s (%(detail)s)") % {"cause": cause, "detail": exc.message}


@sensitive_post_parameters("api_key")
@console_view(MANAGERS)
def registration_new(request):
    form = RegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        registration = _save_technical(request, form, None)
        if registration is not None:
            return redirect("console:compliance-registration", pk=registration.pk)
    return render(request, "compliance/registration_new.html", {"form": form})


@sensitive_variables("api_key", "data")
def _save_technical(request, form, registration):
    """Save the technical form; with "activate", only after a successful test call. Returns None on failure."""
    data = dict(form.cleaned_data)
    api_key = data.pop("api_key") or None
    activate = request.POST.get("action") == "save_activate"
    try:
        registration = registration_save(
            tenant=request.tenant,
            actor=request.user,
            registration=registration,
            api_key=api_key,
            activate=activate,
            **data,
        )
    except ProviderError as exc:
        form.add_error(None, _provider_error_message(exc))
        return None
    except ValidationError as exc:
        form.add_error(None, exc)
        return None
    messages.success(request, _("Provider activated.") if activate else _("Provider saved."))
    return registration


@sensitive_post_parameters("api_key")
@console_view(LEGAL)
def registration_detail(request, pk: int):
    registration = selectors.registration_get(pk)
    answers = selectors.legal_answers_for(registration)
    can_manage = request.membership.role in MANAGERS
    action = request.POST.get("action") if request.method == "POST" else None
    technical = RegistrationForm(request.POST if action in ("save", "save_activate") else None, instance=registration)
    answers_form = AnswersForm(request.POST if action == "answers" else None, instance=answers)
    document_form = DocumentForm(
        request.POST if action == "upload" else None, request.FILES if action == "upload" else None
    )
    if action in ("save", "save_activate", "test", "activate", "deactivate") and not can_manage:
        raise PermissionDenied
    if action in ("save", "save_activate") and technical.is_valid():
        if _save_technical(request, technical, registration) is not None:
            return redirect("console:compliance-registration", pk=pk)
    elif action in ("test", "activate"):
        try:
            if action == "test":
                registration_test(registration)
                messages.success(request, _("Connection works."))
            else:
                registration_activate(tenant=request.tenant, actor=request.user, registration=registration)
                messages.success(request, _("Provider activated; it answers from the next message on."))
        except ProviderError as exc:
            messages.error(request, _provider_error_message(exc))
        return redirect("console:compliance-registration", pk=pk)
    elif action == "deactivate":
        registration_deactivate(tenant=request.tenant, actor=request.user, registration=registration)
        messages.success(request, _("Provider deactivated."))
        return redirect("console:compliance-registration", pk=pk)
    elif action == "answers" and answers_form.is_valid():
        try:
            services.legal_answers_save(
                tenant=request.tenant, actor=request.user, registration=registration, **answers_form.cleaned_data
            )
        except ValidationError as exc:
            answers_form.add_error(None, exc)
        else:
            messages.success(request, _("Legal answers saved."))
            return redirect("console:compliance-registration", pk=pk)
    elif action == "upload" and document_form.is_valid():
        data = document_form.cleaned_data
        try:
            documents.document_upload(
                tenant=request.tenant,
                actor=request.user,
                registration=registration,
                kind=data["kind"],
                upload=data["file"],
                signed_on=data["signed_on"],
                parties=data["parties"],
                expires_on=data["expires_on"],
                scc_module=data["scc_module"],
            )
        except ValidationError as exc:
            document_form.add_error(None, exc)
        else:
            messages.success(request, _("Document stored."))
            return redirect("console:compliance-registration", pk=pk)
    current = selectors.current_documents(registration)
    return render(
        request,
        "compliance/registration_detail.html",
        {
            "registration": registration,
            "row": _row(registration, _language()),
            "facts": _profile_facts(selectors.legal_profile_for(registration, answers), answers),
            "technical": technical,
            "answers_form": answers_form,
            "document_form": document_form,
            "documents": selectors.document_list(registration),
            "current_ids": {d.pk for d in current.values()},
            "checklist_forms": {
                d.pk: ChecklistForm(initial_checklist=d.checklist, prefix=f"d{d.pk}")
                for d in current.values()
                if d.kind == "dpa"
            },
            "can_manage": can_manage,
        },
    )


@console_view(LEGAL)
@require_POST
def document_checklist(request, pk: int):
    document = selectors.document_get(pk)
    form = ChecklistForm(request.POST, prefix=f"d{pk}")
    form.is_valid()
    try:
        documents.document_confirm_checklist(
            tenant=request.tenant, actor=request.user, document=document, checklist=form.checklist()
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Checklist saved."))
    return redirect("console:compliance-registration", pk=document.registration_id)


@console_view(LEGAL)
def document_download(request, pk: int):
    """The stored PDF, to owners, admins and the DPO of this tenant only (the decorator answers 403 first)."""
    document = selectors.document_get(pk)
    try:
        stored = documents.document_open(document)
    except FileNotFoundError:
        logger.error("Legal document %s of tenant %s is missing from storage", document.pk, document.tenant_id)
        messages.error(request, _("The stored file of this document is missing; upload the signed copy again."))
        return redirect("console:compliance-registration", pk=document.registration_id)
    response = FileResponse(stored, content_type="application/pdf", filename=document.original_name)
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@console_view(LEGAL)
def privacy_settings(request):
    current = selectors.privacy_settings()
    action = request.POST.get("action") if request.method == "POST" else None
    form = PrivacySettingsForm(request.POST if action == "settings" else None, instance=current)
    notice = NoticeForm(request.POST if action == "notice" else None, initial={"url": current.privacy_notice_url})
    if action == "settings" and form.is_valid():
        services.privacy_settings_save(tenant=request.tenant, actor=request.user, **form.cleaned_data)
        messages.success(request, _("Settings saved."))
        return redirect("console:compliance-settings")
    if action == "notice" and notice.is_valid():
        services.privacy_notice_confirm(tenant=request.tenant, actor=request.user, url=notice.cleaned_data["url"])
        messages.success(request, _("Publication saved."))
        return redirect("console:compliance-settings")
    return render(request, "compliance/settings.html", {"form": form, "notice": notice, "settings": current})


@console_view(LEGAL)
def text_list(request):
    refused = []
    if request.method == "POST":
        try:
            results = texts.texts_generate_all(tenant=request.tenant, actor=request.user)
        except texts.TextRefused as exc:
            refused = exc.gaps
        else:
            created = sum(1 for _text, new in results if new)
            messages.success(request, _("%(count)s new text versions.") % {"count": created})
            return redirect("console:compliance-texts")
    rows, gaps = texts.texts_status(request.tenant)
    return render(
        request,
        "compliance/texts.html",
        {"rows": rows, "gaps": refused or gaps, "language": _language(), "tenant": request.tenant},
    )


@console_view(LEGAL)
def text_detail(request, pk: int):
    text = selectors.generated_text_get(pk)
    versions = selectors.generated_text_versions(text.kind).filter(language=text.language)
    return render(request, "compliance/text_detail.html", {"text": text, "versions": versions})


@console_view(LEGAL)
def audit_log(request):
    broken = tenant_selectors.audit_chain_first_break(request.tenant)
    return render(
        request,
        "compliance/audit.html",
        {"events": tenant_selectors.audit_events_list(limit=300), "broken": broken},
    )
