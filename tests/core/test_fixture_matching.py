"""End to end on the bundled fixtures: the fact-checker's claims find their sources."""

from __future__ import annotations

import json
from pathlib import Path

from claimcheck.core.documents import read_document
from claimcheck.core.pipeline import match_text
from claimcheck.core.store import Store


def expectations(fixtures_dir: Path) -> list[dict]:
    lines = (fixtures_dir / "queries" / "expected.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_every_fixture_claim_finds_a_source_that_speaks_to_it(belgorod_store: Store, fixtures_dir: Path) -> None:
    by_title = {read_document(p).title: p.name for p in (fixtures_dir / "sources").glob("*.txt")}
    misses = []
    for expected in expectations(fixtures_dir):
        relevant = {Path(name).stem for name in expected["supports"] + expected["contradicts"]}
        found = [Path(by_title[r.source_title]).stem for r in match_text(belgorod_store, expected["claim"], 5)]
        if not relevant & set(found):
            misses.append((expected["claim"], found))
    assert misses == []


def test_unrelated_sources_never_top_a_fixture_claim(belgorod_store: Store, fixtures_dir: Path) -> None:
    unrelated = {"city-budget-marlow-heights", "football-cup-final", "library-reopening"}
    by_title = {read_document(p).title: p.stem for p in (fixtures_dir / "sources").glob("*.txt")}
    for expected in expectations(fixtures_dir):
        results = match_text(belgorod_store, expected["claim"], 5)
        assert results and by_title[results[0].source_title] not in unrelated
