"""`claimcheck report` and `report-settings` end to end, on a database built with the real
pipeline (article add, source add, check, mark) from the bundled fixtures.

The content of each format is pinned by the golden files of tests/core/test_reports.py; here the
command line's promises are checked: formats, filters, -o, --all, --as-of, exit codes.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from claimcheck.cli import cli

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "fixtures" / "articles" / "belgorod.txt"
SOURCES = ROOT / "fixtures" / "sources"


def invoke(db: Path, *args: str, reviewer: str = "alice") -> Result:
    return CliRunner().invoke(cli, ["--db", str(db), "--reviewer", reviewer, *args])


@pytest.fixture(scope="module")
def checked_db(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The Belgorod article checked against every fixture source; the first claim verified on
    its best passage, the second disputed without evidence."""
    db = tmp_path_factory.mktemp("report-cli") / "desk.db"
    assert invoke(db, "article", "add", str(ARTICLE)).exit_code == 0
    assert invoke(db, "source", "add", str(SOURCES)).exit_code == 0
    result = invoke(db, "check", "1", "--json")
    assert result.exit_code == 0, result.output
    claims = json.loads(result.stdout)["claims"]
    first, second = claims[0], claims[1]
    evidence = [str(e["passage_id"]) for e in first["evidence"][:1]]
    mark = ["mark", str(first["id"]), "verified", "--note", "Checked <b>twice</b>"]
    for pid in evidence:
        mark += ["--evidence", pid]
    assert invoke(db, *mark).exit_code == 0
    assert invoke(db, "mark", str(second["id"]), "disputed", "--note", "=1+1",
                  reviewer="bob").exit_code == 0
    return {"db": db, "claims": claims, "first": first["id"], "second": second["id"],
            "evidence": evidence}


@pytest.mark.parametrize("fmt", ["md", "html", "json", "csv", "claimreview"])
def test_every_format_exits_0_and_names_the_article(checked_db: dict[str, Any], fmt: str) -> None:
    result = invoke(checked_db["db"], "report", "1", "--format", fmt)
    assert result.exit_code == 0, result.output
    assert result.stdout
    if fmt == "claimreview":
        reviews = json.loads(result.stdout)
        assert {r["url"] for r in reviews} == {
            f"https://example.org/news/belgorod-strike#claim-{i}"
            for i in (checked_db["first"], checked_db["second"])}
    else:
        assert "Ukraine strikes Russian soil with American-supplied missiles" in result.stdout


def test_json_report_follows_the_stored_review(checked_db: dict[str, Any]) -> None:
    result = invoke(checked_db["db"], "report", "1", "-f", "json")
    article = json.loads(result.stdout)["articles"][0]
    claims = {c["id"]: c for c in article["claims"]}
    assert len(claims) == len(checked_db["claims"])
    first = claims[checked_db["first"]]
    assert (first["status"], first["reviewer"], first["note"]) == (
        "verified", "alice", "Checked <b>twice</b>")
    assert [str(e["passage_id"]) for e in first["evidence"]] == checked_db["evidence"]
    second = claims[checked_db["second"]]
    assert (second["status"], second["reviewer"], second["evidence_missing"]) == (
        "disputed", "bob", True)
    pending = [c for c in claims.values() if c["status"] == "pending"]
    assert pending and all(c["suggestion"] is not None for c in pending)
    assert article["counts"]["total"] == len(claims)
    assert article["counts"]["pending"] == len(pending)


def test_output_file_is_written_and_stdout_stays_empty(checked_db: dict[str, Any],
                                                       tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    result = invoke(checked_db["db"], "report", "1", "-f", "csv", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert f"wrote {out}" in result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == len(checked_db["claims"])
    note = next(r["note"] for r in rows if r["claim_id"] == str(checked_db["second"]))
    assert note == "'=1+1"
    assert out.read_bytes().count(b"\r\n") >= len(rows) + 1


def test_status_and_reviewed_only_filters(checked_db: dict[str, Any]) -> None:
    db = checked_db["db"]
    only = json.loads(invoke(db, "report", "1", "-f", "json", "--status", "disputed").stdout)
    assert [c["id"] for c in only["articles"][0]["claims"]] == [checked_db["second"]]
    two = json.loads(invoke(db, "report", "1", "-f", "json", "--status", "disputed",
                            "--status", "verified").stdout)
    assert sorted(c["id"] for c in two["articles"][0]["claims"]) == sorted(
        [checked_db["first"], checked_db["second"]])
    reviewed = json.loads(invoke(db, "report", "1", "-f", "json", "--reviewed-only").stdout)
    assert all(c["status"] != "pending" for c in reviewed["articles"][0]["claims"])
    assert reviewed["filters"] == {"statuses": None, "reviewed_only": True}


def test_as_of_a_day_before_the_marks_shows_everything_pending(checked_db: dict[str, Any]) -> None:
    result = invoke(checked_db["db"], "report", "1", "-f", "json", "--as-of", "2000-01-01")
    data = json.loads(result.stdout)
    assert data["as_of"] == "2000-01-01"
    assert {c["status"] for c in data["articles"][0]["claims"]} == {"pending"}
    assert invoke(checked_db["db"], "report", "1", "-f", "claimreview",
                  "--as-of", "2000-01-01").stdout.strip() == "[]"


def test_all_puts_every_article_in_one_report(checked_db: dict[str, Any], tmp_path: Path) -> None:
    db = tmp_path / "two.db"
    assert invoke(db, "article", "add", str(ARTICLE)).exit_code == 0
    second = tmp_path / "second.txt"
    second.write_text("Title: Second story\n\nThe bridge in Marlow reopened on 3 May 2024 after "
                      "repairs costing 2 million pounds.\n", encoding="utf-8")
    assert invoke(db, "article", "add", str(second)).exit_code == 0
    data = json.loads(invoke(db, "report", "--all", "-f", "json").stdout)
    assert [a["id"] for a in data["articles"]] == [1, 2]
    md = invoke(db, "report", "--all", "-f", "md").stdout
    assert "## Second story" in md and "## Ukraine strikes" in md


def test_missing_article_exits_1_with_error(checked_db: dict[str, Any]) -> None:
    result = invoke(checked_db["db"], "report", "99", "-f", "md")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no article with id 99")
    assert result.stdout == ""


def test_unknown_format_is_a_usage_error(checked_db: dict[str, Any]) -> None:
    result = invoke(checked_db["db"], "report", "1", "--format", "pdf")
    assert result.exit_code == 2
    assert "'pdf' is not one of" in result.stderr


@pytest.mark.parametrize("args", [["report", "-f", "md"], ["report", "1", "--all", "-f", "md"],
                                  ["report", "1"]])
def test_article_and_all_are_exclusive_and_one_is_needed(checked_db: dict[str, Any],
                                                         args: list[str]) -> None:
    assert invoke(checked_db["db"], *args).exit_code == 2


def test_bad_as_of_and_unwritable_output_exit_1(checked_db: dict[str, Any], tmp_path: Path) -> None:
    bad = invoke(checked_db["db"], "report", "1", "-f", "md", "--as-of", "June 3rd")
    assert bad.exit_code == 1 and bad.stderr.startswith("Error: --as-of 'June 3rd' is not a date")
    nowhere = invoke(checked_db["db"], "report", "1", "-f", "md", "-o",
                     str(tmp_path / "missing" / "r.md"))
    assert nowhere.exit_code == 1 and nowhere.stderr.startswith("Error: cannot write")


def test_report_settings_change_claimreview_labels_and_author(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    assert invoke(db, "article", "add", str(ARTICLE)).exit_code == 0
    assert invoke(db, "mark", "1", "disputed").exit_code == 0
    result = invoke(db, "report-settings", "org_name=Desk Check",
                    "org_url=https://desk.example.org", "label.disputed=Misleading", "--json")
    assert result.exit_code == 0, result.output
    settings = json.loads(result.stdout)["settings"]
    assert settings["label.disputed"] == "Misleading" and settings["label.verified"] == "True"
    [review] = json.loads(invoke(db, "report", "1", "-f", "claimreview").stdout)
    assert review["reviewRating"]["alternateName"] == "Misleading"
    assert review["author"] == {"@type": "Organization", "name": "Desk Check",
                                "url": "https://desk.example.org"}
    assert invoke(db, "report-settings", "label.disputed=").exit_code == 0
    [review] = json.loads(invoke(db, "report", "1", "-f", "claimreview").stdout)
    assert review["reviewRating"]["alternateName"] == "False"


@pytest.mark.parametrize(("arg", "code"), [("colour=red", 1), ("org_url=ftp://x", 1),
                                           ("org_name", 2)])
def test_report_settings_refuses_bad_keys(tmp_path: Path, arg: str, code: int) -> None:
    result = invoke(tmp_path / "s.db", "report-settings", arg)
    assert result.exit_code == code
    assert "Error: " in result.stderr
