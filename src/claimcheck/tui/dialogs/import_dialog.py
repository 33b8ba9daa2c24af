"""ImportDialog: bring in an article or a source from a file path, a URL, or pasted text.

Dismisses with an `ImportRequest` (or None); the screen that opened it runs the import in a
worker. Nothing is read here.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, RadioButton, RadioSet, Static, TextArea


@dataclass(frozen=True)
class ImportRequest:
    kind: str
    """"article" or "source"."""
    location: str
    """A file path, a folder (sources) or an http(s) URL; empty when `text` is given."""
    text: str
    """Pasted text (may start with Title:/URL:/Published: header lines)."""
    title: str
    """Title for pasted text, or an override; may be empty."""


class ImportDialog(ModalScreen[ImportRequest | None]):
    BINDINGS = [
        Binding("ctrl+s", "submit", "Import"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, kind: str = "article") -> None:
        super().__init__()
        self.kind = kind

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide tall"):
            yield Static(Content("Import").stylize("bold"), classes="dialog-title")
            with RadioSet(id="import-kind"):
                yield RadioButton("Article (extract and check its claims)",
                                  value=self.kind == "article", id="kind-article")
                yield RadioButton("Source (evidence to match against)",
                                  value=self.kind == "source", id="kind-source")
            yield Input(placeholder="File path, folder (sources) or http(s) URL",
                        id="import-location")
            yield Input(placeholder="Title (optional)", id="import-title")
            yield Static(Content("…or paste the text here:").stylize("$text-muted"))
            yield TextArea("", id="import-text", soft_wrap=True)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Import (ctrl+s)", variant="primary", id="import")
                yield Button("Cancel (esc)", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#import-location", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_submit()

    def action_submit(self) -> None:
        location = self.query_one("#import-location", Input).value.strip()
        text = self.query_one("#import-text", TextArea).text
        if not location and not text.strip():
            self.notify("Give a file path or URL, or paste the text.", severity="warning",
                        markup=False)
            return
        kind = "source" if self.query_one("#kind-source", RadioButton).value else "article"
        self.dismiss(ImportRequest(kind=kind, location=location if not text.strip() else "",
                                   text=text, title=self.query_one("#import-title", Input).value))

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "import":
            self.action_submit()
        else:
            self.action_cancel()
