"""Helpers for the provider contract suite: the fake per kind, a config with short bounds, and runners that
consume a stream or a check from synchronous tests."""

from __future__ import annotations

import asyncio
import dataclasses
import socket
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass

from inquiries.providers import (
    Completed,
    Passage,
    Provider,
    ProviderConfig,
    ProviderError,
    TextDelta,
    Turn,
    build_provider,
)
from tests.fakes import FakeAnthropic, FakeGemini, FakeOpenAI, FakeServer

API_KEY = "sk-test-Geheim-9f8e7d6c5b4a"

FAKES: dict[str, type[FakeServer]] = {
    "anthropic": FakeAnthropic,
    "openai": FakeOpenAI,
    "openai_compatible": FakeOpenAI,
    "gemini": FakeGemini,
}


@dataclass
class Setup:
    kind: str
    server: FakeServer
    config: ProviderConfig

    def provider(self, **overrides: object) -> Provider:
        return build_provider(dataclasses.replace(self.config, **overrides))


def short_config(kind: str, base_url: str | None) -> ProviderConfig:
    return ProviderConfig(
        kind=kind,
        model="test-model",
        api_key=API_KEY,
        base_url=base_url,
        # Short bounds keep the suite fast (the timeout tests shorten them further); the policy is the same as
        # with the defaults.
        connect_timeout=0.5,
        first_token_timeout=2,
        total_timeout=3,
        max_retries=2,
        retry_backoff_base=0.01,
        retry_after_cap=1,
    )


TURNS = [
    Turn("user", "Wie lange habe ich Zeit für eine Rücksendung?"),
    Turn("assistant", "Gern helfe ich. Um welche Bestellung geht es?"),
    Turn("user", "Die Bestellung vom Montag."),
]
PASSAGES = [Passage("kb-12", "Rücksendung", "Artikel können innerhalb von 30 Tagen zurückgeschickt werden.")]
SYSTEM = "Antworte nur aus den Quellen."


@dataclass
class Outcome:
    deltas: list[str]
    completed: Completed | None
    error: ProviderError | None
    seconds: float


def run_stream(
    provider: Provider,
    *,
    system: str = SYSTEM,
    turns: list[Turn] | None = None,
    passages: list[Passage] | None = None,
) -> Outcome:
    """Consume one streamed answer; collects the deltas even when the call fails midway."""

    async def consume() -> Outcome:
        loop = asyncio.get_running_loop()
        started = loop.time()
        deltas: list[str] = []
        completed = None
        error = None
        stream = provider.stream(
            system=system,
            turns=TURNS if turns is None else turns,
            passages=PASSAGES if passages is None else passages,
        )
        try:
            async for event in stream:
                if isinstance(event, TextDelta):
                    assert completed is None, "no delta after Completed"
                    deltas.append(event.text)
                else:
                    assert completed is None, "exactly one Completed"
                    completed = event
        except ProviderError as exc:
            error = exc
        finally:
            await provider.aclose()
        return Outcome(deltas, completed, error, loop.time() - started)

    return asyncio.run(consume())


def run_check(provider: Provider) -> ProviderError | None:
    async def check() -> ProviderError | None:
        try:
            await provider.check()
        except ProviderError as exc:
            return exc
        finally:
            await provider.aclose()
        return None

    return asyncio.run(check())


@contextmanager
def port_that_never_accepts() -> Iterator[int]:
    """A listening port whose accept queue is full, so that new connections hang in the handshake (on Linux the
    SYN is dropped): the stand-in for an unreachable host behind a firewall."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    for _ in range(3):
        filler = socket.socket()
        filler.setblocking(False)
        with suppress(BlockingIOError):
            filler.connect(("127.0.0.1", port))
        fillers.append(filler)
    try:
        yield port
    finally:
        for sock in [*fillers, listener]:
            sock.close()
