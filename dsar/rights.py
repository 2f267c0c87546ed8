"""Rectification (Art. 16), restriction (Art. 18) and objection (Art. 21) of a verified request.

Rectification corrects contact fields and keeps each old value in a `Rectification` row; transcripts are never
rewritten, a correction is attached to them as an `Annotation`. Restriction and objection put processing blocks on
every keyed hash that leads to the person (the verified identifiers, the contacts' identifiers and the conversation
tokens), which `dsar.selectors.processing_blocks` reports to the answer pipeline.
"""

from django.db import transaction
from django.utils import timezone

from dsar import art19, index
from dsar.errors import DsarError
from dsar.letters import letter_send
from dsar.models import (
    Annotation,
    BlockKind,
    DataSubjectRequest,
    IdentifierIndex,
    IdentifierKind,
    ProcessingBlock,
    Rectification,
    Right,
)
from dsar.selectors import request_search_digests, request_subject
from dsar.services import right_done, right_require
from inquiries.models import Contact, Conversation, Message
from tenants.services import audit_log

REQUEST_LABEL = "dsar.DataSubjectRequest"
LEGAL_HOLD_BLOCK = "legal_hold"
RECTIFIABLE = ("name", "email", "phone", "customer_number")
VALIDATED = {"email": IdentifierKind.EMAIL, "phone": IdentifierKind.PHONE}
IDENTIFIER_FIELDS = {
    "email": IdentifierKind.EMAIL,
    "phone": IdentifierKind.PHONE,
    "customer_number": IdentifierKind.CUSTOMER_NUMBER,
}


def rectification_fulfil(*, request: DataSubjectRequest, actor, values: dict, note: str = "") -> None:
    """Correct the person's contact data (history kept) and annotate their transcripts with `note`."""
    right_require(request, Right.RECTIFICATION)
    values = {k: (v or "").strip() for k, v in (values or {}).items() if (v or "").strip()}
    note = (note or "").strip()
    if any(k not in RECTIFIABLE for k in values):
        raise DsarError("invalid_field")
    if not values and not note:
        raise DsarError("nothing_to_rectify")
    for field, kind in VALIDATED.items():
        if field in values and index.normalise(kind, values[field]) is None:
            raise DsarError("invalid_email" if field == "email" else "invalid_field")
    subject = request_subject(request)
    changed, annotations = [], 0
    with transaction.atomic():
        for contact in Contact.objects.filter(pk__in=subject.contact_ids):
            fields = [f for f, v in values.items() if getattr(contact, f) != v]
            for field in fields:
                Rectification.objects.create(
                    tenant=request.tenant,
                    request=request,
                    contact=contact,
                    field=field,
                    old_value=getattr(contact, field),
                    new_value=values[field],
                )
                setattr(contact, field, values[field])
            if fields:
                contact.save()  # signal receivers re-index the new identifiers
                changed += fields
        if note:
            for conversation_id in sorted(subject.conversation_ids):
                last = Message.objects.filter(conversation_id=conversation_id).order_by("-created_at", "-id").first()
                if last is not None:
                    Annotation.objects.create(
                        tenant=request.tenant,
                        request=request,
                        message=last,
                        text=note,
                        created_by=actor if getattr(actor, "pk", None) else None,
                    )
                    annotations += 1
        _follow_corrected_identifiers(request, {f: values[f] for f in set(changed) if f in IDENTIFIER_FIELDS})
        notifications = art19.notifications_prepare(request=request, subject=subject, trigger=Right.RECTIFICATION)
        fields_changed = sorted(set(changed))
        right_done(
            request,
            actor,
            Right.RECTIFICATION,
            fields=fields_changed,
            annotations=annotations,
            art19=len(notifications),
        )
        letter_send(
            request,
            "rectification_done",
            fields=[Contact._meta.get_field(f).verbose_name for f in fields_changed],
            annotations=annotations,
            recipients=[n.recipient for n in notifications],
        )


def _follow_corrected_identifiers(request: DataSubjectRequest, corrected: dict[str, str]) -> None:
    """Add the digests of corrected identifiers to the request, so its other rights still find the person.

    The index follows the contact to its new e-mail address (or phone, customer number); without this, access,
    restriction or erasure after a corrected address would search the old digest and find nothing.
    """
    hashes = {kind: list(values) for kind, values in (request.identifier_hashes or {}).items()}
    for field, value in corrected.items():
        kind = IDENTIFIER_FIELDS[field]
        new = index.digest(request.tenant_id, kind, value)
        if new and new not in hashes.get(kind, []):
            hashes.setdefault(kind, []).append(new)
            # A later request under the new identifier finds this one too (its letters, exports, notes).
            IdentifierIndex.objects.create(
                tenant_id=request.tenant_id, kind=kind, digest=new, model=REQUEST_LABEL, object_id=request.pk
            )
    if hashes != request.identifier_hashes:
        request.identifier_hashes = hashes
        request.save(update_fields=["identifier_hashes"])


def _person_digests(request: DataSubjectRequest) -> set[str]:
    subject = request_subject(request)
    identifiers = [
        (IdentifierKind.TOKEN, t)
        for t in Conversation.objects.filter(pk__in=subject.conversation_ids).values_list("token", flat=True)
    ]
    for contact in Contact.objects.filter(pk__in=subject.contact_ids):
        identifiers += index.contact_identifiers(contact)
    return set(request_search_digests(request)) | set(index.digests_of(request.tenant_id, identifiers))


def _block(request: DataSubjectRequest, kind: str, reason: str = "") -> int:
    digests = _person_digests(request)
    ProcessingBlock.objects.bulk_create(
        ProcessingBlock(tenant=request.tenant, kind=kind, digest=d, request=request, reason=reason[:30])
        for d in sorted(digests)
    )
    return len(digests)


def restriction_fulfil(*, request: DataSubjectRequest, actor) -> None:
    """Keep the person's data out of prompts, retrieval and analytics (Art. 18); recipients are told (Art. 19)."""
    right_require(request, Right.RESTRICTION)
    with transaction.atomic():
        blocked = _block(request, BlockKind.RESTRICTION)
        notifications = art19.notifications_prepare(
            request=request, subject=request_subject(request), trigger=Right.RESTRICTION
        )
        right_done(request, actor, Right.RESTRICTION, identifiers=blocked, art19=len(notifications))
        letter_send(request, "restriction_done", recipients=[n.recipient for n in notifications])


def restriction_lift(*, request: DataSubjectRequest, actor) -> None:
    """Lift a restriction (Art. 18(3)): the person is informed first, then processing may resume."""
    # A business letter kept after an erasure stays restricted until it is erased: that block is not the person's
    # Art. 18 restriction and cannot be lifted here.
    blocks = ProcessingBlock.objects.filter(
        request=request, kind=BlockKind.RESTRICTION, lifted_at__isnull=True
    ).exclude(reason=LEGAL_HOLD_BLOCK)
    if not blocks.exists():
        raise DsarError("not_restricted")
    with transaction.atomic():
        letter_send(request, "restriction_lift_notice")
        count = blocks.update(lifted_at=timezone.now())
        audit_log(
            tenant=request.tenant, actor=actor, action="dsar.restriction_lifted", target=request, data={"blocks": count}
        )


def objection_fulfil(*, request: DataSubjectRequest, actor, reason: str = "") -> None:
    """Stop AI processing based on legitimate interest for the person (Art. 21): their inquiries go to humans."""
    right_require(request, Right.OBJECTION)
    with transaction.atomic():
        if reason.strip():
            request.details = "\n\n".join(x for x in (request.details, reason.strip()) if x)
            request.save(update_fields=["details"])
        blocked = _block(request, BlockKind.OBJECTION)
        right_done(request, actor, Right.OBJECTION, identifiers=blocked)
        letter_send(request, "objection_done")
