"""Anthropic Messages API wire format: POST /v1/messages, SSE with `event:` lines."""

from __future__ import annotations

from .base import Error, FakeServer, MidStream, Ok, RecordedRequest, error

# Anthropic's error types per status (https://docs.anthropic.com/en/api/errors).
_ERROR_TYPES = {
    400: ("invalid_request_error", "messages: at least one message is required"),
    401: ("authentication_error", "invalid x-api-key"),
    403: ("permission_error", "Your API key does not have permission to use the specified resource."),
    404: ("not_found_error", "model: not-a-model"),
    413: ("request_too_large", "Request exceeds the maximum allowed number of bytes."),
    429: ("rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit."),
    500: ("api_error", "An unexpected error has occurred internal to Anthropic's systems."),
    529: ("overloaded_error", "Overloaded"),
}


class FakeAnthropic(FakeServer):
    """Speaks to `anthropic.AsyncAnthropic(base_url=server.base_url)` (no /v1: the SDK adds it)."""

    def is_stream_request(self, request: RecordedRequest) -> bool:
        return bool(isinstance(request.body, dict) and request.body.get("stream"))

    def request_key(self, request: RecordedRequest) -> str | None:
        # The API takes `x-api-key`; current SDKs send the key as a bearer token instead.
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        return request.headers.get("x-api-key") or bearer or None

    def auth_error(self) -> Error:
        return error(401)

    def error_body(self, status: int) -> dict:
        error_type, message = _ERROR_TYPES.get(status, ("api_error", "Internal server error"))
        return {"type": "error", "error": {"type": error_type, "message": message}, "request_id": "req_fake"}

    def stream_error_event(self, status: int) -> str:
        return self.sse(self.error_body(status), "error")

    def _model(self, request: RecordedRequest) -> str:
        return (request.body or {}).get("model", "claude-fake")

    def stream_events(self, reply: Ok | MidStream, request: RecordedRequest) -> list[str]:
        input_tokens = reply.input_tokens if isinstance(reply, Ok) else 1
        start = {
            "type": "message_start",
            "message": {
                "id": "msg_fake",
                "type": "message",
                "role": "assistant",
                "model": self._model(request),
                "content": [],
                "stop_reason": None,
                "stop_sequence": None,
                "usage": {"input_tokens": input_tokens, "output_tokens": 1},
            },
        }
        events = [
            self.sse(start, "message_start"),
            self.sse(
                {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
                "content_block_start",
            ),
            self.sse({"type": "ping"}, "ping"),
        ]
        events += [
            self.sse(
                {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": chunk}},
                "content_block_delta",
            )
            for chunk in reply.chunks
        ]
        return events

    def stream_end_events(self, reply: Ok, request: RecordedRequest) -> list[str]:
        return [
            self.sse({"type": "content_block_stop", "index": 0}, "content_block_stop"),
            self.sse(
                {
                    "type": "message_delta",
                    "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                    "usage": {"output_tokens": reply.output_tokens},
                },
                "message_delta",
            ),
            self.sse({"type": "message_stop"}, "message_stop"),
        ]

    def json_body(self, reply: Ok, request: RecordedRequest) -> dict:
        return {
            "id": "msg_fake",
            "type": "message",
            "role": "assistant",
            "model": self._model(request),
            "content": [{"type": "text", "text": reply.text}],
            "stop_reason": "end_turn",
            "stop_sequence": None,
            "usage": {"input_tokens": reply.input_tokens, "output_tokens": reply.output_tokens},
        }
