"""Glue between the store and the pure modules: match one claim, check a whole article.

The command line and the workbench both call these, so they share one path. Functions take an
open `Store`; they do no formatting.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from claimcheck.core import match, stance
from claimcheck.core.documents import parse_iso_date
from claimcheck.core.extract import extract_claims
from claimcheck.core.models import (
    Article,
    Claim,
    Document,
    ExtractedClaim,
    Judgement,
    MatchResult,
    Stance,
    Suggestion,
)
from claimcheck.core.store import Store

CANDIDATES = 200
"""How many FTS candidates the rerank sees per claim."""
SOURCE_CANDIDATES = 20
"""How many sources are scored as a whole per claim."""
SOURCES_EXPANDED = 3
"""How many of the best sources contribute all their passages as candidates."""
JUDGED = 15
"""How many ranked passages `check` judges per claim (at least k)."""


def match_text(store: Store, text: str, k: int = 5) -> list[MatchResult]:
    """The `k` best passages for a claim text, best first (empty when nothing matches)."""
    query = match.build_fts_query(text)
    if query is None or k <= 0:
        return []
    candidates = store.search_passage_candidates(query, CANDIDATES)
    # Source-level bm25 (issue 4): the best sources lend weight to their passages, and the
    # passages of the very best join the candidates even when their own words differ.
    sources = store.search_source_candidates(query, SOURCE_CANDIDATES)
    candidates = candidates + store.load_source_passages(
        [source_id for source_id, _bm25 in sources[:SOURCES_EXPANDED]])
    ranked = match.rank_passages(text, candidates, k, dict(sources))
    details = store.load_passages([c[0] for c, _score in ranked])
    results = []
    for candidate, score in ranked:
        passage, source = details[candidate[0]]
        results.append(MatchResult(passage_id=passage.id, source_id=source.id,
                                   source_title=source.title, source_url=source.url,
                                   text=passage.text, score=max(0.0, min(100.0, float(score))),
                                   source_published=source.published))
    return results


@dataclass(frozen=True)
class CheckedClaim:
    claim: Claim
    suggestion: Suggestion
    evidence: list[tuple[MatchResult, Judgement]]


def check_claim(store: Store, claim: Claim, k: int = 5,
                published: date | None = None) -> CheckedClaim:
    """Match one stored claim, judge each passage, store evidence and suggestion.

    More passages are judged than shown (`JUDGED`): a contradicting source ranked sixth must
    still stop a "verified" suggestion, and it is kept in the evidence so the reviewer sees why.
    """
    from claimcheck.core.facts import extract_facts

    results = match_text(store, claim.text, max(k, JUDGED))
    judged: list[tuple[MatchResult, Judgement]] = []
    for result in results:
        passage_facts = extract_facts(result.text, parse_iso_date(result.source_published))
        judged.append((result, stance.judge_stance(claim.text, claim.facts, result.text,
                                                   passage_facts, result.score)))
    suggestion = stance.suggest_status(claim.text, [(j, r.score) for r, j in judged])
    if not results and store.count_passages() == 0:
        # Not "no source mentions 32": there is nothing to look in yet.
        suggestion = Suggestion(status=suggestion.status,
                                reason="no sources are stored yet; add sources, then check again")
    shown = judged[:k] + [(r, j) for r, j in judged[k:] if j.stance != Stance.RELATED]
    store.save_evidence(
        claim.id,
        [(r.passage_id, r.score, j.stance, j.reason) for r, j in shown],
        (suggestion.status, suggestion.reason))
    return CheckedClaim(claim=claim, suggestion=suggestion, evidence=shown)


def check_article(store: Store, article_id: int, k: int = 5,
                  progress: Callable[[int, int], None] | None = None) -> list[CheckedClaim]:
    """Check every claim of an article; never touches reviewers' statuses."""
    article = store.load_article(article_id)
    published = parse_iso_date(article.published)
    claims = store.list_claims(article_id)
    out = []
    for index, claim in enumerate(claims):
        out.append(check_claim(store, claim, k, published))
        if progress:
            progress(index + 1, len(claims))
    return out


def add_article(store: Store, document: Document, reviewer: str
                ) -> tuple[Article, list[Claim], bool]:
    """Extract claims from a document and store both."""
    claims: Sequence[ExtractedClaim] = extract_claims(document.body, document.published)
    return store.add_article(document, claims, reviewer)
