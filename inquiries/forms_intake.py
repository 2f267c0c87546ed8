"""The web form: an inquiry with the customer's name and e-mail, answered by e-mail.

The form page is served by Klardesk under the tenant's widget key; the inquiry enters the same pipeline as a
chat message (minimised, gated), and the answer or the handoff notice goes to the customer by e-mail.
"""

from django import forms
from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext_lazy

from inquiries.mail import answer_by_email
from inquiries.models import Channel, Contact
from inquiries.services import conversation_start, customer_message_receive
from tenants.models import Tenant


class InquiryForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Your name"), max_length=200)
    email = forms.EmailField(label=gettext_lazy("Your e-mail address"))
    message = forms.CharField(
        label=gettext_lazy("Your message"), max_length=settings.CHAT_MAX_MESSAGE_CHARS, widget=forms.Textarea
    )


@transaction.atomic
def form_inquiry_submit(*, tenant: Tenant, language: str, name: str, email: str, text: str):
    """Store the inquiry (contact, conversation, message) and answer it after the commit."""
    email = email.strip().lower()
    # One person, one contact: a known address continues its contact (as the e-mail intake does).
    contact = Contact.objects.filter(email=email).order_by("-updated_at").first()
    contact = contact or Contact.objects.create(tenant=tenant, name=name.strip(), email=email, language=language)
    conversation = conversation_start(tenant=tenant, channel=Channel.FORM, language=language)
    conversation.contact = contact
    conversation.save(update_fields=["contact"])
    message, _created = customer_message_receive(conversation=conversation, text=text)
    transaction.on_commit(lambda: answer_by_email.delay(tenant.pk, message.pk))
    return conversation
