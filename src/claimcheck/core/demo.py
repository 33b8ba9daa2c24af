"""The demo database: the bundled Belgorod article and its sources, stored and checked.

`claimcheck demo` calls `build_demo`; it reuses an existing demo database when it was built
from the same fixture files (compared by SHA-256 of each text, as stored) and rebuilds it
otherwise. Fixtures are found next to the source tree (a git checkout or an editable install),
or through `CLAIMCHECK_FIXTURES`; a wheel without them gets a clear error naming the fix.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from claimcheck.core.documents import find_documents, read_document
from claimcheck.core.passages import split_passages
from claimcheck.core.pipeline import add_article, check_article
from claimcheck.core.store import Store, sha256_text
from claimcheck.errors import BadInput, NotFound

DEMO_DB = "claimcheck-demo.db"
"""Default demo database, in the current folder."""
DEMO_REVIEWER = "demo"
"""Recorded as the one who added the demo's documents; a file with others' is never rebuilt."""
ARTICLE = Path("articles") / "belgorod.txt"
SOURCES = Path("sources")


@dataclass(frozen=True)
class DemoResult:
    db_path: Path
    article_id: int
    rebuilt: bool
    """False when an up-to-date demo database was reused."""


def fixtures_dir() -> Path:
    """The bundled fixtures folder.

    Raises:
        NotFound: no fixtures next to the code and `CLAIMCHECK_FIXTURES` unset.
    """
    candidates = []
    if os.environ.get("CLAIMCHECK_FIXTURES"):
        candidates.append(Path(os.environ["CLAIMCHECK_FIXTURES"]))
    here = Path(__file__).resolve()
    candidates.append(here.parent.parent / "fixtures")  # packaged with claimcheck
    candidates += [parent / "fixtures" for parent in here.parents]  # a source checkout
    for folder in candidates:
        if (folder / ARTICLE).is_file() and (folder / SOURCES).is_dir():
            return folder
    raise NotFound("the demo fixtures are not installed with this copy of claimcheck; "
                   "run `claimcheck demo` from a clone of the repository, or set "
                   "CLAIMCHECK_FIXTURES to its fixtures/ folder.")


def _fixture_documents(folder: Path):  # type: ignore[no-untyped-def]
    article = read_document(folder / ARTICLE)
    sources = [read_document(p) for p in find_documents(folder / SOURCES)]
    return article, sources


def _up_to_date(db_path: Path, article_sha: str, source_shas: set[str]) -> int | None:
    """The demo article id when `db_path` holds exactly these fixtures, checked; else None.

    Raises:
        BadInput: `db_path` holds documents that the demo did not add (never deleted).
    """
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        store = Store.open(db_path, readonly=True)
    except Exception:
        raise BadInput(f"{db_path} is not a claimcheck demo database; give the demo another "
                       "path with --db (it is never overwritten).") from None
    with store:
        added_by = {r[0] for r in store.conn.execute(
            "SELECT added_by FROM articles UNION SELECT added_by FROM sources")}
        if added_by - {DEMO_REVIEWER}:
            raise BadInput(f"{db_path} holds documents added by reviewers, not a demo database; "
                           "give the demo another path with --db (it is never overwritten).")
    try:
        with Store.open(db_path) as store:
            articles = store.list_articles()
            if len(articles) != 1:
                return None
            article = store.load_article(articles[0]["id"])
            stored = {store.load_source(s["id"]).sha256 for s in store.list_sources()}
            claims = store.list_claims(article.id)
            checked = all(store.load_suggestion(c.id) is not None for c in claims)
            if article.sha256 == article_sha and stored == source_shas and checked:
                return article.id
    except Exception:  # an unreadable or foreign file is simply rebuilt
        return None
    return None


def build_demo(db_path: str | os.PathLike[str] = DEMO_DB, force: bool = False) -> DemoResult:
    """Build (or reuse) the demo database.

    Args:
        db_path: where the demo database lives.
        force: rebuild even when it is up to date.

    Raises:
        NotFound: fixtures missing (see `fixtures_dir`).
        BadInput: `db_path` is a real (non-demo) database; it is left alone.
        DatabaseError: the path cannot be written.
    """
    path = Path(db_path)
    folder = fixtures_dir()
    article_doc, source_docs = _fixture_documents(folder)
    if not force:
        existing = _up_to_date(path, sha256_text(article_doc.body),
                               {sha256_text(d.body) for d in source_docs})
        if existing is not None:
            return DemoResult(path, existing, rebuilt=False)
    for suffix in ("", "-wal", "-shm"):
        extra = Path(str(path) + suffix)
        if extra.exists():
            extra.unlink()
    with Store.open(path) as store:
        list(store.add_sources(((d, split_passages(d.body)) for d in source_docs),
                                   DEMO_REVIEWER))
        article, _claims, _new = add_article(store, article_doc, DEMO_REVIEWER)
        check_article(store, article.id)
    return DemoResult(path, article.id, rebuilt=True)
