"""Included from inquiries/console_urls.py under /console/compliance/ (namespace "console")."""

from django.urls import path

from compliance import console, console_minimisation

urlpatterns = [
    path("", console.dashboard, name="compliance"),
    path("providers/new/", console.registration_new, name="compliance-registration-new"),
    path("providers/<int:pk>/", console.registration_detail, name="compliance-registration"),
    path("documents/<int:pk>/", console.document_download, name="compliance-document"),
    path("documents/<int:pk>/checklist/", console.document_checklist, name="compliance-document-checklist"),
    path("settings/", console.privacy_settings, name="compliance-settings"),
    path("texts/", console.text_list, name="compliance-texts"),
    path("texts/<int:pk>/", console.text_detail, name="compliance-text"),
    path("audit/", console.audit_log, name="compliance-audit"),
    path("minimisation/", console_minimisation.minimisation_settings, name="compliance-minimisation"),
]
