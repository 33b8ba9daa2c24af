"""Snapshots of each screen at a fixed size, with the clock, the reviewer and stored times
pinned. Update after a deliberate change with `pytest tests/tui --snapshot-update` and look
at the report before committing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from textual.widgets import Input

from claimcheck.core import store as store_module
from claimcheck.core.models import Status
from claimcheck.core.store import Store
from claimcheck.settings import Settings
from claimcheck.tui.app import make_app
from conftest import build_checked_db
from tui_helpers import settle, wait_until

SIZE = (120, 40)
PINNED = datetime(2024, 6, 3, 9, 30, tzinfo=UTC)


@pytest.fixture
def snap_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A checked database whose stored times are all the pinned time; the path is relative,
    so the header reads the same on every machine."""
    monkeypatch.setattr(store_module, "utc_now", lambda: "2024-06-03T09:00:00.000000Z")
    monkeypatch.chdir(tmp_path)
    path = Path("desk.db")
    build_checked_db(path)
    with Store.open(path) as store:
        store.mark_claim(1, Status.VERIFIED, reviewer="bob", note="AP and Reuters agree")
        store.mark_claim(3, Status.DISPUTED, reviewer="alice")
        store.mark_claim(4, Status.UNSOURCED, reviewer="alice")
    return path


def app_for(path: Path, article_id: int | None, theme: str = "textual-dark"):  # type: ignore[no-untyped-def]
    return make_app(Settings(db_path=path, reviewer="alice"), article_id, clock=lambda: PINNED,
                    poll_s=3600, heartbeat_s=3600, theme=theme)


async def _ready(pilot) -> None:  # type: ignore[no-untyped-def]
    await settle(pilot, rounds=4)
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


def test_sources_screen_with_results(snap_compare, snap_db):
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
