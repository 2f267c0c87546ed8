"""The pieces shared by all kinds: configuration, validation, passages, errors and Retry-After parsing."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx2
import pytest

from inquiries.providers import (
    HANDOFF_MARKER,
    Passage,
    ProviderConfig,
    ProviderError,
    build_provider,
    is_handoff,
    may_become_handoff,
    render_passages,
)
from inquiries.providers.base import error_for_transport, retry_after_seconds, scrub

KEY = "sk-ant-Geheim-1234"


def config(**overrides: object) -> ProviderConfig:
    base = ProviderConfig(kind="anthropic", model="claude-x", api_key=KEY, base_url=None)
    return dataclasses.replace(base, **overrides)


def test_the_config_repr_never_shows_the_key() -> None:
    assert KEY not in repr(config())
    assert KEY not in str(config())


def test_defaults_bound_every_call() -> None:
    c = config()
    assert (c.connect_timeout, c.first_token_timeout, c.total_timeout) == (5, 20, 60)
    assert (c.max_retries, c.retry_backoff_base, c.retry_after_cap) == (2, 0.5, 10)


@pytest.mark.parametrize(
    ("overrides", "needle"),
    [
        ({"kind": "watson"}, "kind"),
        ({"model": ""}, "model"),
        ({"api_key": ""}, "API key"),
        ({"base_url": "ftp://files.example.com"}, "http"),
        ({"base_url": "localhost:11434/v1"}, "http"),
        ({"base_url": "https://"}, "host"),
        ({"kind": "openai_compatible"}, "base URL"),
    ],
)
def test_unusable_configurations_are_refused_in_plain_words(overrides: dict, needle: str) -> None:
    with pytest.raises(ProviderError) as raised:
        build_provider(config(**overrides))

    assert raised.value.code == "invalid_config"
    assert needle in str(raised.value)


def test_local_needs_neither_key_nor_base_url() -> None:
    build_provider(ProviderConfig(kind="local", model="", api_key=""))


def test_providers_are_reused_for_the_same_configuration() -> None:
    assert build_provider(config()) is build_provider(config())
    assert build_provider(config()) is not build_provider(config(api_key="sk-ant-other"))


def test_passages_are_rendered_with_their_ids_and_escaped_titles() -> None:
    passages = [Passage("kb-1", 'Die "beste" Wahl', "Text eins."), Passage("kb-2", "Zwei", " Text zwei.\n")]

    rendered = render_passages(passages)

    assert rendered == (
        "<sources>\n"
        '<source id="kb-1" title="Die &quot;beste&quot; Wahl">\nText eins.\n</source>\n'
        '<source id="kb-2" title="Zwei">\nText zwei.\n</source>\n'
        "</sources>"
    )
    assert render_passages([]) == ""


@pytest.mark.parametrize(
    ("code", "retryable"),
    [
        ("timeout", False),
        ("rate_limited", True),
        ("overloaded", True),
        ("server_error", True),
        ("connection_failed", True),
        ("auth_failed", False),
        ("bad_request", False),
        ("invalid_config", False),
    ],
)
def test_transient_error_codes_are_retryable(code: str, retryable: bool) -> None:
    error = ProviderError(code, "x", status=500, attempts=2)
    assert error.retryable is retryable
    assert (error.code, error.status, error.attempts) == (code, 500, 2)


def test_scrub_removes_the_key_everywhere() -> None:
    assert scrub(f"bad key {KEY}; again {KEY}", KEY) == "bad key [redacted]; again [redacted]"
    assert scrub(f"glued:x{KEY}y", KEY) == "glued:x[redacted]y"
    assert scrub("nothing to hide", "") == "nothing to hide"


def test_a_short_key_is_scrubbed_only_where_it_stands_alone_so_words_stay_readable() -> None:
    text = "Incorrect API key provided: abc. Your abcd-xyz token is not abc_1; see https://x.example/abc?q=abc"
    assert scrub(text, "abc") == (
        "Incorrect API key provided: [redacted]. Your abcd-xyz token is not abc_1; see https://x.example/[redacted]?q=[redacted]"
    )
    assert (
        scrub("Schlüssel ollama abgelehnt; ollamas Modell", "ollama")
        == "Schlüssel [redacted] abgelehnt; ollamas Modell"
    )


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [
        ({}, None),
        ({"retry-after": "7"}, 7.0),
        ({"retry-after": "0.25"}, 0.25),
        ({"retry-after": "-3"}, 0.0),
        ({"retry-after-ms": "1500", "retry-after": "9"}, 1.5),
        ({"retry-after": "soon"}, None),
    ],
)
def test_retry_after_is_read_in_seconds(headers: dict, seconds: float | None) -> None:
    assert retry_after_seconds(httpx2.Headers(headers)) == seconds


def test_retry_after_may_be_an_http_date() -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)

    assert 28 <= retry_after_seconds(httpx2.Headers({"retry-after": when})) <= 30


@pytest.mark.parametrize(
    ("overrides", "host"),
    [
        ({}, "api.anthropic.com"),
        ({"kind": "openai"}, "api.openai.com"),
        ({"kind": "gemini"}, "generativelanguage.googleapis.com"),
        ({"kind": "openai_compatible", "base_url": "https://api.mistral.ai/v1"}, "api.mistral.ai"),
        ({"base_url": "http://10.0.0.5:8080"}, "10.0.0.5"),
        ({"kind": "local", "api_key": ""}, ""),
    ],
)
def test_the_provider_names_the_host_that_receives_the_data(overrides: dict, host: str) -> None:
    assert build_provider(config(**overrides)).host == host


def test_the_handoff_marker_is_recognised_even_inside_words() -> None:
    assert is_handoff(HANDOFF_MARKER)
    assert is_handoff(f"Dazu habe ich leider nichts. {HANDOFF_MARKER}")
    assert not is_handoff("Sie haben 30 Tage Zeit.")


@pytest.mark.parametrize(
    ("prefix", "held_back"),
    [("", True), ("[[", True), (" [[HAND", True), (HANDOFF_MARKER, True), ("Sie", False), ("[[HANDOFF]] x", False)],
)
def test_deltas_are_held_back_while_they_may_become_the_marker(prefix: str, held_back: bool) -> None:
    assert may_become_handoff(prefix) is held_back


def test_transport_exceptions_map_to_plain_codes_even_when_wrapped() -> None:
    request = httpx2.Request("POST", "https://api.example.com/v1/messages")
    wrapped = RuntimeError("SDK error")
    wrapped.__cause__ = httpx2.ReadTimeout("read", request=request)

    assert error_for_transport(httpx2.ReadTimeout("read", request=request), "h").code == "timeout"
    assert error_for_transport(wrapped, "h").code == "timeout"
    assert error_for_transport(httpx2.ConnectTimeout("c", request=request), "h").code == "connection_failed"
    assert error_for_transport(httpx2.ConnectError("c", request=request), "h").code == "connection_failed"
    assert error_for_transport(httpx2.RemoteProtocolError("p", request=request), "h").code == "connection_failed"
    assert error_for_transport(ValueError("other"), "h") is None


@pytest.mark.parametrize(
    ("kind", "variable", "expected"),
    [
        ("anthropic", "ANTHROPIC_BASE_URL", "https://api.anthropic.com"),
        ("openai", "OPENAI_BASE_URL", "https://api.openai.com/v1/"),
    ],
)
def test_environment_variables_cannot_reroute_the_public_apis(
    monkeypatch: pytest.MonkeyPatch, kind: str, variable: str, expected: str
) -> None:
    monkeypatch.setenv(variable, "http://elsewhere.example")
    provider = build_provider(config(kind=kind))

    async def sdk_base_url() -> str:
        return str(provider.client().base_url)

    assert asyncio.run(sdk_base_url()) == expected
