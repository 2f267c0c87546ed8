"""Public pages: the demo page that embeds the chat."""

from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from compliance.selectors import rights_page_url
from inquiries.forms_intake import InquiryForm, form_inquiry_submit
from tenants.ratelimit import over_limit

# Each inquiry starts AI work and sends an e-mail: a generous budget for people, a wall for scripts.
FORM_LIMIT_PER_HOUR = 10


def demo_page(request, widget_key: str):
    """A plain shop page with the chat snippet, as a tenant's own site would embed it.

    It speaks the tenant's language unless `?lang=de|en` asks otherwise, like a shop page in one language would.
    """
    language = request.GET.get("lang")
    if language not in ("de", "en"):
        language = request.widget_key.tenant.default_language
    with translation.override(language):
        return render(request, "public/demo.html", {"widget": request.widget_key})


@csrf_exempt  # embedded in the tenant's site (a third-party iframe gets no CSRF cookie); no session to abuse
def inquiry_form(request, widget_key: str):
    """The tenant's web form (linkable or embeddable in an iframe of an allowed origin)."""
    language = request.GET.get("lang")
    if language not in ("de", "en"):
        language = request.widget_key.tenant.default_language
    with translation.override(language):
        form = InquiryForm(request.POST or None)
        if request.method == "POST" and over_limit(
            request, tenant=request.tenant, scope="form", limit=FORM_LIMIT_PER_HOUR
        ):
            form.add_error(None, _("Too many inquiries from your connection; please try again in an hour."))
        if request.method == "POST" and form.is_valid():
            conversation = form_inquiry_submit(
                tenant=request.tenant,
                language=language,
                name=form.cleaned_data["name"],
                email=form.cleaned_data["email"],
                text=form.cleaned_data["message"],
            )
            return render(
                request, "public/form_done.html", {"widget": request.widget_key, "conversation": conversation}
            )
        response = render(
            request,
            "public/form.html",
            {
                "widget": request.widget_key,
                "form": form,
                "rights_url": rights_page_url(request.tenant),
            },
        )
    if request.widget_key.allowed_origins:
        ancestors = " ".join(request.widget_key.allowed_origins)
        response["Content-Security-Policy"] = f"frame-ancestors 'self' {ancestors}"
        response.xframe_options_exempt = True
    return response
