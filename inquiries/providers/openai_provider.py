"""OpenAI Chat Completions, streamed; with the tenant's own base URL also every OpenAI-compatible endpoint
(Mistral, Azure OpenAI, IONOS, STACKIT, Ollama, vLLM)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import openai

from .base import (
    AttemptFailure,
    ProviderConfig,
    SdkProvider,
    Turn,
    Usage,
    error_for_status,
    retry_after_seconds,
)


class OpenAIProvider(SdkProvider):
    default_base_url = "https://api.openai.com/v1"

    def __init__(self, config: ProviderConfig) -> None:
        super().__init__(config)
        # OpenAI's own API wants `max_completion_tokens` (reasoning models reject `max_tokens`); the compatible
        # servers implement the older, universally understood `max_tokens`.
        self.token_limit_param = "max_completion_tokens" if config.kind == "openai" else "max_tokens"

    def _new_client(self) -> openai.AsyncOpenAI:
        return openai.AsyncOpenAI(
            # Self-hosted servers (Ollama, vLLM) often need no key, but the SDK insists on one.
            api_key=self.config.api_key or "no-key",
            base_url=self.base_url,
            max_retries=0,
            timeout=self.transport_timeout,
        )

    async def _attempt(self, system: str, turns: list[Turn]) -> AsyncIterator[str | Usage]:
        usage = Usage(model=self.config.model)
        messages = [{"role": "system", "content": system}] if system else []
        messages += [{"role": turn.role, "content": turn.text} for turn in turns]
        stream = await self.client().chat.completions.create(
            model=self.config.model,
            messages=messages,
            temperature=self.config.temperature,
            stream=True,
            stream_options={"include_usage": True},
            **{self.token_limit_param: self.config.max_output_tokens},
        )
        async with stream:
            async for chunk in stream:
                usage.model = chunk.model or usage.model
                for choice in chunk.choices:
                    if choice.delta and choice.delta.content:
                        yield choice.delta.content
                # With include_usage the last chunk (no choices) carries the figures.
                if chunk.usage is not None:
                    usage.input_tokens = chunk.usage.prompt_tokens
                    usage.output_tokens = chunk.usage.completion_tokens
        yield usage

    async def _ping(self) -> None:
        await self.client().chat.completions.create(
            model=self.config.model,
            messages=[{"role": "user", "content": "ping"}],
            **{self.token_limit_param: 1},
        )

    def _classify(self, exc: Exception) -> AttemptFailure | None:
        message = _error_message(getattr(exc, "body", None))
        if isinstance(exc, openai.APIStatusError):
            return AttemptFailure(error_for_status(exc.status_code, message), retry_after_seconds(exc.response.headers))
        if isinstance(exc, openai.APIError) and not isinstance(exc, openai.APIConnectionError):
            # An error object in the middle of a stream (HTTP status was 200).
            return AttemptFailure(error_for_status(500, message))
        return None


def _error_message(body: object) -> str | None:
    value = body.get("message") if isinstance(body, dict) else None
    return value if isinstance(value, str) else None
