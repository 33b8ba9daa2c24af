"""Stance of one passage towards one claim, and the suggested status of a claim.

Owns `judge_stance` (supports / contradicts / related, with a reason a reviewer can check),
`suggest_status` (verified / disputed / unsourced) and `passage_sha256` (evidence pinning).
Pure: data in, data out; no store, clock or network, and no model: the comparison is lexical
coverage (rapidfuzz and a light stemmer) plus the normalised `Facts` (quantities with units and
stated rounding, dates at their stated precision, named entities) and a few word-level cues
(negation, modality, ordinals, antonyms) scoped to the part of the passage that matches the claim.

Why it is shaped so: a false "verified" is the worst mistake the tool can make, so `supports` is
the hardest stance to earn. A passage that reads like the claim but differs in one number, name,
date, ordinal or polarity is never `supports`; it `contradicts` when the differing piece sits in
the same fact slot (same unit, same neighbouring words, same position) and is `related` otherwise.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from claimcheck.core.models import (
    DateRef,
    Entity,
    Facts,
    Judgement,
    Quantity,
    Stance,
    Status,
    Suggestion,
)
from claimcheck.core.sentences import split_sentences

SUPPORT_COVERAGE = 0.8
"""Share of the claim's weighted content words a passage must contain to support it."""
TOPICAL_COVERAGE = 0.5
"""Share of the claim's content a passage must contain before a disagreement counts as one."""
DENIAL_COVERAGE = 0.7
"""A passage denying the claim ("did not", "ruled out") must cover this much of it."""
STRONG_COVERAGE = 0.65
"""A same-slot contradiction on a passage covering this much of the claim is `strong`."""
CUE_WINDOW = (3, 6)
"""A negation or hedge cue counts when a matched claim word lies this many tokens before/after."""

_TOKEN = re.compile(r"[^\W_]+(?:['’./\-][^\W_]+)*(?:#|\+\+)?")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")

_STOPWORDS = frozenset(
    """a an the and or but if then than that this these those there here of in on at to from by
    for with about as into onto over under between among through during before after above below
    is are was were be been being am has have had having do does did doing it its it's they them
    their theirs he him his she her hers we us our you your i me my mine which who whom whose what
    when where why how all any both each few some such only own same so too very just also s t
    one ones other others more most much many said says say saying according also well per via
    can
    yet still whether while because since until upon within against across along around
    """.split()
)
_NEGATORS = frozenset(
    """not no never none nobody nothing neither nor cannot without lack lacks lacking lacked
    without deny denies denied denying reject rejects rejected refuse refuses refused false untrue
    fail fails failed unable absent absence rarely barely hardly seldom scarcely""".split()
)
_NEGATOR_PHRASES = (
    "ruled out",
    "rules out",
    "rule out",
    "ruling out",
    "no longer",
    "yet to",
    "turned down",
    "turns down",
    "declined to",
    "declines to",
)
_HEDGES = frozenset(
    """could may might would should will plans plan planned planning intends intend intended
    considering consider considered reportedly allegedly possibly potentially potential
    probably likely unlikely expected proposed hinted hints suggested suggests perhaps""".split()
)
_FUTURE = frozenset({"will", "plans", "planning", "intends", "intend", "expected", "scheduled"})
"""Modality of a stated intention: "will supply", "plans to"."""
_POSSIBLE = frozenset(
    {
        "could",
        "may",
        "might",
        "would",
        "should",
        "reportedly",
        "allegedly",
        "possibly",
        "potentially",
        "probably",
        "perhaps",
        "hinted",
        "proposed",
        "considering",
        "mulling",
        "likely",
        "unlikely",
        "believed",
        "contingent",
        "whether",
        "if",
        "unknown",
        "unclear",
        "uncertain",
        "hypothesis",
        "hypothesized",
        "hypothesize",
        "hypothesised",
        "hypothesise",
    }
)
"""Modality of a possibility or a report: "could be considered", "reportedly"."""
_MODAL_CUES = _FUTURE | _POSSIBLE
_CLAUSE_BREAK = re.compile(
    r"[;:,()\u2014\u2013]|\s-\s|\b(?:but|while|although|though|whereas)\b", re.IGNORECASE
)
_DERIVED = frozenset(
    {
        "ation",
        "ion",
        "ions",
        "ment",
        "al",
        "ity",
        "e",
        "er",
        "ers",
        "or",
        "ors",
        "ive",
        "tion",
        "ness",
    }
)
"""Endings that keep a word's meaning for matching: consider/consideration, approv/approval."""
_DEMONYM = frozenset({"an", "ean", "ian", "n", "ese", "ish", "i", "ic", "ians", "ans", "eans"})
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "last": -1,
}
_ORDINAL_DIGITS = re.compile(r"^(\d+)(st|nd|rd|th)$")
_ANTONYMS = [
    ("increas", "decreas"),
    ("increas", "reduc"),
    ("increas", "lower"),
    ("higher", "lower"),
    ("more", "less"),
    ("more", "fewer"),
    ("rise", "fall"),
    ("rise", "decline"),
    ("gain", "loss"),
    ("positiv", "negativ"),
    ("promot", "inhibit"),
    ("activat", "inhibit"),
    ("enhanc", "impair"),
    ("enhanc", "reduc"),
    ("improv", "worsen"),
    ("above", "below"),
    ("win", "lose"),
    ("won", "lost"),
    ("approv", "reject"),
    ("allow", "ban"),
    ("allow", "prohibit"),
    ("lift", "impos"),
    ("support", "oppos"),
    ("accept", "reject"),
    ("larger", "smaller"),
    ("greater", "lower"),
    ("greater", "smaller"),
    ("maximum", "minimum"),
    ("north", "south"),
    ("east", "west"),
    ("men", "women"),
    ("male", "femal"),
    ("before", "after"),
    ("earlier", "later"),
    ("upregulat", "downregulat"),
    ("risk", "protect"),
    ("benefit", "harm"),
    ("alive", "dead"),
    ("suppli", "withheld"),
    ("confirm", "deni"),
    ("major", "minor"),
    ("begin", "end"),
    ("king", "queen"),
    ("husband", "wif"),
    ("son", "daughter"),
    ("brother", "sister"),
    ("father", "mother"),
    ("boy", "girl"),
    ("best", "worst"),
    ("greatest", "worst"),
    ("winner", "loser"),
    ("victory", "defeat"),
    ("younger", "older"),
    ("youngest", "oldest"),
    ("success", "failur"),
    ("legal", "illegal"),
    ("public", "privat"),
    ("domestic", "foreign"),
]


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int
    stem: str
    index: int
    capital: bool
    """Written with a capital not explained by the start of a sentence, or all caps."""


def _fold(text: str) -> str:
    """Lower case without diacritics: "Noël" -> "noel"."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_IRREGULAR = dict(
    pair.split(":")
    for pair in """struck:strike stricken:strike took:take
    taken:take gave:give given:give went:go gone:go made:make won:win lost:lose began:begin
    begun:begin ran:run wrote:write written:write held:hold led:lead left:leave met:meet sent:send
    spent:spend built:build fought:fight bought:buy brought:bring thought:think told:tell
    sold:sell found:find shot:shoot fell:fall fallen:fall rose:rise risen:rise drew:draw
    drawn:draw drove:drive driven:drive flew:fly flown:fly chose:choose chosen:choose knew:know
    known:know shown:show saw:see seen:see did:do done:do became:become came:come kept:keep
    paid:pay laid:lay sought:seek taught:teach caught:catch hid:hide hidden:hide broke:break
    broken:break spoke:speak spoken:speak stood:stand understood:understand grew:grow
    grown:grow threw:throw thrown:throw wore:wear worn:wear sank:sink sunk:sink froze:freeze
    frozen:freeze struck:strike swore:swear sworn:swear bore:bear borne:bear fed:feed
    felt:feel dealt:deal meant:mean lent:lend bent:bend sped:speed""".split()
)
"""Irregular verb forms, so "struck" meets "strike" and "won" meets "win"."""


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """A light suffix stripper: enough to meet "supplies"/"supplied"/"supplying"."""
    w = _fold(word).replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'.")
    w = _IRREGULAR.get(w, w)
    if len(w) <= 3 or not w.isalpha():
        return w
    if w.endswith("ly") and len(w) >= 7:
        w = w[:-2]
    for suffix, repl in (
        ("ies", "y"),
        ("ied", "y"),
        ("sses", "ss"),
        ("ing", ""),
        ("ed", ""),
        ("es", "e"),
    ):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: len(w) - len(suffix)] + repl
            break
    else:
        if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 4:
            w = w[:-1]
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    # British and American spellings meet: defence/defense, organis/organiz, centr/center.
    if w.endswith("enc") and len(w) > 5:
        w = w[:-1] + "s"
    if w.endswith("is") and len(w) >= 6:
        w = w[:-1] + "z"
    if w.endswith("our") and len(w) >= 6:
        w = w[:-2] + "r"
    return w


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    for i, m in enumerate(_TOKEN.finditer(text)):
        word = m.group()
        before = text[max(0, m.start() - 3) : m.start()].strip()
        sentence_start = i == 0 or before.endswith((".", "!", "?", ":", "\n", "-", "•", '"', "“"))
        upper = sum(c.isupper() for c in word)
        # A capital not explained by the sentence start, or two capitals ("NATO", "McGraw").
        capital = (word[0].isupper() and not sentence_start) or upper >= 2
        out.append(_Token(word, m.start(), m.end(), _stem(word), i, capital))
    return out


def _content(tok: _Token) -> bool:
    low = tok.text.lower().replace("’", "'")
    if tok.text == "May" and tok.capital:
        return True  # the month
    if (
        low in _STOPWORDS
        or low in _NEGATORS
        or low in _HEDGES
        or low in _MODAL_CUES
        or low.endswith("n't")
    ):
        return False
    return len(low) > 1 or low.isdigit()


def _weight(tok: _Token) -> float:
    """Rarity by shape: codes and figures ("SAMP/T", "F-16") > names > long words > words."""
    w = 1.0
    if (
        any(c.isdigit() for c in tok.text)
        or "/" in tok.text
        or (tok.text.isupper() and len(tok.text) >= 2)
    ):
        w += 1.5
    elif tok.capital:
        w += 1.0
    if len(tok.text) >= 8:
        w += 0.5
    return w


def _key(tok: _Token) -> bool:
    return tok.capital or any(c.isdigit() for c in tok.text) or "/" in tok.text


class _Passage:
    """The passage's tokens, indexed for the questions the judge asks."""

    def __init__(self, text: str, facts: Facts | None = None) -> None:
        self.text = text
        self.low = _fold(text)
        self.tokens = _tokens(text)
        names = _spans(facts.entities, text) if facts else []
        self.stems: dict[str, list[int]] = {}
        self.common: dict[str, list[int]] = {}
        """Stems outside named entities: "state" in a claim does not meet "United States"."""
        for tok in self.tokens:
            keys = [tok.stem]
            parts = re.split(r"[-/]", tok.text) if "-" in tok.text or "/" in tok.text else []
            if parts and parts[0].lower() not in _ORDINALS:  # "second-largest" is not "largest"
                keys += [_stem(part) for part in parts]
            for key in keys:
                self.stems.setdefault(key, []).append(tok.index)
                if not _inside(tok, names):
                    self.common.setdefault(key, []).append(tok.index)

    def find(self, tok: _Token) -> list[int]:
        """Positions of passage tokens that say the same word as `tok` (stem, compound, prefix)."""
        if tok.text.islower():
            return self._find(tok, self.common)
        return self._find(tok, self.stems)

    def _find(self, tok: _Token, stems: dict[str, list[int]]) -> list[int]:
        hit = stems.get(tok.stem)
        if hit:
            return hit
        if "-" in tok.text or "/" in tok.text:
            parts = [_stem(p) for p in re.split(r"[-/]", tok.text) if p]
            if parts and all(p in stems for p in parts):
                return stems[parts[-1]]
        if len(tok.stem) >= 5 and tok.stem.isalpha():
            for stem, pos in stems.items():
                if len(stem) < 5:
                    continue
                short, long = sorted((stem, tok.stem), key=len)
                if long.startswith(short) and long[len(short) :] in _DERIVED:
                    return pos
                if len(stem) >= 6 and fuzz.ratio(stem, tok.stem) >= 90:
                    return pos
        return []


def _spans(items: Iterable[Quantity | DateRef | Entity], text: str) -> list[tuple[int, int]]:
    """Character spans of facts in `text`; found by search when offsets were left at 0."""
    spans = []
    for item in items:
        if item.end > item.start and text[item.start : item.end] == item.text:
            spans.append((item.start, item.end))
        elif item.text:
            at = text.find(item.text)
            if at >= 0:
                spans.append((at, at + len(item.text)))
    return spans


def _inside(tok: _Token, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= tok.start and tok.end <= e for s, e in spans)


def _sides(
    tokens: Sequence[_Token], start: int, end: int, width: int = 3
) -> tuple[list[str], list[str]]:
    """Stems of the content words before (nearest first) and after the character span."""
    at = bisect.bisect_left(tokens, start, key=lambda t: t.start)
    before: list[str] = []
    i = at - 1
    while i >= 0 and len(before) < width:
        if tokens[i].end <= start and _content(tokens[i]):
            before.append(tokens[i].stem)
        i -= 1
    after: list[str] = []
    i = bisect.bisect_left(tokens, end, key=lambda t: t.start)
    while i < len(tokens) and len(after) < width:
        if _content(tokens[i]):
            after.append(tokens[i].stem)
        i += 1
    return before, after


def _same_slot(
    claim_sides: tuple[list[str], list[str]], source_sides: tuple[list[str], list[str]]
) -> bool:
    """Two mentions fill the same slot when a nearest neighbouring word is the same and the
    words around them agree at least twice ("Italy has committed to supplying" / "France has
    committed to supplying"); a pronoun subject ("He ... Greta in 1990, and helped") does not
    make a rival of the next name."""
    (cb, ca), (sb, sa) = claim_sides, source_sides
    near = bool(cb and sb and cb[0] == sb[0]) or bool(ca and sa and ca[0] == sa[0])
    shared = len(set(cb) & set(sb)) + len(set(ca) & set(sa))
    return near and (shared >= 2 or len(cb) + len(ca) <= 1)


def _context(tokens: Sequence[_Token], start: int, end: int, width: int = 3) -> set[str]:
    """Stems of the content words just before and after the character span [start, end)."""
    before = [t for t in tokens if t.end <= start and _content(t)][-width:]
    after = [t for t in tokens if t.start >= end and _content(t)][:width]
    return {t.stem for t in before + after}


def _written_precision(q: Quantity, approx_round: bool) -> float:
    """Half the place of the last written digit, in canonical units ("about 30" -> 5)."""
    m = _NUMBER.search(q.text)
    if not m:
        return abs(q.value) * 0.015
    raw = m.group().replace(",", "")
    try:
        written = float(raw)
    except ValueError:
        return abs(q.value) * 0.015
    scale = q.value / written if written else 1.0
    if "." in raw:
        place = 10.0 ** -len(raw.split(".")[1])
    else:
        digits = raw.lstrip("-")
        zeros = len(digits) - len(digits.rstrip("0")) if approx_round and digits != "0" else 0
        place = 10.0**zeros
    return abs(0.5 * place * scale)


def _tolerance(q: Quantity) -> float:
    if q.approx:  # "about 30" allows 27-33, "about 55" 52-58: 5 to 10 per cent
        value = abs(q.value)
        return max(0.05 * value, min(_written_precision(q, True), 0.1 * value))
    return _written_precision(q, False)


def _within(a: Quantity, b: Quantity, tol: float) -> bool:
    return a.value == b.value or abs(a.value - b.value) < tol * (1 - 1e-9)


def _same_value(claim: Quantity, source: Quantity) -> bool:
    """The source states the claim's figure at the claim's stated precision (or finer)."""
    return _within(claim, source, _tolerance(claim))


def _compatible(claim: Quantity, source: Quantity) -> bool:
    """Not a disagreement once either side's stated rounding is allowed ("about 30" vs 32)."""
    return _within(claim, source, max(_tolerance(claim), _tolerance(source)))


def _show_quantity(q: Quantity) -> str:
    """'40 km', 'about 30 km', '32.19 km (20 miles)', or the words as written for big numbers."""
    if abs(q.value) >= 1e6 or not q.unit or q.unit == "ordinal" or not q.unit[0].isascii():
        return q.text
    if q.unit.isalpha() and q.unit.islower() and q.unit not in {"km", "kg", "km2"}:
        return q.text  # counted things ("12 missiles") and durations read best as written
    value = f"{q.value:.2f}".rstrip("0").rstrip(".")
    sep = "" if q.unit == "%" else " "
    shown = f"{'about ' if q.approx else ''}{value}{sep}{q.unit}"
    m = _NUMBER.search(q.text)
    if m and m.group().replace(",", "") != value:
        return q.text  # converted ("20 miles"): show the words the reviewer will find
    return shown


_LOWER_BOUND = re.compile(
    r"\b(?:more than|over|at least|above|exceeding|in excess of|upwards of|"
    r"greater than|no fewer than|no less than)\s*$",
    re.IGNORECASE,
)
_UPPER_BOUND = re.compile(
    r"\b(?:less than|fewer than|under|below|up to|at most|no more than)\s*$", re.IGNORECASE
)


def _bound(text: str, start: int, written: str) -> str | None:
    """'more than' or 'less than' when the claim states a bound, not a value."""
    before = text[max(0, start - 30) : start] + " " + written[: max(0, _first_digit(written))]
    if _LOWER_BOUND.search(before.rstrip() + " "):
        return "more than"
    if _UPPER_BOUND.search(before.rstrip() + " "):
        return "less than"
    return None


def _first_digit(text: str) -> int:
    m = re.search(r"[\d$€£]", text)
    return m.start() if m else 0


def _satisfies(source: Quantity, claim: Quantity, bound: str | None) -> bool:
    if bound == "more than":
        return source.value > claim.value
    if bound == "less than":
        return source.value < claim.value
    return False


def _comparable_dates(a: str, b: str) -> bool:
    """A day without a year ("--06-24") says nothing about a bare year, and the reverse."""
    if a.startswith("--") or b.startswith("--"):
        return len(a) >= 7 and len(b) >= 7
    return True


def _same_date(a: str, b: str) -> bool:
    """Equal at the precision both state: "2024-05" agrees with "2024-05-30"; "--12-12" is a
    day without a year; a decade ("1970s") covers its ten years."""
    if a.startswith("--") or b.startswith("--"):
        return a[-5:] == b[-5:] if len(a) >= 7 and len(b) >= 7 else False
    n = min(len(a), len(b))
    return a[:n] == b[:n]


@dataclass
class _Findings:
    """What the comparison found, before it becomes a stance."""

    coverage: float = 0.0
    conflicts: list[str] = field(default_factory=list)
    """Same-slot disagreements, in words ("source says 40 km, claim says 32 km")."""
    near_conflicts: list[str] = field(default_factory=list)
    """Disagreements not pinned to the claim's slot (a different figure elsewhere)."""
    missing: list[str] = field(default_factory=list)
    """Claim terms and facts the passage does not state, rarest first."""
    agreed: list[str] = field(default_factory=list)
    """Facts the passage states equally ("32 km", "2024-05-30", "Italy")."""
    vaguer: list[str] = field(default_factory=list)
    """Facts the passage states compatibly but less precisely ("about 30 km" for 32 km)."""
    agreed_slots: int = 0
    """Claim facts whose slot the passage fills, equal or not (for coverage)."""


def _span_of(item: Quantity | DateRef | Entity, ptoks: _Passage) -> tuple[int, int]:
    found = _spans([item], ptoks.text)
    return found[0] if found else (item.start, item.end)


_LIST_GAP = re.compile(r"[\s,;&()]*(?:\b(?:and|or)\b)?[\s,;&()]*")


def _list_mates(item: Any, items: Sequence[Any], ptoks: _Passage) -> list[Any]:
    """The items written in one enumeration with `item` ("(1971, 1972, ..., 2017)")."""
    ordered = sorted(items, key=lambda x: _span_of(x, ptoks)[0])
    groups: list[list[Any]] = []
    last_end = -1
    for x in ordered:
        start, end = _span_of(x, ptoks)
        if groups and last_end >= 0 and _LIST_GAP.fullmatch(ptoks.text[last_end:start]):
            groups[-1].append(x)
        else:
            groups.append([x])
        last_end = end
    return next((g for g in groups if item in g), [item])


def _compare_quantities(
    claim: str, cf: Facts, ptoks: _Passage, pf: Facts, ctoks: Sequence[_Token], found: _Findings
) -> None:
    for q in cf.quantities:
        same_kind = [p for p in pf.quantities if p.unit == q.unit]
        (span,) = _spans([q], claim) or [(q.start, q.end)]
        sides = _sides(ctoks, *span)
        # The figure in the claim's own slot decides first: "born 1948 ... graduated in 1968"
        # does not confirm "born in 1968".
        twin = next(
            (p for p in same_kind if _same_slot(sides, _sides(ptoks.tokens, *_span_of(p, ptoks)))),
            None,
        )
        if twin is not None and not (
            any(_same_value(q, m) for m in _list_mates(twin, same_kind, ptoks))
            or _compatible(q, twin)
            or _satisfies(twin, q, _bound(claim, span[0], q.text))
        ):
            same_kind = [twin]
        if any(_same_value(q, p) for p in same_kind) or (
            q.unit is None and any(p.value == q.value for p in pf.quantities)
        ):
            found.agreed.append(_show_quantity(q))
            continue
        vaguer = next((p for p in same_kind if _compatible(q, p)), None)
        if vaguer is not None:
            found.vaguer.append(
                f"source says only {_show_quantity(vaguer)}, claim says {_show_quantity(q)}"
            )
            found.agreed_slots += 1
            continue
        m = _NUMBER.search(q.text)
        if (
            not pf.quantities
            and m
            and re.search(rf"(?<![\d.,]){re.escape(m.group())}(?![\d]|[.,]\d)", ptoks.text)
        ):
            found.agreed.append(_show_quantity(q))
            continue
        bound = _bound(claim, span[0], q.text)
        slot = None
        alone = len(same_kind) == 1 and sum(1 for x in cf.quantities if x.unit == q.unit) == 1
        for p in same_kind:
            (pspan,) = _spans([p], ptoks.text) or [(p.start, p.end)]
            psides = _sides(ptoks.tokens, *pspan)
            if _same_slot(sides, psides) or (
                alone and q.unit is not None and _shares(sides, psides)
            ):
                slot = p
                break
        if slot is not None and _satisfies(slot, q, bound):
            found.agreed.append(f"{_show_quantity(slot)} ({bound} {_show_quantity(q)})")
            continue
        if bound and slot is not None:
            q = replace(q, text=f"{bound} {q.text}")
        if slot is not None:
            found.agreed_slots += 1
            found.conflicts.append(
                f"source says {_show_quantity(slot)}, claim says {_show_quantity(q)}"
            )
        elif same_kind:
            found.near_conflicts.append(
                f"source gives {_show_quantity(same_kind[0])}, not {_show_quantity(q)}"
            )
            found.missing.append(q.text)
        else:
            found.missing.append(q.text)


_ROLE_WORDS = {
    "in": "when", "on": "when", "at": "when", "during": "when", "of": "when",
    "since": "since", "from": "since", "as of": "as of", "until": "until", "till": "until",
    "through": "until", "to": "until", "by": "until", "before": "before", "after": "after",
}  # fmt: skip


def _date_role(text: str, start: int) -> str:
    """The role a date plays, from the word before it: "since 1983" is not "in 1983"."""
    m = re.search(r"(\b(?:as of|[a-z]+))\W*$", text[max(0, start - 12) : start].lower())
    return _ROLE_WORDS.get(m.group(1), "when") if m else "when"


def _shares(
    claim_sides: tuple[list[str], list[str]], source_sides: tuple[list[str], list[str]]
) -> bool:
    """At least one neighbouring word in common, on either side."""
    return bool(set(claim_sides[0] + claim_sides[1]) & set(source_sides[0] + source_sides[1]))


def _compare_dates(
    claim: str, cf: Facts, ptoks: _Passage, pf: Facts, ctoks: Sequence[_Token], found: _Findings
) -> None:
    for d in cf.dates:
        if re.search(r"\d0'?s\b", d.text) and len(d.value) == 4:
            d = replace(d, value=d.value[:3])  # a decade: "1970s" covers 1970-1979
        (span,) = _spans([d], claim) or [(d.start, d.end)]
        sides = _sides(ctoks, *span)
        candidates = [
            p for p in pf.dates
            if _comparable_dates(d.value, p.value)
            and _date_role(claim, span[0]) == _date_role(ptoks.text, _span_of(p, ptoks)[0])
        ]  # fmt: skip
        twin = next(
            (p for p in candidates if _same_slot(sides, _sides(ptoks.tokens, *_span_of(p, ptoks)))),
            None,
        )
        if twin is not None and not any(
            _same_date(d.value, m.value) for m in _list_mates(twin, pf.dates, ptoks)
        ):
            found.agreed_slots += 1
            found.conflicts.append(f"source says {twin.value}, claim says {d.value}")
            continue
        if any(_same_date(d.value, p.value) for p in pf.dates):
            found.agreed.append(d.value)
            continue
        slot = None
        for p in pf.dates:
            if not _comparable_dates(d.value, p.value):
                continue
            (pspan,) = _spans([p], ptoks.text) or [(p.start, p.end)]
            if _date_role(claim, span[0]) != _date_role(ptoks.text, pspan[0]):
                continue  # "as of 2021" is not the date of the event "in 2023"
            psides = _sides(ptoks.tokens, *pspan)
            if _same_slot(sides, psides) or (
                len(pf.dates) == 1 and len(cf.dates) == 1 and _shares(sides, psides)
            ):
                slot = p
                break
        if slot is not None:
            found.agreed_slots += 1
            found.conflicts.append(f"source says {slot.value}, claim says {d.value}")
        else:
            found.missing.append(d.text or d.value)


_ALIASES = [
    (re.compile(r"\b(?:u\.s\.a?\.?|usa|us)(?=\s|$)"), "united states"),
    (re.compile(r"\b(?:u\.k\.?|uk)(?=\s|$)"), "united kingdom"),
    (re.compile(r"\b(?:u\.n\.?|un)(?=\s|$)"), "united nations"),
    (re.compile(r"\b(?:e\.u\.?|eu)(?=\s|$)"), "european union"),
]


def _name_key(name: str) -> str:
    """A name folded for comparison: "U.S. Supreme Court" and "United States Supreme Court"."""
    key = _fold(name).strip()
    if key.startswith("the "):
        key = key[4:]
    for pattern, full in _ALIASES:
        key = pattern.sub(full, key)
    return key


def _entity_present(e: Entity, ptoks: _Passage, pf: Facts) -> bool:
    names = {_name_key(x.name) for x in pf.entities} | {_name_key(x.text) for x in pf.entities}
    if _name_key(e.name) in names or _name_key(e.text) in names:
        return True
    for form in {e.name, e.text}:
        if form and re.search(rf"(?<!\w){re.escape(_fold(form))}(?!\w)", ptoks.low):
            return True
    words = [t for t in _tokens(e.text) if _content(t)]
    if words and all(ptoks.find(t) for t in words):
        return True
    parts = e.name.split()
    if e.type == "person" and len(parts) >= 2 and len(parts[-1]) >= 3:
        # "Kirby said" names John Kirby; "Kenneth Edmonds" does not name Tracey Edmonds.
        uses = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(parts[-1])}(?!\w)", ptoks.text)]
        for at in uses:
            before = re.search(r"([A-Z][\w.'’-]*)[\s\"“”]*$", ptoks.text[:at])
            if before is None or before.group(1) in parts:
                return True
    # A demonym names the place: "Europe"/"European", "Canada"/"Canadian".
    stem = _stem(e.name)
    return len(stem) >= 4 and any(
        s.startswith(stem[:-1]) and s[len(stem) - 1 :] in _DEMONYM for s in ptoks.stems
    )


def _compare_entities(
    claim: str, cf: Facts, ptoks: _Passage, pf: Facts, ctoks: Sequence[_Token], found: _Findings
) -> set[str]:
    """Compare named entities; returns the casefolded names the passage lacks."""
    absent: set[str] = set()
    claim_names = {_name_key(x.name) for x in cf.entities} | {
        _name_key(x.text) for x in cf.entities
    }
    extra = [
        p
        for p in pf.entities
        if _name_key(p.name) not in claim_names
        and _name_key(p.text) not in claim_names
        and not re.search(rf"(?<!\w){re.escape(_fold(p.text))}(?!\w)", _fold(claim))
    ]
    for e in cf.entities:
        if _entity_present(e, ptoks, pf):
            rival = _role_rival(e, claim, ctoks, ptoks, pf, extra)
            if rival is not None:
                found.agreed_slots += 1
                found.conflicts.append(
                    f"source names {rival.name}, claim names {_display_name(e, claim)}"
                )
                continue
            found.agreed.append(e.name)
            continue
        absent.add(_fold(e.name))
        (span,) = _spans([e], claim) or [(e.start, e.end)]
        sides = _sides(ctoks, *span)
        rival = None
        for p in extra:
            if p.type != e.type or e.type == "other" or _shares_name(p, e):
                continue
            (pspan,) = _spans([p], ptoks.text) or [(p.start, p.end)]
            if _same_slot(sides, _sides(ptoks.tokens, *pspan)):
                rival = p
                break
        if rival is not None:
            found.agreed_slots += 1
            found.conflicts.append(
                f"source names {rival.name}, claim names {_display_name(e, claim)}"
            )
        else:
            found.missing.append(e.name)
    return absent


def _role_rival(
    e: Entity,
    claim: str,
    ctoks: Sequence[_Token],
    ptoks: _Passage,
    pf: Facts,
    extra: Sequence[Entity],
) -> Entity | None:
    """Another name in the claimed name's role ("produced by Luc Besson and directed by
    Olivier Megaton" against "produced by Olivier Megaton"), while the claimed name sits
    elsewhere."""
    if e.type == "other" or not extra:
        return None
    (span,) = _spans([e], claim) or [(e.start, e.end)]
    before = _sides(ctoks, *span)[0]
    own = [x for x in pf.entities if _name_key(x.name) == _name_key(e.name)]
    if not before or not own:
        return None
    # Only the word before a name marks its role here ("produced by X", "directed by X"); a
    # subject's role is judged by the missing-name test instead.
    own_before = [_sides(ptoks.tokens, *_span_of(x, ptoks))[0] for x in own]
    if any(not b or b[0] == before[0] for b in own_before):
        return None
    for p in extra:
        if p.type == e.type and not _shares_name(p, e):
            rival_before = _sides(ptoks.tokens, *_span_of(p, ptoks))[0]
            if rival_before and rival_before[0] == before[0]:
                return p
    return None


def _shares_name(a: Entity, b: Entity) -> bool:
    """Variants of one name ("Michael Dwayne Vick", "Michael Vick") are not rivals."""
    words = {w for w in re.findall(r"\w+", _name_key(a.name)) if w not in _STOPWORDS}
    return bool(words & set(re.findall(r"\w+", _name_key(b.name))))


def _display_name(e: Entity, claim: str) -> str:
    """'the Netherlands' when the claim wrote the article, else the canonical name."""
    at = claim.find(e.text)
    if at >= 4 and claim[at - 4 : at].lower() == "the " and not e.name.lower().startswith("the "):
        return f"the {e.name}"
    return e.name


_CALENDAR = frozenset(
    """january february march april may june july august september october
    november december monday tuesday wednesday thursday friday saturday sunday""".split()
)


def _capital_substitutions(
    ctoks: Sequence[_Token],
    ptoks: _Passage,
    claim_spans: Sequence[tuple[int, int]],
    absent_entities: set[str],
    found: _Findings,
) -> None:
    """Names the extractor did not tag: a missing capitalised word with a rival in its place."""
    claim_stems = {t.stem for t in ctoks}
    for tok in ctoks:
        if (
            not tok.capital
            or not tok.text[0].isalpha()
            or not _content(tok)
            or _inside(tok, claim_spans)
            or tok.text.lower() in _CALENDAR
            or ptoks.find(tok)
        ):
            continue
        if any(_fold(tok.text) in a for a in absent_entities):
            continue
        sides = _sides(ctoks, tok.start, tok.end)
        for p in ptoks.tokens:
            if (
                not p.capital
                or not p.text[0].isalpha()
                or p.stem in claim_stems
                or not _content(p)
                or p.text.lower() in _CALENDAR
            ):
                continue
            if _same_slot(sides, _sides(ptoks.tokens, p.start, p.end)):
                found.conflicts.append(f"source names {p.text}, claim names {tok.text}")
                return


def _ordinals(tokens: Sequence[_Token]) -> list[tuple[int, _Token]]:
    out = []
    for t in tokens:
        low = t.text.lower()
        if low in _ORDINALS:
            out.append((_ORDINALS[low], t))
        elif m := _ORDINAL_DIGITS.match(low):
            out.append((int(m.group(1)), t))
    return out


def _compare_ordinals(ctoks: Sequence[_Token], ptoks: _Passage, found: _Findings) -> None:
    pords = _ordinals(ptoks.tokens)
    for value, tok in _ordinals(ctoks):
        if any(v == value for v, _ in pords):
            continue
        after = _sides(ctoks, tok.start, tok.end, 1)[1]
        rival = next(
            (p for v, p in pords if after and after == _sides(ptoks.tokens, p.start, p.end, 1)[1]),
            None,
        )
        if rival is not None:
            found.conflicts.append(
                f"source says {rival.text.lower()}, claim says {tok.text.lower()}"
            )
        else:
            found.missing.append(tok.text.lower())


def _is(stem: str, root: str) -> bool:
    """`stem` is the word `root` ("increas" meets "increased"; "son" does not meet "song")."""
    return stem == root or (len(root) >= 5 and stem.startswith(root))


_ANTONYM_ROOTS = tuple({root for pair in _ANTONYMS for root in pair})


def _compare_antonyms(ctoks: Sequence[_Token], ptoks: _Passage, found: _Findings) -> None:
    """A word swapped for its opposite in the same slot ("increases"/"decreases the risk")."""
    for tok in ctoks:
        if not tok.text.isalpha() or not tok.stem.startswith(_ANTONYM_ROOTS):
            continue
        pairs = [
            (mine, other)
            for a, b in _ANTONYMS
            for mine, other in ((a, b), (b, a))
            if _is(tok.stem, mine) and not any(_is(t.stem, other) for t in ctoks)
        ]
        if not pairs:
            continue
        sides = _sides(ctoks, tok.start, tok.end)
        same = [ptoks.tokens[i] for i in ptoks.find(tok)]
        if any(_same_slot(sides, _sides(ptoks.tokens, p.start, p.end)) for p in same):
            continue
        for _mine, other in pairs:
            for p in ptoks.tokens:
                if _is(p.stem, other) and _same_slot(sides, _sides(ptoks.tokens, p.start, p.end)):
                    found.conflicts.append(
                        f"source says {p.text.lower()}, claim says {tok.text.lower()}"
                    )
                    return


def _compare_order(ctoks: Sequence[_Token], ptoks: _Passage, found: _Findings) -> None:
    """The same two words the other way round around "than": "copper is more reactive than
    iron" against "iron is more reactive than copper"."""
    for i, tok in enumerate(ctoks):
        if tok.text.lower() != "than" or i == 0 or i + 1 >= len(ctoks):
            continue
        after = next((t for t in ctoks[i + 1 :] if _content(t)), None)
        before = [t for t in ctoks[:i] if _content(t)]
        if after is None or not before:
            continue
        for j, p in enumerate(ptoks.tokens):
            if p.text.lower() != "than":
                continue
            p_after = next((t for t in ptoks.tokens[j + 1 :] if _content(t)), None)
            if p_after is None or p_after.stem == after.stem or j == 0:
                continue
            if ptoks.tokens[j - 1].stem != ctoks[i - 1].stem:
                continue  # another comparison ("brighter than" is not "stronger than")
            swapped = next((t for t in before if t.stem == p_after.stem), None)
            p_before = {t.stem for t in ptoks.tokens[max(0, j - 8) : j]}
            if swapped is not None and after.stem in p_before:
                found.conflicts.append(
                    f'source has it the other way round ({p_after.text} after "than", '
                    f"claim has {after.text})"
                )
                return


_MAJOR_BREAK = re.compile(r"[;:]|\b(?:but|while|although|though|whereas|however)\b", re.IGNORECASE)


def _clauses(
    text: str, tokens: Sequence[_Token], pattern: re.Pattern[str] = _CLAUSE_BREAK
) -> list[int]:
    """Clause number of each token: commas, semicolons, dashes and "but"/"while" split clauses."""
    breaks = [m.start() for m in pattern.finditer(text)]
    out, b = [], 0
    for tok in tokens:
        while b < len(breaks) and breaks[b] < tok.start:
            b += 1
        out.append(b)
    return out


_NOT_DENIALS = re.compile(
    r"\b(?:not only|not just|not merely|not least|not limited to|no doubt|nothing but|"
    r"no (?:more|less|fewer) than|not (?:more|less|fewer) than|no sooner|not uncommon|"
    r"not unlike|without (?:doubt|question|exception))\b",
    re.IGNORECASE,
)
"""Negative words that do not deny anything ("not only", "no more than")."""


def _cue(
    tokens: Sequence[_Token],
    text: str,
    words: frozenset[str],
    phrases: Sequence[str],
    near: dict[int, str] | None,
    need: int = 0,
) -> str | None:
    """The first cue word (or phrase) in `tokens`.

    With `near` (positions of passage words shared with the claim, and the claim word each
    says), a cue counts only inside a clause that holds one of them, within CUE_WINDOW tokens of
    it, and holding at least `need` different claim words: "the Pentagon would not say how many"
    after a comma does not negate or hedge the claim.
    """
    before, after = CUE_WINDOW
    clause = _clauses(text, tokens) if near is not None else []
    major = _clauses(text, tokens, _MAJOR_BREAK) if near is not None and need else []
    per_clause: dict[int, set[str]] = {}
    for n, stem in (near or {}).items():
        if n < len(major):
            per_clause.setdefault(major[n], set()).add(stem)

    def close(idx: int) -> bool:
        if near is None:
            return True
        if need and len(per_clause.get(major[idx], ())) < need:
            return False
        return any(
            idx - before <= n <= idx + after and clause[n] == clause[idx]
            for n in near
            if n < len(clause)
        )

    idioms = (
        [(m.start(), m.end()) for m in _NOT_DENIALS.finditer(text)] if words is _NEGATORS else []
    )
    for tok in tokens:
        low = tok.text.lower().replace("’", "'")
        hit = low in words or (words is _NEGATORS and low.endswith("n't"))
        if hit and idioms and _inside(tok, idioms):
            continue
        if (
            low == "may"
            and tok.text[0] == "M"
            and (tok.capital or re.match(r"\s+\d", text[tok.end :]))
        ):
            continue  # the month
        if hit and close(tok.index):
            return tok.text.lower()
    low = text.lower()
    for phrase in phrases:
        at = low.find(phrase)
        if at < 0:
            continue
        idx = next((t.index for t in tokens if t.start >= at), None)
        if idx is not None and close(idx):
            return phrase
    return None


def _without_ordinals(facts: Facts) -> Facts:
    if not any(q.unit == "ordinal" for q in facts.quantities):
        return facts
    return replace(facts, quantities=tuple(q for q in facts.quantities if q.unit != "ordinal"))


def _phrase_tokens(tokens: Sequence[_Token], text: str, phrases: Sequence[str]) -> set[int]:
    """Indices of tokens that belong to a cue phrase ("ruled out"): cues, not content."""
    low = text.lower()
    out: set[int] = set()
    for phrase in phrases:
        for m in re.finditer(rf"\b{re.escape(phrase)}\b", low):
            out.update(t.index for t in tokens if m.start() <= t.start < m.end())
    return out


def _modality(cue: str | None) -> str | None:
    """'future' for "will", "plans"; 'possible' for "could", "may"; None for a plain fact."""
    if not cue:
        return None
    word = cue.split()[0].lower()
    return (
        "future"
        if word in _FUTURE or word in {"plans", "aims", "set", "poised", "expects"}
        else "possible"
    )


def judge_stance(
    claim_text: str, claim_facts: Facts, passage_text: str, passage_facts: Facts, score: float
) -> Judgement:
    """Decide whether one passage supports, contradicts or is only related to one claim.

    Args:
        claim_text: The claim as stored.
        claim_facts: Its normalised facts (quantities, dates, entities, negation, modality).
        passage_text: The evidence passage as stored.
        passage_facts: The passage's normalised facts.
        score: The retrieval score (0 to 100); only used to word weak reasons.

    Returns:
        A `Judgement`: `supports` only when the passage states the claim's content, every
        quantity, date and key name equally, with the same polarity and modality;
        `contradicts` (strong when the passage otherwise covers the claim closely) when a
        number, date, name, ordinal, antonym or negation differs in the same fact slot;
        otherwise `related`, with the claim terms the passage lacks in `missing`.
    """
    ctoks = _tokens(claim_text)
    units = _sentence_units(passage_text, passage_facts)
    judged = [_judge_unit(claim_text, claim_facts, ctoks, text, facts) for text, facts in units]
    if len(judged) == 1:
        return judged[0][0]
    # A passage of several sentences: the claim is judged against each sentence, so coverage,
    # slots and cues stay local. A contradiction anywhere outweighs support elsewhere.
    against = [jc for jc in judged if jc[0].stance is Stance.CONTRADICTS]
    if against:
        return max(against, key=lambda jc: (jc[0].strong, jc[1]))[0]
    support = [jc for jc in judged if jc[0].stance is Stance.SUPPORTS]
    if support:
        return max(support, key=lambda jc: jc[1])[0]
    best = max(judged, key=lambda jc: jc[1])[0]
    missing_sets = [{m.casefold() for m in j.missing} for j, _ in judged]
    missing = tuple(m for m in best.missing if all(m.casefold() in ms for ms in missing_sets))
    return Judgement(best.stance, best.reason, strong=best.strong, missing=missing)


def _sentence_units(text: str, facts: Facts) -> list[tuple[str, Facts]]:
    """The passage cut into sentences, each with the facts that lie inside it (offsets shifted)."""
    spans = split_sentences(text)
    if len(spans) <= 1:
        return [(text, facts)]

    def inside(items: Sequence[Any], start: int, end: int) -> tuple[Any, ...]:
        out = []
        for item in items:
            found = _spans([item], text)
            if not found:
                continue
            s, e = found[0]
            if start <= s and e <= end:
                out.append(replace(item, start=s - start, end=e - start))
        return tuple(out)

    units = []
    for start, end in spans:
        units.append(
            (
                text[start:end],
                replace(
                    facts,
                    quantities=inside(facts.quantities, start, end),
                    dates=inside(facts.dates, start, end),
                    entities=inside(facts.entities, start, end),
                ),
            )
        )
    return units


def _judge_unit(
    claim_text: str,
    claim_facts: Facts,
    ctoks: Sequence[_Token],
    passage_text: str,
    passage_facts: Facts,
) -> tuple[Judgement, float]:
    """Judge one sentence-sized passage; returns the judgement and the claim coverage."""
    # Ordinals ("second SAMP/T") are compared as words, by the noun they rank.
    claim_facts = _without_ordinals(claim_facts)
    passage_facts = _without_ordinals(passage_facts)
    passage = _Passage(passage_text, passage_facts)
    found = _Findings()

    fact_spans = _spans(
        (*claim_facts.quantities, *claim_facts.dates, *claim_facts.entities), claim_text
    )
    word_total = word_hit = 0.0
    n_words = n_missed = 0
    matched_positions: dict[int, str] = {}
    missing_words: list[tuple[float, str]] = []
    plain_missing: list[str] = []
    cue_words = _phrase_tokens(ctoks, claim_text, _NEGATOR_PHRASES)
    first_word_found = True
    for tok in ctoks:
        if not _content(tok) or _inside(tok, fact_spans) or tok.index in cue_words:
            continue
        w = _weight(tok)
        word_total += w
        n_words += 1
        pos = passage.find(tok)
        if n_words == 1:
            first_word_found = bool(pos)
        if pos:
            word_hit += w
            matched_positions.update(dict.fromkeys(pos, tok.stem))
        else:
            n_missed += 1
            plain_missing.append(tok.text)
            if _key(tok) or w > 1.0:
                missing_words.append((w, tok.text))
    n_facts = len(claim_facts.quantities) + len(claim_facts.dates) + len(claim_facts.entities)

    _compare_quantities(claim_text, claim_facts, passage, passage_facts, ctoks, found)
    _compare_dates(claim_text, claim_facts, passage, passage_facts, ctoks, found)
    absent = _compare_entities(claim_text, claim_facts, passage, passage_facts, ctoks, found)
    # Facts count as two words each, whatever their wording; a fact whose slot the passage fills
    # with another value still counts as covered (the passage is about the same thing).
    total = word_total + 2.0 * n_facts
    hit = word_hit + 2.0 * min(len(found.agreed) + found.agreed_slots, n_facts)
    cov = found.coverage = hit / total if total else 0.0
    word_cov = word_hit / word_total if word_total else 1.0
    for tok in ctoks:  # positions of agreed facts anchor the cue windows too
        if _inside(tok, fact_spans):
            matched_positions.update(dict.fromkeys(passage.find(tok), tok.stem))

    weak_conflicts = _Findings()
    _capital_substitutions(ctoks, passage, fact_spans, absent, weak_conflicts)
    _compare_ordinals(ctoks, passage, found)
    _compare_antonyms(ctoks, passage, found)
    _compare_order(ctoks, passage, found)
    if cov >= STRONG_COVERAGE:
        found.conflicts += weak_conflicts.conflicts

    key_missing = [
        text
        for _, text in sorted(missing_words, key=lambda x: -x[0])
        if not any(text.casefold() in a for a in absent)
    ]
    missing = tuple(_dedupe(found.missing + key_missing))
    # Negation and hedges are read on the claim as a whole, on the passage only near the words
    # it shares with the claim, so a "not" in another clause of a long passage does not count.
    # `Facts.negated` and `Facts.modality` describe a whole text, which cannot be scoped, so the
    # same cue lists read both sides; the claim's own modality flag may only add caution.
    claim_neg = _cue(ctoks, claim_text, _NEGATORS, _NEGATOR_PHRASES, None)
    # A denial must sit in a clause that holds most of the claim ("there is no overall charge
    # to a water molecule" does not deny that its hydrogen atoms carry a positive charge).
    claim_words = {t.stem for t in ctoks if _content(t) and t.index not in cue_words}
    pass_neg = _cue(
        passage.tokens,
        passage_text,
        _NEGATORS,
        _NEGATOR_PHRASES,
        matched_positions,
        need=max(1, round(0.6 * len(claim_words))),
    )
    claim_hedge = _cue(ctoks, claim_text, _MODAL_CUES, (), None) or claim_facts.modality
    pass_hedge = _cue(passage.tokens, passage_text, _MODAL_CUES, (), matched_positions)

    strong = cov >= STRONG_COVERAGE
    if passage_text.rstrip().endswith("?") and cov >= TOPICAL_COVERAGE:
        return Judgement(Stance.RELATED, "source only asks it", missing=missing), cov
    if found.conflicts and claim_neg:
        # "Halsey did not sign in 2014" against "In 2018, she signed": a different value agrees
        # with a denial rather than contradicting it; neither is it support.
        return Judgement(
            Stance.RELATED, f"claim denies it ({claim_neg}); {found.conflicts[0]}", missing=missing
        ), cov
    if found.conflicts and cov >= TOPICAL_COVERAGE:
        return Judgement(
            Stance.CONTRADICTS, found.conflicts[0], strong=strong, missing=missing
        ), cov
    # Paraphrase may drop one word in eight, never the claim's first content word (its subject,
    # mostly: "Insulin increases risk of kidney failure" is not about metformin).
    close_words = n_missed <= n_words // 8 and first_word_found
    if pass_neg and not claim_neg and cov >= DENIAL_COVERAGE and close_words and not key_missing:
        return Judgement(
            Stance.CONTRADICTS, f"source denies it ({pass_neg})", strong=strong, missing=missing
        ), cov
    if claim_neg and not pass_neg and cov >= SUPPORT_COVERAGE and n_missed == 0 and not missing:
        return Judgement(
            Stance.CONTRADICTS,
            f"claim denies it ({claim_neg}), source states it",
            strong=strong,
            missing=missing,
        ), cov
    if found.conflicts:
        return Judgement(
            Stance.RELATED, f"{found.conflicts[0]} (little else in common)", missing=missing
        ), cov
    if bool(claim_neg) != bool(pass_neg) and cov >= TOPICAL_COVERAGE:
        side = f"source denies it ({pass_neg})" if pass_neg else "claim is negated, source is not"
        return Judgement(Stance.RELATED, _join(side, missing), missing=missing), cov
    if cov >= TOPICAL_COVERAGE and _modality(claim_hedge) != _modality(pass_hedge):
        return Judgement(
            Stance.RELATED, _modality_reason(claim_hedge, pass_hedge), missing=missing
        ), cov
    if found.vaguer and cov >= TOPICAL_COVERAGE:
        return Judgement(Stance.RELATED, found.vaguer[0], missing=missing), cov
    if (
        cov >= SUPPORT_COVERAGE
        and word_cov >= SUPPORT_COVERAGE
        and close_words
        and not missing
        and not found.near_conflicts
    ):
        facts = ", ".join(_dedupe(found.agreed))
        reason = f"source states the same ({facts})" if facts else "source states the same words"
        return Judgement(Stance.SUPPORTS, reason), cov
    if found.near_conflicts and cov >= TOPICAL_COVERAGE:
        return Judgement(Stance.RELATED, found.near_conflicts[0], missing=missing), cov
    if missing:
        return Judgement(
            Stance.RELATED, f"source does not mention {', '.join(missing[:3])}", missing=missing
        ), cov
    if plain_missing:
        words = ", ".join(plain_missing[:3])
        return Judgement(Stance.RELATED, f"source does not say {words}", missing=missing), cov
    return Judgement(
        Stance.RELATED, f"source shares {round(100 * cov)}% of the claim's words", missing=missing
    ), cov


def _modality_reason(claim: str | None, source: str | None) -> str:
    if _modality(claim) == "possible":
        done = f"says {source}" if source else "states it as done"
        return f"claim is hedged ({claim}), source {done}"
    if _modality(source) == "possible":
        says = f"says {claim}" if claim else "states it as fact"
        return f"source is hedged ({source}), claim {says}"
    if claim:
        return f"claim says it is planned ({claim}), source states it as done"
    return f"source says it is planned ({source}), claim states it as done"


def _word(value: object, default: str) -> str:
    return value if isinstance(value, str) and value else default


def _join(first: str, missing: Sequence[str]) -> str:
    return f"{first}; source does not mention {', '.join(missing[:2])}" if missing else first


def _dedupe(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item.casefold() not in seen:
            seen.add(item.casefold())
            out.append(item)
    return out


def key_terms(claim_text: str) -> list[str]:
    """The claim's distinctive words, rarest first (names, figures, long words)."""
    toks = [t for t in _tokens(claim_text) if _content(t)]
    ranked = sorted(toks, key=lambda t: (-_weight(t), -len(t.text)))
    return _dedupe(t.text for t in ranked)


def suggest_status(claim_text: str, judgements: list[tuple[Judgement, float]]) -> Suggestion:
    """Advise a status for a claim from the stances of its evidence passages.

    Args:
        claim_text: The claim as stored.
        judgements: (judgement, retrieval score) for each evidence passage.

    Returns:
        `disputed` when a passage contradicts the claim, `verified` only when one supports it
        and none contradicts it, else `unsourced`, naming the claim's rarest term that no
        passage mentions ("no stored source mentions SAMP/T").
    """
    ranked = sorted(judgements, key=lambda js: -js[1])
    against = [j for j, _ in ranked if j.stance is Stance.CONTRADICTS]
    support = [j for j, _ in ranked if j.stance is Stance.SUPPORTS]
    if against:
        best = next((j for j in against if j.strong), against[0])
        if support:
            return Suggestion(Status.DISPUTED, f"sources disagree: {best.reason}")
        return Suggestion(Status.DISPUTED, best.reason)
    if support:
        return Suggestion(Status.VERIFIED, support[0].reason)
    terms = key_terms(claim_text)
    if not ranked:
        return Suggestion(Status.UNSOURCED, _no_source(terms))
    absent_everywhere = [
        t
        for t in terms
        if all(t.casefold() in {m.casefold() for m in j.missing} for j, _ in ranked)
    ]
    if absent_everywhere:
        return Suggestion(Status.UNSOURCED, f"no stored source mentions {absent_everywhere[0]}")
    missing_sets = [{m.casefold() for m in j.missing} for j, _ in ranked]
    common = [m for m in ranked[0][0].missing if all(m.casefold() in s for s in missing_sets)]
    if common:
        return Suggestion(Status.UNSOURCED, f"no stored source mentions {common[0]}")
    return Suggestion(Status.UNSOURCED, f"no source confirms it: {ranked[0][0].reason}")


def _no_source(terms: Sequence[str]) -> str:
    return f"no stored source mentions {terms[0]}" if terms else "no stored source speaks to it"


def passage_sha256(text: str) -> str:
    """Hex SHA-256 of the passage text as stored (UTF-8), to pin evidence in exports."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
