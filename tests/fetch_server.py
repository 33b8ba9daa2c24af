"""A real HTTP server on 127.0.0.1 for the fetching tests (issue 7): nothing goes online.

`PageServer` is a stdlib `ThreadingHTTPServer` on port 0 in a background thread. Tests put pages
on it (`server.page(path, body, ...)`) or special behaviours (`server.route(path, handler)`),
and read `server.requests` to see what the client sent (headers, conditional requests).
"""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Page:
    body: bytes
    content_type: str | None = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    gzip: bool = False
    headers: dict[str, str] = field(default_factory=dict)


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients hanging up mid-answer is what several tests do on purpose


Handler = Callable[[BaseHTTPRequestHandler], None]


class PageServer:
    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self.routes: dict[str, Handler] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.stop = threading.Event()
        server = self

        class RequestHandler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # keep test output quiet
                pass

            def do_GET(self) -> None:  # noqa: N802 - stdlib name
                server.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = server.routes.get(self.path)
                if route is not None:
                    route(self)
                    return
                page = server.pages.get(self.path)
                if page is None:
                    self._send(404, b"<html><body><p>Not found</p></body></html>", "text/html")
                    return
                if page.etag and self.headers.get("If-None-Match") == page.etag or (
                        page.last_modified and not page.etag
                        and self.headers.get("If-Modified-Since") == page.last_modified):
                    self.send_response(304)
                    if page.etag:
                        self.send_header("ETag", page.etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body = gzip.compress(page.body) if page.gzip else page.body
                headers = dict(page.headers)
                if page.gzip:
                    headers["Content-Encoding"] = "gzip"
                if page.etag:
                    headers["ETag"] = page.etag
                if page.last_modified:
                    headers["Last-Modified"] = page.last_modified
                self._send(page.status, body, page.content_type, headers)

            def _send(self, status: int, body: bytes, content_type: str | None,
                      headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                if content_type:
                    self.send_header("Content-Type", content_type)
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = _QuietServer(("127.0.0.1", 0), RequestHandler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02},
                                       daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def page(self, path: str, body: bytes | str, **kwargs: object) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.pages[path] = Page(body=data, **kwargs)  # type: ignore[arg-type]
        return self.url(path)

    def route(self, path: str, handler: Handler) -> str:
        self.routes[path] = handler
        return self.url(path)

    def hits(self, path: str) -> list[dict[str, str]]:
        return [headers for p, headers in self.requests if p == path]


def redirect_to(location: str, status: int = 302) -> Handler:
    def handle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(status)
        h.send_header("Location", location)
        h.send_header("Content-Length", "0")
        h.end_headers()
    return handle


def never_answer(server: PageServer) -> Handler:
    """Accept the request, then say nothing until the test ends."""
    def handle(h: BaseHTTPRequestHandler) -> None:
        server.stop.wait(30)
        h.close_connection = True
    return handle


def endless_body(server: PageServer, limit: int = 500 * 1024 * 1024,
                 sent: list[int] | None = None) -> Handler:
    """An HTML answer without Content-Length whose body goes on for `limit` bytes."""
    chunk = b"<p>" + b"filler text " * 5000 + b"</p>\n"

    def handle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        h.send_header("Connection", "close")
        h.end_headers()
        h.close_connection = True
        total = 0
        try:
            h.wfile.write(b"<html><body>")
            while total < limit and not server.stop.is_set():
                h.wfile.write(chunk)
                total += len(chunk)
        except OSError:
            pass  # the client hung up once it had enough: that is the point
        finally:
            if sent is not None:
                sent.append(total)
    return handle


def slow_drip(server: PageServer, every_s: float = 0.05) -> Handler:
    """An answer that sends a byte now and then forever: only the total deadline stops it."""
    def handle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Connection", "close")
        h.end_headers()
        h.close_connection = True
        try:
            while not server.stop.is_set():
                h.wfile.write(b" ")
                h.wfile.flush()
                time.sleep(every_s)
        except OSError:
            pass
    return handle


@contextmanager
def running_server() -> Iterator[PageServer]:
    server = PageServer()
    server.thread.start()
    try:
        yield server
    finally:
        server.stop.set()
        server.httpd.shutdown()
        server.httpd.server_close()
        server.thread.join(5)
