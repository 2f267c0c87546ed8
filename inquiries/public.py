"""Public pages: the demo page that embeds the chat."""

from django.shortcuts import render


def demo_page(request, widget_key: str):
    """A plain shop page with the chat snippet, as a tenant's own site would embed it."""
    return render(request, "public/demo.html", {"widget": request.widget_key})
