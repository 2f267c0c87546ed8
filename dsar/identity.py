"""Proof of identity for data-subject requests (Art. 12(2) and 12(6) GDPR), security-critical.

* E-mail: a 6-digit code (stored only as an HMAC, valid 30 minutes, at most 5 wrong tries for the life of the
  request) and a signed link (valid 24 hours). A per-issue nonce makes both single use: verifying or issuing a new
  code clears the old nonce, so an old link or code stops working.
* Chat: the widget's conversation token, a 32-character random secret only the chat user holds.
* No ID copies: further evidence is asked for only when there is reasonable doubt (status "awaiting information").
"""

import hmac
import secrets
from datetime import timedelta
from hashlib import sha256

from django.conf import settings
from django.core import signing
from django.utils import timezone

from dsar.errors import DsarError
from dsar.index import digest

CODE_TTL = timedelta(minutes=30)
LINK_MAX_AGE = timedelta(hours=24)
DOWNLOAD_LINK_MAX_AGE = timedelta(days=7)
MAX_ATTEMPTS = 5
VERIFY_SALT = "dsar.verify"
DOWNLOAD_SALT = "dsar.download"


def _code_hash(request, code: str) -> str:
    message = f"{request.public_id}:{request.verification_nonce}:{code}".encode()
    return hmac.new(settings.IDENTIFIER_HASH_KEY.encode(), message, sha256).hexdigest()


def code_issue(request) -> tuple[str, str]:
    """Set a fresh code and nonce on `request` (not saved) and return the code and the signed link token."""
    if request.verification_attempts >= MAX_ATTEMPTS:
        raise DsarError("too_many_attempts")
    request.verification_nonce = secrets.token_hex(16)
    code = f"{secrets.randbelow(10**6):06d}"
    request.verification_code_hash = _code_hash(request, code)
    request.verification_expires_at = timezone.now() + CODE_TTL
    token = signing.dumps({"r": str(request.public_id), "n": request.verification_nonce}, salt=VERIFY_SALT)
    return code, token


def code_check(request, code: str) -> None:
    """Raise DsarError unless `code` is the current, unexpired code; counts the attempt (caller saves)."""
    if request.verification_attempts >= MAX_ATTEMPTS:
        raise DsarError("too_many_attempts")
    if not request.verification_nonce or not request.verification_code_hash:
        raise DsarError("no_code")
    if timezone.now() > request.verification_expires_at:
        raise DsarError("code_expired")
    code = "".join(ch for ch in str(code or "") if ch.isdigit())
    if not hmac.compare_digest(request.verification_code_hash, _code_hash(request, code)):
        request.verification_attempts += 1
        remaining = MAX_ATTEMPTS - request.verification_attempts
        if remaining <= 0:
            raise DsarError("too_many_attempts")
        raise DsarError("wrong_code", remaining=remaining)


def code_consume(request) -> None:
    """Make the current code and link unusable (single use); a proven identity starts a fresh attempt count."""
    request.verification_attempts = 0
    request.verification_nonce = ""
    request.verification_code_hash = ""
    request.verification_expires_at = None


def link_read(token: str) -> tuple[str, str]:
    """(request public id, nonce) of a signed verification link; DsarError when forged or expired."""
    try:
        data = signing.loads(token, salt=VERIFY_SALT, max_age=LINK_MAX_AGE)
    except signing.SignatureExpired:
        raise DsarError("link_expired") from None
    except signing.BadSignature:
        raise DsarError("invalid_link") from None
    return data["r"], data["n"]


def link_nonce_matches(request, nonce: str) -> bool:
    return bool(request.verification_nonce) and hmac.compare_digest(request.verification_nonce, nonce)


def download_token(package) -> str:
    return signing.dumps({"p": package.pk, "r": str(package.request.public_id)}, salt=DOWNLOAD_SALT)


def download_read(token: str) -> tuple[int, str]:
    try:
        data = signing.loads(token, salt=DOWNLOAD_SALT, max_age=DOWNLOAD_LINK_MAX_AGE)
    except signing.SignatureExpired:
        raise DsarError("export_expired") from None
    except signing.BadSignature:
        raise DsarError("invalid_link") from None
    return data["p"], data["r"]


def token_matches(request, token: str) -> bool:
    """Whether `token` is a conversation token the request's verification proved (by its keyed hash)."""
    candidate = digest(request.tenant_id, "token", token or "")
    return bool(candidate) and candidate in (request.identifier_hashes or {}).get("token", [])
