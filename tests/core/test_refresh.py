"""Source versions, the fetch log and stale evidence (issue 7): store methods and pure helpers."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from claimcheck.core.html import read_html_document
from claimcheck.core.models import Document, ExtractedClaim, Kind, Status
from claimcheck.core.passages import split_passages
from claimcheck.core.refresh import describe_stale_pin, stale_pins
from claimcheck.core.store import Store, sha256_text
from claimcheck.errors import BadInput, NotFound

OLD = ("Italy will send Ukraine a second SAMP/T air defence system. "
       "The system can intercept ballistic missiles fired at cities. "
       "Deliveries are expected before the end of the summer.")
NEW = ("Italy will send Ukraine a second SAMP/T air defence system. "
       "The system can intercept cruise missiles fired at cities.")


def add_source(store: Store, body: str = OLD, url: str | None = "https://example.org/s") -> int:
    document = Document(title="SAMP/T", body=body, url=url)
    ((source_id, _n, _new),) = list(store.add_sources([(document, split_passages(body))], "alice"))
    return source_id


def add_claim(store: Store, text: str = "Italy sends a second SAMP/T.") -> int:
    _article, claims, _new = store.add_article(
        Document(title="A", body=text), [ExtractedClaim(text, 0, len(text), Kind.EVENT)], "alice")
    return claims[0].id


def fts_ids(store: Store, query: str) -> list[int]:
    return [r[0] for r in store.search_passage_candidates(query, 50)]


def test_add_source_version_keeps_old_passages_out_of_the_index(empty_store: Store) -> None:
    store = empty_store
    source_id = add_source(store)
    old = store.current_passages(source_id)
    ballistic = next(p.id for p in old if "ballistic" in p.text)
    assert ballistic in fts_ids(store, "ballistic")

    version = store.add_source_version(source_id, Document("ignored", NEW, None),
                                       split_passages(NEW), reviewer="bob")

    assert version == 2
    source = store.load_source(source_id)
    assert source.body == NEW and source.sha256 == sha256_text(NEW)
    assert source.title == "SAMP/T"  # the title the user gave is kept
    assert fts_ids(store, "ballistic") == []
    assert [p.text for p in store.current_passages(source_id)] == [
        s.text for s in split_passages(NEW)]
    # Old passages still resolve for the history.
    assert store.load_passages([ballistic])[ballistic][0].text.startswith("The system can "
                                                                         "intercept ballistic")
    (archived,) = store.list_source_versions(source_id)
    assert archived["version"] == 1 and archived["body"] == OLD
    assert archived["replaced_by"] == "bob"


def test_record_fetch_and_refreshable_sources(empty_store: Store) -> None:
    store = empty_store
    web = add_source(store)
    local = add_source(store, body="A local note about the bridge repairs in town.", url=None)
    assert store.refreshable_sources() == []  # nothing was fetched from the web yet
    store.record_fetch(source_id=web, url="https://example.org/s",
                       final_url="https://example.org/s", status=200,
                       fetched_at="2024-05-30T10:00:00.000000Z", etag='"a"',
                       last_modified="Thu, 30 May 2024 10:00:00 GMT", body_sha256="0" * 64)
    store.record_fetch(source_id=web, url="https://example.org/s",
                       final_url="https://example.org/s", status=304,
                       fetched_at="2024-05-31T10:00:00.000000Z", etag='"b"')
    (target,) = store.refreshable_sources()
    assert target["id"] == web and target["etag"] == '"b"' and target["version"] == 1
    assert target["last_modified"] is None
    with pytest.raises(BadInput, match="has no http"):
        store.refreshable_sources([local])
    with pytest.raises(NotFound, match="no source with id 99"):
        store.refreshable_sources([99])


def test_pins_on_source_follow_the_current_verdict(empty_store: Store) -> None:
    store = empty_store
    source_id = add_source(store)
    passage = store.current_passages(source_id)[1]
    claim = add_claim(store)
    store.mark_claim(claim, Status.VERIFIED, reviewer="alice", evidence=[passage.id])
    pins = store.pins_on_source(source_id)
    assert list(pins) == [claim] and pins[claim][0]["passage_id"] == passage.id
    store.mark_claim(claim, Status.DISPUTED, reviewer="bob")
    assert store.pins_on_source(source_id) == {}


def test_stale_evidence_claims_lists_reopened_until_marked_again(empty_store: Store) -> None:
    store = empty_store
    first, second = add_claim(store), add_claim(store, "Deliveries start in summer, they said.")
    store.reopen_claim(first, Store.STALE_EVIDENCE_PREFIX + "passage 3 is gone", reviewer="bot")
    store.reopen_claim(second, "reviewer asked for a second look", reviewer="bot")
    assert store.stale_evidence_claims() == [first]
    article_id = store.load_claim(first).article_id
    assert store.stale_evidence_claims(article_id) == [first]
    assert store.stale_evidence_claims(article_id + 100) == []
    store.mark_claim(first, Status.VERIFIED, reviewer="alice")
    assert store.stale_evidence_claims() == []


def test_stale_pins_are_those_whose_text_left_the_new_version() -> None:
    kept = {"passage_id": 1, "text": "Italy will send a second SAMP/T."}
    changed = {"passage_id": 2, "text": "It can intercept ballistic missiles."}
    already_gone = {"passage_id": 3, "text": "An old sentence from version one."}
    old = {sha256_text(kept["text"]), sha256_text(changed["text"])}
    new = {sha256_text(kept["text"]), sha256_text("It can intercept cruise missiles.")}
    assert stale_pins([kept, changed, already_gone], old, new) == [changed]


def test_describe_stale_pin_says_changed_or_gone() -> None:
    new = ["Italy will send a second SAMP/T.", "It can intercept cruise missiles."]
    assert describe_stale_pin(7, "It can intercept ballistic missiles.", new) == (
        "passage 7 “It can intercept ballistic missiles.” now reads "
        "“It can intercept cruise missiles.”")
    assert describe_stale_pin(8, "Parliament debates the package next month.", new) == (
        "passage 8 “Parliament debates the package next month.” is gone")
    assert describe_stale_pin(9, "Anything at all.", []).endswith("is gone")


def test_extraction_never_opens_a_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("extraction tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    folder = Path(__file__).resolve().parents[2] / "fixtures" / "html"
    for path in sorted(folder.glob("*.html")):
        assert read_html_document(path).body
