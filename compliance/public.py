"""Public pages of the generated texts, one URL per tenant and text. No login; the tenant comes from the slug.

They serve the latest stored version only (generated in the console), never an unreviewed draft.
"""

from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render

from compliance import selectors
from compliance.models import TextKind
from tenants.selectors import tenant_by_slug


def _text(request, slug: str, kind: str):
    tenant = tenant_by_slug(slug)
    if tenant is None:
        raise Http404
    language = request.GET.get("lang") or tenant.default_language
    text = selectors.public_text_latest(
        tenant=tenant, kind=kind, language=language if language in ("de", "en") else "de"
    )
    if text is None:
        raise Http404
    return tenant, text


def _page(kind: str, fmt: str):
    def view(request, slug: str):
        tenant, text = _text(request, slug, kind)
        if fmt == "md":
            response = HttpResponse(text.markdown, content_type="text/markdown; charset=utf-8")
        elif fmt == "json":
            response = JsonResponse(
                {"version": text.version, "language": text.language, "generated_at": text.created_at, **text.data},
                json_dumps_params={"ensure_ascii": False},
            )
        else:
            response = render(request, "compliance/public_text.html", {"tenant": tenant, "text": text})
        response["Access-Control-Allow-Origin"] = "*"
        return response

    view.__name__ = f"public_{kind}_{fmt}"
    return view


privacy_html = _page(TextKind.PRIVACY_NOTICE, "html")
privacy_md = _page(TextKind.PRIVACY_NOTICE, "md")
art30_html = _page(TextKind.ART30, "html")
art30_md = _page(TextKind.ART30, "md")
art30_json = _page(TextKind.ART30, "json")
subprocessors_html = _page(TextKind.SUBPROCESSORS, "html")
subprocessors_md = _page(TextKind.SUBPROCESSORS, "md")
