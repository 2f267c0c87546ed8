"""A small per-client budget for public forms that send e-mail or start AI work."""

import hashlib

from django.core.cache import cache


def over_limit(request, *, tenant, scope: str, limit: int, window_seconds: int = 3600) -> bool:
    """True once this client used more than `limit` submissions of `scope` to this tenant within the window.

    The client address is only used hashed, in the cache, for the window.
    """
    client = hashlib.sha256(request.META.get("REMOTE_ADDR", "").encode()).hexdigest()[:32]
    key = f"ratelimit:{scope}:{tenant.pk}:{client}"
    cache.add(key, 0, window_seconds)
    return cache.incr(key) > limit
