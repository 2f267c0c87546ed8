"""Erasure (Art. 17 GDPR) of one person's data in every collector.

Invariants:
1. Runs only for an open request whose identity is verified, that asks for erasure, after every other requested
   right is answered (their answers need the data).
2. The person is found only through the identifier index, by the digests the verification proved; no text is
   scanned, and nobody else's rows are touched (a conversation belongs to the person by token or contact).
3. Every registered collector erases in one transaction; tests/dsar/test_index_collectors.py guarantees that every
   model either has a collector or is declared free of personal data.
4. Conversations under a current legal hold (HGB §257 / AO §147) are kept, not erased: their contact stays too,
   processing is restricted (a processing block on the conversation token), and the confirmation lists each with
   its reason and end date. The daily job erases them when the hold ends (dsar.sweeps.held_erasure_complete).
5. Generated exports are deleted as files and rows. Export files are removed before the transaction commits; if it
   rolls back, only a derived copy is lost, never the only copy of anything.
6. Afterwards the person's e-mail address, name and phone number exist nowhere in the database or media storage:
   requests keep only keyed hashes, letters and audit events hold references and counts by construction, and the
   index rows of deleted rows go with them (signal receivers).
7. Art. 19 tasks are created from the transfer records before those are unlinked from the person.
"""

from django.db import transaction

from dsar import art19, index
from dsar.collectors import Erased, collectors
from dsar.letters import letter_send
from dsar.models import BlockKind, DataSubjectRequest, HoldReason, IdentifierKind, ProcessingBlock, Right
from dsar.request_collector import request_scrub
from dsar.selectors import held_conversations, request_subject
from dsar.services import right_done, right_require
from inquiries.models import Conversation


def erasure_fulfil(*, request: DataSubjectRequest, actor) -> Erased:
    """Erase the person's data, keep and restrict what a retention duty holds, confirm to the person."""
    right_require(request, Right.ERASURE)
    subject = request_subject(request)
    holds = held_conversations(subject.conversation_ids)
    result = Erased()
    with transaction.atomic():
        notifications = art19.notifications_prepare(request=request, subject=subject, trigger=Right.ERASURE)
        for collector in collectors():
            erased = collector.erase(subject, held=set(holds))
            result.counts.update(erased.counts)
            result.kept += erased.kept
        for conversation in Conversation.objects.filter(pk__in=holds):
            ProcessingBlock.objects.create(
                tenant=request.tenant,
                kind=BlockKind.RESTRICTION,
                digest=index.digest(request.tenant_id, IdentifierKind.TOKEN, conversation.token),
                request=request,
                reason="legal_hold",
            )
        kept = [
            {"conversation": pk, "reason": HoldReason(hold.reason).label, "until": hold.until}
            for pk, hold in sorted(holds.items())
        ]
        right_done(
            request,
            actor,
            Right.ERASURE,
            erased={k: v for k, v in result.counts.items() if v},
            kept=[{"conversation": k["conversation"], "until": k["until"].isoformat()} for k in kept],
            art19=len(notifications),
        )
        letter_send(
            request,
            "erasure_done",
            erased=sum(result.counts.values()),
            conversations=result.counts.get("inquiries.Conversation", 0),
            messages=result.counts.get("inquiries.Message", 0),
            contacts=result.counts.get("inquiries.Contact", 0),
            exports=result.counts.get("dsar.ExportPackage", 0),
            kept=kept,
            recipients=[n.recipient for n in notifications],
        )
        # The collectors scrubbed the stored request already; this instance kept the address for the letter above.
        request_scrub(request)
    return result
