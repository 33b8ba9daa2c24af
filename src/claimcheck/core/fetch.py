"""Fetching articles and sources over HTTP: URL -> `FetchResult` (a `Document` and its headers).

What it owns: every network request claimcheck makes. `http` and `https` only; a bounded
`httpx.AsyncClient` fetches many URLs at once; connect and read timeouts, a total deadline per
URL, a redirect limit, and a body size cap enforced while streaming (so a huge or endless body
costs at most `max_bytes` of memory); only HTML and plain text are accepted. Conditional
requests (ETag / Last-Modified) let `source refresh` skip pages that did not change.

What it must not do: store anything. Callers fetch everything first and store only when every
fetch succeeded, so a failed fetch leaves the database as it was. Every expected failure is a
`FetchFailed` with one line naming the URL and saying what to do.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import socket
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import Message
from typing import Any
from urllib.parse import urlsplit

import httpx

from claimcheck import __version__
from claimcheck.core.documents import parse_document
from claimcheck.core.html import decode_html, html_to_document
from claimcheck.core.models import Document
from claimcheck.errors import BadInput, FetchFailed

USER_AGENT = f"claimcheck/{__version__} (fact-checking workbench; python-httpx/{httpx.__version__})"
"""Sent with every request: names the tool so site owners know who is asking."""
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain", "text/markdown", "text/x-markdown")
_CHUNK = 64 * 1024

Progress = Callable[[int, int | None], None]


@dataclass(frozen=True)
class FetchOptions:
    """Limits for one batch of fetches."""

    connect_timeout: float = 5.0
    """Seconds to wait for a connection (DNS, TCP, TLS)."""
    read_timeout: float = 10.0
    """Seconds to wait for the next bytes of an answer."""
    deadline: float = 60.0
    """Seconds one URL may take in all, redirects and body included."""
    max_redirects: int = 5
    """Redirects followed before giving up."""
    max_bytes: int = 10 * 1024 * 1024
    """Largest body accepted (after gzip/deflate decoding), checked while streaming."""
    concurrency: int = 8
    """URLs fetched at the same time."""
    user_agent: str = USER_AGENT

    @classmethod
    def with_timeout(cls, timeout: float | None) -> FetchOptions:
        """Options whose connect and read timeouts are `timeout` seconds (None: defaults)."""
        if timeout is None:
            return cls()
        if timeout <= 0:
            raise BadInput(f"--timeout {timeout} is not positive; give seconds, e.g. --timeout 10.")
        return cls(connect_timeout=timeout, read_timeout=timeout,
                   deadline=max(cls.deadline, timeout * 3))


@dataclass(frozen=True)
class Validators:
    """What a previous fetch of a URL answered, sent back to ask "has it changed?"."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class FetchResult:
    """One fetched URL: its document and what the server said about it."""

    url: str
    """The URL as asked for."""
    final_url: str
    """The URL after redirects."""
    status: int
    """HTTP status of the final answer (200, or 304 when unchanged)."""
    fetched_at: str
    """ISO 8601 UTC time the answer arrived."""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    body_sha256: str | None = None
    """SHA-256 of the body bytes as received (after gzip decoding); None for 304."""
    document: Document | None = None
    """The page's title and main text; None when the server answered 304 Not Modified."""
    size: int = 0
    """Body size in bytes."""

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def record(self) -> dict[str, Any]:
        """The fields the store keeps for every fetch (`Store.record_fetch(**result.record())`)."""
        return {"url": self.url, "final_url": self.final_url, "status": self.status,
                "fetched_at": self.fetched_at, "etag": self.etag,
                "last_modified": self.last_modified, "content_type": self.content_type,
                "body_sha256": self.body_sha256}


def check_url(url: str) -> str:
    """The URL, stripped, if it is an absolute http(s) URL with a host.

    Raises:
        FetchFailed: another scheme, or no host.
    """
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchFailed(f"cannot fetch {url}: only http and https URLs are supported; "
                          "save the page and add the file instead.")
    if not parts.hostname:
        raise FetchFailed(f"cannot fetch {url}: the URL has no host; check the address.")
    return url


def _utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _media_type(header: str | None) -> tuple[str | None, str | None]:
    """(media type, charset) of a Content-Type header."""
    if not header:
        return None, None
    message = Message()
    message["content-type"] = header
    charset = message.get_param("charset")
    return message.get_content_type().lower(), str(charset) if isinstance(charset, str) else None


def _looks_binary(head: bytes) -> bool:
    if b"\x00" in head[:1024]:
        return True
    return head.startswith((b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8",
                            b"\x1f\x8b", b"\x7fELF", b"SQLite format 3"))


def _causes(exc: BaseException) -> list[BaseException]:
    """The exception and what caused it, outermost first (httpx wraps the OS error)."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain and len(chain) < 10:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def _describe_connect_error(url: str, exc: Exception) -> str:
    chain = _causes(exc)
    text = str(exc)
    low = " ".join(str(e) for e in chain).lower()
    host = urlsplit(url).hostname or url
    if any(isinstance(e, socket.gaierror) for e in chain):
        return f"cannot fetch {url}: host {host} not found (DNS lookup failed); check the address."
    if any(isinstance(e, ConnectionRefusedError) for e in chain):
        return f"cannot fetch {url}: connection refused by {host}; check the address."
    if ("name or service not known" in low or "nodename nor servname" in low
            or "temporary failure in name resolution" in low or "getaddrinfo" in low
            or "no address associated" in low or "name resolution" in low):
        return f"cannot fetch {url}: host {host} not found (DNS lookup failed); check the address."
    if "refused" in low:
        return f"cannot fetch {url}: connection refused by {host}; check the address."
    if "certificate" in low or "ssl" in low or "tls" in low:
        return (f"cannot fetch {url}: secure connection failed ({_one_line(text)}); "
                "check the address.")
    return f"cannot fetch {url}: {_one_line(text) or 'cannot connect'}; check the address."


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200]


async def fetch_one(client: httpx.AsyncClient, url: str, options: FetchOptions,
                    validators: Validators | None = None) -> FetchResult:
    """Fetch one URL with `client` (made by `make_client`).

    Raises:
        FetchFailed: bad URL, network failure, timeout, HTTP error status, too large, a type
            other than HTML or plain text, or a page without readable text.
    """
    url = check_url(url)
    try:
        async with asyncio.timeout(options.deadline):
            return await _fetch(client, url, options, validators)
    except TimeoutError:
        raise FetchFailed(f"cannot fetch {url}: no complete answer within {options.deadline:g} s; "
                          "try again later or raise --timeout.") from None
    except httpx.ConnectTimeout:
        raise FetchFailed(f"cannot fetch {url}: no connection within "
                          f"{options.connect_timeout:g} s; check the address or raise --timeout."
                          ) from None
    except (httpx.ReadTimeout, httpx.WriteTimeout, httpx.PoolTimeout):
        raise FetchFailed(f"cannot fetch {url}: the server sent nothing for "
                          f"{options.read_timeout:g} s; try again later or raise --timeout."
                          ) from None
    except httpx.ConnectError as exc:
        raise FetchFailed(_describe_connect_error(url, exc)) from None
    except httpx.TooManyRedirects:
        raise FetchFailed(f"cannot fetch {url}: more than {options.max_redirects} redirects; "
                          "check the address.") from None
    except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
        raise FetchFailed(f"cannot fetch {url}: {_one_line(str(exc))} (only http and https "
                          "URLs are followed); check the address.") from None
    except httpx.DecodingError:
        raise FetchFailed(f"cannot fetch {url}: the server sent a body that cannot be "
                          "decompressed; try again later.") from None
    except httpx.HTTPError as exc:
        raise FetchFailed(f"cannot fetch {url}: {type(exc).__name__} "
                          f"({_one_line(str(exc)) or 'network error'}); try again later.") from None


async def _fetch(client: httpx.AsyncClient, url: str, options: FetchOptions,
                 validators: Validators | None) -> FetchResult:
    headers: dict[str, str] = {}
    if validators and validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators and validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    async with client.stream("GET", url, headers=headers) as response:
        final_url = str(response.url)
        fetched_at = _utc_now()
        etag = response.headers.get("etag")
        last_modified = response.headers.get("last-modified")
        if response.status_code == 304 and headers:
            return FetchResult(url=url, final_url=final_url, status=304, fetched_at=fetched_at,
                               etag=etag or (validators.etag if validators else None),
                               last_modified=last_modified or (
                                   validators.last_modified if validators else None))
        if response.status_code >= 400 or response.status_code < 200 or response.status_code in (
                204, 205) or 300 <= response.status_code < 400:
            raise FetchFailed(_describe_status(url, response))
        media, charset = _media_type(response.headers.get("content-type"))
        if media is not None and media not in HTML_TYPES + TEXT_TYPES:
            raise FetchFailed(f"cannot use {url}: it is {media}, not an HTML page or plain "
                              "text; save its text as a .txt file and add that.")
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > options.max_bytes:
            raise FetchFailed(_too_large(url, options.max_bytes))
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes(_CHUNK):
            size += len(chunk)
            if size > options.max_bytes:
                raise FetchFailed(_too_large(url, options.max_bytes))
            chunks.append(chunk)
    raw = b"".join(chunks)
    if _looks_binary(raw[:4096]):
        raise FetchFailed(f"cannot use {url}: the body is binary data, not an HTML page or "
                          "text; check the address.")
    document = _to_document(raw, media, charset, url, final_url)
    return FetchResult(url=url, final_url=final_url, status=response.status_code,
                       fetched_at=fetched_at, etag=etag, last_modified=last_modified,
                       content_type=media, body_sha256=hashlib.sha256(raw).hexdigest(),
                       document=document, size=size)


def _too_large(url: str, max_bytes: int) -> str:
    return (f"cannot use {url}: the page is larger than {max_bytes / 1024 / 1024:g} MB; "
            "save the part you need as a .txt file and add that.")


def _describe_status(url: str, response: httpx.Response) -> str:
    code = response.status_code
    reason = response.reason_phrase or ""
    label = f"HTTP {code} {reason}".strip()
    if code in (401, 403):
        hint = "the page needs a login or refuses robots; save it from a browser and add the file"
    elif code in (404, 410):
        hint = "check the address"
    elif code == 429:
        hint = "the site is rate-limiting; try again later"
    elif code >= 500:
        hint = "the server failed; try again later"
    elif 300 <= code < 400:
        hint = "a redirect without a usable Location; check the address"
    else:
        hint = "check the address"
    return f"cannot fetch {url}: {label}; {hint}."


def _to_document(raw: bytes, media: str | None, charset: str | None, url: str,
                 final_url: str) -> Document:
    looks_html = bool(re.match(rb"\s*(<!doctype\s+html|<html|<head|<body|<!--|<meta|<title|<p\b|"
                               rb"<div\b)", raw[:1024], re.IGNORECASE))
    name = urlsplit(final_url).path.rstrip("/").rsplit("/", 1)[-1] or urlsplit(final_url).netloc
    try:
        if media in HTML_TYPES or (media is None and looks_html):
            return html_to_document(decode_html(raw, charset), where=url, default_title=name,
                                    url=url)
        text = decode_html(raw, charset).replace("\r\n", "\n").replace("\r", "\n")
        document = parse_document(text, default_title=name, where=url)
    except BadInput as exc:
        raise FetchFailed(str(exc)) from None
    return Document(title=document.title, body=document.body, url=url,
                    published=document.published)


def make_client(options: FetchOptions) -> httpx.AsyncClient:
    """An `httpx.AsyncClient` with the options' timeouts, limits and User-Agent."""
    return httpx.AsyncClient(
        follow_redirects=True,
        max_redirects=options.max_redirects,
        timeout=httpx.Timeout(connect=options.connect_timeout, read=options.read_timeout,
                              write=options.read_timeout, pool=options.deadline),
        limits=httpx.Limits(max_connections=options.concurrency,
                            max_keepalive_connections=options.concurrency),
        headers={"User-Agent": options.user_agent,
                 "Accept": "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.8",
                 "Accept-Encoding": "gzip, deflate"},
        trust_env=True,
    )


async def fetch_many(urls: Sequence[str], options: FetchOptions | None = None,
                     progress: Progress | None = None,
                     validators: Mapping[str, Validators] | None = None,
                     ) -> list[FetchResult | FetchFailed]:
    """Fetch URLs concurrently (at most `options.concurrency` at once).

    Returns:
        One entry per URL, in order: its `FetchResult`, or the `FetchFailed` it raised.
        Nothing is raised for a single URL's failure, so callers decide what to keep.
    """
    options = options or FetchOptions()
    validators = validators or {}
    limit = asyncio.Semaphore(max(1, options.concurrency))
    done = 0

    async with make_client(options) as client:
        async def one(url: str) -> FetchResult | FetchFailed:
            nonlocal done
            async with limit:
                try:
                    result: FetchResult | FetchFailed = await fetch_one(
                        client, url, options, validators.get(url))
                except FetchFailed as exc:
                    result = exc
            done += 1
            if progress:
                progress(done, len(urls))
            return result

        return list(await asyncio.gather(*(one(u) for u in urls)))


def fetch_results(urls: Sequence[str], progress: Progress | None = None, *,
                  options: FetchOptions | None = None) -> list[FetchResult]:
    """Fetch every URL; all must succeed.

    Raises:
        FetchFailed: the first failure in URL order (naming how many others failed).
    """
    for url in urls:
        check_url(url)  # refuse a bad scheme before any request is made
    outcomes = asyncio.run(fetch_many(urls, options, progress))
    failures = [o for o in outcomes if isinstance(o, FetchFailed)]
    if failures:
        more = f" ({len(failures) - 1} more URLs failed too)" if len(failures) > 1 else ""
        message = str(failures[0])
        if more:
            message = message.rstrip(".") + more + "."
        raise FetchFailed(message)
    return [o for o in outcomes if isinstance(o, FetchResult)]


def fetch_documents(urls: Sequence[str], progress: Progress | None = None, *,
                    options: FetchOptions | None = None) -> list[Document]:
    """Fetch each URL and return its document, in order.

    Raises:
        FetchFailed: any URL failed (nothing is returned, so nothing gets stored).
    """
    return [r.document for r in fetch_results(urls, progress, options=options)
            if r.document is not None]
