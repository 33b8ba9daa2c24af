"""ReviewScreen: the claim list, the article with the claim's span lit, and the evidence.

Handlers decide and start workers; workers open their own store, do the database work and
answer with messages. Saves are ordered (`StoreAccess.ticket`/`ordered`), never exclusive, and
carry the version the reviewer saw: a stale one is refused by the store and reported with who
changed the claim and when, and a typed note is offered again. Reads are exclusive (only the
newest answer matters). The list shows the saved state; while a save is in flight the row
shows the new status at once and the expected version is tracked locally, so quick successive
marks on one claim do not conflict with each other.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer
from textual.worker import get_current_worker

from claimcheck.core.models import Article, Claim, Status
from claimcheck.errors import ClaimcheckError, EditConflict
from claimcheck.tui import jobs
from claimcheck.tui.messages import (
    ArticleImported,
    ClaimMarked,
    ClaimsEdited,
    MarkConflicted,
    WriteFailed,
)
from claimcheck.tui.text import plain, status_label
from claimcheck.tui.widgets.article_view import ArticleView
from claimcheck.tui.widgets.claim_list import ClaimList
from claimcheck.tui.widgets.evidence_panel import EvidencePanel
from claimcheck.tui.widgets.review_header import ReviewHeader

EVIDENCE_DELAY_S = 0.06
"""Quiet time after the cursor stops before the evidence of the claim is loaded."""
NEEDS_CLAIM = {"mark", "note", "edit", "split", "merge", "delete", "history", "cite_evidence"}
NOT_BLIND = {"note", "edit", "split", "merge", "add", "delete", "undo"}


class ReviewScreen(Screen[None]):
    BINDINGS = [
        Binding("j,down", "cursor_down", "Down", key_display="j/↓", show=False),
        Binding("k,up", "cursor_up", "Up", key_display="k/↑", show=False),
        Binding("v", "mark('verified')", "Verified", id="mark-verified"),
        Binding("d", "mark('disputed')", "Disputed", id="mark-disputed"),
        Binding("u", "mark('unsourced')", "Unsourced", id="mark-unsourced"),
        Binding("p", "mark('pending')", "Pending", show=False, id="mark-pending"),
        Binding("n", "note", "Note", id="note", tooltip="Write a note on the claim"),
        Binding("right_square_bracket", "next_pending", "Next", key_display="]",
                tooltip="Next pending claim"),
        Binding("left_square_bracket", "previous_pending", "Prev", key_display="[",
                tooltip="Previous pending claim"),
        Binding("e", "edit", "Edit", id="edit", tooltip="Edit the claim text"),
        Binding("s", "split", "Split", show=False, id="split",
                tooltip="Split the claim into parts"),
        Binding("m", "merge", "Merge", show=False, id="merge", tooltip="Merge with the next claim"),
        Binding("a", "add", "Add", show=False, id="add",
                tooltip="Add a claim after this one"),
        Binding("x", "delete", "Del", id="delete", tooltip="Delete the claim (asks first)"),
        Binding("ctrl+z", "undo", "Undo", id="undo", tooltip="Undo your last mark"),
        *[Binding(str(n), f"cite_evidence({n})", f"Cite passage {n}", show=False,
                  tooltip=f"Cite passage {n} of the evidence panel (as attaching does)")
          for n in range(1, 6)],
        Binding("slash", "search_sources", "Sources", key_display="/", id="search",
                tooltip="Search sources, attach a passage"),
        Binding("i", "import", "Import", show=False, id="import",
                tooltip="Import an article or a source"),
        Binding("r", "report", "Report", show=False, id="report",
                tooltip="Export a report of this article"),
        Binding("h", "history", "History", show=False, id="history",
                tooltip="History of the claim"),
        Binding("f", "toggle_mine", "My claims", show=False, id="mine",
                tooltip="My claims: only those you last changed (toggle)"),
        Binding("b", "toggle_blind", "Blind review", show=False, id="blind",
                tooltip="Blind second review: hide verdicts (toggle)"),
        Binding("D", "disagreements", "Disagreements", key_display="D", show=False,
                tooltip="Disagreements between first and second reviews"),
        Binding("escape", "back", "Articles", show=False, id="back",
                tooltip="Back to the articles"),
    ]

    blind: reactive[bool] = reactive(False)
    """Second review: decided statuses hidden, marks recorded as blind verdicts."""
    mine_only: reactive[bool] = reactive(False)
    """Show only the claims this reviewer last changed."""

    class ReviewLoaded(Message):
        def __init__(self, article: Article, claims: list[Claim],
                     presence: list[dict[str, Any]], disagreeing: set[int]) -> None:
            super().__init__()
            self.article = article
            self.claims = claims
            self.presence = presence
            self.disagreeing = disagreeing

    class EvidenceLoaded(Message):
        def __init__(self, claim_id: int, data: dict[str, Any]) -> None:
            super().__init__()
            self.claim_id = claim_id
            self.data = data

    class InfoLoaded(Message):
        def __init__(self, title: str, body: Content) -> None:
            super().__init__()
            self.title = title
            self.body = body

    def __init__(self, article_id: int) -> None:
        super().__init__(id="review-screen")
        self.article_id = article_id
        self.article: Article | None = None
        self.all_claims: list[Claim] = []
        self.presence: list[dict[str, Any]] = []
        self.disagreeing: set[int] = set()
        self.expected: dict[int, int] = {}
        """Version each claim will have once our in-flight saves land."""
        self.inflight: dict[int, int] = {}
        """Saves in flight per claim."""
        self.my_marks: list[int] = []
        """Claims marked in this session, newest last (ctrl+z undoes the newest)."""
        self.staged: dict[int, list[dict[str, Any]]] = {}
        """Passages attached to pending claims, cited by their next mark."""
        self.kept_notes: dict[int, str] = {}
        """Notes whose save was refused, offered again by `n`."""
        self.evidence: tuple[int, dict[str, Any]] | None = None
        self._warned_editing: set[tuple[int, str]] = set()
        self._pending_focus: int | None = None
        self._evidence_timer: Timer | None = None

    # -- layout ---------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield ReviewHeader(id="review-header", markup=False)
        with Horizontal(id="review-body"):
            yield ClaimList(id="claim-list")
            with Vertical(id="review-right"):
                yield ArticleView(id="article-view")
                yield EvidencePanel(id="evidence-panel")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one(ClaimList).loading = True
        self.query_one(ClaimList).focus()
        self.refresh_data()

    def on_screen_resume(self) -> None:
        claim = self.selected
        self.app.set_where(self.article_id, claim.id if claim else None)  # type: ignore[attr-defined]

    @property
    def reviewer(self) -> str:
        return self.app.settings.reviewer  # type: ignore[attr-defined,no-any-return]

    @property
    def access(self):  # type: ignore[no-untyped-def]
        return self.app.access  # type: ignore[attr-defined]

    @property
    def selected(self) -> Claim | None:
        return self.query_one(ClaimList).selected_claim

    # -- loading --------------------------------------------------------------------------------

    def refresh_data(self) -> None:
        self.load_review()

    @work(thread=True, exclusive=True, group="load-review", exit_on_error=False,
          description="load article and claims")
    def load_review(self) -> None:
        try:
            with self.access.open() as store:
                article = store.load_article(self.article_id)
                claims = store.list_claims(self.article_id)
                presence = store.presence(self.article_id, now=self.access.clock())
                disagreeing = {d["claim_id"] for d in store.disagreements(self.article_id)}
        except ClaimcheckError as error:
            self.app.call_from_thread(self.app.notify_error, str(error))  # type: ignore[attr-defined]
            return
        if not get_current_worker().is_cancelled:
            self.post_message(self.ReviewLoaded(article, claims, presence, disagreeing))

    async def on_review_screen_review_loaded(self, message: ReviewLoaded) -> None:
        first = self.article is None or self.article.body != message.article.body
        self.article = message.article
        self.presence = message.presence
        self.disagreeing = message.disagreeing
        merged = []
        local = {c.id: c for c in self.all_claims}
        for claim in message.claims:
            if self.inflight.get(claim.id) and claim.id in local:
                merged.append(local[claim.id])  # our save will land; keep what we showed
            else:
                self.expected[claim.id] = claim.version
                merged.append(claim)
        self.all_claims = merged
        if first:
            await self.query_one(ArticleView).show_article(message.article.title,
                                                           message.article.body)
        self.query_one(ClaimList).loading = False
        focus, self._pending_focus = self._pending_focus, None
        self._show_claims(focus_claim_id=focus)
        self._warn_if_someone_edits(self.selected)

    def _shown_claims(self) -> list[Claim]:
        if self.mine_only:
            return [c for c in self.all_claims if c.reviewer == self.reviewer]
        return self.all_claims

    def _show_claims(self, focus_claim_id: int | None = None) -> None:
        claim_list = self.query_one(ClaimList)
        claim_list.show_claims(self._shown_claims(), me=self.reviewer, presence=self.presence,
                               blind=self.blind, disagreeing=self.disagreeing,
                               focus_claim_id=focus_claim_id)
        if not claim_list.claims:
            self.query_one(EvidencePanel).show_nothing(
                "No claim marked by you yet; f shows every claim." if self.mine_only
                else "This article has no claims. Press a to add one.")
        self._show_header()
        self.refresh_bindings()

    def _show_header(self) -> None:
        counts = {s.value: 0 for s in Status}
        for c in self.all_claims:
            counts[c.status.value] += 1
        others = [p for p in self.presence if p["reviewer"] != self.reviewer]
        self.query_one(ReviewHeader).show(
            db=str(self.app.settings.db_path), reviewer=self.reviewer,  # type: ignore[attr-defined]
            title=self.article.title if self.article else "", counts=counts, others=others,
            blind=self.blind, mine_only=self.mine_only)

    def on_claim_list_claim_highlighted(self, message: ClaimList.ClaimHighlighted) -> None:
        claim = message.claim
        self.refresh_bindings()
        if claim is None:
            self.app.set_where(self.article_id, None)  # type: ignore[attr-defined]
            return
        self.query_one(ArticleView).highlight_span(claim.start, claim.end)
        self.app.set_where(self.article_id, claim.id)  # type: ignore[attr-defined]
        if self.evidence and self.evidence[0] == claim.id:
            self._render_evidence(claim, self.evidence[1])
        # Debounced: holding j does not start a worker per claim, and on start-up the list
        # and the article paint before evidence work competes for the interpreter.
        if self._evidence_timer is not None:
            self._evidence_timer.stop()
        self._evidence_timer = self.set_timer(EVIDENCE_DELAY_S, lambda: self.load_claim_evidence(claim.id))
        self._warn_if_someone_edits(claim)

    def _warn_if_someone_edits(self, claim: Claim | None) -> None:
        if claim is None:
            return
        for p in self.presence:
            key = (claim.id, p["reviewer"])
            if (p["reviewer"] != self.reviewer and p.get("claim_id") == claim.id
                    and p.get("editing") and key not in self._warned_editing):
                self._warned_editing.add(key)
                self.notify(f"{p['reviewer']} is editing claim #{claim.id} right now; "
                            "your changes may conflict with theirs.", title="Heads up",
                            severity="warning", markup=False)

    @work(thread=True, exclusive=True, group="evidence", exit_on_error=False,
          description="load evidence")
    def load_claim_evidence(self, claim_id: int) -> None:
        try:
            with self.access.open() as store:
                data = jobs.load_evidence(store, claim_id)
        except ClaimcheckError:
            return  # the claim vanished (deleted elsewhere); the reload will show it
        if not get_current_worker().is_cancelled:
            self.post_message(self.EvidenceLoaded(claim_id, data))

    def on_review_screen_evidence_loaded(self, message: EvidenceLoaded) -> None:
        self.evidence = (message.claim_id, message.data)
        claim = self.selected
        if claim is not None and claim.id == message.claim_id:
            self._render_evidence(claim, message.data)

    def _render_evidence(self, claim: Claim, data: dict[str, Any]) -> None:
        self.query_one(EvidencePanel).show_evidence(
            claim, data, blind=self.blind, staged=self.staged.get(claim.id, ()),
            kept_note=self.kept_notes.get(claim.id))

    # -- moving ---------------------------------------------------------------------------------

    def action_cursor_down(self) -> None:
        self.query_one(ClaimList).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(ClaimList).action_cursor_up()

    def _jump_pending(self, step: int) -> None:
        claim_list = self.query_one(ClaimList)
        claims = claim_list.claims
        if not claims:
            return
        start = claim_list.highlighted if claim_list.highlighted is not None else -step
        for offset in range(1, len(claims) + 1):
            index = (start + step * offset) % len(claims)
            if claims[index].status is Status.PENDING:
                claim_list.highlighted = index
                return
        self.notify("No pending claim left in this list.", markup=False)

    def action_next_pending(self) -> None:
        self._jump_pending(1)

    def action_previous_pending(self) -> None:
        self._jump_pending(-1)

    def action_back(self) -> None:
        from claimcheck.tui.screens.articles_screen import ArticlesScreen

        if any(isinstance(screen, ArticlesScreen) for screen in self.app.screen_stack):
            self.app.pop_screen()
        else:
            self.app.switch_screen(ArticlesScreen())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if not self.is_mounted:
            return True
        if action in NEEDS_CLAIM and self.selected is None:
            return False
        if self.blind and (action in NOT_BLIND or (action == "mark" and parameters
                                                   and parameters[0] == "pending")):
            return False
        return True

    # -- saving marks ---------------------------------------------------------------------------

    def action_mark(self, status: str) -> None:
        claim = self.selected
        if claim is None:
            return
        evidence = [p["passage_id"] for p in self.staged.get(claim.id, ())]
        self._save(claim, "mark", Status(status), note=None, evidence=evidence)

    def _save(self, claim: Claim, kind: str, status: Status, note: str | None,
              evidence: list[int], seen: int | None = None) -> None:
        """Start an ordered save; the row shows the new status at once."""
        if seen is None:
            seen = self.expected.get(claim.id, claim.version)
        ticket = self.access.ticket()
        blind = self.blind and kind == "mark"
        if not blind:
            self.expected[claim.id] = seen + 1
            self.inflight[claim.id] = self.inflight.get(claim.id, 0) + 1
            if kind == "mark":
                shown = replace(claim, status=status, version=seen + 1, reviewer=self.reviewer,
                                note=claim.note if note is None else note)
                self._replace_claim(shown)
        self.save_mark(ticket, claim.id, kind, status, note, evidence, seen, blind)

    @work(thread=True, group="writes", exit_on_error=False, description="save mark")
    def save_mark(self, ticket: int, claim_id: int, kind: str, status: Status,
                  note: str | None, evidence: list[int], seen: int, blind: bool) -> None:
        try:
            with self.access.ordered(ticket) as store:
                if blind:
                    store.mark_blind(claim_id, status, reviewer=self.reviewer, note=note)
                    saved = store.load_claim(claim_id)
                elif kind == "undo":
                    saved = store.undo_last_mark(claim_id, reviewer=self.reviewer, if_version=seen)
                else:
                    saved = store.mark_claim(claim_id, status, reviewer=self.reviewer, note=note,
                                             evidence=evidence, if_version=seen)
        except EditConflict as conflict:
            self.post_message(MarkConflicted(claim_id, str(conflict), conflict.changed_by,
                                             conflict.changed_at, note))
        except ClaimcheckError as error:
            self.post_message(WriteFailed(str(error), note, claim_id if not blind else None))
        else:
            self.post_message(ClaimMarked(saved, "blind" if blind else kind))

    def _replace_claim(self, claim: Claim) -> None:
        self.all_claims = [claim if c.id == claim.id else c for c in self.all_claims]
        if claim.id in {c.id for c in self._shown_claims()}:
            self.query_one(ClaimList).update_claim(
                claim, me=self.reviewer, presence=self.presence, blind=self.blind,
                disagreeing=claim.id in self.disagreeing)
        self._show_header()

    def _settle(self, claim_id: int) -> None:
        left = self.inflight.get(claim_id, 1) - 1
        if left <= 0:
            self.inflight.pop(claim_id, None)
        else:
            self.inflight[claim_id] = left

    def on_claim_marked(self, message: ClaimMarked) -> None:
        claim = message.claim
        if message.action == "blind":
            self.notify(f"Second review of claim #{claim.id} recorded.", markup=False)
            return
        self._settle(claim.id)
        if not self.inflight.get(claim.id):
            self.expected[claim.id] = claim.version
            self._replace_claim(claim)
        if message.action == "mark":
            self.my_marks.append(claim.id)
            self.staged.pop(claim.id, None)
            if claim.note == self.kept_notes.get(claim.id):
                self.kept_notes.pop(claim.id, None)
        elif message.action == "undo":
            self.notify(f"Undone: claim #{claim.id} is {claim.status.value} again.",
                        markup=False)
        if self.selected is not None and self.selected.id == claim.id:
            self.load_claim_evidence(claim.id)

    def on_mark_conflicted(self, message: MarkConflicted) -> None:
        self._settle(message.claim_id)
        self.expected.pop(message.claim_id, None)
        who = message.changed_by or "another reviewer"
        when = (message.changed_at or "").replace("T", " ")[:19] or "just now"
        notice = (f"Not saved: claim #{message.claim_id} was changed by {who} at {when} UTC "
                  "since you loaded it. It is reloaded; look again and redo your change.")
        self.app.notify_error(notice, "Conflict")  # type: ignore[attr-defined]
        self.refresh_data()
        if message.note:
            self.kept_notes[message.claim_id] = message.note
            self._open_note(message.claim_id, message.note,
                            warning=f"Your note was not saved: {who} changed this claim at "
                                    f"{when} UTC. Check the claim, then save again (ctrl+s).")

    def on_write_failed(self, message: WriteFailed) -> None:
        if message.claim_id is not None:
            self._settle(message.claim_id)
            self.expected.pop(message.claim_id, None)
            if message.note:
                self.kept_notes[message.claim_id] = message.note
        self.app.notify_error(message.message, "Not saved")  # type: ignore[attr-defined]
        self.refresh_data()

    # -- notes ----------------------------------------------------------------------------------

    def action_note(self) -> None:
        claim = self.selected
        if claim is not None:
            self._open_note(claim.id, self.kept_notes.get(claim.id, claim.note or ""))

    def _open_note(self, claim_id: int, initial: str, warning: str | None = None) -> None:
        from claimcheck.tui.dialogs.text_dialog import TextDialog

        claim = self.query_one(ClaimList).claim(claim_id) or next(
            (c for c in self.all_claims if c.id == claim_id), None)
        if claim is None:
            return
        seen = None if warning else self.expected.get(claim.id, claim.version)
        self.app.set_where(self.article_id, claim.id, editing=True)  # type: ignore[attr-defined]

        def done(text: str | None) -> None:
            self.app.set_where(self.article_id, claim.id)  # type: ignore[attr-defined]
            if text is None:
                return
            current = next((c for c in self.all_claims if c.id == claim.id), claim)
            self.kept_notes[claim.id] = text
            self._save(current, "mark", current.status, note=text,
                       evidence=[p["passage_id"] for p in self.staged.get(claim.id, ())],
                       seen=seen)

        self.app.push_screen(TextDialog(f"Note on claim #{claim.id}", initial, warning=warning,
                                        context=claim.text,
                                        help_text="The note is saved with a mark that keeps "
                                                  "the claim's status."), done)

    # -- undo -----------------------------------------------------------------------------------

    def action_undo(self) -> None:
        claim_id = self.my_marks.pop() if self.my_marks else (
            self.selected.id if self.selected else None)
        if claim_id is None:
            self.notify("Nothing to undo.", markup=False)
            return
        claim = next((c for c in self.all_claims if c.id == claim_id), None)
        if claim is None:
            self.notify(f"Claim #{claim_id} is no longer in this article.", markup=False)
            return
        self._save(claim, "undo", claim.status, note=None, evidence=[])

    # -- claim editing --------------------------------------------------------------------------

    def _edit_dialog(self, title: str, initial: str, help_text: str, then) -> None:  # type: ignore[no-untyped-def]
        from claimcheck.tui.dialogs.text_dialog import TextDialog

        claim = self.selected
        self.app.set_where(self.article_id, claim.id if claim else None, editing=True)  # type: ignore[attr-defined]

        def done(text: str | None) -> None:
            self.app.set_where(self.article_id, claim.id if claim else None)  # type: ignore[attr-defined]
            if text is not None:
                then(text)

        self.app.push_screen(TextDialog(title, initial, help_text=help_text,
                                        context=claim.text if claim and initial != claim.text
                                        else None, allow_empty=False), done)

    def action_edit(self) -> None:
        claim = self.selected
        if claim is None:
            return
        seen = self.expected.get(claim.id, claim.version)
        self._edit_dialog(f"Edit claim #{claim.id}", claim.text,
                          "Make it one standalone, checkable statement.",
                          lambda text: self._edit("edit", claim.id, text=text, seen=seen))

    def action_split(self) -> None:
        claim = self.selected
        if claim is None:
            return
        seen = self.expected.get(claim.id, claim.version)
        self._edit_dialog(f"Split claim #{claim.id}", claim.text,
                          "Put each part on its own line (at least two lines).",
                          lambda text: self._edit("split", claim.id, text=text, seen=seen))

    def action_add(self) -> None:
        claim = self.selected
        self._edit_dialog("Add a claim" + (f" after #{claim.id}" if claim else ""), "",
                          "Type a standalone, checkable statement from the article.",
                          lambda text: self._edit("add", claim.id if claim else None, text=text))

    def action_merge(self) -> None:
        from claimcheck.tui.dialogs.confirm_dialog import ConfirmDialog

        claim_list = self.query_one(ClaimList)
        claim = claim_list.selected_claim
        index = claim_list.highlighted
        if claim is None or index is None or index + 1 >= len(claim_list.claims):
            self.notify("There is no next claim to merge with.", severity="warning",
                        markup=False)
            return
        following = claim_list.claims[index + 1]
        seen = self.expected.get(claim.id, claim.version)
        seen_next = self.expected.get(following.id, following.version)
        question = Content.assemble(
            Content(f"Merge claim #{claim.id} with the next one, #{following.id}?\n\n")
            .stylize("bold"), plain(claim.text), "\n+ ", plain(following.text))

        def done(yes: bool | None) -> None:
            if yes:
                self._edit("merge", claim.id, other_id=following.id, seen=seen,
                           seen_other=seen_next)

        self.app.push_screen(ConfirmDialog(question, "Merge"), done)

    def action_delete(self) -> None:
        from claimcheck.tui.dialogs.confirm_dialog import ConfirmDialog

        claim = self.selected
        if claim is None:
            return
        seen = self.expected.get(claim.id, claim.version)
        question = Content.assemble(Content(f"Delete claim #{claim.id}?\n\n").stylize("bold"),
                                    plain(claim.text),
                                    Content("\n\nIts history is kept.").stylize("$text-muted"))

        def done(yes: bool | None) -> None:
            if yes:
                self._edit("delete", claim.id, seen=seen)

        self.app.push_screen(ConfirmDialog(question, "Delete"), done)

    def _edit(self, op: str, claim_id: int | None, *, text: str = "", other_id: int | None = None,
              seen: int | None = None, seen_other: int | None = None) -> None:
        for cid in (claim_id, other_id):
            if cid is not None and op != "add":
                self.inflight[cid] = self.inflight.get(cid, 0) + 1
        self.save_edit(self.access.ticket(), op, claim_id, text, other_id, seen, seen_other)

    @work(thread=True, group="writes", exit_on_error=False, description="edit claims")
    def save_edit(self, ticket: int, op: str, claim_id: int | None, text: str,
                  other_id: int | None, seen: int | None, seen_other: int | None) -> None:
        reviewer = self.reviewer
        changed: list[Claim] = []
        try:
            with self.access.ordered(ticket) as store:
                if op == "edit":
                    assert claim_id is not None
                    changed = [store.edit_claim(claim_id, text, reviewer=reviewer, if_version=seen)]
                    message = f"Claim #{claim_id} edited."
                elif op == "split":
                    assert claim_id is not None
                    parts = [line for line in text.split("\n") if line.strip()]
                    changed = store.split_claim(claim_id, parts, reviewer=reviewer,
                                                if_version=seen)
                    message = f"Claim #{claim_id} split into {len(changed)}."
                elif op == "merge":
                    assert claim_id is not None and other_id is not None
                    changed = [store.merge_claims(claim_id, other_id, reviewer=reviewer,
                                                  if_version=seen, next_if_version=seen_other)]
                    message = f"Claims #{claim_id} and #{other_id} merged."
                elif op == "add":
                    after = store.load_claim(claim_id) if claim_id is not None else None
                    added = store.add_claim(self.article_id, text, reviewer=reviewer,
                                            start=after.start if after else 0,
                                            end=after.end if after else 0,
                                            after_claim_id=claim_id)
                    changed = [added]
                    message = f"Claim #{added.id} added."
                else:
                    assert claim_id is not None
                    store.delete_claim(claim_id, reviewer=reviewer, if_version=seen)
                    message = f"Claim #{claim_id} deleted."
        except EditConflict as conflict:
            self.post_message(MarkConflicted(conflict.claim_id, str(conflict),
                                             conflict.changed_by, conflict.changed_at, None))
            self._release_edit(claim_id, other_id, op)
            return
        except ClaimcheckError as error:
            self.post_message(WriteFailed(str(error)))
            self._release_edit(claim_id, other_id, op)
            return
        self._release_edit(claim_id, other_id, op)
        focus = changed[0].id if changed else None
        self.post_message(ClaimsEdited(focus, message))
        if changed:
            try:
                with self.access.open() as store:
                    jobs.recheck_claims(store, changed)
            except ClaimcheckError:
                pass  # the claim is saved; its evidence refreshes on the next check
            else:
                self.post_message(ClaimsEdited(None, ""))

    def _release_edit(self, claim_id: int | None, other_id: int | None, op: str) -> None:
        def release() -> None:
            for cid in (claim_id, other_id):
                if cid is not None and op != "add":
                    self._settle(cid)
        self.app.call_from_thread(release)

    def on_claims_edited(self, message: ClaimsEdited) -> None:
        if message.message:
            self.notify(message.message, markup=False)
        if message.focus_claim_id is not None:
            self._pending_focus = message.focus_claim_id
        self.refresh_data()

    # -- sources, import, report ----------------------------------------------------------------

    def action_search_sources(self) -> None:
        from claimcheck.tui.screens.sources_screen import SourcesScreen

        self.app.push_screen(SourcesScreen(self.selected, on_attach=self.attach_passage))

    def attach_passage(self, claim_id: int, passage: dict[str, Any]) -> str:
        """Cite a passage for a claim (see HelpDialog.ATTACH_HELP); returns what happened."""
        claim = next((c for c in self.all_claims if c.id == claim_id), None)
        if claim is None:
            return "That claim is no longer in this article."
        if claim.status is Status.PENDING or self.blind:
            staged = self.staged.setdefault(claim_id, [])
            if all(p["passage_id"] != passage["passage_id"] for p in staged):
                staged.append(passage)
            return (f"Passage kept for claim #{claim_id}: your next v, d or u mark cites it "
                    f"({len(staged)} kept).")
        pinned = []
        if self.evidence and self.evidence[0] == claim_id:
            pinned = [p["passage_id"] for p in self.evidence[1].get("pinned") or []]
        ids = list(dict.fromkeys([*pinned, passage["passage_id"]]))
        self._save(claim, "mark", claim.status, note=None, evidence=ids)
        return f"Passage cited for claim #{claim_id} ({claim.status.value})."

    def action_cite_evidence(self, number: int) -> None:
        """1-5: cite the Nth passage of the evidence panel for the selected claim."""
        claim = self.selected
        if claim is None or not self.evidence or self.evidence[0] != claim.id:
            return
        items = self.evidence[1].get("evidence") or []
        index = number - 1
        key = number
        if index >= len(items):
            self.notify(f"There is no passage {key} for this claim.", markup=False)
            return
        item = items[index]
        outcome = self.attach_passage(claim.id, {
            "passage_id": item["passage_id"], "source_id": item["source_id"],
            "source_title": item["source_title"], "text": item["text"],
            "score": item["score"]})
        self.notify(outcome, title="Cite", markup=False)
        self._render_evidence(claim, self.evidence[1])

    def action_import(self) -> None:
        from claimcheck.tui.dialogs.import_dialog import ImportDialog

        def done(request: Any) -> None:
            if request is not None:
                self.notify("Importing… the workbench stays usable meanwhile.", markup=False)
                self.run_import(request)

        self.app.push_screen(ImportDialog("source"), done)

    @work(thread=True, group="import", exit_on_error=False, description="import documents")
    def run_import(self, request: Any) -> None:
        try:
            article_id, message = jobs.run_import(self.access, request, self.reviewer,
                                                  recheck_article_id=self.article_id)
        except ClaimcheckError as error:
            self.app.call_from_thread(self.app.notify_error, str(error), "Import failed")  # type: ignore[attr-defined]
            return
        self.post_message(ArticleImported(article_id, message))

    def on_article_imported(self, message: ArticleImported) -> None:
        self.notify(message.message, title="Import", markup=False)
        self.refresh_data()
        claim = self.selected
        if claim is not None:
            self.load_claim_evidence(claim.id)

    def action_report(self) -> None:
        from claimcheck.tui.screens.articles_screen import open_report_dialog

        open_report_dialog(self, self.article_id, self.article.title if self.article else "")

    # -- history, filters, second review --------------------------------------------------------

    def action_history(self) -> None:
        claim = self.selected
        if claim is not None:
            self.load_history(claim.id)

    @work(thread=True, group="info", exit_on_error=False, description="load history")
    def load_history(self, claim_id: int) -> None:
        try:
            with self.access.open() as store:
                entries = store.history(claim_id)
        except ClaimcheckError as error:
            self.app.call_from_thread(self.app.notify_error, str(error))  # type: ignore[attr-defined]
            return
        lines = []
        for h in entries:
            line = Content.assemble(
                Content(f"v{h.version:<3} ").stylize("bold"),
                Content(h.at.replace("T", " ")[:19] + "  ").stylize("$text-muted"),
                plain(h.reviewer).stylize("bold"), f"  {h.action:<7} ", status_label(h.status))
            lines.append(line)
            if h.text:
                lines.append(Content.assemble("     text: ", plain(h.text)))
            if h.note:
                lines.append(Content.assemble("     note: ", plain(h.note)))
            if h.evidence:
                lines.append(Content(f"     cites passages {', '.join(map(str, h.evidence))}"))
        self.post_message(self.InfoLoaded(f"History of claim #{claim_id}",
                                          Content("\n").join(lines)))

    def on_review_screen_info_loaded(self, message: InfoLoaded) -> None:
        from claimcheck.tui.dialogs.info_dialog import InfoDialog

        self.app.push_screen(InfoDialog(message.title, message.body))

    def action_disagreements(self) -> None:
        self.load_disagreements()

    @work(thread=True, group="info", exit_on_error=False, description="load disagreements")
    def load_disagreements(self) -> None:
        try:
            with self.access.open() as store:
                rows = store.disagreements(self.article_id)
        except ClaimcheckError as error:
            self.app.call_from_thread(self.app.notify_error, str(error))  # type: ignore[attr-defined]
            return
        if not rows:
            body = Content("No disagreements: every second review agrees with the decided "
                           "status (or there is none yet).")
        else:
            lines = []
            for r in rows:
                lines.append(Content.assemble(
                    Content(f"#{r['claim_id']} ").stylize("bold"), plain(r["text"])))
                lines.append(Content.assemble(
                    "   decided ", status_label(Status(r["status"])), " by ",
                    plain(r["reviewer"] or "?"), "   second review ",
                    status_label(Status(r["blind_status"])), " by ", plain(r["blind_reviewer"])))
                if r.get("blind_note"):
                    lines.append(Content.assemble("   note: ", plain(r["blind_note"])))
            body = Content("\n").join(lines)
        self.post_message(self.InfoLoaded("Disagreements", body))

    def action_toggle_mine(self) -> None:
        self.mine_only = not self.mine_only

    def action_toggle_blind(self) -> None:
        self.blind = not self.blind
        self.notify("Blind review on: statuses hidden, v/d/u record a second review."
                    if self.blind else "Blind review off.", markup=False)

    def watch_mine_only(self) -> None:
        if self.is_mounted and self.article is not None:
            self._show_claims()

    def watch_blind(self) -> None:
        if self.is_mounted and self.article is not None:
            self.query_one(ClaimList).claims = []  # force a rebuild of every row
            self._show_claims()
            claim = self.selected
            if claim is not None and self.evidence and self.evidence[0] == claim.id:
                self._render_evidence(claim, self.evidence[1])
