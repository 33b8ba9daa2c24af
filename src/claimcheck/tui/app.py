"""ClaimcheckApp: composes the workbench's screens and keeps it in step with the database.

What it owns: the settings, the clock, the screen stack, the 0.5 s `PRAGMA data_version` poll
(so changes by other workbenches or the command line show within 2 s), the presence heartbeat,
and the command palette (every binding of the current screen is offered there by name).
What it must not do: query or format; screens start workers, `jobs.py` holds their bodies.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.timer import Timer
from textual.worker import get_current_worker

from claimcheck.core.store import Store
from claimcheck.errors import ClaimcheckError
from claimcheck.settings import Settings
from claimcheck.tui.access import StoreAccess
from claimcheck.tui.messages import DataChanged

POLL_S = 0.5
"""How often `PRAGMA data_version` is read: changes appear well within 2 s."""
HEARTBEAT_S = 15.0
"""How often presence is refreshed (rows expire after a minute of silence)."""


def pick_theme() -> str:
    """`CLAIMCHECK_THEME`, else the ANSI theme on a 16-colour terminal, else textual-dark."""
    chosen = os.environ.get("CLAIMCHECK_THEME")
    if chosen:
        return chosen
    colorterm = os.environ.get("COLORTERM", "").lower()
    term = os.environ.get("TERM", "")
    if colorterm in ("truecolor", "24bit") or "256" in term or "direct" in term:
        return "textual-dark"
    return "ansi-dark" if term else "textual-dark"


class ClaimcheckApp(App[None]):
    """The workbench. Build it with `make_app`."""

    CSS_PATH = "claimcheck.tcss"
    TITLE = "claimcheck"
    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark", "help", "Help", key_display="?", id="help"),
    ]

    def __init__(self, settings: Settings, article_id: int | None = None, *,
                 clock: Callable[[], datetime] | None = None, poll_s: float = POLL_S,
                 heartbeat_s: float = HEARTBEAT_S, theme: str | None = None) -> None:
        super().__init__()
        self.settings = settings
        """Database path and reviewer, resolved by the command line."""
        self.access = StoreAccess(Path(settings.db_path), clock=clock,
                                  allow_network_fs=settings.allow_network_fs)
        """Per-thread stores and the ordered save queue."""
        self.start_article_id = article_id
        self.poll_s = poll_s
        self.heartbeat_s = heartbeat_s
        self.theme = theme or pick_theme()
        self.where: tuple[int | None, int | None, bool] = (None, None, False)
        """(article, claim, editing) this reviewer is on, for the presence heartbeat."""
        self._poll_store: Store | None = None
        self._polling = False
        self._poll_lock = threading.Lock()
        self._presence_lock = threading.Lock()
        self._closing = False
        self._data_version: int | None = None
        self._beat_timer: Timer | None = None

    @property
    def reviewer(self) -> str:
        return self.settings.reviewer

    def on_mount(self) -> None:
        from claimcheck.tui.screens.articles_screen import ArticlesScreen
        from claimcheck.tui.screens.review_screen import ReviewScreen

        self.sub_title = f"{self.settings.db_path}  ·  {self.reviewer}"
        # The baseline data_version is read before any screen loads its data, so a change
        # made by someone else while the screens load is seen by the first poll.
        self.read_data_version_baseline()
        # Opening straight onto an article skips composing the Articles screen (faster first
        # paint); escape on the review screen brings it in then.
        if self.start_article_id is not None:
            self.push_screen(ReviewScreen(self.start_article_id))
        else:
            self.push_screen(ArticlesScreen())
        self.set_interval(self.poll_s, self.poll_database, name="poll")
        self.set_interval(self.heartbeat_s, self.send_heartbeat, name="heartbeat")

    # -- keeping up with other writers ----------------------------------------------------------

    def read_data_version_baseline(self) -> None:
        """Open the poll connection and read `PRAGMA data_version` once (a few milliseconds)."""
        try:
            with self._poll_lock:
                self._poll_store = Store.open(self.access.path,
                                              allow_network_fs=self.access.allow_network_fs)
                self._data_version = self._poll_store.data_version()
        except ClaimcheckError:
            pass  # the first poll tries again

    def poll_database(self) -> None:
        if not self._polling:
            self._polling = True
            self.read_data_version()

    @work(thread=True, group="poll", exit_on_error=False, description="poll data_version")
    def read_data_version(self) -> None:
        try:
            with self._poll_lock:
                if self._closing:
                    return
                if self._poll_store is None:
                    self._poll_store = Store.open(self.access.path,
                                                  allow_network_fs=self.access.allow_network_fs)
                version = self._poll_store.data_version()
        except Exception:  # a busy or vanished file: try again at the next tick
            version = None
        finally:
            self._polling = False
        if get_current_worker().is_cancelled or version is None:
            return
        if self._data_version is not None and version != self._data_version:
            self.post_message(DataChanged(version))
        self._data_version = version

    def on_data_changed(self, message: DataChanged) -> None:
        for screen in self.screen_stack:
            refresh = getattr(screen, "refresh_data", None)
            if refresh is not None:
                refresh()

    # -- presence -------------------------------------------------------------------------------

    def set_where(self, article_id: int | None, claim_id: int | None,
                  editing: bool = False) -> None:
        """Record where this reviewer is; the heartbeat follows shortly (debounced)."""
        if self.where == (article_id, claim_id, editing):
            return
        self.where = (article_id, claim_id, editing)
        if self._beat_timer is not None:
            self._beat_timer.stop()
        self._beat_timer = self.set_timer(0.4, self.send_heartbeat)

    def send_heartbeat(self) -> None:
        self.write_heartbeat(*self.where)

    @work(thread=True, group="presence", exit_on_error=False, description="presence heartbeat")
    def write_heartbeat(self, article_id: int | None, claim_id: int | None, editing: bool) -> None:
        try:
            with self._presence_lock:
                if self._closing:
                    return  # never write presence back after leaving
                with self.access.open() as store:
                    store.heartbeat(self.reviewer, article_id, claim_id, editing)
        except ClaimcheckError:
            pass  # presence is a courtesy; a busy database must not bother the reviewer

    def on_unmount(self) -> None:
        with self._presence_lock:
            self._closing = True
            try:
                with self.access.open() as store:
                    store.leave(self.reviewer)
            except Exception:
                pass
        self.access.close()
        with self._poll_lock:
            if self._poll_store is not None:
                self._poll_store.close()
                self._poll_store = None

    # -- actions everyone can use ---------------------------------------------------------------

    def action_help(self) -> None:
        from claimcheck.tui.dialogs.help_dialog import HelpDialog

        if isinstance(self.screen, HelpDialog):
            return
        screen = self.screen
        self.push_screen(HelpDialog([(f"{type(screen).__name__.replace('Screen', '')} screen",
                                      screen_bindings(screen)),
                                     ("Everywhere", [b for b in self.BINDINGS
                                                     if isinstance(b, Binding)])]))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        seen = {"quit", "help"}
        for binding in screen_bindings(screen):
            if binding.action in seen or not binding.description:
                continue
            seen.add(binding.action)
            key = binding.key_display or binding.key.split(",")[0]
            yield SystemCommand(binding.tooltip or binding.description, f"key: {key}",
                                _runner(screen, binding.action))
        yield SystemCommand("Help", "key: ? (every key)", self.action_help)

    def notify_error(self, message: str, title: str = "Error") -> None:
        """Untrusted or not, messages are never parsed as markup."""
        self.notify(message, title=title, severity="error", markup=False, timeout=8)


def screen_bindings(screen: Screen) -> list[Binding]:
    """The screen class's own bindings, as declared (a key list like "j,down" kept whole)."""
    return [b for b in getattr(type(screen), "BINDINGS", []) if isinstance(b, Binding)]


def _runner(screen: Screen, action: str) -> Callable[[], object]:
    async def run() -> None:
        await screen.run_action(action)

    return run


def make_app(settings: Settings, article_id: int | None = None, *,
             clock: Callable[[], datetime] | None = None, poll_s: float = POLL_S,
             heartbeat_s: float = HEARTBEAT_S, theme: str | None = None) -> ClaimcheckApp:
    """Build the workbench as the command line does.

    Args:
        settings: database path and reviewer.
        article_id: open this article's review screen at once.
        clock: the time shown and used for presence (tests pin it).
        poll_s: seconds between `PRAGMA data_version` polls.
        heartbeat_s: seconds between presence heartbeats.
        theme: a Textual theme name (default: `pick_theme()`).
    """
    return ClaimcheckApp(settings, article_id, clock=clock, poll_s=poll_s,
                         heartbeat_s=heartbeat_s, theme=theme)
