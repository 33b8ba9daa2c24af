"""Fetching against a real HTTP server on 127.0.0.1 (tests/fetch_server.py); nothing goes online."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimcheck import __version__
from claimcheck.core.fetch import (
    FetchOptions,
    FetchResult,
    Validators,
    fetch_documents,
    fetch_many,
    fetch_results,
)
from claimcheck.errors import BadInput, FetchFailed
from fetch_server import (
    PageServer,
    endless_body,
    never_answer,
    redirect_to,
    running_server,
    slow_drip,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "html"
FAST = FetchOptions(connect_timeout=2, read_timeout=0.5, deadline=5)
ARTICLE = ("<!doctype html><html><head><title>Bridge reopens | Gazette</title></head><body>"
           "<nav><a href='/'>Home</a> <a href='/subscribe'>Subscribe today</a></nav>"
           "<article><h1>Bridge reopens</h1>"
           "<p>The Old Mill footbridge reopened on Thursday after eight months of repairs.</p>"
           "<p>The repairs cost 1.2 million pounds, the council said in a statement.</p>"
           "</article><footer>All rights reserved</footer></body></html>")


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                 "all_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server() -> Iterator[PageServer]:
    with running_server() as s:
        yield s


def fetch_one_result(url: str, options: FetchOptions = FAST, **validators: str) -> FetchResult:
    outcome = asyncio.run(fetch_many([url], options,
                                     validators={url: Validators(**validators)} if validators
                                     else None))[0]
    if isinstance(outcome, FetchFailed):
        raise outcome
    return outcome


def test_200_page_gives_title_main_text_and_fetch_record(server: PageServer) -> None:
    url = server.page("/a", ARTICLE, etag='"v1"', last_modified="Thu, 30 May 2024 10:00:00 GMT")
    result = fetch_results([url], options=FAST)[0]
    assert result.status == 200
    assert result.url == url and result.final_url == url
    assert result.etag == '"v1"'
    assert result.last_modified == "Thu, 30 May 2024 10:00:00 GMT"
    assert result.content_type == "text/html"
    assert result.body_sha256 and len(result.body_sha256) == 64
    assert result.fetched_at.endswith("Z")
    document = result.document
    assert document is not None
    assert document.title == "Bridge reopens"
    assert document.url == url
    assert "reopened on Thursday after eight months" in document.body
    assert "Subscribe today" not in document.body
    assert "All rights reserved" not in document.body


def test_user_agent_names_claimcheck_and_version(server: PageServer) -> None:
    url = server.page("/a", ARTICLE)
    fetch_documents([url], options=FAST)
    agent = server.hits("/a")[0]["user-agent"]
    assert agent.startswith(f"claimcheck/{__version__}")


def test_redirects_are_followed_and_final_url_recorded(server: PageServer) -> None:
    final = server.page("/final", ARTICLE)
    server.route("/old", redirect_to("/middle", 301))
    server.route("/middle", redirect_to(final, 302))
    result = fetch_results([server.url("/old")], options=FAST)[0]
    assert result.url == server.url("/old")
    assert result.final_url == final
    assert result.document is not None and result.document.url == server.url("/old")


def test_redirect_loop_stops_at_the_limit(server: PageServer) -> None:
    server.route("/loop", redirect_to("/loop"))
    with pytest.raises(FetchFailed, match=r"more than 3 redirects; check the address"):
        fetch_documents([server.url("/loop")],
                        options=FetchOptions(read_timeout=1, max_redirects=3))
    assert len(server.hits("/loop")) == 4


def test_redirect_to_another_scheme_is_refused(server: PageServer) -> None:
    server.route("/ftp", redirect_to("ftp://127.0.0.1/file.txt"))
    with pytest.raises(FetchFailed, match="only http and https"):
        fetch_documents([server.url("/ftp")], options=FAST)


@pytest.mark.parametrize(("status", "words"), [
    (404, r"HTTP 404 Not Found; check the address\."),
    (410, r"HTTP 410 Gone; check the address\."),
    (500, r"HTTP 500 Internal Server Error; the server failed; try again later\."),
    (503, r"HTTP 503 Service Unavailable; the server failed; try again later\."),
    (403, r"HTTP 403 Forbidden; the page needs a login"),
])
def test_error_status_is_one_line_naming_url_and_status(server: PageServer, status: int,
                                                         words: str) -> None:
    url = server.page("/p", ARTICLE, status=status)
    with pytest.raises(FetchFailed, match=words) as caught:
        fetch_documents([url], options=FAST)
    message = str(caught.value)
    assert message.startswith(f"cannot fetch {url}: ")
    assert "\n" not in message


def test_server_that_never_answers_times_out_on_read(server: PageServer) -> None:
    server.route("/hang", never_answer(server))
    with pytest.raises(FetchFailed, match=r"sent nothing for 0.5 s; try again later or raise "
                                          r"--timeout"):
        fetch_documents([server.url("/hang")], options=FAST)


def test_total_deadline_stops_a_body_that_drips_forever(server: PageServer) -> None:
    server.route("/drip", slow_drip(server))
    options = FetchOptions(connect_timeout=1, read_timeout=1, deadline=0.5)
    with pytest.raises(FetchFailed, match=r"no complete answer within 0.5 s"):
        fetch_documents([server.url("/drip")], options=options)


def test_huge_body_is_refused_while_streaming(server: PageServer) -> None:
    sent: list[int] = []
    server.route("/huge", endless_body(server, sent=sent))
    options = FetchOptions(read_timeout=2, max_bytes=1024 * 1024)
    with pytest.raises(FetchFailed, match=r"larger than 1 MB; save the part you need"):
        fetch_documents([server.url("/huge")], options=options)
    server.stop.set()
    for _ in range(100):  # the server thread notices the hang-up shortly after
        if sent:
            break
        asyncio.run(asyncio.sleep(0.02))
    # The server meant to send 500 MB; the client hung up after about the cap.
    assert sent and sent[0] < 50 * 1024 * 1024


def test_huge_declared_length_is_refused_before_reading(server: PageServer) -> None:
    url = server.page("/big", b"<p>small</p>", headers={"X-Test": "1"})
    server.pages["/big"].body = b"<p>" + b"x" * (2 * 1024 * 1024) + b"</p>"
    with pytest.raises(FetchFailed, match="larger than 1 MB"):
        fetch_documents([url], options=FetchOptions(max_bytes=1024 * 1024))


def test_default_cap_is_ten_megabytes() -> None:
    assert FetchOptions().max_bytes == 10 * 1024 * 1024


@pytest.mark.parametrize("content_type", ["application/octet-stream", "application/pdf",
                                          "image/png"])
def test_content_types_other_than_html_and_text_are_refused(server: PageServer,
                                                            content_type: str) -> None:
    url = server.page("/file", b"\x89PNG\r\n\x1a\n\x00\x00binary", content_type=content_type)
    with pytest.raises(FetchFailed, match=rf"it is {content_type}, not an HTML page or plain "
                                          r"text"):
        fetch_documents([url], options=FAST)


def test_binary_body_labelled_html_is_refused(server: PageServer) -> None:
    url = server.page("/lie", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 10)
    with pytest.raises(FetchFailed, match="the body is binary data"):
        fetch_documents([url], options=FAST)


def test_plain_text_page_reads_header_lines(server: PageServer) -> None:
    url = server.page("/t.txt", "Title: Wire copy\nPublished: 2024-05-30\n\nItaly will send "
                      "a second SAMP/T system.\r\n", content_type="text/plain; charset=utf-8")
    document = fetch_documents([url], options=FAST)[0]
    assert document.title == "Wire copy"
    assert str(document.published) == "2024-05-30"
    assert document.body == "Italy will send a second SAMP/T system."


def test_markdown_page_is_read_as_text(server: PageServer) -> None:
    url = server.page("/notes.md", "Title: Notes\n\nItaly sends a second SAMP/T system.\n",
                      content_type="text/markdown; charset=utf-8")
    document = fetch_documents([url], options=FAST)[0]
    assert (document.title, document.body) == ("Notes", "Italy sends a second SAMP/T system.")


def test_iso_8859_1_page_from_header(server: PageServer) -> None:
    raw = (FIXTURES / "fete-musique-prize.html").read_bytes()
    url = server.page("/fete", raw, content_type="text/html; charset=ISO-8859-1")
    document = fetch_documents([url], options=FAST)[0]
    assert document.title == "Jürgen Müller wins Fête de la Musique piano prize"
    assert "He played Debussy's « Clair de lune » and a sonata by Señora Ibáñez" in document.body


def test_windows_1252_page_with_charset_only_in_meta(server: PageServer) -> None:
    raw = (FIXTURES / "cafe-lumiere-review.html").read_bytes()
    url = server.page("/cafe", raw, content_type="text/html")
    document = fetch_documents([url], options=FAST)[0]
    assert document.title == "Café Lumière’s new menu is worth the queue"
    assert "The chef’s crème brûlée costs €7 and is the best dessert in town" in document.body


def test_windows_1252_bytes_mislabelled_latin_1_keep_curly_quotes(server: PageServer) -> None:
    raw = (FIXTURES / "cafe-lumiere-review.html").read_bytes()
    url = server.page("/cafe", raw, content_type="text/html; charset=iso-8859-1")
    document = fetch_documents([url], options=FAST)[0]
    assert "“We wanted fewer dishes, made properly,” said owner Hélène Marchand." in document.body
    assert "\x92" not in document.body


def test_wrong_utf8_header_on_windows_1252_bytes_falls_back(server: PageServer) -> None:
    raw = (FIXTURES / "cafe-lumiere-review.html").read_bytes()
    url = server.page("/cafe", raw, content_type="text/html; charset=utf-8")
    document = fetch_documents([url], options=FAST)[0]
    assert "€7" in document.body and "\ufffd" not in document.body


def test_gzip_body_is_decoded(server: PageServer) -> None:
    url = server.page("/gz", ARTICLE, gzip=True)
    result = fetch_results([url], options=FAST)[0]
    assert server.hits("/gz")[0]["accept-encoding"].startswith("gzip")
    assert result.document is not None
    assert "eight months of repairs" in result.document.body


def test_page_that_changes_between_two_fetches(server: PageServer) -> None:
    url = server.page("/live", ARTICLE)
    first = fetch_results([url], options=FAST)[0]
    server.page("/live", ARTICLE.replace("1.2 million", "1.4 million"))
    second = fetch_results([url], options=FAST)[0]
    assert first.body_sha256 != second.body_sha256
    assert first.document is not None and second.document is not None
    assert "1.2 million" in first.document.body and "1.4 million" in second.document.body


def test_etag_is_sent_back_and_304_means_not_modified(server: PageServer) -> None:
    url = server.page("/e", ARTICLE, etag='"abc"')
    result = fetch_one_result(url, etag='"abc"')
    assert server.hits("/e")[0]["if-none-match"] == '"abc"'
    assert result.status == 304 and result.not_modified
    assert result.document is None and result.body_sha256 is None
    assert result.etag == '"abc"'


def test_changed_etag_gives_the_new_page(server: PageServer) -> None:
    url = server.page("/e", ARTICLE, etag='"new"')
    result = fetch_one_result(url, etag='"old"')
    assert result.status == 200 and result.etag == '"new"'
    assert result.document is not None


def test_last_modified_is_sent_as_if_modified_since(server: PageServer) -> None:
    stamp = "Thu, 30 May 2024 10:00:00 GMT"
    url = server.page("/lm", ARTICLE, last_modified=stamp)
    result = fetch_one_result(url, last_modified=stamp)
    assert server.hits("/lm")[0]["if-modified-since"] == stamp
    assert result.status == 304
    assert result.last_modified == stamp


def test_304_without_asking_is_an_error(server: PageServer) -> None:
    url = server.page("/odd", b"", status=304, content_type=None)
    with pytest.raises(FetchFailed, match="HTTP 304"):
        fetch_documents([url], options=FAST)


def test_connection_refused_is_one_line() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/x"
    with pytest.raises(FetchFailed) as caught:
        fetch_documents([url], options=FAST)
    assert str(caught.value) == (f"cannot fetch {url}: connection refused by 127.0.0.1; "
                                 "check the address.")


def test_dns_failure_is_one_line() -> None:
    # .invalid never resolves (RFC 2606); the resolver answers locally or fails fast.
    url = "http://no-such-host.invalid/page"
    with pytest.raises(FetchFailed) as caught:
        fetch_documents([url], options=FAST)
    message = str(caught.value)
    assert message.startswith(f"cannot fetch {url}: ")
    assert message.endswith("; check the address.")
    assert "\n" not in message


@pytest.mark.parametrize("url", ["ftp://example.org/file", "file:///etc/passwd",
                                 "javascript:alert(1)", "http://"])
def test_only_http_and_https_urls(url: str) -> None:
    with pytest.raises(FetchFailed, match="cannot fetch"):
        fetch_documents([url], options=FAST)


def test_many_urls_fetched_concurrently_in_order_with_progress(server: PageServer) -> None:
    urls = [server.page(f"/p{i}", ARTICLE.replace("Bridge reopens", f"Story {i}"))
            for i in range(12)]
    seen: list[tuple[int, int | None]] = []
    documents = fetch_documents(urls, progress=lambda d, t: seen.append((d, t)),
                                options=FetchOptions(concurrency=4))
    assert [d.title for d in documents] == [f"Story {i}" for i in range(12)]
    assert seen[-1] == (12, 12) and len(seen) == 12


def test_one_failure_fails_the_batch_naming_the_first(server: PageServer) -> None:
    good = server.page("/good", ARTICLE)
    bad = server.page("/bad", ARTICLE, status=404)
    worse = server.page("/worse", ARTICLE, status=500)
    with pytest.raises(FetchFailed, match=r"cannot fetch .*/bad: HTTP 404 .*\(1 more URLs "
                                          r"failed too\)"):
        fetch_documents([good, bad, worse], options=FAST)


def test_fetch_many_reports_each_outcome(server: PageServer) -> None:
    good = server.page("/good", ARTICLE)
    bad = server.page("/bad", ARTICLE, status=404)
    outcomes = asyncio.run(fetch_many([good, bad], FAST))
    assert isinstance(outcomes[0], FetchResult)
    assert isinstance(outcomes[1], FetchFailed)


def test_page_without_text_is_refused(server: PageServer) -> None:
    url = server.page("/empty", "<html><head><title>x</title></head><body></body></html>")
    with pytest.raises(FetchFailed, match="has no readable text"):
        fetch_documents([url], options=FAST)


def test_timeout_option_sets_connect_and_read() -> None:
    options = FetchOptions.with_timeout(2)
    assert (options.connect_timeout, options.read_timeout) == (2, 2)
    assert FetchOptions.with_timeout(None) == FetchOptions()
    with pytest.raises(BadInput):
        FetchOptions.with_timeout(0)


def test_default_cap_stops_an_endless_body(server: PageServer) -> None:
    server.route("/huge", endless_body(server))
    with pytest.raises(FetchFailed, match=r"larger than 10 MB"):
        fetch_documents([server.url("/huge")], options=FetchOptions(read_timeout=2))


def test_gzip_bomb_is_capped_on_decoded_size(server: PageServer) -> None:
    url = server.page("/bomb", b"<p>" + b"a" * (3 * 1024 * 1024) + b"</p>", gzip=True)
    assert len(server.pages["/bomb"].body) > 1024 * 1024
    with pytest.raises(FetchFailed, match="larger than 1 MB"):
        fetch_documents([url], options=FetchOptions(max_bytes=1024 * 1024))
