"""The demo database builder and the `demo` / `tui` commands (without opening a terminal)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

from claimcheck.cli import cli
from claimcheck.core.demo import build_demo
from claimcheck.core.models import Document
from claimcheck.core.pipeline import add_article
from claimcheck.core.store import Store
from claimcheck.errors import BadInput


def test_build_demo_builds_once_then_reuses(tmp_path):
    path = tmp_path / "demo.db"
    first = build_demo(path)
    assert first.rebuilt
    with Store.open(path) as store:
        claims = store.list_claims(first.article_id)
        assert claims and all(store.load_suggestion(c.id) for c in claims)
        assert len(store.list_sources()) >= 20
    second = build_demo(path)
    assert not second.rebuilt and second.article_id == first.article_id


def test_build_demo_rebuilds_when_the_fixtures_differ(tmp_path):
    path = tmp_path / "demo.db"
    build_demo(path)
    with Store.open(path) as store:
        store.conn.execute("DELETE FROM suggestions")  # as if built by an older checker
    assert build_demo(path).rebuilt


def test_build_demo_never_overwrites_a_real_database(tmp_path):
    path = tmp_path / "desk.db"
    with Store.open(path) as store:
        add_article(store, Document(title="Desk work", body="Kirby spoke on Friday."), "alice")
    with pytest.raises(BadInput, match="not a demo database"):
        build_demo(path)
    with Store.open(path) as store:
        assert [a["title"] for a in store.list_articles()] == ["Desk work"]


def test_demo_no_tui_builds_and_prints_the_checked_claims(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["demo", "--no-tui"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "claimcheck-demo.db").exists()
    assert "suggest" in result.stdout


def test_demo_honours_the_global_db_flag(tmp_path):
    target = tmp_path / "mine.db"
    result = CliRunner().invoke(cli, ["--db", str(target), "demo", "--no-tui"])
    assert result.exit_code == 0, result.output
    assert target.exists()


def test_tui_with_a_missing_article_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "x.db"), "tui", "--article", "9"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no article with id 9")


def test_scripted_commands_do_not_load_textual(tmp_path):
    code = ("import sys; from claimcheck.cli import cli; "
            "from click.testing import CliRunner; "
            f"CliRunner().invoke(cli, ['--db', r'{tmp_path / 'y.db'}', 'articles', '--json']); "
            "assert 'textual' not in sys.modules, 'textual loaded'")
    subprocess.run([sys.executable, "-c", code], check=True)
