"""DSAR collector of the compliance app: transfer records of the person's conversations (see dsar.collectors)."""

from compliance.models import ConsentRecord, TransferRecord
from dsar.collectors import Collector, Erased, Subject, declare_not_personal


class TransferRecordCollector(Collector):
    name = "compliance.transfers"
    models = ("compliance.TransferRecord",)
    # Before the inquiries collector: its deletes would unlink the records (SET_NULL) before they are counted.
    erase_order = 40

    def find(self, subject: Subject) -> dict[str, int]:
        return {
            "compliance.TransferRecord": TransferRecord.objects.filter(
                conversation_id__in=subject.conversation_ids
            ).count()
        }

    def export(self, subject: Subject, *, redact) -> dict:
        records = TransferRecord.objects.filter(conversation_id__in=subject.conversation_ids).order_by("created_at")
        return {
            "transfers": [
                {
                    "conversation": r.conversation_id,
                    "at": r.created_at.isoformat(),
                    "recipient": r.provider_legal_name or r.provider_kind,
                    "provider_kind": r.provider_kind,
                    "model": r.model,
                    "endpoint_host": r.endpoint_host,
                    "country": r.country,
                    "legal_basis": r.legal_basis,
                    "transfer_safeguard": r.transfer_safeguard,
                    "data_categories": r.data_categories,
                    "outcome": r.outcome,
                }
                for r in records
            ]
        }

    def erase(self, subject: Subject, *, held: set[int]) -> Erased:
        """Unlink the records from the person: they hold no identifiers, and stay as anonymous usage counts."""
        records = TransferRecord.objects.filter(conversation_id__in=subject.conversation_ids - held)
        count = records.update(conversation=None, message=None)
        return Erased(counts={"compliance.TransferRecord": count})


class ConsentCollector(Collector):
    """Consent answers given in the person's conversations (kept as evidence while the conversation is kept)."""

    name = "compliance.consents"
    models = ("compliance.ConsentRecord",)
    erase_order = 41

    def _records(self, subject: Subject, exclude: set[int] = frozenset()):
        return ConsentRecord.objects.filter(conversation_id__in=subject.conversation_ids - exclude)

    def find(self, subject: Subject) -> dict[str, int]:
        return {"compliance.ConsentRecord": self._records(subject).count()}

    def export(self, subject: Subject, *, redact) -> dict:
        return {
            "consents": [
                {
                    "conversation": r.conversation_id,
                    "at": r.created_at.isoformat(),
                    "purpose": r.purpose,
                    "granted": r.granted,
                    "categories": r.categories,
                    "question": r.text_shown,
                }
                for r in self._records(subject).order_by("created_at")
            ]
        }

    def erase(self, subject: Subject, *, held: set[int]) -> Erased:
        count, _ = self._records(subject, exclude=held).delete()
        return Erased(counts={"compliance.ConsentRecord": count})


declare_not_personal(
    {
        "compliance.ProviderRegistration": "Provider configuration of the tenant.",
        "compliance.ProviderLegalProfile": "Facts about AI providers (legal persons).",
        "compliance.LegalAnswers": "The tenant's answers about a provider contract.",
        "compliance.PrivacySettings": "The tenant's privacy configuration.",
        "compliance.GeneratedText": "Privacy notice and records generated from configuration, no customer data.",
        "compliance.LegalDocument": "Contracts between the tenant and providers (signatories are legal persons).",
        "compliance.RedactionRule": "The tenant's redaction mode per type of data.",
        "compliance.CustomPattern": "The tenant's own identifier formats (regular expressions, no values).",
    }
)
