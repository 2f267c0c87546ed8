from django.urls import path

from inquiries import public

urlpatterns = [
    path("demo/<str:widget_key>/", public.demo_page, name="demo-page"),
    path("form/<str:widget_key>/", public.inquiry_form, name="inquiry-form"),
]
