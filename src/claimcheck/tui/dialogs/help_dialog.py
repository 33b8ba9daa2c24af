"""HelpDialog: every key of the screen it was opened from, and of the app."""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding
from textual.content import Content

from claimcheck.tui.dialogs.info_dialog import InfoDialog

ATTACH_HELP = (
    "Attaching a passage (Sources screen, a): on a claim that already has a verdict the passage is "
    "cited at once (a new mark with the same status and note); on a pending claim it is kept and "
    "cited by your next v, d or u mark."
)


def describe_key(binding: Binding) -> str:
    keys = binding.key_display or binding.key
    return ", ".join(k.strip() for k in keys.split(","))


class HelpDialog(InfoDialog):
    """Lists (key, description) rows grouped by where they apply."""

    def __init__(self, groups: Iterable[tuple[str, Iterable[Binding]]]) -> None:
        lines: list[Content] = []
        for title, bindings in groups:
            seen: set[str] = set()
            rows = []
            for b in bindings:
                if not b.description or b.action in seen:
                    continue
                seen.add(b.action)
                rows.append(b)
            if not rows:
                continue
            lines.append(Content(title).stylize("bold $accent"))
            for b in rows:
                lines.append(Content.assemble(
                    Content(f"  {describe_key(b):<16}").stylize("bold"), b.tooltip or b.description))
            lines.append(Content(""))
        lines.append(Content(ATTACH_HELP).stylize("$text-muted"))
        lines.append(Content("ctrl+p opens the command palette: every action by name.")
                     .stylize("$text-muted"))
        super().__init__("Keys", Content("\n").join(lines), dialog_id="help-dialog")
