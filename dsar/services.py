"""Writes for data-subject requests: intake, identity, the state machine, extension, refusal, closing.

Every transition leaves an audit event in the same transaction. Audit data holds ids, statuses, rights and dates,
never the person's identifiers (the audit trail outlives erasure). Fulfilment of the rights is in dsar/fulfil.py.
"""

from datetime import date

from django.db import transaction
from django.utils import timezone

from dsar import identity, index
from dsar.deadlines import extended_due, response_due
from dsar.errors import DsarError
from dsar.letters import letter_send, secret_mail_send
from dsar.models import (
    FINISHED_STATUSES,
    OPEN_STATUSES,
    DataSubjectRequest,
    HoldReason,
    IdentifierKind,
    LegalHold,
    RefusalGround,
    Right,
    Status,
    VerificationMethod,
)
from dsar.selectors import open_duplicate
from inquiries.models import Conversation
from tenants.services import audit_log

REQUEST_LABEL = "dsar.DataSubjectRequest"

TRANSITIONS = {
    Status.RECEIVED: {Status.IDENTITY_CHECK, Status.IN_PROGRESS, Status.REFUSED, Status.WITHDRAWN},
    Status.IDENTITY_CHECK: {Status.IN_PROGRESS, Status.AWAITING_INFO, Status.REFUSED, Status.WITHDRAWN},
    Status.IN_PROGRESS: {Status.ON_HOLD, Status.AWAITING_INFO, Status.RESPONDED, Status.REFUSED, Status.WITHDRAWN},
    Status.ON_HOLD: {Status.IN_PROGRESS, Status.REFUSED, Status.WITHDRAWN},
    Status.AWAITING_INFO: {Status.IN_PROGRESS, Status.IDENTITY_CHECK, Status.REFUSED, Status.WITHDRAWN},
    Status.RESPONDED: {Status.CLOSED, Status.IN_PROGRESS},
    Status.REFUSED: {Status.CLOSED},
    Status.WITHDRAWN: {Status.CLOSED},
    Status.CLOSED: set(),
}
# Transitions an agent may choose directly; the others follow from verification, fulfilment and refusal.
MANUAL_TARGETS = (Status.IN_PROGRESS, Status.ON_HOLD, Status.AWAITING_INFO, Status.WITHDRAWN, Status.CLOSED)
NEEDS_REASON = (Status.ON_HOLD, Status.AWAITING_INFO)
# HGB §257(4) and AO §147(3): business letters are kept six years from the end of the calendar year.
RETENTION_YEARS = 6


def _clean_rights(rights) -> list[str]:
    if isinstance(rights, str):
        rights = [rights]
    rights = list(dict.fromkeys(rights or []))
    if not rights:
        raise DsarError("no_right")
    if any(r not in Right.values for r in rights):
        raise DsarError("unknown_right")
    return rights


def _hashes(tenant_id: int, identifiers: dict[str, str]) -> dict[str, list[str]]:
    hashes = {}
    for kind, value in identifiers.items():
        d = index.digest(tenant_id, kind, value)
        if d:
            hashes[kind] = [d]
    return hashes


def status_set(request: DataSubjectRequest, actor, target: str, **data) -> None:
    """Move the request to `target` if the state machine allows it (and identity is proven for "in progress")."""
    if target not in TRANSITIONS[request.status]:
        raise DsarError("invalid_transition", status=request.get_status_display(), target=Status(target).label)
    if target == Status.IN_PROGRESS and not request.verified_at:
        raise DsarError("not_verified")
    previous = request.status
    request.status = target
    # closed_at: when the request was last finished; the retention period runs from there.
    if target in FINISHED_STATUSES:
        request.closed_at = request.closed_at if previous in FINISHED_STATUSES else timezone.now()
    else:
        request.closed_at = None
    request.save()
    audit_log(
        tenant=request.tenant,
        actor=actor,
        action="dsar.status_changed",
        target=request,
        data={"from": previous, "to": target, **data},
    )


def request_create(
    *,
    tenant,
    actor,
    intake: str,
    rights,
    email: str = "",
    name: str = "",
    language: str = "de",
    details: str = "",
    phone: str = "",
    customer_number: str = "",
    conversation_token: str = "",
    received_at=None,
    identity_checked: bool = False,
) -> DataSubjectRequest:
    """Record a request, start the clock (Art. 12(3)) and start the identity check.

    A valid conversation token of this tenant proves identity at once; `identity_checked` records that the agent
    (console) or the tenant's system (API) checked it; otherwise a code and a link go to the e-mail address, and a
    request with only a phone or customer number waits for an agent's check.
    Raises DsarError for an unknown right, an invalid e-mail, or no usable identifier.
    """
    rights = _clean_rights(rights)
    email = (email or "").strip()
    if email and index.normalise(IdentifierKind.EMAIL, email) is None:
        raise DsarError("invalid_email")
    phone = (phone or "").strip()
    if phone and index.normalise(IdentifierKind.PHONE, phone) is None:
        # A number that cannot be normalised has no index digest: the request could never find anything by it.
        raise DsarError("invalid_phone")
    conversation_token = (conversation_token or "").strip()
    token_valid = bool(conversation_token) and Conversation.objects.filter(token=conversation_token).exists()
    if conversation_token and not token_valid:
        raise DsarError("unknown_token")
    if not (email or token_valid or phone or (customer_number or "").strip()):
        raise DsarError("identifier_required")
    received_at = received_at or timezone.now()
    identifiers = {
        IdentifierKind.EMAIL: email,
        IdentifierKind.PHONE: phone,
        IdentifierKind.CUSTOMER_NUMBER: customer_number,
        IdentifierKind.TOKEN: conversation_token,
    }
    mail = None
    with transaction.atomic():
        request = DataSubjectRequest.objects.create(
            tenant=tenant,
            rights=rights,
            intake=intake,
            language=language if language in ("de", "en") else tenant.default_language,
            email=email,
            name=name.strip()[:200],
            details=details.strip(),
            identifier_hashes=_hashes(tenant.pk, identifiers),
            received_at=received_at,
            due_on=response_due(received_at, tenant.federal_state),
        )
        index.index_replace(
            tenant_id=tenant.pk,
            model_label=REQUEST_LABEL,
            object_id=request.pk,
            identifiers=[(k, v) for k, v in identifiers.items()],
        )
        audit_log(
            tenant=tenant,
            actor=actor,
            action="dsar.received",
            target=request,
            data={"rights": rights, "intake": intake, "due_on": request.due_on.isoformat()},
        )
        status_set(request, actor, Status.IDENTITY_CHECK)
        if identity_checked:
            _verified(request, actor, VerificationMethod.AGENT)
        elif token_valid:
            _verified(request, actor, VerificationMethod.CONVERSATION_TOKEN)
            if email and not request.merged_into_id:
                # The token proves the chat only; the person's web-form and e-mail inquiries are stored under the
                # address, which is searched once the person confirms it (email_confirmation_pending).
                code, token = identity.code_issue(request)
                request.save()
                mail = ("email_confirmation", {"code": code, "link_token": token})
        elif email:
            code, token = identity.code_issue(request)
            request.save()
            mail = ("verification", {"code": code, "link_token": token})
    if mail:
        secret_mail_send(request, mail[0], **mail[1])
    return request


def email_confirmation_pending(request: DataSubjectRequest) -> bool:
    """Whether a request verified by the chat token still waits for the confirmation of its e-mail address."""
    return (
        request.verification_method == VerificationMethod.CONVERSATION_TOKEN
        and bool(request.email)
        and bool(request.verification_nonce)
    )


def _email_confirmed(request: DataSubjectRequest, method: str) -> DataSubjectRequest:
    """The e-mail address of a token-verified request is proven: its data is searched from now on. Audited."""
    identity.code_consume(request)
    request.verification_method = method
    request.save()
    audit_log(
        tenant=request.tenant,
        actor="data_subject",
        action="dsar.email_confirmed",
        target=request,
        data={"method": method},
    )
    return request


def verification_resend(*, request: DataSubjectRequest) -> None:
    """A new code and link for a request still in the identity check; the old ones stop working."""
    if request.status != Status.IDENTITY_CHECK or request.verified_at:
        raise DsarError("already_verified")
    code, token = identity.code_issue(request)
    request.save()
    secret_mail_send(request, "verification", code=code, link_token=token)


def _verified(request: DataSubjectRequest, actor, method: str) -> DataSubjectRequest:
    """Mark the identity proven; merge into an open duplicate of the same person, or start the work."""
    identity.code_consume(request)
    request.verified_at = timezone.now()
    request.verification_method = method
    request.save()
    audit_log(
        tenant=request.tenant, actor=actor, action="dsar.identity_verified", target=request, data={"method": method}
    )
    duplicate = open_duplicate(request)
    if duplicate is not None:
        duplicate.rights = list(dict.fromkeys(duplicate.rights + request.rights))
        duplicate.save(update_fields=["rights"])
        previous = request.status
        request.merged_into = duplicate
        request.status = Status.CLOSED
        request.closed_at = timezone.now()
        request.save()
        # The one transition outside the state machine: a duplicate closes into the request that carries on.
        audit_log(
            tenant=request.tenant,
            actor=actor,
            action="dsar.merged",
            target=request,
            data={"into": str(duplicate.public_id), "rights": duplicate.rights, "from": previous, "to": Status.CLOSED},
        )
        audit_log(
            tenant=request.tenant,
            actor=actor,
            action="dsar.duplicate_merged",
            target=duplicate,
            data={"from": str(request.public_id), "rights": duplicate.rights},
        )
        return duplicate
    status_set(request, actor, Status.IN_PROGRESS)
    letter_send(request, "acknowledgement")
    return request


def verification_submit_code(*, request: DataSubjectRequest, code: str) -> DataSubjectRequest:
    """Check an e-mailed code; returns the request that carries on (the older one when merged)."""
    widening = email_confirmation_pending(request)
    if request.verified_at and not widening:
        raise DsarError("already_verified")
    try:
        identity.code_check(request, code)
    except DsarError:
        request.save(update_fields=["verification_attempts"])
        raise
    with transaction.atomic():
        if widening:
            return _email_confirmed(request, VerificationMethod.EMAIL_CODE)
        return _verified(request, "data_subject", VerificationMethod.EMAIL_CODE)


def verification_follow_link(*, tenant, token: str) -> DataSubjectRequest:
    """Verify through a signed e-mail link of this tenant's request; single use."""
    public_id, nonce = identity.link_read(token)
    request = DataSubjectRequest.objects.filter(tenant=tenant, public_id=public_id).first()
    if request is None:
        raise DsarError("invalid_link")
    widening = email_confirmation_pending(request)
    if request.verified_at and not widening:
        raise DsarError("already_verified")
    if not identity.link_nonce_matches(request, nonce):
        raise DsarError("link_used")
    with transaction.atomic():
        if widening:
            return _email_confirmed(request, VerificationMethod.EMAIL_LINK)
        return _verified(request, "data_subject", VerificationMethod.EMAIL_LINK)


def request_verify_by_agent(*, request: DataSubjectRequest, actor) -> DataSubjectRequest:
    """An agent checked the identity (letter, phone, known customer): every recorded identifier becomes searchable."""
    if request.verified_at:
        raise DsarError("already_verified")
    with transaction.atomic():
        return _verified(request, actor, VerificationMethod.AGENT)


def request_transition(*, request: DataSubjectRequest, actor, target: str, reason: str = "") -> None:
    """A manual status change. "On hold" and "awaiting information" need a reason; the latter writes to the person."""
    if target not in MANUAL_TARGETS:
        raise DsarError("invalid_transition", status=request.get_status_display(), target=target)
    reason = (reason or "").strip()
    if target in NEEDS_REASON and not reason:
        raise DsarError("reason_required")
    with transaction.atomic():
        if target in NEEDS_REASON:
            request.hold_reason = reason
        status_set(request, actor, target)
        if target == Status.AWAITING_INFO:
            letter_send(request, "awaiting_info", reason=reason)
        elif target == Status.WITHDRAWN:
            letter_send(request, "withdrawn")


def request_extend(*, request: DataSubjectRequest, actor, months: int, reason: str) -> None:
    """Extend the deadline once by one or two months (Art. 12(3)); the notice goes out before the original deadline."""
    reason = (reason or "").strip()
    if not reason:
        raise DsarError("reason_required")
    if months not in (1, 2):
        raise DsarError("invalid_extension")
    if request.extended_due_on or not request.is_open or timezone.localdate() > request.due_on:
        raise DsarError("extension_not_allowed")
    with transaction.atomic():
        request.extended_due_on = extended_due(request.received_at, request.tenant.federal_state, months)
        request.extension_reason = reason
        request.overdue = False
        request.save()
        audit_log(
            tenant=request.tenant,
            actor=actor,
            action="dsar.extended",
            target=request,
            data={"months": months, "due_on": request.extended_due_on.isoformat()},
        )
        letter_send(request, "extension", reason=reason)


def request_refuse(*, request: DataSubjectRequest, actor, ground: str, reason: str) -> None:
    """Refuse with a recorded justification (Art. 12(5)); the letter names the right to complain and to a remedy."""
    reason = (reason or "").strip()
    if ground not in RefusalGround.values:
        raise DsarError("invalid_ground")
    if not reason:
        raise DsarError("reason_required")
    with transaction.atomic():
        request.refusal_ground = ground
        request.refusal_reason = reason
        status_set(request, actor, Status.REFUSED, ground=ground)
        letter_send(request, "refusal", reason=reason, ground=RefusalGround(ground).label)


def request_open_or_raise(request: DataSubjectRequest) -> None:
    if request.status not in OPEN_STATUSES:
        raise DsarError("not_open")
    if not request.verified_at:
        raise DsarError("not_verified")


def right_require(request: DataSubjectRequest, right: str) -> None:
    """Raise unless `right` is requested, not yet answered, and (for erasure) the last one left."""
    request_open_or_raise(request)
    if right not in request.rights:
        raise DsarError("right_not_requested")
    if right in request.outcomes:
        raise DsarError("already_fulfilled")
    if right == Right.ERASURE and any(r not in request.outcomes for r in request.rights if r != Right.ERASURE):
        raise DsarError("erasure_last")


def right_done(request: DataSubjectRequest, actor, right: str, **data) -> None:
    """Record a fulfilled right (audit data: counts and ids only) and answer the request when all are done."""
    request.outcomes = {**request.outcomes, right: {"at": timezone.now().isoformat(), **data}}
    request.save(update_fields=["outcomes"])
    audit_log(
        tenant=request.tenant, actor=actor, action="dsar.fulfilled", target=request, data={"right": right, **data}
    )
    if all(r in request.outcomes for r in request.rights) and request.status == Status.IN_PROGRESS:
        status_set(request, actor, Status.RESPONDED)


def legal_hold_set(*, tenant, actor, conversation_id: int, reason: str) -> LegalHold:
    """Mark a conversation as a business letter to keep (HGB §257 / AO §147): six years from the end of its year.

    Erasure then keeps and restricts it instead of erasing it, and names it in the confirmation.
    """
    conversation = Conversation.objects.filter(pk=conversation_id).first()
    if conversation is None:
        raise DsarError("unknown_conversation")
    if reason not in HoldReason.values:
        raise DsarError("reason_required")
    until = date(timezone.localtime(conversation.created_at).year + RETENTION_YEARS, 12, 31)
    with transaction.atomic():
        hold, _ = LegalHold.objects.update_or_create(
            tenant=tenant, conversation=conversation, defaults={"reason": reason, "until": until}
        )
        audit_log(
            tenant=tenant,
            actor=actor,
            action="dsar.legal_hold_set",
            target=conversation,
            data={"reason": reason, "until": until.isoformat()},
        )
    return hold
