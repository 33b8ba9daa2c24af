"""Reading articles and sources from bytes: the contract's plain-text document format.

A `.txt` or `.md` file may start with header lines `Title:`, `URL:`, `Published:` (any case, any
order, `Published` as YYYY-MM-DD), ended by a blank line. A byte-order mark is ignored, `\\r\\n`
is read as `\\n`, and the text must be strict UTF-8. Everything here raises `BadInput` with one
line that names the input and says what to do; nothing here touches the database.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import BinaryIO

from claimcheck.core.models import Document
from claimcheck.errors import BadInput, NotFound

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
"""Suffixes `source add FOLDER` picks up as plain text (HTML is handled by fetch)."""
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
"""Largest file or standard input read as one document (a long report is a few MB)."""
_READ_BLOCK = 1024 * 1024

_HEADER = re.compile(r"^[ \t]*(title|url|published)[ \t]*:[ \t]*(.*?)[ \t]*$", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_YMD = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
"""Terminal escape sequences (CSI, OSC, two-byte): never part of a title."""


def parse_published(value: str, where: str) -> date:
    """Parse a `Published:` value (YYYY-MM-DD), or raise BadInput naming `where`."""
    try:
        if not _YMD.fullmatch(value.strip()):  # fromisoformat also takes 20240530, 2024-W22-4
            raise ValueError(value)
        return date.fromisoformat(value.strip())
    except ValueError:
        raise BadInput(
            f"{where}: Published date {value.strip()!r} is not YYYY-MM-DD; write it like 2024-05-30."
        ) from None


def parse_iso_date(value: str | None) -> date | None:
    """The date at the start of an ISO 8601 text ("2024-05-30T12:00Z" too), else None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def decode_text(raw: bytes, where: str) -> str:
    """Strict UTF-8 decode with BOM and CRLF handling; refuses binary data.

    Raises:
        BadInput: binary content or invalid UTF-8.
    """
    _refuse_binary(raw, where)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = raw[exc.start]
        raise BadInput(
            f"{where} is not valid UTF-8 (byte 0x{bad:02x} at offset {exc.start}); "
            "save it as UTF-8 and retry."
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _refuse_binary(head: bytes, where: str) -> None:
    """Raise BadInput when the first bytes of a document are UTF-16 or binary."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BadInput(f"{where} is UTF-16, binary to claimcheck; save it as UTF-8 text and retry.")
    if b"\x00" in head[:65536] or _looks_binary(head[:4096]):
        raise BadInput(f"{where} looks like a binary file, not text; give a UTF-8 .txt or .md file.")


def _looks_binary(head: bytes) -> bool:
    if not head:
        return False
    # Magic numbers of common binary formats people drop by mistake.
    if head.startswith((b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8",
                        b"SQLite format 3", b"\x1f\x8b", b"\x7fELF")):
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32 and b != 27)
    return controls / len(head) > 0.05


def parse_document(text: str, default_title: str, where: str) -> Document:
    """Split header lines from the body and check the body is not empty.

    Args:
        text: decoded text (see `decode_text`).
        default_title: title used when the text has no `Title:` line.
        where: how to name the input in error messages (a path, "standard input", a URL).

    Raises:
        BadInput: empty body or a malformed `Published:` line.
    """
    lines = text.split("\n")
    headers: dict[str, str] = {}
    index = 0
    # Skip blank lines before the header block.
    while index < len(lines) and not lines[index].strip():
        index += 1
    while index < len(lines):
        match = _HEADER.match(lines[index])
        if not match or match.group(1).lower() in headers:
            break
        headers[match.group(1).lower()] = match.group(2)
        index += 1
    body_start = sum(len(line) + 1 for line in lines[:index]) if headers else 0
    # Leading blank lines and trailing whitespace are not part of the stored body.
    body = text[body_start:].rstrip().lstrip("\n")
    if not body.strip():
        raise BadInput(f"{where} has no text; give a document with a body.")
    title = (headers.get("title") or "").strip() or default_title
    url = (headers.get("url") or "").strip() or None
    published_text = (headers.get("published") or "").strip()
    published = parse_published(published_text, where) if published_text else None
    return Document(title=clean_title(title), body=body, url=url, published=published)


def clean_title(title: str) -> str:
    """A one-line title: control characters removed, whitespace collapsed, at most 300 chars."""
    title = title.encode("utf-8", "replace").decode("utf-8")  # a file name's undecodable bytes
    title = _CONTROL.sub("", _ANSI.sub("", title).replace("\x1b", ""))
    title = " ".join(title.split())
    return title[:300] or "untitled"


def read_limited(handle: BinaryIO, where: str, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """Read a whole file or stream, but never forever: binary data is refused from its first
    block and anything over `limit` bytes as soon as it is passed (`/dev/zero`, `yes |`).

    Raises:
        BadInput: binary data, or more than `limit` bytes.
    """
    blocks: list[bytes] = []
    total = 0
    while True:
        block = handle.read(_READ_BLOCK)
        if not block:
            break
        if not blocks:
            _refuse_binary(block, where)
        total += len(block)
        if total > limit:
            raise BadInput(
                f"{where} is larger than {limit // (1024 * 1024)} MB; split it into smaller "
                "documents."
            )
        blocks.append(block)
    return b"".join(blocks)


def read_path_bytes(path: Path) -> bytes:
    """The bytes of a document file, read with `read_limited`.

    Raises:
        NotFound: the file does not exist.
        BadInput: a folder, unreadable, binary or too large.
    """
    if not path.exists():
        raise NotFound(f"{path} does not exist; check the path.")
    if path.is_dir():
        raise BadInput(f"{path} is a folder; give a file.")
    try:
        with path.open("rb") as handle:
            return read_limited(handle, str(path))
    except OSError as exc:
        raise BadInput(f"cannot read {path} ({exc.strerror}); check its permissions.") from None


def read_document(path: Path) -> Document:
    """Read a plain-text document from a file.

    Raises:
        NotFound: the file does not exist.
        BadInput: not a readable text file.
    """
    raw = read_path_bytes(path)
    return parse_document(decode_text(raw, str(path)), default_title=path.name, where=str(path))


def read_stdin_document(raw: bytes | BinaryIO, title: str = "standard input") -> Document:
    """Read a document piped on standard input (the bytes, or the stream to read them from)."""
    if not isinstance(raw, bytes):
        raw = read_limited(raw, "standard input")
    return parse_document(decode_text(raw, "standard input"), default_title=title,
                          where="standard input")


def find_documents(folder: Path, suffixes: tuple[str, ...] = TEXT_SUFFIXES) -> list[Path]:
    """Every file under `folder` with one of `suffixes`, recursively, in name order."""
    return sorted(p for p in folder.rglob("*")
                  if p.is_file() and p.suffix.lower() in suffixes and not p.name.startswith("."))
