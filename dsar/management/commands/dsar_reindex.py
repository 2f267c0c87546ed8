"""Rebuild the identifier index of every contact and conversation (operator tool, all tenants).

Needed once for data written before the dsar app existed, and after bulk imports that bypass model signals.
"""

from django.core.management.base import BaseCommand

from dsar import index
from dsar.models import IdentifierKind
from dsar.receivers import CONTACT, CONVERSATION
from inquiries.models import Contact, Conversation


class Command(BaseCommand):
    help = "Rebuild the DSAR identifier index (keyed hashes) of all contacts and conversations."

    def handle(self, *args, **options):
        contacts = conversations = 0
        for contact in Contact.objects.unscoped().iterator(chunk_size=2000):
            index.index_replace(
                tenant_id=contact.tenant_id,
                model_label=CONTACT,
                object_id=contact.pk,
                identifiers=index.contact_identifiers(contact),
            )
            contacts += 1
        for conversation in Conversation.objects.unscoped().only("pk", "tenant_id", "token").iterator(chunk_size=2000):
            index.index_replace(
                tenant_id=conversation.tenant_id,
                model_label=CONVERSATION,
                object_id=conversation.pk,
                identifiers=[(IdentifierKind.TOKEN, conversation.token)],
            )
            conversations += 1
        self.stdout.write(f"Indexed {contacts} contacts and {conversations} conversations.")
