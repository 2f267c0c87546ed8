"""Console forms of the compliance side. The API key field never renders a stored key back."""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from compliance.models import (
    DPA_CHECKLIST,
    DocumentKind,
    LegalAnswers,
    PrivacySettings,
    ProviderLegalProfile,
    ProviderRegistration,
    SccModule,
)
from compliance.registrations import EDITABLE
from compliance.services import ANSWER_FIELDS, SETTINGS_FIELDS


def _date_input():
    """A browser date picker. Its value must be ISO (YYYY-MM-DD) whatever the console's language: a localised
    "26.11.2026" is discarded by the browser, so a stored date would show empty and be lost on the next save."""
    return forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"})


def _https_urls(field, **kwargs):
    """URL fields assume https:// when the scheme is left out."""
    if isinstance(field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return field.formfield(**kwargs)


class RegistrationForm(forms.ModelForm):
    api_key = forms.CharField(
        label=_("API key"),
        required=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "off"}),
        help_text=_("Leave empty to keep the stored key."),
    )

    class Meta:
        model = ProviderRegistration
        fields = list(EDITABLE)
        formfield_callback = _https_urls


class AnswersForm(forms.ModelForm):
    class Meta:
        model = LegalAnswers
        fields = list(ANSWER_FIELDS)
        widgets = {
            "training_off_confirmed_on": _date_input(),
            "balancing_note": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["legal_profile"].queryset = ProviderLegalProfile.objects.order_by("name")


class ChecklistForm(forms.Form):
    def __init__(self, *args, initial_checklist=None, **kwargs):
        super().__init__(*args, **kwargs)
        for key, label in DPA_CHECKLIST.items():
            self.fields[key] = forms.BooleanField(
                label=label, required=False, initial=bool((initial_checklist or {}).get(key))
            )

    def checklist(self) -> dict:
        return {key: bool(self.cleaned_data.get(key)) for key in DPA_CHECKLIST}


class DocumentForm(forms.Form):
    kind = forms.ChoiceField(label=_("Document"), choices=DocumentKind.choices)
    scc_module = forms.ChoiceField(label=_("SCC module"), choices=[("", "–")] + list(SccModule.choices), required=False)
    file = forms.FileField(label=_("Signed PDF (max. 20 MB)"))
    signed_on = forms.DateField(label=_("Signed on"), widget=_date_input())
    parties = forms.CharField(label=_("Parties"), max_length=500)
    expires_on = forms.DateField(label=_("Expires on (optional)"), required=False, widget=_date_input())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["signed_on"].initial = timezone.localdate()


class PrivacySettingsForm(forms.ModelForm):
    class Meta:
        model = PrivacySettings
        formfield_callback = _https_urls
        fields = list(SETTINGS_FIELDS)
        widgets = {"technical_measures": forms.Textarea(attrs={"rows": 5})}


class NoticeForm(forms.Form):
    url = forms.URLField(
        assume_scheme="https",
        label=_("URL where the privacy-notice paragraph is published"),
        required=False,
        help_text=_("Empty withdraws the confirmation and stops AI answers through external providers."),
    )
