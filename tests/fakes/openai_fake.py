"""OpenAI Chat Completions wire format: POST /v1/chat/completions, SSE `data:` chunks ending in `data: [DONE]`.
Also the fake for every OpenAI-compatible endpoint (Mistral, Azure, IONOS, STACKIT, Ollama, vLLM)."""

from __future__ import annotations

from .base import Error, FakeServer, MidStream, Ok, RecordedRequest, error

# OpenAI's error bodies per status: (type, code, message).
_ERRORS = {
    400: ("invalid_request_error", None, "Invalid value for 'messages': the array must not be empty."),
    401: ("invalid_request_error", "invalid_api_key", "Incorrect API key provided."),
    403: ("invalid_request_error", "unsupported_country_region_territory", "Country not supported"),
    404: ("invalid_request_error", "model_not_found", "The model `not-a-model` does not exist."),
    429: ("requests", "rate_limit_exceeded", "Rate limit reached for requests."),
    500: ("server_error", None, "The server had an error while processing your request."),
    503: ("server_error", None, "The engine is currently overloaded, please try again later."),
}


class FakeOpenAI(FakeServer):
    """Speaks to `openai.AsyncOpenAI(base_url=server.base_url)` (with /v1, as the SDK expects)."""

    base_path = "/v1"

    def is_stream_request(self, request: RecordedRequest) -> bool:
        return bool(isinstance(request.body, dict) and request.body.get("stream"))

    def request_key(self, request: RecordedRequest) -> str | None:
        return request.headers.get("authorization", "").removeprefix("Bearer ") or None

    def auth_error(self) -> Error:
        return error(401)

    def error_body(self, status: int) -> dict:
        error_type, code, message = _ERRORS.get(status, ("server_error", None, "Internal server error"))
        return {"error": {"message": message, "type": error_type, "param": None, "code": code}}

    def _chunk(self, request: RecordedRequest, delta: dict, finish_reason: str | None = None) -> dict:
        return {
            "id": "chatcmpl-fake",
            "object": "chat.completion.chunk",
            "created": 1_700_000_000,
            "model": (request.body or {}).get("model", "gpt-fake"),
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}],
        }

    def stream_events(self, reply: Ok | MidStream, request: RecordedRequest) -> list[str]:
        events = [self.sse(self._chunk(request, {"role": "assistant", "content": ""}))]
        events += [self.sse(self._chunk(request, {"content": chunk})) for chunk in reply.chunks]
        return events

    def stream_end_events(self, reply: Ok, request: RecordedRequest) -> list[str]:
        events = [self.sse(self._chunk(request, {}, "stop"))]
        if ((request.body or {}).get("stream_options") or {}).get("include_usage"):
            usage_chunk = self._chunk(request, {})
            usage_chunk["choices"] = []
            usage_chunk["usage"] = self._usage(reply)
            events.append(self.sse(usage_chunk))
        events.append(self.sse("[DONE]"))
        return events

    def _usage(self, reply: Ok) -> dict:
        return {
            "prompt_tokens": reply.input_tokens,
            "completion_tokens": reply.output_tokens,
            "total_tokens": reply.input_tokens + reply.output_tokens,
        }

    def json_body(self, reply: Ok, request: RecordedRequest) -> dict:
        return {
            "id": "chatcmpl-fake",
            "object": "chat.completion",
            "created": 1_700_000_000,
            "model": (request.body or {}).get("model", "gpt-fake"),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": reply.text, "refusal": None},
                    "logprobs": None,
                    "finish_reason": "stop",
                }
            ],
            "usage": self._usage(reply),
        }
