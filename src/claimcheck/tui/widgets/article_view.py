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
            self.scroll_to_widget(paragraphs[min(hit)], animate=False, top=False)
