"""EvidencePanel: what the selected claim rests on and what the machine suggests.

Shows the claim in full with its status, note and reviewer; passages the current verdict cites;
the machine's ranked passages with source title, date and URL, a score bar, stance and reason,
the words shared with the claim underlined and disagreeing numbers, dates and names flagged in
a colour of their own; and the suggestion with its reason. Everything it shows arrives as data
from a worker (`show_evidence`); all stored text goes through `text.plain`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from claimcheck.core.models import Claim, Facts, Status
from claimcheck.tui.text import (
    CONFLICT_STYLE,
    SHARED_STYLE,
    evidence_text,
    plain,
    score_bar,
    status_label,
)

STANCE_STYLE = {"supports": "bold $success", "contradicts": "bold $error",
                "related": "$text-muted"}


class EvidencePanel(VerticalScroll, can_focus=True):
    """A scrollable panel with one Static that is rebuilt per claim."""

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static(Content("Select a claim."), id="evidence-body", markup=False)

    def show_nothing(self, message: str = "No claim selected.") -> None:
        self.query_one("#evidence-body", Static).update(Content(message))

    def show_evidence(self, claim: Claim, data: dict[str, Any], *, blind: bool = False,
                      staged: Sequence[dict[str, Any]] = (), kept_note: str | None = None) -> None:
        """Render a claim's evidence.

        Args:
            data: from the review screen's `load_evidence` worker: "evidence" (with "facts"
                per passage), "suggestion" (status, reason) or None, "pinned".
            blind: hide the decided status, note and cited passages (second review).
            staged: passages attached on the Sources screen, to be cited by the next mark.
            kept_note: a note whose save was refused, kept for the reviewer.
        """
        lines: list[Content] = []
        head: list[Content | str] = [Content(f"Claim #{claim.id} ").stylize("bold"),
                Content(f"[{claim.kind.value}]").stylize("$text-muted"), " "]
        if blind:
            head.append(Content("blind review: decided status hidden").stylize("italic $warning"))
        else:
            head.append(status_label(claim.status))
            if claim.reviewer:
                head.append(Content.assemble(" by ", plain(claim.reviewer), f"  v{claim.version}"))
        lines.append(Content.assemble(*head))
        lines.append(plain(claim.text).stylize("bold"))
        if claim.note and not blind:
            lines.append(Content.assemble(Content("Note: ").stylize("bold"), plain(claim.note)))
        if kept_note:
            lines.append(Content.assemble(
                Content("Unsaved note (press n): ").stylize("bold $error"), plain(kept_note)))
        suggestion = data.get("suggestion")
        if suggestion:
            status, reason = suggestion
            lines.append(Content(""))
            lines.append(Content.assemble(Content("Suggestion: ").stylize("bold"),
                                          status_label(Status(status)), "  ", plain(reason)))
        if staged:
            lines.append(Content(""))
            lines.append(Content("Attached, cited by your next mark:").stylize("bold $accent"))
            for p in staged:
                lines.append(Content.assemble("  ", plain(p["source_title"]), ": ",
                                              plain(p["text"])))
        pinned = data.get("pinned") or []
        if pinned and not blind:
            lines.append(Content(""))
            lines.append(Content("Cited by the current verdict:").stylize("bold"))
            for p in pinned:
                intact = "" if p.get("intact", True) else "  (source text changed since!)"
                lines.append(Content.assemble(
                    "  ", plain(p["source_title"]), Content(intact).stylize("bold $error")))
                lines.append(Content.assemble("  ", plain(p["text"])))
        evidence = data.get("evidence") or []
        lines.append(Content(""))
        if not evidence:
            lines.append(Content("No stored passage matches this claim. Press / to search sources.")
                         .stylize("$text-muted"))
        else:
            lines.append(Content.assemble(
                Content("Best passages").stylize("bold"), "  (",
                Content("shared words").stylize(SHARED_STYLE), ", ",
                Content("disagreeing facts").stylize(CONFLICT_STYLE), ")"))
        for index, item in enumerate(evidence, start=1):
            lines.append(Content(""))
            meta = [Content(f"{index}. ").stylize("bold"), plain(item["source_title"]).stylize("bold")]
            if item.get("source_published"):
                meta.append(Content.assemble("  ", plain(item["source_published"])))
            lines.append(Content.assemble(*meta))
            if item.get("source_url"):
                lines.append(Content.assemble("   ", plain(item["source_url"]).stylize("$text-muted")))
            stance = item.get("stance", "related")
            lines.append(Content.assemble(
                "   ", score_bar(float(item["score"])), "  ",
                Content(stance).stylize(STANCE_STYLE.get(stance, "")),
                Content(f"  passage {item['passage_id']}").stylize("$text-muted")))
            facts = item.get("facts") or Facts()
            lines.append(Content.assemble(
                "   ", evidence_text(claim.text, claim.facts, item["text"], facts,
                                    item.get("reason") or "")))
            if item.get("reason"):
                lines.append(Content.assemble("   ", Content("why: ").stylize("italic"),
                                              plain(item["reason"]).stylize("italic")))
        self.query_one("#evidence-body", Static).update(Content("\n").join(lines))
        self.scroll_home(animate=False)
