"""Verification reports: every format against a golden file, hostile text, as-of, ClaimReview.

The golden store is built from the bundled fixtures (the Belgorod article, every fixture
source) with claims, machine evidence and marks given explicitly, and the store's clock pinned,
so the golden files change only when the reports change, not when the extractor or the matcher
improve. Regenerate them after an intended change with
`CLAIMCHECK_UPDATE_GOLDEN=1 pytest tests/core/test_reports.py` and read the diff.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from claimcheck.core import store as store_module
from claimcheck.core.documents import find_documents, read_document
from claimcheck.core.models import Document, ExtractedClaim, Kind, Stance, Status
from claimcheck.core.passages import split_passages
from claimcheck.core.report_settings import ReportSettings, check_setting
from claimcheck.core.reports import build_report_data, render_data, render_report
from claimcheck.core.reports.csvreport import neutralise
from claimcheck.core.reports.data import safe_url
from claimcheck.core.reports.markdown import escape_md
from claimcheck.core.store import Store
from claimcheck.errors import BadInput, NotFound

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
GOLDEN = ROOT / "tests" / "golden"
NOW = "2024-06-10T09:00:00Z"
UPDATE = os.environ.get("CLAIMCHECK_UPDATE_GOLDEN") == "1"
GOLDEN_FILES = {"md": "report-belgorod.md", "html": "report-belgorod.html",
                "json": "report-belgorod.json", "csv": "report-belgorod.csv",
                "claimreview": "report-belgorod.claimreview.json"}

# (where the sentence starts in the article, claim text, kind, speaker)
CLAIMS = [
    ("In a significant turn", "Belgorod is 32 kilometres from the Ukrainian border.",
     Kind.QUANTITY, None),
    ("This action follows", "The US lifted its ban on Ukraine using American weapons against "
     "targets in Russia near Kharkiv.", Kind.EVENT, None),
    ("The move represents", "Volodymyr Zelensky called Russia's attacks 'Russian terrorism'.",
     Kind.QUOTE, "Volodymyr Zelensky"),
    ("The US National Security Council", "John Kirby said Ukraine's permission to strike Russia "
     "could be expanded.", Kind.ATTRIBUTION, "John Kirby"),
    ("Amidst the backdrop", "Italy will supply Ukraine with a second SAMP/T air defence system.",
     Kind.EVENT, None),
    ("Additionally, the Netherlands", "The Netherlands allows Ukraine to use its F-16s against "
     "military targets in Russia.", Kind.EVENT, None),
    ("These contributions", "Ukraine faces intense military pressure from Russia.", Kind.OTHER,
     None),
]


class Clock:
    """The store's `utc_now`, pinned: each step of the story sets the time."""

    def __init__(self) -> None:
        self.now = "2024-06-03T08:00:00.000000Z"

    def __call__(self) -> str:
        return self.now

    def at(self, moment: str) -> None:
        self.now = moment + ".000000Z"


def sentence_span(body: str, prefix: str) -> tuple[int, int]:
    start = body.index(prefix)
    end = body.index(".", start) + 1
    while end < len(body) and body[end] not in " \n":  # "U.S." and decimals stay inside
        end = body.index(".", end) + 1
    return start, end


def passage_id(store: Store, source_title_part: str, text_part: str) -> int:
    row = store.conn.execute(
        "SELECT p.id FROM passages p JOIN sources s ON s.id = p.source_id "
        "WHERE s.title LIKE ? AND p.text LIKE ? ORDER BY p.id LIMIT 1",
        (f"%{source_title_part}%", f"%{text_part}%")).fetchone()
    assert row, (source_title_part, text_part)
    return int(row[0])


def build_golden_store(path: Path, clock: Clock) -> Store:
    """The Belgorod review: seven claims, machine evidence, marks by alice and bob over three
    days, one pinned passage that changed afterwards, one reopened claim, carol's blind reviews."""
    store = Store.open(path)
    document = read_document(FIXTURES / "articles" / "belgorod.txt")
    extracted = [ExtractedClaim(text=text, start=s, end=e, kind=kind, speaker=speaker)
                 for prefix, text, kind, speaker in CLAIMS
                 for s, e in [sentence_span(document.body, prefix)]]
    store.add_article(document, extracted, "alice")
    sources = [read_document(p) for p in find_documents(FIXTURES / "sources")]
    list(store.add_sources(((d, split_passages(d.body)) for d in sources), "fixtures"))

    factbox = passage_id(store, "FACTBOX", "32 kilometres north")
    shelling = passage_id(store, "Shelling damages", "40 kilometres")
    sumy = passage_id(store, "Pentagon: new guidance", "applies only to the area near Sumy")
    kharkiv = passage_id(store, "Biden allows", "lifted a ban")
    zelensky = passage_id(store, "Zelensky:", "condemned")
    kirby = passage_id(store, "White House says", "could extend")
    italy = passage_id(store, "Italy to send", "second SAMP/T")
    dutch = passage_id(store, "Statement: Dutch", "does not object")

    clock.at("2024-06-03T08:30:00")
    machine = {
        1: ([(factbox, 91.5, Stance.SUPPORTS, "source says 32 km, claim says 32 km"),
             (shelling, 74.25, Stance.CONTRADICTS, "source says 40 km, claim says 32 km")],
            (Status.DISPUTED, "sources disagree: 32 km and 40 km")),
        2: ([(kharkiv, 88.0, Stance.SUPPORTS, "source names Kharkiv"),
             (sumy, 80.0, Stance.CONTRADICTS, "source says Sumy, claim says Kharkiv")],
            (Status.DISPUTED, "source says Sumy, claim says Kharkiv")),
        3: ([(zelensky, 70.0, Stance.SUPPORTS, "source quotes 'Russian terrorism'")],
            (Status.VERIFIED, "one source supports the quote")),
        4: ([(kirby, 66.0, Stance.RELATED, "source mentions John Kirby")],
            (Status.UNSOURCED, "no source states the expansion")),
        5: ([(italy, 95.0, Stance.SUPPORTS, "source says second SAMP/T")],
            (Status.VERIFIED, "source says second SAMP/T")),
        6: ([(dutch, 84.0, Stance.SUPPORTS, "source names the Netherlands and F-16")],
            (Status.VERIFIED, "source names the Netherlands and F-16")),
        7: ([], (Status.UNSOURCED, "no stored source mentions pressure")),
    }
    for claim_id, (items, suggestion) in machine.items():
        store.save_evidence(claim_id, items, suggestion)

    clock.at("2024-06-03T10:00:00")
    store.mark_claim(1, Status.VERIFIED, reviewer="alice", evidence=[factbox],
                     note="Wire factbox: about 32 km north of the border; the 40 km figure is "
                          "for the outskirts.")
    clock.at("2024-06-03T10:05:00")
    store.mark_claim(2, Status.DISPUTED, reviewer="bob", evidence=[sumy, kharkiv],
                     note="Wires disagree: Pentagon says the guidance covers Sumy, not Kharkiv.")
    clock.at("2024-06-04T09:00:00")
    store.mark_claim(3, Status.VERIFIED, reviewer="alice", note="Heard it in the address.")
    clock.at("2024-06-04T09:10:00")
    store.mark_claim(4, Status.UNSOURCED, reviewer="bob",
                     note="No transcript of the remark found.")
    clock.at("2024-06-05T11:00:00")
    store.mark_claim(5, Status.VERIFIED, reviewer="alice", evidence=[italy],
                     note="Defence ministry statement via wire.")
    # The wire later rewrote the passage: the pinned hash no longer matches.
    store.conn.execute("UPDATE passages SET text = text || ' (Updated: the ministry gave no "
                       "number.)' WHERE id = ?", (italy,))
    clock.at("2024-06-05T12:00:00")
    store.mark_claim(6, Status.DISPUTED, reviewer="alice", evidence=[dutch])
    clock.at("2024-06-05T12:30:00")
    store.reopen_claim(6, "Reopened: the statement says military targets only, as claimed.",
                       reviewer="bob")
    clock.at("2024-06-05T14:00:00")
    store.mark_blind(1, Status.VERIFIED, reviewer="carol")
    store.mark_blind(2, Status.VERIFIED, reviewer="carol", note="Both wires mention the lift.")
    store.mark_blind(4, Status.UNSOURCED, reviewer="carol")
    store.save_report_settings({"org_name": "Desk Check", "org_url": "https://desk.example.org",
                                "label.disputed": "Misleading"})
    return store


@pytest.fixture(scope="module")
def golden_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    clock = Clock()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(store_module, "utc_now", clock)
        store = build_golden_store(tmp_path_factory.mktemp("golden") / "golden.db", clock)
        yield store
        store.close()


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        return
    assert path.exists(), f"{path} missing: run CLAIMCHECK_UPDATE_GOLDEN=1 pytest {__file__}"
    with path.open(encoding="utf-8", newline="") as handle:
        assert text == handle.read()


# -- golden files ---------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", sorted(GOLDEN_FILES))
def test_report_matches_golden_file(golden_store: Store, fmt: str) -> None:
    check_golden(GOLDEN_FILES[fmt], render_report(golden_store, 1, fmt, now=NOW))


def test_as_of_report_matches_golden_file(golden_store: Store) -> None:
    text = render_report(golden_store, 1, "json", now=NOW, as_of="2024-06-03")
    check_golden("report-belgorod-as-of-2024-06-03.json", text)


# -- what every report carries --------------------------------------------------------------------


@pytest.fixture(scope="module")
def golden_json(golden_store: Store) -> dict[str, Any]:
    return json.loads(render_report(golden_store, 1, "json", now=NOW))  # type: ignore[no-any-return]


def test_json_carries_article_counts_and_report_date(golden_json: dict[str, Any]) -> None:
    assert golden_json["schema"] == "claimcheck-report/1"
    assert golden_json["generated_at"] == NOW
    article = golden_json["articles"][0]
    assert (article["title"], article["url"], article["published"]) == (
        "Ukraine strikes Russian soil with American-supplied missiles",
        "https://example.org/news/belgorod-strike", "2024-06-02")
    assert article["counts"] == {"verified": 3, "disputed": 1, "unsourced": 1, "pending": 2,
                                 "total": 7}


def test_each_claim_has_status_reviewer_time_note_and_evidence(golden_json: dict[str, Any]) -> None:
    claims = {c["id"]: c for c in golden_json["articles"][0]["claims"]}
    one = claims[1]
    assert (one["status"], one["reviewer"], one["decided_at"]) == (
        "verified", "alice", "2024-06-03T10:00:00.000000Z")
    assert one["note"].startswith("Wire factbox")
    [evidence] = one["evidence"]
    assert evidence["text"] == "Belgorod sits about 32 kilometres north of the border with " \
                               "Ukraine's Kharkiv region."
    assert (evidence["source_title"], evidence["source_url"], evidence["source_published"]) == (
        "FACTBOX: Russian cities within reach of the Ukrainian border",
        "https://example.org/wire/2024/05/31/factbox-border-cities", "2024-05-31")
    assert evidence["intact"] is True and one["evidence_missing"] is False
    assert [e["source_title"][:8] for e in claims[2]["evidence"]] == ["Pentagon", "Biden al"]


def test_verdict_without_pinned_evidence_is_listed_as_such(golden_store: Store,
                                                            golden_json: dict[str, Any]) -> None:
    claims = {c["id"]: c for c in golden_json["articles"][0]["claims"]}
    assert claims[3]["evidence"] == [] and claims[3]["evidence_missing"] is True
    assert claims[4]["evidence_missing"] is False  # unsourced needs no passage
    md = render_report(golden_store, 1, "md", now=NOW)
    assert "**No pinned evidence:** this claim is verified without a cited passage." in md
    html = render_report(golden_store, 1, "html", now=NOW)
    assert "No pinned evidence: this claim is verified without a cited passage." in html
    rows = list(csv.DictReader(io.StringIO(render_report(golden_store, 1, "csv", now=NOW))))
    assert [r["evidence_missing"] for r in rows] == ["no", "no", "yes", "no", "no", "no", "no"]


def test_changed_pinned_passage_is_shown_in_every_format(golden_store: Store,
                                                          golden_json: dict[str, Any]) -> None:
    five = next(c for c in golden_json["articles"][0]["claims"] if c["id"] == 5)
    assert five["evidence"][0]["intact"] is False and five["evidence_changed"] is True
    assert "changed after it was pinned" in render_report(golden_store, 1, "md", now=NOW)
    assert "changed after it was pinned" in render_report(golden_store, 1, "html", now=NOW)
    rows = list(csv.DictReader(io.StringIO(render_report(golden_store, 1, "csv", now=NOW))))
    assert [r["claim_id"] for r in rows if r["evidence_changed"] == "yes"] == ["5"]


def test_suggestion_is_shown_where_no_reviewer_decided(golden_store: Store,
                                                        golden_json: dict[str, Any]) -> None:
    claims = {c["id"]: c for c in golden_json["articles"][0]["claims"]}
    assert claims[7]["suggestion"] == {"status": "unsourced",
                                       "reason": "no stored source mentions pressure"}
    six = claims[6]  # reopened: pending again, the old pin no longer backs anything
    assert (six["status"], six["reviewer"], six["evidence"]) == ("pending", "bob", [])
    md = render_report(golden_store, 1, "md", now=NOW)
    assert ("**Machine suggestion (no reviewer has decided):** unsourced — no stored source "
            "mentions pressure") in md
    assert md.count("**Machine suggestion") == 2  # claims 6 and 7 only
    rows = list(csv.DictReader(io.StringIO(render_report(golden_store, 1, "csv", now=NOW))))
    assert [r["suggestion_status"] for r in rows] == ["", "", "", "", "", "verified", "unsourced"]


def test_agreement_per_kind_matches_the_store(golden_store: Store,
                                               golden_json: dict[str, Any]) -> None:
    article = golden_json["articles"][0]
    assert article["agreement"] == golden_store.agreement_by_kind(1)
    assert article["agreement"] == {"attribution": {"agree": 0, "disagree": 0} | {"agree": 1},
                                    "event": {"agree": 0, "disagree": 1},
                                    "quantity": {"agree": 1, "disagree": 0}}
    assert article["disagreements"] == [d["claim_id"] for d in golden_store.disagreements(1)]
    md = render_report(golden_store, 1, "md", now=NOW)
    assert "| event | 0 | 1 | 0% |" in md


def test_filters_narrow_the_list_but_not_the_counts(golden_store: Store) -> None:
    data = build_report_data(golden_store, [1], statuses=["verified"], now=NOW)
    article = data.articles[0]
    assert [c.id for c in article.claims] == [1, 3, 5]
    assert article.counts["total"] == 7
    reviewed = build_report_data(golden_store, [1], reviewed_only=True, now=NOW)
    assert [c.id for c in reviewed.articles[0].claims] == [1, 2, 3, 4, 5]
    both = build_report_data(golden_store, [1], statuses=["pending", "disputed"],
                             reviewed_only=True, now=NOW)
    assert [c.id for c in both.articles[0].claims] == [2]
    assert "status disputed, pending; reviewed claims only" in render_data(both, "md")


def test_as_of_rebuilds_each_claim_from_its_history(golden_store: Store) -> None:
    data = build_report_data(golden_store, [1], as_of="2024-06-03", now=NOW)
    claims = {c.id: c for c in data.articles[0].claims}
    assert [claims[i].status for i in range(1, 8)] == [
        Status.VERIFIED, Status.DISPUTED] + [Status.PENDING] * 5
    assert claims[4].note is None and claims[4].reviewer is None
    assert [e.passage_id for e in claims[2].evidence] == [
        e.passage_id for e in build_report_data(golden_store, [1]).articles[0].claims[1].evidence]
    assert data.articles[0].agreement == {}  # carol's blind reviews came on the 5th
    day5 = build_report_data(golden_store, [1], as_of="2024-06-05", now=NOW)
    six = day5.articles[0].claims[5]
    assert (six.status, six.reviewer) == (Status.PENDING, "bob")  # reopened at 12:30 that day
    day4 = build_report_data(golden_store, [1], as_of="2024-06-04", now=NOW)
    assert day4.articles[0].counts == {"verified": 2, "disputed": 1, "unsourced": 1,
                                       "pending": 3, "total": 7}
    early = build_report_data(golden_store, [1], as_of="2024-06-02", now=NOW)
    assert all(c.suggestion_status is None and not c.machine_evidence
               for c in early.articles[0].claims)  # `check` ran on the 3rd


def test_as_of_pin_followed_by_reopen_drops_the_evidence(golden_store: Store) -> None:
    day5 = build_report_data(golden_store, [1], as_of="2024-06-05", now=NOW)
    assert day5.articles[0].claims[5].evidence == ()


def test_all_articles_report_lists_every_article(golden_store: Store, tmp_path: Path) -> None:
    data = build_report_data(golden_store, None, now=NOW)
    assert [a.id for a in data.articles] == [a["id"] for a in golden_store.list_articles()]


def test_report_of_a_missing_article_raises_not_found(golden_store: Store) -> None:
    with pytest.raises(NotFound, match="no article with id 99"):
        render_report(golden_store, 99, "md")


def test_unknown_format_raises_bad_input(golden_store: Store) -> None:
    with pytest.raises(BadInput, match="unknown report format 'pdf'"):
        render_report(golden_store, 1, "pdf")


@pytest.mark.parametrize("bad", ["2024-13-01", "yesterday", "06/03/2024"])
def test_as_of_that_is_not_a_date_raises_bad_input(golden_store: Store, bad: str) -> None:
    with pytest.raises(BadInput, match="YYYY-MM-DD"):
        build_report_data(golden_store, [1], as_of=bad)


# -- HTML -----------------------------------------------------------------------------------------


class TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(text: str) -> TagCollector:
    parser = TagCollector()
    parser.feed(text)
    parser.close()
    return parser


SAFE_TAGS = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "h4", "dl",
             "dt", "dd", "svg", "text", "rect", "table", "thead", "tbody", "tr", "th", "td",
             "span", "a", "div", "sup", "section", "blockquote", "p", "strong", "ol", "li",
             "code"}


def test_html_is_self_contained(golden_store: Store) -> None:
    text = render_report(golden_store, 1, "html", now=NOW)
    page = parse_html(text)
    assert {tag for tag, _a in page.tags} <= SAFE_TAGS
    for _tag, attrs in page.tags:
        assert "src" not in attrs
        href = attrs.get("href")
        assert href is None or href.startswith(("#", "https://", "http://"))
    assert not [t for t, a in page.tags if t == "link"]
    assert "@import" not in text and "url(" not in text
    assert "<svg" in text


def test_html_links_each_claim_span_to_its_entry(golden_store: Store) -> None:
    page = parse_html(render_report(golden_store, 1, "html", now=NOW))
    ids = {a["id"] for _t, a in page.tags if a.get("id")}
    assert {f"claim-{i}" for i in range(1, 8)} <= ids
    span_links = [a for t, a in page.tags if t == "a" and "span" in (a.get("class") or "")]
    assert {a["href"] for a in span_links} == {f"#claim-{i}" for i in range(1, 8)}
    tints = {a["href"]: a["class"] for a in span_links}
    assert tints["#claim-1"] == "span verified" and tints["#claim-2"] == "span disputed"
    assert tints["#claim-4"] == "span unsourced" and tints["#claim-7"] == "span pending"


CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists()
                                        else None)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_html_renders_in_headless_chromium(golden_store: Store, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render_report(golden_store, 1, "html", now=NOW), encoding="utf-8")
    shot = tmp_path / "report.png"
    with tempfile.TemporaryDirectory() as profile:
        flags = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", f"--user-data-dir={profile}"]
        subprocess.run([*flags, f"--screenshot={shot}", "--window-size=1200,1600",
                        page.as_uri()], capture_output=True, timeout=180, check=True)
        dom = subprocess.run([*flags, "--dump-dom", page.as_uri()], capture_output=True,
                             text=True, timeout=180, check=True).stdout
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    assert 'id="claim-7"' in dom and "<script" not in dom


# -- hostile text ---------------------------------------------------------------------------------

HOSTILE = ('<script>alert(1)</script> <img src=x onerror=alert(2)> =HYPERLINK("http://evil",'
           '"x") *bold* _em_ [link](javascript:alert(3)) ![img](http://evil/x.png) | cell | '
           '`code` # heading &lt;b&gt; ~~gone~~ <a href="javascript:alert(4)">a</a>')


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = Store.open(tmp_path_factory.mktemp("hostile") / "hostile.db")
    body = f"{HOSTILE}\n# Not a heading\n- not a list\n=1+1\n{HOSTILE}"
    store.add_article(
        Document(title="=cmd|' /C calc'!A0 " + HOSTILE, body=body, url="javascript:alert(5)"),
        [ExtractedClaim(text="-2+3 " + HOSTILE, start=0, end=len(HOSTILE), kind=Kind.QUOTE,
                        speaker='@SUM(1) <script>x</script>'),
         ExtractedClaim(text="+" + HOSTILE, start=len(HOSTILE) + 1, end=len(body),
                        kind=Kind.EVENT)], "mallory")
    [(source_id, _n, _new)] = list(store.add_sources(
        [(Document(title=HOSTILE, body=HOSTILE + " Claim text.", url="javascript:alert(6)",
                   published=None), split_passages(HOSTILE + " Claim text."))], "mallory"))
    pid = int(store.conn.execute("SELECT id FROM passages WHERE source_id = ? ORDER BY id",
                                 (source_id,)).fetchone()[0])
    store.save_evidence(2, [(pid, 50.0, Stance.RELATED, "@" + HOSTILE)],
                        (Status.UNSOURCED, "\t" + HOSTILE))
    store.mark_claim(1, Status.DISPUTED, reviewer="=HYPERLINK(\"x\") <b>mallory</b>",
                     note="@SUM(A1) " + HOSTILE, evidence=[pid])
    store.save_report_settings({"org_name": "<script>org</script>", "org_url": "javascript:x"})
    yield store
    store.close()


def test_hostile_html_stays_inert(hostile_store: Store) -> None:
    text = render_report(hostile_store, 1, "html", now=NOW)
    page = parse_html(text)
    assert {tag for tag, _a in page.tags} <= SAFE_TAGS
    for _tag, attrs in page.tags:
        assert not [k for k in attrs if k.startswith("on")]
        href = attrs.get("href")
        assert href is None or href.startswith(("#", "https://", "http://"))
    assert "<script>" not in text and "<img" not in text
    visible = "".join(page.text)
    assert '<script>alert(1)</script> <img src=x onerror=alert(2)>' in visible  # shown, as text
    assert "javascript:alert(5)" in visible  # the bad URL is shown, never linked


def test_hostile_markdown_renders_as_plain_text(hostile_store: Store) -> None:
    from markdown_it import MarkdownIt

    md = render_report(hostile_store, 1, "md", now=NOW)
    html = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).render(md)
    page = parse_html(html)
    tags = [t for t, _a in page.tags]
    assert set(tags) <= {"h1", "h2", "h3", "h4", "ul", "li", "strong", "table", "thead",
                         "tbody", "tr", "th", "td", "a", "p", "blockquote", "ol", "code"}
    assert "img" not in tags and "script" not in tags and "em" not in tags and "s" not in tags
    assert tags.count("h2") == 1 and tags.count("h4") == 2  # one article, two claims
    for _t, attrs in page.tags:
        href = attrs.get("href")
        assert href is None or href.startswith(("#", "https://", "http://"))
    # the claims table keeps its six columns although the text holds `|`
    rows = html.split("<tbody>")[2].split("</tbody>")[0].count("<tr>")
    assert rows == 2
    assert html.split("<tbody>")[2].split("<tr>")[1].count("<td") == 6
    visible = "".join(page.text)
    assert "<script>alert(1)</script>" in visible and "[link](javascript:alert(3))" in visible
    assert "&lt;b&gt;" in visible  # an entity typed by the user stays as typed


@pytest.mark.parametrize("text", [HOSTILE, "# title", "1. item", "- item", "+ item", "> quote",
                                  "===", "a\\b", "`x`", "<b>", "a|b"])
def test_escape_md_leaves_no_markup(text: str) -> None:
    from markdown_it import MarkdownIt

    rendered = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).render(
        escape_md(text))
    page = parse_html(rendered)
    assert [t for t, _a in page.tags] == ["p"]
    assert "".join(page.text).strip() == text


def test_hostile_csv_cells_never_start_a_formula(hostile_store: Store) -> None:
    rows = list(csv.reader(io.StringIO(render_report(hostile_store, 1, "csv", now=NOW))))
    assert len(rows) == 3  # header + one row per claim, despite newlines and quotes in cells
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    header = rows[0]
    first = dict(zip(header, rows[1], strict=True))
    assert first["article_title"].startswith("'=cmd|")
    assert first["text"] == "'-2+3 " + HOSTILE
    assert first["note"] == "'@SUM(A1) " + HOSTILE
    assert first["reviewer"] == "'=HYPERLINK(\"x\") <b>mallory</b>"
    assert first["speaker"] == "'@SUM(1) <script>x</script>"
    second = dict(zip(header, rows[2], strict=True))
    assert second["suggestion_reason"] == "'\t" + HOSTILE


@pytest.mark.parametrize(("cell", "expected"), [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("\uff1d1+1", "'\uff1d1+1"), ("a=1", "a=1"),
    ("", ""), (None, ""), (12, "12"), (" =1", " =1")])
def test_neutralise(cell: object, expected: str) -> None:
    assert neutralise(cell) == expected


def test_hostile_json_keeps_text_exact(hostile_store: Store) -> None:
    data = json.loads(render_report(hostile_store, 1, "json", now=NOW))
    article = data["articles"][0]
    assert article["title"] == "=cmd|' /C calc'!A0 " + HOSTILE
    assert article["claims"][0]["note"] == "@SUM(A1) " + HOSTILE


def test_hostile_claimreview_has_no_bad_links(hostile_store: Store) -> None:
    reviews = json.loads(render_report(hostile_store, 1, "claimreview", now=NOW))
    [review] = reviews  # claim 2 is pending
    assert review["claimReviewed"] == "-2+3 " + " ".join(HOSTILE.split())
    assert "url" not in review  # the article URL is javascript:, so no anchor URL
    assert "citation" not in review and "appearance" not in review["itemReviewed"]
    assert review["author"] == {"@type": "Organization", "name": "<script>org</script>"}
    assert review["itemReviewed"]["author"] == {"@type": "Person",
                                                "name": "@SUM(1) <script>x</script>"}


@pytest.mark.parametrize(("url", "expected"), [
    ("https://example.org/a b?q=<x>", "https://example.org/a%20b?q=%3Cx%3E"),
    ("http://example.org/(x)", "http://example.org/%28x%29"),
    ("javascript:alert(1)", None), ("data:text/html,x", None), ("https://", None),
    ("//evil.example/x", None), ("", None), (None, None)])
def test_safe_url(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


# -- ClaimReview ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def reviews(golden_store: Store) -> list[dict[str, Any]]:
    return json.loads(render_report(golden_store, 1, "claimreview", now=NOW))  # type: ignore[no-any-return]


def walk(value: Any) -> Iterator[Any]:
    yield value
    if isinstance(value, dict):
        for v in value.values():
            yield from walk(v)
    elif isinstance(value, list):
        for v in value:
            yield from walk(v)


def test_claimreview_has_one_object_per_reviewed_claim(reviews: list[dict[str, Any]]) -> None:
    assert [r["url"] for r in reviews] == [
        f"https://example.org/news/belgorod-strike#claim-{i}" for i in (1, 2, 3, 4, 5)]
    assert all(r["@context"] == "https://schema.org" and r["@type"] == "ClaimReview"
               for r in reviews)
    assert "" not in list(walk(reviews)) and [] not in list(walk(reviews))


def test_claimreview_fields(reviews: list[dict[str, Any]]) -> None:
    first, second, third, fourth = reviews[:4]
    assert first["claimReviewed"] == "Belgorod is 32 kilometres from the Ukrainian border."
    assert first["reviewRating"] == {
        "@type": "Rating", "alternateName": "True",
        "ratingExplanation": "Wire factbox: about 32 km north of the border; the 40 km figure "
                             "is for the outskirts."}
    assert second["reviewRating"]["alternateName"] == "Misleading"  # the team's label
    assert fourth["reviewRating"]["alternateName"] == "Unproven"
    assert first["author"] == {"@type": "Organization", "name": "Desk Check",
                               "url": "https://desk.example.org"}
    assert first["datePublished"] == "2024-06-03" and third["datePublished"] == "2024-06-04"
    assert first["itemReviewed"] == {
        "@type": "Claim", "datePublished": "2024-06-02",
        "appearance": {"@type": "CreativeWork", "url": "https://example.org/news/belgorod-strike",
                       "headline": "Ukraine strikes Russian soil with American-supplied missiles",
                       "datePublished": "2024-06-02"}}
    assert third["itemReviewed"]["author"] == {"@type": "Person", "name": "Volodymyr Zelensky"}
    assert fourth["itemReviewed"]["author"] == {"@type": "Person", "name": "John Kirby"}
    assert [c["url"] for c in second["citation"]] == [
        "https://example.org/news/2024/06/01/guidance-sumy",
        "https://example.org/wire/2024/05/30/biden-kharkiv-policy"]
    assert "citation" not in third  # verified without pinned evidence
    assert first["inLanguage"] == "en"
    assert all(len(r["headline"]) <= 110 for r in reviews)


def test_claimreview_expands_to_schema_org_terms(reviews: list[dict[str, Any]]) -> None:
    jsonld = pytest.importorskip("pyld.jsonld")
    context = json.loads((GOLDEN / "schemaorg-context.jsonld").read_text(encoding="utf-8"))
    defined = {k for k, v in context["@context"].items()
               if isinstance(v, dict) and str(v.get("@id", "")).startswith("schema:")}
    asked: list[str] = []

    def offline_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
        asked.append(url)
        if url.rstrip("/") not in ("https://schema.org", "http://schema.org"):
            raise AssertionError(f"the test may not load {url}")
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
                "document": context}

    expanded = jsonld.expand(reviews, {"documentLoader": offline_loader})
    assert asked and len(expanded) == len(reviews)
    terms: set[str] = set()
    for node in walk(expanded):
        if not isinstance(node, dict):
            continue
        for key, value in node.items():
            if key.startswith("@"):
                if key == "@type":
                    terms.update([value] if isinstance(value, str) else value)
                continue
            terms.add(key)
    assert terms, "nothing expanded"
    for iri in terms:
        assert iri.startswith(("http://schema.org/", "https://schema.org/")), iri
        assert iri.rsplit("/", 1)[1] in defined, f"{iri} is not a schema.org term"
    # every property written survived expansion (JSON-LD drops terms it cannot map)
    written = {k for n in walk(reviews) if isinstance(n, dict) for k in n if not k.startswith("@")}
    assert {t.rsplit("/", 1)[1] for t in terms} >= written
    first = expanded[0]
    assert first["http://schema.org/url"] == [
        {"@id": "https://example.org/news/belgorod-strike#claim-1"}]


# -- settings -------------------------------------------------------------------------------------


def test_settings_round_trip_through_the_store(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        assert ReportSettings.from_mapping(store.load_report_settings()) == ReportSettings()
        store.save_report_settings({"org_name": "Desk", "label.verified": "Correct"})
        settings = ReportSettings.from_mapping(store.load_report_settings())
        assert (settings.org_name, settings.label(Status.VERIFIED),
                settings.label(Status.DISPUTED)) == ("Desk", "Correct", "False")
        store.save_report_settings({"label.verified": None})
        assert ReportSettings.from_mapping(store.load_report_settings()).label(
            Status.VERIFIED) == "True"


@pytest.mark.parametrize(("key", "value", "error"), [
    ("org_nam", "x", "unknown report setting"), ("org_url", "javascript:x", "http"),
    ("label.maybe", "x", "unknown report setting")])
def test_check_setting_refuses_bad_input(key: str, value: str, error: str) -> None:
    with pytest.raises(BadInput, match=error):
        check_setting(key, value)


# -- spans and hand-made claims -------------------------------------------------------------------


def entry(claim_id: int, start: int, end: int, status: Status) -> Any:
    from claimcheck.core.reports.data import ClaimEntry

    return ClaimEntry(id=claim_id, number=claim_id, text="t", kind="other", speaker=None,
                      start=start, end=end, status=status, version=1, reviewer=None,
                      decided_at=None, note=None)


def test_overlapping_and_out_of_range_spans_still_link_every_claim() -> None:
    from claimcheck.core.reports.html import render_article_text

    body = "Alpha beta gamma. <Delta> & epsilon."
    claims = (entry(1, 0, 17, Status.VERIFIED), entry(2, 6, 30, Status.DISPUTED),
              entry(3, 0, 0, Status.PENDING), entry(4, 30, 999, Status.UNSOURCED))
    text = render_article_text(body, claims)
    page = parse_html(f"<div>{text}</div>")
    visible = "".join(page.text)
    for digit in "124":  # the markers; what is left is the body, whole and in order
        visible = visible.replace(digit, "", 1)
    assert visible == body
    links = [a for t, a in page.tags if t == "a"]
    assert [a["href"] for a in links] == ["#claim-1", "#claim-1", "#claim-2", "#claim-4"]
    assert links[1]["title"] == "claim 1: verified, claim 2: disputed"
    assert [a["id"] for t, a in page.tags if t == "sup"] == ["span-1", "span-2", "span-4"]
    assert "&lt;Delta&gt; &amp; ep" in text and "<Delta>" not in text


def test_as_of_leaves_out_claims_added_later_and_shows_the_text_of_the_day(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock()
    monkeypatch.setattr(store_module, "utc_now", clock)
    store = Store.open(tmp_path / "edit.db")
    body = "Belgorod is 32 km from the border. The bridge opened in May."
    store.add_article(Document(title="T", body=body),
                      [ExtractedClaim(text="Belgorod is 32 km from the border.", start=0, end=34,
                                      kind=Kind.QUANTITY)], "alice")
    clock.at("2024-06-03T09:00:00")
    store.edit_claim(1, "Belgorod lies 32 km from the Ukrainian border.", reviewer="alice")
    store.mark_claim(1, Status.VERIFIED, reviewer="alice")
    clock.at("2024-06-04T09:00:00")
    store.edit_claim(1, "Belgorod lies about 32 km from the border.", reviewer="bob")
    store.add_claim(1, "The bridge opened in May.", reviewer="bob", start=35, end=len(body))
    day3 = build_report_data(store, [1], as_of="2024-06-03", now=NOW).articles[0]
    assert [(c.id, c.text, c.status) for c in day3.claims] == [
        (1, "Belgorod lies 32 km from the Ukrainian border.", Status.VERIFIED)]
    now = build_report_data(store, [1], now=NOW).articles[0]
    assert [(c.id, c.text, c.status, c.reviewer) for c in now.claims] == [
        (1, "Belgorod lies about 32 km from the border.", Status.VERIFIED, "alice"),
        (2, "The bridge opened in May.", Status.PENDING, None)]
    store.close()
