"""Public pages: the demo page that embeds the chat."""

from django.shortcuts import render
from django.utils import translation


def demo_page(request, widget_key: str):
    """A plain shop page with the chat snippet, as a tenant's own site would embed it.

    It speaks the tenant's language unless `?lang=de|en` asks otherwise, like a shop page in one language would.
    """
    language = request.GET.get("lang")
    if language not in ("de", "en"):
        language = request.widget_key.tenant.default_language
    with translation.override(language):
        return render(request, "public/demo.html", {"widget": request.widget_key})
