"""Query building and ranking for `claimcheck match` (core.match), on hand-made passages and the
bundled fixtures, through a real store where the index's behaviour matters."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from claimcheck.core import match
from claimcheck.core.documents import find_documents
from claimcheck.core.models import Document, PassageSpan
from claimcheck.core.pipeline import match_text
from claimcheck.core.store import Store

SAFE_QUERY = re.compile(r'^"[^\W_]+(?: [^\W_]+)*"(?: OR "[^\W_]+(?: [^\W_]+)*")*$')

HOSTILE = [
    '"Belgorod',
    'Belgorod" OR "',
    "border*",
    "* * *",
    "NEAR(Belgorod border, 2)",
    "Belgorod NEAR border",
    "-Belgorod -border",
    "text:Belgorod",
    "Belgorod: the border (disputed",
    "((((Belgorod))))",
    "AND OR NOT",
    "Belgorod AND NOT border",
    "^Belgorod + border",
    "{text}: Belgorod",
    "Belgorod\x00border",
    "Belgorod\u200bborder \u202e",
    "32",
    "32 40 1,000 3.5",
    "Belgorod",
    "Belgorod " * 2500,
    "x" * 10_000,
    "borders. " * 1250,
]


def _store(tmp_path: Path, texts: dict[str, list[str]]) -> Store:
    store = Store.open(tmp_path / "match.db")
    items = []
    for title, sentences in texts.items():
        spans, offset = [], 0
        for order, sentence in enumerate(sentences):
            spans.append(PassageSpan(order, offset, offset + len(sentence), sentence))
            offset += len(sentence) + 1
        items.append((Document(title=title, body=" ".join(sentences)), spans))
    list(store.add_sources(items, reviewer="test"))
    return store


@pytest.fixture
def small_store(tmp_path: Path):
    store = _store(tmp_path, {
        "Border factbox": ["Belgorod lies about 32 kilometres from the Ukrainian border.",
                           "Kursk is 90 km away."],
        "City profile": ["The city is thirty-two kilometers from the frontier with Ukraine."],
        "Wire": ["Ukraine used weapons supplied by the United States for the first time.",
                 "U.S. officials confirmed the strike."],
        "Culture": ["The Café Lumière reopened in Orléans after a long renovation."],
        "Sport": ["The county cup final was decided on penalties."],
    })
    yield store
    store.close()


@pytest.mark.parametrize("claim", HOSTILE)
def test_hostile_claim_gives_a_safe_query_or_none(claim: str) -> None:
    query = match.build_fts_query(claim)
    assert query is None or SAFE_QUERY.match(query), query


@pytest.mark.parametrize("claim", ["", "   ", "\n\t", "!!!", "* - : ( )", '""', "_", "\x00"])
def test_claim_without_words_gives_none(claim: str) -> None:
    assert match.build_fts_query(claim) is None


@pytest.mark.parametrize("claim", HOSTILE)
def test_hostile_claim_runs_in_fts5_without_error(small_store: Store, claim: str) -> None:
    query = match.build_fts_query(claim)
    if query is None:
        return
    # The store swallows syntax errors, so query the index directly: this raises on bad syntax.
    small_store.conn.execute(
        "SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? LIMIT 1", (query,)).fetchall()
    small_store.conn.execute(
        "SELECT rowid FROM sources_fts WHERE sources_fts MATCH ? LIMIT 1", (query,)).fetchall()


def test_hostile_claim_with_real_words_still_finds_them(small_store: Store) -> None:
    results = match_text(small_store, 'NEAR("Belgorod" border*, 2) -text:', 3)
    assert results and "Belgorod" in results[0].text


def test_long_claim_is_capped() -> None:
    words = " ".join(f"word{i}" for i in range(1000))
    query = match.build_fts_query(words)
    assert query is not None
    assert query.count(" OR ") + 1 == match.MAX_WORDS


def test_stop_words_are_dropped_but_a_stop_word_claim_still_searches() -> None:
    assert match.build_fts_query("The border of the city") == '"border" OR "city"'
    assert match.build_fts_query("it is what it is") == '"it" OR "is" OR "what"'


@pytest.mark.parametrize("text, expected", [
    ("32", {"32", "thirty two"}),
    ("thirty-two", {"32", "thirty two"}),
    ("1,000 troops", {"1 000", "1000", "one thousand"}),
    ("3.5 km", {"3 5"}),
    ("two hundred and five", {"205", "two hundred five"}),
    ("in 2024", {"2024"}),
])
def test_number_forms(text: str, expected: set[str]) -> None:
    assert match.number_forms(text) == [expected]


@pytest.mark.parametrize("claim", ["Belgorod is 32 km from the border",
                                   "Belgorod is 32 kilometres from the border",
                                   "Belgorod is thirty-two kilometers from the border"])
def test_number_and_unit_spellings_meet(small_store: Store, claim: str) -> None:
    query = match.build_fts_query(claim)
    assert query is not None
    for phrase in ('"32"', '"thirty two"', '"km"', '"kilometres"', '"kilometers"'):
        assert phrase in query
    found = {c[2] for c in small_store.search_passage_candidates(query, 10)}
    assert "Belgorod lies about 32 kilometres from the Ukrainian border." in found
    assert "The city is thirty-two kilometers from the frontier with Ukraine." in found


def test_unit_synonyms_only_after_a_number() -> None:
    query = match.build_fts_query("Italy sent a SAMP/T system")
    assert query is not None and '"tonne"' not in query
    assert '"tonne"' in (match.build_fts_query("Italy sent 5 t of grain") or "")


@pytest.mark.parametrize("claim", ["US weapons were used", "U.S. weapons were used",
                                   "American weapons were used",
                                   "United States weapons were used"])
def test_aliases_of_united_states_meet(small_store: Store, claim: str) -> None:
    query = match.build_fts_query(claim)
    assert query is not None
    for phrase in ('"united states"', '"us"', '"u s"', '"american"'):
        assert phrase in query
    results = match_text(small_store, claim, 2)
    assert results[0].text.startswith("Ukraine used weapons supplied by the United States")


def test_pronoun_us_is_not_a_country() -> None:
    assert match.alias_forms("Tell us about the border") == []
    assert match.alias_forms("Tell US about the border") != []


def test_diacritics_fold_both_ways(small_store: Store) -> None:
    for claim in ("Cafe Lumiere in Orleans", "Café Lumière in Orléans"):
        results = match_text(small_store, claim, 1)
        assert results and results[0].text.startswith("The Café Lumière reopened")


def test_stemming_matches_other_inflections(small_store: Store) -> None:
    results = match_text(small_store, "renovations of cafes", 1)
    assert results and "renovation" in results[0].text


def test_no_sources_gives_no_results(empty_store: Store) -> None:
    assert match_text(empty_store, "Belgorod is 32 km from the border", 5) == []


def test_unrelated_claim_gives_no_results(small_store: Store) -> None:
    assert match_text(small_store, "Quantum chromodynamics", 5) == []


CANDIDATES = [
    (1, 10, "Kursk is 90 km from the border and was struck on Monday.", -4.0),
    (2, 11, "Belgorod lies about 32 kilometres from the Ukrainian border.", -3.0),
    (3, 12, "The weather in Belgorod was hot.", -2.5),
    (4, 13, "The county cup final was decided on penalties.", 0.0),
]


def test_rank_prefers_the_passage_that_states_the_claim() -> None:
    ranked = match.rank_passages("Belgorod is 32 km from the Ukrainian border", CANDIDATES, 4)
    assert [c[0] for c, _s in ranked][:1] == [2]
    assert ranked[-1][0][0] == 4
    scores = [s for _c, s in ranked]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 100.0 for s in scores)


def test_rank_shared_number_beats_other_number() -> None:
    candidates = [(1, 1, "Belgorod is 40 km from the border.", -3.0),
                  (2, 2, "Belgorod is 32 km from the border.", -3.0)]
    ranked = match.rank_passages("Belgorod is thirty-two kilometres from the border", candidates, 2)
    assert ranked[0][0][0] == 2


def test_rank_source_scores_lift_passages_of_the_best_source() -> None:
    candidates = [(1, 1, "The results were significant.", -2.0),
                  (2, 2, "The results were significant.", -2.0)]
    ranked = match.rank_passages("results significant", candidates, 2, {2: -9.0, 1: -1.0})
    assert ranked[0][0][0] == 2
    assert ranked[0][1] > ranked[1][1]


def test_rank_k_and_empty_input() -> None:
    assert match.rank_passages("Belgorod", CANDIDATES, 0) == []
    assert match.rank_passages("Belgorod", [], 5) == []
    assert len(match.rank_passages("Belgorod", CANDIDATES, 2)) == 2
    assert len(match.rank_passages("Belgorod", CANDIDATES + CANDIDATES, 10)) == 4


def test_rank_exact_restatement_scores_high_and_stranger_low() -> None:
    text = "Belgorod lies about 32 kilometres from the Ukrainian border."
    ranked = match.rank_passages(text, [(1, 1, text, -5.0), (2, 2, "Cup final on penalties", 0.0)], 2)
    assert ranked[0][1] > 90
    assert ranked[1][1] < 20


def test_fixture_claims_find_a_supporting_source_in_the_top_five(
    tmp_path: Path, fixtures_dir: Path, load_sources
) -> None:
    with Store.open(tmp_path / "fixtures.db") as store:
        ids = load_sources(store)
        names = dict(
            zip(ids, (p.name for p in find_documents(fixtures_dir / "sources")), strict=True)
        )
        lines = (fixtures_dir / "queries" / "expected.jsonl").read_text(encoding="utf-8")
        lines = lines.splitlines()
        for line in lines:
            expected = json.loads(line)
            found = {names[r.source_id] for r in match_text(store, expected["claim"], 5)}
            assert found & set(expected["supports"]), expected["claim"]


def test_best_candidate_that_covers_little_of_the_claim_scores_low() -> None:
    claim = "Belgorod is 32 km from the Ukrainian border"
    weak = match.rank_passages(claim, [(1, 1, "The weather in Belgorod was hot.", -2.0)], 1)
    strong = match.rank_passages(
        claim, [(1, 1, "Belgorod lies about 32 kilometres from the Ukrainian border.", -2.0)], 1)
    assert weak[0][1] < 60 < strong[0][1]


def test_source_candidates_weigh_the_title(small_store: Store) -> None:
    query = match.build_fts_query("border factbox")
    assert query is not None
    sources = small_store.search_source_candidates(query, 5)
    titles = {s.id: s.title for s in map(small_store.load_source, (sid for sid, _ in sources))}
    assert titles[sources[0][0]] == "Border factbox"
    assert all(score < 0 for _sid, score in sources)
    passages = small_store.load_source_passages([sources[0][0]])
    assert [p[2] for p in passages] == ["Belgorod lies about 32 kilometres from the Ukrainian border.",
                                        "Kursk is 90 km away."]
    assert all(p[3] == 0.0 for p in passages)


def test_store_without_source_index_still_matches(tmp_path: Path) -> None:
    store = _store(tmp_path, {"Wire": ["Belgorod is 32 km from the border."]})
    store.conn.execute("DROP TABLE sources_fts")
    try:
        assert store.search_source_candidates('"belgorod"', 5) == []
        assert match_text(store, "Belgorod border", 1)[0].text.startswith("Belgorod")
    finally:
        store.close()
