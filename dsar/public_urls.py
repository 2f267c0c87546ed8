"""The self-service page for data-subject requests: /p/<slug>/privacy-request/..."""

from django.urls import path

from dsar import public

urlpatterns = [
    path("p/<slug:slug>/privacy-request/", public.request_page, name="dsar-public-request"),
    path("p/<slug:slug>/privacy-request/<uuid:public_id>/verify/", public.verify_page, name="dsar-public-verify"),
    path("p/<slug:slug>/privacy-request/verify/<str:token>/", public.verify_link, name="dsar-public-verify-link"),
    path("p/<slug:slug>/privacy-request/download/<str:token>/", public.download, name="dsar-public-download"),
]
