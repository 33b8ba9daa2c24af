"""ReviewHeader: database, reviewer, article and review progress, and who else is here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual.content import Content
from textual.widgets import Static

from claimcheck.tui.text import plain, progress_bar


class ReviewHeader(Static):
    def show(self, *, db: str, reviewer: str, title: str, counts: dict[str, int],
             others: Sequence[dict[str, Any]] = (), blind: bool = False,
             mine_only: bool = False) -> None:
        total = sum(counts.values())
        done = total - counts.get("pending", 0)
        first = Content.assemble(
            Content("claimcheck").stylize("bold $accent"), "  ", plain(db), "  ·  reviewer ",
            plain(reviewer).stylize("bold"))
        if others:
            first = Content.assemble(first, "  ·  also here: ", Content(", ").join(
                [plain(o["reviewer"]).stylize("bold $secondary") for o in others]))
        if blind:
            progress = Content("BLIND REVIEW: decided statuses hidden; marks are recorded as "
                               "second reviews (b to leave)").stylize("bold $warning")
        else:
            progress = Content.assemble(
                progress_bar(counts, 20), f"  {done}/{total} reviewed  ",
                Content(f"✓ {counts.get('verified', 0)}").stylize("$success"), "  ",
                Content(f"✗ {counts.get('disputed', 0)}").stylize("$error"), "  ",
                Content(f"? {counts.get('unsourced', 0)}").stylize("$warning"), "  ",
                Content(f"· {counts.get('pending', 0)}").stylize("$text-muted"))
            if mine_only:
                progress = Content.assemble(progress, Content("   my claims only (f)")
                                            .stylize("bold $secondary"))
        self.update(Content("\n").join([Content.assemble(first, "   ", progress),
                                         plain(title).stylize("bold")]))
