"""ArticlesScreen: every article with its review progress, newest first; enter opens one.

Loads in a thread worker and reloads when the database changes; `i` imports, `/` searches
sources, `r` exports a report of the highlighted article, `f` shows only articles assigned to
this reviewer. Titles are untrusted and shown through `text.plain`.
"""

from __future__ import annotations

from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from claimcheck.errors import ClaimcheckError
from claimcheck.tui import jobs
from claimcheck.tui.messages import ArticleImported
from claimcheck.tui.text import plain, progress_bar


class ArticlesScreen(Screen[None]):
    BINDINGS = [
        Binding("enter", "open_article", "Open", id="open"),
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("i", "import", "Import", id="import"),
        Binding("slash", "search_sources", "Search sources", key_display="/", id="search"),
        Binding("r", "report", "Report", id="report",
                tooltip="Export a report of the highlighted article"),
        Binding("f", "toggle_mine", "My articles", id="mine",
                tooltip="Only articles assigned to me (toggle)"),
    ]

    mine_only: reactive[bool] = reactive(False)
    """Show only the articles assigned to this reviewer."""

    class ArticlesLoaded(Message):
        def __init__(self, articles: list[dict[str, Any]], assigned: set[int]) -> None:
            super().__init__()
            self.articles = articles
            self.assigned = assigned

    def __init__(self) -> None:
        super().__init__(id="articles-screen")
        self.articles: list[dict[str, Any]] = []
        self.assigned: set[int] = set()

    def compose(self) -> ComposeResult:
        yield Static(id="articles-header", markup=False)
        yield OptionList(id="article-list")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#articles-header", Static).update(self._header())
        self.query_one("#article-list", OptionList).loading = True
        self.refresh_data()

    def on_screen_resume(self) -> None:
        self.app.set_where(None, None)  # type: ignore[attr-defined]
        self.refresh_data()

    def _header(self) -> Content:
        app = self.app
        total = len(self.articles)
        mine = "  ·  my articles only (f)" if self.mine_only else ""
        return Content.assemble(
            Content("claimcheck").stylize("bold $accent"), "  ",
            plain(str(app.settings.db_path)), "  ·  reviewer ",  # type: ignore[attr-defined]
            plain(app.settings.reviewer).stylize("bold"),  # type: ignore[attr-defined]
            f"  ·  {total} article{'s' if total != 1 else ''}{mine}")

    # -- data -----------------------------------------------------------------------------------

    def refresh_data(self) -> None:
        self.load_articles()

    @work(thread=True, exclusive=True, group="load-articles", exit_on_error=False,
          description="load articles")
    def load_articles(self) -> None:
        try:
            with self.app.access.open() as store:  # type: ignore[attr-defined]
                articles = store.list_articles()
                assigned = {a["article_id"] for a in
                            store.assignments(self.app.settings.reviewer)}  # type: ignore[attr-defined]
        except ClaimcheckError as error:
            self.app.call_from_thread(self.app.notify_error, str(error))  # type: ignore[attr-defined]
            return
        if not get_current_worker().is_cancelled:
            self.post_message(self.ArticlesLoaded(articles, assigned))

    def on_articles_screen_articles_loaded(self, message: ArticlesLoaded) -> None:
        self.articles = message.articles
        self.assigned = message.assigned
        self._show()

    def watch_mine_only(self) -> None:
        if self.is_mounted:
            self._show()

    def _show(self) -> None:
        listing = self.query_one("#article-list", OptionList)
        listing.loading = False
        keep = listing.highlighted_option.id if listing.highlighted_option else None
        shown = [a for a in self.articles if not self.mine_only or a["id"] in self.assigned]
        listing.set_options(Option(self._prompt(a), id=str(a["id"])) for a in shown)
        if not shown:
            listing.set_options([Option(Content(
                "No article yet. Press i to import one, or run `claimcheck demo`."
                if not self.mine_only else "No article is assigned to you (f shows all)."
            ).stylize("$text-muted"), disabled=True)])
        elif keep is not None and any(str(a["id"]) == keep for a in shown):
            listing.highlighted = listing.get_option_index(keep)
        else:
            listing.highlighted = 0
        self.query_one("#articles-header", Static).update(self._header())

    def _prompt(self, a: dict[str, Any]) -> Content:
        done = a["verified"] + a["disputed"] + a["unsourced"]
        assigned = Content("  assigned to you").stylize("bold $secondary") \
            if a["id"] in self.assigned else Content("")
        return Content.assemble(
            Content(f"#{a['id']} ").stylize("bold"), plain(a["title"]).stylize("bold"), assigned,
            "\n  ", progress_bar(a, 24),
            f"  {done}/{a['claims']} reviewed   ",
            Content(f"✓ {a['verified']}").stylize("$success"), "  ",
            Content(f"✗ {a['disputed']}").stylize("$error"), "  ",
            Content(f"? {a['unsourced']}").stylize("$warning"), "  ",
            Content(f"· {a['pending']} pending").stylize("$text-muted"),
            Content(f"   added {str(a['added_at'])[:10]}").stylize("$text-muted"))

    @property
    def selected_article(self) -> dict[str, Any] | None:
        option = self.query_one("#article-list", OptionList).highlighted_option
        if option is None or option.id is None:
            return None
        return next((a for a in self.articles if str(a["id"]) == option.id), None)

    # -- actions --------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("open_article", "report") and self.is_mounted:
            return self.selected_article is not None
        return True

    @on(OptionList.OptionSelected, "#article-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.action_open_article()

    @on(OptionList.OptionHighlighted, "#article-list")
    def _highlighted(self) -> None:
        self.refresh_bindings()

    def action_open_article(self) -> None:
        from claimcheck.tui.screens.review_screen import ReviewScreen

        article = self.selected_article
        if article is not None:
            self.app.push_screen(ReviewScreen(article["id"]))

    def action_cursor_down(self) -> None:
        self.query_one("#article-list", OptionList).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one("#article-list", OptionList).action_cursor_up()

    def action_toggle_mine(self) -> None:
        self.mine_only = not self.mine_only

    def action_search_sources(self) -> None:
        from claimcheck.tui.screens.sources_screen import SourcesScreen

        self.app.push_screen(SourcesScreen(None))

    def action_import(self) -> None:
        from claimcheck.tui.dialogs.import_dialog import ImportDialog, ImportRequest

        def done(request: ImportRequest | None) -> None:
            if request is not None:
                self.notify("Importing… the workbench stays usable meanwhile.", markup=False)
                self.run_import(request)

        self.app.push_screen(ImportDialog(), done)

    @work(thread=True, group="import", exit_on_error=False, description="import documents")
    def run_import(self, request: Any) -> None:
        try:
            article_id, message = jobs.run_import(
                self.app.access, request, self.app.settings.reviewer)  # type: ignore[attr-defined]
        except ClaimcheckError as error:
            self.app.call_from_thread(self.app.notify_error, str(error), "Import failed")  # type: ignore[attr-defined]
            return
        self.post_message(ArticleImported(article_id, message))

    def on_article_imported(self, message: ArticleImported) -> None:
        from claimcheck.tui.screens.review_screen import ReviewScreen

        self.notify(message.message, title="Import", markup=False)
        self.refresh_data()
        if message.article_id is not None and self.app.screen is self:
            self.app.push_screen(ReviewScreen(message.article_id))  # straight to its claims

    def action_report(self) -> None:
        article = self.selected_article
        if article is not None:
            open_report_dialog(self, article["id"], article["title"])


def open_report_dialog(screen: Screen[Any], article_id: int, title: str) -> None:
    """The `r` key on any screen: a report dialog, or a notice while reports do not exist."""
    from claimcheck.tui.dialogs.report_dialog import ReportDialog, ReportRequest

    if not jobs.reports_available():
        screen.notify("Reports are not available yet in this version; "
                      "`claimcheck claims ARTICLE_ID --json` lists verdicts meanwhile.",
                      title="Report", severity="warning", markup=False)
        return

    def done(request: ReportRequest | None) -> None:
        if request is not None:
            _export(screen, article_id, request)

    screen.app.push_screen(ReportDialog(article_id, title), done)


def _export(screen: Screen[Any], article_id: int, request: Any) -> None:
    app = screen.app

    def job() -> None:
        try:
            with app.access.open() as store:  # type: ignore[attr-defined]
                written = jobs.export_report(
                    store, article_id, request.fmt, request.path, statuses=request.statuses,
                    reviewed_only=request.reviewed_only, as_of=request.as_of)
        except ClaimcheckError as error:
            app.call_from_thread(app.notify_error, str(error), "Report failed")  # type: ignore[attr-defined]
            return
        app.call_from_thread(app.notify, f"Report written to {written}", title="Report",
                             markup=False)

    app.run_worker(job, thread=True, group="report", exit_on_error=False,
                   description="export report")
