"""HTML to a `Document`: title and main text (a first version on the standard library).

Owned by the fetching work (issue 7), which may replace the extraction with a maintained
main-text library. Pure apart from `read_html_document`, which reads a file.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from claimcheck.core.documents import clean_title
from claimcheck.core.models import Document
from claimcheck.errors import BadInput, NotFound

HTML_SUFFIXES = (".html", ".htm")
_SKIP = {"script", "style", "noscript", "nav", "footer", "header", "aside", "form", "svg",
         "template", "button", "iframe"}
_BLOCK = {"p", "div", "section", "article", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br",
          "tr", "blockquote", "pre", "ul", "ol", "main", "figcaption", "dd", "dt"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.in_title = False
        self.title = ""
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip_depth += 1
        elif tag == "title":
            self.in_title = True
        if tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self.skip_depth:
            self.skip_depth -= 1
        elif tag == "title":
            self.in_title = False
        if tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif not self.skip_depth:
            self.parts.append(data)


def decode_html(raw: bytes, declared: str | None = None) -> str:
    """Decode HTML bytes: the declared charset, else the page's meta tag, else UTF-8/cp1252."""
    candidates = [declared] if declared else []
    meta = _META_CHARSET.search(raw[:4096])
    if meta:
        candidates.append(meta.group(1).decode("ascii", "ignore"))
    candidates += ["utf-8", "cp1252"]
    for charset in candidates:
        try:
            return raw.decode(charset or "utf-8")
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("utf-8", errors="replace")


def html_to_document(html: str, *, where: str, default_title: str, url: str | None = None) -> Document:
    """Main text and title of an HTML page.

    Raises:
        BadInput: the page has no readable text.
    """
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    body = "\n\n".join(p for p in paragraphs if p)
    if not body:
        raise BadInput(f"{where} has no readable text; give a page with an article body.")
    title = clean_title(parser.title) if parser.title.strip() else default_title
    return Document(title=title, body=body, url=url)


def read_html_document(path: Path) -> Document:
    """Read a saved HTML page from a file."""
    if not path.exists():
        raise NotFound(f"{path} does not exist; check the path.")
    raw = path.read_bytes()
    return html_to_document(decode_html(raw), where=str(path), default_title=path.name)
