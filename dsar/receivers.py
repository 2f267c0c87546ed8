"""Keep the identifier index current when inquiries rows change (connected in dsar.apps).

These are model signals because the inquiries services belong to another team; explicit service calls would be
clearer (see the DSAR hand-over notes). Bulk operations (`bulk_create`, `QuerySet.update`) send no signals: tools
that use them call `dsar.index` themselves (see bench/dsar/run.py and the `dsar_reindex` command).
"""

from dsar import index
from dsar.models import IdentifierKind

CONTACT = "inquiries.Contact"
CONVERSATION = "inquiries.Conversation"


def contact_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    index.index_replace(
        tenant_id=instance.tenant_id,
        model_label=CONTACT,
        object_id=instance.pk,
        identifiers=index.contact_identifiers(instance),
    )


def conversation_saved(sender, instance, created=False, raw=False, **kwargs):
    # The token never changes after creation.
    if created and not raw:
        index.index_replace(
            tenant_id=instance.tenant_id,
            model_label=CONVERSATION,
            object_id=instance.pk,
            identifiers=[(IdentifierKind.TOKEN, instance.token)],
        )


def contact_deleted(sender, instance, **kwargs):
    index.index_remove(tenant_id=instance.tenant_id, model_label=CONTACT, object_ids=[instance.pk])


def conversation_deleted(sender, instance, **kwargs):
    index.index_remove(tenant_id=instance.tenant_id, model_label=CONVERSATION, object_ids=[instance.pk])
