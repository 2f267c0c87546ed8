"""Google Gemini API (google-genai), streamed."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import httpx2
from google import genai
from google.genai import errors as genai_errors
from google.genai import types as genai_types

from .base import (
    AttemptFailure,
    ProviderConfig,
    SdkProvider,
    Turn,
    Usage,
    error_for_status,
    retry_after_seconds,
)

DEFAULT_API_VERSION = "v1beta"
_VERSION_SUFFIX = re.compile(r"/(v\d+(?:alpha|beta)?\d*)/?$")


class GeminiProvider(SdkProvider):
    default_base_url = "https://generativelanguage.googleapis.com"

    def __init__(self, config: ProviderConfig) -> None:
        super().__init__(config)
        # The SDK puts the API version between base URL and path; a pasted ".../v1beta" names the version.
        self.api_version = DEFAULT_API_VERSION
        if match := _VERSION_SUFFIX.search(self.base_url):
            self.base_url, self.api_version = self.base_url[: match.start()], match.group(1)

    def _new_client(self) -> genai.client.AsyncClient:
        timeout = self.transport_timeout.as_dict()

        async def stamp_timeout(request: httpx2.Request) -> None:
            # The SDK knows one flat per-request timeout only; this keeps the separate connect bound.
            request.extensions["timeout"] = timeout

        return genai.Client(
            api_key=self.config.api_key,
            # Explicit, so that GOOGLE_GENAI_USE_VERTEXAI in the environment cannot reroute the call.
            vertexai=False,
            http_options=genai_types.HttpOptions(
                base_url=self.base_url,
                api_version=self.api_version,
                timeout=int(self.config.total_timeout * 1000),
                async_client_args={"event_hooks": {"request": [stamp_timeout]}},
            ),
        ).aio

    async def _close_client(self, client: genai.client.AsyncClient) -> None:
        await client.aclose()

    def _generation_config(self, system: str | None, max_output_tokens: int) -> genai_types.GenerateContentConfig:
        return genai_types.GenerateContentConfig(
            system_instruction=system or None,
            max_output_tokens=max_output_tokens,
            temperature=self.config.temperature,
            # Continuation would re-request behind our back; our retry policy counts every request.
            automatic_continuation=False,
        )

    async def _attempt(self, system: str, turns: list[Turn]) -> AsyncIterator[str | Usage]:
        usage = Usage(model=self.config.model)
        contents = [
            genai_types.Content(
                role="model" if turn.role == "assistant" else "user", parts=[genai_types.Part(text=turn.text)]
            )
            for turn in turns
        ]
        stream = await self.client().models.generate_content_stream(
            model=self.config.model,
            contents=contents,
            config=self._generation_config(system, self.config.max_output_tokens),
        )
        try:
            async for chunk in stream:
                usage.model = chunk.model_version or usage.model
                for candidate in chunk.candidates or []:
                    for part in (candidate.content.parts if candidate.content else None) or []:
                        if part.text and not part.thought:
                            yield part.text
                # Every chunk repeats the running totals; the last one is complete.
                if (meta := chunk.usage_metadata) is not None:
                    usage.input_tokens = meta.prompt_token_count or usage.input_tokens
                    usage.output_tokens = meta.candidates_token_count or usage.output_tokens
        finally:
            await stream.aclose()
        yield usage

    async def _ping(self) -> None:
        await self.client().models.generate_content(
            model=self.config.model,
            contents="ping",
            config=self._generation_config(None, 1),
        )

    def _classify(self, exc: Exception) -> AttemptFailure | None:
        if not isinstance(exc, genai_errors.APIError):
            return None
        status = exc.code
        # Gemini answers a wrong key with 400 INVALID_ARGUMENT and the reason in the details.
        if status == 400 and _detail(exc.details, "reason") == "API_KEY_INVALID":
            status = 401
        headers = getattr(exc.response, "headers", None)
        retry_after = retry_after_seconds(headers) if isinstance(headers, httpx2.Headers) else None
        if retry_after is None and (delay := _detail(exc.details, "retryDelay")):
            # google.rpc.RetryInfo: a duration such as "7s" or "0.5s".
            retry_after = float(delay.rstrip("s")) if re.fullmatch(r"\d+(\.\d+)?s", delay) else None
        return AttemptFailure(error_for_status(status, exc.message), retry_after)


def _detail(details: object, name: str) -> str | None:
    """The first `name` among the google.rpc details of an error body."""
    error = details.get("error", details) if isinstance(details, dict) else None
    for item in (error.get("details") if isinstance(error, dict) else None) or []:
        if isinstance(item, dict) and isinstance(item.get(name), str):
            return item[name]
    return None
