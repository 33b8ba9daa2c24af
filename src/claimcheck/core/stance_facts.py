"""Fact comparison for stance: quantities, dates, names, ordinals, opposites, word order.

Owned by the stance work (`core/stance.py` is the public face). Pure. Each `compare_*` function
reads one claim and one sentence-sized passage and records what it found in `Findings`: facts
stated equally, facts stated less precisely, same-slot disagreements in words a reviewer can
check ("source says 40 km, claim says 32 km"), and claim facts the passage does not state.
A disagreement counts only in the claim's own slot (same unit, same date role, same neighbouring
words), so a passage that mentions other years, figures or names in passing is not a dispute.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from claimcheck.core.models import DateRef, Entity, Facts, Quantity
from claimcheck.core.stance_words import (
    ANTONYMS,
    DEMONYM,
    NUMBER,
    ORDINAL_DIGITS,
    ORDINALS,
    STOPWORDS,
    PassageWords,
    Token,
    context_sides,
    fact_spans,
    fold,
    is_content,
    same_slot,
    stem_of,
    tokenize,
    within_spans,
)


def _written_precision(q: Quantity, approx_round: bool) -> float:
    """Half the place of the last written digit, in canonical units ("about 30" -> 5)."""
    m = NUMBER.search(q.text)
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
    m = NUMBER.search(q.text)
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
class Findings:
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


def _span_of(item: Quantity | DateRef | Entity, ptoks: PassageWords) -> tuple[int, int]:
    found = fact_spans([item], ptoks.text)
    return found[0] if found else (item.start, item.end)


_LIST_GAP = re.compile(r"[\s,;&()]*(?:\b(?:and|or)\b)?[\s,;&()]*")


def _list_mates(item: Any, items: Sequence[Any], ptoks: PassageWords) -> list[Any]:
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


def _measured_alike(
    claim_sides: tuple[list[str], list[str]], source_sides: tuple[list[str], list[str]]
) -> bool:
    """Two lone figures of one unit measure the same thing when a word after them agrees
    ("32 km from the border" / "40 km from the border"), not "580 km south of Moscow"."""
    (cb, ca), (sb, sa) = claim_sides, source_sides
    if ca:
        return bool(set(ca) & set(sa))
    return bool(cb and sb and cb[0] == sb[0])


def compare_quantities(
    claim: str, cf: Facts, ptoks: PassageWords, pf: Facts, ctoks: Sequence[Token], found: Findings
) -> None:
    for q in cf.quantities:
        same_kind = [p for p in pf.quantities if p.unit == q.unit]
        (span,) = fact_spans([q], claim) or [(q.start, q.end)]
        sides = context_sides(ctoks, *span)
        # The figure in the claim's own slot decides first: "born 1948 ... graduated in 1968"
        # does not confirm "born in 1968".
        twin = next(
            (
                p
                for p in same_kind
                if same_slot(sides, context_sides(ptoks.tokens, *_span_of(p, ptoks)))
            ),
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
        m = NUMBER.search(q.text)
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
            (pspan,) = fact_spans([p], ptoks.text) or [(p.start, p.end)]
            psides = context_sides(ptoks.tokens, *pspan)
            if same_slot(sides, psides) or (
                alone and q.unit is not None and _measured_alike(sides, psides)
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


def shares(
    claim_sides: tuple[list[str], list[str]], source_sides: tuple[list[str], list[str]]
) -> bool:
    """At least one neighbouring word in common, on either side."""
    return bool(set(claim_sides[0] + claim_sides[1]) & set(source_sides[0] + source_sides[1]))


def compare_dates(
    claim: str, cf: Facts, ptoks: PassageWords, pf: Facts, ctoks: Sequence[Token], found: Findings
) -> None:
    for d in cf.dates:
        if re.search(r"\d0'?s\b", d.text) and len(d.value) == 4:
            d = replace(d, value=d.value[:3])  # a decade: "1970s" covers 1970-1979
        (span,) = fact_spans([d], claim) or [(d.start, d.end)]
        sides = context_sides(ctoks, *span)
        candidates = [
            p for p in pf.dates
            if _comparable_dates(d.value, p.value)
            and _date_role(claim, span[0]) == _date_role(ptoks.text, _span_of(p, ptoks)[0])
        ]  # fmt: skip
        twin = next(
            (
                p
                for p in candidates
                if same_slot(sides, context_sides(ptoks.tokens, *_span_of(p, ptoks)))
            ),
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
            (pspan,) = fact_spans([p], ptoks.text) or [(p.start, p.end)]
            if _date_role(claim, span[0]) != _date_role(ptoks.text, pspan[0]):
                continue  # "as of 2021" is not the date of the event "in 2023"
            psides = context_sides(ptoks.tokens, *pspan)
            if same_slot(sides, psides) or (
                len(pf.dates) == 1 and len(cf.dates) == 1 and shares(sides, psides)
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
    key = fold(name).strip()
    if key.startswith("the "):
        key = key[4:]
    key = re.sub(r"(\d)s\b", r"\1", key)  # "F-16s" names the F-16
    for pattern, full in _ALIASES:
        key = pattern.sub(full, key)
    return key


def _entity_present(e: Entity, ptoks: PassageWords, pf: Facts) -> bool:
    names = {_name_key(x.name) for x in pf.entities} | {_name_key(x.text) for x in pf.entities}
    if _name_key(e.name) in names or _name_key(e.text) in names:
        return True
    for form in {e.name, e.text}:
        if form and re.search(rf"(?<!\w){re.escape(fold(form))}(?!\w)", ptoks.low):
            return True
    words = [t for t in tokenize(e.text) if is_content(t)]
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
    stem = stem_of(e.name)
    return len(stem) >= 4 and any(
        s.startswith(stem[:-1]) and s[len(stem) - 1 :] in DEMONYM for s in ptoks.stems
    )


_PRONOUNS = frozenset("he she it they".split())
"""Subject pronouns: a sentence that uses one may be about the claimed name after all."""


def compare_entities(
    claim: str,
    cf: Facts,
    ptoks: PassageWords,
    pf: Facts,
    ctoks: Sequence[Token],
    found: Findings,
    weak: Findings,
    rivals_weak: bool = False,
) -> set[str]:
    """Compare named entities; returns the casefolded names the passage lacks.

    A claimed name the passage lacks, with a name of the same kind in its slot, is a conflict.
    When the passage holds exactly one name of that kind and no pronoun that could stand for
    the claimed one ("... an IRIS-T battery" for "a second SAMP/T system"), the conflict goes to
    `weak` and counts only when the passage otherwise matches the claim closely; so do rivals
    in the claimed name's slot when `rivals_weak` (the passage shares few of the claim's words).
    """
    absent: set[str] = set()
    claim_names = {_name_key(x.name) for x in cf.entities} | {
        _name_key(x.text) for x in cf.entities
    }
    extra = [
        p
        for p in pf.entities
        if _name_key(p.name) not in claim_names
        and _name_key(p.text) not in claim_names
        and not re.search(rf"(?<!\w){re.escape(fold(p.text))}(?!\w)", fold(claim))
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
        absent.add(fold(e.name))
        (span,) = fact_spans([e], claim) or [(e.start, e.end)]
        sides = context_sides(ctoks, *span)
        rival = None
        for p in extra:
            if p.type != e.type or e.type == "other" or _shares_name(p, e):
                continue
            (pspan,) = fact_spans([p], ptoks.text) or [(p.start, p.end)]
            if same_slot(sides, context_sides(ptoks.tokens, *pspan)):
                rival = p
                break
        if rival is not None:
            found.agreed_slots += 1
            (weak if rivals_weak else found).conflicts.append(
                f"source names {rival.name}, claim names {_display_name(e, claim)}"
            )
            continue
        found.missing.append(e.name)
        kin = list(
            {
                _name_key(p.name): p
                for p in extra
                if p.type == e.type != "other" and not _shares_name(p, e)
            }.values()
        )
        lacking_kin = [
            x for x in cf.entities if x.type == e.type and not _entity_present(x, ptoks, pf)
        ]
        pronoun = any(t.text.lower() in _PRONOUNS for t in ptoks.tokens)
        if len(kin) == 1 and len(lacking_kin) == 1 and not pronoun:
            weak.conflicts.append(
                f"source names {kin[0].name}, claim names {_display_name(e, claim)}"
            )
    return absent


def _role_rival(
    e: Entity,
    claim: str,
    ctoks: Sequence[Token],
    ptoks: PassageWords,
    pf: Facts,
    extra: Sequence[Entity],
) -> Entity | None:
    """Another name in the claimed name's role ("produced by Luc Besson and directed by
    Olivier Megaton" against "produced by Olivier Megaton"), while the claimed name sits
    elsewhere."""
    if e.type not in ("person", "org") or not extra:
        return None
    (span,) = fact_spans([e], claim) or [(e.start, e.end)]
    before = context_sides(ctoks, *span)[0]
    own = [x for x in pf.entities if _name_key(x.name) == _name_key(e.name)]
    if not before or not own:
        return None
    # Only the word before a name marks its role here ("produced by X", "directed by X"); a
    # subject's role is judged by the missing-name test instead.
    own_before = [context_sides(ptoks.tokens, *_span_of(x, ptoks))[0] for x in own]
    if any(not b or b[0] == before[0] for b in own_before):
        return None
    for p in extra:
        if p.type == e.type and not _shares_name(p, e):
            rival_before = context_sides(ptoks.tokens, *_span_of(p, ptoks))[0]
            if rival_before and rival_before[0] == before[0]:
                return p
    return None


def _shares_name(a: Entity, b: Entity) -> bool:
    """Variants of one name ("Michael Dwayne Vick", "Michael Vick") are not rivals."""
    words = {w for w in re.findall(r"\w+", _name_key(a.name)) if w not in _GENERIC_NAME_WORDS}
    return bool(words & set(re.findall(r"\w+", _name_key(b.name))))


_GENERIC_NAME_WORDS = STOPWORDS | frozenset(
    """united states kingdom republic democratic people peoples national federal new north
    south east west central university college council ministry department party union
    international company group city county region province island islands""".split()
)
"""Words many different names share ("United States", "United Kingdom")."""


def _display_name(e: Entity, claim: str) -> str:
    """'the Netherlands', 'the United States': names that take the article keep it."""
    plural_or_union = e.name.endswith("s") or e.name.split()[0] in ("United", "Czech")
    if plural_or_union and not e.name.lower().startswith("the "):
        at = claim.find(e.text)
        if at >= 4 and claim[at - 4 : at].lower() == "the ":
            return f"the {e.name}"
    return e.name


CALENDAR = frozenset(
    """january february march april may june july august september october
    november december monday tuesday wednesday thursday friday saturday sunday""".split()
)


def capital_substitutions(
    ctoks: Sequence[Token],
    ptoks: PassageWords,
    claim_spans: Sequence[tuple[int, int]],
    absent_entities: set[str],
    found: Findings,
) -> None:
    """Names the extractor did not tag: a missing capitalised word with a rival in its place."""
    claim_stems = {t.stem for t in ctoks}
    for tok in ctoks:
        if (
            not tok.capital
            or not tok.text[0].isalpha()
            or not is_content(tok)
            or within_spans(tok, claim_spans)
            or tok.text.lower() in CALENDAR
            or ptoks.find(tok)
        ):
            continue
        if any(fold(tok.text) in a for a in absent_entities):
            continue
        sides = context_sides(ctoks, tok.start, tok.end)
        for p in ptoks.tokens:
            if (
                not p.capital
                or not p.text[0].isalpha()
                or p.stem in claim_stems
                or not is_content(p)
                or p.text.lower() in CALENDAR
            ):
                continue
            if same_slot(sides, context_sides(ptoks.tokens, p.start, p.end)):
                found.conflicts.append(f"source names {p.text}, claim names {tok.text}")
                return


def _rank(tok: Token) -> int:
    low = tok.text.lower()
    if low in ORDINALS:
        return ORDINALS[low]
    m = ORDINAL_DIGITS.match(low)
    return int(m.group(1)) if m else 0


def _ordinals(tokens: Sequence[Token]) -> list[tuple[int, Token]]:
    out = []
    for t in tokens:
        low = t.text.lower()
        if low in ORDINALS:
            out.append((ORDINALS[low], t))
        elif m := ORDINAL_DIGITS.match(low):
            out.append((int(m.group(1)), t))
    return out


def compare_ordinals(
    ctoks: Sequence[Token], ptoks: PassageWords, found: Findings, weak: Findings
) -> None:
    """ "second SAMP/T" against "third SAMP/T". A lower rank in the source ("the first SAMP/T
    battery, delivered in 2023") may be the earlier one a "second" implies, so it goes to `weak`
    and counts only when the passage otherwise matches the claim closely."""
    pords = _ordinals(ptoks.tokens)
    for value, tok in _ordinals(ctoks):
        if any(v == value for v, _ in pords):
            continue
        after = context_sides(ctoks, tok.start, tok.end, 1)[1]
        rival = next(
            (
                p
                for v, p in pords
                if after and after == context_sides(ptoks.tokens, p.start, p.end, 1)[1]
            ),
            None,
        )
        if rival is not None:
            lower = 0 < _rank(rival) < value
            (weak if lower else found).conflicts.append(
                f"source says {rival.text.lower()}, claim says {tok.text.lower()}"
            )
        else:
            found.missing.append(tok.text.lower())


def _is(stem: str, root: str) -> bool:
    """`stem` is the word `root` ("increas" meets "increased"; "son" does not meet "song")."""
    return stem in (root, stem_of(root)) or (len(root) >= 5 and stem.startswith(root))


_ANTONYM_ROOTS = tuple({r for pair in ANTONYMS for root in pair for r in (root, stem_of(root))})


def _slot_score(
    claim_sides: tuple[list[str], list[str]], source_sides: tuple[list[str], list[str]]
) -> int:
    """How well a source word's neighbours match a claim word's (0 when not the same slot)."""
    if not same_slot(claim_sides, source_sides):
        return 0
    (cb, ca), (sb, sa) = claim_sides, source_sides
    return len(set(cb) & set(sb)) + len(set(ca) & set(sa))


def compare_antonyms(ctoks: Sequence[Token], ptoks: PassageWords, found: Findings) -> None:
    """A word swapped for its opposite in the same slot ("increases"/"decreases the risk"),
    unless the claim's own word fills that slot at least as well ("decreased the risk of PONV
    but increased the risk of bleeding" is judged by the second)."""
    for tok in ctoks:
        if not tok.text.isalpha() or not tok.stem.startswith(_ANTONYM_ROOTS):
            continue
        pairs = [
            (mine, other)
            for a, b in ANTONYMS
            for mine, other in ((a, b), (b, a))
            if _is(tok.stem, mine) and not any(_is(t.stem, other) for t in ctoks)
        ]
        if not pairs:
            continue
        sides = context_sides(ctoks, tok.start, tok.end)
        own = max(
            (_slot_score(sides, context_sides(ptoks.tokens, ptoks.tokens[i].start,
                                              ptoks.tokens[i].end)) for i in ptoks.find(tok)),
            default=0,
        )  # fmt: skip
        for _mine, other in pairs:
            for p in ptoks.tokens:
                if (
                    _is(p.stem, other)
                    and _slot_score(sides, context_sides(ptoks.tokens, p.start, p.end)) > own
                ):
                    found.conflicts.append(
                        f"source says {p.text.lower()}, claim says {tok.text.lower()}"
                    )
                    return


def compare_order(ctoks: Sequence[Token], ptoks: PassageWords, found: Findings) -> None:
    """The same two words the other way round around "than": "copper is more reactive than
    iron" against "iron is more reactive than copper"."""
    for i, tok in enumerate(ctoks):
        if tok.text.lower() != "than" or i == 0 or i + 1 >= len(ctoks):
            continue
        after = next((t for t in ctoks[i + 1 :] if is_content(t)), None)
        before = [t for t in ctoks[:i] if is_content(t)]
        if after is None or not before:
            continue
        for j, p in enumerate(ptoks.tokens):
            if p.text.lower() != "than":
                continue
            p_after = next((t for t in ptoks.tokens[j + 1 :] if is_content(t)), None)
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


def without_ordinals(facts: Facts) -> Facts:
    if not any(q.unit == "ordinal" for q in facts.quantities):
        return facts
    return replace(facts, quantities=tuple(q for q in facts.quantities if q.unit != "ordinal"))
