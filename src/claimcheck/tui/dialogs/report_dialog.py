"""ReportDialog: choose a report format and a file; dismisses with (format, path) or None."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Select, Static

from claimcheck.tui.text import plain

FORMATS = [("Markdown", "md"), ("HTML", "html"), ("JSON", "json"), ("CSV", "csv"),
           ("ClaimReview JSON-LD", "claimreview")]
SUFFIX = {"md": "md", "html": "html", "json": "json", "csv": "csv", "claimreview": "jsonld"}


class ReportDialog(ModalScreen[tuple[str, str] | None]):
    BINDINGS = [
        Binding("ctrl+s", "submit", "Export"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, article_id: int, article_title: str) -> None:
        super().__init__()
        self.article_id = article_id
        self.article_title = article_title

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content("Export report").stylize("bold"), classes="dialog-title")
            yield Static(plain(self.article_title), markup=False)
            yield Select(FORMATS, value="md", allow_blank=False, id="report-format")
            yield Input(value=f"report-{self.article_id}.md", id="report-path")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Export (ctrl+s)", variant="primary", id="export")
                yield Button("Cancel (esc)", id="cancel")

    def on_select_changed(self, event: Select.Changed) -> None:
        path = self.query_one("#report-path", Input)
        stem = path.value.rsplit(".", 1)[0] if "." in path.value else path.value
        path.value = f"{stem}.{SUFFIX[str(event.value)]}"

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_submit()

    def action_submit(self) -> None:
        path = self.query_one("#report-path", Input).value.strip()
        if not path:
            self.notify("Give a file name for the report.", severity="warning", markup=False)
            return
        self.dismiss((str(self.query_one("#report-format", Select).value), path))

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export":
            self.action_submit()
        else:
            self.action_cancel()
