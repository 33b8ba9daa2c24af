"""The command line as the contract promises it, driven as a user and a script would.

Documents here are written by the tests (odd headers, BOM + CRLF, Latin-1, binary, empty, mixed
folders, standard input), and every answer is checked field by field: types, null vs missing,
ordering, exit codes, one-line `Error:` messages, and nothing stored after bad input.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from claimcheck.cli import cli
from claimcheck.core.store import Store

KINDS = {"quantity", "date", "quote", "attribution", "comparison", "event", "other"}
STATUSES = {"pending", "verified", "disputed", "unsourced"}

SOURCE_1 = ("Title: Border report\nURL: https://example.org/border\nPublished: 2024-05-01\n\n"
            "Belgorod lies 40 km from the Ukrainian border. Officials said 5 missiles hit the city.\n")
SOURCE_2 = "# Bridge notes\n\nThe bridge is 40 km long and opened in 2018.\n"
SOURCE_3 = ("<html><head><title>Census page</title></head><body><p>Paris has 2.1 million "
            "residents.</p></body></html>")
ARTICLE = ("Title: Strike story\nPublished: 2024-05-30\n\n"
           "Belgorod is 32 km from the border. Ukraine fired 5 missiles at the city on May 30, 2024.\n")


class Cli:
    """Runs `claimcheck` in-process with a fresh database; results carry stdout and stderr."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp = tmp_path
        self.db = tmp_path / "cc.db"
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | bytes | None = None, db: Path | None = None,
                 reviewer: str = "alice") -> Any:
        return self.runner.invoke(cli, ["--db", str(db or self.db), "--reviewer", reviewer, *args],
                                  input=input, catch_exceptions=False)

    def json(self, *args: str, **kwargs: Any) -> Any:
        cut = args.index("--") if "--" in args else len(args)
        result = self(*args[:cut], "--json", *args[cut:], **kwargs)
        assert result.exit_code == 0, (result.stdout, result.stderr)
        return json.loads(result.stdout)  # one document, nothing else on stdout

    def write(self, name: str, content: str | bytes) -> Path:
        path = self.tmp / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
        return path


@pytest.fixture
def cc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CLAIMCHECK_DB", raising=False)
    monkeypatch.delenv("CLAIMCHECK_REVIEWER", raising=False)
    return Cli(tmp_path)


def assert_error(result: Any, code: int = 1, contains: str = "") -> None:
    """Exit `code`, exactly one line on stderr starting `Error:`, nothing on stdout."""
    assert result.exit_code == code, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    if code == 1 or code == 3:
        assert len(lines) == 1, result.stderr
    assert lines[-1].startswith("Error:"), result.stderr
    assert contains in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stdout == ""


def db_state(db: Path) -> list[tuple[Any, ...]]:
    """Every stored document and claim, to show bad input changed nothing."""
    store = Store.open(db)
    try:
        articles = store.list_articles()
        sources = store.list_sources()
        claims = [(c.id, str(c.status), c.version) for a in articles for c in store.list_claims(a["id"])]
    finally:
        store.close()
    return [tuple(sorted(a.items())) for a in articles] + [tuple(sorted(s.items())) for s in sources] + claims


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- documents: headers, encodings, offsets -----------------------------------------------------


@pytest.mark.parametrize("raw, title, url, published, body", [
    ("Title: A\nURL: https://e.org/a\nPublished: 2024-05-30\n\nThe dam is 100 m tall.\n",
     "A", "https://e.org/a", "2024-05-30", "The dam is 100 m tall."),
    ("published:2024-05-30\ntItLe :   Odd   spacing  \nurl:https://e.org/b\n\nThe dam is 100 m tall.",
     "Odd spacing", "https://e.org/b", "2024-05-30", "The dam is 100 m tall."),
    ("  Title: Indented\n\tURL:  https://e.org/c\n\nThe dam is 100 m tall.\n",
     "Indented", "https://e.org/c", None, "The dam is 100 m tall."),
    ("\ufeffTitle: Bom\r\nURL: https://e.org/d\r\n\r\nThe dam is 100 m tall.\r\nIt opened in 1990.\r\n",
     "Bom", "https://e.org/d", None, "The dam is 100 m tall.\nIt opened in 1990."),
    ("The dam is 100 m tall.\nTitle: not a header here\n", "doc.txt", None, None,
     "The dam is 100 m tall.\nTitle: not a header here"),
])
def test_header_formats_give_title_url_published_and_body(
        cc: Cli, raw: str, title: str, url: str | None, published: str | None, body: str) -> None:
    path = cc.write("doc.txt", raw)
    data = cc.json("article", "add", str(path))
    assert data["article"]["title"] == title
    assert isinstance(data["article"]["id"], int)
    store = Store.open(cc.db)
    try:
        stored = store.load_article(data["article"]["id"])
    finally:
        store.close()
    assert (stored.url, stored.published, stored.body) == (url, published, body)
    for claim in data["claims"]:
        assert stored.body[claim["start"]:claim["end"]].strip()
        assert set(claim) == {"id", "text", "start", "end", "kind"}


def test_offsets_are_python_characters_of_the_stored_body(cc: Cli) -> None:
    text = ("Title: Wide\n\n“Quoted” émigrés — 😀 said the dam is 100 m tall. "
            "The bridge is 40 km long.\n")
    path = cc.write("wide.txt", "\ufeff" + text.replace("\n", "\r\n"))
    extracted = cc.json("extract", str(path))["claims"]
    body = text.split("\n\n", 1)[1].strip()
    assert extracted
    for claim in extracted:
        assert claim["kind"] in KINDS
        span = body[claim["start"]:claim["end"]]
        assert claim["text"].split()[-1].rstrip(".") in span
    bridge = [c for c in extracted if "bridge" in c["text"]]
    assert bridge and body[bridge[0]["start"]:bridge[0]["end"]] == "The bridge is 40 km long."


@pytest.mark.parametrize("name, content, message", [
    ("latin1.txt", "Caf\xe9 owners say 5 shops closed.".encode("latin-1"), "not valid UTF-8"),
    ("binary.txt", bytes(range(256)) * 20, "binary"),
    ("utf16.txt", "Title: T\n\nThe dam is 100 m tall.\n".encode("utf-16"), "UTF-16"),
    ("doc.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "binary"),
    ("img.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("empty.txt", b"", "no text"),
    ("blank.txt", b"  \n\r\n\t\n", "no text"),
    ("headers-only.txt", b"Title: Only\nURL: https://e.org\n\n", "no text"),
    ("bad-date.txt", b"Title: T\nPublished: 30/05/2024\n\nThe dam is 100 m tall.\n", "YYYY-MM-DD"),
    ("bad-day.txt", b"Title: T\nPublished: 2024-02-30\n\nThe dam is 100 m tall.\n", "YYYY-MM-DD"),
    ("compact-date.txt", b"Title: T\nPublished: 20240530\n\nThe dam is 100 m tall.\n", "YYYY-MM-DD"),
    ("week-date.txt", b"Title: T\nPublished: 2024-W22-4\n\nThe dam is 100 m tall.\n", "YYYY-MM-DD"),
    ("time-date.txt", b"Title: T\nPublished: 2024-05-30T10:00\n\nThe dam is 100 m tall.\n",
     "YYYY-MM-DD"),
])
@pytest.mark.parametrize("command", [("article", "add"), ("source", "add"), ("extract",)])
def test_bad_documents_are_refused_and_store_nothing(
        cc: Cli, name: str, content: bytes, message: str, command: tuple[str, ...]) -> None:
    cc.json("source", "add", str(cc.write("ok.txt", SOURCE_1)))
    before = db_state(cc.db)
    path = cc.write(name, content)
    assert_error(cc(*command, str(path), "--json"), 1, message)
    assert db_state(cc.db) == before


@pytest.mark.parametrize("command", [("article", "add"), ("source", "add"), ("extract",)])
def test_missing_file_and_folder_given_as_document(cc: Cli, command: tuple[str, ...]) -> None:
    assert_error(cc(*command, str(cc.tmp / "nope.txt")), 1, "does not exist")


@pytest.mark.parametrize("command", [("article", "add", "-"), ("extract", "-"), ("extract",),
                                     ("source", "add", "-")])
def test_standard_input(cc: Cli, command: tuple[str, ...]) -> None:
    body = "\ufeffTitle: Piped\r\n\r\nThe dam is 100 m tall.\r\n".encode()
    result = cc(*command, "--json", input=body)
    assert result.exit_code == 0, result.stderr
    json.loads(result.stdout)
    assert_error(cc(*command, "--json", input=b""), 1, "standard input")
    assert_error(cc(*command, "--json", input=b"caf\xe9"), 1, "not valid UTF-8")


# -- sources ------------------------------------------------------------------------------------


def test_source_add_folder_recursive_mixed_and_idempotent(cc: Cli) -> None:
    cc.write("desk/a.txt", SOURCE_1)
    cc.write("desk/sub/b.md", SOURCE_2)
    cc.write("desk/sub/deeper/c.html", SOURCE_3)
    cc.write("desk/sub/scan.pdf", b"%PDF-1.4 binary")
    cc.write("desk/photo.png", b"\x89PNG\r\n\x1a\n")
    cc.write("desk/.hidden.txt", "The hidden file is 3 m long.")
    first = cc.json("source", "add", str(cc.tmp / "desk"))["sources"]
    assert [s["title"] for s in first] == ["Border report", "b.md", "Census page"]
    for s in first:
        assert set(s) == {"id", "title", "url", "passages", "new"}
        assert isinstance(s["id"], int) and isinstance(s["passages"], int) and s["passages"] >= 1
        assert s["new"] is True
    assert first[0]["url"] == "https://example.org/border"
    assert first[1]["url"] is None
    again = cc.json("source", "add", str(cc.tmp / "desk"))["sources"]
    assert [(s["id"], s["new"]) for s in again] == [(s["id"], False) for s in first]


def test_readding_identical_text_reports_the_stored_record(cc: Cli) -> None:
    one = cc.write("one.txt", "Title: One\n\nThe dam is 100 m tall.\n")
    two = cc.write("two.txt", b"\xef\xbb\xbfTitle: Two\r\nURL: https://e.org/2\r\n\r\n"
                              b"The dam is 100 m tall.\r\n")
    first = cc.json("source", "add", str(one))["sources"][0]
    again = cc.json("source", "add", str(two))["sources"][0]
    assert again == {**first, "new": False}
    assert first["title"] == "One" and first["url"] is None
    article = cc.json("article", "add", str(one))
    repeat = cc.json("article", "add", str(two))
    assert repeat["article"]["id"] == article["article"]["id"]
    assert repeat["article"]["title"] == "One"
    assert repeat["claims"] == article["claims"]


def test_source_add_folder_with_one_bad_file_stores_nothing(cc: Cli) -> None:
    cc.write("desk/a.txt", SOURCE_1)
    cc.write("desk/z.txt", "Caf\xe9 owners say 5 shops closed.".encode("latin-1"))
    assert_error(cc("source", "add", str(cc.tmp / "desk")), 1, "z.txt")
    assert cc.json("sources")["sources"] == []


def test_source_add_empty_folder_is_an_error(cc: Cli) -> None:
    (cc.tmp / "nothing").mkdir()
    cc.write("nothing/x.pdf", b"%PDF-1.4")
    assert_error(cc("source", "add", str(cc.tmp / "nothing")), 1, "no .txt")


def test_source_add_jsonl_with_null_url_and_published(cc: Cli) -> None:
    path = cc.write("in.jsonl", "\n".join([
        json.dumps({"title": "Wire 1", "url": None, "published": None,
                    "text": "Kyiv is the capital of Ukraine."}),
        "",
        json.dumps({"title": "Wire 2", "url": "https://example.org/w2", "published": "2024-05-30",
                    "text": "Rome has 2.8 million residents."}),
        json.dumps({"title": "Wire 3", "text": "Kyiv is the capital of Ukraine."}),
    ]) + "\n")
    out = cc.json("source", "add", "--jsonl", str(path))["sources"]
    assert [(s["title"], s["url"], s["new"]) for s in out] == [
        ("Wire 1", None, True), ("Wire 2", "https://example.org/w2", True), ("Wire 1", None, False)]
    assert out[2]["id"] == out[0]["id"]


@pytest.mark.parametrize("lines, message", [
    (['{"title": "A", "text": "Kyiv is big."}', "not json"], "line 2"),
    (['{"title": "A"}'], '"text"'),
    (['{"title": "A", "text": 5}'], '"text"'),
    (['[1, 2]'], '"text"'),
    (['{"title": "A", "text": "   "}'], "empty"),
    (['{"title": "A", "text": "Bad \\ud800 text 5 km."}'], "surrogate"),
    (['{"title": "A", "text": "Kyiv is big.", "published": "yesterday"}'], "YYYY-MM-DD"),
])
def test_source_add_bad_jsonl_stores_nothing(cc: Cli, lines: list[str], message: str) -> None:
    path = cc.write("bad.jsonl", "\n".join(lines) + "\n")
    assert_error(cc("source", "add", "--jsonl", str(path), "--json"), 1, message)
    assert cc.json("sources")["sources"] == []


def test_source_add_progress_leaves_no_blank_stderr_line_off_a_terminal(cc: Cli) -> None:
    path = cc.write("in.jsonl", json.dumps({"title": "A", "text": "Kyiv is big."}) + "\n")
    result = cc("source", "add", "--jsonl", str(path), "--json")
    assert result.exit_code == 0
    assert result.stderr == ""


# -- match --------------------------------------------------------------------------------------


@pytest.fixture
def stocked(cc: Cli) -> Cli:
    cc.write("desk/a.txt", SOURCE_1)
    cc.write("desk/b.md", SOURCE_2)
    cc.write("desk/c.html", SOURCE_3)
    cc.json("source", "add", str(cc.tmp / "desk"))
    return cc


def check_results(results: list[dict[str, Any]], k: int) -> None:
    assert len(results) <= k
    for r in results:
        assert set(r) == {"passage_id", "source_id", "source_title", "source_url", "text", "score"}
        assert isinstance(r["passage_id"], int) and isinstance(r["source_id"], int)
        assert isinstance(r["score"], float) and 0 <= r["score"] <= 100
        assert r["source_url"] is None or isinstance(r["source_url"], str)
    scores = [r["score"] for r in results]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("query", [
    "Belgorod 40 km", '"unbalanced quote', "a AND OR NOT", "(x", "col:val", "*", "NEAR(a b)",
    "^start", "12345 678", "-", "--", "[bold]x[/bold]", "\x1b[31mred\x1b[0m Belgorod",
    "Белгород 40 км", "北京是中国的首都", "word " * 2000, "x" * 10_000, "Belgorod's \"40\" km?!",
])
def test_match_any_text_answers_json(stocked: Cli, query: str) -> None:
    data = stocked.json("match", "-k", "3", "--", query)
    assert data["query"] == query
    check_results(data["results"], 3)


def test_match_best_first_and_k(stocked: Cli) -> None:
    data = stocked.json("match", "Belgorod is 40 km from the border", "-k", "2")
    assert data["results"][0]["text"] == "Belgorod lies 40 km from the Ukrainian border."
    assert data["results"][0]["source_url"] == "https://example.org/border"
    check_results(data["results"], 2)
    assert len(stocked.json("match", "Belgorod")["results"]) <= 5


@pytest.mark.parametrize("query", ["", "   "])
def test_match_empty_text_is_bad_input(stocked: Cli, query: str) -> None:
    assert_error(stocked("match", "--json", "--", query), 1, "empty")


@pytest.mark.parametrize("k", ["0", "-1", "x"])
def test_match_bad_k_is_a_usage_error(stocked: Cli, k: str) -> None:
    result = stocked("match", "Belgorod", "-k", k, "--json")
    assert result.exit_code == 2 and result.stdout == ""


def test_match_on_an_empty_database(cc: Cli) -> None:
    assert cc.json("match", "Belgorod") == {"query": "Belgorod", "results": []}


def test_match_queries_file_keeps_order(stocked: Cli) -> None:
    path = stocked.write("q.txt", "\ufeffParis residents\r\n\r\nBelgorod 40 km\r\n\"odd\n")
    data = stocked.json("match", "--queries", str(path), "-k", "1")
    assert [m["query"] for m in data["matches"]] == ["Paris residents", "Belgorod 40 km", '"odd']
    for m in data["matches"]:
        check_results(m["results"], 1)
    assert_error(stocked("match", "--queries", str(stocked.tmp / "none.txt")), 1, "does not exist")


# -- articles, check, claims, mark, history -----------------------------------------------------


def test_check_shapes(stocked: Cli) -> None:
    article = stocked.json("article", "add", str(stocked.write("art.txt", ARTICLE)))
    data = stocked.json("check", str(article["article"]["id"]), "-k", "2")
    assert data["article_id"] == article["article"]["id"]
    assert [c["id"] for c in data["claims"]] == [c["id"] for c in article["claims"]]
    for c in data["claims"]:
        assert {"id", "text", "start", "end", "kind", "status", "suggestion", "evidence"} <= set(c)
        assert c["status"] in STATUSES and c["kind"] in KINDS
        assert c["suggestion"]["status"] in STATUSES - {"pending"}
        assert isinstance(c["suggestion"]["reason"], str) and c["suggestion"]["reason"]
        for e in c["evidence"]:
            assert {"passage_id", "source_id", "source_title", "text", "score", "stance"} <= set(e)
            assert e["stance"] in {"supports", "contradicts", "related"}
            assert 0 <= e["score"] <= 100
    first = data["claims"][0]
    assert first["suggestion"]["status"] == "disputed"
    assert "40" in first["suggestion"]["reason"] and "32" in first["suggestion"]["reason"]


def test_check_without_sources_and_unknown_article(cc: Cli) -> None:
    article = cc.json("article", "add", str(cc.write("art.txt", ARTICLE)))
    data = cc.json("check", str(article["article"]["id"]))
    assert data["claims"]
    for c in data["claims"]:
        assert c["evidence"] == [] and c["suggestion"]["status"] == "unsourced"
        assert c["suggestion"]["reason"].startswith("no sources are stored yet")
    assert_error(cc("check", "999", "--json"), 1, "999")
    assert_error(cc("claims", "999", "--json"), 1, "999")


def test_mark_claims_history_and_conflict(stocked: Cli) -> None:
    article = stocked.json("article", "add", str(stocked.write("art.txt", ARTICLE)))
    claim_id = article["claims"][0]["id"]
    claims = stocked.json("claims", str(article["article"]["id"]))["claims"]
    assert claims[0] == {**claims[0], "id": claim_id, "status": "pending", "version": 1,
                         "reviewer": None, "updated_at": None, "note": None}
    passage = stocked.json("match", "Belgorod 40 km", "-k", "1")["results"][0]["passage_id"]
    assert stocked.json("mark", str(claim_id), "verified", "--evidence", str(passage),
                        "--note", "AP", "--if-version", "1") == {
        "id": claim_id, "status": "verified", "version": 2}
    conflict = stocked("mark", str(claim_id), "disputed", "--if-version", "1", "--json",
                       reviewer="bob")
    assert_error(conflict, 3, "Error: conflict:")
    assert "alice" in conflict.stderr and "20" in conflict.stderr  # who and when
    assert stocked.json("mark", str(claim_id), "Disputed", reviewer="bob")["version"] == 3
    assert stocked.json("mark", str(claim_id), "disputed", reviewer="bob")["version"] == 4
    history = stocked.json("history", str(claim_id))
    assert history["claim_id"] == claim_id
    entries = history["history"]
    assert [h["version"] for h in entries] == [2, 3, 4]
    assert [h["reviewer"] for h in entries] == ["alice", "bob", "bob"]
    assert entries[0]["evidence"] == [passage] and entries[0]["note"] == "AP"
    assert all(isinstance(h["evidence"], list) for h in entries)
    assert [h["at"] for h in entries] == sorted(h["at"] for h in entries)
    assert all(h["at"].endswith(("Z", "+00:00")) for h in entries)
    after = stocked.json("claims", str(article["article"]["id"]))["claims"][0]
    assert (after["status"], after["version"], after["reviewer"]) == ("disputed", 4, "bob")


@pytest.mark.parametrize("args, code, message", [
    (("mark", "1", "maybe"), 2, "STATUS"),
    (("mark", "999", "verified"), 1, "999"),
    (("mark", "1", "verified", "--evidence", "9999"), 1, "9999"),
    (("history", "999"), 1, "999"),
    (("mark", "abc", "verified"), 2, "CLAIM_ID"),
])
def test_mark_and_history_bad_input(stocked: Cli, args: tuple[str, ...], code: int,
                                    message: str) -> None:
    stocked.json("article", "add", str(stocked.write("art.txt", ARTICLE)))
    before = db_state(stocked.db)
    assert_error(stocked(*args, "--json"), code, message)
    assert db_state(stocked.db) == before


# -- database files -----------------------------------------------------------------------------


COMMANDS = [("articles",), ("sources",), ("match", "Belgorod"), ("claims", "1"),
            ("mark", "1", "verified"), ("history", "1"), ("check", "1"),
            ("article", "add", "ART"), ("source", "add", "ART")]


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    third = len(data) // 3
    data[third:2 * third] = b"\xff" * third
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("kind", ["text", "folder", "other-app", "same-table-names", "corrupt",
                                  "truncated", "random"])
def test_unusable_database_is_refused_and_never_written(cc: Cli, kind: str) -> None:
    art = cc.write("art.txt", ARTICLE)
    db = cc.tmp / "bad.db"
    if kind == "text":
        db.write_text("hello\n")
    elif kind == "folder":
        db.mkdir()
    elif kind == "random":
        db.write_bytes(os.urandom(3000))
    elif kind in {"other-app", "same-table-names"}:
        conn = sqlite3.connect(db)
        for table in (["users"] if kind == "other-app" else ["articles", "claims", "sources"]):
            conn.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, name TEXT)")
            conn.execute(f"INSERT INTO {table} (name) VALUES ('x')")
        conn.commit()
        conn.close()
    else:
        cc.json("source", "add", str(cc.write("s.txt", SOURCE_1)), db=db)
        cc.json("article", "add", str(art), db=db)
        conn = sqlite3.connect(db)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        if kind == "corrupt":
            _corrupt(db)
        else:
            db.write_bytes(db.read_bytes()[: db.stat().st_size // 2])
    before = None if db.is_dir() else sha(db)
    for command in COMMANDS:
        args = [str(art) if a == "ART" else a for a in command]
        assert_error(cc(*args, "--json", db=db) if command[0] not in {"mark"}
                     else cc(*args, db=db), 1)
    assert_error(cc("backup", str(cc.tmp / "copy.db"), db=db), 1)
    if before is not None:
        assert sha(db) == before
    else:
        assert list(db.iterdir()) == []
    assert sorted(p.name for p in cc.tmp.iterdir() if p.name.startswith("bad.db")) == ["bad.db"]


def test_missing_database_folder_and_fresh_database(cc: Cli) -> None:
    assert_error(cc("articles", db=cc.tmp / "no" / "such" / "x.db"), 1, "does not exist")
    assert not (cc.tmp / "no").exists()
    assert cc.json("articles", db=cc.tmp / "new.db") == {"articles": []}


def test_backup(stocked: Cli) -> None:
    assert_error(stocked("backup", str(stocked.tmp / "nodir" / "b.db")), 1, "does not exist")
    assert_error(stocked("backup", str(stocked.db)), 1, "database itself")
    assert_error(stocked("backup", str(stocked.tmp)), 1, "folder")
    text = stocked.write("notes.txt", "keep me\n")
    assert_error(stocked("backup", str(text)), 1, "not a claimcheck database")
    assert text.read_text() == "keep me\n"
    other = stocked.tmp / "other-app.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    before = sha(other)
    assert_error(stocked("backup", str(other)), 1, "not a claimcheck database")
    assert sha(other) == before
    older = stocked.tmp / "older.db"
    assert stocked("backup", str(older)).exit_code == 0
    stocked.json("source", "add", str(stocked.write("more.txt", "The tower is 300 m tall.\n")))
    assert stocked("backup", str(older)).exit_code == 0  # an older backup is replaced
    assert stocked.json("sources", db=older) == stocked.json("sources")
    copy = stocked.tmp / "copy.db"
    result = stocked("backup", str(copy))
    assert result.exit_code == 0 and result.stdout == ""
    assert stocked.json("sources", db=copy) == stocked.json("sources")


# -- the installed command, as a script runs it -------------------------------------------------


def claimcheck(*args: str, cwd: Path, env: dict[str, str] | None = None,
               input: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMCHECK_")}
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "claimcheck", *args], cwd=cwd, env=full_env,
                          input=input, capture_output=True, timeout=120, check=False)


def test_subprocess_settings_precedence_and_stdin(tmp_path: Path) -> None:
    env = {"CLAIMCHECK_DB": str(tmp_path / "env.db"), "CLAIMCHECK_REVIEWER": "erin"}
    added = claimcheck("article", "add", "-", "--json", cwd=tmp_path, env=env,
                       input="\ufeffTitle: Piped\r\n\r\nThe dam is 100 m tall.\r\n".encode())
    assert added.returncode == 0, added.stderr
    data = json.loads(added.stdout)
    assert data["article"]["title"] == "Piped"
    claim_id = str(data["claims"][0]["id"])
    assert (tmp_path / "env.db").exists() and not (tmp_path / "claimcheck.db").exists()
    claimcheck("mark", claim_id, "verified", cwd=tmp_path, env=env)
    claimcheck("--reviewer", "flag", "mark", claim_id, "disputed", cwd=tmp_path, env=env)
    hist = json.loads(claimcheck("history", claim_id, "--json", cwd=tmp_path, env=env).stdout)
    assert [h["reviewer"] for h in hist["history"]] == ["erin", "flag"]
    # --db beats the environment; no variable at all means ./claimcheck.db.
    other = claimcheck("--db", str(tmp_path / "flag.db"), "articles", "--json", cwd=tmp_path,
                       env=env)
    assert json.loads(other.stdout) == {"articles": []} and (tmp_path / "flag.db").exists()
    plain = claimcheck("articles", "--json", cwd=tmp_path)
    assert plain.returncode == 0 and (tmp_path / "claimcheck.db").exists()


def test_subprocess_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    (tmp_path / "text.db").write_text("hello\n")
    for args, code in [(("--db", "text.db", "articles"), 1), (("article", "add", "nope.txt"), 1),
                       (("mark", "1", "bogus"), 2), (("article", "add", "-"), 1)]:
        result = claimcheck(*args, cwd=tmp_path, input=b"")
        assert result.returncode == code, result.stderr
        err = result.stderr.decode()
        assert "Traceback" not in err and result.stdout == b""
        if code == 1:
            assert err.count("\n") == 1 and err.startswith("Error:"), err
    assert (tmp_path / "text.db").read_text() == "hello\n"


def test_subprocess_non_utf8_output_encoding_never_crashes(tmp_path: Path) -> None:
    (tmp_path / "cyr.txt").write_text("Title: Кириллица 北京\n\nБелгород находится в 40 км.\n",
                                      encoding="utf-8")
    env = {"CLAIMCHECK_DB": str(tmp_path / "x.db"), "PYTHONIOENCODING": "latin-1"}
    added = claimcheck("article", "add", "cyr.txt", "--json", cwd=tmp_path, env=env)
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["article"]["title"] == "Кириллица 北京"
    listed = claimcheck("articles", cwd=tmp_path, env=env)
    assert listed.returncode == 0 and b"Traceback" not in listed.stderr
    assert b"\\u041a" in listed.stdout


@pytest.mark.parametrize("command", [("article", "add"), ("source", "add")])
def test_title_option_is_one_clean_line(cc: Cli, command: tuple[str, ...]) -> None:
    path = cc.write("doc.txt", "Title: From header\n\nThe dam is 100 m tall.\n")
    data = cc.json(*command, str(path), "--title", "  Two\nlines \x1b[1mbold\x1b[0m  ")
    record = data["article"] if "article" in data else data["sources"][0]
    assert record["title"] == "Two lines bold"
    other = cc.write("other.txt", "Title: From header\n\nThe bridge is 40 km long.\n")
    data = cc.json(*command, str(other), "--title", "   ")
    record = data["article"] if "article" in data else data["sources"][0]
    assert record["title"] == "From header"


@pytest.mark.parametrize("command", [("article", "add"), ("extract",)])
def test_html_file_is_read_as_a_page(cc: Cli, command: tuple[str, ...]) -> None:
    path = cc.write("page.html", SOURCE_3)
    data = cc.json(*command, str(path))
    assert [c["text"] for c in data["claims"]] == ["Paris has 2.1 million residents."]
    if "article" in data:
        assert data["article"]["title"] == "Census page"


@pytest.mark.parametrize("args, message", [
    (("claims", "99999999999999999999"), "no article with id"),
    (("check", "99999999999999999999"), "no article with id"),
    (("history", "99999999999999999999"), "no claim with id"),
    (("mark", "99999999999999999999", "verified"), "no claim with id"),
    (("mark", "1", "verified", "--evidence", "-99999999999999999999"), "no passage with id"),
    (("report", "99999999999999999999", "--format", "md"), "no article with id"),
    (("source", "refresh", "99999999999999999999"), "no source with id"),
    (("claims", "0"), "no article with id 0"),
])
def test_ids_sqlite_cannot_hold_are_unknown_ids(stocked: Cli, args: tuple[str, ...],
                                               message: str) -> None:
    stocked.json("article", "add", str(stocked.write("art.txt", ARTICLE)))
    assert_error(stocked(*args), 1, message)


@pytest.mark.parametrize("args", [("match", "--queries", "FOLDER"), ("source", "add", "--jsonl", "FOLDER"),
                                  ("article", "add", "FOLDER"), ("extract", "FOLDER")])
def test_folder_where_a_file_is_expected(cc: Cli, args: tuple[str, ...]) -> None:
    (cc.tmp / "folder").mkdir()
    assert_error(cc(*[str(cc.tmp / "folder") if a == "FOLDER" else a for a in args]), 1, "folder")


def test_subprocess_arguments_that_are_not_utf8(tmp_path: Path) -> None:
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("CLAIMCHECK_")},
           "CLAIMCHECK_DB": str(tmp_path / "x.db"), "LC_ALL": "C.UTF-8"}

    def run(*args: bytes) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([sys.executable.encode(), b"-m", b"claimcheck", *args], cwd=tmp_path,
                              env=env, capture_output=True, timeout=120, check=False)

    (tmp_path / "a.txt").write_text("The dam is 100 m tall.\n", encoding="utf-8")
    assert run(b"article", b"add", b"a.txt").returncode == 0
    (tmp_path / os.fsdecode(b"b\xff.txt")).write_text("The tower is 300 m tall.\n")
    named = run(b"source", b"add", b"b\xff.txt", b"--json")
    assert named.returncode == 0, named.stderr
    assert json.loads(named.stdout)["sources"][0]["title"] == "b?.txt"
    for args in [(b"--reviewer", b"bob\xff", b"mark", b"1", b"verified"),
                 (b"mark", b"1", b"verified", b"--note", b"n\xffote")]:
        result = run(*args)
        assert result.returncode == 1, result.stderr
        assert result.stderr.startswith(b"Error:") and result.stderr.count(b"\n") == 1
    assert json.loads(run(b"history", b"1", b"--json").stdout)["history"] == []


def test_report_output_errors(stocked: Cli) -> None:
    article = stocked.json("article", "add", str(stocked.write("art.txt", ARTICLE)))
    article_id = str(article["article"]["id"])
    assert_error(stocked("report", article_id, "--format", "md", "-o", str(stocked.tmp)), 1,
                 "cannot write")
    assert_error(stocked("report", article_id, "--format", "md", "-o",
                         str(stocked.tmp / "no" / "r.md")), 1, "cannot write")
    assert_error(stocked("report", "999", "--format", "json"), 1, "999")
    result = stocked("report", article_id, "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)
    claimreview = stocked("report", article_id, "--format", "claimreview")
    assert isinstance(json.loads(claimreview.stdout), list)


def test_mark_cites_each_evidence_passage_once_in_the_given_order(stocked: Cli) -> None:
    article = stocked.json("article", "add", str(stocked.write("art.txt", ARTICLE)))
    claim_id = str(article["claims"][0]["id"])
    passages = [r["passage_id"] for r in stocked.json("match", "Belgorod 40 km", "-k", "2")["results"]]
    assert len(passages) == 2
    second, first = map(str, passages)
    stocked.json("mark", claim_id, "verified", "--evidence", first, "--evidence", second,
                 "--evidence", first)
    entry = stocked.json("history", claim_id)["history"][-1]
    assert entry["evidence"] == [int(first), int(second)]


@pytest.mark.parametrize("command", [("source", "add"), ("article", "add"), ("extract",)])
def test_empty_path_argument_is_refused(cc: Cli, command: tuple[str, ...]) -> None:
    cc.write("stray.txt", "The tower is 300 m tall.\n")  # the current folder holds a document
    assert_error(cc(*command, "", "--json"), 1, "empty path")
    assert cc.json("sources")["sources"] == []
