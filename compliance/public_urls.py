"""Public generated texts per tenant: /p/<slug>/privacy-ai/, art30/ (+ .json), subprocessors/; `.md` variants."""

from django.urls import path

from compliance import public

urlpatterns = [
    path("p/<slug:slug>/privacy-ai/", public.privacy_html, name="compliance-public-privacy"),
    path("p/<slug:slug>/privacy-ai.md", public.privacy_md, name="compliance-public-privacy-md"),
    path("p/<slug:slug>/art30/", public.art30_html, name="compliance-public-art30"),
    path("p/<slug:slug>/art30.md", public.art30_md, name="compliance-public-art30-md"),
    path("p/<slug:slug>/art30.json", public.art30_json, name="compliance-public-art30-json"),
    path("p/<slug:slug>/subprocessors/", public.subprocessors_html, name="compliance-public-subprocessors"),
    path("p/<slug:slug>/subprocessors.md", public.subprocessors_md, name="compliance-public-subprocessors-md"),
]
