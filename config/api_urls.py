"""Every `/api/v1/` route; each view derives from tenants.drf.TenantAPIView."""

from django.urls import include, path

urlpatterns = [
    path("", include("inquiries.api_urls")),
    path("compliance/", include("compliance.api_urls")),
    path("dsar/", include("dsar.api_urls")),
]
