"""The command line against the contract: exit codes, JSON on stdout, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.cli import cli

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "fixtures" / "articles" / "belgorod.txt"
SOURCES = ROOT / "fixtures" / "sources"


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CLAIMCHECK_DB", raising=False)
    monkeypatch.setenv("CLAIMCHECK_REVIEWER", "alice")
    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None):
        return runner.invoke(cli, ["--db", str(tmp_path / "cc.db"), *args], input=input,
                             catch_exceptions=False)

    return invoke


def as_json(result) -> dict:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def assert_error(result, code: int = 1, contains: str = "") -> None:
    assert result.exit_code == code, result.output
    lines = result.stderr.strip().splitlines()
    assert lines and lines[-1].startswith("Error:"), result.stderr
    assert contains in result.stderr
    assert "Traceback" not in result.output


def test_extract_prints_claims_with_spans_and_stores_nothing(run, tmp_path: Path) -> None:
    data = as_json(run("extract", str(ARTICLE), "--json"))
    assert len(data["claims"]) >= 5
    body = ARTICLE.read_text(encoding="utf-8").split("\n\n", 1)[1].strip()
    for claim in data["claims"]:
        assert set(claim) >= {"text", "start", "end", "kind"}
        assert 0 <= claim["start"] < claim["end"] <= len(body)
        assert claim["kind"] in {"quantity", "date", "quote", "attribution", "comparison", "event", "other"}
    assert not (tmp_path / "cc.db").exists()


def test_extract_reads_standard_input(run) -> None:
    data = as_json(run("extract", "-", "--json", input="Italy will send a second SAMP/T system to Ukraine in June 2024."))
    assert data["claims"] and "SAMP/T" in data["claims"][0]["text"]


def test_article_add_then_claims_lists_them(run) -> None:
    added = as_json(run("article", "add", str(ARTICLE), "--json"))
    assert added["article"]["id"] == 1
    assert added["article"]["title"] == "Ukraine strikes Russian soil with American-supplied missiles"
    listed = as_json(run("claims", "1", "--json"))
    assert [c["id"] for c in listed["claims"]] == [c["id"] for c in added["claims"]]
    first = listed["claims"][0]
    assert (first["status"], first["version"], first["reviewer"], first["note"]) == ("pending", 1, None, None)


def test_article_add_from_stdin_with_title(run) -> None:
    added = as_json(run("article", "add", "-", "--title", "Piped", "--json",
                        input="The Netherlands allowed Ukraine to use its F-16 jets against targets in Russia."))
    assert added["article"]["title"] == "Piped"


def test_source_add_folder_is_idempotent(run) -> None:
    first = as_json(run("source", "add", str(SOURCES), "--json"))
    assert len(first["sources"]) >= 12 and all(s["new"] for s in first["sources"])
    assert all(s["passages"] > 0 and s["url"].startswith("https://example.org") for s in first["sources"])
    again = as_json(run("source", "add", str(SOURCES / "italy-second-samp-t.txt"), "--json"))
    match = next(s for s in first["sources"] if s["title"] == again["sources"][0]["title"])
    assert again["sources"][0] == {**match, "new": False}


def test_source_add_jsonl(run, tmp_path: Path) -> None:
    lines = [{"title": "One", "url": None, "published": "2024-05-30", "text": "Belgorod is 32 km away."},
             {"title": "Two", "url": "https://example.org/2", "published": None, "text": "Kirby spoke. He said more."}]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    data = as_json(run("source", "add", "--jsonl", str(path), "--json"))
    assert [(s["title"], s["url"], s["new"]) for s in data["sources"]] == [
        ("One", None, True), ("Two", "https://example.org/2", True)]


def test_bad_jsonl_line_stores_nothing(run, tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"title": "ok", "text": "fine text here"}\n{"title": "bad"\n', encoding="utf-8")
    assert_error(run("source", "add", "--jsonl", str(path)), contains="line 2")
    assert as_json(run("source", "list", "--json"))["sources"] == []


@pytest.mark.parametrize("name, data, contains", [
    ("binary.txt", b"\x00\x01\x02\x03binary", "binary"),
    ("latin1.txt", b"caf\xe9", "not valid UTF-8"),
    ("empty.txt", b"", "has no text"),
])
def test_bad_source_file_is_refused_and_nothing_stored(run, tmp_path: Path, name: str, data: bytes, contains: str) -> None:
    good = tmp_path / "good.txt"
    good.write_text("A perfectly fine source sentence about Belgorod.", encoding="utf-8")
    bad = tmp_path / name
    bad.write_bytes(data)
    assert_error(run("source", "add", str(good), str(bad)), contains=contains)
    assert as_json(run("source", "list", "--json"))["sources"] == []


def test_missing_file_and_unknown_ids_exit_1(run) -> None:
    assert_error(run("article", "add", "no-such-file.txt"), contains="does not exist")
    assert_error(run("claims", "7"), contains="no article with id 7")
    assert_error(run("mark", "7", "verified"), contains="no claim with id 7")
    assert_error(run("history", "7"), contains="no claim with id 7")


def test_unknown_status_is_a_usage_error(run) -> None:
    run("article", "add", str(ARTICLE))
    result = run("mark", "1", "true")
    assert result.exit_code == 2
    assert as_json(run("claims", "1", "--json"))["claims"][0]["version"] == 1


def test_mark_history_and_conflict(run) -> None:
    run("article", "add", str(ARTICLE))
    run("source", "add", str(SOURCES))
    marked = as_json(run("mark", "1", "verified", "--note", "two sources agree", "--evidence", "1",
                         "--evidence", "2", "--if-version", "1", "--json"))
    assert marked == {"id": 1, "status": "verified", "version": 2}
    result = run("--reviewer", "bob", "mark", "1", "disputed", "--if-version", "1")
    assert_error(result, code=3, contains="conflict")
    assert "alice" in result.stderr
    history = as_json(run("history", "1", "--json"))
    assert history["claim_id"] == 1
    (entry,) = history["history"]
    assert (entry["version"], entry["status"], entry["note"], entry["evidence"], entry["reviewer"]) == (
        2, "verified", "two sources agree", [1, 2], "alice")
    assert entry["at"].endswith("Z")


def test_db_option_rejects_a_non_database_file(run, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a database", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(text), "claims", "1"])
    assert_error(result, contains="not a SQLite database")
    assert text.read_text(encoding="utf-8") == "not a database"


def test_match_returns_ranked_passages_and_queries_file(run, tmp_path: Path) -> None:
    run("source", "add", str(SOURCES))
    data = as_json(run("match", "Italy will supply a second SAMP/T air defence system", "-k", "3", "--json"))
    assert data["query"].startswith("Italy") and 1 <= len(data["results"]) <= 3
    top = data["results"][0]
    assert set(top) == {"passage_id", "source_id", "source_title", "source_url", "text", "score"}
    assert any("SAMP/T" in r["text"] for r in data["results"]) and 0 <= top["score"] <= 100
    scores = [r["score"] for r in data["results"]]
    assert scores == sorted(scores, reverse=True)
    queries = tmp_path / "q.txt"
    queries.write_text("Belgorod is 32 km from the border\n\nKirby said expansion could be considered\n", encoding="utf-8")
    many = as_json(run("match", "--queries", str(queries), "--json"))
    assert [m["query"] for m in many["matches"]] == ["Belgorod is 32 km from the border",
                                                     "Kirby said expansion could be considered"]


@pytest.mark.parametrize("text", ['"', "*", "NEAR(", "a - b", "col:umn", "AND OR NOT", "32", "x" * 10000, "(((", "^"])
def test_match_survives_fts_syntax_in_claims(run, text: str) -> None:
    run("source", "add", str(SOURCES))
    data = as_json(run("match", text, "--json"))
    assert isinstance(data["results"], list)


def test_match_on_empty_database_gives_no_results(run) -> None:
    assert as_json(run("match", "anything at all", "--json"))["results"] == []


def test_check_suggests_without_touching_status(run) -> None:
    run("article", "add", str(ARTICLE))
    run("source", "add", str(SOURCES))
    run("mark", "1", "disputed")
    data = as_json(run("check", "1", "--json"))
    assert data["article_id"] == 1
    first = data["claims"][0]
    assert first["status"] == "disputed"
    assert first["suggestion"]["status"] in {"verified", "disputed", "unsourced"}
    assert first["suggestion"]["reason"]
    for ev in first["evidence"]:
        assert ev["stance"] in {"supports", "contradicts", "related"}
    assert as_json(run("claims", "1", "--json"))["claims"][0]["status"] == "disputed"


def test_backup_makes_a_usable_copy(run, tmp_path: Path) -> None:
    run("article", "add", str(ARTICLE))
    result = run("backup", str(tmp_path / "copy.db"))
    assert result.exit_code == 0
    copy = CliRunner().invoke(cli, ["--db", str(tmp_path / "copy.db"), "claims", "1", "--json"])
    assert json.loads(copy.stdout)["claims"]


def test_python_dash_m_runs_the_same_cli(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "claimcheck", "--db", str(tmp_path / "x.db"),
                             "claims", "1"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.startswith("Error: no article with id 1")


def test_every_command_help_ends_with_an_example() -> None:
    import click

    def walk(group: click.Group, prefix: list[str]):
        for name, command in group.commands.items():
            yield prefix + [name], command
            if isinstance(command, click.Group):
                yield from walk(command, prefix + [name])

    for path, command in walk(cli, []):
        assert "Example:" in (command.help or ""), " ".join(path)


def test_check_keeps_a_contradicting_source_ranked_below_k(run) -> None:
    """A disagreeing source outside the top k still stops 'verified' and is shown as evidence."""
    run("article", "add", str(ARTICLE))
    run("source", "add", str(SOURCES))
    data = as_json(run("check", "1", "-k", "1", "--json"))
    for claim in data["claims"]:
        stances = [e["stance"] for e in claim["evidence"]]
        assert all(s != "related" for s in stances[1:])
        if "contradicts" in stances:
            assert claim["suggestion"]["status"] == "disputed"
    assert any(len(c["evidence"]) > 1 for c in data["claims"])


def test_extract_refuses_an_endless_binary_stream_quickly(tmp_path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    with open("/dev/zero", "rb") as zero:
        result = subprocess.run([sys.executable, "-m", "claimcheck", "extract", "-"], stdin=zero,
                                capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.startswith("Error: standard input looks like a binary file")
