"""Words for stance: tokens, a light stemmer, cue vocabularies and slot tests.

Owned by the stance work (`core/stance.py` is the public face). Pure text handling: no store, no
clock, no model, no I/O. What a claim and a passage share is decided here at the level of words:
stems meet ("supplied"/"supplying", "struck"/"strike", "defence"/"defense"), a common word never
meets a word inside a name ("state" is not "United States"), negation and hedge cues count only
near the words a passage shares with the claim, and two mentions fill the same slot when their
neighbouring words agree ("Italy has committed to" / "France has committed to").
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from claimcheck.core.models import DateRef, Entity, Facts, Quantity

CUE_WINDOW = (3, 6)
"""A negation or hedge cue counts when a matched claim word lies this many tokens before/after."""

_TOKEN = re.compile(r"[^\W_]+(?:['’./\-][^\W_]+)*(?:#|\+\+)?")
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")

STOPWORDS = frozenset(
    """a an the and or but if then than that this these those there here of in on at to from by
    for with about as into onto over under between among through during before after above below
    is are was were be been being am has have had having do does did doing it its it's they them
    their theirs he him his she her hers we us our you your i me my mine which who whom whose what
    when where why how all any both each few some such only own same so too very just also s t
    one ones other others more most much many said says say saying according also well per via
    can located situated lies
    yet still whether while because since until upon within against across along around
    """.split()
)
NEGATORS = frozenset(
    """not no never none nobody nothing neither nor cannot without lack lacks lacking lacked
    without deny denies denied denying reject rejects rejected refuse refuses refused false untrue
    fail fails failed unable absent absence rarely barely hardly seldom scarcely""".split()
)
NEGATOR_PHRASES = tuple(
    "ruled out|rules out|rule out|ruling out|no longer|yet to|turned down|turns down|"
    "declined to|declines to".split("|")
)
"""Phrases that deny ("Kirby ruled out ...")."""
HEDGES = frozenset(
    """could may might would should will plans plan planned planning intends intend intended
    considering consider considered reportedly allegedly possibly potentially potential
    probably likely unlikely expected proposed hinted hints suggested suggests perhaps""".split()
)
"""Modal words that are never content words."""
FUTURE = frozenset("will plans planning intends intend expected scheduled".split())
"""Modality of a stated intention: "will supply", "plans to"."""
POSSIBLE = frozenset(
    """could may might would should reportedly allegedly possibly potentially probably perhaps
    hinted proposed considering mulling likely unlikely believed contingent whether if unknown
    unclear uncertain hypothesis hypothesized hypothesize hypothesised hypothesise""".split()
)
"""Modality of a possibility or a report: "could be considered", "reportedly"."""
MODAL_CUES = FUTURE | POSSIBLE
_CLAUSE_BREAK = re.compile(
    r"[;:,()\u2014\u2013]|\s-\s|\b(?:but|while|although|though|whereas)\b", re.IGNORECASE
)
DERIVED = frozenset("ation ion ions ment al ity e er ers or ors ive tion ness".split())
"""Endings that keep a word's meaning for matching: consider/consideration, approv/approval."""
DEMONYM = frozenset("an ean ian n ese ish i ic ians ans eans".split())
"""Endings that turn a place into its people: Europe/European, China/Chinese."""
ORDINALS = {
    word: rank
    for rank, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(),
        start=1,
    )
} | {"last": -1}
ORDINAL_DIGITS = re.compile(r"^(\d+)(st|nd|rd|th)$")
ANTONYMS = [
    tuple(pair.split("/"))
    for pair in """increas/decreas increas/reduc increas/lower higher/lower more/less more/fewer
    rise/fall rise/decline gain/loss positiv/negativ promot/inhibit activat/inhibit enhanc/impair
    enhanc/reduc improv/worsen above/below win/lose won/lost approv/reject allow/ban
    allow/prohibit lift/impos support/oppos accept/reject larger/smaller greater/lower
    greater/smaller maximum/minimum north/south east/west men/women male/femal before/after
    earlier/later upregulat/downregulat risk/protect benefit/harm alive/dead suppli/withheld
    confirm/deni major/minor begin/end king/queen husband/wif son/daughter brother/sister
    father/mother boy/girl best/worst greatest/worst winner/loser victory/defeat younger/older
    youngest/oldest success/failur legal/illegal public/privat domestic/foreign""".split()
]
"""Stems of opposite words: the same slot with the opposite word is a contradiction."""


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    stem: str
    index: int
    capital: bool
    """Written with a capital not explained by the start of a sentence, or all caps."""


def fold(text: str) -> str:
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


_SYNONYMS = dict(
    pair.split(":")
    for pair in """provide:supply provides:supplies provided:supplied providing:supplying
    kilometre:kilometer kilometres:kilometers""".split()
)
"""Newsroom synonyms that carry the same fact ("will provide" / "will supply")."""


@lru_cache(maxsize=65536)
def stem_of(word: str) -> str:
    """A light suffix stripper: enough to meet "supplies"/"supplied"/"supplying"."""
    w = fold(word).replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'.")
    w = _IRREGULAR.get(w, w)
    if w.startswith("spokes") and w[6:] in ("man", "men", "woman", "women", "person", "people"):
        return "spokesperson"
    w = _SYNONYMS.get(w, w)
    if w.endswith("sion") and not w.endswith("ssion") and len(w) > 6:
        w = w[:-4] + "d"  # expansion/expand, decision/decide, extension/extend
    if len(w) <= 2 or not w.isalpha():
        return re.sub(r"(\d)s$", r"\1", w)  # "F-16s" -> "f-16"
    if w.endswith("ly") and len(w) >= 7:
        w = w[:-2]
    for suffix, repl, least in (
        ("ies", "y", 3),
        ("ied", "y", 3),
        ("sses", "ss", 3),
        ("ing", "", 2),
        ("ed", "", 2),
        ("es", "e", 2),
    ):
        rest = w[: len(w) - len(suffix)]
        if (
            w.endswith(suffix)
            and len(rest) >= least
            and any(c in "aeiouy" for c in rest)
            and not w.endswith("eed")
        ):
            w = rest + repl
            break
    else:
        if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 4:
            w = w[:-1]
    if w.endswith("e") and len(w) >= 3:
        w = w[:-1]  # use/using/used, make/making
    # British and American spellings meet: defence/defense, organis/organiz, centr/center.
    if w.endswith("enc") and len(w) > 5:
        w = w[:-1] + "s"
    if w.endswith("is") and len(w) >= 6:
        w = w[:-1] + "z"
    if w.endswith("our") and len(w) >= 6:
        w = w[:-2] + "r"
    return w


def tokenize(text: str) -> list[Token]:
    out: list[Token] = []
    for i, m in enumerate(_TOKEN.finditer(text)):
        word = m.group()
        before = text[max(0, m.start() - 3) : m.start()].strip()
        sentence_start = i == 0 or before.endswith((".", "!", "?", ":", "\n", "-", "•", '"', "“"))
        upper = sum(c.isupper() for c in word)
        # A capital not explained by the sentence start, or two capitals ("NATO", "McGraw").
        capital = (word[0].isupper() and not sentence_start) or upper >= 2
        out.append(Token(word, m.start(), m.end(), stem_of(word), i, capital))
    return out


def is_content(tok: Token) -> bool:
    low = tok.text.lower().replace("’", "'")
    if tok.text == "May" and tok.capital:
        return True  # the month
    if (
        low in STOPWORDS
        or low in NEGATORS
        or low in HEDGES
        or low in MODAL_CUES
        or low.endswith("n't")
    ):
        return False
    return len(low) > 1 or low.isdigit()


def weight(tok: Token) -> float:
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


def is_key(tok: Token) -> bool:
    return tok.capital or any(c.isdigit() for c in tok.text) or "/" in tok.text


class PassageWords:
    """The passage's tokens, indexed for the questions the judge asks."""

    def __init__(self, text: str, facts: Facts | None = None) -> None:
        self.text = text
        self.low = fold(text)
        self.tokens = tokenize(text)
        names = fact_spans(facts.entities, text) if facts else []
        self.stems: dict[str, list[int]] = {}
        self.common: dict[str, list[int]] = {}
        """Stems outside named entities: "state" in a claim does not meet "United States"."""
        for tok in self.tokens:
            keys = [tok.stem]
            parts = re.split(r"[-/]", tok.text) if "-" in tok.text or "/" in tok.text else []
            if parts and parts[0].lower() not in ORDINALS:  # "second-largest" is not "largest"
                keys += [stem_of(part) for part in parts]
            for key in keys:
                self.stems.setdefault(key, []).append(tok.index)
                if not within_spans(tok, names):
                    self.common.setdefault(key, []).append(tok.index)

    def find(self, tok: Token) -> list[int]:
        """Positions of passage tokens that say the same word as `tok` (stem, compound, prefix)."""
        if tok.text.islower():
            return self._find(tok, self.common)
        return self._find(tok, self.stems)

    def _find(self, tok: Token, stems: dict[str, list[int]]) -> list[int]:
        hit = stems.get(tok.stem)
        if hit:
            return hit
        if "-" in tok.text or "/" in tok.text:
            parts = [stem_of(p) for p in re.split(r"[-/]", tok.text) if p]
            if parts and all(p in stems for p in parts):
                return stems[parts[-1]]
        if len(tok.stem) >= 5 and tok.stem.isalpha():
            for stem, pos in stems.items():
                if len(stem) < 5:
                    continue
                short, long = sorted((stem, tok.stem), key=len)
                if long.startswith(short) and long[len(short) :] in DERIVED:
                    return pos
                if len(stem) >= 6 and fuzz.ratio(stem, tok.stem) >= 90:
                    return pos
        return []


def fact_spans(items: Iterable[Quantity | DateRef | Entity], text: str) -> list[tuple[int, int]]:
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


def within_spans(tok: Token, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= tok.start and tok.end <= e for s, e in spans)


def context_sides(
    tokens: Sequence[Token], start: int, end: int, width: int = 3
) -> tuple[list[str], list[str]]:
    """Stems of the content words before (nearest first) and after the character span."""
    at = bisect.bisect_left(tokens, start, key=lambda t: t.start)
    before: list[str] = []
    i = at - 1
    while i >= 0 and len(before) < width:
        if tokens[i].end <= start and is_content(tokens[i]):
            before.append(tokens[i].stem)
        i -= 1
    after: list[str] = []
    i = bisect.bisect_left(tokens, end, key=lambda t: t.start)
    while i < len(tokens) and len(after) < width:
        if is_content(tokens[i]):
            after.append(tokens[i].stem)
        i += 1
    return before, after


def same_slot(
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


_MAJOR_BREAK = re.compile(r"[;:]|\b(?:but|while|although|though|whereas|however)\b", re.IGNORECASE)


def clauses(
    text: str, tokens: Sequence[Token], pattern: re.Pattern[str] = _CLAUSE_BREAK
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
    r"not unlike|without (?:doubt|question|exception)|"
    r"(?:not|never|n't) (?:object|oppose|prevent|prohibit|forbid|block|rule out|deny|reject)|"
    r"no objections?)\b",
    re.IGNORECASE,
)
"""Negative words that do not deny anything ("not only", "no more than")."""


def find_cue(
    tokens: Sequence[Token],
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
    clause = clauses(text, tokens) if near is not None else []
    major = clauses(text, tokens, _MAJOR_BREAK) if near is not None and need else []
    per_clause: dict[int, set[str]] = {}
    for n, stem in (near or {}).items():
        if n < len(major):
            per_clause.setdefault(major[n], set()).add(stem)

    def close(idx: int) -> bool:
        if near is None:
            return True
        if need and len(per_clause.get(major[idx], ())) < need:
            return False
        # A denial reaches forward ("did not strike", "ruled out any expansion"): a claim word
        # before it ("spokesperson John Kirby ruled out ...") is not what it denies.
        low = idx + 1 if words is NEGATORS else idx - before
        return any(
            low <= n <= idx + after and clause[n] == clause[idx] for n in near if n < len(clause)
        )

    idioms = (
        [(m.start(), m.end()) for m in _NOT_DENIALS.finditer(text)] if words is NEGATORS else []
    )
    for tok in tokens:
        low = tok.text.lower().replace("’", "'")
        hit = low in words or (words is NEGATORS and low.endswith("n't"))
        if hit and idioms and within_spans(tok, idioms):
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


def phrase_tokens(tokens: Sequence[Token], text: str, phrases: Sequence[str]) -> set[int]:
    """Indices of tokens that belong to a cue phrase ("ruled out"): cues, not content."""
    low = text.lower()
    out: set[int] = set()
    for phrase in phrases:
        for m in re.finditer(rf"\b{re.escape(phrase)}\b", low):
            out.update(t.index for t in tokens if m.start() <= t.start < m.end())
    return out


def modality_kind(cue: str | None) -> str | None:
    """'future' for "will", "plans"; 'possible' for "could", "may"; None for a plain fact."""
    if not cue:
        return None
    word = cue.split()[0].lower()
    return (
        "future"
        if word in FUTURE or word in {"plans", "aims", "set", "poised", "expects"}
        else "possible"
    )


def dedupe(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item.casefold() not in seen:
            seen.add(item.casefold())
            out.append(item)
    return out
