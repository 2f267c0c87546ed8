"""pytest fixtures for the fake provider servers; import them into a conftest.py:

from tests.fakes.fixtures import fake_anthropic, fake_gemini, fake_openai  # noqa: F401
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .anthropic_fake import FakeAnthropic
from .base import FakeServer
from .gemini_fake import FakeGemini
from .openai_fake import FakeOpenAI


def _serve(server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeServer]:
    # A proxy configured in the environment would otherwise receive the calls to 127.0.0.1.
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    with server:
        yield server


@pytest.fixture
def fake_anthropic(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeAnthropic]:
    yield from _serve(FakeAnthropic(), monkeypatch)


@pytest.fixture
def fake_openai(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOpenAI]:
    yield from _serve(FakeOpenAI(), monkeypatch)


@pytest.fixture
def fake_gemini(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeGemini]:
    yield from _serve(FakeGemini(), monkeypatch)
