"""Secrets at rest: Fernet under keys from the environment; the first key encrypts, every key decrypts."""

from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings


@lru_cache(maxsize=4)
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    return MultiFernet([Fernet(k.encode()) for k in keys])


def fernet() -> MultiFernet:
    keys = settings.FIELD_ENCRYPTION_KEYS
    return _fernet(tuple(keys) if isinstance(keys, (list, tuple)) else (keys,))


def encrypt(plain: str) -> str:
    return fernet().encrypt(plain.encode()).decode()


def decrypt(token: str) -> str:
    try:
        return fernet().decrypt(token.encode()).decode()
    except InvalidToken:
        raise ValueError("The stored secret cannot be decrypted with the configured keys.") from None


def rotate(token: str) -> str:
    """Re-encrypt under the current first key (after a new key was prepended to FIELD_ENCRYPTION_KEYS)."""
    return fernet().rotate(token.encode()).decode()
