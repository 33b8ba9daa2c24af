"""CSV report: one row per claim, for spreadsheets.

Pure: `ReportData` in, `str` out. Every cell that a spreadsheet could read as a formula (starting
with `=`, `+`, `-`, `@`, a tab or a carriage return, or their full-width forms) is prefixed with
`'`, the OWASP "CSV injection" defence: article, source and note text is untrusted. Several
evidence passages share one cell, one per line (CSV quotes the line breaks).
"""

from __future__ import annotations

import csv
import io

from claimcheck.core.reports.data import ClaimEntry, ReportData

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
"""Leading characters that make a spreadsheet evaluate a cell."""

COLUMNS = (
    "article_id", "article_title", "article_url", "article_published",
    "claim_id", "number", "text", "kind", "speaker", "status", "reviewer", "decided_at", "note",
    "evidence_quotes", "evidence_sources", "evidence_urls", "evidence_dates",
    "evidence_missing", "evidence_changed",
    "suggestion_status", "suggestion_reason",
    "second_review_status", "second_review_reviewer", "second_review_agrees",
    "report_date", "as_of",
)
"""Column names, in order (documented in docs/report-json.md, section CSV)."""


def neutralise(value: object) -> str:
    """A cell's text, with `'` in front when a spreadsheet would run it as a formula."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def _flag(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


def _row(data: ReportData, article_cells: list[object], claim: ClaimEntry) -> list[str]:
    evidence = claim.evidence
    second = claim.second_review
    cells: list[object] = [
        *article_cells,
        claim.id, claim.number, claim.text, claim.kind, claim.speaker, claim.status,
        claim.reviewer, claim.decided_at, claim.note,
        "\n".join(e.text for e in evidence),
        "\n".join(e.source_title for e in evidence),
        "\n".join(e.source_url or "" for e in evidence),
        "\n".join(e.source_published or "" for e in evidence),
        _flag(claim.evidence_missing), _flag(claim.evidence_changed),
        claim.suggestion_status if not claim.decided else None,
        claim.suggestion_reason if not claim.decided else None,
        second.status if second else None, second.reviewer if second else None,
        _flag(second.agrees) if second else None,
        data.generated_at, data.as_of,
    ]
    return [neutralise(c) for c in cells]


def render_csv(data: ReportData) -> str:
    """The report as CSV text (header row first, CRLF line ends as RFC 4180 asks)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for article in data.articles:
        article_cells: list[object] = [article.id, article.title, article.url, article.published]
        for claim in article.claims:
            writer.writerow(_row(data, article_cells, claim))
    return out.getvalue()
