"""Untrusted text made safe to show, and the highlighting the review screen paints on it.

Article and source text comes from anywhere. Textual's `Content` never parses markup in plain
text, but it keeps ESC and most C0 control codes, which a terminal would obey. `safe_text`
swaps each control character for its visible Unicode "control picture" (ESC becomes U+241B),
one character for one, so stored offsets (`body[start:end]`) still point at the same characters.
Everything here returns `Content` built from plain strings plus spans; nothing parses markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from textual.content import Content, Span

from claimcheck.core.models import Facts, Status

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STOP = frozenset("""a an the of to in on at for and or is are was were be been by with from as
that this it its has have had not but who which will would could than then there their they
into over after before about also said says new more most some such""".split())

STATUS_SYMBOL = {
    Status.PENDING: "·",
    Status.VERIFIED: "✓",
    Status.DISPUTED: "✗",
    Status.UNSOURCED: "?",
}
"""A symbol per status, so the list reads without colour too."""

STATUS_STYLE = {
    Status.PENDING: "$text-muted",
    Status.VERIFIED: "bold $success",
    Status.DISPUTED: "bold $error",
    Status.UNSOURCED: "bold $warning",
}
"""Theme variables per status: they follow the theme, including the 16-colour ANSI ones."""

SHARED_STYLE = "bold underline"
"""Words a passage shares with the claim."""
CONFLICT_STYLE = "bold reverse $error"
"""Numbers, dates and names that disagree with the claim: a colour of their own."""
SPAN_STYLE = "reverse $accent"
"""The selected claim's span in the article text."""


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return "\u2421" if code == 0x7F else chr(0x2400 + code)


def safe_text(text: str) -> str:
    """Replace control characters (not newline or tab) by visible control pictures.

    Offsets are kept: each control character becomes exactly one visible character.
    """
    return _CONTROL.sub(_picture, text)


def plain(text: str) -> Content:
    """Untrusted text as `Content`: shown literally, never parsed as markup."""
    return Content(safe_text(text))


def styled(text: str, style: str) -> Content:
    """Untrusted text with one style over all of it."""
    return Content(safe_text(text)).stylize(style)


def status_label(status: Status) -> Content:
    """"✓ verified" in the status colour."""
    return Content(f"{STATUS_SYMBOL[status]} {status.value}").stylize(STATUS_STYLE[status])


def progress_bar(counts: dict[str, int], width: int = 20) -> Content:
    """A bar of `width` cells split by status (verified, disputed, unsourced, pending)."""
    total = sum(counts.get(s.value, 0) for s in Status)
    if total <= 0:
        return Content("░" * width).stylize("$text-muted")
    order = (Status.VERIFIED, Status.DISPUTED, Status.UNSOURCED, Status.PENDING)
    cells: list[int] = []
    for status in order:
        cells.append(round(counts.get(status.value, 0) * width / total))
    # Rounding may miss or add a cell: settle the difference on the largest share.
    diff = width - sum(cells)
    cells[cells.index(max(cells))] += diff
    parts = []
    for status, n in zip(order, cells, strict=True):
        if n > 0:
            char = "░" if status is Status.PENDING else "█"
            parts.append(Content(char * n).stylize(STATUS_STYLE[status]))
    return Content("").join(parts)


def score_bar(score: float, width: int = 10) -> Content:
    """A 0-100 score as a bar with the number: "██████░░░░ 62"."""
    score = max(0.0, min(100.0, score))
    full = round(score * width / 100)
    return Content.assemble(
        Content("█" * full).stylize("$accent"),
        Content("░" * (width - full)).stylize("$text-muted"),
        f" {score:3.0f}",
    )


def content_words(text: str) -> set[str]:
    """Lower-cased words of `text` worth comparing (no stop words, no one-letter words)."""
    return {w.lower() for w in _WORD.findall(text) if len(w) > 1 and w.lower() not in _STOP}


def _stem(word: str) -> str:
    return word[:6] if len(word) > 6 else word


def shared_word_spans(claim: str, passage: str) -> list[tuple[int, int]]:
    """Spans of `passage` words the claim also uses (a crude stem: the first six letters)."""
    stems = {_stem(w) for w in content_words(claim)}
    out = []
    for m in _WORD.finditer(passage):
        word = m.group(0).lower()
        if len(word) > 1 and word not in _STOP and _stem(word) in stems:
            out.append((m.start(), m.end()))
    return out


def conflicting_spans(claim_facts: Facts, passage_facts: Facts,
                      reason: str = "") -> list[tuple[int, int]]:
    """Spans of passage numbers, dates and names that disagree with the claim's.

    A quantity conflicts when the claim has one of the same unit and none of them agrees;
    a date when the claim has dates and this one matches none (at the shared precision);
    a name when the claim names another of the same type, not this one, and the stance's
    reason names it (a passage may mention other places without contradicting anything).
    """
    out: list[tuple[int, int]] = []
    for q in passage_facts.quantities:
        if q.unit == "ordinal":
            continue
        same_unit = [c for c in claim_facts.quantities if c.unit == q.unit]
        if same_unit and not any(_close(c.value, q.value) for c in same_unit):
            out.append((q.start, q.end))
    claim_dates = [d.value for d in claim_facts.dates]
    for d in passage_facts.dates:
        if claim_dates and not any(_same_date(c, d.value) for c in claim_dates):
            out.append((d.start, d.end))
    claim_names = {e.name for e in claim_facts.entities}
    claim_types = {e.type for e in claim_facts.entities}
    for e in passage_facts.entities:
        if (e.name not in claim_names and e.type in claim_types and e.type != "other"
                and (e.name in reason or e.text in reason)):
            out.append((e.start, e.end))
    return out


def _close(a: float, b: float) -> bool:
    scale = max(abs(a), abs(b))
    return a == b or (scale > 0 and abs(a - b) / scale <= 0.02)


def _same_date(a: str, b: str) -> bool:
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def highlight(text: str, spans: Iterable[tuple[int, int]], style: str,
              base: Content | None = None) -> Content:
    """`text` (made safe) with `style` over each span; spans outside the text are ignored."""
    content = base if base is not None else plain(text)
    length = len(content.plain)
    extra = [Span(max(0, s), min(length, e), style) for s, e in spans
             if 0 <= s < e and s < length]
    return content.add_spans(extra) if extra else content


def evidence_text(claim_text: str, claim_facts: Facts, passage: str,
                  passage_facts: Facts, reason: str = "") -> Content:
    """A passage with shared words underlined and disagreeing facts in the conflict colour."""
    content = highlight(passage, shared_word_spans(claim_text, passage), SHARED_STYLE)
    return highlight(passage, conflicting_spans(claim_facts, passage_facts, reason),
                     CONFLICT_STYLE, base=content)


def one_line(text: str, width: int) -> str:
    """Whitespace folded to single spaces, cut to `width` with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: max(0, width - 1)] + "…"


def join_lines(lines: Sequence[Content | str]) -> Content:
    return Content("\n").join(lines)
