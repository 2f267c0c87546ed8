from django.contrib.auth import views as auth_views
from django.urls import include, path

from inquiries import console
from tenants import passwords

app_name = "console"
urlpatterns = [
    path("login/", auth_views.LoginView.as_view(template_name="console/login.html"), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password/reset/", passwords.password_reset, name="password-reset"),
    path("password/reset/sent/", passwords.password_reset_done, name="password-reset-done"),
    path("password/set/<uidb64>/<token>/", passwords.password_set, name="password-set"),
    path("password/set/done/", passwords.password_set_done, name="password-set-done"),
    path("", console.home, name="home"),
    path("switch/<int:tenant_id>/", console.switch_tenant, name="switch-tenant"),
    path("conversations/<int:pk>/", console.conversation_detail, name="conversation"),
    path("knowledge/", console.knowledge_list, name="knowledge"),
    path("knowledge/new/", console.knowledge_edit, name="knowledge-new"),
    path("knowledge/<int:pk>/", console.knowledge_edit, name="knowledge-edit"),
    path("keys/", console.keys, name="keys"),
    path("settings/", console.tenant_settings, name="settings"),
    path("settings/ai/", console.ai_switch, name="ai-switch"),
    path("compliance/", include("compliance.console_urls")),
    path("requests/", include("dsar.console_urls")),
    path("usage/", console.usage, name="usage"),
]
