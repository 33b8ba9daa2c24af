"""Pilot tests of the review screen: every key, asserting on the database."""

from __future__ import annotations

import pytest
from textual.widgets import Input, TextArea
from tui_helpers import settle, wait_until

from claimcheck.core.models import Status
from claimcheck.core.store import Store
from claimcheck.tui.dialogs.confirm_dialog import ConfirmDialog
from claimcheck.tui.dialogs.text_dialog import TextDialog
from claimcheck.tui.screens.review_screen import ReviewScreen
from claimcheck.tui.widgets.claim_list import ClaimList

SIZE = (120, 40)


def claim_status(path, claim_id: int) -> Status:  # type: ignore[no-untyped-def]
    with Store.open(path) as store:
        return store.load_claim(claim_id).status


def selected_id(app) -> int:  # type: ignore[no-untyped-def]
    claim = app.screen.query_one(ClaimList).selected_claim
    assert claim is not None
    return claim.id


@pytest.mark.parametrize("key, status", [("v", Status.VERIFIED), ("d", Status.DISPUTED),
                                         ("u", Status.UNSOURCED)])
async def test_mark_keys_save_the_highlighted_claim(app_factory, review_db, key, status):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        claim_id = selected_id(app)
        assert claim_id == 2
        await pilot.press(key)
        await settle(pilot)
        assert claim_status(review_db, 2) is status
        assert claim_status(review_db, 1) is Status.PENDING
        with Store.open(review_db) as store:
            assert store.load_claim(2).reviewer == "alice"


async def test_p_sends_a_claim_back_to_pending(app_factory, review_db):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        assert claim_status(review_db, 1) is Status.VERIFIED
        await pilot.press("p")
        await settle(pilot)
        assert claim_status(review_db, 1) is Status.PENDING
        with Store.open(review_db) as store:
            assert [h.status for h in store.history(1) if h.action == "mark"] == [
                Status.VERIFIED, Status.PENDING]


async def test_j_k_and_arrows_move_between_claims(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert selected_id(app) == 1
        await pilot.press("j", "j")
        assert selected_id(app) == 3
        await pilot.press("k")
        assert selected_id(app) == 2
        await pilot.press("down", "down")
        assert selected_id(app) == 4
        await pilot.press("up")
        assert selected_id(app) == 3


async def test_quick_successive_marks_all_land_in_order(app_factory, review_db):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("v", "d", "u")
        await settle(pilot)
        with Store.open(review_db) as store:
            claim = store.load_claim(1)
            marks = [h.status for h in store.history(1) if h.action == "mark"]
        assert claim.status is Status.UNSOURCED
        assert marks == [Status.VERIFIED, Status.DISPUTED, Status.UNSOURCED]
        assert not app._notifications  # no conflict with our own saves


async def test_brackets_jump_to_next_and_previous_pending(app_factory, other):
    for claim_id in (2, 3):
        other.mark_claim(claim_id, Status.VERIFIED, reviewer="bob")
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert selected_id(app) == 1
        await pilot.press("right_square_bracket")
        assert selected_id(app) == 4
        await pilot.press("left_square_bracket")
        assert selected_id(app) == 1


async def test_note_is_saved_with_the_current_status(app_factory, review_db, other):
    other.mark_claim(1, Status.DISPUTED, reviewer="bob")
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, TextDialog)
        await pilot.press(*"source says 40 km")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        with Store.open(review_db) as store:
            claim = store.load_claim(1)
        assert claim.note == "source says 40 km"
        assert claim.status is Status.DISPUTED


async def test_a_note_typed_in_a_burst_then_saved_keeps_every_character(app_factory, review_db):
    """Keys that arrive together (fast typing, tmux, a paste) reach the note before ctrl+s saves."""
    from textual import events

    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, TextDialog)
        for char in "factbox agrees":
            app.post_message(events.Key(char, char))
        app.post_message(events.Key("ctrl+s", None))
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        with Store.open(review_db) as store:
            assert store.load_claim(1).note == "factbox agrees"


async def test_e_edits_the_claim_text(app_factory, review_db):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one(TextArea).load_text("Ukraine struck Belgorod with US missiles.")
        await pilot.press("ctrl+s")
        await settle(pilot)
        with Store.open(review_db) as store:
            assert store.load_claim(1).text == "Ukraine struck Belgorod with US missiles."
            assert store.history(1)[-1].action == "edit"


async def test_s_splits_a_claim_one_part_per_line(app_factory, review_db):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        with Store.open(review_db) as store:
            before = len(store.list_claims(1))
        await pilot.press("s")
        await settle(pilot)
        app.screen.query_one(TextArea).load_text("Ukraine struck Russia.\nThe missiles were American.")
        await pilot.press("ctrl+s")
        await settle(pilot)
        with Store.open(review_db) as store:
            claims = store.list_claims(1)
        assert len(claims) == before + 1
        assert claims[0].text == "Ukraine struck Russia."
        assert claims[1].text == "The missiles were American."


async def test_m_merges_with_the_next_claim_after_confirmation(app_factory, review_db):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        with Store.open(review_db) as store:
            first, second = store.list_claims(1)[:2]
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        await settle(pilot)
        with Store.open(review_db) as store:
            merged = store.load_claim(first.id)
            remaining = [c.id for c in store.list_claims(1)]
        assert second.id not in remaining
        assert merged.text.startswith(first.text.rstrip())
        assert second.text.strip() in merged.text


async def test_a_adds_a_claim_after_the_selected_one(app_factory, review_db):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        await pilot.press(*"Belgorod lies near Kharkiv.")
        await pilot.press("ctrl+s")
        await settle(pilot)
        with Store.open(review_db) as store:
            claims = store.list_claims(1)
        assert claims[1].text == "Belgorod lies near Kharkiv."
        assert selected_id(app) == claims[1].id


async def test_x_deletes_only_after_confirmation(app_factory, review_db):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        await pilot.press("n")  # changed my mind
        await settle(pilot)
        with Store.open(review_db) as store:
            assert 1 in [c.id for c in store.list_claims(1)]
        await pilot.press("x")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        with Store.open(review_db) as store:
            assert 1 not in [c.id for c in store.list_claims(1)]
            assert store.history(1)[-1].action == "delete"


async def test_ctrl_z_undoes_the_last_mark_as_a_new_history_entry(app_factory, review_db):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("d", "j", "v")
        await settle(pilot)
        assert claim_status(review_db, 2) is Status.VERIFIED
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert claim_status(review_db, 2) is Status.PENDING
        assert claim_status(review_db, 1) is Status.DISPUTED
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert claim_status(review_db, 1) is Status.PENDING
        with Store.open(review_db) as store:
            assert [h.action for h in store.history(2)][-2:] == ["mark", "undo"]


async def test_h_shows_the_claim_history(app_factory, other):
    other.mark_claim(1, Status.VERIFIED, reviewer="bob", note="wire confirms")
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("h")
        await settle(pilot)
        body = str(app.screen.query_one("#info-body").render())
        assert "bob" in body and "wire confirms" in body
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)


async def test_q_quits(app_factory):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_escape_returns_to_the_articles_screen(app_factory):
    from claimcheck.tui.screens.articles_screen import ArticlesScreen

    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ArticlesScreen)


async def test_slash_searches_sources_and_attach_is_cited_by_the_next_mark(app_factory, review_db):
    from claimcheck.tui.screens.sources_screen import SourcesScreen

    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j")  # claim 2: Belgorod, 32 km from the border
        await settle(pilot)
        await pilot.press("slash")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SourcesScreen)
        screen.query_one(Input).value = "Belgorod border kilometres"
        assert await wait_until(pilot, lambda: screen.results_query == "Belgorod border kilometres")
        await settle(pilot)
        await pilot.press("down")  # from the search box into the results
        passage_id = screen.results[0].passage_id
        await pilot.press("a")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert claim_status(review_db, 2) is Status.PENDING  # kept, not yet cited
        await pilot.press("d")
        await settle(pilot)
        with Store.open(review_db) as store:
            last = store.history(2)[-1]
            pinned = [p["passage_id"] for p in store.load_pinned_evidence(2)]
        assert last.status is Status.DISPUTED
        assert passage_id in last.evidence
        assert pinned == [passage_id]


async def test_attach_to_a_decided_claim_cites_at_once(app_factory, review_db, other):
    from claimcheck.tui.screens.sources_screen import SourcesScreen

    other.mark_claim(2, Status.VERIFIED, reviewer="bob", note="checked")
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "slash")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SourcesScreen)
        screen.query_one(Input).value = "Belgorod"
        assert await wait_until(pilot, lambda: screen.results_query == "Belgorod")
        await pilot.press("down")
        passage_id = screen.results[0].passage_id
        await pilot.press("a")
        await settle(pilot)
        with Store.open(review_db) as store:
            claim = store.load_claim(2)
            last = store.history(2)[-1]
        assert claim.status is Status.VERIFIED and claim.note == "checked"
        assert last.evidence == (passage_id,)


async def test_digit_cites_that_passage_of_the_evidence_panel(app_factory, review_db):
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j")  # claim 2 has machine evidence
        screen = app.screen
        assert await wait_until(pilot, lambda: bool(screen.evidence and screen.evidence[0] == 2))
        second = screen.evidence[1]["evidence"][1]["passage_id"]
        await pilot.press("2", "u")
        await settle(pilot)
        with Store.open(review_db) as store:
            last = store.history(2)[-1]
        assert last.status is Status.UNSOURCED and last.evidence == (second,)
