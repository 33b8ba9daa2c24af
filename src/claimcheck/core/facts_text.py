"""Small text helpers shared by the facts modules (`facts_numbers`, `facts_dates`,
`facts_entities`): a mask of character ranges already claimed by a fact, the set of lower-case
words of a text (cheap trigger tests that let a finder skip its regexes), and a digit test.
Nothing here knows what a quantity, date or name is."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable


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
_LETTERS_AND_HYPHENS = bytes(c if 97 <= c <= 122 or c == 45 else 32 for c in range(256))
"""A byte table keeping "a"-"z" and "-" and blanking every other byte (every byte of a
non-ASCII character too: `_LOWER_WORD` matches none of them)."""


@functools.lru_cache(maxsize=16)
def _word_set(text: str) -> frozenset[str]:
    """The `_LOWER_WORD` matches of `text` in lower case, as a set (the last few kept: the
    sentence's, computed for its facts, serves its context too).

    Found without the regex (about 30% faster): the lower-case text as UTF-8 bytes, every
    byte but "a"-"z" and "-" blanked by one `bytes.translate`, split at the blanks; a run
    with a hyphen is cut the way the regex reads it ("a-b-c" gives "a-b" and "c")."""
    runs = (
        text.lower()
        .encode("utf-8", "surrogatepass")
        .translate(_LETTERS_AND_HYPHENS)
        .decode("ascii")
        .split()
    )
    if "-" not in text:
        return frozenset(runs)
    words = []
    for run in runs:
        if "-" not in run:
            words.append(run)
            continue
        parts = run.split("-")
        i, n = 0, len(parts)
        while i < n:
            if not parts[i]:
                i += 1  # a hyphen no letter opens
            elif i + 1 < n and parts[i + 1]:
                words.append(parts[i] + "-" + parts[i + 1])  # "well-known"
                i += 2
            else:
                words.append(parts[i])
                i += 1
    return frozenset(words)


def _hyphen_parts(words: frozenset[str]) -> list[str]:
    """The parts of the hyphenated ones among `words` (a `_word_set`), all at once
    ("patriot-style" gives "patriot" and "style"): what a word joined to another may be."""
    return "-".join([w for w in words if "-" in w]).split("-")


_HAS_DIGIT = re.compile(r"\d")


def literal_alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words` (literals), written as a trie: "km|kms|kg" becomes
    "k(?:(?:m(?:s)?)|g)"-like nesting, so the engine tests each character once instead of every
    word in turn (about 2x faster on the unit tables). Matched case-sensitively, it matches
    what the alternation of the words sorted longest first matches, in the same order of
    preference: of two words matching at one place one is a prefix of the other, and the longer
    is tried first. Under `re.IGNORECASE` that holds when no two words differ only in case
    (give it lower-case words)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def inside_quotes(text: str, at: int) -> bool:
    """Whether `text[at]` is inside a double-quoted passage."""
    opened = text.count("“", 0, at) - text.count("”", 0, at)
    return opened > 0 or text.count('"', 0, at) % 2 == 1
