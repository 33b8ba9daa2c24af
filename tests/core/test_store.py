from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import pytest
import sqlite_utils

from claimcheck.core.models import Document, ExtractedClaim, Kind, Status
from claimcheck.core.passages import split_passages
from claimcheck.core.store import Store
from claimcheck.errors import BadInput, DatabaseError, EditConflict, NotFound


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_simple_article(store: Store, body: str = "Belgorod is 32 km from the border. Italy sends SAMP/T.") -> int:
    claims = [ExtractedClaim(text="Belgorod is 32 km from the border.", start=0, end=34, kind=Kind.QUANTITY),
              ExtractedClaim(text="Italy sends SAMP/T.", start=35, end=len(body), kind=Kind.EVENT)]
    article, _claims, _new = store.add_article(Document(title="A", body=body), claims, "alice")
    return article.id


def test_new_database_has_schema_wal_and_foreign_keys(db_path: Path) -> None:
    with Store.open(db_path) as store:
        tables = set(store.db.table_names())
        assert {"articles", "claims", "claim_history", "sources", "passages", "passages_fts",
                "evidence", "pinned_evidence", "presence", "assignments", "blind_reviews"} <= tables
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    # Reopening applies no migration twice.
    with Store.open(db_path) as store:
        names = [r["name"] for r in store.db["_sqlite_migrations"].rows]
        assert len(names) == len(set(names))


def test_foreign_file_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE cats (name TEXT)")
    conn.commit()
    conn.close()
    before = digest(other)
    with pytest.raises(DatabaseError, match="not a claimcheck database"):
        Store.open(other)
    assert digest(other) == before
    assert not (tmp_path / "other.db-wal").exists()


@pytest.mark.parametrize("content", [b"hello, I am a text file\n", b"SQLite format 3\x00" + b"\xde\xad" * 600])
def test_text_or_corrupt_file_is_refused_and_left_unchanged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseError) as info:
        Store.open(path)
    assert "\n" not in str(info.value)
    assert path.read_bytes() == content


def test_corrupted_claimcheck_database_is_refused(db_path: Path) -> None:
    with Store.open(db_path) as store:
        add_simple_article(store)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    data[100:4096 * 2] = b"\x00\xff" * ((4096 * 2 - 100) // 2)
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError, match="corrupt|not a claimcheck"):
        Store.open(db_path)


def test_mark_raises_version_and_appends_history(empty_store: Store) -> None:
    article_id = add_simple_article(empty_store)
    claim = empty_store.list_claims(article_id)[0]
    assert claim.status is Status.PENDING and claim.version == 1
    marked = empty_store.mark_claim(claim.id, Status.VERIFIED, reviewer="bob", note="AP says so",
                                    if_version=1)
    assert (marked.status, marked.version, marked.reviewer, marked.note) == (
        Status.VERIFIED, 2, "bob", "AP says so")
    again = empty_store.mark_claim(claim.id, Status.DISPUTED, reviewer="carol")
    assert again.version == 3 and again.note == "AP says so"  # note kept when not given
    history = empty_store.history(claim.id)
    assert [(h.version, h.status, h.reviewer) for h in history] == [
        (2, Status.VERIFIED, "bob"), (3, Status.DISPUTED, "carol")]
    assert history[0].at.endswith("Z") and "T" in history[0].at


def test_stale_version_conflict_names_who_and_changes_nothing(empty_store: Store) -> None:
    claim_id = empty_store.list_claims(add_simple_article(empty_store))[0].id
    empty_store.mark_claim(claim_id, Status.VERIFIED, reviewer="bob", if_version=1)
    with pytest.raises(EditConflict) as info:
        empty_store.mark_claim(claim_id, Status.DISPUTED, reviewer="carol", if_version=1)
    assert "bob" in str(info.value) and info.value.current_version == 2
    assert empty_store.load_claim(claim_id).status is Status.VERIFIED
    assert len(empty_store.history(claim_id)) == 1


def test_history_rows_cannot_be_updated_or_deleted(empty_store: Store) -> None:
    claim_id = empty_store.list_claims(add_simple_article(empty_store))[0].id
    empty_store.mark_claim(claim_id, Status.VERIFIED, reviewer="bob")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        empty_store.conn.execute("UPDATE claim_history SET status = 'disputed'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        empty_store.conn.execute("DELETE FROM claim_history")
    assert len(empty_store.history(claim_id)) == 1


def test_unknown_ids_are_not_found(empty_store: Store) -> None:
    with pytest.raises(NotFound):
        empty_store.load_article(42)
    with pytest.raises(NotFound):
        empty_store.mark_claim(42, Status.VERIFIED, reviewer="x")
    claim_id = empty_store.list_claims(add_simple_article(empty_store))[0].id
    with pytest.raises(NotFound, match="passage"):
        empty_store.mark_claim(claim_id, Status.VERIFIED, reviewer="x", evidence=[999])
    assert empty_store.load_claim(claim_id).version == 1


def test_identical_source_text_is_a_no_op(empty_store: Store) -> None:
    doc = Document(title="S", body="Belgorod lies 32 km from the border. It is a city.")
    first = list(empty_store.add_sources([(doc, split_passages(doc.body))], "alice"))
    second = list(empty_store.add_sources([(doc, split_passages(doc.body))], "bob"))
    assert first[0][2] is True and second[0][2] is False
    assert first[0][0] == second[0][0]
    assert empty_store.count_passages() == first[0][1]


def test_passage_index_is_searchable_by_sqlite_utils(belgorod_store: Store) -> None:
    db = sqlite_utils.Database(belgorod_store.path)
    assert db["passages"].detect_fts() == "passages_fts"
    hits = list(db["passages"].search("SAMP"))
    assert hits and all("SAMP" in h["text"] for h in hits)


def test_pinned_evidence_records_hash_and_detects_changed_text(belgorod_store: Store) -> None:
    claim_id = belgorod_store.list_claims(1)[0].id
    belgorod_store.mark_claim(claim_id, Status.VERIFIED, reviewer="bob", evidence=[1, 2])
    pinned = belgorod_store.load_pinned_evidence(claim_id)
    assert [p["passage_id"] for p in pinned] == [1, 2] and all(p["intact"] for p in pinned)
    belgorod_store.conn.execute("UPDATE passages SET text = text || ' (edited)' WHERE id = 2")
    pinned = belgorod_store.load_pinned_evidence(claim_id)
    assert [p["intact"] for p in pinned] == [True, False]


def test_split_merge_delete_and_undo_are_recorded(empty_store: Store) -> None:
    article_id = add_simple_article(empty_store)
    first, second = empty_store.list_claims(article_id)
    parts = empty_store.split_claim(first.id, ["Belgorod is a city.", "Belgorod is 32 km from the border."],
                                    reviewer="bob", if_version=1)
    assert [c.text for c in empty_store.list_claims(article_id)] == [
        "Belgorod is a city.", "Belgorod is 32 km from the border.", "Italy sends SAMP/T."]
    merged = empty_store.merge_claims(parts[0].id, parts[1].id, reviewer="bob")
    assert merged.text == "Belgorod is a city. Belgorod is 32 km from the border."
    empty_store.delete_claim(second.id, reviewer="bob")
    assert [c.id for c in empty_store.list_claims(article_id)] == [first.id]
    empty_store.mark_claim(first.id, Status.VERIFIED, reviewer="bob", note="n1")
    empty_store.mark_claim(first.id, Status.DISPUTED, reviewer="bob", note="n2")
    undone = empty_store.undo_last_mark(first.id, reviewer="bob")
    assert (undone.status, undone.note) == (Status.VERIFIED, "n1")
    actions = [h.action for h in empty_store.history(first.id)]
    assert actions == ["split", "merge", "mark", "mark", "undo"]
    with pytest.raises(BadInput):
        empty_store.split_claim(first.id, ["only one"], reviewer="bob")


def test_concurrent_marks_with_versions_lose_nothing(db_path: Path) -> None:
    with Store.open(db_path) as store:
        claim_id = store.list_claims(add_simple_article(store))[0].id
    accepted: list[int] = []
    conflicts: list[int] = []
    lock = threading.Lock()

    def reviewer(name: str) -> None:
        with Store.open(db_path) as store:
            for _ in range(15):
                seen = store.load_claim(claim_id).version
                try:
                    store.mark_claim(claim_id, Status.VERIFIED, reviewer=name, if_version=seen)
                except EditConflict:
                    with lock:
                        conflicts.append(1)
                else:
                    with lock:
                        accepted.append(1)

    threads = [threading.Thread(target=reviewer, args=(f"r{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with Store.open(db_path) as store:
        claim = store.load_claim(claim_id)
        assert claim.version - 1 == len(accepted)
        assert len(store.history(claim_id)) == len(accepted)
        assert len(accepted) + len(conflicts) == 60
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_backup_copies_a_readable_database(belgorod_store: Store, tmp_path: Path) -> None:
    dest = tmp_path / "copy.db"
    belgorod_store.backup(dest)
    with Store.open(dest) as copy:
        assert copy.count_passages() == belgorod_store.count_passages()
        assert len(copy.list_claims(1)) == len(belgorod_store.list_claims(1))


def test_blind_review_disagreement_and_agreement(empty_store: Store) -> None:
    article_id = add_simple_article(empty_store)
    first, second = empty_store.list_claims(article_id)
    empty_store.mark_claim(first.id, Status.VERIFIED, reviewer="bob")
    empty_store.mark_claim(second.id, Status.VERIFIED, reviewer="bob")
    empty_store.mark_blind(first.id, Status.DISPUTED, reviewer="carol")
    empty_store.mark_blind(second.id, Status.VERIFIED, reviewer="carol")
    assert empty_store.load_claim(first.id).status is Status.VERIFIED  # blind leaves status alone
    assert [d["claim_id"] for d in empty_store.disagreements(article_id)] == [first.id]
    assert empty_store.agreement_by_kind(article_id) == {
        "event": {"agree": 1, "disagree": 0}, "quantity": {"agree": 0, "disagree": 1}}


def test_presence_expires_after_silence(empty_store: Store) -> None:
    from datetime import UTC, datetime, timedelta

    article_id = add_simple_article(empty_store)
    empty_store.heartbeat("bob", article_id, 1)
    assert [p["reviewer"] for p in empty_store.presence(article_id)] == ["bob"]
    later = datetime.now(UTC) + timedelta(seconds=61)
    assert empty_store.presence(article_id, now=later) == []


def test_undo_restores_the_evidence_of_the_earlier_verdict(belgorod_store: Store) -> None:
    claim_id = belgorod_store.list_claims(1)[0].id
    belgorod_store.mark_claim(claim_id, Status.VERIFIED, reviewer="bob", evidence=[3])
    belgorod_store.mark_claim(claim_id, Status.DISPUTED, reviewer="bob", evidence=[4])
    assert [p["passage_id"] for p in belgorod_store.load_pinned_evidence(claim_id)] == [4]
    belgorod_store.undo_last_mark(claim_id, reviewer="bob")
    assert [p["passage_id"] for p in belgorod_store.load_pinned_evidence(claim_id)] == [3]
    assert belgorod_store.history(claim_id)[-1].evidence == (3,)


def test_bulk_import_indexes_like_per_row_triggers(tmp_path: Path) -> None:
    """A batch over BULK_INDEX_MIN_PASSAGES gives the same search results and keeps the triggers."""
    from claimcheck.core import store as store_module

    docs = [Document(title=f"S{i}", body=" ".join(f"Sentence {j} of source {i} mentions Belgorod{j % 7}."
                                                 for j in range(30))) for i in range(12)]
    results = []
    for name, threshold in (("rows.db", 10**9), ("bulk.db", 1)):
        original = store_module.BULK_INDEX_MIN_PASSAGES
        store_module.BULK_INDEX_MIN_PASSAGES = threshold
        try:
            with Store.open(tmp_path / name) as store:
                list(store.add_sources(((d, split_passages(d.body)) for d in docs), "x", batch=5))
                triggers = {r[0] for r in store.conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
                assert {"passages_ai", "sources_ai"} <= triggers
                hits = store.search_passage_candidates('"belgorod3"', 1000)
                sources = store.search_source_candidates('"S7"', 10)
                results.append((sorted(h[0] for h in hits), [s[0] for s in sources]))
                assert store.conn.execute(
                    "INSERT INTO passages_fts(passages_fts, rank) VALUES('integrity-check', 1)") is not None
        finally:
            store_module.BULK_INDEX_MIN_PASSAGES = original
    assert results[0] == results[1]
    assert len(results[0][0]) == 12 * 4


def test_locked_database_gives_a_clear_error_after_bounded_retries(db_path: Path) -> None:
    from claimcheck.core import store as store_module

    with Store.open(db_path) as store:
        claim_id = store.list_claims(add_simple_article(store))[0].id
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with Store.open(db_path) as store:
            store.conn.execute("PRAGMA busy_timeout = 50")
            original = store_module.WRITE_DEADLINE_S
            store_module.WRITE_DEADLINE_S = 0.3
            try:
                with pytest.raises(DatabaseError, match="busy") as info:
                    store.mark_claim(claim_id, Status.VERIFIED, reviewer="bob")
            finally:
                store_module.WRITE_DEADLINE_S = original
            assert "database is locked" not in str(info.value) and "\n" not in str(info.value)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    with Store.open(db_path) as store:
        assert store.load_claim(claim_id).version == 1
