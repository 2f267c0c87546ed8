"""The machinery shared by the fake provider servers: a threaded HTTP/1.1 server on 127.0.0.1, the request log,
the reply queue and the reply builders. Each provider module only renders replies in its wire format."""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True)
class Ok:
    text: str
    chunks: list[str]
    input_tokens: int
    output_tokens: int
    chunk_delay: float


@dataclass(frozen=True)
class Error:
    status: int
    body: dict | None
    retry_after: float | None


@dataclass(frozen=True)
class Hang:
    pass


@dataclass(frozen=True)
class StallMidStream:
    chunks: list[str]


@dataclass(frozen=True)
class DropMidStream:
    chunks: list[str]


@dataclass(frozen=True)
class ErrorMidStream:
    status: int
    chunks: list[str]


Reply = Ok | Error | Hang | StallMidStream | DropMidStream | ErrorMidStream
MidStream = StallMidStream | DropMidStream | ErrorMidStream


def split_words(text: str) -> list[str]:
    """Word-sized chunks whose concatenation is the text."""
    return re.findall(r"\s*\S+\s*", text) or [text]


def ok(
    text: str = "default answer",
    *,
    chunks: list[str] | None = None,
    input_tokens: int = 12,
    output_tokens: int | None = None,
    chunk_delay: float = 0.0,
) -> Ok:
    """A successful answer. Streamed as one SSE event per chunk (default: one per word) when the request asks
    for a stream, else one JSON body. `output_tokens` defaults to the number of chunks."""
    chunks = list(chunks) if chunks is not None else split_words(text)
    if "".join(chunks) != text:
        raise ValueError("the chunks must add up to the text")
    return Ok(text, chunks, input_tokens, len(chunks) if output_tokens is None else output_tokens, chunk_delay)


def error(status: int, body: dict | None = None, retry_after: float | None = None) -> Error:
    """An error response; `body=None` uses the provider's real error body for that status."""
    return Error(status, body, retry_after)


def hang() -> Hang:
    """Accept the request and never answer."""
    return Hang()


def stall_mid_stream(text_before: str = "Partial ") -> StallMidStream:
    """Send the response head and `text_before` as deltas, then stop sending (without closing)."""
    return StallMidStream(split_words(text_before))


def drop_mid_stream(text_before: str = "Partial ") -> DropMidStream:
    """Send the response head and `text_before` as deltas, then close the connection mid-body."""
    return DropMidStream(split_words(text_before))


def error_mid_stream(status: int, text_before: str = "") -> ErrorMidStream:
    """A stream (HTTP 200) that sends `text_before` as deltas and then the provider's in-stream error event for
    `status` (e.g. Anthropic's `event: error` with `overloaded_error` for 529)."""
    return ErrorMidStream(status, split_words(text_before) if text_before else [])


@dataclass
class RecordedRequest:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    body: Any  # parsed JSON, or None
    raw_body: bytes = field(repr=False)
    received_at: float = field(repr=False)  # time.monotonic()

    @property
    def text(self) -> str:
        """The whole request as text (headers and body), for "this never reached the provider" assertions."""
        headers = "\n".join(f"{k}: {v}" for k, v in self.headers.items())
        return f"{self.method} {self.path}\n{headers}\n\n{self.raw_body.decode('utf-8', 'replace')}"


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # benchmarks open 100 connections at once; the default backlog of 5 refuses them
    block_on_close = False
    fake: FakeServer


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def setup(self) -> None:
        super().setup()
        # Without this each small SSE write waits for the client's delayed ACK (~40 ms).
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.fake._connections.add(self.connection)

    def finish(self) -> None:
        self.server.fake._connections.discard(self.connection)
        super().finish()

    def do_GET(self) -> None:
        self.server.fake._handle(self)

    def do_POST(self) -> None:
        self.server.fake._handle(self)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the request log is `server.requests`."""


class FakeServer:
    """Base class; see tests/fakes/README.md for the API."""

    #: Appended to `http://127.0.0.1:<port>` to form the base URL the SDK expects.
    base_path = ""

    def __init__(self, *, default_reply: Reply | None = None, api_key: str | None = None) -> None:
        self.default_reply: Reply = default_reply or ok()
        #: When set, requests with another key get the provider's real authentication error.
        self.api_key = api_key
        self.requests: list[RecordedRequest] = []
        self._replies: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._connections: set[socket.socket] = set()
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------------------------

    def start(self) -> Self:
        self._stopping.clear()
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.fake = self
        # A short poll interval: stop() waits up to one interval for the serving loop to notice.
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, args=(0.02,), name=type(self).__name__, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is None:
            return
        self._stopping.set()  # releases hanging and stalled handlers
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join()
        for conn in list(self._connections):
            # Idle keep-alive connections would otherwise keep their handler threads reading.
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self._httpd = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._httpd is not None, "start() the server first"
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.base_path}"

    # -- scripting -------------------------------------------------------------------------------------------

    def queue(self, *replies: Reply) -> None:
        """Replies for the next requests, in order; afterwards `default_reply` answers."""
        with self._lock:
            self._replies.extend(replies)

    def _next_reply(self) -> Reply:
        with self._lock:
            return self._replies.popleft() if self._replies else self.default_reply

    # -- wire format hooks (per provider) --------------------------------------------------------------------

    def is_stream_request(self, request: RecordedRequest) -> bool:
        raise NotImplementedError

    def request_key(self, request: RecordedRequest) -> str | None:
        raise NotImplementedError

    def auth_error(self) -> Error:
        raise NotImplementedError

    def error_body(self, status: int) -> dict:
        raise NotImplementedError

    def stream_events(self, reply: Ok | MidStream, request: RecordedRequest) -> list[str]:
        """The SSE events (each a complete `event:`/`data:` block) up to the last delta."""
        raise NotImplementedError

    def stream_error_event(self, status: int) -> str:
        """The provider's error event inside a stream."""
        return self.sse(self.error_body(status))

    def stream_end_events(self, reply: Ok, request: RecordedRequest) -> list[str]:
        raise NotImplementedError

    def json_body(self, reply: Ok, request: RecordedRequest) -> dict:
        raise NotImplementedError

    # -- handling --------------------------------------------------------------------------------------------

    def _handle(self, handler: _Handler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        url = urlsplit(handler.path)
        request = RecordedRequest(
            method=handler.command,
            path=url.path,
            query={k: v[-1] for k, v in parse_qs(url.query).items()},
            headers={k.lower(): v for k, v in handler.headers.items()},
            body=body,
            raw_body=raw,
            received_at=time.monotonic(),
        )
        self.requests.append(request)
        reply = self._next_reply()
        if self.api_key is not None and self.request_key(request) != self.api_key:
            reply = self.auth_error()

        if isinstance(reply, Hang):
            self._stall(handler)
        elif isinstance(reply, Error):
            self._send_error(handler, reply)
        elif not self.is_stream_request(request):
            if isinstance(reply, StallMidStream):
                self._stall(handler)
            elif isinstance(reply, DropMidStream):
                handler.close_connection = True
            elif isinstance(reply, ErrorMidStream):
                self._send_error(handler, error(reply.status))
            else:
                self._send_json(handler, 200, self.json_body(reply, request))
        else:
            self._send_stream(handler, reply, request)

    def _stall(self, handler: _Handler) -> None:
        self._stopping.wait()
        handler.close_connection = True

    def _send_json(self, handler: _Handler, status: int, body: dict, headers: dict[str, str] | None = None) -> None:
        payload = json.dumps(body).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(payload)))
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(payload)

    def _send_error(self, handler: _Handler, reply: Error) -> None:
        headers = {}
        if reply.retry_after is not None:
            headers["Retry-After"] = f"{reply.retry_after:g}"
        body = reply.body if reply.body is not None else self.error_body(reply.status)
        self._send_json(handler, reply.status, body, headers)

    def _send_stream(self, handler: _Handler, reply: Ok | MidStream, request: RecordedRequest) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/event-stream")
        handler.send_header("Cache-Control", "no-cache")
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        try:
            for event in self.stream_events(reply, request):
                self._write_chunk(handler, event)
                if isinstance(reply, Ok) and reply.chunk_delay:
                    time.sleep(reply.chunk_delay)
            if isinstance(reply, StallMidStream):
                self._stall(handler)
                return
            if isinstance(reply, DropMidStream):
                # Closing without the final zero-length chunk: the client sees an incomplete body.
                handler.close_connection = True
                return
            if isinstance(reply, ErrorMidStream):
                self._write_chunk(handler, self.stream_error_event(reply.status))
            else:
                for event in self.stream_end_events(reply, request):
                    self._write_chunk(handler, event)
            handler.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            # The client gave up (a timeout test); nothing left to send.
            handler.close_connection = True

    @staticmethod
    def _write_chunk(handler: _Handler, event: str) -> None:
        data = event.encode()
        handler.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))

    # -- SSE helpers -----------------------------------------------------------------------------------------

    @staticmethod
    def sse(data: dict | str, event: str | None = None) -> str:
        payload = data if isinstance(data, str) else json.dumps(data)
        return (f"event: {event}\n" if event else "") + f"data: {payload}\n\n"
