"""Main-text extraction and charset decoding on the saved pages in fixtures/html/.

The expectations are read from fixtures/html/README.md, so the tests and the README cannot drift.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimcheck.core.html import decode_html, html_to_document, read_html_document
from claimcheck.errors import BadInput, NotFound

HTML = Path(__file__).resolve().parents[2] / "fixtures" / "html"


def expectations() -> list[tuple[str, str, list[str], list[str], list[str]]]:
    """(file, title, must contain, must not contain, should not contain) per README section."""
    out = []
    sections = re.split(r"^### ", (HTML / "README.md").read_text("utf-8"), flags=re.MULTILINE)
    for section in sections[1:]:
        name = re.match(r"`([^`]+)`", section).group(1)  # type: ignore[union-attr]
        lines = section.splitlines()

        def quoted(prefix: str, first_only: bool = True,
                   lines: list[str] = lines) -> list[str]:
            found = []
            for line in lines:
                if line.startswith(prefix):
                    values = re.findall(r"`([^`]+)`", line)
                    found += values[:1] if first_only else values
            return found

        out.append((name, quoted("- Title:")[0], quoted("- Must contain:"),
                    quoted("- Must not contain:"), quoted("- Should not contain", False)))
    return out


CASES = expectations()


def test_readme_lists_every_saved_page() -> None:
    assert sorted(c[0] for c in CASES) == sorted(p.name for p in HTML.glob("*.html"))
    assert all(c[2] and c[3] for c in CASES)


@pytest.mark.parametrize(("name", "title", "must", "must_not", "should_not"), CASES,
                         ids=[c[0] for c in CASES])
def test_saved_page_gives_title_and_main_text(name: str, title: str, must: list[str],
                                               must_not: list[str], should_not: list[str]) -> None:
    document = read_html_document(HTML / name)
    body = " ".join(document.body.split())
    assert document.title == title
    for sentence in must:
        assert " ".join(sentence.split()) in body
    for sentence in must_not + should_not:
        assert sentence not in body


def test_paragraphs_are_separated_by_blank_lines() -> None:
    document = read_html_document(HTML / "marlow-bridge.html")
    paragraphs = document.body.split("\n\n")
    assert len(paragraphs) >= 3
    assert all(p == " ".join(p.split()) for p in paragraphs)


def test_published_date_comes_from_page_metadata() -> None:
    assert str(read_html_document(HTML / "dutch-f16.html").published) == "2024-05-30"


def test_scripts_and_json_ld_never_reach_the_text() -> None:
    body = read_html_document(HTML / "dutch-f16.html").body
    assert "@context" not in body and "dataLayer" not in body


@pytest.mark.parametrize(("raw", "declared", "expected"), [
    ("Café – “quoted”".encode(), None, "Café – “quoted”"),
    ("Café – “quoted”".encode("cp1252"), None, "Café – “quoted”"),
    ("Café – “quoted”".encode("cp1252"), "iso-8859-1", "Café – “quoted”"),
    ("Café – “quoted”".encode("cp1252"), "utf-8", "Café – “quoted”"),
    ("Jürgen « ß »".encode("latin-1"), "ISO-8859-1", "Jürgen « ß »"),
    ("Jürgen « ß » “q”".encode(), "ISO-8859-1", "Jürgen « ß » “q”"),  # mislabelled UTF-8
    ("Привет, мир".encode("koi8-r"), "koi8-r", "Привет, мир"),
    (b"\xef\xbb\xbfBOM text", "cp1252", "BOM text"),
    ("Ελληνικά".encode("iso-8859-7"), "no-such-charset", None),
])
def test_decode_html_order(raw: bytes, declared: str | None, expected: str | None) -> None:
    text = decode_html(raw, declared)
    if expected is not None:
        assert text == expected
    else:
        assert "\ufffd" not in text and text  # an unknown label falls through to detection


def test_meta_charset_is_used_when_header_has_none() -> None:
    raw = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
           "</head><body><p>Привет</p></body></html>").encode("koi8-r")
    assert "Привет" in decode_html(raw)


def test_header_charset_wins_over_meta() -> None:
    raw = '<meta charset="utf-8"><p>Привет</p>'.encode("koi8-r")
    assert "Привет" in decode_html(raw, "koi8-r")


def test_unusual_small_page_falls_back_to_visible_text() -> None:
    html = ("<html><head><title>Note | Site</title></head><body><div class='cookie-banner'>"
            "We use cookies</div><nav>Home</nav><div>Italy sends SAMP/T.</div>"
            "<script>var x = 'hidden';</script></body></html>")
    document = html_to_document(html, where="page", default_title="fallback")
    assert "Italy sends SAMP/T." in document.body
    assert "cookies" not in document.body and "hidden" not in document.body
    assert "Home" not in document.body


def test_page_without_text_raises_bad_input() -> None:
    with pytest.raises(BadInput, match="page.html has no readable text"):
        html_to_document("<html><body><script>x()</script></body></html>", where="page.html",
                         default_title="page.html")


def test_title_falls_back_to_default() -> None:
    document = html_to_document("<p>Just one sentence of text here.</p>", where="p",
                                default_title="p.html")
    assert document.title == "p.html"


def test_missing_file_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        read_html_document(tmp_path / "nope.html")


def test_binary_file_with_html_suffix_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(BadInput, match="binary"):
        read_html_document(path)
