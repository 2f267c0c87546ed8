"""Gemini API wire format: POST /{version}/models/{model}:streamGenerateContent?alt=sse (SSE `data:` lines) and
:generateContent (JSON)."""

from __future__ import annotations

from .base import Error, FakeServer, MidStream, Ok, RecordedRequest, error

# google.rpc status names and Gemini's messages per HTTP status.
_ERRORS = {
    400: ("INVALID_ARGUMENT", "Request contains an invalid argument."),
    401: ("UNAUTHENTICATED", "Request had invalid authentication credentials."),
    403: ("PERMISSION_DENIED", "Method doesn't allow unregistered callers."),
    404: ("NOT_FOUND", "models/not-a-model is not found for API version v1beta."),
    429: ("RESOURCE_EXHAUSTED", "Resource has been exhausted (e.g. check quota)."),
    500: ("INTERNAL", "An internal error has occurred."),
    503: ("UNAVAILABLE", "The model is overloaded. Please try again later."),
}


class FakeGemini(FakeServer):
    """Speaks to `genai.Client(http_options=HttpOptions(base_url=server.base_url, api_version="v1beta"))`."""

    def is_stream_request(self, request: RecordedRequest) -> bool:
        return request.path.endswith(":streamGenerateContent")

    def request_key(self, request: RecordedRequest) -> str | None:
        return request.headers.get("x-goog-api-key") or request.query.get("key")

    def auth_error(self) -> Error:
        # What Gemini really answers to a wrong key: 400, not 401, with the reason in the details.
        return error(
            400,
            {
                "error": {
                    "code": 400,
                    "message": "API key not valid. Please pass a valid API key.",
                    "status": "INVALID_ARGUMENT",
                    "details": [
                        {
                            "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                            "reason": "API_KEY_INVALID",
                            "domain": "googleapis.com",
                            "metadata": {"service": "generativelanguage.googleapis.com"},
                        }
                    ],
                }
            },
        )

    def error_body(self, status: int) -> dict:
        name, message = _ERRORS.get(status, ("UNKNOWN", "Unknown error."))
        return {"error": {"code": status, "message": message, "status": name}}

    def _response(self, text: str, *, usage: dict | None, finish: bool) -> dict:
        candidate: dict = {"content": {"parts": [{"text": text}], "role": "model"}, "index": 0}
        if finish:
            candidate["finishReason"] = "STOP"
        body: dict = {"candidates": [candidate], "modelVersion": "gemini-fake-001", "responseId": "fake"}
        if usage is not None:
            body["usageMetadata"] = usage
        return body

    @staticmethod
    def _usage(input_tokens: int, output_tokens: int) -> dict:
        return {
            "promptTokenCount": input_tokens,
            "candidatesTokenCount": output_tokens,
            "totalTokenCount": input_tokens + output_tokens,
        }

    def stream_events(self, reply: Ok | MidStream, request: RecordedRequest) -> list[str]:
        input_tokens = reply.input_tokens if isinstance(reply, Ok) else 1
        # Real Gemini sends running usage totals with every chunk; the last chunk carries the final figures.
        events = []
        for index, chunk in enumerate(reply.chunks):
            last = isinstance(reply, Ok) and index == len(reply.chunks) - 1
            output_tokens = reply.output_tokens if last else index + 1
            usage = self._usage(input_tokens, output_tokens)
            events.append(self.sse(self._response(chunk, usage=usage, finish=last)))
        return events

    def stream_end_events(self, reply: Ok, request: RecordedRequest) -> list[str]:
        return []

    def json_body(self, reply: Ok, request: RecordedRequest) -> dict:
        return self._response(reply.text, usage=self._usage(reply.input_tokens, reply.output_tokens), finish=True)
