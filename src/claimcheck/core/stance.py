"""Stance of one passage towards one claim, and the suggested status of a claim.

Owns `judge_stance` (supports / contradicts / related, with a reason a reviewer can check),
and `suggest_status` (verified / disputed / unsourced). Evidence pinning hashes passages in the
store (`store.sha256_text`).
Pure: data in, data out; no store, clock or network, and no model: the comparison is lexical
coverage (rapidfuzz and a light stemmer) plus the normalised `Facts` (quantities with units and
stated rounding, dates at their stated precision, named entities) and a few word-level cues
(negation, modality, ordinals, antonyms) scoped to the part of the passage that matches the claim.

Why it is shaped so: a false "verified" is the worst mistake the tool can make, so `supports` is
the hardest stance to earn. A passage that reads like the claim but differs in one number, name,
date, ordinal or polarity is never `supports`; it `contradicts` when the differing piece sits in
the same fact slot (same unit, same neighbouring words, same position) and is `related` otherwise.

How: the passage is read sentence by sentence (`_judge_unit`), so coverage, slots and cues stay
local. For each sentence, claim words are matched (`stance_words`), facts compared
(`stance_facts`), and the findings decide, in this order: a same-slot conflict on a topical
sentence contradicts; a denial ("did not", "ruled out") of most of the claim contradicts; a
difference in modality ("could" against "has been approved") or a vaguer figure ("about 30 km"
for 32 km) is only related; `supports` needs 80% of the claim's weighted words and every fact,
name and figure stated equally. Thresholds are module constants, measured with
`benchmarks/stance_quality.py` on SciFact, Factcheck-GPT, FEVER-symmetric and the fixtures.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from claimcheck.core.models import (
    Facts,
    Judgement,
    Stance,
    Status,
    Suggestion,
)
from claimcheck.core.sentences import split_sentences
from claimcheck.core.stance_facts import (
    Findings,
    capital_substitutions,
    compare_antonyms,
    compare_dates,
    compare_entities,
    compare_order,
    compare_ordinals,
    compare_quantities,
    without_ordinals,
)
from claimcheck.core.stance_words import (
    MODAL_CUES,
    NEGATOR_PHRASES,
    NEGATORS,
    PassageWords,
    Token,
    dedupe,
    fact_spans,
    find_cue,
    is_content,
    is_key,
    modality_kind,
    phrase_tokens,
    stem_of,
    tokenize,
    weight,
    within_spans,
)

SUPPORT_COVERAGE = 0.8
"""Share of the claim's weighted content words a passage must contain to support it."""
TOPICAL_COVERAGE = 0.5
"""Share of the claim's content a passage must contain before a disagreement counts as one."""
DENIAL_COVERAGE = 0.7
"""A passage denying the claim ("did not", "ruled out") must cover this much of it."""
STRONG_COVERAGE = 0.65
"""A same-slot contradiction on a passage covering this much of the claim is `strong`."""
MAX_CLAIM_CHARS = 1000
"""Longer claims are judged on their first 1,000 characters (bad input; keeps time bounded)."""
MAX_UNITS = 60
"""At most this many sentences of one passage are read (stored passages hold one or two)."""
CLOSE_COVERAGE = 0.75
"""Looser conflicts (a lone rival name, a lower ordinal, an untagged capitalised word) count
only on a passage that covers this much of the claim."""


def judge_stance(
    claim_text: str, claim_facts: Facts, passage_text: str, passage_facts: Facts, score: float
) -> Judgement:
    """Decide whether one passage supports, contradicts or is only related to one claim.

    Args:
        claim_text: The claim as stored.
        claim_facts: Its normalised facts (quantities, dates, entities, negation, modality).
        passage_text: The evidence passage as stored.
        passage_facts: The passage's normalised facts.
        score: The retrieval score (0 to 100). Deliberately unused in the decision: a close
            lexical match must never buy a `supports` by itself.

    Returns:
        A `Judgement`: `supports` only when the passage states the claim's content, every
        quantity, date and key name equally, with the same polarity and modality;
        `contradicts` (strong when the passage otherwise covers the claim closely) when a
        number, date, name, ordinal, antonym or negation differs in the same fact slot;
        otherwise `related`, with the claim terms the passage lacks in `missing`.
    """
    if len(claim_text) > MAX_CLAIM_CHARS:
        # An atomic claim is a sentence; a 10,000-character "claim" is judged on its opening
        # so the work stays bounded (the comparisons are quadratic in the words they see).
        claim_text, claim_facts = _clip(claim_text, claim_facts, MAX_CLAIM_CHARS)
    ctoks = tokenize(claim_text)
    units = _sentence_units(passage_text, passage_facts)[:MAX_UNITS]
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


def _clip(text: str, facts: Facts, limit: int) -> tuple[str, Facts]:
    """The first `limit` characters of a text, cut at a space, with the facts inside them."""
    cut = text.rfind(" ", 0, limit)
    text = text[: cut if cut > limit // 2 else limit]
    return text, _facts_within(text, facts, 0, len(text))


def _facts_within(text: str, facts: Facts, start: int, end: int) -> Facts:
    """The facts whose words lie in text[start:end], offsets made relative to `start`."""

    def inside(items: Sequence[Any]) -> tuple[Any, ...]:
        out = []
        for item in items:
            if item.end > item.start and item.start >= end:
                continue  # its offsets place it after this piece (and a search may mislead)
            found = fact_spans([item], text)
            if found and start <= found[0][0] and found[0][1] <= end:
                s, e = found[0]
                out.append(replace(item, start=s - start, end=e - start))
        return tuple(out)

    return replace(
        facts,
        quantities=inside(facts.quantities),
        dates=inside(facts.dates),
        entities=inside(facts.entities),
    )


def _sentence_units(text: str, facts: Facts) -> list[tuple[str, Facts]]:
    """The passage cut into sentences, each with the facts that lie inside it (offsets shifted)."""
    spans = split_sentences(text)
    if len(spans) <= 1:
        return [(text, facts)]
    return [(text[a:b], _facts_within(text, facts, a, b)) for a, b in spans]


def _distinct_names(facts: Facts) -> Facts:
    """One entity per name: "the US ... American weapons" names one country, not two facts."""
    seen: set[str] = set()
    kept = []
    for e in facts.entities:
        if e.name.casefold() not in seen:
            seen.add(e.name.casefold())
            kept.append(e)
    return facts if len(kept) == len(facts.entities) else replace(facts, entities=tuple(kept))


def _outside_facts(tokens: Sequence[Token], spans: Sequence[tuple[int, int]]) -> list[Token]:
    """Claim words outside its facts; of a compound half inside a name ("American-supplied"),
    the other half ("supplied"), so the name is not counted twice."""
    out = []
    for tok in tokens:
        if within_spans(tok, spans):
            continue
        overlap = [(s, e) for s, e in spans if s < tok.end and tok.start < e]
        if not overlap or "-" not in tok.text:
            out.append(tok)
            continue
        at = tok.start
        for part in tok.text.split("-"):
            end = at + len(part)
            if part and not any(s < end and at < e for s, e in overlap):
                out.append(replace(tok, text=part, start=at, end=end, stem=stem_of(part)))
            at = end + 1
    return out


def _judge_unit(
    claim_text: str,
    claim_facts: Facts,
    ctoks: Sequence[Token],
    passage_text: str,
    passage_facts: Facts,
) -> tuple[Judgement, float]:
    """Judge one sentence-sized passage; returns the judgement and the claim coverage."""
    # Ordinals ("second SAMP/T") are compared as words, by the noun they rank.
    claim_facts = _distinct_names(without_ordinals(claim_facts))
    passage_facts = without_ordinals(passage_facts)
    passage = PassageWords(passage_text, passage_facts)
    found = Findings()

    claim_spans = fact_spans(
        (*claim_facts.quantities, *claim_facts.dates, *claim_facts.entities), claim_text
    )
    word_total = word_hit = 0.0
    n_words = n_missed = 0
    matched_positions: dict[int, str] = {}
    missing_words: list[tuple[float, str]] = []
    plain_missing: list[str] = []
    names_missing: list[str] = []
    """Names, codes and figures of the claim the passage lacks (a denial must name them)."""
    cue_words = phrase_tokens(ctoks, claim_text, NEGATOR_PHRASES)
    first_word_found = True
    for tok in _outside_facts(ctoks, claim_spans):
        if not is_content(tok) or tok.index in cue_words:
            continue
        w = weight(tok)
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
            if is_key(tok):
                names_missing.append(tok.text)
            if is_key(tok) or w > 1.0:
                missing_words.append((w, tok.text))
    n_facts = len(claim_facts.quantities) + len(claim_facts.dates) + len(claim_facts.entities)

    compare_quantities(claim_text, claim_facts, passage, passage_facts, ctoks, found)
    compare_dates(claim_text, claim_facts, passage, passage_facts, ctoks, found)
    weak_conflicts = Findings()
    # A rival name in a passage that shares few of the claim's other words ("London ... British
    # weapons inside Russia" against "the US lifted its ban ...") is weak evidence of a dispute.
    word_cov = word_hit / word_total if word_total else 1.0
    absent = compare_entities(
        claim_text,
        claim_facts,
        passage,
        passage_facts,
        ctoks,
        found,
        weak_conflicts,
        rivals_weak=word_cov < TOPICAL_COVERAGE,
    )
    # Facts count as two words each, whatever their wording; a fact whose slot the passage fills
    # with another value still counts as covered (the passage is about the same thing).
    total = word_total + 2.0 * n_facts
    hit = word_hit + 2.0 * min(len(found.agreed) + found.agreed_slots, n_facts)
    cov = found.coverage = hit / total if total else 0.0
    for tok in ctoks:  # positions of agreed facts anchor the cue windows too
        if within_spans(tok, claim_spans):
            matched_positions.update(dict.fromkeys(passage.find(tok), tok.stem))

    capital_substitutions(ctoks, passage, claim_spans, absent, weak_conflicts)
    compare_ordinals(ctoks, passage, found, weak_conflicts)
    compare_antonyms(ctoks, passage, found)
    compare_order(ctoks, passage, found)
    if cov >= CLOSE_COVERAGE:
        found.conflicts += weak_conflicts.conflicts

    key_missing = [
        text
        for _, text in sorted(missing_words, key=lambda x: -x[0])
        if not any(text.casefold() in a for a in absent)
    ]
    missing = tuple(dedupe(found.missing + key_missing))
    # Negation and hedges are read on the claim as a whole, on the passage only near the words
    # it shares with the claim, so a "not" in another clause of a long passage does not count.
    # `Facts.negated` and `Facts.modality` describe a whole text, which cannot be scoped, so the
    # same cue lists read both sides; the claim's own modality flag may only add caution.
    claim_neg = find_cue(ctoks, claim_text, NEGATORS, NEGATOR_PHRASES, None)
    # A denial must sit in a clause that holds most of the claim ("there is no overall charge
    # to a water molecule" does not deny that its hydrogen atoms carry a positive charge).
    claim_words = {t.stem for t in ctoks if is_content(t) and t.index not in cue_words}
    pass_neg = find_cue(
        passage.tokens,
        passage_text,
        NEGATORS,
        NEGATOR_PHRASES,
        matched_positions,
        need=max(1, round(0.6 * len(claim_words))),
    )
    claim_hedge = find_cue(ctoks, claim_text, MODAL_CUES, (), None) or claim_facts.modality
    pass_hedge = find_cue(passage.tokens, passage_text, MODAL_CUES, (), matched_positions)

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
    # A denial need not repeat every condition of the claim ("ruled out any expansion" against
    # "could be expanded depending on the battlefield"), but must deny most of its words.
    denied_words = n_missed <= n_words // 3 and first_word_found
    if (
        pass_neg
        and not claim_neg
        and cov >= DENIAL_COVERAGE
        and denied_words
        and not names_missing
        and not absent
    ):
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
    if cov >= TOPICAL_COVERAGE and modality_kind(claim_hedge) != modality_kind(pass_hedge):
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
        facts = ", ".join(dedupe(found.agreed))
        reason = f"source states the same ({facts})" if facts else "source states the same words"
        return Judgement(Stance.SUPPORTS, reason), cov
    if found.near_conflicts and cov >= TOPICAL_COVERAGE:
        return Judgement(Stance.RELATED, found.near_conflicts[0], missing=missing), cov
    if missing:
        return Judgement(
            Stance.RELATED, f"source does not mention {_listed(missing, 3)}", missing=missing
        ), cov
    if plain_missing:
        words = _listed(plain_missing, 3)
        return Judgement(Stance.RELATED, f"source does not say {words}", missing=missing), cov
    return Judgement(
        Stance.RELATED, f"source shares {round(100 * cov)}% of the claim's words", missing=missing
    ), cov


def _modality_reason(claim: str | None, source: str | None) -> str:
    if modality_kind(claim) == "possible":
        done = f"says {source}" if source else "states it as done"
        return f"claim is hedged ({claim}), source {done}"
    if modality_kind(source) == "possible":
        says = f"says {claim}" if claim else "states it as fact"
        return f"source is hedged ({source}), claim {says}"
    if claim:
        return f"claim says it is planned ({claim}), source states it as done"
    return f"source says it is planned ({source}), claim states it as done"


def _listed(terms: Sequence[str], n: int) -> str:
    """Up to `n` terms for a reason, each cut to 40 characters (claims can be bad input)."""
    return ", ".join(t if len(t) <= 40 else t[:39] + "…" for t in terms[:n])


def _join(first: str, missing: Sequence[str]) -> str:
    return f"{first}; source does not mention {_listed(missing, 2)}" if missing else first


def key_terms(claim_text: str) -> list[str]:
    """The claim's distinctive words, rarest first (names, figures, long words)."""
    toks = [t for t in tokenize(claim_text) if is_content(t)]
    ranked = sorted(toks, key=lambda t: (-weight(t), -len(t.text)))
    return dedupe(t.text for t in ranked)


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
    # Name the rarest name, code or figure that no passage mentions; a plain word a passage
    # merely phrases differently ("conducted") is no proof that nothing speaks to the claim.
    missing_sets = [{m.casefold() for m in j.missing} for j, _ in ranked]
    absent = [t for t in terms if all(t.casefold() in s for s in missing_sets)]
    absent += [m for m in ranked[0][0].missing if all(m.casefold() in s for s in missing_sets)]
    named = [t for t in absent if _name_like(t)]
    if named:
        return Suggestion(Status.UNSOURCED, f"no stored source mentions {_listed(named, 1)}")
    return Suggestion(Status.UNSOURCED, f"no source confirms it: {ranked[0][0].reason}")


def _name_like(term: str) -> bool:
    """A name, code or figure ("SAMP/T", "Belgorod", "32 km"), not a plain word."""
    return any(c.isupper() or c.isdigit() or c == "/" for c in term)


def _no_source(terms: Sequence[str]) -> str:
    named = [t for t in terms if _name_like(t)] or list(terms)
    return (
        f"no stored source mentions {_listed(named, 1)}"
        if named
        else "no stored source speaks to it"
    )
