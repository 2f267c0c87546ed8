from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class DsarConfig(AppConfig):
    name = "dsar"
    verbose_name = _("Data-subject requests")

    def ready(self):
        from compliance.collectors import ConsentCollector, TransferRecordCollector
        from dsar import receivers
        from dsar.collectors import register
        from dsar.request_collector import RequestCollector
        from inquiries.collectors import InquiriesCollector
        from inquiries.models import Contact, Conversation

        for collector in (RequestCollector(), TransferRecordCollector(), ConsentCollector(), InquiriesCollector()):
            register(collector)
        post_save.connect(receivers.contact_saved, sender=Contact, dispatch_uid="dsar.contact_saved")
        post_delete.connect(receivers.contact_deleted, sender=Contact, dispatch_uid="dsar.contact_deleted")
        post_save.connect(receivers.conversation_saved, sender=Conversation, dispatch_uid="dsar.conversation_saved")
        post_delete.connect(
            receivers.conversation_deleted, sender=Conversation, dispatch_uid="dsar.conversation_deleted"
        )
