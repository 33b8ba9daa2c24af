"""Sentence spans for news text: the unit of claim extraction and of source passages.

`split_sentences(text)` returns `(start, end)` spans into `text` (Python `str` indices),
whitespace-trimmed, in order, never overlapping. It owns sentence boundaries only: it does not
change the text, does not drop content other than whitespace and list markers, and knows
nothing about claims.

Why hand-written rules and not pysbd, syntok or blingfire: the spans must map back to the body
exactly (pysbd's character spans drift on repeated text), headings and bullets must be their own
units (none of them does that), and the function also cuts every stored source into passages,
so it must run at several MB/s (pysbd runs well under 1 MB/s). The rules here are one regex
scan per paragraph plus O(1) checks per candidate boundary, so the whole function is linear.

Rules, in order:
- Lines. A blank line ends a paragraph. A line starting with a list marker (`-`, `*`, `•`,
  `1.`, `2)`, `a)`) starts a new unit and its marker is left out of the span. A short line
  with no closing punctuation (a heading such as "Key points") or a markdown `#` heading is its
  own unit. Other lines are joined (hard-wrapped prose).
- A dateline opening a paragraph ("KYIV, May 30 (Wire) -") is its own unit, without the dash.
- Inside a paragraph a sentence ends at `.`, `!`, `?`, `…`, Arabic `؟`, Devanagari `।` `॥`,
  Greek `;` (after a Greek letter: the Greek question mark) or `\u037e` (plus closing quotes
  or brackets) followed by whitespace, or at CJK `。！？`, except: after a title (Mr., Gen.,
  Dr., No. 10, e.g.), after an initial (William O. Douglas), after an ambiguous abbreviation
  (U.S., Inc., Jan.) unless a common sentence opener follows, after "a.m."/"p.m." unless an
  opener or a subject and its verb follow ("3 p.m. Monday", "4 p.m. New York time" hold; "at
  3:47 a.m. Rescuers arrived" ends; so does a domain name, "according to Daft.ie. Rents"),
  before a lower-case word,
  and inside a double-quoted passage that closes within the paragraph ("He said: “We won. We
  stay.”").
  Decimals and thousands separators never match because a boundary needs whitespace after it.
- Text without punctuation falls back to lines, and any unit longer than `MAX_CHARS` is cut at
  the last clause or word boundary before the limit.
"""

from __future__ import annotations

import re

MAX_CHARS = 1000
"""A unit longer than this is cut at a clause or word boundary (no-punctuation text)."""
HEADING_CHARS = 70
"""A line shorter than this without closing punctuation stands alone (heading, caption)."""
_QUOTE_WINDOW = 600
"""How far ahead a closing quote may be for a quoted passage to hold sentences together."""

_BULLET = re.compile(
    r"[ \t]*(?:[-*•–—·▪►‣◦+]|\d{1,3}[.)](?!\d)|[a-zA-Z][)]|\(\d{1,3}\)|\([a-z]\))[ \t]*"
)
_MD_HEADING = re.compile(r"[ \t]*#{1,6}[ \t]+")
_STOPS = r"[.!?…؟।॥\u037e]"
_CJK_STOPS = r"[。！？]"
_CANDIDATE = re.compile(
    # One class of every first character, so the regex engine skips the other characters in
    # a tight loop (several times faster than trying each position); the lookbehind after it
    # says which alternative the character opens.
    r"[.!?…؟।॥\u037e;。！？]"
    rf"(?:(?<={_STOPS}){_STOPS}*[\"'”’»)\]]*(?=\s)"
    r"|(?<=[\u0370-\u03ff\u1f00-\u1fff];)[\"'”’»)\]]*(?=\s)"  # the Greek question mark
    rf"|(?<={_CJK_STOPS}){_CJK_STOPS}*[\"'”’」』）)]*)"
)
"""A possible sentence end: `.!?…؟।॥` or the Greek question mark (then closing quotes or
brackets) before whitespace, a Greek `;` after a Greek letter, or CJK `。！？`."""
_DATELINE = re.compile(
    # no city: "Oct 30 (Reuters) - "
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]\d{1,2}|\d{1,2}[ \t][A-Z][a-z]{2,8})[ \t]\([^()\n]{1,40}\)"
    r"[ \t]*(?:-{1,2}|–|—|:)[ \t]+|"
    r"[A-Z][A-Z.'’\- /]{1,30}[A-Z.]"  # city in capitals ("GENEVA/ATLANTA")
    r"(?:,[ \t][A-Z][A-Za-z.'’ ]{1,30})?"  # country or state
    # May 30, then a press release's year ("March 3, 2026"); a month and year, or a year
    # after a comma ("TOKYO, March 2026 --", "BERLIN, Germany, 2026 --"; not "FISCAL 2025:")
    r"(?:,?[ \t](?:[A-Z][a-z]{2,8}\.?[ \t]\d{1,2}|\d{1,2}[ \t][A-Z][a-z]{2,8})"
    r"(?:,?[ \t](?:19|20)\d\d)?|,[ \t](?:[A-Z][a-z]{2,8}[ \t])?(?:19|20)\d\d"
    # (then a long dash, or a wire or agency: not "NHS, 2025 - Waiting lists fell")
    r"(?=[ \t]*(?:--|—|–|\([A-Z][\w&.-]*(?:[ \t][A-Z][\w&.-]*){0,3}\)|/[^/\n]{1,40}/)))?"
    r"(?:[ \t]\([^()\n]{1,40}\)|[ \t]/[^/\n]{1,40}/)?"  # (Reuters), /PRNewswire/
    r"[ \t]*(?:-{1,2}|–|—|:)[ \t]+"
)
_TITLES = frozenset(
    "mr mrs ms mx dr prof gen col lt sgt capt cpt maj adm cmdr cdr gov sen rep rev hon pres "
    "supt insp det sr jr st mt ft no nos vs v cf eg ie approx ca esp fig figs vol pp p ref "
    "brig lieut cpl pvt messrs mme mlle engr barr alh pst comr amb".split()
)
_AMBIGUOUS = frozenset(
    "inc ltd co corp bros llc plc etc jan feb mar apr jun jul aug sep sept oct nov dec "
    "mon tue tues wed thu thur thurs fri sat sun dept univ assn ave blvd rd hwy min max "
    "al govt intl natl".split()
)
_COMPANY_SUFFIXES = frozenset("inc ltd corp co plc llc".split())
_SUBJECT_VERB = re.compile(
    r"[A-Z][a-z]+\s+(?:had|has|have|said|says|is|was|were|are|will|would|could|can|did|does|"
    r"told|added|also|then|fell|rose|sued|won|lost|[a-z]{3,}ed)\b"
)
"""A capitalised subject and its verb, which start a new sentence after "Ltd." or "Inc."."""
_OPENERS = frozenset(
    "the a an he she it they we i you his her its their our this that these those there "
    "in on at but and or so yet however meanwhile after before when while according as if "
    "some many most several officials police critics one two three four five his her "
    "its also still then thus still today yesterday earlier later last since during for "
    "what who why how where no not".split()
)
_AFTER_CLOCK = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december jan feb mar apr jun jul aug sep "
    "sept oct nov dec gmt utc et est edt pt pst pdt ct cst cdt mt mst mdt bst cet cest eet "
    "eest ist jst aest hkt sgt local eastern pacific central mountain".split()
)
"""Words that go on after "a.m."/"p.m." in the same sentence (day, month, time zone)."""
_CLOSERS = ".!?…:;\"'”’»)]。！？؟।॥\u037e"


def _word_at(text: str, at: int, limit: int) -> str:
    """The letters starting at `text[at]` (12 at most, not past `limit`), in lower case: the
    word after a full stop, to test against `_OPENERS`."""
    end = at
    while end < min(limit, at + 12) and text[end].isalpha():
        end += 1
    return text[at:end].lower()


def _is_boundary(text: str, dot_start: int, marks: str, nxt: int, limit: int) -> bool:
    """Decide whether the punctuation `marks` at `dot_start` ends a sentence."""
    following = text[nxt]
    if following.islower():
        return False
    if marks[0] != "." or marks.startswith(".."):
        return True
    # The word before the period, without leading quotes or brackets.
    ws = dot_start
    floor = max(0, dot_start - 24)
    while ws > floor and not text[ws - 1].isspace():
        ws -= 1
    word = text[ws:dot_start].lstrip("\"'“‘([")
    if not word:
        return True
    key = word.lower().replace(".", "")
    if len(word) == 1 and word.isalpha() and word.isupper():
        # an initial: William O. Douglas; but "said in a post on X. He said" and "vitamin C.
        # The" end, a lower-case word before the letter and an opener after it
        before = text[max(0, ws - 16) : ws].split()[-1:]
        if before and before[0].isalpha() and before[0].islower():
            nxt_word = _word_at(text, nxt, limit)
            # (not another initial: "written by A. A. Milne")
            return nxt_word in _OPENERS and not (
                len(nxt_word) == 1 and text[nxt + 1 : nxt + 2] == "."
            )
        return False
    if key in _TITLES and "." not in word:
        if key in ("no", "nos", "p", "pp", "fig", "figs", "vol"):
            return not following.isdigit()  # "No. 10" holds together; "said no. The" ends
        return False
    if key in ("eg", "ie", "cf", "vs", "approx"):
        return False
    if word == "Arc":
        # "Arc. Ahmed Musa" (an architect's title), but "in a high arc. It" and "Joan of Arc.
        # It" end: the title before a name that opens no sentence
        return _word_at(text, nxt, limit) in _OPENERS
    if "." in word:
        parts = word.split(".")
        if (
            len(parts) == 2
            and len(parts[0]) >= 3
            and 2 <= len(parts[1]) <= 4
            and parts[1].islower()
        ):
            return True  # "according to Daft.ie. Rents ...": a domain name ends the sentence
    dotted = "." in word and word.replace(".", "").isalpha() and len(word) <= 8
    if key in ("am", "pm") and dotted:
        # "at 11:15 p.m. Scientists warned": a time ends the sentence before a new subject and
        # its verb, or a sentence opener; not before a day, a zone or a place's time ("3 p.m.
        # Monday", "4 p.m. New York time", "2 a.m. Christmas Day")
        return following.isupper() and (
            _word_at(text, nxt, limit) in _OPENERS - _AFTER_CLOCK
            or _SUBJECT_VERB.match(text, nxt, limit) is not None
        )
    if dotted or key in _AMBIGUOUS:
        # "U.S. officials" holds together, "in the U.S. The president" ends.
        we = nxt
        end = min(limit, nxt + 20)
        while we < end and (text[we].isalpha() or text[we] in "'’"):
            we += 1
        if text[nxt:we].lower() in _OPENERS:
            return True
        # "... through Almond Residential Care Ltd. Prosecutors had asked": a company's
        # suffix, then a subject and its verb
        return key in _COMPANY_SUFFIXES and _SUBJECT_VERB.match(text, nxt, limit) is not None
    return True


def _quote_balance(text: str, start: int, end: int) -> tuple[int, int]:
    """Open curly double quotes minus closed ones in `text[start:end]`, and the straight
    quotes there (which open and close in turn: the caller counts them from the start)."""
    opened = text.count("“", start, end) + text.count("«", start, end)
    closed = text.count("”", start, end) + text.count("»", start, end)
    return opened - closed, text.count('"', start, end)


def _closes_soon(text: str, pos: int, limit: int) -> bool:
    end = min(limit, pos + _QUOTE_WINDOW)
    return any(text.find(q, pos, end) >= 0 for q in ("”", "»", '"'))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cut_long(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    """Append `text[start:end]` to `out`, cut into pieces of at most MAX_CHARS."""
    while end - start > MAX_CHARS:
        limit = start + MAX_CHARS
        cut = -1
        for sep in ("; ", ", ", " "):
            cut = text.rfind(sep, start + MAX_CHARS // 3, limit)
            if cut >= 0:
                cut += len(sep) - 1
                break
        if cut < 0:
            cut = limit
        s, e = _trimmed(text, start, cut)
        if e > s:
            out.append((s, e))
        start = cut
    s, e = _trimmed(text, start, end)
    if e > s:
        out.append((s, e))


def _split_paragraph(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    """Split one paragraph or list item `text[start:end]` into sentences."""
    dateline = _DATELINE.match(text, start, end)
    if dateline and dateline.end() < end:
        head_end = dateline.end()
        while head_end > start and (text[head_end - 1].isspace() or text[head_end - 1] in "-–—:"):
            head_end -= 1
        out.append((start, head_end))
        start = dateline.end()
    sent_start = start
    quote_from = start
    inside = 0  # curly quotes opened and not closed
    straights = 0  # straight quotes so far: an odd count is open
    for m in _CANDIDATE.finditer(text, start, end):
        nxt = m.end()
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt >= end:
            break
        marks = m.group(0)
        if not _is_boundary(text, m.start(), marks, nxt, end):
            continue
        curly, straight = _quote_balance(text, quote_from, m.end())
        inside += curly
        straights += straight
        quote_from = m.end()
        if inside > 0 or straights % 2:
            if _closes_soon(text, m.end(), end):
                continue
            inside = straights = 0  # a quote that never closes: stop holding sentences together
        _cut_long(text, sent_start, m.end(), out)
        sent_start = nxt
    _cut_long(text, sent_start, end, out)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split text into sentence spans.

    Args:
        text: any text; markup, control characters and non-Latin scripts are allowed.

    Returns:
        `(start, end)` spans into `text`, in order, whitespace-trimmed and non-empty; each
        bullet, heading and dateline is its own span. Empty or blank text gives `[]`.
    """
    out: list[tuple[int, int]] = []
    if not text:
        return out
    n = len(text)
    block_start = -1
    block_end = -1
    pos = 0
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        ls, le = _trimmed(text, pos, nl)
        pos = nl + 1
        if ls == le:  # blank line: end of paragraph
            if block_start >= 0:
                _split_paragraph(text, block_start, block_end, out)
                block_start = -1
            continue
        marker = _BULLET.match(text, ls, le) or _MD_HEADING.match(text, ls, le)
        content_start = marker.end() if marker and marker.end() < le else ls
        new_unit = marker is not None and content_start > ls
        if new_unit and block_start >= 0:
            _split_paragraph(text, block_start, block_end, out)
            block_start = -1
        if block_start < 0:
            block_start = content_start
        block_end = le
        last = text[le - 1]
        is_heading = marker is not None and marker.re is _MD_HEADING
        if not is_heading and le - ls < HEADING_CHARS and last not in _CLOSERS:
            # A short unpunctuated line stands alone unless hard-wrapped prose goes on with a
            # lower-case word or the line ends mid-phrase.
            peek = pos
            while peek < n and text[peek].isspace() and text[peek] != "\n":
                peek += 1
            is_heading = last not in ",-–—&/(" and (peek >= n or not text[peek].islower())
        if is_heading:
            _split_paragraph(text, block_start, block_end, out)
            block_start = -1
    if block_start >= 0:
        _split_paragraph(text, block_start, block_end, out)
    return out
