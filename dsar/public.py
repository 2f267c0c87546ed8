"""The public self-service page of each tenant: /p/<slug>/privacy-request/. No login; the tenant comes from the slug.

Errors are shown on the page with their machine code and a translated message, status 400 (never a 500). Every
lookup of a request is filtered by the slug's tenant, so another tenant's request id gives the same 404.
"""

from functools import wraps

from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils import translation
from django.views.decorators.cache import never_cache

from dsar import fulfil, selectors, services
from dsar.errors import DsarError
from dsar.forms import CodeForm, PublicRequestForm
from dsar.models import Intake
from tenants.context import tenant_context
from tenants.ratelimit import over_limit
from tenants.selectors import tenant_by_slug


def public_view(view):
    """Resolve the tenant from the slug, make it current, and speak `?lang=` or the tenant's language."""

    @wraps(view)
    @never_cache
    def wrapped(request, slug, *args, **kwargs):
        tenant = tenant_by_slug(slug)
        if tenant is None:
            raise Http404
        language = request.GET.get("lang") or request.POST.get("lang") or tenant.default_language
        language = language if language in ("de", "en") else "de"
        with tenant_context(tenant), translation.override(language):
            request.tenant = tenant
            request.dsar_language = language
            return view(request, tenant, *args, **kwargs)

    return wrapped


INTAKE_LIMIT_PER_HOUR = 5


def _over_limit(request, tenant, what: str) -> bool:
    """Each submission mails a code to an address the client chooses: the page must not become a mail cannon."""
    return over_limit(request, tenant=tenant, scope=f"dsar:{what}", limit=INTAKE_LIMIT_PER_HOUR)


def _page(request, template, context, status=200):
    context = {"tenant": request.tenant, "lang": request.dsar_language, **context}
    return render(request, f"dsar/public/{template}", context, status=status)


def _error(request, template, context, error: DsarError):
    return _page(request, template, {**context, "error": error}, status=400)


@public_view
def request_page(request, tenant):
    # The chat widget links here with its conversation token, which proves the chat is the person's own.
    form = PublicRequestForm(request.POST or None, initial={"conversation_token": request.GET.get("conversation", "")})
    if request.method == "POST":
        if not form.is_valid():
            if "rights" in form.errors:
                code = "unknown_right" if request.POST.getlist("rights") else "no_right"
                return _error(request, "request.html", {"form": form}, DsarError(code))
            if "email" in form.errors:
                return _error(request, "request.html", {"form": form}, DsarError("invalid_email"))
            return _error(request, "request.html", {"form": form}, DsarError("invalid_input"))
        if _over_limit(request, tenant, "intake"):
            return _error(request, "request.html", {"form": form}, DsarError("too_many_requests"))
        try:
            created = services.request_create(
                tenant=tenant,
                actor="data_subject",
                intake=Intake.WEB,
                language=request.dsar_language,
                **form.cleaned_data,
            )
        except DsarError as error:
            return _error(request, "request.html", {"form": form}, error)
        if created.verified_at:
            context = {"dsar": created.merged_into or created}
            return _page(
                request, "done.html", {**context, "confirm_email": services.email_confirmation_pending(created)}
            )
        return redirect(f"/p/{tenant.slug}/privacy-request/{created.public_id}/verify/?lang={request.dsar_language}")
    return _page(request, "request.html", {"form": form})


@public_view
def verify_page(request, tenant, public_id):
    dsar = selectors.request_find_public(tenant=tenant, public_id=public_id)
    if dsar is None:
        raise Http404
    form = CodeForm(request.POST or None)
    context = {"form": form, "dsar": dsar}
    if request.method == "POST":
        try:
            if request.POST.get("action") == "resend":
                if _over_limit(request, tenant, "resend"):
                    raise DsarError("too_many_requests")
                services.verification_resend(request=dsar)
                return _page(request, "verify.html", {**context, "form": CodeForm(), "resent": True})
            if not form.is_valid():
                raise DsarError("invalid_code")
            carried_on = services.verification_submit_code(request=dsar, code=form.cleaned_data["code"])
        except DsarError as error:
            return _error(request, "verify.html", context, error)
        return _page(request, "done.html", {"dsar": carried_on})
    return _page(request, "verify.html", context)


@public_view
def verify_link(request, tenant, token):
    try:
        carried_on = services.verification_follow_link(tenant=tenant, token=token)
    except DsarError as error:
        return _error(request, "done.html", {}, error)
    return _page(request, "done.html", {"dsar": carried_on})


@public_view
def download(request, tenant, token):
    """Download a package: the signed link from the letter plus a fresh code by e-mail (or the chat's token)."""
    try:
        package = fulfil.download_package(tenant=tenant, token=token)
    except DsarError as error:
        return _error(request, "done.html", {}, error)
    form = CodeForm(request.POST or None)
    context = {"form": form, "package": package}
    if request.method == "POST":
        try:
            if request.POST.get("action") == "send":
                if _over_limit(request, tenant, "download"):
                    raise DsarError("too_many_requests")
                fulfil.download_code_send(package=package)
                return _page(request, "download.html", {**context, "form": CodeForm(), "sent": True})
            if not form.is_valid():
                raise DsarError("invalid_code")
            path = fulfil.download_authorise(package=package, secret=form.cleaned_data["code"])
        except DsarError as error:
            return _error(request, "download.html", context, error)
        filename = f"{package.kind}-{package.request.reference}.zip"
        return FileResponse(path.open("rb"), as_attachment=True, filename=filename, content_type="application/zip")
    return _page(request, "download.html", context)
