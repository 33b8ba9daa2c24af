"""Cutting a source body into sentence-sized passages with offsets into the body.

Pure and linear-time: it runs on every stored source, up to a million passages per import.
Sentences come from `core.sentences.split_sentences`; very short pieces (headings, "Key points")
are joined to their neighbour and very long ones are cut at a clause or word boundary, so a
passage is something a reviewer can read at a glance and a matcher can score.
"""

from __future__ import annotations

import re

from claimcheck.core.models import PassageSpan

MIN_CHARS = 25
"""A piece shorter than this is merged into the next one (or the previous, at the end)."""
MAX_CHARS = 600
"""A piece longer than this is cut at the last clause or word boundary before it."""

_SENTENCE_END = re.compile(r"""(?<=[.!?…])["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9À-ÖØ-ÞА-ЯΑ-Ω])|(?<=[。！？])[」』”）]*\s*(?=\S)|\n\s*\n|\n(?=\s*(?:[-*•–]|\d+[.)])\s)""")
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr|"
    r"No|Nos|vs|etc|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
    r"approx|est|fig|Fig|al|e\.g|i\.e|U\.S|a\.m|p\.m)\.)$"
)


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in _SENTENCE_END.finditer(text):
        head = text[max(start, boundary.start() - 12):boundary.start()]
        if boundary.group(0).strip() == "" or "\n" not in boundary.group(0):
            if _ABBREVIATION.search(head):
                continue
        spans.append((start, boundary.start()))
        start = boundary.end()
    spans.append((start, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_CHARS:
        window = text[start:start + MAX_CHARS]
        cut = max(window.rfind("; "), window.rfind(", "), window.rfind(": "))
        if cut < MAX_CHARS // 3:
            cut = window.rfind(" ")
        if cut < MAX_CHARS // 3:
            cut = MAX_CHARS - 1
        pieces.append(_trim(text, start, start + cut + 1))
        start = start + cut + 1
    pieces.append(_trim(text, start, end))
    return [p for p in pieces if p[1] > p[0]]


def split_passages(body: str) -> list[PassageSpan]:
    """Split a source body into passages, in order, so that `body[start:end] == text`.

    Args:
        body: the source body exactly as stored.

    Returns:
        Passages covering every sentence of the body; empty for a blank body.
    """
    pieces: list[tuple[int, int]] = []
    for start, end in _sentence_spans(body):
        start, end = _trim(body, start, end)
        if end > start:
            pieces.extend(_cut_long(body, start, end))
    merged: list[tuple[int, int]] = []
    pending: tuple[int, int] | None = None
    for start, end in pieces:
        if pending is not None:
            start = pending[0]
            pending = None
        if end - start < MIN_CHARS:
            pending = (start, end)
            continue
        merged.append((start, end))
    if pending is not None:
        if merged and pending[1] - merged[-1][0] <= MAX_CHARS:
            merged[-1] = (merged[-1][0], pending[1])
        else:
            merged.append(pending)
    return [PassageSpan(order=i, start=s, end=e, text=body[s:e]) for i, (s, e) in enumerate(merged)]
