"""Signed legal documents: validated upload, versioned private storage, permission-checked reading.

Invariants:
- Only a real, readable, unencrypted PDF of at most 20 MB is stored; the check reads the content, never the name.
- A rejected upload stores nothing: validation runs before the file is written, and a failed database write
  removes the file again.
- Files live under `settings.PRIVATE_MEDIA_ROOT/<tenant id>/documents/`, outside the web root, under random
  names; they are only ever read through `document_open()`, which the callers guard by role and tenant.
- Each upload is a new version; older versions stay listed and readable.
"""

import hashlib
import io
import secrets
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader
from pypdf.errors import PyPdfError

from compliance import gate
from compliance.models import DPA_CHECKLIST, DocumentKind, LegalDocument, ProviderRegistration
from tenants.services import audit_log, tenant_lock

MAX_BYTES = 20 * 1024 * 1024


class DocumentRejected(ValidationError):
    """An upload that is not stored; `.code` names the cause, the message says it in plain words."""


def _reject(code: str, message) -> DocumentRejected:
    return DocumentRejected(message, code=code)


def validate_pdf(data: bytes) -> None:
    """Raise DocumentRejected unless `data` is a readable, unencrypted PDF of at most 20 MB."""
    if len(data) > MAX_BYTES:
        raise _reject("too_large", _("The file is larger than 20 MB."))
    if not data.lstrip()[:5] == b"%PDF-":
        raise _reject("not_pdf", _("The file is not a PDF document."))
    try:
        # Lenient parsing: viewers open PDFs with small defects (a wrong cross-reference offset is common in
        # signed contracts), so they are not "damaged" for the tenant; truncated or garbled files still fail below.
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise _reject("encrypted", _("The PDF is encrypted or password-protected; upload an unprotected copy."))
        if len(reader.pages) == 0:
            raise _reject("malformed", _("The PDF has no pages."))
        for page in reader.pages:
            page.mediabox  # noqa: B018 - forces every page object to be parsed
    except DocumentRejected:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError):
        raise _reject("malformed", _("The PDF is damaged and cannot be read.")) from None


def validate_dates(*, signed_on, expires_on) -> None:
    if signed_on is None:
        raise _reject("signed_on_missing", _("Enter the date the document was signed."))
    if signed_on > timezone.localdate():
        raise _reject("signed_in_future", _("The signing date lies in the future."))
    if expires_on is not None and expires_on <= signed_on:
        raise _reject("expiry_before_signature", _("The expiry date must come after the signing date."))


def _read(upload) -> bytes:
    """Read at most one byte more than allowed, so that a huge upload is never held in memory whole."""
    size = getattr(upload, "size", None)
    if size is not None and size > MAX_BYTES:
        raise _reject("too_large", _("The file is larger than 20 MB."))
    upload.seek(0)
    return upload.read(MAX_BYTES + 1)


def _storage_dir(tenant_id) -> Path:
    return Path(settings.PRIVATE_MEDIA_ROOT) / str(tenant_id) / "documents"


def document_upload(
    *,
    tenant,
    actor,
    registration: ProviderRegistration,
    kind: str,
    upload,
    signed_on,
    parties: str,
    expires_on=None,
    scc_module: str = "",
    checklist: dict | None = None,
) -> LegalDocument:
    """Validate and store a new version of a signed document for a registration.

    `upload` is a Django UploadedFile (or any file object with `.read()`, `.name`). A DPA may carry the
    confirmed checklist (`{item: True}` for every item of DPA_CHECKLIST) at once. Raises DocumentRejected
    (nothing is stored) for a bad file or bad dates, ValidationError for other bad fields.
    """
    if kind not in DocumentKind.values:
        raise _reject("kind_unknown", _("Unknown document type."))
    if kind == DocumentKind.SCC and not scc_module:
        raise _reject("scc_module_missing", _("Name the module of the standard contractual clauses."))
    if not parties.strip():
        raise _reject("parties_missing", _("Name the parties of the document."))
    validate_dates(signed_on=signed_on, expires_on=expires_on)
    data = _read(upload)
    validate_pdf(data)
    digest = hashlib.sha256(data).hexdigest()
    directory = _storage_dir(tenant.pk)
    directory.mkdir(parents=True, exist_ok=True)
    storage_name = f"{secrets.token_hex(16)}.pdf"
    path = directory / storage_name
    path.write_bytes(data)
    user = actor if getattr(actor, "is_authenticated", False) else None
    try:
        with transaction.atomic():
            # Concurrent uploads for the same registration would otherwise both read the same highest version.
            tenant_lock(tenant)
            latest = LegalDocument.objects.filter(registration=registration, kind=kind).aggregate(v=Max("version"))
            document = LegalDocument(
                tenant=tenant,
                registration=registration,
                kind=kind,
                scc_module=scc_module if kind == DocumentKind.SCC else "",
                version=(latest["v"] or 0) + 1,
                original_name=Path(getattr(upload, "name", "") or "document.pdf").name[:255],
                storage_name=storage_name,
                size=len(data),
                sha256=digest,
                signed_on=signed_on,
                parties=parties.strip(),
                expires_on=expires_on,
                uploaded_by=user,
            )
            if kind == DocumentKind.DPA and checklist is not None:
                _apply_checklist(document, checklist, user)
            document.full_clean(exclude=["tenant", "registration", "uploaded_by", "checklist_confirmed_by"])
            document.save()
            audit_log(
                tenant=tenant,
                actor=actor,
                action="document.uploaded",
                target=document,
                data={
                    "registration": registration.pk,
                    "kind": kind,
                    "version": document.version,
                    "sha256": digest,
                    "signed_on": str(signed_on),
                    "expires_on": str(expires_on or ""),
                    "checklist_confirmed": document.checklist_complete,
                },
            )
            gate.invalidate(tenant.pk)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return document


def _apply_checklist(document: LegalDocument, checklist: dict, user) -> None:
    document.checklist = {key: bool(checklist.get(key)) for key in DPA_CHECKLIST}
    complete = all(document.checklist.values())
    document.checklist_confirmed_at = timezone.now() if complete else None
    document.checklist_confirmed_by = user if complete else None


def document_confirm_checklist(*, tenant, actor, document: LegalDocument, checklist: dict) -> LegalDocument:
    """Record which DPA checklist points the tenant confirmed; the gate passes only when all are."""
    if document.kind != DocumentKind.DPA:
        raise ValidationError(_("Only a data processing agreement has a checklist."))
    user = actor if getattr(actor, "is_authenticated", False) else None
    with transaction.atomic():
        _apply_checklist(document, checklist, user)
        document.save(update_fields=["checklist", "checklist_confirmed_at", "checklist_confirmed_by"])
        audit_log(
            tenant=tenant,
            actor=actor,
            action="document.checklist_confirmed",
            target=document,
            data={"checklist": document.checklist, "complete": document.checklist_complete},
        )
        gate.invalidate(tenant.pk)
    return document


def document_open(document: LegalDocument):
    """The stored file, opened for reading. Callers must have checked the role (owner, admin, DPO)."""
    return (_storage_dir(document.tenant_id) / document.storage_name).open("rb")
