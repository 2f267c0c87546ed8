"""Every `/api/v1/` route; each view derives from tenants.drf.TenantAPIView."""

from django.urls import include, path

from compliance.api_redact import RedactView

urlpatterns = [
    path("", include("inquiries.api_urls")),
    path("redact", RedactView.as_view(), name="api-redact"),
    path("compliance/", include("compliance.api_urls")),
    path("dsar/", include("dsar.api_urls")),
]
