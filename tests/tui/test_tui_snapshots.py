"""Snapshots of each screen at a fixed size, with the clock, the reviewer and stored times
pinned. Update after a deliberate change with `pytest tests/tui --snapshot-update` and look
at the report before committing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from textual.widgets import Input
from tui_helpers import settle, wait_until

from claimcheck.core import store as store_module
from claimcheck.core.documents import find_documents, read_document
from claimcheck.core.facts import extract_facts
from claimcheck.core.models import ExtractedClaim, Kind, Stance, Status
from claimcheck.core.passages import split_passages
from claimcheck.core.store import Store
from claimcheck.settings import Settings
from claimcheck.tui.app import make_app

SIZE = (120, 40)
FIXTURES = Path(__file__).resolve().parent.parent.parent / "fixtures"
PINNED = datetime(2024, 6, 3, 9, 30, tzinfo=UTC)


@pytest.fixture
def snap_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A checked database whose stored times are all the pinned time; the path is relative,
    so the header reads the same on every machine."""
    monkeypatch.setattr(store_module, "utc_now", lambda: "2024-06-03T09:00:00.000000Z")
    monkeypatch.chdir(tmp_path)
    path = Path("desk.db")
    build_fixed_db(path)
    with Store.open(path) as store:
        store.mark_claim(1, Status.VERIFIED, reviewer="bob", note="AP and Reuters agree")
        store.mark_claim(3, Status.DISPUTED, reviewer="alice")
        store.mark_claim(4, Status.UNSOURCED, reviewer="alice")
    return path


CLAIMS = [
    ("Ukraine has conducted strikes on Russian soil using American-supplied missiles for the "
     "first time.", "Ukraine has conducted strikes", Kind.EVENT),
    ("Belgorod is located 32 kilometers from the border.", "located 32 kilometers", Kind.QUANTITY),
    ("The US lifted the ban on the use of American weapons against Russian targets.",
     "lifted the ban", Kind.EVENT),
    ("Italy has committed to supplying Ukraine with a second SAMP/T air defense system.",
     "Italy has committed", Kind.EVENT),
    ("The Netherlands allows Ukraine to use its F-16 fighter jets against Russian targets.",
     "the Netherlands has joined", Kind.ATTRIBUTION),
]
"""Claims written by hand, so the snapshots do not move when extraction or stance improve."""
EVIDENCE = {
    2: [("%Belgorod sits about 32 kilometres%", 88.0, Stance.SUPPORTS, "source says 32 km"),
        ("%Belgorod%50 miles%", 61.0, Stance.CONTRADICTS, "source says 80 km, claim says 32 km")],
    4: [("%second SAMP/T%", 82.0, Stance.SUPPORTS, "source names the second SAMP/T")],
}
SUGGESTIONS = {2: (Status.VERIFIED, "source says 32 km"), 4: (Status.VERIFIED, "same system")}


def build_fixed_db(path: Path) -> None:
    """Fixture sources, the Belgorod article, hand-made claims and evidence (no checking)."""
    with Store.open(path) as store:
        documents = [read_document(p) for p in find_documents(FIXTURES / "sources")]
        list(store.add_sources(((d, split_passages(d.body)) for d in documents), "fixtures"))
        article = read_document(FIXTURES / "articles" / "belgorod.txt")
        claims = []
        for text, anchor, kind in CLAIMS:
            start = article.body.find(anchor)
            end = article.body.find(".", start) + 1
            claims.append(ExtractedClaim(text=text, start=start, end=end, kind=kind,
                                         facts=extract_facts(text)))
        store.add_article(article, claims, "fixtures")
        for claim_id, items in EVIDENCE.items():
            rows = []
            for pattern, score, stance, reason in items:
                found = store.conn.execute("SELECT id FROM passages WHERE text LIKE ? ORDER BY id",
                                           (pattern,)).fetchone()
                if found:
                    rows.append((found[0], score, stance, reason))
            store.save_evidence(claim_id, rows, SUGGESTIONS[claim_id])


def app_for(path: Path, article_id: int | None, theme: str = "textual-dark"):  # type: ignore[no-untyped-def]
    return make_app(Settings(db_path=path, reviewer="alice"), article_id, clock=lambda: PINNED,
                    poll_s=3600, heartbeat_s=3600, theme=theme)


async def _ready(pilot) -> None:  # type: ignore[no-untyped-def]
    await settle(pilot, rounds=2)
    await pilot.pause(0.15)  # the evidence panel loads after a short debounce
    await settle(pilot, rounds=2)
    for widget in pilot.app.screen.query(Input):
        widget.cursor_blink = False


def test_articles_screen(snap_compare, snap_db):
    assert snap_compare(app_for(snap_db, None), terminal_size=SIZE, run_before=_ready)


def test_review_screen_on_the_second_claim(snap_compare, snap_db):
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _ready(pilot)
        await pilot.press("j")
        await _ready(pilot)

    assert snap_compare(app_for(snap_db, 1), terminal_size=SIZE, run_before=run_before)


def test_review_screen_in_sixteen_colours(snap_compare, snap_db):
    assert snap_compare(app_for(snap_db, 1, theme="ansi-dark"), terminal_size=SIZE,
                        run_before=_ready)


def fixed_matches(store, text, k=5):  # type: ignore[no-untyped-def]
    """Stands in for the ranking (its own tests and benchmarks judge it): passages that
    mention Belgorod, with made-up scores, so this snapshot shows the screen, not the ranker."""
    from claimcheck.core.models import MatchResult

    rows = store.conn.execute(
        "SELECT p.id, s.id, s.title, s.url, p.text, s.published FROM passages p "
        "JOIN sources s ON s.id = p.source_id WHERE p.text LIKE '%Belgorod%' ORDER BY p.id "
        "LIMIT 6").fetchall()
    return [MatchResult(passage_id=r[0], source_id=r[1], source_title=r[2], source_url=r[3],
                        text=r[4], score=90.0 - 9 * i, source_published=r[5])
            for i, r in enumerate(rows)][:k]


def test_sources_screen_with_results(snap_compare, snap_db, monkeypatch):
    from claimcheck.core import pipeline

    monkeypatch.setattr(pipeline, "match_text", fixed_matches)

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _ready(pilot)
        await pilot.press("j", "slash")
        await _ready(pilot)
        screen = pilot.app.screen
        await wait_until(pilot, lambda: screen.results_query is not None)
        await pilot.press("down")
        await _ready(pilot)

    assert snap_compare(app_for(snap_db, 1), terminal_size=SIZE, run_before=run_before)


def test_help_dialog(snap_compare, snap_db):
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _ready(pilot)
        await pilot.press("question_mark")
        await _ready(pilot)

    assert snap_compare(app_for(snap_db, 1), terminal_size=SIZE, run_before=run_before)
