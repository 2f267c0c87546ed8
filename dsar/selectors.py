"""Reads for data-subject requests: the person's rows, processing blocks, request lists and dashboards."""

import uuid
from datetime import date, timedelta

from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from dsar import index
from dsar.collectors import Subject
from dsar.models import (
    OPEN_STATUSES,
    DataSubjectRequest,
    IdentifierKind,
    LegalHold,
    ProcessingBlock,
    RecipientNotification,
    VerificationMethod,
)
from inquiries.models import Contact, Conversation
from tenants.models import AuditEvent

CONTACT = "inquiries.Contact"
CONVERSATION = "inquiries.Conversation"
REQUEST = "dsar.DataSubjectRequest"


def subject_resolve(*, tenant, digests: list[str]) -> Subject:
    """The rows a person's identifier digests lead to, in a fixed number of indexed queries.

    Contacts and conversation tokens come from the index; a contact brings its conversations, a conversation (by
    token) brings its contact, and that contact's other conversations.
    """
    found = index.lookup(tenant.pk, digests)
    contact_ids = set(found.get(CONTACT, ()))
    token_conversations = set(found.get(CONVERSATION, ()))
    contact_ids |= set(
        Conversation.objects.filter(pk__in=token_conversations, contact__isnull=False)
        .order_by()
        .values_list("contact_id", flat=True)
    )
    conversation_ids = token_conversations | set(
        Conversation.objects.filter(contact_id__in=contact_ids).order_by().values_list("pk", flat=True)
    )
    return Subject(
        tenant=tenant,
        digests=list(digests),
        contact_ids=contact_ids,
        conversation_ids=conversation_ids,
        request_ids=set(found.get(REQUEST, ())),
    )


def request_search_digests(request: DataSubjectRequest) -> list[str]:
    """The digests that may be searched for this request: only identifiers its verification proved.

    An e-mail code or link proves the e-mail address; a conversation token proves itself; an agent's check covers
    every identifier recorded. A phone or customer number typed into the public form proves nothing on its own.
    """
    hashes = request.identifier_hashes or {}
    if not request.verified_at:
        return []
    if request.verification_method == VerificationMethod.AGENT:
        kinds = list(IdentifierKind.values)
    elif request.verification_method == VerificationMethod.CONVERSATION_TOKEN:
        kinds = [IdentifierKind.TOKEN]
    else:
        kinds = [IdentifierKind.EMAIL, IdentifierKind.TOKEN]
    return [d for kind in kinds for d in hashes.get(kind, [])]


def request_subject(request: DataSubjectRequest) -> Subject:
    return subject_resolve(tenant=request.tenant, digests=request_search_digests(request))


def conversation_digests(conversation: Conversation) -> list[str]:
    identifiers = [(IdentifierKind.TOKEN, conversation.token)]
    if conversation.contact_id:
        contact = Contact.objects.filter(pk=conversation.contact_id).first()
        if contact is not None:
            identifiers += index.contact_identifiers(contact)
    return index.digests_of(conversation.tenant_id, identifiers)


def processing_blocks(conversation: Conversation) -> set[str]:
    """What stops AI processing of this conversation: a subset of {"restriction", "objection"}.

    The answer pipeline calls this before every provider call, retrieval or analytics use of the conversation;
    a non-empty set means: hand the inquiry to a human and keep the person's data out of every prompt. Matching
    is by the conversation token and by the e-mail, phone and customer number of its contact. Needs the tenant
    context (fail closed).
    """
    digests = conversation_digests(conversation)
    blocks = ProcessingBlock.objects.filter(digest__in=digests, lifted_at__isnull=True)
    return set(blocks.values_list("kind", flat=True).distinct())


def request_list(*, status: str | None = None, overdue: bool = False):
    queryset = DataSubjectRequest.objects.filter(merged_into__isnull=True)
    if status == "open":
        queryset = queryset.filter(status__in=OPEN_STATUSES)
    elif status:
        queryset = queryset.filter(status=status)
    if overdue:
        queryset = queryset.filter(overdue=True)
    return queryset.order_by("due_on", "received_at")


def request_get(public_id) -> DataSubjectRequest:
    """The request of the current tenant; another tenant's, and a malformed id, give the same 404 as a missing one."""
    try:
        public_id = uuid.UUID(str(public_id))
    except ValueError:
        raise Http404 from None
    return get_object_or_404(DataSubjectRequest, public_id=public_id)


def request_find_public(*, tenant, public_id) -> DataSubjectRequest | None:
    return DataSubjectRequest.objects.filter(tenant=tenant, public_id=public_id).first()


def open_duplicate(request: DataSubjectRequest) -> DataSubjectRequest | None:
    """An earlier open, verified request of the same person (a shared search digest), if there is one."""
    digests = set(request_search_digests(request))
    if not digests:
        return None
    candidates = (
        DataSubjectRequest.objects.filter(status__in=OPEN_STATUSES, verified_at__isnull=False, merged_into=None)
        .exclude(pk=request.pk)
        .filter(received_at__lte=request.received_at)
        .order_by("received_at")
    )
    return next((c for c in candidates if digests & set(request_search_digests(c))), None)


def held_conversations(conversation_ids) -> dict[int, LegalHold]:
    today = timezone.localdate()
    holds = LegalHold.objects.filter(conversation_id__in=conversation_ids, until__gte=today)
    return {h.conversation_id: h for h in holds}


def dashboard_counts(today: date | None = None) -> dict:
    today = today or timezone.localdate()
    open_requests = DataSubjectRequest.objects.filter(status__in=OPEN_STATUSES, merged_into=None)
    return {
        "open": open_requests.count(),
        "overdue": open_requests.filter(overdue=True).count(),
        "due_this_week": open_requests.filter(
            Q(extended_due_on__isnull=True, due_on__lte=today + timedelta(days=7))
            | Q(extended_due_on__lte=today + timedelta(days=7))
        ).count(),
    }


def overdue_count() -> int:
    """Open requests of the current tenant the daily job flagged as past their deadline."""
    return DataSubjectRequest.objects.filter(status__in=OPEN_STATUSES, merged_into=None, overdue=True).count()


def request_events(request: DataSubjectRequest):
    """The request's audit trail (every transition), oldest first."""
    return AuditEvent.objects.filter(target_type=request._meta.label, target_id=str(request.pk)).order_by("id")


def legal_hold_list():
    return LegalHold.objects.select_related("conversation").order_by("-created_at")


def notification_get(request: DataSubjectRequest, pk: int) -> RecipientNotification:
    return get_object_or_404(RecipientNotification, request=request, pk=pk)


def request_restricted(request: DataSubjectRequest) -> bool:
    blocks = ProcessingBlock.objects.filter(request=request, kind="restriction", lifted_at__isnull=True)
    return blocks.exclude(reason="legal_hold").exists()
