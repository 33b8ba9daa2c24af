"""`source add URL`, `article add URL` and `source refresh` against a local HTTP server.

The server (tests/fetch_server.py) runs on 127.0.0.1; nothing goes online.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from claimcheck.cli import cli
from claimcheck.core.store import Store
from fetch_server import PageServer, never_answer, running_server

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "html"


def page(title: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><title>{title} | Wire</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/s'>Subscribe today</a></nav>"
            f"<article><h1>{title}</h1>{body}</article>"
            "<footer>All rights reserved</footer></body></html>")


SAMP_T = page(
    "Italy to send a second SAMP/T",
    "Italy will provide Ukraine with a second SAMP/T air defence system, the ministry said.",
    "The Franco-Italian system is able to intercept ballistic missiles fired at cities.",
    "Deliveries are expected to begin before the end of the summer, officials added.")
SAMP_T_EDITED = SAMP_T.replace("able to intercept ballistic missiles",
                               "able to intercept cruise missiles")


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                 "all_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server() -> Iterator[PageServer]:
    with running_server() as s:
        yield s


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cc.db"


@pytest.fixture
def run(db: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("CLAIMCHECK_REVIEWER", "alice")
    runner = CliRunner()

    def invoke(*args: str) -> Result:
        return runner.invoke(cli, ["--db", str(db), *args], catch_exceptions=False)

    return invoke


def ok_json(result: Result) -> dict:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def one_line_error(result: Result, contains: str) -> str:
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert contains in lines[0]
    return lines[0]


def count_sources(db: Path) -> int:
    if not db.exists():
        return 0
    with Store.open(db) as store:
        return len(store.list_sources())


def test_source_add_url_stores_text_and_fetch_record(run, server: PageServer, db: Path) -> None:
    url = server.page("/samp", SAMP_T, etag='"1"', last_modified="Wed, 29 May 2024 08:00:00 GMT")
    out = ok_json(run("source", "add", url, "--json"))
    (item,) = out["sources"]
    assert item["title"] == "Italy to send a second SAMP/T"
    assert item["url"] == url and item["new"] is True and item["passages"] >= 3
    with Store.open(db) as store:
        source = store.load_source(item["id"])
        assert "second SAMP/T air defence system" in source.body
        assert "Subscribe today" not in source.body and "All rights reserved" not in source.body
        (fetch,) = store.list_fetches(source_id=item["id"])
    assert fetch["url"] == url and fetch["final_url"] == url and fetch["status"] == 200
    assert fetch["etag"] == '"1"' and fetch["last_modified"] == "Wed, 29 May 2024 08:00:00 GMT"
    assert len(fetch["body_sha256"]) == 64 and fetch["fetched_at"].endswith("Z")
    assert fetch["reviewer"] == "alice"


def test_source_add_many_urls_and_a_saved_html_file(run, server: PageServer) -> None:
    urls = [server.page(f"/p{i}", page(f"Story number {i}", f"Sentence {i} of a story about "
                                       "the bridge repairs in the old town.")) for i in range(5)]
    out = ok_json(run("source", "add", *urls, str(FIXTURES / "dutch-f16.html"), "--json"))
    titles = [s["title"] for s in out["sources"]]
    assert titles == ["Netherlands allows Ukraine to use Dutch F-16s against military targets "
                      "in Russia"] + [f"Story number {i}" for i in range(5)]


def test_failed_fetch_stores_nothing(run, server: PageServer, db: Path) -> None:
    good = server.page("/good", SAMP_T)
    bad = server.page("/bad", SAMP_T, status=404)
    result = run("source", "add", str(FIXTURES / "dutch-f16.html"), good, bad, "--json")
    one_line_error(result, f"cannot fetch {bad}: HTTP 404 Not Found; check the address.")
    assert count_sources(db) == 0


def test_connection_refused_is_one_line_error(run, db: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/story"
    line = one_line_error(run("article", "add", url), "connection refused")
    assert line == (f"Error: cannot fetch {url}: connection refused by 127.0.0.1; "
                    "check the address.")


def test_timeout_option_applies(run, server: PageServer, db: Path) -> None:
    server.route("/hang", never_answer(server))
    one_line_error(run("source", "add", server.url("/hang"), "--timeout", "0.3"),
                   "sent nothing for 0.3 s")
    assert count_sources(db) == 0


def test_binary_url_is_refused(run, server: PageServer) -> None:
    url = server.page("/doc.pdf", b"%PDF-1.7\n\x00\x01", content_type="application/pdf")
    one_line_error(run("source", "add", url), "it is application/pdf, not an HTML page")


def test_article_add_url_extracts_claims_and_logs_fetch(run, server: PageServer,
                                                       db: Path) -> None:
    url = server.page("/story", SAMP_T)
    out = ok_json(run("article", "add", url, "--json"))
    assert out["article"]["title"] == "Italy to send a second SAMP/T"
    assert out["claims"]
    with Store.open(db) as store:
        (fetch,) = store.list_fetches(article_id=out["article"]["id"])
        assert fetch["url"] == url and fetch["status"] == 200


def add_source(run, url: str) -> int:
    return ok_json(run("source", "add", url, "--json"))["sources"][0]["id"]


def passage_with(db: Path, source_id: int, words: str) -> int:
    with Store.open(db) as store:
        return next(p.id for p in store.current_passages(source_id) if words in p.text)


def add_claims(run, tmp_path: Path, n: int) -> list[int]:
    text = tmp_path / "story.txt"
    text.write_text("Title: Story\n\nItaly will send Ukraine a second SAMP/T system. "
                    "The SAMP/T can intercept ballistic missiles. "
                    "Deliveries begin before the end of summer.\n", "utf-8")
    claims = ok_json(run("article", "add", str(text), "--json"))["claims"]
    assert len(claims) >= n
    return [c["id"] for c in claims[:n]]


def test_refresh_unchanged_page_uses_etag_and_304(run, server: PageServer, db: Path) -> None:
    url = server.page("/samp", SAMP_T, etag='"v1"')
    source_id = add_source(run, url)
    out = ok_json(run("source", "refresh", "--json"))
    assert out == {"sources": [{"id": source_id, "url": url, "changed": False,
                                "reopened_claims": [], "status": 304, "version": 1}]}
    assert server.hits("/samp")[-1]["if-none-match"] == '"v1"'
    with Store.open(db) as store:
        assert [f["status"] for f in store.list_fetches(source_id=source_id)] == [200, 304]


def test_refresh_changed_page_stores_new_version_and_reopens_claims(
        run, server: PageServer, db: Path, tmp_path: Path) -> None:
    url = server.page("/samp", SAMP_T, etag='"v1"')
    source_id = add_source(run, url)
    intercept = passage_with(db, source_id, "ballistic missiles")
    deliveries = passage_with(db, source_id, "Deliveries are expected")
    first, second, third = add_claims(run, tmp_path, 3)
    ok_json(run("mark", str(first), "verified", "--evidence", str(intercept), "--json"))
    ok_json(run("mark", str(second), "verified", "--evidence", str(deliveries), "--json"))
    ok_json(run("mark", str(third), "disputed", "--json"))

    server.page("/samp", SAMP_T_EDITED, etag='"v2"')
    out = ok_json(run("source", "refresh", str(source_id), "--json"))
    assert out["sources"] == [{"id": source_id, "url": url, "changed": True,
                               "reopened_claims": [first], "status": 200, "version": 2}]
    assert server.hits("/samp")[-1]["if-none-match"] == '"v1"'

    history = ok_json(run("history", str(first), "--json"))["history"]
    last = history[-1]
    assert last["status"] == "pending" and last["action"] == "reopen"
    assert last["note"].startswith(f"stale evidence: source {source_id} ({url}) changed")
    assert "ballistic missiles" in last["note"] and "now reads" in last["note"]
    assert "cruise missiles" in last["note"]
    statuses = {c["id"]: c["status"] for c in
                ok_json(run("claims", "1", "--json"))["claims"]}
    assert statuses[first] == "pending"
    assert statuses[second] == "verified" and statuses[third] == "disputed"

    with Store.open(db) as store:
        source = store.load_source(source_id)
        assert "cruise missiles" in source.body and "ballistic" not in source.body
        (old,) = store.list_source_versions(source_id)
        assert old["version"] == 1 and "ballistic missiles" in old["body"]
        # The old passage is kept for the history but no longer matched.
        assert store.load_passages([intercept])[intercept][0].text.count("ballistic") == 1
        assert intercept not in [p.id for p in store.current_passages(source_id)]
        assert store.stale_evidence_claims() == [first]
        fetches = store.list_fetches(source_id=source_id)
        assert [(f["status"], f["changed"], f["etag"]) for f in fetches] == [
            (200, 0, '"v1"'), (200, 1, '"v2"')]
    found = ok_json(run("match", "intercept ballistic missiles SAMP/T", "--json"))["results"]
    assert intercept not in [r["passage_id"] for r in found]
    assert any("cruise missiles" in r["text"] for r in found)

    # A second refresh of the same text changes nothing and reopens nothing again.
    again = ok_json(run("source", "refresh", "--json"))["sources"][0]
    assert again["changed"] is False and again["reopened_claims"] == []


def test_refresh_reports_a_vanished_passage(run, server: PageServer, db: Path,
                                            tmp_path: Path) -> None:
    url = server.page("/samp", SAMP_T)
    source_id = add_source(run, url)
    deliveries = passage_with(db, source_id, "Deliveries are expected")
    (claim,) = add_claims(run, tmp_path, 1)
    ok_json(run("mark", str(claim), "verified", "--evidence", str(deliveries), "--json"))
    server.page("/samp", SAMP_T.replace(
        "<p>Deliveries are expected to begin before the end of the summer, officials added.</p>",
        "<p>Parliament will debate the package again next month, the speaker confirmed.</p>"))
    out = ok_json(run("source", "refresh", "--json"))["sources"][0]
    assert out["changed"] is True and out["reopened_claims"] == [claim]
    note = ok_json(run("history", str(claim), "--json"))["history"][-1]["note"]
    assert note.endswith("is gone") and "Deliveries are expected" in note


def test_refresh_failure_leaves_source_untouched_with_a_warning(run, server: PageServer,
                                                                db: Path) -> None:
    ok_url = server.page("/a", SAMP_T)
    gone_url = server.page("/b", page("Another story about the bridge",
                                      "The bridge reopened on Thursday after repairs."))
    ok_id, gone_id = add_source(run, ok_url), add_source(run, gone_url)
    server.page("/a", SAMP_T_EDITED)
    server.page("/b", "gone", status=404)
    result = run("source", "refresh", "--json")
    out = ok_json(result)
    by_id = {s["id"]: s for s in out["sources"]}
    assert by_id[ok_id]["changed"] is True
    assert by_id[gone_id]["changed"] is False and "HTTP 404" in by_id[gone_id]["error"]
    assert f"Warning: source {gone_id} not refreshed: cannot fetch {gone_url}" in result.stderr
    with Store.open(db) as store:
        assert store.load_source(gone_id).body.startswith("Another story")
        assert len(store.list_fetches(source_id=gone_id)) == 1


def test_refresh_when_every_fetch_fails_exits_1(run, server: PageServer) -> None:
    url = server.page("/a", SAMP_T)
    add_source(run, url)
    server.page("/a", "x", status=500)
    one_line_error(run("source", "refresh"), "HTTP 500")


def test_refresh_of_a_source_without_url_is_bad_input(run, tmp_path: Path) -> None:
    text = tmp_path / "s.txt"
    text.write_text("Italy sends a second SAMP/T system to Ukraine this summer.\n", "utf-8")
    source_id = ok_json(run("source", "add", str(text), "--json"))["sources"][0]["id"]
    one_line_error(run("source", "refresh", str(source_id)), "has no http(s) URL")
    one_line_error(run("source", "refresh", "999"), "no source with id 999")


def test_refresh_without_web_sources_prints_empty_list(run) -> None:
    result = run("source", "refresh", "--json")
    assert ok_json(result) == {"sources": []}
    assert "nothing to refresh" in result.stderr
