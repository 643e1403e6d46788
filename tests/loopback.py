"""A real HTTP server on 127.0.0.1, in a thread, serving canned feeds and pages to the tests.

Routes map a path (with its query, or without) to a :class:`Route` or a function that writes
the response itself. Every request is logged with its headers, so tests can check what the
client sent (conditional headers, no cookies) and how often (robots.txt cached).
"""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Route:
    body: bytes | str = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None

    def data(self) -> bytes:
        return self.body.encode("utf-8") if isinstance(self.body, str) else self.body


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    at: float


Handler = Callable[[BaseHTTPRequestHandler], None]


class Loopback:
    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.scheme = "https" if tls is not None else "http"
        self.routes: dict[str, Route | Handler] = {}
        self.log: list[Hit] = []
        outer = self

        class _H(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                headers = {k.lower(): v for k, v in self.headers.items()}
                outer.log.append(Hit(self.path, headers, time.monotonic()))
                route = outer.routes.get(self.path) or outer.routes.get(self.path.split("?", 1)[0])
                if route is None:
                    route = Route("not found", status=404, content_type="text/plain")
                if callable(route):
                    route(self)
                    return
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    self.send_response(304)
                    self.send_header("ETag", route.etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified:
                    self.send_response(304)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                data = route.data()
                self.send_response(route.status)
                if route.content_type:
                    self.send_header("Content-Type", route.content_type)
                if route.etag:
                    self.send_header("ETag", route.etag)
                if route.last_modified:
                    self.send_header("Last-Modified", route.last_modified)
                for k, v in route.headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _H)
        self.server.daemon_threads = True
        if tls is not None:
            self.server.socket = tls.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"{self.scheme}://{host}:{self.port}{path}"

    def hits(self, path: str) -> list[Hit]:
        return [h for h in self.log if h.path == path]

    def start(self) -> Loopback:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def serving() -> Iterator[Loopback]:
    """Body of a test module's ``web`` fixture: a started server, stopped afterwards."""
    server = Loopback().start()
    try:
        yield server
    finally:
        server.stop()
