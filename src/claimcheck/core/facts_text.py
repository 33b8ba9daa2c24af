"""Small text helpers shared by the facts modules (`facts_numbers`, `facts_dates`,
`facts_entities`): a mask of character ranges already claimed by a fact, the set of lower-case
words of a text (cheap trigger tests that let a finder skip its regexes), and a digit test.
Nothing here knows what a quantity, date or name is."""

from __future__ import annotations

import re


class _Coverage:
    """Character ranges already claimed by a fact; linear in the text, O(span) per check."""

    def __init__(self, size: int) -> None:
        self._mask = bytearray(size)

    def free(self, start: int, end: int) -> bool:
        return self._mask.find(1, start, end) < 0

    def add(self, start: int, end: int) -> None:
        if end > start:
            self._mask[start:end] = b"\x01" * (end - start)


_LOWER_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")


def _word_set(text: str) -> frozenset[str]:
    return frozenset(_LOWER_WORD.findall(text.lower()))


_HAS_DIGIT = re.compile(r"\d")
