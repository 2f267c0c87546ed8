"""DSAR collector of the dsar app itself: the person's other requests, their exports, corrections and notes."""

from dsar.collectors import Collector, Erased, Subject, declare_not_personal
from dsar.models import Annotation, DataSubjectRequest, ExportPackage, Letter, Rectification
from dsar.storage import export_file_delete
from inquiries.models import Conversation

SCRUBBED_FIELDS = ("email", "name", "details", "hold_reason")


def request_scrub(request: DataSubjectRequest) -> None:
    """Blank a request's personal fields; its keyed hashes, dates, rights and outcomes stay as evidence."""
    for name in SCRUBBED_FIELDS:
        setattr(request, name, "")
    request.save(update_fields=list(SCRUBBED_FIELDS))


class RequestCollector(Collector):
    name = "dsar"
    models = (
        "dsar.DataSubjectRequest",
        "dsar.ExportPackage",
        "dsar.Rectification",
        "dsar.Annotation",
        "dsar.Letter",
    )
    # First: generated exports hold copies of everything the later collectors erase.
    erase_order = 10

    def find(self, subject: Subject) -> dict[str, int]:
        return {
            "dsar.DataSubjectRequest": len(subject.request_ids),
            "dsar.ExportPackage": ExportPackage.objects.filter(request_id__in=subject.request_ids).count(),
            "dsar.Rectification": Rectification.objects.filter(contact_id__in=subject.contact_ids).count(),
            "dsar.Annotation": Annotation.objects.filter(message__conversation_id__in=subject.conversation_ids).count(),
            "dsar.Letter": Letter.objects.filter(request_id__in=subject.request_ids).count(),
        }

    def export(self, subject: Subject, *, redact) -> dict:
        requests = DataSubjectRequest.objects.filter(pk__in=subject.request_ids).order_by("received_at")
        return {
            "requests": [
                {
                    "reference": r.reference,
                    "rights": r.rights,
                    "status": r.status,
                    "received_at": r.received_at.isoformat(),
                    "due_on": r.deadline.isoformat(),
                    "letters": [
                        {"subject": lt.subject, "sent_at": lt.sent_at and lt.sent_at.isoformat()}
                        for lt in r.letters.all()
                    ],
                }
                for r in requests
            ],
            "rectifications": [
                {"field": x.field, "old": x.old_value, "new": x.new_value, "at": x.created_at.isoformat()}
                for x in Rectification.objects.filter(contact_id__in=subject.contact_ids).order_by("created_at")
            ],
            "annotations": [
                # Agents write these notes: other persons they name are left out (Art. 15(4)).
                {"conversation": a.message.conversation_id, "text": redact(a.text), "at": a.created_at.isoformat()}
                for a in Annotation.objects.filter(message__conversation_id__in=subject.conversation_ids)
                .select_related("message")
                .order_by("created_at")
            ],
        }

    def erase(self, subject: Subject, *, held: set[int]) -> Erased:
        """Delete export files and rows, corrections and notes of erased rows, and scrub the person's requests.

        Letters hold no identifiers (by construction, see dsar/letters.py) and stay as proof of the answers.
        """
        erased = Erased()
        packages = list(ExportPackage.objects.filter(request_id__in=subject.request_ids))
        for package in packages:
            export_file_delete(package)
        ExportPackage.objects.filter(pk__in=[p.pk for p in packages]).delete()
        erased.counts["dsar.ExportPackage"] = len(packages)
        annotations = Annotation.objects.filter(message__conversation_id__in=subject.conversation_ids - held)
        erased.counts["dsar.Annotation"], _ = annotations.delete()
        kept_contacts = set(Conversation.objects.filter(pk__in=held).values_list("contact_id", flat=True))
        rectifications = Rectification.objects.filter(contact_id__in=subject.contact_ids).exclude(
            contact_id__in=kept_contacts
        )
        erased.counts["dsar.Rectification"], _ = rectifications.delete()
        requests = list(DataSubjectRequest.objects.filter(pk__in=subject.request_ids))
        for request in requests:
            request_scrub(request)
        erased.counts["dsar.DataSubjectRequest"] = len(requests)
        return erased


declare_not_personal(
    {
        "dsar.IdentifierIndex": "Keyed hashes only; rows of erased objects go with them (signal receivers).",
        "dsar.ProcessingBlock": "Keyed hashes only; an objection is remembered after erasure so it keeps working.",
        "dsar.LegalHold": "Conversation id, reason and end date.",
        "dsar.RecipientNotification": "Recipient (a provider) and a letter naming references, no identifiers.",
    }
)
