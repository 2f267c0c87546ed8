"""Setting a console password: "Forgot your password?" on the login page, and the link `bootstrap_tenant` prints for
an owner created without a password.

Django's reset views with two changes: members whose password is still unusable (created without one) may set one
too, and the link in the e-mail starts with PUBLIC_BASE_URL rather than whatever Host header the request carried.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse, reverse_lazy
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from tenants.models import Membership


class MemberPasswordResetForm(PasswordResetForm):
    def get_users(self, email):
        users = get_user_model()._default_manager.filter(email__iexact=email, is_active=True)
        for user in users:
            if user.has_usable_password() or Membership.objects.unscoped().filter(user=user).exists():
                yield user

    def save(self, **kwargs):
        kwargs["extra_email_context"] = {**(kwargs.get("extra_email_context") or {}), "base_url": _base_url()}
        return super().save(**kwargs)


def _base_url() -> str:
    return settings.PUBLIC_BASE_URL.rstrip("/")


def password_set_url(user) -> str:
    """A one-time link (valid for PASSWORD_RESET_TIMEOUT, three days) to set the user's console password."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return _base_url() + reverse("console:password-set", args=[uid, token])


password_reset = auth_views.PasswordResetView.as_view(
    form_class=MemberPasswordResetForm,
    template_name="console/password_reset.html",
    email_template_name="console/password_reset_email.txt",
    subject_template_name="console/password_reset_subject.txt",
    success_url=reverse_lazy("console:password-reset-done"),
)
password_reset_done = auth_views.PasswordResetDoneView.as_view(template_name="console/password_reset_done.html")
password_set = auth_views.PasswordResetConfirmView.as_view(
    template_name="console/password_set.html", success_url=reverse_lazy("console:password-set-done")
)
password_set_done = auth_views.PasswordResetCompleteView.as_view(template_name="console/password_set_done.html")
