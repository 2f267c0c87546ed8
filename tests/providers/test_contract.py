"""One contract for every SDK-backed provider kind, proven with the real SDK against the kind's fake server."""

from __future__ import annotations

import dataclasses
import logging
import socket

import pytest

from inquiries.providers import build_provider
from tests.fakes import drop_mid_stream, error, hang, ok, stall_mid_stream

from .helpers import (
    API_KEY,
    PASSAGES,
    TURNS,
    Setup,
    port_that_never_accepts,
    run_check,
    run_stream,
    short_config,
)


def sent_system_prompt(kind: str, body: dict) -> str:
    if kind == "anthropic":
        return body["system"]
    if kind == "gemini":
        return "".join(part["text"] for part in body["systemInstruction"]["parts"])
    return body["messages"][0]["content"]


def sent_turns(kind: str, body: dict) -> list[tuple[str, str]]:
    if kind == "gemini":
        roles = {"user": "user", "model": "assistant"}
        return [(roles[c["role"]], "".join(p["text"] for p in c["parts"])) for c in body["contents"]]
    messages = body["messages"] if kind == "anthropic" else body["messages"][1:]
    return [(m["role"], m["content"]) for m in messages]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# -- streaming and usage -----------------------------------------------------------------------------------------


def test_deltas_arrive_in_order_and_the_final_text_is_their_concatenation(setup: Setup) -> None:
    chunks = ["Sie haben ", "30 Tage ", "Zeit ", "für die ", "Rücksendung."]
    setup.server.queue(ok("".join(chunks), chunks=chunks))

    outcome = run_stream(setup.provider())

    assert outcome.error is None
    assert outcome.deltas == chunks
    assert outcome.completed is not None
    assert outcome.completed.text == "".join(chunks)
    assert outcome.completed.attempts == 1


def test_usage_figures_from_the_provider_reach_completed(setup: Setup) -> None:
    setup.server.queue(ok("Gern.", input_tokens=321, output_tokens=45))

    completed = run_stream(setup.provider()).completed

    assert completed is not None
    assert (completed.input_tokens, completed.output_tokens) == (321, 45)
    assert completed.latency_ms >= 0
    assert completed.model


def test_the_request_carries_system_prompt_passages_and_turns(setup: Setup) -> None:
    run_stream(setup.provider(max_output_tokens=123))

    [request] = setup.server.requests
    system = sent_system_prompt(setup.kind, request.body)
    assert system.startswith("Antworte nur aus den Quellen.")
    assert '<source id="kb-12" title="Rücksendung">' in system
    assert PASSAGES[0].text in system
    assert sent_turns(setup.kind, request.body) == [(t.role, t.text) for t in TURNS]
    assert "123" in request.raw_body.decode()  # the output limit, whatever the field is called


def test_the_consumer_may_stop_reading_early(setup: Setup) -> None:
    import asyncio

    setup.server.queue(ok("eins zwei drei vier"))
    provider = setup.provider()

    async def first_delta() -> str:
        stream = provider.stream(system="s", turns=TURNS, passages=[])
        try:
            event = await anext(stream)
        finally:
            await stream.aclose()
            await provider.aclose()
        return event.text

    assert asyncio.run(first_delta()) == "eins "


# -- errors and retries ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (400, "bad_request"),
        (401, "auth_failed"),
        (403, "auth_failed"),
        (404, "invalid_config"),
        (429, "rate_limited"),
        (500, "server_error"),
        (503, "server_error"),
        (529, "overloaded"),
    ],
)
def test_each_error_status_maps_to_its_code(setup: Setup, status: int, code: str) -> None:
    setup.server.queue(error(status))

    outcome = run_stream(setup.provider(max_retries=0))

    assert outcome.error is not None
    assert (outcome.error.code, outcome.error.status, outcome.error.attempts) == (code, status, 1)
    assert outcome.error.retryable is (code in {"rate_limited", "server_error", "overloaded"})
    assert outcome.deltas == []


def test_429_is_retried_after_the_requested_delay(setup: Setup) -> None:
    setup.server.queue(error(429, retry_after=0.3), ok("Jetzt klappt es."))

    outcome = run_stream(setup.provider())

    assert outcome.completed is not None and outcome.completed.attempts == 2
    first, second = setup.server.requests
    assert second.received_at - first.received_at >= 0.28


def test_retry_after_is_capped(setup: Setup) -> None:
    setup.server.queue(error(429, retry_after=30), ok())

    outcome = run_stream(setup.provider(retry_after_cap=0.1))

    assert outcome.completed is not None and outcome.completed.attempts == 2
    assert outcome.seconds < 10  # far from the 30 s the server asked for (margin for a loaded machine)


def test_a_retry_after_beyond_the_time_budget_fails_at_once(setup: Setup) -> None:
    setup.server.queue(error(429, retry_after=30))

    outcome = run_stream(setup.provider(retry_after_cap=60, total_timeout=15))

    assert outcome.error is not None and outcome.error.code == "rate_limited"
    assert outcome.seconds < 10  # did not wait out the budget
    assert len(setup.server.requests) == 1


@pytest.mark.parametrize(("status", "code"), [(500, "server_error"), (529, "overloaded")])
def test_server_errors_are_retried_up_to_max_retries(setup: Setup, status: int, code: str) -> None:
    setup.server.queue(*[error(status)] * 5)

    outcome = run_stream(setup.provider(max_retries=2))

    assert outcome.error is not None
    assert (outcome.error.code, outcome.error.attempts) == (code, 3)
    assert len(setup.server.requests) == 3


def test_a_server_error_then_success_completes(setup: Setup) -> None:
    setup.server.queue(error(500), error(529), ok("Endlich."))

    outcome = run_stream(setup.provider(max_retries=2))

    assert outcome.completed is not None
    assert (outcome.completed.text, outcome.completed.attempts) == ("Endlich.", 3)
    assert outcome.deltas == ["Endlich."]


@pytest.mark.parametrize("status", [400, 401])
def test_client_errors_are_not_retried(setup: Setup, status: int) -> None:
    setup.server.queue(error(status), ok())

    outcome = run_stream(setup.provider(max_retries=2))

    assert outcome.error is not None and not outcome.error.retryable
    assert len(setup.server.requests) == 1


def test_a_failure_after_the_first_delta_is_not_retried(setup: Setup) -> None:
    setup.server.queue(drop_mid_stream("Sie haben "), ok("nicht gesendet"))

    outcome = run_stream(setup.provider(max_retries=2))

    assert outcome.deltas == ["Sie ", "haben "]
    assert outcome.error is not None
    assert (outcome.error.code, outcome.error.attempts) == ("connection_failed", 1)
    assert len(setup.server.requests) == 1


def test_an_unreachable_host_is_retried_then_fails_as_connection_failed(setup: Setup) -> None:
    provider = build_provider(short_config(setup.kind, f"http://127.0.0.1:{closed_port()}/v1"))

    outcome = run_stream(provider)

    assert outcome.error is not None
    assert (outcome.error.code, outcome.error.attempts) == ("connection_failed", 3)
    assert "127.0.0.1" in str(outcome.error)


# -- time bounds -------------------------------------------------------------------------------------------------


def test_a_server_that_never_answers_times_out_at_the_first_token_bound(setup: Setup) -> None:
    setup.server.queue(hang())

    outcome = run_stream(setup.provider(first_token_timeout=0.3, total_timeout=15))

    assert outcome.error is not None and outcome.error.code == "timeout"
    assert 0.25 <= outcome.seconds < 10  # the first-token bound, not the total one
    assert len(setup.server.requests) == 1  # the time budget is spent: no retry


def test_a_stream_stalling_midway_times_out_at_the_total_bound_after_its_deltas(setup: Setup) -> None:
    setup.server.queue(stall_mid_stream("Zum Teil "))

    outcome = run_stream(setup.provider(first_token_timeout=0.8, total_timeout=0.8))

    assert outcome.deltas == ["Zum ", "Teil "]
    assert outcome.completed is None
    assert outcome.error is not None and outcome.error.code == "timeout"
    assert 0.75 <= outcome.seconds < 10


def test_a_host_that_never_completes_the_handshake_fails_at_the_connect_bound(setup: Setup) -> None:
    with port_that_never_accepts() as port:
        config = dataclasses.replace(setup.config, base_url=f"http://127.0.0.1:{port}", connect_timeout=0.2)
        outcome = run_stream(build_provider(dataclasses.replace(config, max_retries=0, first_token_timeout=15)))

    assert outcome.error is not None
    assert outcome.error.code == "connection_failed"
    assert "in time" in str(outcome.error)
    assert outcome.seconds < 10  # the connect bound, not the first-token one


# -- "Verbindung testen" -----------------------------------------------------------------------------------------


def test_check_passes_with_the_right_key(setup: Setup) -> None:
    setup.server.api_key = API_KEY

    assert run_check(setup.provider()) is None
    assert len(setup.server.requests) == 1


def test_check_with_a_wrong_key_names_the_cause_in_plain_words(setup: Setup) -> None:
    setup.server.api_key = "the-right-key"

    failure = run_check(setup.provider())

    assert failure is not None
    assert failure.code == "auth_failed"
    assert "API key" in str(failure)
    assert API_KEY not in str(failure)


def test_check_against_an_unreachable_host_says_so(setup: Setup) -> None:
    failure = run_check(build_provider(short_config(setup.kind, f"http://127.0.0.1:{closed_port()}")))

    assert failure is not None and failure.code == "connection_failed"
    assert "127.0.0.1" in str(failure)


def test_check_against_a_hanging_server_times_out(setup: Setup) -> None:
    setup.server.queue(hang())

    failure = run_check(setup.provider(connect_timeout=0.2, first_token_timeout=0.2))

    assert failure is not None and failure.code == "timeout"


# -- the API key stays secret ------------------------------------------------------------------------------------

SDK_LOGGERS = ["", "anthropic", "openai", "google_genai", "httpx2", "httpcore2", "inquiries.providers"]


def test_the_api_key_never_appears_in_logs_or_errors(setup: Setup, caplog: pytest.LogCaptureFixture) -> None:
    for name in SDK_LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    # A provider that echoes the key back in its error text, as some do.
    echoing = {"error": {"message": f"Incorrect API key provided: {API_KEY}", "type": "authentication_error"}}
    setup.server.queue(ok(), error(429, retry_after=0.01), error(401, body=echoing), error(500), hang())
    provider = setup.provider(max_retries=0)

    outcomes = [run_stream(provider) for _ in range(4)]
    outcomes.append(run_stream(setup.provider(max_retries=0, first_token_timeout=0.2)))
    failures = [o.error for o in outcomes if o.error is not None]
    failures.append(run_check(build_provider(short_config(setup.kind, f"http://127.0.0.1:{closed_port()}"))))

    assert {f.code for f in failures} >= {"rate_limited", "auth_failed", "timeout", "server_error"}
    assert caplog.records, "the loggers were captured"
    for record in caplog.records:
        assert API_KEY not in record.getMessage()
        assert API_KEY not in (caplog.handler.format(record) or "")
    for failure in failures:
        assert API_KEY not in str(failure)
        assert API_KEY not in repr(failure)
        assert all(API_KEY not in str(arg) for arg in failure.args)
    assert API_KEY not in repr(setup.config)
    assert API_KEY not in str(setup.config)
