"""The fake servers themselves: wire formats, the request log and scripting, as other suites rely on them."""

from __future__ import annotations

import threading
import time

import httpx2
import pytest

from tests.fakes import FakeAnthropic, FakeGemini, FakeOpenAI, error, hang, ok


def post(url: str, body: dict, **headers: str) -> httpx2.Response:
    return httpx2.post(url, json=body, headers=headers, timeout=2, trust_env=False)


def test_anthropic_streams_with_event_lines() -> None:
    with FakeAnthropic() as server:
        server.queue(ok("Hallo Welt", input_tokens=3, output_tokens=2))
        response = post(f"{server.base_url}/v1/messages", {"model": "claude-x", "stream": True, "messages": []})

    assert response.headers["content-type"] == "text/event-stream"
    assert response.headers["transfer-encoding"] == "chunked"
    events = [line.removeprefix("event: ") for line in response.text.splitlines() if line.startswith("event: ")]
    assert events[0] == "message_start"
    assert events.count("content_block_delta") == 2
    assert events[-2:] == ["message_delta", "message_stop"]


def test_openai_streams_data_lines_ending_in_done() -> None:
    with FakeOpenAI() as server:
        body = {"model": "gpt-x", "stream": True, "stream_options": {"include_usage": True}, "messages": []}
        response = post(f"{server.base_url}/chat/completions", body)

    data = [line for line in response.text.splitlines() if line]
    assert all(line.startswith("data: ") for line in data)
    assert data[-1] == "data: [DONE]"
    assert '"usage": {"prompt_tokens": 12' in data[-2]


def test_gemini_streams_for_alt_sse_and_answers_json_otherwise() -> None:
    with FakeGemini() as server:
        streamed = post(f"{server.base_url}/v1beta/models/g:streamGenerateContent?alt=sse", {"contents": []})
        plain = post(f"{server.base_url}/v1beta/models/g:generateContent", {"contents": []})
        paths = [(r.path, r.query) for r in server.requests]

    assert streamed.text.startswith("data: {")
    assert plain.json()["candidates"][0]["content"]["parts"][0]["text"] == "default answer"
    assert paths == [
        ("/v1beta/models/g:streamGenerateContent", {"alt": "sse"}),
        ("/v1beta/models/g:generateContent", {}),
    ]


def test_replies_come_in_queue_order_then_the_default() -> None:
    with FakeOpenAI(default_reply=ok("Standard")) as server:
        server.queue(error(503), ok("Erste"))
        statuses = [post(f"{server.base_url}/chat/completions", {"messages": []}) for _ in range(3)]

    assert [r.status_code for r in statuses] == [503, 200, 200]
    assert [r.json()["choices"][0]["message"]["content"] for r in statuses[1:]] == ["Erste", "Standard"]


def test_the_request_log_has_method_path_headers_and_parsed_body() -> None:
    with FakeAnthropic() as server:
        body = {"model": "claude-x", "messages": [{"role": "user", "content": "Hi"}]}
        post(f"{server.base_url}/v1/messages", body, **{"x-api-key": "k-1"})
        [request] = server.requests

    assert (request.method, request.path) == ("POST", "/v1/messages")
    assert request.headers["x-api-key"] == "k-1"
    assert request.body["messages"][0]["content"] == "Hi"
    assert "Hi" in request.text


@pytest.mark.parametrize(
    ("server_class", "path", "shape"),
    [
        (FakeAnthropic, "/v1/messages", {"type": "error", "error": {"type": "rate_limit_error"}}),
        (FakeOpenAI, "/chat/completions", {"error": {"code": "rate_limit_exceeded"}}),
        (FakeGemini, "/v1beta/models/g:generateContent", {"error": {"status": "RESOURCE_EXHAUSTED", "code": 429}}),
    ],
)
def test_errors_use_the_provider_error_body_and_retry_after(server_class, path: str, shape: dict) -> None:
    with server_class() as server:
        server.queue(error(429, retry_after=3))
        response = post(server.base_url + path, {"messages": []})

    assert response.status_code == 429
    assert response.headers["retry-after"] == "3"
    body = response.json()
    for key, value in shape.items():
        if isinstance(value, dict):
            assert value.items() <= body[key].items()
        else:
            assert body[key] == value


def test_stop_releases_a_hanging_request() -> None:
    server = FakeOpenAI().start()
    server.queue(hang())
    outcome: list[BaseException] = []

    def call() -> None:
        try:
            post(f"{server.base_url}/chat/completions", {"messages": []})
        except httpx2.HTTPError as exc:
            outcome.append(exc)

    caller = threading.Thread(target=call)
    caller.start()
    while not server.requests:
        time.sleep(0.01)
    started = time.monotonic()
    server.stop()
    caller.join(timeout=2)

    assert not caller.is_alive()
    assert outcome and time.monotonic() - started < 1
