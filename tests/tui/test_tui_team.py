"""Issue 8 in the workbench: others' changes appear, conflicts keep the note, presence,
"my claims", blind second review, disagreements."""

from __future__ import annotations

from tui_helpers import settle, wait_until

from claimcheck.core.models import Status
from claimcheck.core.store import Store
from claimcheck.tui.dialogs.text_dialog import TextDialog
from claimcheck.tui.widgets.claim_list import ClaimList

SIZE = (120, 40)


def listed(app) -> dict[int, object]:  # type: ignore[no-untyped-def]
    return {c.id: c for c in app.screen.query_one(ClaimList).claims}


def row_text(app, claim_id: int) -> str:  # type: ignore[no-untyped-def]
    claim_list = app.screen.query_one(ClaimList)
    return str(claim_list.get_option(str(claim_id)).prompt)


async def test_a_mark_by_another_connection_appears_within_2_seconds(app_factory, other):
    app = app_factory(poll_s=0.5)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert listed(app)[3].status is Status.PENDING
        other.mark_claim(3, Status.DISPUTED, reviewer="bob")
        appeared = await wait_until(pilot, lambda: listed(app)[3].status is Status.DISPUTED,
                                    timeout=2.0)
        assert appeared, "the other reviewer's mark did not show within 2 s"
        assert row_text(app, 3).startswith("✗")


async def test_a_stale_note_is_refused_naming_who_changed_it_and_the_note_is_kept(
        app_factory, review_db, other):
    app = app_factory(poll_s=60)  # no poll: the claim stays stale on screen
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        await pilot.press(*"wire says Kursk")
        other.mark_claim(1, Status.VERIFIED, reviewer="bob", note="fine by me")
        await pilot.press("ctrl+s")
        await settle(pilot)
        notices = [n.message for n in app._notifications]
        assert any("bob" in m and "claim #1" in m and "Not saved" in m for m in notices), notices
        dialog = app.screen
        assert isinstance(dialog, TextDialog)
        assert dialog.text == "wire says Kursk"
        assert "bob" in str(dialog.query_one("#dialog-warning").render())
        with Store.open(review_db) as store:
            claim = store.load_claim(1)
        assert claim.note == "fine by me" and claim.reviewer == "bob"
        await pilot.press("ctrl+s")  # saving again, now on the fresh version, works
        await settle(pilot)
        with Store.open(review_db) as store:
            claim = store.load_claim(1)
        assert claim.note == "wire says Kursk" and claim.status is Status.VERIFIED


async def test_a_stale_mark_is_refused_and_the_claim_reloaded(app_factory, review_db, other):
    app = app_factory(poll_s=60)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        other.mark_claim(1, Status.VERIFIED, reviewer="bob")
        await pilot.press("d")
        await settle(pilot)
        assert any("bob" in n.message for n in app._notifications)
        with Store.open(review_db) as store:
            assert store.load_claim(1).status is Status.VERIFIED
        assert listed(app)[1].status is Status.VERIFIED  # reloaded


async def test_the_claim_list_shows_who_is_on_which_claim(app_factory, other):
    app = app_factory(poll_s=0.2)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        other.heartbeat("bob", 1, 2, editing=False)
        other.heartbeat("carol", 1, 4, editing=True)
        assert await wait_until(pilot, lambda: "● bob" in row_text(app, 2), timeout=3)
        assert "✎ carol" in row_text(app, 4)
        assert "alice" not in row_text(app, 1)
        await pilot.press("j", "j", "j")
        await settle(pilot)
        assert any("carol is editing" in n.message for n in app._notifications)


async def test_the_workbench_sends_a_heartbeat_for_the_selected_claim(app_factory, other):
    app = app_factory(heartbeat_s=0.3)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await wait_until(pilot, lambda: any(p["claim_id"] == 2 for p in other.presence(1)))
        rows = other.presence(1)
        assert [(p["reviewer"], p["claim_id"]) for p in rows] == [("alice", 2)]
    assert other.presence(1) == []  # leaving removes the row


async def test_f_shows_only_my_claims(app_factory, other):
    other.mark_claim(1, Status.VERIFIED, reviewer="bob")
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "v")
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        assert list(listed(app)) == [3]
        await pilot.press("f")
        await settle(pilot)
        assert len(listed(app)) > 3


async def test_blind_toggle_hides_statuses_and_records_a_second_review(app_factory, review_db,
                                                                       other):
    other.mark_claim(1, Status.VERIFIED, reviewer="bob")
    app = app_factory()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert row_text(app, 1).startswith("✓")
        await pilot.press("b")
        await settle(pilot)
        assert row_text(app, 1).startswith("◌")
        assert "verified" not in str(app.screen.query_one("#evidence-body").render())
        await pilot.press("d")
        await settle(pilot)
        with Store.open(review_db) as store:
            claim = store.load_claim(1)
            disagreements = store.disagreements(1)
        assert claim.status is Status.VERIFIED and claim.reviewer == "bob"
        assert [(d["claim_id"], d["blind_status"], d["blind_reviewer"])
                for d in disagreements] == [(1, "disputed", "alice")]
        await pilot.press("b")
        await settle(pilot)
        assert "≠" in row_text(app, 1)
        await pilot.press("D")
        await settle(pilot)
        body = str(app.screen.query_one("#info-body").render())
        assert "#1" in body and "alice" in body and "bob" in body


def test_a_long_lived_connection_sees_other_processes_after_in_process_reopens(review_db):
    """The workbench keeps a poll connection open while workers open and close their own.
    Re-reading the file's header on those opens used to drop SQLite's POSIX locks, so the
    command line deleted the WAL on exit and the poll never saw another change."""
    import subprocess
    import sys

    poll = Store.open(review_db)
    try:
        seen = [poll.data_version()]
        for status in ("verified", "disputed", "pending"):
            Store.open(review_db).close()  # a worker's short-lived store
            subprocess.run([sys.executable, "-m", "claimcheck", "--db", str(review_db),
                            "--reviewer", "bob", "mark", "5", status],
                           check=True, capture_output=True)
            seen.append(poll.data_version())
        assert len(set(seen)) == 4, seen
    finally:
        poll.close()
