"""Retrieval of evidence: the FTS5 query for a claim, and the rerank of its candidates.

What it owns: turning a claim into a safe FTS5 MATCH expression built for recall and speed
(`build_fts_query`), and ordering candidate passages with a 0..100 score (`rank_passages`).
What it must not do: run SQL or touch a database. `core.store` runs the queries; `core.pipeline`
glues the two (`Store.search_passage_candidates`, `Store.search_source_candidates`,
`Store.load_source_passages` for the best few sources, then `rank_passages`).

Why it is shaped so:

- The query is a flat OR of quoted phrases, each made only of letter and digit runs, so no claim
  (quotes, `*`, `NEAR`, `-`, `:`, brackets, 10,000 characters) can produce an FTS syntax error.
  Stop words are dropped: besides adding noise, they make FTS5 score most of the index (bm25
  visits every row that matches any phrase), which is what makes a plain OR of the claim's words
  slow at a million passages. The rarity weighting is bm25's own IDF over what is left.
- The index tokenizer (`porter unicode61 remove_diacritics 2`) stems and folds accents at both
  ends, so the query only has to add what the tokenizer cannot know: other spellings of the same
  quantity ("32" / "thirty two", "1,000" / "1000", "km" / "kilometres" / "kilometers"), and
  aliases of a name ("US" / "United States" / "U.S." / "American"), taken from `core.facts`.
- The rerank fuses three views: the passage's own bm25, the bm25 of its whole source (title and
  body, which says what the passage is *about*; on SciFact this is worth more than the passage
  alone), and lexical closeness from rapidfuzz plus the share of the claim's content words,
  numbers and names that the passage repeats. Weights were tuned on SciFact *train* claims and
  are reported on dev claims (`benchmarks/match_quality.py`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from claimcheck.core import facts as _facts

Candidate = tuple[int, int, str, float]
"""(passage_id, source_id, text, bm25) as `Store.search_passage_candidates` returns it; bm25 is
FTS5's (negative, lower is better); 0.0 for a passage added without a text match."""

MAX_WORDS = 32
"""At most this many distinct content words of a claim go into the query (first ones win)."""
MAX_PHRASES = 64
"""Hard cap on the phrases of one query, expansions included."""

PASSAGE_WEIGHT = 1.0
"""Weight of the passage's own bm25 (relative to the best candidate)."""
SOURCE_WEIGHT = 3.0
"""Weight of the source's bm25 (relative to the best source), when source scores are given."""
FUZZY_WEIGHT = 0.25
"""Weight of rapidfuzz `token_set_ratio` between the claim and the passage."""
SCORE_FLOOR = 0.5
"""Scores of a claim are scaled by FLOOR + (1 - FLOOR) * the best coverage among its
candidates: the bm25 parts are relative to the best candidate, so without this a claim that no
passage really covers would still get a top score near 100. Order is unchanged."""
FUZZY_TOP = 40
"""rapidfuzz scores only the best this many by the other signals (it is the costliest part)."""
COVERAGE_WEIGHT = 1.0
"""Weight of the share of the claim's content words found in the passage."""
FACTS_WEIGHT = 0.5
"""Weight of the share of the claim's numbers and names found in the passage."""
SAME_SOURCE_PENALTY = 0.0
"""Subtracted from a passage's weighted sum for each passage of its source ranked above it."""

STOP_WORDS = frozenset("""
a about above across after again against all almost along already also although always am
among an and another any anyone anything are around as at be became because become been before
being below between both but by can cannot could did do does doing done down during each either
else enough etc even ever every few for from further had has have having he her here hers
herself him himself his how however i if in into is it its itself just least less like made
make many may me might more most much must my myself neither no nor not now of off often on
once one only onto or other others otherwise our ours ourselves out over own per perhaps rather
said same say says she should since so some such than that the their theirs them themselves
then there thereby therefore these they this those though through thus to together too toward
towards under unless until up upon us very via was we well were what whatever when where
whether which while who whom whose why will with within without would yet you your yours
yourself yourselves
""".split())
"""English function words dropped from queries and from coverage ("us" is the pronoun; the
country is matched case-sensitively as an alias before this list applies)."""

_TOKEN = re.compile(r"[^\W_]+")
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,])|(?<![\w.,])\d+(?:\.\d+)?(?!\d)")
_NUMBER_WORDS = re.compile(
    r"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|million|billion)"
    r"(?:[- ](?:and[- ])?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|thousand|million|billion))*\b",
    re.IGNORECASE,
)
_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

_UNIT_GROUPS: tuple[tuple[str, ...], ...] = (
    ("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles"),
    ("m", "metre", "metres", "meter", "meters"),
    ("cm", "centimetre", "centimetres", "centimeter", "centimeters"),
    ("mm", "millimetre", "millimetres", "millimeter", "millimeters"),
    ("kg", "kgs", "kilogram", "kilograms", "kilo", "kilos"),
    ("t", "tonne", "tonnes", "ton", "tons"),
    ("lb", "lbs", "pound", "pounds"),
    ("ft", "foot", "feet"),
    ("mph", "kph", "kmh"),
    ("percent", "per cent", "pct"),
    ("usd", "dollar", "dollars"),
    ("eur", "euro", "euros"),
    ("gbp", "sterling"),
    ("bn", "billion", "billions"),
    ("mn", "mln", "million", "millions"),
    ("k", "thousand", "thousands"),
    ("yr", "yrs", "year", "years"),
    ("hr", "hrs", "hour", "hours"),
    ("min", "mins", "minute", "minutes"),
)
_UNITS: dict[str, tuple[str, ...]] = {name: group for group in _UNIT_GROUPS for name in group
                                      if " " not in name}

_ALIAS_SKIP = frozenset(
    "washington london moscow kremlin kyiv kiev berlin paris rome warsaw beijing tokyo tehran "
    "minsk pyongyang seoul england english".split())
"""Capitals and near-misses that `core.facts` folds into a country for stance, but that would
pull unrelated passages into a search."""


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Lower case with diacritics removed ("Zelenskyy's Česká" -> "zelenskyy's ceska")."""
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).lower()


def _words(text: str) -> list[str]:
    return _TOKEN.findall(fold(text))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix stripper for comparing words in Python (the index itself uses porter).

    "kilometres", "kilometers" -> "kilometr"/"kilomet" differ under porter, so this folds the
    common English inflections only: plural, -ed, -ing, -ly, -ies, -er/-re endings of units.
    """
    if len(word) <= 3 or word.isdigit():
        return word
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""),
                         ("ly", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: len(word) - len(suffix)] + repl
            break
    if word.endswith(("er", "re")) and len(word) > 5:
        word = word[:-2]
    return word


def _number_in_words(value: int) -> str | None:
    """English words for 0..999,999 and round millions/billions ("thirty two", "two million")."""
    if value < 0:
        return None
    if value < 20:
        return _ONES[value]
    if value < 100:
        tens, ones = divmod(value, 10)
        return _TENS[tens] + ("" if ones == 0 else " " + _ONES[ones])
    if value < 1000:
        hundreds, rest = divmod(value, 100)
        head = _ONES[hundreds] + " hundred"
        return head if rest == 0 else head + " " + (_number_in_words(rest) or "")
    for scale, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if value >= scale and value % scale == 0 and value // scale < 1000:
            return f"{_number_in_words(value // scale)} {name}"
    if value < 10**6:
        thousands, rest = divmod(value, 1000)
        head = f"{_number_in_words(thousands)} thousand"
        return head if rest == 0 else f"{head} {_number_in_words(rest)}"
    return None


def _format_number(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(round(value, 6))


def number_forms(text: str) -> list[set[str]]:
    """Every number in `text`, each as the set of phrases that spell it in an index.

    "32" -> {"32", "thirty two"}; "1,000" -> {"1 000", "1000", "one thousand"};
    "thirty-two" -> {"32", "thirty two"}; "3.5" -> {"3 5"}.
    """
    groups: list[set[str]] = []
    for match in _NUMBER.finditer(text):
        raw = match.group(0)
        value = float(raw.replace(",", ""))
        forms = {" ".join(_TOKEN.findall(raw)), _format_number(value).replace(".", " ")}
        if value == int(value) and value < 10**12:
            words = _number_in_words(int(value))
            if words and not (1000 <= value <= 2100 and raw.isdigit()):  # a year
                forms.add(words)
        groups.append(forms)
    for match in _NUMBER_WORDS.finditer(text):
        read = _facts.words_to_number(match.group(0))
        if read is None:
            continue
        forms = {" ".join(_words(match.group(0))).replace(" and ", " "),
                 _format_number(read).replace(".", " ")}
        words = _number_in_words(int(read)) if read == int(read) else None
        if words:
            forms.add(words)
        groups.append(forms)
    return groups


@lru_cache(maxsize=1)
def _alias_table() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, tuple[str, ...]]]:
    """(case-sensitive pattern for short upper-case names, case-insensitive pattern, groups)."""
    aliases: Mapping[str, str] = getattr(_facts, "ALIASES", None) or getattr(_facts, "_ALIASES", {})
    by_canonical: dict[str, list[str]] = {}
    for name, canonical in aliases.items():
        by_canonical.setdefault(canonical, [canonical.lower()]).append(name)
    groups: dict[str, tuple[str, ...]] = {}
    short: list[str] = []
    long: list[str] = []
    for names in by_canonical.values():
        phrases = tuple(dict.fromkeys(
            " ".join(_words(n)) for n in names
            if _words(n) and n.lower() not in _ALIAS_SKIP and " ".join(_words(n)) != "the"))
        phrases = tuple(p for p in phrases if p.removeprefix("the ") == p or p[4:] not in phrases)
        for name in names:
            if name.lower() in _ALIAS_SKIP:
                continue
            groups[fold(name)] = phrases
            if len(name.replace(".", "")) <= 3:
                short.append(re.escape(name.upper()))
            else:
                long.append(re.escape(name))
    by_length = sorted(set(long), key=len, reverse=True)
    short_re = re.compile(r"(?<![\w.])(?:" + "|".join(sorted(set(short), key=len, reverse=True))
                          + r")(?![\w])") if short else re.compile(r"(?!x)x")
    long_re = re.compile(r"(?<![\w])(?:" + "|".join(by_length) + r")(?![\w])",
                         re.IGNORECASE) if by_length else re.compile(r"(?!x)x")
    return short_re, long_re, groups


def alias_forms(text: str) -> list[tuple[str, ...]]:
    """Names in `text` that have aliases, each as the phrases of all its aliases.

    "US weapons" -> [("united states", "us", "u s", "usa", "america", "american", ...)].
    Short names ("US", "UK", "EU") match only in capitals, so the pronoun "us" is not a country.
    """
    short_re, long_re, groups = _alias_table()
    found: list[tuple[str, ...]] = []
    taken: list[tuple[int, int]] = []
    for pattern in (long_re, short_re):
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            phrases = groups.get(fold(match.group(0)))
            if phrases and phrases not in found:
                found.append(phrases)
                taken.append(match.span())
    return found


def content_words(text: str) -> list[str]:
    """The claim's folded words without stop words and lone letters, in order, no duplicates."""
    return list(dict.fromkeys(w for w in _words(text)
                              if w not in STOP_WORDS and (len(w) > 1 or w.isdigit())))


_UNIT_AFTER_NUMBER = re.compile(r"(?:\d|" + _NUMBER_WORDS.pattern.removesuffix(r"\b") + r")"
                                r"[\s-]*(per\s+cent|[^\W\d_]+)", re.IGNORECASE)


def unit_forms(text: str) -> list[tuple[str, ...]]:
    """Units written after a number, each with its synonyms ("32 km" -> km, kilometres...)."""
    found: list[tuple[str, ...]] = []
    for match in _UNIT_AFTER_NUMBER.finditer(text):
        word = fold(match.group(1))
        word = "percent" if word.startswith("per") and word.endswith("cent") else word
        group = _UNITS.get(word)
        if group and group not in found:
            found.append(group)
    return found


def _quote(phrase: str) -> str:
    # Phrases are runs of letters and digits joined by spaces: nothing in them can be FTS5
    # syntax, and the tokenizer stems and folds them exactly as it did the indexed text.
    return '"' + phrase + '"'


def build_fts_query(claim: str, max_words: int = MAX_WORDS) -> str | None:
    """A safe FTS5 MATCH expression for a claim, built for recall and speed.

    Content words (stop words dropped), each number in every spelling the index may hold, unit
    synonyms, and every alias of a known name, OR-ed as quoted phrases; bm25 ranks the matches,
    so rare words weigh most.

    Args:
        claim: any text, however hostile (quotes, `*`, `NEAR`, `-`, `:`, brackets, very long).
        max_words: cap on the distinct content words used (the first ones win).

    Returns:
        The MATCH expression, or None when the claim has no searchable word.
    """
    if not claim or not claim.strip():
        return None
    claim = claim[:20_000]
    phrases: dict[str, None] = {}
    for group in alias_forms(claim):
        for phrase in group:
            phrases[phrase] = None
    for forms in number_forms(claim):
        for phrase in sorted(forms):
            if phrase:
                phrases[phrase] = None
    for group in unit_forms(claim):
        for phrase in group:
            phrases[phrase] = None
    for word in content_words(claim)[:max_words]:
        phrases[word] = None
    if not phrases:
        # Only stop words ("it is what it is"): search them rather than nothing.
        for word in list(dict.fromkeys(_words(claim)))[:max_words]:
            phrases[word] = None
    selected = [p for p in phrases if p][:MAX_PHRASES]
    if not selected:
        return None
    return " OR ".join(_quote(p) for p in selected)


class _ClaimProfile:
    """What the rerank compares each passage with, computed once per claim."""

    __slots__ = ("text", "stems", "key_groups")

    def __init__(self, claim: str) -> None:
        self.text = " ".join(w for w in _words(claim) if w not in STOP_WORDS)
        self.stems = frozenset(stem(w) for w in content_words(claim))
        groups: list[frozenset[str]] = []
        for forms in number_forms(claim):
            groups.append(frozenset(forms))
        for alias in alias_forms(claim):
            groups.append(frozenset(alias))
        self.key_groups = groups


def _phrase_in(phrase: str, tokens: frozenset[str], folded: str) -> bool:
    if " " not in phrase:
        return phrase in tokens
    return re.search(r"(?<![^\W_])" + re.escape(phrase).replace(r"\ ", r"[\W_]+") + r"(?![^\W_])",
                     folded) is not None


def rank_passages(claim: str, candidates: Sequence[Candidate], k: int,
                  source_scores: Mapping[int, float] | None = None
                  ) -> list[tuple[Candidate, float]]:
    """Order candidate passages for a claim, best first, with a score from 0 to 100.

    The score adds, with the module's weights: the passage's bm25 relative to the best candidate,
    its source's bm25 relative to the best source (when `source_scores` is given), rapidfuzz
    `token_set_ratio` of claim and passage (for the best FUZZY_TOP by the other signals), the
    share of the claim's content words the passage holds (lightly stemmed), and the share of the
    claim's numbers and names it holds (in any spelling). The sum is scaled to 0..100, then by
    how well the best candidate covers the claim (SCORE_FLOOR), so a claim nothing speaks to
    scores low; ties keep the candidates' order. A duplicate passage id counts once.

    Args:
        claim: the claim text.
        candidates: (passage_id, source_id, text, bm25) tuples, e.g. from
            `Store.search_passage_candidates`; bm25 0.0 marks a passage with no text match.
        k: how many to return (0 or less returns nothing).
        source_scores: source_id -> bm25 of the whole source (negative, lower is better), e.g.
            from `Store.search_source_candidates`; sources missing from it score 0.

    Returns:
        Up to k (candidate, score) pairs, best first.
    """
    if k <= 0 or not candidates:
        return []
    profile = _ClaimProfile(claim)
    best_passage = max((-c[3] for c in candidates), default=0.0)
    source_scores = source_scores or {}
    best_source = max((-v for v in source_scores.values()), default=0.0)
    use_source = best_source > 0
    total = (PASSAGE_WEIGHT + FUZZY_WEIGHT + COVERAGE_WEIGHT
             + (SOURCE_WEIGHT if use_source else 0.0)
             + (FACTS_WEIGHT if profile.key_groups else 0.0))
    scored: list[tuple[float, int, Candidate]] = []
    seen: set[int] = set()
    best_coverage = 0.0 if profile.stems else 1.0
    for index, candidate in enumerate(candidates):
        if candidate[0] in seen:
            continue
        seen.add(candidate[0])
        folded = fold(candidate[2])
        tokens = frozenset(_TOKEN.findall(folded))
        value = PASSAGE_WEIGHT * (-candidate[3] / best_passage if best_passage > 0 else 0.0)
        if use_source:
            value += SOURCE_WEIGHT * max(0.0, -source_scores.get(candidate[1], 0.0)) / best_source
        if profile.stems:
            coverage = len(profile.stems & set(map(stem, tokens))) / len(profile.stems)
            best_coverage = max(best_coverage, coverage)
            value += COVERAGE_WEIGHT * coverage
        if profile.key_groups:
            shared = sum(1 for group in profile.key_groups
                         if any(_phrase_in(p, tokens, folded) for p in group))
            value += FACTS_WEIGHT * shared / len(profile.key_groups)
        scored.append((value, index, candidate))
    scored.sort(key=lambda item: (-item[0], item[1]))
    if profile.text and FUZZY_WEIGHT > 0:
        # rapidfuzz only where it can still change the order: the best FUZZY_TOP by the rest.
        head = [(value + FUZZY_WEIGHT * fuzz.token_set_ratio(profile.text, fold(c[2])) / 100.0,
                 index, c) for value, index, c in scored[:FUZZY_TOP]]
        scored = sorted(head, key=lambda item: (-item[0], item[1])) + scored[FUZZY_TOP:]
    picked = _diversify(scored, k, SAME_SOURCE_PENALTY)
    scale = 100.0 / total * (SCORE_FLOOR + (1.0 - SCORE_FLOOR) * best_coverage)
    return [(candidate, max(0.0, min(100.0, value * scale))) for value, candidate in picked]


def _diversify(scored: list[tuple[float, int, Candidate]], k: int,
               penalty: float) -> list[tuple[float, Candidate]]:
    """Take the best k, each passage losing `penalty` per passage of its source already taken.

    `scored` is sorted best first; the penalty is applied lazily, so this is O(k * n) at worst
    and O(k) when sources are already varied. A reviewer gets more sources to compare, and a
    source that repeats itself cannot fill the whole list.
    """
    if penalty <= 0:
        return [(value, candidate) for value, _i, candidate in scored[:k]]
    taken: dict[int, int] = {}
    picked: list[tuple[float, Candidate]] = []
    remaining = list(scored)
    while remaining and len(picked) < k:
        best_at = 0
        best_value = float("-inf")
        for at, (value, _index, candidate) in enumerate(remaining):
            if value <= best_value:
                break  # sorted: nothing further can beat it, penalised or not
            adjusted = value - penalty * taken.get(candidate[1], 0)
            if adjusted > best_value:
                best_value, best_at = adjusted, at
        _value, _index, candidate = remaining.pop(best_at)
        taken[candidate[1]] = taken.get(candidate[1], 0) + 1
        picked.append((best_value, candidate))
    return picked
