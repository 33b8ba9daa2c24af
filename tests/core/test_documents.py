from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimcheck.core.documents import decode_text, parse_document, read_document, read_limited
from claimcheck.errors import BadInput, NotFound


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_header_lines_any_case_and_order_are_read(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"published: 2024-05-30\nURL: https://example.org/a\n"
                                    b"TITLE: Belgorod\n\nThe body.\nSecond line.\n")
    doc = read_document(path)
    assert doc.title == "Belgorod"
    assert doc.url == "https://example.org/a"
    assert doc.published == date(2024, 5, 30)
    assert doc.body == "The body.\nSecond line."


def test_file_without_headers_is_all_body_titled_by_file_name(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "notes.txt", b"Just a body.\n"))
    assert doc.title == "notes.txt"
    assert doc.body == "Just a body."
    assert doc.url is None and doc.published is None


def test_bom_and_crlf_are_normalised(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "b.txt", b"\xef\xbb\xbfTitle: T\r\n\r\nLine one.\r\nLine two.\r\n"))
    assert doc.title == "T"
    assert doc.body == "Line one.\nLine two."


@pytest.mark.parametrize("data, message", [
    (b"\xff\xfe\x00a\x00b", "binary"),
    (b"caf\xe9 au lait", "not valid UTF-8 (byte 0xe9 at offset 3)"),
    (b"%PDF-1.7 stuff", "binary"),
    (b"", "has no text"),
    (b"   \n\n  ", "has no text"),
    (b"Title: Only a title\n\n", "has no text"),
    (b"Published: May 30\n\nBody.", "is not YYYY-MM-DD"),
])
def test_bad_documents_raise_one_line_bad_input(tmp_path: Path, data: bytes, message: str) -> None:
    path = write(tmp_path, "bad.txt", data)
    with pytest.raises(BadInput) as info:
        read_document(path)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_file_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        read_document(tmp_path / "nope.txt")


def test_markup_and_escape_sequences_are_kept_literally() -> None:
    text = decode_text(b"Body with [bold]markup[/] and \x1b[31mred\x1b[0m.", "x")
    doc = parse_document(text, "t", "x")
    assert "[bold]markup[/]" in doc.body and "\x1b[31m" in doc.body


def test_offsets_count_characters_of_the_stored_body(fixtures_dir: Path) -> None:
    doc = read_document(fixtures_dir / "articles" / "belgorod.txt")
    assert doc.body.startswith("In a significant turn of events")
    assert "’" in doc.body  # typographic quotes survive


class EndlessStream:
    """A stream that never ends, like `/dev/zero` or `yes |`; counts what was read."""

    def __init__(self, block: bytes) -> None:
        self.block = block
        self.read_bytes = 0

    def read(self, size: int = -1) -> bytes:
        data = (self.block * (size // len(self.block) + 1))[:size]
        self.read_bytes += len(data)
        return data


def test_endless_binary_stream_is_refused_after_its_first_block() -> None:
    stream = EndlessStream(b"\x00")
    with pytest.raises(BadInput, match="looks like a binary file"):
        read_limited(stream, "standard input")  # type: ignore[arg-type]
    assert stream.read_bytes <= 1024 * 1024


def test_endless_text_stream_is_refused_past_the_limit() -> None:
    stream = EndlessStream(b"Italy will supply a second system.\n")
    with pytest.raises(BadInput) as info:
        read_limited(stream, "standard input", limit=3 * 1024 * 1024)  # type: ignore[arg-type]
    assert str(info.value) == (
        "standard input is larger than 3 MB; split it into smaller documents."
    )
    assert stream.read_bytes <= 4 * 1024 * 1024


def test_a_document_up_to_the_limit_is_read_whole(tmp_path: Path) -> None:
    body = b"Belgorod is 32 kilometers from the border.\n" * 120_000  # about 5 MB
    doc = read_document(write(tmp_path, "big.txt", body))
    assert len(doc.body) == len(body) - 1


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_dev_zero_is_refused_not_read_forever() -> None:
    with pytest.raises(BadInput, match="binary"):
        read_document(Path("/dev/zero"))
