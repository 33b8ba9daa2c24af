"""The store: every SQL statement claimcheck runs, on one shared SQLite file.

What it owns: the schema (sqlite-utils migrations applied on open), articles, claims and their
append-only history, sources and their passages (with an FTS5 index kept in sync by triggers, set
up the way sqlite-utils' `enable_fts` does it, so Datasette and `sqlite-utils search` find it),
and evidence. What it must not do: extraction, ranking or formatting; those are pure modules.

Why it is shaped so: several reviewers share one file. Every write is one `BEGIN IMMEDIATE`
transaction (so two writers queue instead of failing half-way), retried with backoff while
another process holds the lock, within a bounded time. Claim changes check a version number and
raise `EditConflict` naming who changed the claim and when. History rows are never updated or
deleted: triggers refuse it. Times are ISO 8601 UTC text, so the file stays readable by `sqlite3`,
`sqlite-utils` and Datasette. A file that is not a claimcheck database is refused before anything
is written to it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlite_utils.migrations import Migrations

from claimcheck.core.models import (
    Article,
    Claim,
    Document,
    ExtractedClaim,
    Facts,
    HistoryEntry,
    Kind,
    Passage,
    PassageSpan,
    Source,
    Stance,
    Status,
)
from claimcheck.errors import BadInput, DatabaseError, EditConflict, NotFound

APPLICATION_ID = 0x43434B31
"""`PRAGMA application_id` of a claimcheck database ("CCK1")."""
BUSY_TIMEOUT_S = 10.0
"""How long SQLite itself waits for a lock before reporting SQLITE_BUSY."""
WRITE_DEADLINE_S = 30.0
"""How long a write keeps retrying on SQLITE_BUSY before the user is told."""
FTS_TOKENIZE = "porter unicode61 remove_diacritics 2"
"""Stemming and diacritic folding for the passage index."""
BULK_INDEX_MIN_PASSAGES = 200
"""A source batch with at least this many passages fills the FTS indexes in one statement."""
PRESENCE_TTL_S = 60.0
"""A workbench heartbeat older than this no longer counts as present."""
MAX_CLAIM_CHARS = 10_000
"""A claim typed or edited by hand may be at most this long."""

migrations = Migrations("claimcheck")


def utc_now() -> str:
    """The current time as ISO 8601 UTC text, to the second ("2024-05-30T12:00:00Z")."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def sha256_text(text: str) -> str:
    """Hex SHA-256 of text encoded as UTF-8 (documents and pinned passages)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------------------------------------
# Schema
# ---------------------------------------------------------------------------------------------


@migrations(name="0001_initial")
def _m0001_initial(db: sqlite_utils.Database) -> None:
    db.execute(
        "CREATE TABLE claimcheck_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("INSERT INTO claimcheck_meta VALUES ('application', 'claimcheck')")
    db.execute("""
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            url TEXT,
            published TEXT,
            body TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            added_by TEXT NOT NULL,
            added_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX articles_sha256 ON articles(sha256)")
    db.execute("""
        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            "order" INTEGER NOT NULL,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            kind TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'verified', 'disputed', 'unsourced')),
            version INTEGER NOT NULL DEFAULT 1,
            reviewer TEXT,
            updated_at TEXT,
            note TEXT,
            facts TEXT,
            speaker TEXT,
            deleted INTEGER NOT NULL DEFAULT 0
        )""")
    db.execute('CREATE INDEX claims_article ON claims(article_id, "order")')
    db.execute("""
        CREATE TABLE claim_history (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id),
            version INTEGER NOT NULL,
            action TEXT NOT NULL DEFAULT 'mark',
            status TEXT NOT NULL,
            note TEXT,
            evidence TEXT NOT NULL DEFAULT '[]',
            text TEXT,
            reviewer TEXT NOT NULL,
            at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX claim_history_claim ON claim_history(claim_id, version)")
    db.execute("""
        CREATE TRIGGER claim_history_no_update BEFORE UPDATE ON claim_history
        BEGIN SELECT RAISE(ABORT, 'claim_history is append-only'); END""")
    db.execute("""
        CREATE TRIGGER claim_history_no_delete BEFORE DELETE ON claim_history
        BEGIN SELECT RAISE(ABORT, 'claim_history is append-only'); END""")
    db.execute("""
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            url TEXT,
            published TEXT,
            body TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            added_by TEXT NOT NULL,
            added_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX sources_sha256 ON sources(sha256)")
    db.execute("""
        CREATE TABLE passages (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES sources(id),
            "order" INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL
        )""")
    db.execute('CREATE INDEX passages_source ON passages(source_id, "order")')
    db.table("passages").enable_fts(["text"], create_triggers=True, tokenize=FTS_TOKENIZE)
    db.execute("""
        CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id),
            passage_id INTEGER NOT NULL REFERENCES passages(id),
            score REAL NOT NULL,
            stance TEXT NOT NULL CHECK (stance IN ('supports', 'contradicts', 'related')),
            reason TEXT NOT NULL DEFAULT '',
            rank INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            added_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX evidence_claim ON evidence(claim_id, rank)")
    db.execute("""
        CREATE TABLE suggestions (
            claim_id INTEGER PRIMARY KEY REFERENCES claims(id),
            status TEXT NOT NULL,
            reason TEXT NOT NULL,
            at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE VIEW claims_latest AS
        SELECT claims.id, claims.article_id, articles.title AS article_title, claims."order",
               claims.text, claims.kind, claims.status, claims.version, claims.reviewer,
               claims.updated_at, claims.note, suggestions.status AS suggestion,
               suggestions.reason AS suggestion_reason
        FROM claims
        JOIN articles ON articles.id = claims.article_id
        LEFT JOIN suggestions ON suggestions.claim_id = claims.id
        WHERE claims.deleted = 0""")


@migrations(name="0002_review")
def _m0002_review(db: sqlite_utils.Database) -> None:
    db.execute("""
        CREATE TABLE pinned_evidence (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id),
            passage_id INTEGER NOT NULL REFERENCES passages(id),
            sha256 TEXT NOT NULL,
            version INTEGER NOT NULL,
            reviewer TEXT NOT NULL,
            at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX pinned_evidence_claim ON pinned_evidence(claim_id, version)")
    db.execute("""
        CREATE TABLE presence (
            reviewer TEXT PRIMARY KEY,
            article_id INTEGER REFERENCES articles(id),
            claim_id INTEGER REFERENCES claims(id),
            editing INTEGER NOT NULL DEFAULT 0,
            at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE assignments (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            reviewer TEXT NOT NULL,
            assigned_by TEXT NOT NULL,
            at TEXT NOT NULL,
            UNIQUE (article_id, reviewer)
        )""")
    db.execute("""
        CREATE TABLE blind_reviews (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id),
            status TEXT NOT NULL
                CHECK (status IN ('pending', 'verified', 'disputed', 'unsourced')),
            note TEXT,
            reviewer TEXT NOT NULL,
            at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX blind_reviews_claim ON blind_reviews(claim_id)")
    for table in ("blind_reviews",):
        db.execute(f"""
            CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
            BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END""")
        db.execute(f"""
            CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
            BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END""")


@migrations(name="0003_sources_fts")
def _m0003_sources_fts(db: sqlite_utils.Database) -> None:
    # Source-level bm25 (title and body) for the matcher; same tokenizer as passages_fts.
    db.table("sources").enable_fts(["title", "body"], create_triggers=True, tokenize=FTS_TOKENIZE)


# ---------------------------------------------------------------------------------------------
# Opening
# ---------------------------------------------------------------------------------------------


NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smbfs", "smb3", "afs", "9p", "ncpfs", "fuse.sshfs", "sshfs",
    "davfs", "fuse.davfs", "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph", "lustre", "gpfs",
})
"""File systems whose locking SQLite's documentation warns against for a shared database."""
MOUNTS_FILE = Path("/proc/mounts")
"""Where Linux lists mounted file systems (other platforms: no detection)."""


def network_filesystem(path: Path) -> str | None:
    """The type of network file system holding `path`, or None (local, or unknown platform)."""
    try:
        lines = MOUNTS_FILE.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = str(path.resolve().parent if not path.exists() else path.resolve())
    best, best_type = "", None
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount = fields[1].replace("\\040", " ")
        inside = target == mount or target.startswith(mount.rstrip("/") + "/")
        if inside and len(mount) >= len(best):
            best, best_type = mount, fields[2]
    if best_type and best_type.lower() in NETWORK_FILESYSTEMS:
        return best_type
    return None


_OPEN_FILES: dict[tuple[int, int], int] = {}
"""(device, inode) -> connections this process holds open on that file (see `_check_file`)."""
_OPEN_FILES_LOCK = threading.Lock()


def _file_id(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return (stat.st_dev, stat.st_ino)


def _check_file(path: Path) -> bool:
    """Refuse a file that is not SQLite before SQLite touches it. True if the file is new."""
    if not path.exists():
        if not path.parent.exists():
            raise DatabaseError(
                f"cannot create database {path}: folder {path.parent} does not exist; "
                "create it or pass another --db."
            )
        return True
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file; pass a file path with --db.")
    if _OPEN_FILES.get(_file_id(path)):
        # Held open by this process. Opening and closing the file here again would drop
        # the POSIX locks SQLite holds on it for this process's live connections (closing any
        # descriptor of a file releases them all), so another process could take itself for
        # the last user and delete the WAL under them: their data_version then never moves.
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except OSError as exc:
        raise DatabaseError(f"cannot read database {path} ({exc.strerror}); check its permissions.") from None
    if not head:
        return True
    if not head.startswith(b"SQLite format 3\x00"):
        raise DatabaseError(
            f"{path} is not a SQLite database; pass a claimcheck database with --db "
            "(a missing file is created)."
        )
    return False


class Store:
    """A connection to one claimcheck database. Use `Store.open(path)`; close when done.

    One `Store` belongs to one thread at a time (a worker opens its own).
    """

    def __init__(self, path: Path, db: sqlite_utils.Database) -> None:
        self.path = path
        self.db = db
        self.conn: sqlite3.Connection = db.conn
        self._file_key: tuple[int, int] | None = None

    # -- lifecycle ------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, readonly: bool = False,
             allow_network_fs: bool = False) -> Store:
        """Open (or create) a claimcheck database and bring its schema up to date.

        Args:
            readonly: open without writing anything (no migration, no WAL switch).
            allow_network_fs: open for writing even on NFS/SMB (SQLite's locking is unreliable
                there and can corrupt a shared file; for those who insist).

        Raises:
            DatabaseError: not a SQLite file, not a claimcheck database, corrupt or unreadable,
                or on a network file system without `allow_network_fs`.
        """
        path = Path(path)
        is_new = _check_file(path)
        fs_type = None if readonly or allow_network_fs else network_filesystem(path)
        if fs_type:
            raise DatabaseError(
                f"{path} is on a network file system ({fs_type}), where SQLite's locking is "
                "unreliable and a shared database can be corrupted; run claimcheck on the host "
                "that holds the file (e.g. over SSH), or pass --allow-network-fs if you insist.")
        try:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                   check_same_thread=False)
        except sqlite3.Error as exc:
            raise DatabaseError(f"cannot open database {path} ({exc}); check the path.") from None
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            if not is_new:
                _verify_claimcheck(conn, path)
            conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
                if mode.lower() != "wal":
                    conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
            db = sqlite_utils.Database(conn, execute_plugins=False)
            store = cls(path, db)
            key = _file_id(path)
            store._file_key = key
            with _OPEN_FILES_LOCK:
                _OPEN_FILES[key] = _OPEN_FILES.get(key, 0) + 1
            if not readonly:
                store._migrate()
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise DatabaseError(_describe_db_error(path, exc)) from None
        except BaseException:
            conn.close()
            raise
        return store

    def _migrate(self) -> None:
        if not migrations.pending(self.db):
            return
        with self.write():
            # Another process may have migrated while we waited for the lock.
            for migration in migrations.pending(self.db):
                migration.fn(self.db)
                migrations._record_applied(self.db, migration.name)  # noqa: SLF001
            self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")

    def close(self) -> None:
        self.conn.close()
        key = self._file_key
        if key is not None:
            self._file_key = None
            with _OPEN_FILES_LOCK:
                left = _OPEN_FILES.get(key, 1) - 1
                if left > 0:
                    _OPEN_FILES[key] = left
                else:
                    _OPEN_FILES.pop(key, None)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ---------------------------------------------------------------------------

    @contextmanager
    def write(self, deadline_s: float | None = None) -> Iterator[sqlite3.Connection]:
        """One `BEGIN IMMEDIATE` transaction, retried with backoff while the file is locked.

        Raises:
            DatabaseError: the lock could not be had within `deadline_s`.
        """
        if self.conn.in_transaction:
            yield self.conn  # nested: part of the caller's transaction
            return
        give_up = time.monotonic() + (WRITE_DEADLINE_S if deadline_s is None else deadline_s)
        delay = 0.01
        while True:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc) or time.monotonic() + delay > give_up:
                    raise DatabaseError(_describe_db_error(self.path, exc)) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.5)
        try:
            yield self.conn
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error as exc:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise DatabaseError(_describe_db_error(self.path, exc)) from None

    def data_version(self) -> int:
        """`PRAGMA data_version`: changes when another connection commits."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    # -- articles and claims --------------------------------------------------------------------

    def add_article(self, document: Document, claims: Sequence[ExtractedClaim],
                    reviewer: str) -> tuple[Article, list[Claim], bool]:
        """Store an article with its extracted claims.

        Returns:
            (article, claims, new): an identical body already stored is returned as it is,
            with `new` False.
        """
        digest = sha256_text(document.body)
        row = self.conn.execute("SELECT id FROM articles WHERE sha256 = ? ORDER BY id LIMIT 1",
                                (digest,)).fetchone()
        if row:
            return self.load_article(row[0]), self.list_claims(row[0]), False
        now = utc_now()
        with self.write():
            cur = self.conn.execute(
                "INSERT INTO articles (title, url, published, body, sha256, added_by, added_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (document.title, document.url,
                 document.published.isoformat() if document.published else None,
                 document.body, digest, reviewer, now))
            article_id = int(cur.lastrowid or 0)
            self.conn.executemany(
                'INSERT INTO claims (article_id, "order", text, start, "end", kind, facts, speaker) '
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(article_id, order, c.text, c.start, c.end, str(c.kind),
                  json.dumps(c.facts.to_dict(), ensure_ascii=False), c.speaker)
                 for order, c in enumerate(claims)])
        return self.load_article(article_id), self.list_claims(article_id), True

    def load_article(self, article_id: int) -> Article:
        row = self.conn.execute(
            "SELECT id, title, body, url, published, sha256, added_by, added_at "
            "FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFound(f"no article with id {article_id}; run `claimcheck articles` to list them.")
        return Article(*row)

    def list_articles(self) -> list[dict[str, Any]]:
        """Every article, newest first, with claim counts per status."""
        rows = self.conn.execute("""
            SELECT a.id, a.title, a.url, a.published, a.added_at,
                   COUNT(c.id),
                   SUM(c.status = 'verified'), SUM(c.status = 'disputed'),
                   SUM(c.status = 'unsourced'), SUM(c.status = 'pending')
            FROM articles a LEFT JOIN claims c ON c.article_id = a.id AND c.deleted = 0
            GROUP BY a.id ORDER BY a.added_at DESC, a.id DESC""").fetchall()
        return [
            {"id": r[0], "title": r[1], "url": r[2], "published": r[3], "added_at": r[4],
             "claims": r[5], "verified": r[6] or 0, "disputed": r[7] or 0,
             "unsourced": r[8] or 0, "pending": r[9] or 0}
            for r in rows
        ]

    _CLAIM_COLUMNS = ('id, article_id, "order", text, start, "end", kind, status, version, '
                      "reviewer, updated_at, note, facts, speaker")

    @staticmethod
    def _claim(row: Sequence[Any]) -> Claim:
        facts = Facts.from_dict(json.loads(row[12])) if row[12] else Facts()
        return Claim(id=row[0], article_id=row[1], order=row[2], text=row[3], start=row[4],
                     end=row[5], kind=Kind(row[6]), status=Status(row[7]), version=row[8],
                     reviewer=row[9], updated_at=row[10], note=row[11], facts=facts,
                     speaker=row[13])

    def list_claims(self, article_id: int) -> list[Claim]:
        """The article's claims in order (deleted claims left out).

        Raises:
            NotFound: no such article.
        """
        rows = self.conn.execute(
            f"SELECT {self._CLAIM_COLUMNS} FROM claims WHERE article_id = ? AND deleted = 0 "
            'ORDER BY "order", id', (article_id,)).fetchall()
        if not rows:
            self.load_article(article_id)  # raises NotFound for a missing article
        return [self._claim(r) for r in rows]

    def load_claim(self, claim_id: int) -> Claim:
        """Raises NotFound for a missing or deleted claim."""
        row = self.conn.execute(
            f"SELECT {self._CLAIM_COLUMNS} FROM claims WHERE id = ? AND deleted = 0",
            (claim_id,)).fetchone()
        if row is None:
            raise NotFound(f"no claim with id {claim_id}; run `claimcheck claims ARTICLE_ID` to list them.")
        return self._claim(row)

    def mark_claim(self, claim_id: int, status: Status, *, reviewer: str,
                   note: str | None = None, evidence: Sequence[int] = (),
                   if_version: int | None = None, action: str = "mark") -> Claim:
        """Set a claim's status, append to its history and raise its version by one.

        Args:
            note: replaces the claim's note when given; None keeps the current note.
            evidence: passage ids the verdict rests on (must exist).
            if_version: refuse unless the claim's version is still this.

        Raises:
            NotFound: no such claim or passage.
            EditConflict: the claim's version is no longer `if_version`.
        """
        status = Status(status)
        with self.write():
            current = self.load_claim(claim_id)
            self._check_version(current, if_version)
            for passage_id in evidence:
                if not self.conn.execute("SELECT 1 FROM passages WHERE id = ?",
                                         (passage_id,)).fetchone():
                    raise NotFound(f"no passage with id {passage_id}; "
                                   "run `claimcheck match TEXT` to find passage ids.")
            now = utc_now()
            new_note = current.note if note is None else note
            new_version = current.version + 1
            self.conn.execute(
                "UPDATE claims SET status = ?, note = ?, version = ?, reviewer = ?, updated_at = ? "
                "WHERE id = ? AND version = ?",
                (str(status), new_note, new_version, reviewer, now, claim_id, current.version))
            self._append_history(claim_id, new_version, action, status, new_note, evidence,
                                 None, reviewer, now)
            for passage_id in dict.fromkeys(evidence):
                text = self.conn.execute("SELECT text FROM passages WHERE id = ?",
                                         (passage_id,)).fetchone()[0]
                self.conn.execute(
                    "INSERT INTO pinned_evidence (claim_id, passage_id, sha256, version, reviewer, "
                    "at) VALUES (?, ?, ?, ?, ?, ?)",
                    (claim_id, passage_id, sha256_text(text), new_version, reviewer, now))
        return self.load_claim(claim_id)

    def _check_version(self, current: Claim, if_version: int | None) -> None:
        if if_version is None or current.version == if_version:
            return
        if current.reviewer:
            changed = f"{current.reviewer} changed it at {current.updated_at}"
        else:
            changed = "nobody has changed it since it was extracted"
        raise EditConflict(
            f"conflict: claim {current.id} is at version {current.version}, not {if_version}; "
            f"{changed}. Reload it and mark again.",
            claim_id=current.id, current_version=current.version,
            changed_by=current.reviewer, changed_at=current.updated_at)

    def _append_history(self, claim_id: int, version: int, action: str, status: Status,
                        note: str | None, evidence: Sequence[int], text: str | None,
                        reviewer: str, at: str) -> None:
        self.conn.execute(
            "INSERT INTO claim_history (claim_id, version, action, status, note, evidence, text, "
            "reviewer, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (claim_id, version, action, str(status), note, json.dumps(list(evidence)), text,
             reviewer, at))

    def edit_claim(self, claim_id: int, text: str, *, reviewer: str,
                   if_version: int | None = None, kind: Kind | None = None,
                   action: str = "edit") -> Claim:
        """Change a claim's text (and kind); recorded in the history as an edit."""
        text = _claim_text(text)
        with self.write():
            current = self.load_claim(claim_id)
            self._check_version(current, if_version)
            now = utc_now()
            version = current.version + 1
            self.conn.execute(
                "UPDATE claims SET text = ?, kind = ?, version = ?, reviewer = ?, updated_at = ? "
                "WHERE id = ?",
                (text, str(kind or current.kind), version, reviewer, now, claim_id))
            self._append_history(claim_id, version, action, current.status, current.note, (),
                                 text, reviewer, now)
        return self.load_claim(claim_id)

    def history(self, claim_id: int) -> list[HistoryEntry]:
        """The claim's history, oldest first. Raises NotFound for an unknown claim."""
        if not self.conn.execute("SELECT 1 FROM claims WHERE id = ?", (claim_id,)).fetchone():
            raise NotFound(f"no claim with id {claim_id}; run `claimcheck claims ARTICLE_ID` to list them.")
        rows = self.conn.execute(
            "SELECT claim_id, version, status, note, evidence, reviewer, at, text, action "
            "FROM claim_history WHERE claim_id = ? ORDER BY id", (claim_id,)).fetchall()
        return [HistoryEntry(claim_id=r[0], version=r[1], status=Status(r[2]), note=r[3],
                             evidence=tuple(json.loads(r[4] or "[]")), reviewer=r[5], at=r[6],
                             text=r[7], action=r[8]) for r in rows]

    # -- sources and passages -------------------------------------------------------------------

    def find_source_by_sha(self, digest: str) -> int | None:
        row = self.conn.execute("SELECT id FROM sources WHERE sha256 = ? ORDER BY id LIMIT 1",
                                (digest,)).fetchone()
        return int(row[0]) if row else None

    def add_sources(self, items: Iterable[tuple[Document, Sequence[PassageSpan]]],
                    reviewer: str, batch: int = 2000,
                    batch_passages: int = 50_000) -> Iterator[tuple[int, int, bool]]:
        """Store sources with their passages, one transaction per batch.

        A batch closes at `batch` sources or `batch_passages` passages, whichever comes first:
        fewer, larger batches mean fewer full-text index segments to merge.

        Yields:
            (source_id, passage count, new) per item, in order; an identical body already
            stored (or earlier in the same import) yields the existing id with `new` False.
        """
        pending: list[tuple[Document, Sequence[PassageSpan], str]] = []
        passages = 0
        for document, spans in items:
            pending.append((document, spans, sha256_text(document.body)))
            passages += len(spans)
            if len(pending) >= batch or passages >= batch_passages:
                yield from self._insert_sources(pending, reviewer)
                pending, passages = [], 0
        if pending:
            yield from self._insert_sources(pending, reviewer)

    def _insert_sources(self, pending: list[tuple[Document, Sequence[PassageSpan], str]],
                        reviewer: str) -> list[tuple[int, int, bool]]:
        """Insert one batch of sources in one write transaction.

        A large batch fills the full-text indexes once per batch instead of once per row: FTS5
        flushes its pending terms at every statement, so the per-row insert triggers write one
        tiny index segment per passage (4-5 times the cost of a bare index build). Inside the
        same transaction the insert triggers are dropped, the rows inserted, each index filled
        with one INSERT ... SELECT of the new rows, and the triggers recreated from their own
        SQL, so other connections only ever see the usual schema.
        """
        out: list[tuple[int, int, bool]] = []
        now = utc_now()
        bulk = sum(len(spans) for _d, spans, _h in pending) >= BULK_INDEX_MIN_PASSAGES
        with self.write():
            triggers: list[tuple[str, str]] = []
            if bulk:
                triggers = self.conn.execute(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                    "AND name IN ('passages_ai', 'sources_ai')").fetchall()
                for name, _sql in triggers:
                    self.conn.execute(f'DROP TRIGGER "{name}"')
            first_passage = (self.conn.execute("SELECT MAX(id) FROM passages").fetchone()[0] or 0) + 1
            first_source = (self.conn.execute("SELECT MAX(id) FROM sources").fetchone()[0] or 0) + 1
            for document, spans, digest in pending:
                existing = self.find_source_by_sha(digest)
                if existing is not None:
                    count = self.conn.execute("SELECT COUNT(*) FROM passages WHERE source_id = ?",
                                              (existing,)).fetchone()[0]
                    out.append((existing, int(count), False))
                    continue
                cur = self.conn.execute(
                    "INSERT INTO sources (title, url, published, body, sha256, added_by, added_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (document.title, document.url,
                     document.published.isoformat() if document.published else None,
                     document.body, digest, reviewer, now))
                source_id = int(cur.lastrowid or 0)
                self.conn.executemany(
                    'INSERT INTO passages (source_id, "order", start, "end", text) '
                    "VALUES (?, ?, ?, ?, ?)",
                    [(source_id, s.order, s.start, s.end, s.text) for s in spans])
                out.append((source_id, len(spans), True))
            names = {name for name, _sql in triggers}
            if "passages_ai" in names:
                self.conn.execute("INSERT INTO passages_fts (rowid, text) SELECT id, text "
                                  "FROM passages WHERE id >= ?", (first_passage,))
            if "sources_ai" in names:
                self.conn.execute("INSERT INTO sources_fts (rowid, title, body) "
                                  "SELECT id, title, body FROM sources WHERE id >= ?",
                                  (first_source,))
            for _name, sql in triggers:
                self.conn.execute(sql)
        return out

    def load_source(self, source_id: int) -> Source:
        row = self.conn.execute(
            "SELECT id, title, body, url, published, sha256, added_by, added_at "
            "FROM sources WHERE id = ?", (source_id,)).fetchone()
        if row is None:
            raise NotFound(f"no source with id {source_id}; run `claimcheck sources` to list them.")
        return Source(*row)

    def list_sources(self) -> list[dict[str, Any]]:
        rows = self.conn.execute("""
            SELECT s.id, s.title, s.url, s.published, s.added_at,
                   (SELECT COUNT(*) FROM passages p WHERE p.source_id = s.id)
            FROM sources s ORDER BY s.id""").fetchall()
        return [{"id": r[0], "title": r[1], "url": r[2], "published": r[3], "added_at": r[4],
                 "passages": r[5]} for r in rows]

    def count_passages(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM passages").fetchone()[0])

    def load_passages(self, passage_ids: Sequence[int]) -> dict[int, tuple[Passage, Source]]:
        """Passages with their sources (bodies left empty for speed), keyed by passage id."""
        out: dict[int, tuple[Passage, Source]] = {}
        ids = list(dict.fromkeys(passage_ids))
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start:chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            for r in self.conn.execute(
                    f'SELECT p.id, p.source_id, p."order", p.start, p."end", p.text, '
                    f"s.title, s.url, s.published, s.sha256, s.added_by, s.added_at "
                    f"FROM passages p JOIN sources s ON s.id = p.source_id WHERE p.id IN ({marks})",
                    chunk):
                out[r[0]] = (Passage(r[0], r[1], r[2], r[3], r[4], r[5]),
                             Source(r[1], r[6], "", r[7], r[8], r[9], r[10], r[11]))
        return out

    def search_passage_candidates(self, fts_query: str, limit: int) -> list[tuple[int, int, str, float]]:
        """FTS5 candidates for a MATCH expression, best bm25 first.

        Returns:
            (passage_id, source_id, text, bm25) tuples; bm25 is negative, lower is better.
        """
        try:
            # Rank inside the index first, then join only the winners (about 15% faster).
            rows = self.conn.execute(
                "SELECT p.id, p.source_id, p.text, hits.r FROM ("
                "  SELECT rowid, bm25(passages_fts) AS r FROM passages_fts"
                "  WHERE passages_fts MATCH ? ORDER BY r LIMIT ?"
                ") AS hits JOIN passages p ON p.id = hits.rowid ORDER BY hits.r",
                (fts_query, limit)).fetchall()
        except sqlite3.OperationalError as exc:
            if "fts5" in str(exc).lower() or "syntax" in str(exc).lower():
                return []
            raise
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    def search_source_candidates(self, fts_query: str, limit: int) -> list[tuple[int, float]]:
        """Whole sources (title weighted 3, body 1) for a MATCH expression, best bm25 first.

        The matcher fuses this with passage bm25: what a source is about says much about its
        sentences (added with the retrieval work of issue 4).

        Returns:
            (source_id, bm25) tuples; bm25 is negative, lower is better. Empty on a syntax error
            or when the database has no `sources_fts` index.
        """
        try:
            rows = self.conn.execute(
                "SELECT rowid, bm25(sources_fts, 3.0, 1.0) AS r FROM sources_fts "
                "WHERE sources_fts MATCH ? ORDER BY r LIMIT ?", (fts_query, limit)).fetchall()
        except sqlite3.OperationalError as exc:
            text = str(exc).lower()
            if "fts5" in text or "syntax" in text or "no such table" in text:
                return []
            raise
        return [(int(r[0]), float(r[1])) for r in rows]

    def load_source_passages(self, source_ids: Sequence[int],
                             per_source: int = 64) -> list[tuple[int, int, str, float]]:
        """The first `per_source` passages of each source, as candidates with bm25 0.0."""
        out: list[tuple[int, int, str, float]] = []
        for source_id in dict.fromkeys(source_ids):
            out.extend((r[0], r[1], r[2], 0.0) for r in self.conn.execute(
                'SELECT id, source_id, text FROM passages WHERE source_id = ? '
                'AND retired_at IS NULL ORDER BY "order" '  # issue 7: old versions not matched
                "LIMIT ?", (source_id, per_source)))
        return out

    def passage_term_frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        """Number of passages containing each (already tokenised) term, from fts5vocab."""
        self._ensure_vocab()
        out: dict[str, int] = {}
        for term in dict.fromkeys(terms):
            row = self.conn.execute("SELECT doc FROM passages_fts_vocab WHERE term = ?",
                                    (term,)).fetchone()
            out[term] = int(row[0]) if row else 0
        return out

    def _ensure_vocab(self) -> None:
        # A temp table: created per connection, never written to the shared file.
        self.conn.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.passages_fts_vocab "
            "USING fts5vocab(main, passages_fts, row)")

    # -- evidence and suggestions ---------------------------------------------------------------

    def save_evidence(self, claim_id: int,
                      items: Sequence[tuple[int, float, Stance, str]],
                      suggestion: tuple[Status, str] | None = None) -> None:
        """Replace the machine evidence of a claim (ranked) and its suggestion.

        Args:
            items: (passage_id, score, stance, reason), best first.
        """
        now = utc_now()
        with self.write():
            self.conn.execute("DELETE FROM evidence WHERE claim_id = ?", (claim_id,))
            texts = {pid: p.text for pid, (p, _s) in self.load_passages([i[0] for i in items]).items()}
            self.conn.executemany(
                "INSERT INTO evidence (claim_id, passage_id, score, stance, reason, rank, sha256, "
                "added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(claim_id, pid, float(score), str(stance), reason, rank,
                  sha256_text(texts.get(pid, "")), now)
                 for rank, (pid, score, stance, reason) in enumerate(items)])
            if suggestion is not None:
                self.conn.execute(
                    "INSERT INTO suggestions (claim_id, status, reason, at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(claim_id) DO UPDATE SET status = excluded.status, "
                    "reason = excluded.reason, at = excluded.at",
                    (claim_id, str(suggestion[0]), suggestion[1], now))

    def load_evidence(self, claim_id: int) -> list[dict[str, Any]]:
        """Stored evidence of a claim, best first, with passage and source details."""
        rows = self.conn.execute("""
            SELECT e.passage_id, p.source_id, s.title, s.url, s.published, p.text, e.score,
                   e.stance, e.reason, e.rank, e.sha256
            FROM evidence e JOIN passages p ON p.id = e.passage_id
            JOIN sources s ON s.id = p.source_id
            WHERE e.claim_id = ? ORDER BY e.rank""", (claim_id,)).fetchall()
        return [{"passage_id": r[0], "source_id": r[1], "source_title": r[2], "source_url": r[3],
                 "source_published": r[4], "text": r[5], "score": r[6], "stance": r[7],
                 "reason": r[8], "rank": r[9], "sha256": r[10]} for r in rows]

    def load_suggestion(self, claim_id: int) -> tuple[Status, str] | None:
        row = self.conn.execute("SELECT status, reason FROM suggestions WHERE claim_id = ?",
                                (claim_id,)).fetchone()
        return (Status(row[0]), row[1]) if row else None


    # -- claim editing (the extractor is never perfect) -----------------------------------------

    def add_claim(self, article_id: int, text: str, *, reviewer: str, start: int = 0,
                  end: int = 0, kind: Kind = Kind.OTHER, after_claim_id: int | None = None) -> Claim:
        """Add a claim by hand (placed after `after_claim_id`, else last); history "create"."""
        text = _claim_text(text)
        with self.write():
            self.load_article(article_id)
            if after_claim_id is not None:
                order = self.load_claim(after_claim_id).order + 1
                self.conn.execute('UPDATE claims SET "order" = "order" + 1 '
                                  'WHERE article_id = ? AND "order" >= ?', (article_id, order))
            else:
                row = self.conn.execute('SELECT COALESCE(MAX("order") + 1, 0) FROM claims '
                                        "WHERE article_id = ?", (article_id,)).fetchone()
                order = int(row[0])
            now = utc_now()
            cur = self.conn.execute(
                'INSERT INTO claims (article_id, "order", text, start, "end", kind, reviewer, '
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (article_id, order, text, start, end, str(kind), reviewer, now))
            claim_id = int(cur.lastrowid or 0)
            self._append_history(claim_id, 1, "create", Status.PENDING, None, (), text,
                                 reviewer, now)
        return self.load_claim(claim_id)

    def delete_claim(self, claim_id: int, *, reviewer: str, if_version: int | None = None) -> None:
        """Hide a claim (its row and history stay for the record); history "delete"."""
        with self.write():
            current = self.load_claim(claim_id)
            self._check_version(current, if_version)
            now = utc_now()
            self.conn.execute("UPDATE claims SET deleted = 1, version = version + 1, "
                              "reviewer = ?, updated_at = ? WHERE id = ?", (reviewer, now, claim_id))
            self._append_history(claim_id, current.version + 1, "delete", current.status,
                                 current.note, (), current.text, reviewer, now)

    def split_claim(self, claim_id: int, texts: Sequence[str], *, reviewer: str,
                    if_version: int | None = None) -> list[Claim]:
        """Replace a claim by several: the first keeps its id, the rest follow it in order."""
        parts = [_claim_text(t) for t in texts if t.strip()]
        if len(parts) < 2:
            raise BadInput("a split needs at least two non-empty parts; separate them with a blank line.")
        with self.write():
            current = self.load_claim(claim_id)
            self._check_version(current, if_version)
            edited = self.edit_claim(claim_id, parts[0], reviewer=reviewer,
                                     if_version=current.version, action="split")
            out = [edited]
            after = claim_id
            for text in parts[1:]:
                added = self.add_claim(current.article_id, text, reviewer=reviewer,
                                       start=current.start, end=current.end, kind=current.kind,
                                       after_claim_id=after)
                out.append(added)
                after = added.id
        return out

    def merge_claims(self, claim_id: int, next_claim_id: int, *, reviewer: str,
                     if_version: int | None = None, next_if_version: int | None = None) -> Claim:
        """Merge a claim with another (usually the next): texts joined, spans united."""
        with self.write():
            first = self.load_claim(claim_id)
            second = self.load_claim(next_claim_id)
            if first.article_id != second.article_id:
                raise BadInput("only claims of the same article can be merged.")
            self._check_version(first, if_version)
            self._check_version(second, next_if_version)
            text = first.text.rstrip() + " " + second.text.lstrip()
            now = utc_now()
            version = first.version + 1
            self.conn.execute(
                'UPDATE claims SET text = ?, start = ?, "end" = ?, version = ?, reviewer = ?, '
                "updated_at = ? WHERE id = ?",
                (text, min(first.start, second.start), max(first.end, second.end), version,
                 reviewer, now, claim_id))
            self._append_history(claim_id, version, "merge", first.status, first.note, (), text,
                                 reviewer, now)
            self.delete_claim(next_claim_id, reviewer=reviewer)
        return self.load_claim(claim_id)

    def undo_last_mark(self, claim_id: int, *, reviewer: str,
                       if_version: int | None = None) -> Claim:
        """Restore the status and note before the latest mark, as a new history entry."""
        with self.write():
            current = self.load_claim(claim_id)
            self._check_version(current, if_version)
            marks = [h for h in self.history(claim_id) if h.action in ("mark", "undo", "reopen")]
            if not marks:
                raise BadInput(f"claim {claim_id} has no mark to undo.")
            previous = marks[-2] if len(marks) >= 2 else None
            status = previous.status if previous else Status.PENDING
            note = previous.note if previous else None
            now = utc_now()
            version = current.version + 1
            self.conn.execute(
                "UPDATE claims SET status = ?, note = ?, version = ?, reviewer = ?, updated_at = ? "
                "WHERE id = ?", (str(status), note, version, reviewer, now, claim_id))
            self._append_history(claim_id, version, "undo", status, note,
                                 previous.evidence if previous else (), None, reviewer, now)
            if previous is not None:
                # The restored verdict rests on the evidence pinned with it, hashes as pinned then.
                self.conn.execute(
                    "INSERT INTO pinned_evidence (claim_id, passage_id, sha256, version, reviewer, at) "
                    "SELECT claim_id, passage_id, sha256, ?, ?, ? FROM pinned_evidence "
                    "WHERE claim_id = ? AND version = ? ORDER BY id",
                    (version, reviewer, now, claim_id, previous.version))
        return self.load_claim(claim_id)

    def reopen_claim(self, claim_id: int, reason: str, *, reviewer: str) -> Claim:
        """Send a claim back to review (status pending) with a history entry saying why."""
        return self.mark_claim(claim_id, Status.PENDING, reviewer=reviewer, note=reason,
                               action="reopen")

    def load_pinned_evidence(self, claim_id: int) -> list[dict[str, Any]]:
        """Passages the claim's current verdict rests on, with the hash stored when pinned
        and whether the passage text still matches it."""
        claim = self.load_claim(claim_id)
        rows = self.conn.execute("""
            SELECT pe.passage_id, pe.sha256, pe.reviewer, pe.at, p.text, s.id, s.title, s.url,
                   s.published
            FROM pinned_evidence pe JOIN passages p ON p.id = pe.passage_id
            JOIN sources s ON s.id = p.source_id
            WHERE pe.claim_id = ? AND pe.version = (
                SELECT MAX(version) FROM pinned_evidence WHERE claim_id = ?)
            ORDER BY pe.id""", (claim_id, claim_id)).fetchall()
        if rows:
            # Evidence belongs to a verdict: once the status changed after the pin, it no longer
            # backs the current status.
            pinned_version = self.conn.execute(
                "SELECT MAX(version) FROM pinned_evidence WHERE claim_id = ?", (claim_id,)
            ).fetchone()[0]
            changed = self.conn.execute(
                "SELECT 1 FROM claim_history WHERE claim_id = ? AND version > ? AND status != ?",
                (claim_id, pinned_version, str(claim.status))).fetchone()
            pinned_status = self.conn.execute(
                "SELECT status FROM claim_history WHERE claim_id = ? AND version = ?",
                (claim_id, pinned_version)).fetchone()
            if changed or (pinned_status and pinned_status[0] != str(claim.status)):
                rows = []
        return [{"passage_id": r[0], "sha256": r[1], "reviewer": r[2], "at": r[3], "text": r[4],
                 "source_id": r[5], "source_title": r[6], "source_url": r[7],
                 "source_published": r[8], "intact": sha256_text(r[4]) == r[1]} for r in rows]

    # -- teams: presence, assignment, blind review ----------------------------------------------

    def heartbeat(self, reviewer: str, article_id: int | None, claim_id: int | None,
                  editing: bool = False) -> None:
        """Record where a reviewer is (one row per reviewer, replaced each beat)."""
        with self.write():
            self.conn.execute(
                "INSERT INTO presence (reviewer, article_id, claim_id, editing, at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(reviewer) DO UPDATE SET "
                "article_id = excluded.article_id, claim_id = excluded.claim_id, "
                "editing = excluded.editing, at = excluded.at",
                (reviewer, article_id, claim_id, int(editing), utc_now()))

    def leave(self, reviewer: str) -> None:
        """Remove a reviewer's presence row (the workbench closed)."""
        with self.write():
            self.conn.execute("DELETE FROM presence WHERE reviewer = ?", (reviewer,))

    def presence(self, article_id: int | None = None, max_age_s: float = PRESENCE_TTL_S,
                 now: datetime | None = None) -> list[dict[str, Any]]:
        """Reviewers seen within `max_age_s` (on one article if given)."""
        cutoff = ((now or datetime.now(UTC)) - timedelta(seconds=max_age_s)).strftime(
            "%Y-%m-%dT%H:%M:%S.%fZ")
        sql = "SELECT reviewer, article_id, claim_id, editing, at FROM presence WHERE at >= ?"
        params: list[Any] = [cutoff]
        if article_id is not None:
            sql += " AND article_id = ?"
            params.append(article_id)
        return [{"reviewer": r[0], "article_id": r[1], "claim_id": r[2], "editing": bool(r[3]),
                 "at": r[4]} for r in self.conn.execute(sql + " ORDER BY reviewer", params)]

    def assign(self, article_id: int, reviewer: str, *, assigned_by: str) -> None:
        """Assign an article to a reviewer (idempotent)."""
        with self.write():
            self.load_article(article_id)
            self.conn.execute(
                "INSERT INTO assignments (article_id, reviewer, assigned_by, at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(article_id, reviewer) DO NOTHING",
                (article_id, reviewer, assigned_by, utc_now()))

    def assignments(self, reviewer: str | None = None) -> list[dict[str, Any]]:
        sql = ("SELECT a.article_id, a.reviewer, a.assigned_by, a.at, ar.title FROM assignments a "
               "JOIN articles ar ON ar.id = a.article_id")
        params: list[Any] = []
        if reviewer is not None:
            sql += " WHERE a.reviewer = ?"
            params.append(reviewer)
        return [{"article_id": r[0], "reviewer": r[1], "assigned_by": r[2], "at": r[3],
                 "title": r[4]} for r in self.conn.execute(sql + " ORDER BY a.id", params)]

    def mark_blind(self, claim_id: int, status: Status, *, reviewer: str,
                   note: str | None = None) -> int:
        """A second reviewer's independent verdict; leaves the claim's status alone."""
        status = Status(status)
        with self.write():
            self.load_claim(claim_id)
            cur = self.conn.execute(
                "INSERT INTO blind_reviews (claim_id, status, note, reviewer, at) "
                "VALUES (?, ?, ?, ?, ?)", (claim_id, str(status), note, reviewer, utc_now()))
            return int(cur.lastrowid or 0)

    def disagreements(self, article_id: int | None = None) -> list[dict[str, Any]]:
        """Claims whose latest blind verdict differs from the decided status."""
        sql = """
            SELECT c.id, c.article_id, c.text, c.kind, c.status, c.reviewer, b.status, b.reviewer,
                   b.note, b.at
            FROM claims c JOIN blind_reviews b ON b.claim_id = c.id
            WHERE c.deleted = 0 AND b.id = (SELECT MAX(id) FROM blind_reviews WHERE claim_id = c.id)
              AND b.status != 'pending' AND c.status != 'pending' AND b.status != c.status"""
        params: list[Any] = []
        if article_id is not None:
            sql += " AND c.article_id = ?"
            params.append(article_id)
        return [{"claim_id": r[0], "article_id": r[1], "text": r[2], "kind": r[3],
                 "status": r[4], "reviewer": r[5], "blind_status": r[6], "blind_reviewer": r[7],
                 "blind_note": r[8], "blind_at": r[9]}
                for r in self.conn.execute(sql + " ORDER BY c.id", params)]

    def agreement_by_kind(self, article_id: int | None = None) -> dict[str, dict[str, int]]:
        """Per claim kind: how many double-reviewed claims agree and disagree."""
        sql = """
            SELECT c.kind, SUM(b.status = c.status), SUM(b.status != c.status)
            FROM claims c JOIN blind_reviews b ON b.claim_id = c.id
            WHERE c.deleted = 0 AND b.id = (SELECT MAX(id) FROM blind_reviews WHERE claim_id = c.id)
              AND b.status != 'pending' AND c.status != 'pending'"""
        params: list[Any] = []
        if article_id is not None:
            sql += " AND c.article_id = ?"
            params.append(article_id)
        return {r[0]: {"agree": int(r[1] or 0), "disagree": int(r[2] or 0)}
                for r in self.conn.execute(sql + " GROUP BY c.kind ORDER BY c.kind", params)}

    # -- reports (issue 6) -----------------------------------------------------------------------

    REPORT_SETTING_PREFIX = "report."
    """Report settings live in `claimcheck_meta` under this key prefix (shared by the team)."""

    def load_report_settings(self) -> dict[str, str]:
        """Team report settings (organisation, ClaimReview labels), keys without the prefix."""
        prefix = self.REPORT_SETTING_PREFIX
        rows = self.conn.execute("SELECT key, value FROM claimcheck_meta WHERE key LIKE ? "
                                 "ORDER BY key", (prefix + "%",)).fetchall()
        return {r[0][len(prefix):]: r[1] for r in rows}

    def save_report_settings(self, values: dict[str, str | None]) -> None:
        """Set report settings; a None or empty value removes the key."""
        with self.write():
            for key, value in values.items():
                full = self.REPORT_SETTING_PREFIX + key
                if value:
                    self.conn.execute("INSERT INTO claimcheck_meta (key, value) VALUES (?, ?) "
                                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                                      (full, value))
                else:
                    self.conn.execute("DELETE FROM claimcheck_meta WHERE key = ?", (full,))

    def load_suggestion_record(self, claim_id: int) -> dict[str, Any] | None:
        """The machine suggestion with the time it was made ({status, reason, at})."""
        row = self.conn.execute("SELECT status, reason, at FROM suggestions WHERE claim_id = ?",
                                (claim_id,)).fetchone()
        return {"status": row[0], "reason": row[1], "at": row[2]} if row else None

    def load_pinned_evidence_all(self, claim_id: int) -> list[dict[str, Any]]:
        """Every passage ever pinned to a claim, oldest first, with the claim version it was
        pinned at and whether the passage text still matches the stored hash (`intact`)."""
        rows = self.conn.execute("""
            SELECT pe.passage_id, pe.sha256, pe.reviewer, pe.at, p.text, s.id, s.title, s.url,
                   s.published, pe.version
            FROM pinned_evidence pe JOIN passages p ON p.id = pe.passage_id
            JOIN sources s ON s.id = p.source_id
            WHERE pe.claim_id = ? ORDER BY pe.id""", (claim_id,)).fetchall()
        return [{"passage_id": r[0], "sha256": r[1], "reviewer": r[2], "at": r[3], "text": r[4],
                 "source_id": r[5], "source_title": r[6], "source_url": r[7],
                 "source_published": r[8], "version": r[9],
                 "intact": sha256_text(r[4]) == r[1]} for r in rows]

    def list_blind_reviews(self, article_id: int) -> list[dict[str, Any]]:
        """Every blind (second) review of an article's claims, oldest first."""
        rows = self.conn.execute("""
            SELECT b.id, b.claim_id, b.status, b.note, b.reviewer, b.at
            FROM blind_reviews b JOIN claims c ON c.id = b.claim_id
            WHERE c.article_id = ? ORDER BY b.id""", (article_id,)).fetchall()
        return [{"id": r[0], "claim_id": r[1], "status": r[2], "note": r[3], "reviewer": r[4],
                 "at": r[5]} for r in rows]

    # -- fetching (issue 7) ---------------------------------------------------------------------

    STALE_EVIDENCE_PREFIX = "stale evidence: "
    """How the history note of a claim reopened by `source refresh` starts."""

    def record_fetch(self, *, url: str, final_url: str, status: int, fetched_at: str,
                     etag: str | None = None, last_modified: str | None = None,
                     content_type: str | None = None, body_sha256: str | None = None,
                     source_id: int | None = None, article_id: int | None = None,
                     source_version: int | None = None, changed: bool = False,
                     reviewer: str | None = None) -> int:
        """Keep what one successful fetch answered (`FetchResult.record()` gives the fields).

        Returns:
            The fetch row's id.
        """
        with self.write():
            cur = self.conn.execute(
                "INSERT INTO fetches (source_id, article_id, url, final_url, status, fetched_at, "
                "etag, last_modified, content_type, body_sha256, source_version, changed, "
                "reviewer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (source_id, article_id, url, final_url, status, fetched_at, etag, last_modified,
                 content_type, body_sha256, source_version, int(changed), reviewer))
        return int(cur.lastrowid or 0)

    def list_fetches(self, *, source_id: int | None = None,
                     article_id: int | None = None) -> list[dict[str, Any]]:
        """Fetch records of a source or an article, oldest first."""
        column, value = ("source_id", source_id) if source_id is not None else (
            "article_id", article_id)
        rows = self.conn.execute(
            "SELECT id, source_id, article_id, url, final_url, status, fetched_at, etag, "
            "last_modified, content_type, body_sha256, source_version, changed, reviewer "
            f"FROM fetches WHERE {column} = ? ORDER BY id", (value,)).fetchall()
        keys = ("id", "source_id", "article_id", "url", "final_url", "status", "fetched_at",
                "etag", "last_modified", "content_type", "body_sha256", "source_version",
                "changed", "reviewer")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def refreshable_sources(self, source_ids: Sequence[int] | None = None) -> list[dict[str, Any]]:
        """Sources `source refresh` fetches again, with the validators of their last fetch.

        Args:
            source_ids: these sources (each must exist and have an http(s) URL); None: every
                source that was added from the web (has a fetch record).

        Returns:
            [{"id", "url", "sha256", "version", "etag", "last_modified"}], in id order.

        Raises:
            NotFound: an id names no source.
            BadInput: a named source has no http(s) URL.
        """
        base = ("SELECT s.id, s.url, s.sha256, s.version, f.etag, f.last_modified FROM sources s "
                "LEFT JOIN fetches f ON f.id = (SELECT MAX(id) FROM fetches WHERE source_id = s.id)")
        if source_ids is None:
            rows = self.conn.execute(
                base + " WHERE EXISTS (SELECT 1 FROM fetches WHERE source_id = s.id) "
                "ORDER BY s.id").fetchall()
        else:
            rows = []
            for source_id in dict.fromkeys(source_ids):
                row = self.conn.execute(base + " WHERE s.id = ?", (source_id,)).fetchone()
                if row is None:
                    raise NotFound(f"no source with id {source_id}; "
                                   "run `claimcheck sources` to list them.")
                if not (row[1] or "").lower().startswith(("http://", "https://")):
                    raise BadInput(f"source {source_id} has no http(s) URL, so it cannot be "
                                   "refreshed; add the new text with `claimcheck source add`.")
                rows.append(row)
        return [{"id": r[0], "url": r[1], "sha256": r[2], "version": r[3], "etag": r[4],
                 "last_modified": r[5]} for r in rows]

    def current_passages(self, source_id: int) -> list[Passage]:
        """The passages of a source's current version, in order (retired ones left out)."""
        rows = self.conn.execute(
            'SELECT id, source_id, "order", start, "end", text FROM passages '
            'WHERE source_id = ? AND retired_at IS NULL ORDER BY "order", id',
            (source_id,)).fetchall()
        return [Passage(*r) for r in rows]

    def add_source_version(self, source_id: int, document: Document,
                           spans: Sequence[PassageSpan], *, reviewer: str) -> int:
        """Store a changed text as the source's next version.

        The old text goes to `source_versions`; the old passages stay (evidence and history
        cite them) but are retired: `retired_at` is set and they leave the FTS index, so
        matching only finds current text. The title the user gave is kept.

        Returns:
            The new version number.
        """
        now = utc_now()
        with self.write():
            current = self.load_source(source_id)
            version = int(self.conn.execute("SELECT version FROM sources WHERE id = ?",
                                            (source_id,)).fetchone()[0])
            self.conn.execute(
                "INSERT INTO source_versions (source_id, version, title, url, published, body, "
                "sha256, replaced_at, replaced_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (source_id, version, current.title, current.url, current.published,
                 current.body, current.sha256, now, reviewer))
            retired = self.conn.execute(
                "SELECT id, text FROM passages WHERE source_id = ? AND retired_at IS NULL",
                (source_id,)).fetchall()
            self.conn.execute(
                "UPDATE passages SET retired_at = ? WHERE source_id = ? AND retired_at IS NULL",
                (now, source_id))
            # The update trigger re-indexed them; take them out of the index for good.
            self.conn.executemany(
                "INSERT INTO passages_fts (passages_fts, rowid, text) VALUES ('delete', ?, ?)",
                retired)
            published = (document.published.isoformat() if document.published
                         else current.published)
            self.conn.execute(
                "UPDATE sources SET body = ?, sha256 = ?, published = ?, version = ? "
                "WHERE id = ?",
                (document.body, sha256_text(document.body), published, version + 1, source_id))
            self.conn.executemany(
                'INSERT INTO passages (source_id, "order", start, "end", text, source_version) '
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(source_id, s.order, s.start, s.end, s.text, version + 1) for s in spans])
        return version + 1

    def list_source_versions(self, source_id: int) -> list[dict[str, Any]]:
        """Superseded versions of a source, oldest first."""
        rows = self.conn.execute(
            "SELECT version, title, url, published, body, sha256, replaced_at, replaced_by "
            "FROM source_versions WHERE source_id = ? ORDER BY version", (source_id,)).fetchall()
        keys = ("version", "title", "url", "published", "body", "sha256", "replaced_at",
                "replaced_by")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def pins_on_source(self, source_id: int) -> dict[int, list[dict[str, Any]]]:
        """Evidence pinned to claims' current verdicts that lies in this source (any version).

        Returns:
            {claim_id: [load_pinned_evidence rows of this source]}, claims in id order.
        """
        claim_ids = [r[0] for r in self.conn.execute(
            "SELECT DISTINCT pe.claim_id FROM pinned_evidence pe "
            "JOIN passages p ON p.id = pe.passage_id JOIN claims c ON c.id = pe.claim_id "
            "WHERE p.source_id = ? AND c.deleted = 0 ORDER BY pe.claim_id", (source_id,))]
        out: dict[int, list[dict[str, Any]]] = {}
        for claim_id in claim_ids:
            pins = [p for p in self.load_pinned_evidence(claim_id) if p["source_id"] == source_id]
            if pins:
                out[claim_id] = pins
        return out

    def stale_evidence_claims(self, article_id: int | None = None) -> list[int]:
        """Claims sent back to review because their cited evidence changed or vanished, and not
        marked since (the workbench's "stale evidence" filter), in id order."""
        rows = self.conn.execute("""
            SELECT c.id FROM claims c
            JOIN claim_history h ON h.id = (
                SELECT MAX(id) FROM claim_history WHERE claim_id = c.id)
            WHERE c.deleted = 0 AND h.action = 'reopen' AND h.note LIKE ? || '%'
              AND (? IS NULL OR c.article_id = ?)
            ORDER BY c.id""", (self.STALE_EVIDENCE_PREFIX, article_id, article_id)).fetchall()
        return [r[0] for r in rows]

    # -- maintenance ----------------------------------------------------------------------------

    def backup(self, dest: str | os.PathLike[str]) -> None:
        """Copy the database to `dest` with SQLite's online backup API.

        Raises:
            DatabaseError: `dest` cannot be written.
        """
        dest_path = Path(dest)
        if dest_path.exists() and dest_path.resolve() == self.path.resolve():
            raise DatabaseError("backup destination is the database itself; choose another path.")
        if not dest_path.parent.exists():
            raise DatabaseError(f"folder {dest_path.parent} does not exist; create it first.")
        if dest_path.exists() and dest_path.stat().st_size > 0:
            # An older backup may be replaced; anything else (another application's database,
            # a document) is never overwritten.
            try:
                Store.open(dest_path, readonly=True).close()
            except DatabaseError:
                raise DatabaseError(
                    f"{dest_path} exists and is not a claimcheck database; backup never "
                    "overwrites other files, so choose a new file name.") from None
        try:
            target = sqlite3.connect(str(dest_path))
        except sqlite3.Error as exc:
            raise DatabaseError(f"cannot write backup {dest_path} ({exc}); choose another path.") from None
        try:
            self.conn.backup(target, pages=1024, sleep=0.005)
        except sqlite3.Error as exc:
            raise DatabaseError(f"backup to {dest_path} failed ({exc}); check the destination.") from None
        finally:
            target.close()


def _verify_claimcheck(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a SQLite file that another application made (nothing is written)."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return  # an empty SQLite file: ours to set up
    if "claimcheck_meta" not in tables:
        raise DatabaseError(
            f"{path} is a SQLite database but not a claimcheck database; "
            "pass a claimcheck database with --db (a missing file is created)."
        )


def _claim_text(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise BadInput("a claim cannot be empty; type the claim's words.")
    if len(text) > MAX_CLAIM_CHARS:
        raise BadInput(f"a claim may be at most {MAX_CLAIM_CHARS} characters; shorten it or split it.")
    return text


def _is_busy(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _describe_db_error(path: Path, exc: sqlite3.Error) -> str:
    text = str(exc)
    low = text.lower()
    if "not a database" in low or "malformed" in low or "corrupt" in low:
        return (f"{path} is corrupt or not a claimcheck database ({text}); "
                "restore it from a backup (`claimcheck backup` makes one).")
    if _is_busy(exc):
        return (f"database {path} is busy: another claimcheck process held the write lock too "
                "long; retry in a moment.")
    if "readonly" in low or "read-only" in low:
        return f"database {path} is read-only; check the file's permissions."
    return f"database {path} failed: {text}."


# ---------------------------------------------------------------------------------------------
# Fetching (issue 7): what each fetch answered, and the versions of sources refreshed from URLs.
# Kept at the end of the file so its migration runs after the earlier ones. `fetches` has one row
# per successful fetch of a source or article (URL, final URL, status, ETag, Last-Modified, hash
# of the raw body); `source_versions` keeps the superseded text of a refreshed source, and its
# old passages stay in `passages` with `retired_at` set (and out of the FTS index), so evidence
# and history that cite them still resolve.
# ---------------------------------------------------------------------------------------------


@migrations(name="0003_fetch")
def _m0003_fetch(db: sqlite_utils.Database) -> None:
    db.execute("""
        CREATE TABLE fetches (
            id INTEGER PRIMARY KEY,
            source_id INTEGER REFERENCES sources(id),
            article_id INTEGER REFERENCES articles(id),
            url TEXT NOT NULL,
            final_url TEXT NOT NULL,
            status INTEGER NOT NULL,
            fetched_at TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            content_type TEXT,
            body_sha256 TEXT,
            source_version INTEGER,
            changed INTEGER NOT NULL DEFAULT 0,
            reviewer TEXT
        )""")
    db.execute("CREATE INDEX fetches_source ON fetches(source_id, id)")
    db.execute("CREATE INDEX fetches_article ON fetches(article_id, id)")
    db.execute("""
        CREATE TABLE source_versions (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES sources(id),
            version INTEGER NOT NULL,
            title TEXT NOT NULL,
            url TEXT,
            published TEXT,
            body TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            replaced_at TEXT NOT NULL,
            replaced_by TEXT NOT NULL,
            UNIQUE (source_id, version)
        )""")
    db.execute("ALTER TABLE sources ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
    db.execute("ALTER TABLE passages ADD COLUMN source_version INTEGER NOT NULL DEFAULT 1")
    db.execute("ALTER TABLE passages ADD COLUMN retired_at TEXT")
    db.execute("CREATE INDEX passages_retired ON passages(source_id, retired_at)")
