"""Letters and e-mails to the person, in German or English, from templates/dsar/letters/<language>/<kind>.txt.

Invariant: stored letters carry the request's reference, dates, rights and counts, never the person's identifiers
(name, e-mail, phone, customer number) and never a verification code, so they can stay as proof of the answer after
an erasure. The first line of a template is "Subject: ...".
"""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation

from compliance.texts import SUPERVISORY_AUTHORITIES
from dsar.models import DataSubjectRequest, Letter

LANGUAGES = ("de", "en")


def render_letter(kind: str, language: str, context: dict) -> tuple[str, str]:
    """(subject, body) of a letter template in `language` (German when the language is not offered)."""
    language = language if language in LANGUAGES else "de"
    with translation.override(language):
        text = render_to_string(f"dsar/letters/{language}/{kind}.txt", context)
    first, _, body = text.lstrip().partition("\n")
    return first.removeprefix("Subject:").strip(), body.strip() + "\n"


def _context(request: DataSubjectRequest, extra: dict) -> dict:
    tenant = request.tenant
    return {
        "tenant": tenant,
        "company": tenant.legal_name or tenant.name,
        "request": request,
        "reference": request.reference,
        "rights": request.right_labels,
        "public_url": settings.PUBLIC_BASE_URL,
        "authority": SUPERVISORY_AUTHORITIES.get(tenant.federal_state, ""),
        **extra,
    }


def _send(request: DataSubjectRequest, subject: str, body: str) -> bool:
    if not request.email:
        return False
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [request.email])
    return True


def letter_send(request: DataSubjectRequest, kind: str, **extra) -> Letter:
    """Render, store and (when the request has an e-mail address) send a letter; without one it is for printing."""
    subject, body = render_letter(kind, request.language, _context(request, extra))
    letter = Letter.objects.create(
        tenant_id=request.tenant_id, request=request, kind=kind, language=request.language, subject=subject, body=body
    )
    if _send(request, subject, body):
        letter.sent_at = timezone.now()
        letter.save(update_fields=["sent_at"])
    return letter


def secret_mail_send(request: DataSubjectRequest, kind: str, **extra) -> None:
    """Send a message with a code or link; deliberately not stored, as it is a credential."""
    subject, body = render_letter(kind, request.language, _context(request, extra))
    _send(request, subject, body)
