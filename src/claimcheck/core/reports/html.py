"""HTML report: one self-contained, print-friendly page.

Pure: `ReportData` in, `str` out. Inline CSS only: no external scripts, fonts or images, and a
Content-Security-Policy that forbids loading or running anything, as a second wall behind
escaping. Every piece of untrusted text goes through `html.escape`; links are written only for
http(s) URLs. The page holds an inline SVG chart of the verdicts, the article text with each
listed claim's span tinted by status and linked to its entry (`id="claim-N"`), and one entry per
claim. Status is shown by colour *and* by underline style and words, so a grey print still reads.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

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

COLOURS = {"verified": "#2e7d32", "disputed": "#c62828", "unsourced": "#b85c00",
           "pending": "#616161"}
"""Strong colour per status (bars, badges, borders)."""
TINTS = {"verified": "#dcefdc", "disputed": "#fadcdc", "unsourced": "#fde7cc",
         "pending": "#ececec"}
"""Light background per status (claim spans in the article text)."""
UNDERLINES = {"verified": "solid", "disputed": "wavy", "unsourced": "dashed", "pending": "dotted"}
"""Underline style per status, so the spans differ without colour."""
TABLE_TEXT_CHARS = 160

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def _css() -> str:
    rules = [
        ":root{color-scheme:light}",
        "body{font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1a1a1a;"
        "max-width:60rem;margin:2rem auto;padding:0 1rem;background:#fff}",
        "h1{font-size:1.6rem;margin:0 0 .3rem}h2{font-size:1.35rem;margin-top:2.5rem;"
        "border-bottom:2px solid #ddd;padding-bottom:.2rem}h3{font-size:1.1rem;margin-top:1.8rem}",
        ".meta{color:#444;margin:.2rem 0}.meta dt{font-weight:600;float:left;clear:left;"
        "width:9rem}.meta dd{margin:0 0 .1rem 9.5rem;overflow-wrap:anywhere}",
        "table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.92rem}",
        "th,td{border:1px solid #ccc;padding:.3rem .45rem;text-align:left;vertical-align:top}",
        "th{background:#f3f3f3}td.num{text-align:right}",
        ".badge{display:inline-block;border-radius:.25rem;padding:0 .4rem;color:#fff;"
        "font-size:.85rem;font-weight:600}",
        ".article-text{white-space:pre-wrap;border:1px solid #ddd;padding:1rem;"
        "background:#fcfcfc;line-height:1.7}",
        ".article-text a.span{color:inherit;text-decoration-thickness:2px;"
        "text-underline-offset:3px}",
        ".article-text sup{font-size:.7rem;font-weight:700;margin-right:.1rem}",
        ".claim{border-left:5px solid #999;padding:.2rem .9rem .6rem;margin:1.2rem 0;"
        "break-inside:avoid;page-break-inside:avoid}",
        ".claim h4{margin:.4rem 0;font-size:1.05rem}",
        "blockquote{margin:.4rem 0;padding:.3rem .8rem;background:#f6f6f6;border-left:3px solid "
        "#bbb;overflow-wrap:anywhere}",
        ".warn{border:2px solid #c62828;background:#fff3f3;padding:.3rem .6rem;font-weight:600}",
        ".muted{color:#555;font-size:.9rem}",
        "ol.evidence{padding-left:1.4rem}ol.evidence li{margin:.4rem 0}",
        ".chart{max-width:36rem}",
        "@media print{body{margin:0;max-width:none;font-size:11pt}a{color:inherit}"
        "h2{break-before:page}h2:first-of-type{break-before:auto}"
        "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}",
    ]
    for status in STATUS_ORDER:
        s = status.value
        rules.append(f".badge.{s}{{background:{COLOURS[s]}}}")
        rules.append(f".claim.{s}{{border-left-color:{COLOURS[s]}}}")
        rules.append(f".article-text a.span.{s}{{background:{TINTS[s]};text-decoration:underline "
                     f"{UNDERLINES[s]} {COLOURS[s]}}}")
    return "\n".join(rules)


def _badge(status: str) -> str:
    return f'<span class="badge {escape(status)}">{escape(status)}</span>'


def _link(title: str, url: str | None) -> str:
    href = safe_url(url)
    text = escape(title or url or "")
    if href:
        return f'<a href="{escape(href)}" rel="noopener noreferrer">{text}</a>'
    return text


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def render_chart(counts: Mapping[str, int], title: str) -> str:
    """A horizontal bar chart of claims per status as inline SVG (no script, no font files)."""
    values = [(s.value, int(counts.get(s.value, 0))) for s in STATUS_ORDER]
    top = max([v for _s, v in values] + [1])
    row, label_w, bar_w, pad = 30, 90, 300, 8
    height = row * len(values) + pad
    width = label_w + bar_w + 60
    parts = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" '
             f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
             f'aria-label="{escape(title)}"><title>{escape(title)}</title>']
    for i, (status, value) in enumerate(values):
        y = pad + i * row
        w = round(bar_w * value / top) if value else 0
        parts.append(f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end" '
                     f'font-size="13" font-family="sans-serif" fill="#222">{status}</text>')
        parts.append(f'<rect x="{label_w}" y="{y}" width="{bar_w}" height="20" fill="#f0f0f0"/>')
        if w:
            parts.append(f'<rect x="{label_w}" y="{y}" width="{w}" height="20" '
                         f'fill="{COLOURS[status]}"/>')
        parts.append(f'<text x="{label_w + bar_w + 8}" y="{y + 15}" font-size="13" '
                     f'font-family="sans-serif" fill="#222">{value}</text>')
    parts.append("</svg>")
    return "".join(parts)


def render_article_text(body: str, claims: tuple[ClaimEntry, ...]) -> str:
    """The article body with each claim's span tinted by status and linked to its entry.

    Spans may overlap (a split claim shares its sentence): each piece of text links to the
    first claim covering it, and every claim gets a numbered marker where its span starts.
    """
    spans = []
    for c in claims:
        start, end = max(0, min(c.start, len(body))), max(0, min(c.end, len(body)))
        if start < end:
            spans.append((start, end, c))
    cuts = sorted({0, len(body), *(s for s, _e, _c in spans), *(e for _s, e, _c in spans)})
    out: list[str] = []
    started: set[int] = set()
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = escape(body[a:b])
        covering = [c for s, e, c in spans if s <= a and b <= e]
        if not covering:
            out.append(piece)
            continue
        markers = ""
        for c in covering:
            if c.id not in started and c.start == a:
                started.add(c.id)
                markers += f'<sup id="span-{c.id}">{c.id}</sup>'
        first = covering[0]
        names = ", ".join(f"claim {c.id}: {c.status}" for c in covering)
        out.append(f'<a class="span {first.status.value}" href="#{first.anchor}" '
                   f'title="{escape(names)}">{markers}{piece}</a>')
    return "".join(out)


def _evidence_item(item: EvidenceItem) -> str:
    parts = [f"<blockquote>{escape(item.text)}</blockquote>", '<div class="muted">',
             _link(item.source_title, item.source_url)]
    if item.source_published:
        parts.append(f", published {escape(item.source_published)}")
    if item.pinned_by:
        parts.append(f"; pinned by {escape(item.pinned_by)}, {escape(show_time(item.pinned_at))}")
    if item.stance:
        reason = f": {escape(item.reason)}" if item.reason else ""
        parts.append(f"; machine: {escape(item.stance)}, score {item.score or 0:.1f}{reason}")
    parts.append("</div>")
    if not item.intact:
        parts.append('<p class="warn">This passage changed after it was pinned: its text no '
                     "longer matches the stored hash. Check it again.</p>")
    return "<li>" + "".join(parts) + "</li>"


def _claim_entry(claim: ClaimEntry) -> str:
    s = claim.status.value
    out = [f'<section class="claim {s}" id="{claim.anchor}">',
           f'<h4>Claim {claim.id} {_badge(s)} <a class="muted" href="#span-{claim.id}">'
           f"(in the text)</a></h4>",
           f"<blockquote>{escape(claim.text)}</blockquote>", '<dl class="meta">',
           f"<dt>Kind</dt><dd>{escape(claim.kind)}</dd>"]
    if claim.speaker:
        out.append(f"<dt>Speaker</dt><dd>{escape(claim.speaker)}</dd>")
    if claim.reviewer:
        out.append(f"<dt>Reviewer</dt><dd>{escape(claim.reviewer)}</dd>")
    if claim.decided_at:
        when = "Decided" if claim.decided else "Set to pending"
        out.append(f"<dt>{when}</dt><dd>{escape(show_time(claim.decided_at))}</dd>")
    if claim.note:
        out.append(f"<dt>Note</dt><dd>{escape(claim.note)}</dd>")
    out.append("</dl>")
    if claim.evidence:
        out.append("<p><strong>Evidence the verdict rests on:</strong></p>")
        out.append('<ol class="evidence">' + "".join(_evidence_item(e) for e in claim.evidence)
                   + "</ol>")
    elif claim.evidence_missing:
        out.append(f'<p class="warn">No pinned evidence: this claim is {escape(s)} without a '
                   "cited passage.</p>")
    if not claim.decided and claim.suggestion_status:
        out.append(f"<p><strong>Machine suggestion</strong> (no reviewer has decided): "
                   f"{_badge(claim.suggestion_status.value)} "
                   f"{escape(claim.suggestion_reason or '')}</p>")
        if claim.machine_evidence:
            out.append('<p class="muted">Passages found by <code>check</code>:</p>')
            out.append('<ol class="evidence">'
                       + "".join(_evidence_item(e) for e in claim.machine_evidence) + "</ol>")
    second = claim.second_review
    if second:
        verdict = {True: "agrees", False: "disagrees", None: "undecided"}[second.agrees]
        note = f": {escape(second.note)}" if second.note else ""
        out.append(f"<p><strong>Second review</strong> by {escape(second.reviewer)}, "
                   f"{escape(show_time(second.at))}: {_badge(second.status.value)} "
                   f"({verdict}){note}</p>")
    out.append("</section>")
    return "\n".join(out)


def _claims_table(article: ArticleReport) -> str:
    rows = ["<table><thead><tr><th>Claim</th><th>Status</th><th>Kind</th><th>Reviewer</th>"
            "<th>Evidence</th><th>Text</th></tr></thead><tbody>"]
    for c in article.claims:
        evidence = evidence_summary(c, lambda text: f"<strong>{text}</strong>")
        rows.append(f'<tr><td><a href="#{c.anchor}">{c.id}</a></td><td>{_badge(c.status.value)}'
                    f"</td><td>{escape(c.kind)}</td><td>{escape(c.reviewer or '—')}</td>"
                    f"<td>{evidence}</td><td>{escape(_cut(c.text, TABLE_TEXT_CHARS))}</td></tr>")
    rows.append("</tbody></table>")
    return "\n".join(rows)


def _article_section(article: ArticleReport) -> str:
    out = [f'<h2 id="article-{article.id}">{escape(article.title)}</h2>', '<dl class="meta">']
    if article.url:
        out.append(f"<dt>URL</dt><dd>{_link(article.url, article.url)}</dd>")
    out.append(f"<dt>Published</dt><dd>{escape(article.published or 'unknown')}</dd>")
    out.append(f"<dt>Article id</dt><dd>{article.id}</dd></dl>")
    out.append("<h3>Verdicts</h3>")
    out.append(render_chart(article.counts, f"Verdicts for {article.title}"))
    out.append('<table style="max-width:20rem"><tbody>')
    for status in STATUS_ORDER:
        out.append(f"<tr><td>{_badge(status.value)}</td>"
                   f'<td class="num">{article.counts[status.value]}</td></tr>')
    out.append(f'<tr><th>total</th><td class="num"><strong>{article.counts["total"]}</strong>'
               "</td></tr></tbody></table>")
    if article.agreement:
        out.append("<h3>Second reviews: agreement per claim kind</h3>")
        out.append("<table><thead><tr><th>Kind</th><th>Agree</th><th>Disagree</th>"
                   "<th>Agreement</th></tr></thead><tbody>")
        for kind, tally in article.agreement.items():
            total = tally["agree"] + tally["disagree"]
            rate = f"{100 * tally['agree'] / total:.0f}%" if total else "—"
            out.append(f"<tr><td>{escape(kind)}</td><td class=\"num\">{tally['agree']}</td>"
                       f"<td class=\"num\">{tally['disagree']}</td><td class=\"num\">{rate}</td>"
                       "</tr>")
        out.append("</tbody></table>")
    out.append("<h3>Article text</h3>")
    out.append(f'<div class="article-text">{render_article_text(article.body, article.claims)}'
               "</div>")
    out.append("<h3>Claims</h3>")
    if not article.claims:
        out.append("<p>No claim matches this report's filters.</p>")
        return "\n".join(out)
    out.append(_claims_table(article))
    out.extend(_claim_entry(c) for c in article.claims)
    return "\n".join(out)


def render_html(data: ReportData) -> str:
    """The report as one self-contained HTML page."""
    if len(data.articles) == 1:
        title = f"Verification report: {data.articles[0].title}"
    else:
        title = "Verification report"
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(data.settings.language)}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>\n{_css()}\n</style>",
        "</head>",
        "<body>",
        f"<h1>{escape(title)}</h1>",
        '<dl class="meta">',
        f"<dt>Report date</dt><dd>{escape(show_time(data.generated_at))}</dd>",
    ]
    if data.as_of:
        head.append(f"<dt>State as of</dt><dd>end of {escape(data.as_of)} (UTC), rebuilt from "
                    "the history</dd>")
    label = filter_label(data)
    if label:
        head.append(f"<dt>Filter</dt><dd>{escape(label)}</dd>")
    if data.settings.org_name:
        head.append(f"<dt>Published by</dt><dd>"
                    f"{_link(data.settings.org_name, data.settings.org_url)}</dd>")
    head.append("</dl>")
    body = [_article_section(a) for a in data.articles] or ["<p>No articles.</p>"]
    return "\n".join(head + body + ["</body>", "</html>"]) + "\n"
