"""Anthropic Messages API, streamed."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import anthropic

from .base import (
    AttemptFailure,
    ProviderConfig,
    SdkProvider,
    Turn,
    Usage,
    error_for_status,
    retry_after_seconds,
)

# Error types Anthropic sends inside an SSE `error` event, which arrives with HTTP status 200.
_STREAM_ERROR_STATUS = {
    "overloaded_error": 529,
    "rate_limit_error": 429,
    "api_error": 500,
    "authentication_error": 401,
    "permission_error": 403,
    "not_found_error": 404,
    "invalid_request_error": 400,
}


class AnthropicProvider(SdkProvider):
    default_base_url = "https://api.anthropic.com"

    def __init__(self, config: ProviderConfig) -> None:
        super().__init__(config)
        # The SDK appends /v1/messages itself; a pasted ".../v1" would double it.
        self.base_url = re.sub(r"/v1/?$", "", self.base_url)

    def _new_client(self) -> anthropic.AsyncAnthropic:
        return anthropic.AsyncAnthropic(
            api_key=self.config.api_key,
            base_url=self.base_url,
            max_retries=0,
            timeout=self.transport_timeout,
        )

    async def _attempt(self, system: str, turns: list[Turn]) -> AsyncIterator[str | Usage]:
        usage = Usage(model=self.config.model)
        stream = await self.client().messages.create(
            model=self.config.model,
            # No temperature: the current Messages API has dropped sampling parameters.
            max_tokens=self.config.max_output_tokens,
            # The API rejects an empty system text.
            system=system or anthropic.omit,
            messages=[{"role": turn.role, "content": turn.text} for turn in turns],
            stream=True,
        )
        async with stream:
            async for event in stream:
                if event.type == "message_start":
                    usage.input_tokens = event.message.usage.input_tokens
                    usage.output_tokens = event.message.usage.output_tokens
                    usage.model = event.message.model or usage.model
                elif event.type == "content_block_delta" and event.delta.type == "text_delta":
                    yield event.delta.text
                elif event.type == "message_delta":
                    # Cumulative figures; input tokens are repeated here by newer API versions.
                    usage.output_tokens = event.usage.output_tokens
                    if event.usage.input_tokens is not None:
                        usage.input_tokens = event.usage.input_tokens
        yield usage

    async def _ping(self) -> None:
        await self.client().messages.create(
            model=self.config.model,
            max_tokens=1,
            messages=[{"role": "user", "content": "ping"}],
        )

    def _classify(self, exc: Exception) -> AttemptFailure | None:
        if isinstance(exc, anthropic.APIStatusError):
            status = exc.status_code
            error_type = _error_field(exc.body, "type")
            if status == 200 and error_type:
                # An error event in the middle of a stream.
                status = _STREAM_ERROR_STATUS.get(error_type, 500)
            error = error_for_status(status, _error_field(exc.body, "message"))
            return AttemptFailure(error, retry_after_seconds(exc.response.headers))
        return None


def _error_field(body: object, name: str) -> str | None:
    error = body.get("error") if isinstance(body, dict) else None
    value = error.get(name) if isinstance(error, dict) else None
    return value if isinstance(value, str) else None
