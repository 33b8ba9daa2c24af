"""Markdown report: renders cleanly on GitHub and GitLab; a table of claims, a section per claim.

Pure: `ReportData` in, `str` out. All article, claim, note and source text is untrusted: it is
escaped so it can never open a link, image, HTML tag, heading, list, table cell or code span
(`escape_md`), and links are written only for http(s) URLs (`safe_url`). Each claim's section is
headed `Claim N` (N the claim id), so forges give it the anchor `#claim-N`, the same anchor the
HTML report and the ClaimReview `url` use.
"""

from __future__ import annotations

import re

from claimcheck.core.reports.data import (
    STATUS_ORDER,
    ArticleReport,
    ClaimEntry,
    EvidenceItem,
    ReportData,
    evidence_summary,
    filter_label,
    safe_url,
    show_time,
)

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#!])")
_LINE_START = re.compile(r"^(\s*)([-+=>])", re.MULTILINE)
_ORDERED = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)
TABLE_TEXT_CHARS = 140
"""Claim text in the table is cut to this length; the section below has it whole."""


def escape_md(text: str | None) -> str:
    """Untrusted text as inert Markdown: every character that could start markup is escaped
    with a backslash, `&` becomes `&amp;` (no entity tricks), and a line may not start a list,
    heading, quote or setext underline. Newlines are kept (callers decide how to show them)."""
    if not text:
        return ""
    text = text.replace("&", "&amp;")
    text = _SPECIAL.sub(r"\\\1", text)
    text = _LINE_START.sub(r"\1\\\2", text)
    text = _ORDERED.sub(r"\1\\\2", text)
    return text


def _inline(text: str | None) -> str:
    """Escaped text on one line (tables, list items): newlines and indentation collapse."""
    return escape_md(" ".join((text or "").split()))


def _quote(text: str | None) -> str:
    """Escaped text as a block quote, line by line."""
    lines = [escape_md(line.strip()) for line in (text or "").split("\n")]
    return "\n".join(f"> {line}" if line else ">" for line in lines)


def _link(title: str, url: str | None) -> str:
    href = safe_url(url)
    label = _inline(title) or "link"
    return f"[{label}]({href})" if href else label


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _evidence_line(item: EvidenceItem, number: int) -> list[str]:
    where = _link(item.source_title, item.source_url)
    if item.source_published:
        where += f", {escape_md(item.source_published)}"
    lines = [f"{number}. “{_inline(item.text)}” — {where}"]
    if item.pinned_by:
        lines.append(f"   (pinned by {_inline(item.pinned_by)}, {show_time(item.pinned_at)})")
    if not item.intact:
        lines.append("   **Warning: this passage changed after it was pinned** (its text no "
                     "longer matches the stored hash); check it again.")
    if item.stance:
        reason = f": {_inline(item.reason)}" if item.reason else ""
        lines.append(f"   (machine: {item.stance}, score {item.score or 0:.1f}{reason})")
    return lines


def _claim_section(claim: ClaimEntry) -> list[str]:
    out = [f"#### Claim {claim.id}", ""]
    facts = [f"**Status:** {claim.status}", f"**Kind:** {claim.kind}"]
    if claim.speaker:
        facts.append(f"**Speaker:** {_inline(claim.speaker)}")
    if claim.reviewer:
        facts.append(f"**Reviewer:** {_inline(claim.reviewer)}")
    if claim.decided_at:
        when = "Decided" if claim.decided else "Set to pending"
        facts.append(f"**{when}:** {show_time(claim.decided_at)}")
    out += [" · ".join(facts), "", _quote(claim.text), ""]
    if claim.note:
        out += [f"**Note:** {_inline(claim.note)}", ""]
    if claim.evidence:
        out.append("**Evidence the verdict rests on:**")
        out.append("")
        for i, item in enumerate(claim.evidence, start=1):
            out += _evidence_line(item, i)
        out.append("")
    elif claim.evidence_missing:
        out += [f"**No pinned evidence:** this claim is {claim.status} without a cited "
                "passage.", ""]
    if not claim.decided and claim.suggestion_status:
        out += [f"**Machine suggestion (no reviewer has decided):** {claim.suggestion_status}"
                f" — {_inline(claim.suggestion_reason)}", ""]
        if claim.machine_evidence:
            out.append("**Passages found by `check`:**")
            out.append("")
            for i, item in enumerate(claim.machine_evidence, start=1):
                out += _evidence_line(item, i)
            out.append("")
    second = claim.second_review
    if second:
        verdict = {True: "agrees", False: "disagrees", None: "undecided"}[second.agrees]
        note = f" — {_inline(second.note)}" if second.note else ""
        out += [f"**Second review:** {second.status} by {_inline(second.reviewer)}, "
                f"{show_time(second.at)} ({verdict}){note}", ""]
    return out


def _article_section(article: ArticleReport) -> list[str]:
    out = [f"## {_inline(article.title)}", ""]
    href = safe_url(article.url)
    if article.url:
        out.append(f"- **URL:** {f'<{href}>' if href else _inline(article.url)}")
    out.append(f"- **Published:** {escape_md(article.published) or 'unknown'}")
    out.append(f"- **Article id:** {article.id}")
    out += ["", "### Verdicts", "", "| Status | Claims |", "| --- | ---: |"]
    for status in STATUS_ORDER:
        out.append(f"| {status} | {article.counts[str(status)]} |")
    out += [f"| **total** | **{article.counts['total']}** |", ""]
    out += ["### Claims", ""]
    if not article.claims:
        out += ["No claim matches this report's filters.", ""]
    else:
        out += ["| Claim | Status | Kind | Reviewer | Evidence | Text |",
                "| --- | --- | --- | --- | --- | --- |"]
        for c in article.claims:
            evidence = evidence_summary(c, lambda text: f"**{text}**")
            out.append(f"| [{c.id}](#{c.anchor}) | {c.status} | {c.kind} | "
                       f"{_inline(c.reviewer) or '—'} | {evidence} | "
                       f"{escape_md(_cut(c.text, TABLE_TEXT_CHARS))} |")
        out.append("")
    if article.agreement:
        out += ["### Second reviews: agreement per claim kind", "",
                "| Kind | Agree | Disagree | Agreement |", "| --- | ---: | ---: | ---: |"]
        for kind, tally in article.agreement.items():
            total = tally["agree"] + tally["disagree"]
            rate = f"{100 * tally['agree'] / total:.0f}%" if total else "—"
            out.append(f"| {kind} | {tally['agree']} | {tally['disagree']} | {rate} |")
        out.append("")
    if article.claims:
        out += ["### Claim details", ""]
        for claim in article.claims:
            out += _claim_section(claim)
    return out


def render_markdown(data: ReportData) -> str:
    """The report as GitHub/GitLab-flavoured Markdown."""
    out = ["# Verification report", ""]
    out.append(f"- **Report date:** {show_time(data.generated_at)}")
    if data.as_of:
        out.append(f"- **State as of:** end of {data.as_of} (UTC), rebuilt from the history")
    label = filter_label(data)
    if label:
        out.append(f"- **Filter:** {label}")
    if data.settings.org_name:
        out.append(f"- **Published by:** {_link(data.settings.org_name, data.settings.org_url)}")
    out.append("")
    if not data.articles:
        out += ["No articles.", ""]
    for article in data.articles:
        out += _article_section(article)
    return "\n".join(out).rstrip("\n") + "\n"
