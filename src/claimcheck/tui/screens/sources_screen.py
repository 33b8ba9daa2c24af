"""SourcesScreen: search every stored passage as you type, read a source, attach a passage.

Typing restarts a 0.25 s timer; when it fires, an exclusive thread worker ranks passages with
`pipeline.match_text` (the same ranking `claimcheck match` uses), so only the newest query's
answer is shown and the screen never waits on the database. `enter` on a result opens its
source with the passage lit; `a` attaches the passage to the claim the Review screen had
selected (the Review screen decides what attaching means; see HelpDialog.ATTACH_HELP).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from claimcheck.core.models import Claim
from claimcheck.errors import ClaimcheckError
from claimcheck.tui.text import SPAN_STYLE, highlight, one_line, plain, score_bar

DEBOUNCE_S = 0.25
"""Quiet time after the last key before a search starts."""
RESULTS = 30
"""How many passages a search shows."""


class SourcesScreen(Screen[None]):
    BINDINGS = [
        Binding("a", "attach", "Attach to claim", id="attach"),
        Binding("enter", "open_source", "Open source", show=False, id="open"),
        Binding("ctrl+f,slash", "focus_search", "Search", key_display="/", id="focus-search"),
        Binding("escape", "back", "Back", id="back"),
    ]

    class SearchDone(Message):
        def __init__(self, query: str, results: list[Any]) -> None:
            super().__init__()
            self.query = query
            self.results = results

    class SourceLoaded(Message):
        def __init__(self, passage_id: int, title: str, url: str | None,
                     published: str | None, body: str, start: int, end: int) -> None:
            super().__init__()
            self.passage_id = passage_id
            self.title = title
            self.url = url
            self.published = published
            self.body = body
            self.start = start
            self.end = end

    def __init__(self, claim: Claim | None,
                 on_attach: Callable[[int, dict[str, Any]], str] | None = None) -> None:
        super().__init__(id="sources-screen")
        self.claim = claim
        self.on_attach = on_attach
        self.results: list[Any] = []
        self.results_query: str | None = None
        """The query the shown results answer."""
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        if self.claim is not None:
            yield Static(Content.assemble(Content(f"Evidence for claim #{self.claim.id}: ")
                                          .stylize("bold"), plain(self.claim.text)),
                         id="sources-claim", markup=False)
        else:
            yield Static(Content("Search sources (open an article to attach passages to a claim)")
                         .stylize("bold"), id="sources-claim", markup=False)
        yield Input(placeholder="Type words, numbers or names…", id="source-query")
        with Horizontal(id="sources-body"):
            yield OptionList(id="source-results")
            with VerticalScroll(id="source-preview", can_focus=True):
                yield Static(Content("Results show here as you type.").stylize("$text-muted"),
                             id="source-text", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        query = self.query_one("#source-query", Input)
        if self.claim is not None:
            query.value = self.claim.text
        query.focus()

    # -- searching ------------------------------------------------------------------------------

    @on(Input.Changed, "#source-query")
    def _typed(self, event: Input.Changed) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE_S, lambda: self.search(event.value))

    @on(Input.Submitted, "#source-query")
    def _submitted(self) -> None:
        self.query_one("#source-results", OptionList).focus()

    def on_key(self, event: Any) -> None:
        if event.key == "down" and self.focused is self.query_one("#source-query", Input):
            self.query_one("#source-results", OptionList).focus()
            event.stop()

    @work(thread=True, exclusive=True, group="search", exit_on_error=False,
          description="search passages")
    def search(self, query: str) -> None:
        from claimcheck.core.pipeline import match_text

        if not query.strip():
            results: list[Any] = []
        else:
            try:
                with self.app.access.open() as store:  # type: ignore[attr-defined]
                    results = match_text(store, query, RESULTS)
            except ClaimcheckError as error:
                self.app.call_from_thread(self.app.notify_error, str(error))  # type: ignore[attr-defined]
                return
        if not get_current_worker().is_cancelled:
            self.post_message(self.SearchDone(query, results))

    def on_sources_screen_search_done(self, message: SearchDone) -> None:
        if message.query != self.query_one("#source-query", Input).value:
            return  # an older query; a newer one is on its way
        self.results = message.results
        self.results_query = message.query
        listing = self.query_one("#source-results", OptionList)
        if not message.results:
            listing.set_options([Option(Content("No passage matches." if message.query.strip()
                                                else "Type to search.").stylize("$text-muted"),
                                        disabled=True)])
            return
        listing.set_options(
            Option(Content.assemble(score_bar(r.score, 6), "  ",
                                    plain(one_line(r.source_title, 60)).stylize("bold"), "\n",
                                    plain(one_line(r.text, 200))), id=str(r.passage_id))
            for r in message.results)
        listing.highlighted = 0

    # -- reading a source -----------------------------------------------------------------------

    @property
    def selected_result(self) -> Any | None:
        listing = self.query_one("#source-results", OptionList)
        if listing.highlighted is None or listing.highlighted >= len(self.results):
            return None
        return self.results[listing.highlighted]

    @on(OptionList.OptionHighlighted, "#source-results")
    def _highlighted(self) -> None:
        result = self.selected_result
        if result is not None:
            self.load_source(result.passage_id, result.source_id)
        self.refresh_bindings()

    @on(OptionList.OptionSelected, "#source-results")
    def _selected(self) -> None:
        self.action_open_source()

    @work(thread=True, exclusive=True, group="source", exit_on_error=False,
          description="load source")
    def load_source(self, passage_id: int, source_id: int) -> None:
        try:
            with self.app.access.open() as store:  # type: ignore[attr-defined]
                source = store.load_source(source_id)
                passage, _source = store.load_passages([passage_id])[passage_id]
        except (ClaimcheckError, KeyError):
            return
        if not get_current_worker().is_cancelled:
            self.post_message(self.SourceLoaded(passage_id, source.title, source.url,
                                                source.published, source.body, passage.start,
                                                passage.end))

    def on_sources_screen_source_loaded(self, message: SourceLoaded) -> None:
        head = [plain(message.title).stylize("bold")]
        if message.published:
            head.append(Content.assemble("  ", plain(message.published)))
        if message.url:
            head.append(Content.assemble("\n", plain(message.url).stylize("$text-muted")))
        body = highlight(message.body, [(message.start, message.end)], SPAN_STYLE)
        self.query_one("#source-text", Static).update(
            Content.assemble(*head, "\n\n", body))
        preview = self.query_one("#source-preview", VerticalScroll)
        # Scroll near the passage: its line in the unwrapped body is a fair guess.
        line = message.body.count("\n", 0, message.start)
        preview.scroll_to(y=max(0, line - 2), animate=False)

    def action_open_source(self) -> None:
        if self.selected_result is not None:
            self.query_one("#source-preview").focus()

    def action_focus_search(self) -> None:
        self.query_one("#source-query", Input).focus()

    def action_back(self) -> None:
        self.app.pop_screen()

    # -- attaching ------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "attach" and self.is_mounted:
            return self.claim is not None and self.selected_result is not None
        return True

    def action_attach(self) -> None:
        result = self.selected_result
        if self.claim is None or result is None or self.on_attach is None:
            return
        outcome = self.on_attach(self.claim.id, {
            "passage_id": result.passage_id, "source_id": result.source_id,
            "source_title": result.source_title, "text": result.text, "score": result.score})
        self.notify(outcome, title="Attach", markup=False)
