"""The provider call layer: one interface over every AI provider kind.

Security-critical: the tenant's API key is handed to us in plain text just in time. It must never reach a log
record, an exception message or a repr. Every error that leaves this package is a `ProviderError` whose message
we wrote ourselves (plus, at most, the provider's short error text), scrubbed of the key. SDK exceptions are not
chained (`from None`) because their text and attached request objects are outside our control.

The retry and time policy lives here, once, in `SdkProvider.stream`; the SDK modules only open one attempt and
classify their own exceptions. The SDKs' built-in retries are turned off so that attempt counts are exact.
"""

from __future__ import annotations

import asyncio
import email.utils
import html
import logging
import random
import re
import time
import weakref
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, Protocol
from urllib.parse import urlsplit

import httpx2

logger = logging.getLogger("inquiries.providers")

# The default system prompt (built by the caller) tells the model to answer exactly this when the sources do not
# cover the question; the pipeline then hands the conversation to a human.
HANDOFF_MARKER = "[[HANDOFF]]"


def is_handoff(text: str) -> bool:
    """Whether an answer signals that the model cannot help (models sometimes wrap the marker in words)."""
    return HANDOFF_MARKER in text


def may_become_handoff(prefix: str) -> bool:
    """Whether the deltas so far could still turn into the marker: hold them back from the customer until not."""
    return HANDOFF_MARKER.startswith(prefix.lstrip())


ProviderKind = Literal["anthropic", "openai", "gemini", "openai_compatible", "local"]
PROVIDER_KINDS: tuple[str, ...] = ("anthropic", "openai", "gemini", "openai_compatible", "local")

ErrorCode = Literal[
    "timeout",
    "rate_limited",
    "overloaded",
    "server_error",
    "auth_failed",
    "bad_request",
    "connection_failed",
    "invalid_config",
]

# Transient failures: a later attempt may succeed. A timeout is not among them because the time budget of the
# customer's turn is spent when it fires.
RETRYABLE_CODES = frozenset({"rate_limited", "overloaded", "server_error", "connection_failed"})

# Provider error texts are shown to tenant admins ("Verbindung testen"); keep them short.
_PROVIDER_TEXT_LIMIT = 200


@dataclass(frozen=True)
class ProviderConfig:
    """One provider registration, ready to call. Times are in seconds.

    `connect_timeout` bounds the TCP/TLS connect, `first_token_timeout` the wait from the start of an attempt to
    its first text delta, `total_timeout` the whole call including retries and backoff. `max_retries` counts
    retries after the first attempt; the backoff doubles from `retry_backoff_base`, and a provider's Retry-After
    is honoured up to `retry_after_cap`.
    """

    kind: ProviderKind
    model: str
    api_key: str = field(repr=False)
    base_url: str | None = None
    connect_timeout: float = 5
    first_token_timeout: float = 20
    total_timeout: float = 60
    max_output_tokens: int = 800
    temperature: float = 0.2
    max_retries: int = 2
    retry_backoff_base: float = 0.5
    retry_after_cap: float = 10


@dataclass(frozen=True)
class Turn:
    role: Literal["user", "assistant"]
    text: str


@dataclass(frozen=True)
class Passage:
    id: str
    title: str
    text: str


@dataclass(frozen=True)
class TextDelta:
    text: str


@dataclass(frozen=True)
class Completed:
    """The end of a successful stream. `latency_ms` runs from the call to the end, retries included."""

    text: str
    input_tokens: int
    output_tokens: int
    latency_ms: int
    attempts: int
    model: str


StreamEvent = TextDelta | Completed


class ProviderError(Exception):
    """A failed provider call, in plain words, never containing the API key.

    `code` is machine-readable (the caller translates it), `retryable` says whether the failure is transient,
    `status` is the provider's HTTP status when there was one, `attempts` how many requests were made.
    """

    def __init__(
        self,
        code: ErrorCode,
        message: str,
        *,
        status: int | None = None,
        attempts: int = 1,
        retryable: bool | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status
        self.attempts = attempts
        self.retryable = code in RETRYABLE_CODES if retryable is None else retryable

    def __repr__(self) -> str:
        return f"ProviderError(code={self.code!r}, status={self.status!r}, message={self.message!r})"


# A key this long never turns up in ordinary text by chance, so it is removed wherever it appears. A shorter one (a
# placeholder for an endpoint that checks no key, or one saved before short keys were refused) is removed only where
# it stands as a token of its own: removing it inside words ("api" in "api-keys") would garble the text it protects.
SCRUB_ANYWHERE_LENGTH = 16


def scrub(text: str, secret: str) -> str:
    """Remove the secret from text (the safeguard for anything a provider sends back); see SCRUB_ANYWHERE_LENGTH."""
    if not secret:
        return text
    if len(secret) >= SCRUB_ANYWHERE_LENGTH:
        return text.replace(secret, "[redacted]")
    return re.sub(rf"(?<![\w-]){re.escape(secret)}(?![\w-])", "[redacted]", text)


class Provider(Protocol):
    config: ProviderConfig
    #: The endpoint host that receives the data (for the transfer record); "" for the local kind.
    host: str

    def stream(self, *, system: str, turns: list[Turn], passages: list[Passage]) -> AsyncIterator[StreamEvent]:
        """Yield `TextDelta`s as they arrive, then exactly one `Completed`; raise `ProviderError` on failure."""
        ...

    async def check(self) -> None:
        """Make a minimal real call ("Verbindung testen"); raise `ProviderError` with a plain cause."""
        ...

    async def aclose(self) -> None:
        """Release network connections held for this event loop."""
        ...


def render_passages(passages: list[Passage]) -> str:
    """The knowledge passages as the model sees them, with the ids it cites."""
    if not passages:
        return ""
    blocks = [
        f'<source id="{html.escape(p.id)}" title="{html.escape(p.title)}">\n{p.text.strip()}\n</source>'
        for p in passages
    ]
    return "<sources>\n" + "\n".join(blocks) + "\n</sources>"


def compose_system(system: str, passages: list[Passage]) -> str:
    rendered = render_passages(passages)
    return f"{system.rstrip()}\n\n{rendered}" if rendered else system


def word_count(text: str) -> int:
    return len(text.split())


def validate_base_url(base_url: str) -> None:
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ProviderError("invalid_config", "The base URL must be an http:// or https:// address with a host name.")


def retry_after_seconds(headers: httpx2.Headers | None) -> float | None:
    """The provider's requested wait, from `retry-after-ms` or `Retry-After` (seconds or an HTTP date)."""
    if headers is None:
        return None
    if (millis := headers.get("retry-after-ms")) is not None:
        try:
            return max(float(millis) / 1000, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max((when - datetime.now(UTC)).total_seconds(), 0.0)


@dataclass
class Usage:
    """Token usage and the model name as one attempt reports them (the last report wins)."""

    input_tokens: int = 0
    output_tokens: int = 0
    model: str = ""


@dataclass
class AttemptFailure:
    """A classified attempt failure, with the wait the provider asked for (if any)."""

    error: ProviderError
    retry_after: float | None = None


def error_for_status(status: int, provider_text: str | None = None) -> ProviderError:
    """Map an HTTP status (and the provider's short error text) to our error code and a plain message."""
    detail = f" Provider says: {provider_text[:_PROVIDER_TEXT_LIMIT]}" if provider_text else ""
    if status == 429:
        code, message = "rate_limited", "The AI provider is limiting requests (HTTP 429)."
    elif status == 529:
        code, message = "overloaded", "The AI provider is overloaded (HTTP 529)."
    elif status >= 500:
        code, message = "server_error", f"The AI provider had a server error (HTTP {status})."
    elif status in (401, 403):
        code, message = "auth_failed", f"The AI provider rejected the API key (HTTP {status})."
    elif status == 404:
        code = "invalid_config"
        message = "The AI provider does not know this model or address (HTTP 404): check the model and base URL."
    else:
        code, message = "bad_request", f"The AI provider rejected the request (HTTP {status})."
    return ProviderError(code, message + detail, status=status)


def error_for_transport(exc: BaseException, host: str) -> ProviderError | None:
    """Map httpx2 transport exceptions (raw, or as the cause of an SDK exception) to our errors."""
    current: BaseException | None = exc
    while current is not None:
        if isinstance(current, httpx2.ConnectTimeout):
            return ProviderError("connection_failed", f"Could not connect to {host or 'the AI provider'} in time.")
        if isinstance(current, httpx2.TimeoutException):
            return ProviderError("timeout", "The AI provider did not answer in time.")
        if isinstance(current, (httpx2.ConnectError, httpx2.UnsupportedProtocol, httpx2.ProxyError)):
            return ProviderError("connection_failed", f"Could not connect to {host or 'the AI provider'}.")
        if isinstance(current, (httpx2.NetworkError, httpx2.RemoteProtocolError)):
            return ProviderError("connection_failed", f"The connection to {host or 'the AI provider'} broke off.")
        current = current.__cause__ or current.__context__
    return None


class SdkProvider:
    """Shared policy for the SDK-backed kinds: retries, time bounds, error mapping and logging.

    Subclasses implement `_new_client` (the SDK's async client, its own retries off), `_attempt` (one request,
    yielding text pieces and `Usage` reports), `_ping` (the cheapest real call) and `_classify` (SDK exception ->
    `AttemptFailure`, or None when it is not an SDK error).

    The SDK client is kept per event loop and reused: building one costs tens of milliseconds and a new TCP/TLS
    connection, and its connection pool cannot cross event loops.
    """

    #: Where the kind's public API lives. Passed to the SDK explicitly, so that an environment variable such as
    #: OPENAI_BASE_URL cannot send a tenant's data to a host the transfer record does not name.
    default_base_url = ""

    def __init__(self, config: ProviderConfig) -> None:
        self.config = config
        self.base_url = config.base_url or self.default_base_url
        self.host = urlsplit(self.base_url).hostname or ""
        # Socket-level bounds; the first-token and total bounds are enforced above the SDK with asyncio.
        self.transport_timeout = httpx2.Timeout(config.total_timeout, connect=config.connect_timeout)
        self._clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Any] = weakref.WeakKeyDictionary()

    def client(self) -> Any:
        loop = asyncio.get_running_loop()
        if (client := self._clients.get(loop)) is None:
            client = self._clients[loop] = self._new_client()
        return client

    async def aclose(self) -> None:
        """Close this event loop's SDK client and its connections (optional: unclosed ones go with the loop)."""
        if (client := self._clients.pop(asyncio.get_running_loop(), None)) is not None:
            await self._close_client(client)

    def _new_client(self) -> Any:
        raise NotImplementedError

    async def _close_client(self, client: Any) -> None:
        await client.close()

    def _attempt(self, system: str, turns: list[Turn]) -> AsyncIterator[str | Usage]:
        raise NotImplementedError

    async def _ping(self) -> None:
        raise NotImplementedError

    def _classify(self, exc: Exception) -> AttemptFailure | None:
        raise NotImplementedError

    def _failure(self, exc: Exception) -> AttemptFailure:
        if isinstance(exc, ProviderError):
            return AttemptFailure(exc)
        failure = self._classify(exc)
        if failure is None:
            transport = error_for_transport(exc, self.host)
            failure = AttemptFailure(
                transport
                or ProviderError(
                    "server_error",
                    f"Unexpected response from the AI provider ({type(exc).__name__}).",
                    retryable=False,
                )
            )
        # The safeguard: whatever text we took from the provider, the key does not survive it.
        failure.error.message = scrub(failure.error.message, self.config.api_key)
        failure.error.args = (failure.error.message,)
        return failure

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(retry_after, self.config.retry_after_cap)
        base = self.config.retry_backoff_base * 2 ** (attempt - 1)
        # Jitter spreads the retries of many conversations hit by the same outage.
        return base * (0.5 + random.random() / 2)

    def _log(self, level: int, outcome: str, *, attempt: int, started: float, status: int | None = None) -> None:
        logger.log(
            level,
            "provider call %s kind=%s model=%s host=%s status=%s attempt=%d latency_ms=%d",
            outcome,
            self.config.kind,
            self.config.model,
            self.host,
            status,
            attempt,
            (time.monotonic() - started) * 1000,
        )

    async def stream(self, *, system: str, turns: list[Turn], passages: list[Passage]) -> AsyncIterator[StreamEvent]:
        if not turns:
            raise ProviderError("bad_request", "There is no message to answer.", attempts=0)
        loop = asyncio.get_running_loop()
        started = time.monotonic()
        deadline = loop.time() + self.config.total_timeout
        full_system = compose_system(system, passages)
        attempt = 0
        while True:
            attempt += 1
            attempt_started = time.monotonic()
            first_token_deadline = min(loop.time() + self.config.first_token_timeout, deadline)
            pieces: list[str] = []
            usage = Usage()
            events = self._attempt(full_system, turns)
            try:
                while True:
                    # The bound wraps each wait for the SDK, never our own `yield`: a timeout scope around a
                    # yield would cancel the consumer's code instead of the provider call.
                    try:
                        async with asyncio.timeout_at(deadline if pieces else first_token_deadline):
                            item = await anext(events)
                    except StopAsyncIteration:
                        break
                    except TimeoutError:
                        raise ProviderError("timeout", "The AI provider did not answer in time.") from None
                    if isinstance(item, Usage):
                        usage = item
                    elif item:
                        pieces.append(item)
                        yield TextDelta(item)
            except Exception as exc:  # every failure becomes a ProviderError, retried or raised
                failure = self._failure(exc)
                error = failure.error
                error.attempts = attempt
                delay = self._backoff(attempt, failure.retry_after)
                may_retry = (
                    error.retryable
                    and not pieces
                    and attempt <= self.config.max_retries
                    and loop.time() + delay < deadline
                )
                self._log(
                    logging.WARNING,
                    f"failed code={error.code}",
                    attempt=attempt,
                    started=attempt_started,
                    status=error.status,
                )
                if not may_retry:
                    raise error from None
                await asyncio.sleep(delay)
                continue
            finally:
                await events.aclose()
            self._log(logging.INFO, "completed", attempt=attempt, started=attempt_started, status=200)
            text = "".join(pieces)
            yield Completed(
                text=text,
                input_tokens=usage.input_tokens,
                output_tokens=usage.output_tokens,
                latency_ms=int((time.monotonic() - started) * 1000),
                attempts=attempt,
                model=usage.model or self.config.model,
            )
            return

    async def check(self) -> None:
        started = time.monotonic()
        try:
            async with asyncio.timeout(self.config.connect_timeout + self.config.first_token_timeout):
                await self._ping()
        except TimeoutError:
            error = ProviderError("timeout", f"{self.host or 'The AI provider'} did not answer in time.")
        except Exception as exc:  # every failure becomes a ProviderError
            error = self._failure(exc).error
        else:
            self._log(logging.INFO, "check ok", attempt=1, started=started, status=200)
            return
        self._log(logging.WARNING, f"check failed code={error.code}", attempt=1, started=started, status=error.status)
        raise error from None
