from django.urls import path

from compliance import api

urlpatterns = [
    path("settings/", api.PrivacySettingsView.as_view(), name="api-compliance-settings"),
    path("registrations/", api.RegistrationListView.as_view(), name="api-compliance-registrations"),
    path("registrations/<int:pk>/", api.RegistrationDetailView.as_view(), name="api-compliance-registration"),
    path("registrations/<int:pk>/verdict/", api.VerdictView.as_view(), name="api-compliance-verdict"),
    path("registrations/<int:pk>/answers/", api.AnswersView.as_view(), name="api-compliance-answers"),
    path("registrations/<int:pk>/documents/", api.DocumentListView.as_view(), name="api-compliance-documents"),
    path("documents/<int:pk>/", api.DocumentDetailView.as_view(), name="api-compliance-document"),
    path(
        "documents/<int:pk>/checklist/", api.DocumentChecklistView.as_view(), name="api-compliance-document-checklist"
    ),
]
