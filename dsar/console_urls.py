"""Console pages of data-subject requests, included under /console/requests/ (namespace "console")."""

from django.urls import path

from dsar import console

urlpatterns = [
    path("", console.request_list, name="dsar-list"),
    path("new/", console.request_new, name="dsar-new"),
    path("<uuid:public_id>/", console.request_detail, name="dsar-detail"),
    path("<uuid:public_id>/verify/", console.request_verify, name="dsar-verify"),
    path("<uuid:public_id>/status/", console.request_transition, name="dsar-transition"),
    path("<uuid:public_id>/extend/", console.request_extend, name="dsar-extend"),
    path("<uuid:public_id>/refuse/", console.request_refuse, name="dsar-refuse"),
    path("<uuid:public_id>/fulfil/", console.request_fulfil, name="dsar-fulfil"),
    path("holds/", console.legal_holds, name="dsar-holds"),
    path("<uuid:public_id>/notifications/<int:pk>/", console.notification_done, name="dsar-notification"),
    path("<uuid:public_id>/lift-restriction/", console.restriction_lift, name="dsar-lift-restriction"),
    path("<uuid:public_id>/exports/<int:pk>/", console.export_download, name="dsar-export-download"),
]
