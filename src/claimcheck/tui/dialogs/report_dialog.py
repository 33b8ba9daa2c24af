"""ReportDialog: format, file and the report command's options; dismisses with a ReportRequest.

The same options as `claimcheck report`: statuses to list, reviewed claims only, and the state
of the review as of a day. Values are checked by the report code, which names what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Select, Static

from claimcheck.tui.text import plain

FORMATS = [("Markdown", "md"), ("HTML", "html"), ("JSON", "json"), ("CSV", "csv"),
           ("ClaimReview JSON-LD", "claimreview")]
SUFFIX = {"md": "md", "html": "html", "json": "json", "csv": "csv", "claimreview": "jsonld"}


@dataclass(frozen=True)
class ReportRequest:
    fmt: str
    """md, html, json, csv or claimreview."""
    path: str
    """Where to write the report."""
    statuses: tuple[str, ...] = ()
    """List only claims with these statuses; empty for all."""
    reviewed_only: bool = False
    """Leave out pending claims."""
    as_of: str | None = None
    """A day (YYYY-MM-DD): the review as it stood at its end; None for now."""


class ReportDialog(ModalScreen[ReportRequest | None]):
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
            yield Input(placeholder="statuses to list, e.g. verified, disputed (empty: all)",
                        id="report-statuses")
            yield Input(placeholder="as of YYYY-MM-DD (empty: now)", id="report-as-of")
            yield Checkbox("Reviewed claims only", id="report-reviewed-only")
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
        raw = self.query_one("#report-statuses", Input).value
        statuses = tuple(part.strip().lower() for part in raw.replace(",", " ").split() if part.strip())
        as_of = self.query_one("#report-as-of", Input).value.strip() or None
        self.dismiss(ReportRequest(
            fmt=str(self.query_one("#report-format", Select).value), path=path, statuses=statuses,
            reviewed_only=self.query_one("#report-reviewed-only", Checkbox).value, as_of=as_of))

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export":
            self.action_submit()
        else:
            self.action_cancel()
