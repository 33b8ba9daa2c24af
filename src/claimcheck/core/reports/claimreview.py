"""ClaimReview report: schema.org JSON-LD, one `ClaimReview` object per reviewed claim.

Pure: `ReportData` in, `str` out. Pending claims are left out (nobody has reviewed them). No
field is ever an empty string: what is unknown is left out. The rating's `alternateName` is the
team's label for the status (`ReportSettings`), the `url` is the article URL with the claim's
anchor (`#claim-N`, the anchor of the HTML and Markdown reports), and `author` is the publishing
organisation from the settings. Follows https://schema.org/ClaimReview and Google's fact-check
markup guidelines (`headline` at most 110 characters).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from claimcheck.core.models import Kind
from claimcheck.core.reports.data import (
    ArticleReport,
    ClaimEntry,
    ReportData,
    day_of,
    safe_url,
)

HEADLINE_CHARS = 110
SPEAKER_KINDS = frozenset({Kind.QUOTE.value, Kind.ATTRIBUTION.value})
"""Claim kinds whose speaker is the claim's author."""


def _clean(value: Any) -> Any:
    """Drop None, empty strings, empty lists and empty objects, recursively."""
    if isinstance(value, dict):
        out = {k: _clean(v) for k, v in value.items()}
        return {k: v for k, v in out.items() if v not in (None, "", [], {})}
    if isinstance(value, list):
        items = [_clean(v) for v in value]
        return [v for v in items if v not in (None, "", [], {})]
    if isinstance(value, str):
        return " ".join(value.split())
    return value


def _anchored(url: str | None, anchor: str) -> str | None:
    href = safe_url(url)
    if not href:
        return None
    parts = urlsplit(href)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, anchor))


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def claim_review(data: ReportData, article: ArticleReport, claim: ClaimEntry) -> dict[str, Any]:
    """One ClaimReview object (empty fields removed)."""
    settings = data.settings
    label = settings.label(claim.status)
    explanation = claim.note or claim.suggestion_reason
    author = None
    if settings.org_name:
        author = {"@type": "Organization", "name": settings.org_name,
                  "url": safe_url(settings.org_url)}
    speaker = None
    if claim.speaker and claim.kind in SPEAKER_KINDS:
        speaker = {"@type": "Person", "name": claim.speaker}
    appearance = None
    if safe_url(article.url):
        appearance = {"@type": "CreativeWork", "url": safe_url(article.url),
                      "headline": article.title, "datePublished": article.published}
    citations: list[dict[str, Any]] = []
    seen: set[str] = set()
    for item in claim.evidence:
        url = safe_url(item.source_url)
        if url and url not in seen:
            seen.add(url)
            citations.append({"@type": "CreativeWork", "url": url,
                              "headline": item.source_title,
                              "datePublished": item.source_published})
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": claim.text,
        "reviewRating": {"@type": "Rating", "alternateName": label,
                         "ratingExplanation": explanation},
        "url": _anchored(article.url, claim.anchor),
        "author": author,
        "datePublished": day_of(claim.decided_at),
        "itemReviewed": {"@type": "Claim", "author": speaker,
                         "datePublished": article.published, "appearance": appearance},
        "headline": _cut(f"{label}: {claim.text}", HEADLINE_CHARS),
        "inLanguage": settings.language,
        "citation": citations,
    }
    return _clean(review)  # type: ignore[no-any-return]


def render_claimreview(data: ReportData) -> str:
    """A JSON array of ClaimReview objects, one per reviewed (not pending) claim."""
    reviews = [claim_review(data, article, claim)
               for article in data.articles for claim in article.claims if claim.decided]
    return json.dumps(reviews, ensure_ascii=False, indent=2) + "\n"
