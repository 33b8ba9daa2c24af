"""Shared test fixtures: paths to the bundled fixtures and stores built from them in tmp_path."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from claimcheck.core.documents import find_documents, read_document
from claimcheck.core.passages import split_passages
from claimcheck.core.pipeline import add_article
from claimcheck.core.store import Store

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def empty_store(db_path: Path) -> Iterator[Store]:
    store = Store.open(db_path)
    yield store
    store.close()


def load_fixture_sources(store: Store, reviewer: str = "fixtures") -> list[int]:
    """Add every bundled source file; returns their ids in file-name order."""
    documents = [read_document(p) for p in find_documents(FIXTURES / "sources")]
    return [sid for sid, _n, _new in store.add_sources(
        ((d, split_passages(d.body)) for d in documents), reviewer)]


@pytest.fixture
def load_sources() -> Callable[..., list[int]]:
    """`load_fixture_sources`, for test modules (a `from conftest import` would pick whichever
    conftest module was imported first)."""
    return load_fixture_sources


@pytest.fixture
def belgorod_store(db_path: Path) -> Iterator[Store]:
    """A store holding the Belgorod article (id 1, claims extracted) and every fixture source."""
    store = Store.open(db_path)
    add_article(store, read_document(FIXTURES / "articles" / "belgorod.txt"), "alice")
    load_fixture_sources(store)
    yield store
    store.close()
