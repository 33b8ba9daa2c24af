"""Compare main-text extractors on the saved pages in fixtures/html/ (issue 7).

Reads the expectations from fixtures/html/README.md (title, sentences that must appear, must not
appear, and "should not" nice-to-haves) and scores each extractor on them. Decoding is the same
for every extractor (`claimcheck.core.html.decode_html`), so only extraction is compared.

Run: python benchmarks/html_extract_quality.py
"""

from __future__ import annotations

import re
import socket
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HTML = ROOT / "fixtures" / "html"


def _no_network(*args: object, **kwargs: object) -> None:
    raise AssertionError("an extractor tried to open a network connection")


socket.socket.connect = _no_network  # type: ignore[method-assign]  # prove nothing downloads


def load_expectations() -> dict[str, dict[str, list[str]]]:
    text = (HTML / "README.md").read_text("utf-8")
    out: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] | None = None
    for line in text.splitlines():
        head = re.match(r"### `([^`]+)`", line)
        if head:
            current = out.setdefault(head.group(1), {"title": [], "must": [], "mustnot": [],
                                                     "shouldnot": []})
            continue
        if current is None or not line.startswith("- "):
            continue
        quoted = re.findall(r"`([^`]+)`", line)
        if line.startswith("- Title:"):
            current["title"] += quoted
        elif line.startswith("- Must contain:"):
            current["must"] += quoted[:1]
        elif line.startswith("- Must not contain:"):
            current["mustnot"] += quoted[:1]
        elif line.startswith("- Should not contain"):
            current["shouldnot"] += quoted
    return out


def norm(text: str) -> str:
    return " ".join(text.split())


def stdlib_extract(html: str) -> tuple[str, str]:
    """The first stdlib version (tag skip list), kept here as the baseline."""
    from html.parser import HTMLParser

    skip = {"script", "style", "noscript", "nav", "footer", "header", "aside", "form", "svg",
            "template", "button", "iframe"}

    class P(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.depth = 0
            self.in_title = False
            self.title = ""
            self.parts: list[str] = []

        def handle_starttag(self, tag: str, attrs: object) -> None:
            if tag in skip:
                self.depth += 1
            elif tag == "title":
                self.in_title = True
            self.parts.append("\n")

        def handle_endtag(self, tag: str) -> None:
            if tag in skip and self.depth:
                self.depth -= 1
            elif tag == "title":
                self.in_title = False

        def handle_data(self, data: str) -> None:
            if self.in_title:
                self.title += data
            elif not self.depth:
                self.parts.append(data)

    p = P()
    p.feed(html)
    return p.title, "".join(p.parts)


def trafilatura_extract(html: str) -> tuple[str, str]:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=True, favor_precision=False)
    if doc is None:
        return "", ""
    return doc.title or "", doc.text or ""


def trafilatura_precision_extract(html: str) -> tuple[str, str]:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      favor_precision=True)
    if doc is None:
        return "", ""
    return doc.title or "", doc.text or ""


def readability_extract(html: str) -> tuple[str, str]:
    import lxml.html
    from readability import Document

    doc = Document(html)
    summary = lxml.html.fromstring(doc.summary(html_partial=True))
    return doc.short_title(), "\n".join(t for t in summary.itertext())


def justext_extract(html: str) -> tuple[str, str]:
    import justext

    paragraphs = justext.justext(html.encode("utf-8"), justext.get_stoplist("English"),
                                 encoding="utf-8")
    return "", "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def claimcheck_extract(html: str) -> tuple[str, str]:
    from claimcheck.core.html import html_to_document

    doc = html_to_document(html, where="page", default_title="")
    return doc.title, doc.body


def claimcheck_fallback_extract(html: str) -> tuple[str, str]:
    from claimcheck.core.html import _fallback

    return _fallback(html)


EXTRACTORS: dict[str, Callable[[str], tuple[str, str]]] = {
    "stdlib (baseline)": stdlib_extract,
    "trafilatura": trafilatura_extract,
    "trafilatura precision": trafilatura_precision_extract,
    "readability-lxml": readability_extract,
    "justext": justext_extract,
    "claimcheck fallback": claimcheck_fallback_extract,
    "claimcheck.core.html": claimcheck_extract,
}


def main() -> int:
    from claimcheck.core.html import decode_html

    expectations = load_expectations()
    pages = {name: decode_html((HTML / name).read_bytes()) for name in expectations}
    print(f"{len(pages)} pages; score = checks passed / checks")
    print(f"{'extractor':24} {'title':>6} {'must':>6} {'mustnot':>8} {'should':>7} {'ms/page':>8}")
    for label, extract in EXTRACTORS.items():
        got = {"title": [0, 0], "must": [0, 0], "mustnot": [0, 0], "shouldnot": [0, 0]}
        misses: list[str] = []
        started = time.perf_counter()
        for name, html in pages.items():
            exp = expectations[name]
            try:
                title, text = extract(html)
            except Exception as exc:  # noqa: BLE001 - a benchmark reports, never stops
                title, text = "", ""
                misses.append(f"{name}: raised {exc!r}")
            body = norm(text)
            for want in exp["title"]:
                got["title"][1] += 1
                ok = norm(title) == want
                got["title"][0] += ok
                if not ok:
                    misses.append(f"{name}: title {norm(title)!r}")
            for key, present in (("must", True), ("mustnot", False), ("shouldnot", False)):
                for sentence in exp[key]:
                    got[key][1] += 1
                    ok = (norm(sentence) in body) == present
                    got[key][0] += ok
                    if not ok:
                        misses.append(f"{name}: {key} {sentence[:60]!r}")
        ms = (time.perf_counter() - started) * 1000 / len(pages)
        cells = [f"{a}/{b}" for a, b in got.values()]
        print(f"{label:24} {cells[0]:>6} {cells[1]:>6} {cells[2]:>8} {cells[3]:>7} {ms:8.1f}")
        for miss in misses:
            print(f"    miss {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
