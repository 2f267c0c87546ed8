"""Fake AI provider servers for tests: real SDKs, real HTTP, scripted replies. See README.md."""

from .anthropic_fake import FakeAnthropic
from .base import (
    FakeServer,
    RecordedRequest,
    drop_mid_stream,
    error,
    error_mid_stream,
    hang,
    ok,
    stall_mid_stream,
)
from .gemini_fake import FakeGemini
from .openai_fake import FakeOpenAI

__all__ = [
    "FakeAnthropic",
    "FakeGemini",
    "FakeOpenAI",
    "FakeServer",
    "RecordedRequest",
    "drop_mid_stream",
    "error",
    "error_mid_stream",
    "hang",
    "ok",
    "stall_mid_stream",
]
