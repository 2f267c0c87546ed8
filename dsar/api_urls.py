from django.urls import path

from dsar import api

urlpatterns = [
    path("requests/", api.RequestListView.as_view(), name="api-dsar-requests"),
    path("requests/<str:public_id>/", api.RequestDetailView.as_view(), name="api-dsar-request"),
    path("requests/<str:public_id>/<slug:action>/", api.RequestActionView.as_view(), name="api-dsar-action"),
]
