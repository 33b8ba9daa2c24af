"""JSON report: everything the report knows, structured (layout in docs/report-json.md).

Pure: `ReportData` in, `str` out. Named `jsonreport` so it never shadows the standard `json`.
Keys are always present (null or [] when empty) so scripts can rely on them; the layout is
versioned by the top-level `"schema"` value and only grows.
"""

from __future__ import annotations

import json
from typing import Any

from claimcheck.core.reports.data import (
    REPORT_SCHEMA,
    ArticleReport,
    ClaimEntry,
    EvidenceItem,
    ReportData,
)


def _evidence(item: EvidenceItem, pinned: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "passage_id": item.passage_id,
        "text": item.text,
        "source_id": item.source_id,
        "source_title": item.source_title,
        "source_url": item.source_url,
        "source_published": item.source_published,
    }
    if pinned:
        out.update(pinned_by=item.pinned_by, pinned_at=item.pinned_at, intact=item.intact)
    else:
        out.update(score=round(item.score or 0.0, 2), stance=item.stance, reason=item.reason)
    return out


def claim_to_json(claim: ClaimEntry) -> dict[str, Any]:
    """One claim as a JSON-ready dict."""
    second = claim.second_review
    return {
        "id": claim.id,
        "number": claim.number,
        "anchor": claim.anchor,
        "text": claim.text,
        "kind": claim.kind,
        "speaker": claim.speaker,
        "start": claim.start,
        "end": claim.end,
        "status": str(claim.status),
        "version": claim.version,
        "reviewer": claim.reviewer,
        "decided_at": claim.decided_at,
        "note": claim.note,
        "evidence": [_evidence(e, pinned=True) for e in claim.evidence],
        "evidence_missing": claim.evidence_missing,
        "evidence_changed": claim.evidence_changed,
        "suggestion": ({"status": str(claim.suggestion_status), "reason": claim.suggestion_reason}
                       if claim.suggestion_status else None),
        "machine_evidence": [_evidence(e, pinned=False) for e in claim.machine_evidence],
        "second_review": ({"status": str(second.status), "reviewer": second.reviewer,
                           "note": second.note, "at": second.at, "agrees": second.agrees}
                          if second else None),
    }


def article_to_json(article: ArticleReport) -> dict[str, Any]:
    """One article with its claims as a JSON-ready dict."""
    return {
        "id": article.id,
        "title": article.title,
        "url": article.url,
        "published": article.published,
        "added_at": article.added_at,
        "counts": dict(article.counts),
        "agreement": {kind: dict(t) for kind, t in article.agreement.items()},
        "disagreements": [c.id for c in article.disagreements],
        "claims": [claim_to_json(c) for c in article.claims],
        "body": article.body,
    }


def report_to_json(data: ReportData) -> dict[str, Any]:
    """The whole report as a JSON-ready dict."""
    return {
        "schema": REPORT_SCHEMA,
        "generated_at": data.generated_at,
        "as_of": data.as_of,
        "filters": {"statuses": [str(s) for s in data.statuses] if data.statuses else None,
                    "reviewed_only": data.reviewed_only},
        "articles": [article_to_json(a) for a in data.articles],
    }


def render_json(data: ReportData) -> str:
    """The report as one JSON document (UTF-8 text, 2-space indent, trailing newline)."""
    return json.dumps(report_to_json(data), ensure_ascii=False, indent=2) + "\n"
