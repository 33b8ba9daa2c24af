"""ArticleView: the article text, one paragraph per widget, with the selected claim's span lit.

Paragraphs keep their offsets in the body, so a claim's `start`/`end` (contract: offsets into
the body as stored) find their paragraph without searching; only the two paragraphs that change
are repainted when the selection moves. The text is untrusted: shown via `text.plain`.
"""

from __future__ import annotations

import re
from typing import Any

from textual.containers import VerticalScroll
from textual.widgets import Static

from claimcheck.tui.text import SPAN_STYLE, highlight, plain

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def split_paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of `body` (blank lines separate paragraphs)."""
    spans = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(body):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(body):
        spans.append((pos, len(body)))
    return spans


class ArticleView(VerticalScroll, can_focus=True):
    """Scrollable article body."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.body = ""
        self._spans: list[tuple[int, int]] = []
        self._lit: set[int] = set()

    async def show_article(self, title: str, body: str) -> None:
        """Replace the text (clears the highlight)."""
        self.body = body
        self._spans = split_paragraphs(body)
        self._lit = set()
        await self.remove_children()
        widgets = [Static(plain(title).stylize("bold"), classes="article-title", markup=False)]
        widgets += [Static(plain(body[s:e]), classes="paragraph", markup=False)
                    for s, e in self._spans]
        await self.mount_all(widgets)

    def highlight_span(self, start: int, end: int) -> None:
        """Light `body[start:end]` and scroll its first paragraph into view."""
        paragraphs = list(self.query(".paragraph").results(Static))
        hit = {i for i, (s, e) in enumerate(self._spans) if s < end and start < e}
        for index in self._lit | hit:
            if index >= len(paragraphs):
                continue
            s, e = self._spans[index]
            text = self.body[s:e]
            if index in hit:
                content = highlight(text, [(max(start, s) - s, min(end, e) - s)], SPAN_STYLE)
            else:
                content = plain(text)
            paragraphs[index].update(content)
        self._lit = hit
        if hit and min(hit) < len(paragraphs):
            first = min(hit)
            self.call_after_refresh(self._scroll_to_offset, paragraphs[first],
                                    max(start, self._spans[first][0]) - self._spans[first][0])

    def _scroll_to_offset(self, paragraph: Static, offset: int) -> None:
        """Scroll so the wrapped line holding `offset` of `paragraph` sits near the top third."""
        width = max(1, paragraph.content_region.width)
        s, e = self._spans[paragraph.parent.children.index(paragraph) - 1] \
            if paragraph.parent else (0, 0)
        line = 0
        consumed = 0
        for wrapped in plain(self.body[s:e]).wrap(width):
            consumed += len(wrapped.plain) + 1
            if consumed > offset:
                break
            line += 1
        target = paragraph.virtual_region.y + line - max(1, self.size.height // 3)
        self.scroll_to(y=max(0, target), animate=False)
