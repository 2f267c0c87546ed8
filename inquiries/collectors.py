"""DSAR collector of the inquiries app: contacts, conversations and their messages (see dsar.collectors)."""

from dsar.collectors import Collector, Erased, Subject, declare_not_personal
from inquiries.models import Contact, Conversation, Message, Role


def _contact_dict(contact: Contact) -> dict:
    return {
        "id": contact.pk,
        "name": contact.name,
        "email": contact.email,
        "phone": contact.phone,
        "customer_number": contact.customer_number,
        "language": contact.language,
        "created_at": contact.created_at.isoformat(),
        "updated_at": contact.updated_at.isoformat(),
    }


class InquiriesCollector(Collector):
    name = "inquiries"
    models = ("inquiries.Contact", "inquiries.Conversation", "inquiries.Message")
    erase_order = 60

    def find(self, subject: Subject) -> dict[str, int]:
        return {
            "inquiries.Contact": Contact.objects.filter(pk__in=subject.contact_ids).count(),
            "inquiries.Conversation": Conversation.objects.filter(pk__in=subject.conversation_ids).count(),
            "inquiries.Message": Message.objects.filter(conversation_id__in=subject.conversation_ids).count(),
        }

    def export(self, subject: Subject, *, redact) -> dict:
        """Everything kept about the person; text others wrote passes through `redact` (Art. 15(4))."""
        conversations = []
        messages_by_conversation: dict[int, list[dict]] = {}
        for message in Message.objects.filter(conversation_id__in=subject.conversation_ids).order_by(
            "created_at", "id"
        ):
            own = message.role == Role.CUSTOMER
            messages_by_conversation.setdefault(message.conversation_id, []).append(
                {
                    "role": message.role,
                    "text": message.text if own else redact(message.text),
                    "sent_at": message.created_at.isoformat(),
                    "sources": [s.get("title", "") for s in message.sources if isinstance(s, dict)],
                }
            )
        for conversation in Conversation.objects.filter(pk__in=subject.conversation_ids).order_by("created_at"):
            conversations.append(
                {
                    "id": conversation.pk,
                    "channel": conversation.channel,
                    "status": conversation.status,
                    "language": conversation.language,
                    "started_at": conversation.created_at.isoformat(),
                    "ip_network": conversation.ip_network,
                    "browser": conversation.user_agent_family,
                    "handoff_reason": conversation.handoff_reason,
                    "messages": messages_by_conversation.get(conversation.pk, []),
                }
            )
        contacts = [_contact_dict(c) for c in Contact.objects.filter(pk__in=subject.contact_ids).order_by("pk")]
        return {"contacts": contacts, "conversations": conversations}

    def portable(self, subject: Subject) -> dict:
        contacts = [
            {k: v for k, v in _contact_dict(c).items() if k not in ("id", "updated_at")}
            for c in Contact.objects.filter(pk__in=subject.contact_ids).order_by("pk")
        ]
        messages = [
            {
                "conversation": m.conversation_id,
                "channel": m.conversation.channel,
                "sent_at": m.created_at.isoformat(),
                "text": m.text,
            }
            for m in Message.objects.filter(conversation_id__in=subject.conversation_ids, role=Role.CUSTOMER)
            .select_related("conversation")
            .order_by("created_at", "id")
        ]
        return {"contacts": contacts, "messages": messages}

    def erase(self, subject: Subject, *, held: set[int]) -> Erased:
        """Delete the person's conversations (with their messages) and contacts, except what a legal hold keeps.

        A contact stays while one of its conversations is held, because the kept business letter needs its sender.
        """
        erased = Erased()
        doomed = subject.conversation_ids - held
        erased.counts["inquiries.Message"] = Message.objects.filter(conversation_id__in=doomed).count()
        erased.counts["inquiries.Conversation"] = len(doomed)
        # Model-level deletes so that signal receivers (identifier index) and cascades run.
        Conversation.objects.filter(pk__in=doomed).delete()
        kept_contacts = set(
            Conversation.objects.filter(pk__in=held, contact_id__in=subject.contact_ids).values_list(
                "contact_id", flat=True
            )
        )
        doomed_contacts = subject.contact_ids - kept_contacts
        erased.counts["inquiries.Contact"] = len(doomed_contacts)
        Contact.objects.filter(pk__in=doomed_contacts).delete()
        erased.kept += [{"model": "inquiries.Contact", "id": pk} for pk in sorted(kept_contacts)]
        return erased


declare_not_personal({"inquiries.KnowledgeArticle": "The tenant's help texts."})
