"""HTML to a `Document`: charset, title and main text of a news page.

What it owns: turning the bytes of a saved or fetched page into text a reviewer can check.
Decoding follows the order browsers use: a byte-order mark, the charset the server declared, the
page's own `<meta>` declaration, then detection (charset-normalizer, then windows-1252), with one
exception: bytes that are valid UTF-8 and not pure ASCII are read as UTF-8 whatever the labels
say, since servers that call every page ISO-8859-1 are common and the reverse mistake is not.
A declared `iso-8859-1` or `ascii` is read as windows-1252, as browsers do, so the curly quotes
of pages that mislabel themselves survive.

Main text comes from trafilatura (chosen over readability-lxml and jusText on the pages in
`fixtures/html/`; see `benchmarks/html_extract_quality.py`): it drops navigation, cookie banners,
related-story asides, comments, footers and scripts, and it reads the title from `og:title`,
`<h1>` or `<title>` without the site-name suffix. Pages trafilatura finds no article in (tiny or
unusual pages) fall back to a standard-library reader that keeps the visible text outside
navigation, headers, footers, forms and scripts. Nothing here downloads anything: trafilatura is
only given a string. Pure apart from `read_html_document`, which reads a file.
"""

from __future__ import annotations

import codecs
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from claimcheck.core.documents import clean_title, parse_iso_date, read_path_bytes
from claimcheck.core.models import Document
from claimcheck.errors import BadInput

HTML_SUFFIXES = (".html", ".htm")
"""Suffixes `source add` reads as HTML pages."""
MAX_EXTRACT_CHARS = 2_000_000
"""Pages longer than this skip the main-text extractor (about 2 s per MB) for the fast reader."""

_SKIP = {"script", "style", "noscript", "nav", "footer", "header", "aside", "form", "svg",
         "template", "button", "iframe", "select", "dialog"}
_BLOCK = {"p", "div", "section", "article", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br",
          "tr", "blockquote", "pre", "ul", "ol", "main", "figcaption", "dd", "dt", "table"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "col", "area", "base"}
_BOILERPLATE_ATTR = re.compile(r"cookie|consent|gdpr|newsletter|subscribe|advert|promo|banner",
                               re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_TITLE_SUFFIX = re.compile(r"\s+[|\u2013\u2014-]\s+[^|\u2013\u2014]{2,60}$")
# Labels browsers treat as windows-1252 (WHATWG Encoding Standard).
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii",
              "ansi_x3.4-1968", "cp819", "ibm819", "iso-ir-100", "windows-1252", "cp1252",
              "x-cp1252"}


def _codec(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


_CP1252_TABLE = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0)
                 if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def _decode_cp1252(raw: bytes) -> str:
    # Five bytes are undefined in Python's cp1252; browsers keep them as C1 controls (latin-1).
    return raw.decode("latin-1").translate(_CP1252_TABLE)


def _decode(raw: bytes, codec: str) -> str:
    if codec == "cp1252":
        return _decode_cp1252(raw)
    return raw.decode(codec)


def meta_charset(raw: bytes) -> str | None:
    """The charset a page declares in a `<meta>` tag within its first 4 KB, if any."""
    found = _META_CHARSET.search(raw[:4096])
    return found.group(1).decode("ascii", "ignore") if found else None


def decode_html(raw: bytes, declared: str | None = None) -> str:
    """Decode page bytes to text.

    Order: byte-order mark, valid non-ASCII UTF-8, `declared` (the HTTP header's charset), the
    page's `<meta>` charset, charset-normalizer's guess, windows-1252. A declaration the bytes
    do not fit (e.g. "utf-8" on windows-1252 bytes) is skipped rather than producing
    replacement marks.

    Args:
        raw: the page as bytes.
        declared: the charset from the Content-Type header, if any.
    """
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if raw.startswith(bom):
            return raw[len(bom):].decode(codec, errors="replace")
    if not raw.isascii():
        # Non-ASCII text that is valid UTF-8 is UTF-8 whatever the labels say: other charsets
        # almost never form valid multi-byte sequences, while servers that label every page
        # ISO-8859-1 are common.
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
    for label in (declared, meta_charset(raw)):
        named = _codec(label)
        if named is None:
            continue
        if named.startswith("utf-16"):
            named = "utf-8"  # a meta tag readable as ASCII cannot be UTF-16: the label lies
        try:
            return _decode(raw, named)
        except UnicodeDecodeError:
            continue
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(raw[:200_000]).best()
        if best is not None and best.encoding:
            return _decode(raw, _codec(best.encoding) or "cp1252")
    except (ImportError, LookupError, UnicodeDecodeError):
        pass
    return _decode_cp1252(raw)


class _TextParser(HTMLParser):
    """Visible text outside navigation, headers, footers, forms, scripts and banners."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[bool] = []
        self.skip_depth = 0
        self.in_title = False
        self.title = ""
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag in _BLOCK:
            self.parts.append("\n\n")
        if tag in _VOID:
            return
        marker = " ".join(v or "" for k, v in attrs if k in ("id", "class", "role"))
        skip = tag in _SKIP or bool(_BOILERPLATE_ATTR.search(marker))
        self.stack.append(skip)
        self.skip_depth += skip

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _BLOCK:
            self.parts.append("\n\n")
        if tag in _VOID or not self.stack:
            return
        self.skip_depth -= self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif not self.skip_depth:
            self.parts.append(data)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _paragraphs(text: str) -> str:
    """Whitespace collapsed inside paragraphs; paragraphs separated by one blank line;
    control characters (never meaningful in an article, unsafe in a terminal) removed."""
    text = _CONTROL.sub("", text)
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n|\n", text))
    return "\n\n".join(p for p in paragraphs if p)


def _fallback(html: str) -> tuple[str, str]:
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    title = parser.title.strip()
    title = _TITLE_SUFFIX.sub("", title) if _TITLE_SUFFIX.search(title) else title
    return title, _paragraphs("".join(parser.parts))




def extract_main_text(html: str, url: str | None = None) -> tuple[str, str, date | None]:
    """Title, main text and publication date of a page; empty strings when nothing is found.

    Dates are taken only from the page's metadata (JSON-LD, meta tags), never guessed from
    the text, because a wrong date misleads claim extraction more than a missing one.
    """
    title, body, published = "", "", None
    if len(html) <= MAX_EXTRACT_CHARS:
        # Imported here (not at module level) to keep `claimcheck match` fast; imported outside
        # the try so a broken installation fails loudly instead of silently degrading.
        import trafilatura

        try:
            doc = trafilatura.bare_extraction(
                html, url=url, with_metadata=True, include_comments=False, include_tables=True,
                favor_precision=True, deduplicate=False, fast=True,
                date_extraction_params={"extensive_search": False, "original_date": True})
        except Exception:  # noqa: BLE001 - any parser failure falls back to the simple reader
            doc = None
        if doc is not None:
            title = (getattr(doc, "title", None) or "").strip()
            body = _paragraphs(getattr(doc, "text", None) or "")
            published = parse_iso_date(getattr(doc, "date", None))
    if not body:
        fallback_title, body = _fallback(html)
        title = title or fallback_title
    return title, body, published


def html_to_document(html: str, *, where: str, default_title: str, url: str | None = None) -> Document:
    """Main text and title of an HTML page.

    Args:
        html: the decoded page (see `decode_html`).
        where: how to name the page in error messages (a path or URL).
        default_title: the title when the page has none.
        url: the page's URL, stored with the document.

    Raises:
        BadInput: the page has no readable text.
    """
    title, body, published = extract_main_text(html, url)
    if not body:
        raise BadInput(f"{where} has no readable text; give a page with an article body.")
    return Document(title=clean_title(title) if title else default_title, body=body, url=url,
                    published=published)


def read_html_document(path: Path) -> Document:
    """Read a saved HTML page from a file.

    Raises:
        NotFound: the file does not exist.
        BadInput: the page has no readable text.
    """
    raw = read_path_bytes(path)  # refuses binary data (NUL bytes) from its first block
    return html_to_document(decode_html(raw), where=str(path), default_title=path.name)
