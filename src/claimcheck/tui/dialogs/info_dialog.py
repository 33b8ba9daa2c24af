"""InfoDialog: a scrollable read-only text (help, history, disagreements); any of
escape, q or enter closes it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static


class InfoDialog(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,enter", "close", "Close")]

    def __init__(self, title: str, body: Content, *, dialog_id: str | None = None) -> None:
        super().__init__(id=dialog_id)
        self.title_text = title
        self.body = body

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide tall"):
            yield Static(Content(self.title_text).stylize("bold"), classes="dialog-title")
            with VerticalScroll(classes="dialog-scroll"):
                yield Static(self.body, id="info-body", markup=False)
            yield Static(Content("escape closes").stylize("$text-muted"), classes="dialog-help")

    def on_mount(self) -> None:
        self.query_one(".dialog-scroll").focus()

    def action_close(self) -> None:
        self.dismiss(None)
