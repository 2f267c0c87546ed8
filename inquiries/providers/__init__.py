"""Calls to the AI providers: one streaming interface over every kind. No Django, no database.

Usage: `provider = build_provider(config)`, then `async for event in provider.stream(system=..., turns=...,
passages=...)` yields `TextDelta`s and finally one `Completed`, or raises `ProviderError`.
"""

import functools

from .base import (
    HANDOFF_MARKER,
    PROVIDER_KINDS,
    Completed,
    Passage,
    Provider,
    ProviderConfig,
    ProviderError,
    StreamEvent,
    TextDelta,
    Turn,
    is_handoff,
    may_become_handoff,
    render_passages,
    validate_base_url,
)

__all__ = [
    "HANDOFF_MARKER",
    "PROVIDER_KINDS",
    "Completed",
    "Passage",
    "Provider",
    "ProviderConfig",
    "ProviderError",
    "StreamEvent",
    "TextDelta",
    "Turn",
    "build_provider",
    "is_handoff",
    "may_become_handoff",
    "render_passages",
    "validate_base_url",
]


@functools.lru_cache(maxsize=256)
def build_provider(config: ProviderConfig) -> Provider:
    """The provider for this configuration; raises `ProviderError("invalid_config")` when it cannot work.

    Cached by configuration (key included), so that consecutive messages of a tenant reuse the SDK client and
    its open connections; a changed registration is a different configuration and gets a new provider.
    """
    if config.kind not in PROVIDER_KINDS:
        raise ProviderError("invalid_config", f"Unknown provider kind {config.kind!r}.")
    if config.kind == "local":
        # Imported here so that the offline kind never loads the SDKs.
        from .local_provider import LocalProvider

        return LocalProvider(config)
    if not config.model:
        raise ProviderError("invalid_config", "A model name is required.")
    if config.base_url:
        validate_base_url(config.base_url)
    elif config.kind == "openai_compatible":
        raise ProviderError("invalid_config", "An OpenAI-compatible provider needs its base URL.")
    # Self-hosted OpenAI-compatible servers may run without a key; the public APIs never do.
    if not config.api_key and config.kind != "openai_compatible":
        raise ProviderError("invalid_config", "An API key is required.")
    if config.kind == "anthropic":
        from .anthropic_provider import AnthropicProvider

        return AnthropicProvider(config)
    if config.kind == "gemini":
        from .gemini_provider import GeminiProvider

        return GeminiProvider(config)
    from .openai_provider import OpenAIProvider

    return OpenAIProvider(config)
