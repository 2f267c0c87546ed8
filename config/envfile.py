"""Local secrets for the embedded default.

On a developer's or demo machine the secrets are generated once into a git-ignored `.env`, so that `make demo`
works with nothing configured. In production (`KLARDESK_PRODUCTION=1`) nothing is generated: settings refuse to
start without the secrets coming from the environment.
"""

import base64
import os
import secrets
from pathlib import Path

GENERATED = {
    "SECRET_KEY": lambda: secrets.token_urlsafe(50),
    "FIELD_ENCRYPTION_KEYS": lambda: base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
    "IDENTIFIER_HASH_KEY": lambda: secrets.token_urlsafe(32),
}


def ensure_local_env(path: Path) -> None:
    """Append the generated secrets that `path` lacks; concurrent first runs agree on one file."""
    existing = path.read_text() if path.exists() else ""
    present = {line.split("=", 1)[0].strip() for line in existing.splitlines() if "=" in line}
    missing = [name for name in GENERATED if name not in present and name not in os.environ]
    if not missing:
        return
    lock = path.with_suffix(".lock")
    try:
        fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return  # another process is writing it right now; it will contain the same names
    try:
        lines = [f"{name}={GENERATED[name]()}" for name in missing]
        with open(path, "a") as fh:
            if existing and not existing.endswith("\n"):
                fh.write("\n")
            fh.write("\n".join(lines) + "\n")
        os.chmod(path, 0o600)
    finally:
        os.close(fd)
        os.unlink(lock)
