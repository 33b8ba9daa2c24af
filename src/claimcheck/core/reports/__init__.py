"""Verification reports: gather an article's review state from the store, render it as text.

What it owns: `build_report_data` (the only part that reads the store) and `render_report`
(build + pick a renderer). The renderers (`markdown`, `html`, `jsonreport`, `csvreport`,
`claimreview`) are pure: `ReportData` in, `str` out, no store, clock or network, so the command
line, the workbench and tests share one path and golden files stay stable.

`as_of` rebuilds each claim's state from its append-only history: the last entry at or before the
end of that day (UTC) gives status and note; a claim with no entry by then is pending. Pinned
evidence is checked against the passage text now (a changed passage is reported, never hidden).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time
from typing import Any

from claimcheck.core.models import Claim, HistoryEntry, Status
from claimcheck.core.report_settings import ReportSettings
from claimcheck.core.reports.data import (
    STATUS_ORDER,
    ArticleReport,
    ClaimEntry,
    EvidenceItem,
    ReportData,
    SecondReview,
)
from claimcheck.core.store import Store
from claimcheck.errors import BadInput

__all__ = ["FORMATS", "ReportData", "build_report_data", "render_data", "render_report"]

FORMATS = ("md", "html", "json", "csv", "claimreview")
"""Report formats, as the command line names them."""

VERDICT_ACTIONS = frozenset({"mark", "undo", "reopen"})
"""History actions that set a claim's status (edits, splits and merges keep it)."""


def _parse_moment(value: str) -> datetime:
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _end_of_day(as_of: str | date) -> tuple[str, datetime]:
    if isinstance(as_of, datetime):
        as_of = as_of.date()
    if isinstance(as_of, str):
        try:
            as_of = date.fromisoformat(as_of.strip())
        except ValueError:
            raise BadInput(f"--as-of {as_of!r} is not a date; write it as YYYY-MM-DD.") from None
    return as_of.isoformat(), datetime.combine(as_of, time.max, tzinfo=UTC)


def _now_text(now: datetime | str | None) -> str:
    if now is None:
        now = datetime.now(UTC)
    if isinstance(now, str):
        now = _parse_moment(now)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    return now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _pinned(row: dict[str, Any]) -> EvidenceItem:
    return EvidenceItem(passage_id=row["passage_id"], text=row["text"], source_id=row["source_id"],
                        source_title=row["source_title"], source_url=row["source_url"],
                        source_published=row["source_published"], pinned_by=row["reviewer"],
                        pinned_at=row["at"], intact=bool(row["intact"]))


def _machine(row: dict[str, Any]) -> EvidenceItem:
    return EvidenceItem(passage_id=row["passage_id"], text=row["text"], source_id=row["source_id"],
                        source_title=row["source_title"], source_url=row["source_url"],
                        source_published=row["source_published"], score=float(row["score"]),
                        stance=row["stance"], reason=row["reason"] or None)


def _pinned_as_of(rows: list[dict[str, Any]], entries: list[HistoryEntry],
                  state_version: int) -> list[dict[str, Any]]:
    """Pinned rows backing the verdict at `state_version` (the store's rule, replayed): the
    latest pin at or before it, dropped if the status changed between the pin and then."""
    earlier = [r for r in rows if r["version"] <= state_version]
    if not earlier:
        return []
    pin_version = max(r["version"] for r in earlier)
    status_at = {h.version: h.status for h in entries}
    current = status_at.get(state_version)
    if any(h.status != current for h in entries if pin_version <= h.version <= state_version):
        return []
    return [r for r in earlier if r["version"] == pin_version]


def _claim_entry(store: Store, claim: Claim, number: int, cutoff: datetime | None,
                 blind: dict[str, Any] | None) -> ClaimEntry | None:
    """A claim's state now (cutoff None) or at the cutoff; None if it did not exist yet."""
    entries = store.history(claim.id)
    if cutoff is not None:
        if entries and entries[0].action == "create" and _parse_moment(entries[0].at) > cutoff:
            return None  # added by hand after the day asked for
        known = [h for h in entries if _parse_moment(h.at) <= cutoff]
    else:
        known = entries
    verdicts = [h for h in known if h.action in VERDICT_ACTIONS]
    last_verdict = verdicts[-1] if verdicts else None
    if cutoff is None:
        status, note, version, text = claim.status, claim.note, claim.version, claim.text
        pinned_rows = store.load_pinned_evidence(claim.id)
    else:
        last = known[-1] if known else None
        status = last.status if last else Status.PENDING
        note = last.note if last else None
        version = last.version if last else 1
        texts = [h.text for h in known if h.text]
        text = texts[-1] if texts else claim.text
        pinned_rows = _pinned_as_of(store.load_pinned_evidence_all(claim.id), known, version) \
            if last else []
    reviewer = last_verdict.reviewer if last_verdict else None
    decided_at = last_verdict.at if last_verdict else None
    if last_verdict is None and cutoff is None and status is not Status.PENDING:
        reviewer, decided_at = claim.reviewer, claim.updated_at  # a verdict set outside history
    suggestion = store.load_suggestion_record(claim.id)
    if suggestion and cutoff is not None and _parse_moment(suggestion["at"]) > cutoff:
        suggestion = None
    machine = store.load_evidence(claim.id) if (suggestion or cutoff is None) else []
    second = None
    if blind is not None:
        blind_status = Status(blind["status"])
        agrees = None
        if blind_status is not Status.PENDING and status is not Status.PENDING:
            agrees = blind_status == status
        second = SecondReview(status=blind_status, reviewer=blind["reviewer"],
                              note=blind["note"], at=blind["at"], agrees=agrees)
    return ClaimEntry(
        id=claim.id, number=number, text=text, kind=str(claim.kind), speaker=claim.speaker,
        start=claim.start, end=claim.end, status=Status(status), version=version,
        reviewer=reviewer, decided_at=decided_at, note=note,
        evidence=tuple(_pinned(r) for r in pinned_rows),
        suggestion_status=Status(suggestion["status"]) if suggestion else None,
        suggestion_reason=suggestion["reason"] if suggestion else None,
        machine_evidence=tuple(_machine(r) for r in machine),
        second_review=second)


def _article_report(store: Store, article_id: int, cutoff: datetime | None,
                    statuses: frozenset[Status] | None, reviewed_only: bool) -> ArticleReport:
    article = store.load_article(article_id)
    latest_blind: dict[int, dict[str, Any]] = {}
    for row in store.list_blind_reviews(article_id):
        if cutoff is None or _parse_moment(row["at"]) <= cutoff:
            latest_blind[row["claim_id"]] = row  # rows come oldest first: the last one wins
    entries: list[ClaimEntry] = []
    for number, claim in enumerate(store.list_claims(article_id), start=1):
        entry = _claim_entry(store, claim, number, cutoff, latest_blind.get(claim.id))
        if entry is not None:
            entries.append(entry)
    counts = {str(s): 0 for s in STATUS_ORDER}
    agreement: dict[str, dict[str, int]] = {}
    for entry in entries:
        counts[str(entry.status)] += 1
        if entry.second_review and entry.second_review.agrees is not None:
            tally = agreement.setdefault(entry.kind, {"agree": 0, "disagree": 0})
            tally["agree" if entry.second_review.agrees else "disagree"] += 1
    counts["total"] = len(entries)
    shown = [e for e in entries
             if (statuses is None or e.status in statuses)
             and (not reviewed_only or e.decided)]
    return ArticleReport(id=article.id, title=article.title, url=article.url,
                         published=article.published, body=article.body,
                         added_at=article.added_at, counts=counts, claims=tuple(shown),
                         agreement=dict(sorted(agreement.items())))


def build_report_data(store: Store, article_ids: Iterable[int] | None, *,
                      statuses: Sequence[Status | str] | None = None,
                      reviewed_only: bool = False, as_of: str | date | None = None,
                      now: datetime | str | None = None,
                      settings: ReportSettings | None = None) -> ReportData:
    """Gather everything a report shows.

    Args:
        article_ids: the articles, in order; None for every article (oldest first).
        statuses: list only claims with these statuses (counts still cover every claim).
        reviewed_only: leave out pending claims.
        as_of: a day (YYYY-MM-DD or a date): each claim's state at the end of it, from history.
        now: the report's date (default: the current time); tests pin it.
        settings: organisation and labels (default: the team's, stored in the database).

    Raises:
        NotFound: an article does not exist.
        BadInput: `as_of` or a status is not valid.
    """
    if article_ids is None:
        ids = sorted(a["id"] for a in store.list_articles())
    else:
        ids = list(article_ids)
    wanted: frozenset[Status] | None = None
    if statuses:
        try:
            wanted = frozenset(Status(s) for s in statuses)
        except ValueError:
            raise BadInput(f"unknown status in {list(statuses)}; use "
                           f"{', '.join(s.value for s in Status)}.") from None
    as_of_text, cutoff = _end_of_day(as_of) if as_of else (None, None)
    if settings is None:
        settings = ReportSettings.from_mapping(store.load_report_settings())
    articles = tuple(_article_report(store, i, cutoff, wanted, reviewed_only) for i in ids)
    ordered = tuple(s for s in STATUS_ORDER if wanted and s in wanted) or None
    return ReportData(generated_at=_now_text(now), as_of=as_of_text, statuses=ordered,
                      reviewed_only=reviewed_only, articles=articles, settings=settings)


def render_data(data: ReportData, fmt: str) -> str:
    """Render gathered data in one of `FORMATS`.

    Raises:
        BadInput: unknown format.
    """
    if fmt == "md":
        from claimcheck.core.reports.markdown import render_markdown
        return render_markdown(data)
    if fmt == "html":
        from claimcheck.core.reports.html import render_html
        return render_html(data)
    if fmt == "json":
        from claimcheck.core.reports.jsonreport import render_json
        return render_json(data)
    if fmt == "csv":
        from claimcheck.core.reports.csvreport import render_csv
        return render_csv(data)
    if fmt == "claimreview":
        from claimcheck.core.reports.claimreview import render_claimreview
        return render_claimreview(data)
    raise BadInput(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}.")


def render_report(store: Store, article_id_or_ids: int | Iterable[int] | None, fmt: str,
                  **options: Any) -> str:
    """Build and render a report for one article, several, or every article (None).

    Options are `build_report_data`'s keyword arguments.
    """
    if fmt not in FORMATS:
        raise BadInput(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}.")
    ids = [article_id_or_ids] if isinstance(article_id_or_ids, int) else article_id_or_ids
    return render_data(build_report_data(store, ids, **options), fmt)
