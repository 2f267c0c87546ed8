"""The web form: an inquiry with the customer's name and e-mail, answered by e-mail.

The form page is served by Klardesk under the tenant's widget key; the inquiry enters the same pipeline as a
chat message (minimised, gated), and the answer or the handoff notice goes to the customer by e-mail.
"""

from asgiref.sync import async_to_sync
from celery import shared_task
from django import forms
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from inquiries import pipeline, selectors
from inquiries.models import Channel, Contact
from inquiries.services import conversation_hand_off, conversation_start, customer_message_receive
from tenants.context import tenant_context
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
    contact = Contact.objects.create(tenant=tenant, name=name.strip(), email=email.strip().lower(), language=language)
    conversation = conversation_start(tenant=tenant, channel=Channel.FORM, language=language)
    conversation.contact = contact
    conversation.save(update_fields=["contact"])
    message, _created = customer_message_receive(conversation=conversation, text=text)
    transaction.on_commit(lambda: answer_form_inquiry.delay(tenant.pk, message.pk))
    return conversation


@shared_task(name="inquiries.answer_form_inquiry")
def answer_form_inquiry(tenant_id: int, message_id: int) -> str:
    """Run the pipeline for a form message and e-mail the outcome; returns the final frame type."""
    with tenant_context(Tenant.objects.get(pk=tenant_id)):
        message = selectors.message_get(message_id)
        conversation = message.conversation
        if conversation.messages.filter(created_at__gt=message.created_at).exists():
            return "answered before"  # a retried task must not answer twice

        async def run():
            return [frame async for frame in pipeline.answer(message_id)]

        final = async_to_sync(run)()[-1]
        with translation.override(conversation.language):
            if final["type"] == "consent_request":
                # Consent cannot be asked in a one-way form: special categories go to a human.
                conversation_hand_off(conversation=conversation, reason="special_category")
                final = {"type": "handoff", "text": pipeline.handoff_text("special_category")}
            subject = _("Your inquiry to %(company)s") % {"company": conversation.tenant.name}
            send_mail(subject, final["text"], settings.DEFAULT_FROM_EMAIL, [conversation.contact.email])
        return final["type"]
