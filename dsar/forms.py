"""Forms of the public self-service page and the console; services re-check everything they accept."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from dsar.models import HoldReason, RefusalGround, Right, Status
from dsar.services import MANUAL_TARGETS, TRANSITIONS


class PublicRequestForm(forms.Form):
    rights = forms.MultipleChoiceField(
        label=_("Which rights do you want to exercise?"), choices=Right.choices, widget=forms.CheckboxSelectMultiple
    )
    # Not an EmailField: the service validates it, so that a bad address gets its own error code.
    email = forms.CharField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_("We send the confirmation code and our answer there."),
        widget=forms.EmailInput,
    )
    name = forms.CharField(label=_("Your name (optional)"), required=False, max_length=200)
    conversation_token = forms.CharField(
        label=_("Conversation code of the chat (optional)"),
        required=False,
        max_length=64,
        help_text=_(
            "Filled in when you come here through the link in the chat window; "
            "it proves that the conversation is yours."
        ),
    )
    details = forms.CharField(
        label=_("Details (e.g. what should be corrected, or why you object)"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class CodeForm(forms.Form):
    code = forms.CharField(label=_("Code"), max_length=64)


class ConsoleRequestForm(forms.Form):
    rights = forms.MultipleChoiceField(label=_("Rights"), choices=Right.choices, widget=forms.CheckboxSelectMultiple)
    email = forms.EmailField(label=_("E-mail"), required=False)
    name = forms.CharField(label=_("Name"), required=False, max_length=200)
    phone = forms.CharField(label=_("Phone"), required=False, max_length=50)
    customer_number = forms.CharField(label=_("Customer number"), required=False, max_length=100)
    language = forms.ChoiceField(label=_("Language of the answer"), choices=[("de", "Deutsch"), ("en", "English")])
    received_on = forms.DateField(label=_("Received on"), widget=forms.DateInput(attrs={"type": "date"}))
    details = forms.CharField(label=_("Details"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    identity_checked = forms.BooleanField(
        label=_("I have checked the identity of the requester (no ID copy needed)"), required=False
    )

    def clean_received_on(self):
        received_on = self.cleaned_data["received_on"]
        if received_on > timezone.localdate():
            raise forms.ValidationError(_("The date of receipt cannot be in the future."))
        return received_on


class TransitionForm(forms.Form):
    target = forms.ChoiceField(label=_("New status"), choices=[(s, Status(s).label) for s in MANUAL_TARGETS])
    reason = forms.CharField(label=_("Reason"), required=False, widget=forms.Textarea(attrs={"rows": 2}))

    @classmethod
    def for_status(cls, status: str) -> "TransitionForm | None":
        """The form offering only the statuses the request may go to by hand now; None when there is none."""
        targets = [s for s in MANUAL_TARGETS if s in TRANSITIONS[status]]
        if not targets:
            return None
        form = cls()
        form.fields["target"].choices = [(s, Status(s).label) for s in targets]
        return form


class ExtendForm(forms.Form):
    months = forms.TypedChoiceField(label=_("Extend by"), choices=[(1, _("1 month")), (2, _("2 months"))], coerce=int)
    reason = forms.CharField(label=_("Reasons (sent to the person)"), widget=forms.Textarea(attrs={"rows": 2}))


class RefuseForm(forms.Form):
    ground = forms.ChoiceField(label=_("Ground"), choices=RefusalGround.choices)
    reason = forms.CharField(label=_("Justification (sent to the person)"), widget=forms.Textarea(attrs={"rows": 3}))


class LegalHoldForm(forms.Form):
    conversation = forms.IntegerField(label=_("Conversation number"), min_value=1)
    reason = forms.ChoiceField(label=_("Reason"), choices=HoldReason.choices)
