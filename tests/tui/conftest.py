"""Workbench fixtures: a checked Belgorod database in tmp_path, settings with a pinned reviewer,
and helpers that wait for workers the way a reviewer waits for the screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from claimcheck.core.documents import find_documents, read_document
from claimcheck.core.passages import split_passages
from claimcheck.core.pipeline import add_article, check_article
from claimcheck.core.store import Store
from claimcheck.settings import Settings
from claimcheck.tui.app import ClaimcheckApp, make_app

FIXTURES = Path(__file__).resolve().parent.parent.parent / "fixtures"
PINNED_NOW = datetime(2024, 6, 3, 9, 30, tzinfo=UTC)


def build_checked_db(path: Path) -> int:
    """The Belgorod article with every fixture source, checked; returns the article id."""
    with Store.open(path) as store:
        documents = [read_document(p) for p in find_documents(FIXTURES / "sources")]
        list(store.add_sources(((d, split_passages(d.body)) for d in documents), "fixtures"))
        article, _claims, _new = add_article(
            store, read_document(FIXTURES / "articles" / "belgorod.txt"), "fixtures")
        check_article(store, article.id)
        return article.id


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    build_checked_db(path)
    return path


@pytest.fixture
def review_db(tmp_path: Path, _template_db: Path) -> Path:
    """A fresh copy of the checked database (article 1) for one test."""
    path = tmp_path / "review.db"
    with Store.open(_template_db) as source:
        source.backup(path)
    return path


@pytest.fixture
def settings(review_db: Path) -> Settings:
    return Settings(db_path=review_db, reviewer="alice")


@pytest.fixture
def app_factory(settings: Settings) -> Callable[..., ClaimcheckApp]:
    def factory(article_id: int | None = 1, **kwargs: object) -> ClaimcheckApp:
        kwargs.setdefault("clock", lambda: datetime.now(UTC))
        kwargs.setdefault("poll_s", 0.2)
        kwargs.setdefault("theme", "textual-dark")
        return make_app(settings, article_id, **kwargs)  # type: ignore[arg-type]

    return factory


@pytest.fixture
def other(review_db: Path) -> Iterator[Store]:
    """Another connection to the same file: another workbench or the command line."""
    store = Store.open(review_db)
    yield store
    store.close()
