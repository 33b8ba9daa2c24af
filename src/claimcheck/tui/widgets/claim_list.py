"""ClaimList: the article's claims with status, kind, and who else is on each one.

It shows what it is given (claims, presence, blind mode) and reports the highlighted claim;
it does no I/O. Claim text is untrusted and shown through `text.plain`, never as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from claimcheck.core.models import Claim, Status
from claimcheck.tui.text import STATUS_STYLE, STATUS_SYMBOL, one_line, safe_text

TEXT_CHARS = 160
"""Claim text is cut to this many characters in the list (the evidence panel shows it all)."""


class ClaimList(OptionList):
    """One option per claim; option ids are claim ids."""

    class ClaimHighlighted(Message):
        """The cursor moved to another claim (None: the list is empty)."""

        def __init__(self, claim: Claim | None) -> None:
            super().__init__()
            self.claim = claim

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.claims: list[Claim] = []
        """The claims shown, in list order."""
        self._by_id: dict[int, Claim] = {}
        self._last_reported: tuple[int, int] | None = None

    @property
    def selected_claim(self) -> Claim | None:
        """The highlighted claim, if any."""
        if self.highlighted is None or not self.claims:
            return None
        if self.highlighted >= len(self.claims):
            return None
        return self.claims[self.highlighted]

    def claim(self, claim_id: int) -> Claim | None:
        return self._by_id.get(claim_id)

    def show_claims(self, claims: Sequence[Claim], *, me: str,
                    presence: Sequence[dict[str, Any]] = (), blind: bool = False,
                    disagreeing: set[int] | None = None, focus_claim_id: int | None = None) -> None:
        """Show `claims`, keeping the cursor on the same claim (or on `focus_claim_id`)."""
        keep = focus_claim_id
        if keep is None and self.selected_claim is not None:
            keep = self.selected_claim.id
        old_index = self.highlighted
        others: dict[int, list[tuple[str, bool]]] = {}
        for row in presence:
            if row["reviewer"] != me and row.get("claim_id") is not None:
                others.setdefault(row["claim_id"], []).append((row["reviewer"], row["editing"]))
        prompts = [self._prompt(c, others.get(c.id, ()), blind, c.id in (disagreeing or ()))
                   for c in claims]
        same_ids = [c.id for c in claims] == [c.id for c in self.claims]
        self.claims = list(claims)
        self._by_id = {c.id: c for c in claims}
        if same_ids and self.option_count == len(prompts):
            # Same rows: replace prompts in place, so the cursor and scroll stay put.
            for index, prompt in enumerate(prompts):
                self.replace_option_prompt_at_index(index, prompt)
        else:
            self.set_options(Option(p, id=str(c.id)) for p, c in zip(prompts, claims, strict=True))
            if not claims:
                self.highlighted = None
            elif keep is not None and keep in self._by_id:
                self.highlighted = next(i for i, c in enumerate(claims) if c.id == keep)
            else:
                self.highlighted = min(old_index or 0, len(claims) - 1)
        if focus_claim_id is not None and focus_claim_id in self._by_id:
            self.highlighted = next(i for i, c in enumerate(claims) if c.id == focus_claim_id)
        self._report()

    def update_claim(self, claim: Claim, *, me: str, presence: Sequence[dict[str, Any]] = (),
                     blind: bool = False, disagreeing: bool = False) -> None:
        """Replace one claim's row (after a save), leaving the cursor alone."""
        for index, existing in enumerate(self.claims):
            if existing.id == claim.id:
                self.claims[index] = claim
                self._by_id[claim.id] = claim
                others = [(r["reviewer"], r["editing"]) for r in presence
                          if r["reviewer"] != me and r.get("claim_id") == claim.id]
                self.replace_option_prompt_at_index(
                    index, self._prompt(claim, others, blind, disagreeing))
                if index == self.highlighted:
                    self._report(force=True)
                return

    @staticmethod
    def _prompt(claim: Claim, others: Sequence[tuple[str, bool]], blind: bool,
                disagreeing: bool) -> Content:
        if blind:
            head = Content("◌ ").stylize("$text-muted")
        else:
            head = Content(f"{STATUS_SYMBOL[claim.status]} ").stylize(STATUS_STYLE[claim.status])
        parts: list[Content | str] = [
            head,
            Content(f"#{claim.id} ").stylize("bold"),
            Content(claim.kind.value).stylize("italic"),  # muted colours vanish on the
            # highlighted row in 16-colour themes
        ]
        if disagreeing and not blind:
            parts.append(Content(" ≠ second review differs").stylize("bold $warning"))
        for reviewer, editing in others:
            mark = "✎" if editing else "●"
            parts.append(Content(f"  {mark} {safe_text(reviewer)}").stylize("bold $secondary"))
        parts.append("\n")
        parts.append(Content(safe_text(one_line(claim.text, TEXT_CHARS))))
        return Content.assemble(*parts)

    def _report(self, force: bool = False) -> None:
        claim = self.selected_claim
        key = (claim.id, claim.version) if claim else (0, 0)
        if force or key != self._last_reported:
            self._last_reported = key
            self.post_message(self.ClaimHighlighted(claim))

    def _on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._report()

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()

    def status_counts(self) -> dict[str, int]:
        counts = {s.value: 0 for s in Status}
        for c in self.claims:
            counts[c.status.value] += 1
        return counts
