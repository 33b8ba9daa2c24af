"""The data a verification report shows, gathered once and handed to every renderer.

What it owns: frozen dataclasses (`ReportData` > `ArticleReport` > `ClaimEntry` >
`EvidenceItem`) and small pure helpers the renderers share (date display, safe links, status
order). What it must not do: touch the store, the clock or the network; `build_report_data` in
the package's `__init__` fills these from the store, and renderers turn them into text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import quote, urlsplit

from claimcheck.core.models import Status
from claimcheck.core.report_settings import ReportSettings

STATUS_ORDER: tuple[Status, ...] = (Status.VERIFIED, Status.DISPUTED, Status.UNSOURCED,
                                    Status.PENDING)
"""The order statuses are counted and charted in."""

REPORT_SCHEMA = "claimcheck-report/1"
"""Name and version of the JSON layout (docs/report-json.md)."""


@dataclass(frozen=True)
class EvidenceItem:
    """One passage: pinned by a reviewer (the verdict rests on it) or found by `check`."""

    passage_id: int
    text: str
    """The passage text as stored now."""
    source_id: int
    source_title: str
    source_url: str | None
    source_published: str | None
    pinned_by: str | None = None
    """Reviewer who pinned it (pinned evidence only)."""
    pinned_at: str | None = None
    intact: bool = True
    """False when the passage text no longer matches the hash stored when it was pinned."""
    score: float | None = None
    """Match score 0-100 (machine evidence only)."""
    stance: str | None = None
    """supports, contradicts or related (machine evidence only)."""
    reason: str | None = None
    """Why the machine judged that stance (machine evidence only)."""


@dataclass(frozen=True)
class SecondReview:
    """The latest blind review of a claim by a second reviewer."""

    status: Status
    reviewer: str
    note: str | None
    at: str
    agrees: bool | None
    """True/False when both verdicts are decided (not pending), else None."""


@dataclass(frozen=True)
class ClaimEntry:
    """A claim as the report shows it (its state now, or on the `as_of` day)."""

    id: int
    number: int
    """1-based position among the article's claims."""
    text: str
    kind: str
    speaker: str | None
    start: int
    end: int
    status: Status
    version: int
    reviewer: str | None
    """Who set the current status (None when nobody has)."""
    decided_at: str | None
    """When the current status was set (ISO 8601 UTC)."""
    note: str | None
    evidence: tuple[EvidenceItem, ...] = ()
    """Pinned evidence the verdict rests on."""
    suggestion_status: Status | None = None
    suggestion_reason: str | None = None
    machine_evidence: tuple[EvidenceItem, ...] = ()
    second_review: SecondReview | None = None

    @property
    def decided(self) -> bool:
        """A reviewer has set a verdict (anything but pending)."""
        return self.status is not Status.PENDING

    @property
    def evidence_missing(self) -> bool:
        """Verified or disputed with no pinned evidence."""
        return self.status in (Status.VERIFIED, Status.DISPUTED) and not self.evidence

    @property
    def evidence_changed(self) -> bool:
        """Some pinned passage no longer matches its stored hash."""
        return any(not e.intact for e in self.evidence)

    @property
    def anchor(self) -> str:
        return f"claim-{self.id}"


@dataclass(frozen=True)
class ArticleReport:
    id: int
    title: str
    url: str | None
    published: str | None
    body: str
    added_at: str
    counts: Mapping[str, int]
    """Claims per status over the whole article (filters do not change it), plus "total"."""
    claims: tuple[ClaimEntry, ...]
    """The claims the report lists, after filters."""
    agreement: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    """Per claim kind: {"agree": n, "disagree": n} over double-reviewed, decided claims."""

    @property
    def disagreements(self) -> tuple[ClaimEntry, ...]:
        return tuple(c for c in self.claims if c.second_review and c.second_review.agrees is False)


@dataclass(frozen=True)
class ReportData:
    generated_at: str
    """When the report was made (ISO 8601 UTC)."""
    as_of: str | None
    """The day whose end the report shows (YYYY-MM-DD), None for now."""
    statuses: tuple[Status, ...] | None
    """Status filter, None for all."""
    reviewed_only: bool
    articles: tuple[ArticleReport, ...]
    settings: ReportSettings = field(default_factory=ReportSettings)


# -- helpers shared by renderers ------------------------------------------------------------------


def show_time(value: str | None) -> str:
    """ISO 8601 UTC text as "2024-06-10 09:30 UTC"; dates stay as they are; None -> ""."""
    if not value:
        return ""
    if len(value) <= 10:
        return value
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def day_of(value: str | None) -> str | None:
    """The date part (YYYY-MM-DD) of an ISO 8601 text, None when absent."""
    return value[:10] if value else None


def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s) with a host, percent-encoding characters that would break out of
    a Markdown link or an HTML attribute; None for anything else (javascript:, data:, ...)."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(url, safe="/:?#[]@!$&'*+,;=%~.-_")


def filter_label(data: ReportData) -> str:
    """Words for the filters in force ("" when none)."""
    parts = []
    if data.statuses:
        parts.append("status " + ", ".join(str(s) for s in data.statuses))
    if data.reviewed_only:
        parts.append("reviewed claims only")
    return "; ".join(parts)


def evidence_summary(claim: ClaimEntry, emphasis: Callable[[str], str]) -> str:
    """The claims table's evidence cell: pins (and whether they changed), none, or the suggestion.

    Args:
        emphasis: how the format marks a warning ("**x**" in Markdown, "<strong>x</strong>").
    """
    if claim.evidence:
        summary = f"{len(claim.evidence)} pinned"
        return summary + ", " + emphasis("changed") if claim.evidence_changed else summary
    if claim.evidence_missing:
        return emphasis("none pinned")
    if not claim.decided and claim.suggestion_status:
        return f"suggests {claim.suggestion_status.value}"
    return "—"
