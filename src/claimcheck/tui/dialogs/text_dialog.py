"""TextDialog: edit a piece of text (a note, a claim, the parts of a split).

Dismisses with the text, or None when cancelled. `warning` shows above the editor, for
example why an earlier save was refused; the text the reviewer typed is passed back in as
`initial`, so nothing typed is lost.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static, TextArea

from claimcheck.tui.text import plain


class TextDialog(ModalScreen[str | None]):
    """ctrl+s saves, escape cancels."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, title: str, initial: str = "", *, help_text: str = "",
                 warning: str | None = None, context: str | None = None,
                 allow_empty: bool = True) -> None:
        super().__init__()
        self.title_text = title
        self.initial = initial
        self.help_text = help_text
        self.warning = warning
        self.context = context
        self.allow_empty = allow_empty

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Static(Content(self.title_text).stylize("bold"), classes="dialog-title")
            if self.context:
                yield Static(plain(self.context), classes="dialog-context", markup=False)
            if self.warning:
                yield Static(plain(self.warning).stylize("bold $error"), id="dialog-warning",
                             markup=False)
            yield TextArea(self.initial, id="dialog-text", soft_wrap=True, show_line_numbers=False)
            if self.help_text:
                yield Static(Content(self.help_text).stylize("$text-muted"), classes="dialog-help")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save (ctrl+s)", variant="primary", id="save")
                yield Button("Cancel (esc)", id="cancel")

    def on_mount(self) -> None:
        area = self.query_one("#dialog-text", TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    @property
    def text(self) -> str:
        return self.query_one("#dialog-text", TextArea).text

    def action_save(self) -> None:
        if not self.allow_empty and not self.text.strip():
            self.notify("Type some text first, or press escape to cancel.", severity="warning",
                        markup=False)
            return
        self.dismiss(self.text)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()
