"""Fulfilment of the rights of a verified request; each ends with a letter to the person and an audit event.

When every requested right is fulfilled the request becomes "responded". Erasure must come last, because it
removes the data the other answers are built from.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from dsar import identity, rights
from dsar.erasure import erasure_fulfil
from dsar.errors import DsarError
from dsar.exports import package_files, package_write
from dsar.letters import letter_send, secret_mail_send
from dsar.models import (
    EXPORT_RUNNING,
    DataSubjectRequest,
    ExportKind,
    ExportPackage,
    ExportStatus,
    Right,
    export_stalled_q,
)
from dsar.selectors import request_subject
from dsar.services import right_done, right_require
from dsar.storage import export_file_delete, export_path
from tenants.services import audit_log

EXPORT_TTL = timedelta(days=7)
EXPORT_RIGHT = {ExportKind.ACCESS: Right.ACCESS, ExportKind.PORTABILITY: Right.PORTABILITY}


def export_start(*, request: DataSubjectRequest, actor, kind: str) -> ExportPackage:
    """Queue the access (Art. 15) or portability (Art. 20) package; a Celery task builds it after commit."""
    from dsar.tasks import export_build_task

    right_require(request, EXPORT_RIGHT[kind])
    # A package whose worker died would otherwise block this right for good: give it up, then start a new one.
    exports_stalled_fail(tenant=request.tenant, actor=actor, packages=request.exports.filter(kind=kind))
    if request.exports.filter(kind=kind, status__in=EXPORT_RUNNING).exists():
        raise DsarError("export_running")  # a second click while the worker builds it: one package, one letter
    with transaction.atomic():
        package = ExportPackage.objects.create(tenant=request.tenant, request=request, kind=kind)
        audit_log(tenant=request.tenant, actor=actor, action="dsar.export_queued", target=request, data={"kind": kind})
        transaction.on_commit(lambda: export_build_task.delay(package.pk, request.tenant_id))
    return package


def exports_stalled_fail(*, tenant, actor, packages=None, now=None) -> int:
    """Mark packages queued or building without progress for DSAR_EXPORT_STALL_MINUTES as failed; audited.

    Their worker died (or the queue lost the task), so they would never finish; once failed, a member can start the
    right again. `packages` narrows the search (one request's, one kind's); a worker that was only slow and reports
    progress at the same moment keeps its package (the update is conditional). Returns how many were marked.
    """
    stalled = export_stalled_q(now)
    candidates = (packages if packages is not None else ExportPackage.objects.all()).filter(stalled)
    failed = 0
    for package in candidates.select_related("request").order_by("pk"):
        with transaction.atomic():
            marked = ExportPackage.objects.filter(stalled, pk=package.pk).update(status=ExportStatus.FAILED)
            if not marked:
                continue
            audit_log(
                tenant=tenant,
                actor=actor,
                action="dsar.export_stalled",
                target=package.request,
                data={
                    "package": package.pk,
                    "kind": package.kind,
                    "status": package.status,
                    "progress": package.progress,
                    "progress_at": package.progress_at.isoformat(),
                },
            )
        failed += 1
    return failed


def export_build(*, package_id: int) -> None:
    """Build a queued package, store it, and send the person the download link. Idempotent.

    A package given up as stalled (failed) is not built any more, not even when its task arrives late: the member
    has started a new one, and the person gets one package and one letter.
    """
    package = ExportPackage.objects.select_related("request__tenant").filter(pk=package_id).first()
    if package is None or package.status in (ExportStatus.READY, ExportStatus.FAILED):
        return
    request = package.request

    def progress(percent: int) -> None:
        ExportPackage.objects.filter(pk=package.pk, status__in=EXPORT_RUNNING).update(
            progress=percent, status=ExportStatus.BUILDING, progress_at=timezone.now()
        )

    progress(5)
    try:
        files = package_files(package, request_subject(request), progress)
        package_write(package, files)
    except Exception:
        ExportPackage.objects.filter(pk=package.pk).update(status=ExportStatus.FAILED)
        raise
    with transaction.atomic():
        if not ExportPackage.objects.select_for_update().filter(pk=package.pk, status__in=EXPORT_RUNNING).exists():
            export_file_delete(package)  # given up as stalled while this worker was still at it
            return
        package.status = ExportStatus.READY
        package.progress = 100
        package.progress_at = timezone.now()
        package.expires_at = timezone.now() + EXPORT_TTL
        package.save()
        kind = "access_ready" if package.kind == ExportKind.ACCESS else "portability_ready"
        letter_send(
            request,
            kind,
            download_token=identity.download_token(package),
            expires_at=package.expires_at,
            enclosed=not person_can_download(request),
        )
        right_done(request, "system", EXPORT_RIGHT[package.kind], package=package.pk, size=package.size)


def person_can_download(request: DataSubjectRequest) -> bool:
    """Whether the person can prove identity on the download page: a code by e-mail, or the chat's token.

    Otherwise (a request by letter or phone without an e-mail address) the letter says the copy is enclosed, and an
    agent downloads the package in the console to print it or put it on a data medium.
    """
    return bool(request.email) or bool((request.identifier_hashes or {}).get("token"))


def package_for_console(*, request: DataSubjectRequest, pk: int, actor):
    """The file of a ready package for an agent (owner, admin, DPO) to send by post; audited."""
    package = request.exports.filter(pk=pk, status=ExportStatus.READY).first()
    if package is None:
        raise DsarError("no_export")
    if package.expires_at < timezone.now() or not package.storage_name:
        raise DsarError("export_expired")
    audit_log(
        tenant=request.tenant,
        actor=actor,
        action="dsar.export_downloaded",
        target=request,
        data={"package": package.pk, "method": "console"},
    )
    return package, export_path(package)


def download_package(*, tenant, token: str) -> ExportPackage:
    """The ready, unexpired package a signed download link names, of this tenant only."""
    package_id, public_id = identity.download_read(token)
    package = (
        ExportPackage.objects.select_related("request")
        .filter(tenant=tenant, pk=package_id, request__public_id=public_id, status=ExportStatus.READY)
        .first()
    )
    if package is None:
        raise DsarError("no_export")
    if package.expires_at < timezone.now() or not package.storage_name:
        raise DsarError("export_expired")
    return package


def download_code_send(*, package: ExportPackage) -> None:
    """Mail a fresh single-use code to the request's verified address (the identity is proven again to download)."""
    request = package.request
    if not request.email:
        raise DsarError("no_export")
    code, _ = identity.code_issue(request)
    request.save()
    secret_mail_send(request, "download_code", code=code)


def download_authorise(*, package: ExportPackage, secret: str):
    """Check the code (or the chat's conversation token) and return the file path; audited."""
    request = package.request
    secret = (secret or "").strip()
    if identity.token_matches(request, secret):
        method = "conversation_token"
    else:
        try:
            identity.code_check(request, secret)
        finally:
            request.save(update_fields=["verification_attempts"])
        identity.code_consume(request)
        request.save()
        method = "email_code"
    package.downloaded_at = timezone.now()
    package.save(update_fields=["downloaded_at"])
    audit_log(
        tenant=request.tenant,
        actor="data_subject",
        action="dsar.export_downloaded",
        target=request,
        data={"package": package.pk, "method": method},
    )
    return export_path(package)


def right_fulfil(
    *, request: DataSubjectRequest, actor, right: str, values: dict | None = None, note: str = "", reason: str = ""
) -> None:
    """Fulfil one requested right (the console's and the API's single entry point).

    `values`: corrected contact fields (rectification); `note`: annotation on the transcripts (rectification);
    `reason`: the person's grounds (objection).
    """
    handlers = {
        Right.ACCESS: lambda: export_start(request=request, actor=actor, kind=ExportKind.ACCESS),
        Right.PORTABILITY: lambda: export_start(request=request, actor=actor, kind=ExportKind.PORTABILITY),
        Right.ERASURE: lambda: erasure_fulfil(request=request, actor=actor),
        Right.RECTIFICATION: lambda: rights.rectification_fulfil(
            request=request, actor=actor, values=values, note=note
        ),
        Right.RESTRICTION: lambda: rights.restriction_fulfil(request=request, actor=actor),
        Right.OBJECTION: lambda: rights.objection_fulfil(request=request, actor=actor, reason=reason),
    }
    if right not in handlers:
        raise DsarError("unknown_right")
    handlers[right]()
