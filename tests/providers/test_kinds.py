"""What differs between the kinds: base URLs, request fields, and each provider's own ways of failing."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from inquiries.providers import build_provider
from tests.fakes import FakeAnthropic, FakeGemini, FakeOpenAI, error, error_mid_stream, ok

from .helpers import run_check, run_stream, short_config


@pytest.fixture
def anthropic() -> Iterator[FakeAnthropic]:
    with FakeAnthropic() as server:
        yield server


@pytest.fixture
def openai() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


@pytest.fixture
def gemini() -> Iterator[FakeGemini]:
    with FakeGemini() as server:
        yield server


def test_anthropic_accepts_a_base_url_pasted_with_v1(anthropic: FakeAnthropic) -> None:
    outcome = run_stream(build_provider(short_config("anthropic", anthropic.base_url + "/v1/")))

    assert outcome.completed is not None
    assert anthropic.requests[0].path == "/v1/messages"


def test_anthropic_error_event_before_the_first_delta_is_retried(anthropic: FakeAnthropic) -> None:
    anthropic.queue(error_mid_stream(529), ok("Wieder da."))

    outcome = run_stream(build_provider(short_config("anthropic", anthropic.base_url)))

    assert outcome.completed is not None and outcome.completed.attempts == 2
    assert outcome.completed.text == "Wieder da."


def test_anthropic_error_event_after_a_delta_fails_as_overloaded(anthropic: FakeAnthropic) -> None:
    anthropic.queue(error_mid_stream(529, "Ich "))

    outcome = run_stream(build_provider(short_config("anthropic", anthropic.base_url)))

    assert outcome.deltas == ["Ich "]
    assert outcome.error is not None
    assert (outcome.error.code, outcome.error.attempts) == ("overloaded", 1)


@pytest.mark.parametrize(("kind", "field"), [("openai", "max_completion_tokens"), ("openai_compatible", "max_tokens")])
def test_openai_kinds_send_their_output_limit_and_ask_for_usage(openai: FakeOpenAI, kind: str, field: str) -> None:
    run_stream(build_provider(short_config(kind, openai.base_url)))

    body = openai.requests[0].body
    assert body[field] == 800
    assert body["stream"] is True
    assert body["stream_options"] == {"include_usage": True}
    assert openai.requests[0].path == "/v1/chat/completions"


def test_openai_compatible_runs_without_a_key(openai: FakeOpenAI) -> None:
    provider = build_provider(dataclasses.replace(short_config("openai_compatible", openai.base_url), api_key=""))

    assert run_stream(provider).completed is not None


def test_openai_error_inside_the_stream_is_a_server_error(openai: FakeOpenAI) -> None:
    openai.queue(error_mid_stream(500, "Teil "))

    outcome = run_stream(build_provider(short_config("openai", openai.base_url)))

    assert outcome.deltas == ["Teil "]
    assert outcome.error is not None and outcome.error.code == "server_error"


def test_gemini_streams_over_sse_with_the_configured_api_version(gemini: FakeGemini) -> None:
    run_stream(build_provider(short_config("gemini", gemini.base_url + "/v1alpha")))

    [request] = gemini.requests
    assert request.path == "/v1alpha/models/test-model:streamGenerateContent"
    assert request.query == {"alt": "sse"}
    assert request.body["generationConfig"]["maxOutputTokens"] == 800


def test_gemini_defaults_to_v1beta(gemini: FakeGemini) -> None:
    run_stream(build_provider(short_config("gemini", gemini.base_url)))

    assert gemini.requests[0].path.startswith("/v1beta/models/")


def test_gemini_honours_the_retry_delay_in_its_error_details(gemini: FakeGemini) -> None:
    body = {
        "error": {
            "code": 429,
            "message": "Resource has been exhausted (e.g. check quota).",
            "status": "RESOURCE_EXHAUSTED",
            "details": [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "0.3s"}],
        }
    }
    gemini.queue(error(429, body=body), ok())

    outcome = run_stream(build_provider(short_config("gemini", gemini.base_url)))

    assert outcome.completed is not None and outcome.completed.attempts == 2
    first, second = gemini.requests
    assert second.received_at - first.received_at >= 0.28


def test_gemini_wrong_key_is_reported_as_auth_failed(gemini: FakeGemini) -> None:
    gemini.api_key = "another-key"

    failure = run_check(build_provider(short_config("gemini", gemini.base_url)))

    assert failure is not None and failure.code == "auth_failed"
    assert gemini.requests[0].path == "/v1beta/models/test-model:generateContent"


def test_gemini_error_inside_the_stream_maps_by_its_code(gemini: FakeGemini) -> None:
    gemini.queue(error_mid_stream(503, "Teil "))

    outcome = run_stream(build_provider(short_config("gemini", gemini.base_url)))

    assert outcome.deltas == ["Teil "]
    assert outcome.error is not None and outcome.error.code == "server_error"
