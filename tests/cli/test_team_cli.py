"""Team commands: blind second review, disagreements, assignment, network file systems."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.cli import cli
from claimcheck.core import store as store_module

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "fixtures" / "articles" / "belgorod.txt"


def invoke(db: Path, *args: str, reviewer: str = "alice"):
    return CliRunner().invoke(cli, ["--db", str(db), "--reviewer", reviewer, *args])


def test_blind_review_leaves_status_and_disagreement_is_listed(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    invoke(db, "article", "add", str(ARTICLE))
    invoke(db, "mark", "1", "verified")
    invoke(db, "mark", "2", "disputed")
    assert invoke(db, "mark", "1", "disputed", "--blind", "--note", "40 km per AP", reviewer="bob").exit_code == 0
    assert invoke(db, "mark", "2", "disputed", "--blind", reviewer="bob").exit_code == 0
    claims = json.loads(invoke(db, "claims", "1", "--json").stdout)["claims"]
    assert [c["status"] for c in claims[:2]] == ["verified", "disputed"]
    rows = json.loads(invoke(db, "disagreements", "1", "--json").stdout)["disagreements"]
    assert [(r["claim_id"], r["status"], r["blind_status"], r["blind_reviewer"]) for r in rows] == [
        (1, "verified", "disputed", "bob")]
    assert invoke(db, "disagreements", "9").exit_code == 1


def test_assign_records_the_assignment(tmp_path: Path) -> None:
    from claimcheck.core.store import Store

    db = tmp_path / "t.db"
    invoke(db, "article", "add", str(ARTICLE))
    assert invoke(db, "assign", "1", "bob").exit_code == 0
    assert invoke(db, "assign", "1", "bob").exit_code == 0  # idempotent
    with Store.open(db) as store:
        assert [(a["article_id"], a["reviewer"], a["assigned_by"]) for a in store.assignments("bob")] == [
            (1, "bob", "alice")]
    result = invoke(db, "assign", "5", "bob")
    assert result.exit_code == 1 and "no article with id 5" in result.stderr


def test_database_on_network_file_system_is_refused_unless_overridden(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\nserver:/export {tmp_path} nfs4 rw 0 0\n")
    monkeypatch.setattr(store_module, "MOUNTS_FILE", mounts)
    db = tmp_path / "shared.db"
    result = invoke(db, "article", "add", str(ARTICLE))
    assert result.exit_code == 1
    assert "network file system (nfs4)" in result.stderr and "--allow-network-fs" in result.stderr
    assert not db.exists()
    ok = CliRunner().invoke(cli, ["--db", str(db), "--allow-network-fs", "article", "add", str(ARTICLE)])
    assert ok.exit_code == 0, ok.output


def test_local_file_system_is_not_flagged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text("server:/export /mnt/remote nfs rw 0 0\n/dev/sda1 / ext4 rw 0 0\n")
    monkeypatch.setattr(store_module, "MOUNTS_FILE", mounts)
    assert store_module.network_filesystem(tmp_path / "x.db") is None


def test_core_modules_never_load_textual() -> None:
    modules = [p.stem for p in (ROOT / "src" / "claimcheck" / "core").rglob("*.py") if p.stem != "__init__"]
    code = (
        "import sys, importlib, pkgutil\n"
        "import claimcheck.core as core\n"
        "for info in pkgutil.walk_packages(core.__path__, 'claimcheck.core.'):\n"
        "    importlib.import_module(info.name)\n"
        "print('textual' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
    assert modules


def test_core_sources_import_no_ui_library() -> None:
    """sqlite-utils and httpx pull in click and rich for their own CLIs; our core must not."""
    import ast

    for path in (ROOT / "src" / "claimcheck" / "core").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in {"textual", "click", "rich"}, f"{path.name} imports {name}"


def test_scripted_commands_do_not_load_textual(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from claimcheck.cli import cli\n"
        f"cli(['--db', {str(tmp_path / 'x.db')!r}, 'match', 'Belgorod', '--json'], standalone_mode=False)\n"
        "print('textual' in sys.modules, file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stderr.strip().endswith("False"), result.stderr
