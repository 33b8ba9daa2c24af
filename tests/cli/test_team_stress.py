"""A small run of benchmarks/team_stress.py: concurrent marks lose nothing and never crash."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load_benchmark():
    # Imported by name (not from a file spec) so spawned worker processes can import it too.
    if str(ROOT / "benchmarks") not in sys.path:
        sys.path.insert(0, str(ROOT / "benchmarks"))
    return importlib.import_module("team_stress")


def test_concurrent_processes_marking_lose_no_verdict(tmp_path: Path) -> None:
    figures = load_benchmark().run(processes=3, rounds=8, claims=3, db=tmp_path / "stress.db")
    assert figures["failures"] == []
    assert figures["accepted"] + figures["conflicts"] == 24
    assert figures["accepted"] > 0
    assert figures["version_increase"] == figures["accepted"]
    assert figures["history_rows"] == figures["accepted"]
    assert figures["integrity"] == "ok"
