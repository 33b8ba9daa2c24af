"""Retrieval quality of `claimcheck match` on SciFact, against its peers, in one run.

Setup (the issue's): SciFact's 5,183 abstracts become 5,183 sources whose 45,952 sentences are the
passages (`_scifact.py`); the queries are the 188 dev claims that have sentence evidence.

Metric: **recall@5** = the share of those claims for which at least one gold rationale sentence
(any sentence of any rationale, in any evidence abstract) is among the first 5 passages returned.
Time: the median (and 90th percentile) wall time per claim, one claim at a time, in this
process, on a warm database; for claimcheck it is the whole product path
(`pipeline.match_text`: query building, FTS5 passage and source searches, rerank, loading the
passages' sources).

Methods, all on the same store file and the same claims:
- `fts5-or`: an OR of every word of the claim (quoted), ranked by FTS5 bm25
  (`Store.search_passage_candidates(query, 5)`), the index's tokenizer
  `porter unicode61 remove_diacritics 2`.
- `bm25s`: the bm25s package (English stop words, PyStemmer English stemmer) over the same
  passage texts, index built in memory before timing.
- `claimcheck`: `pipeline.match_text(store, claim, 5)`.
- `rapidfuzz-scan` (with `--all`): token_set_ratio of the claim against every passage.

Usage: `python benchmarks/match_quality.py [--small] [--all] [--db PATH]`.
`--small` (CI): the first 30 claims, their gold abstracts and other abstracts up to about
2,000 passages. bm25s is optional: without it the row says "not installed".
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import _scifact  # noqa: E402

from claimcheck.core import pipeline  # noqa: E402
from claimcheck.core.store import Store  # noqa: E402

K = 5


def select(small: bool) -> tuple[list[_scifact.Abstract], list[_scifact.GoldClaim]]:
    corpus = _scifact.load_corpus()
    claims = _scifact.load_dev_claims()
    if not small:
        return corpus, claims
    claims = claims[:30]
    wanted = {doc for c in claims for doc, _ in c.gold}
    chosen = [a for a in corpus if a.doc_id in wanted]
    total = sum(len(a.sentences) for a in chosen)
    for abstract in corpus:
        if total >= 2000:
            break
        if abstract.doc_id not in wanted:
            chosen.append(abstract)
            total += len(abstract.sentences)
    return chosen, claims


def build_store(path: Path, corpus: Sequence[_scifact.Abstract]) -> tuple[Store, float]:
    started = time.perf_counter()
    store = Store.open(path)
    list(store.add_sources(_scifact.iter_documents(list(corpus)), reviewer="benchmark"))
    return store, time.perf_counter() - started


def fts5_or_query(claim: str) -> str | None:
    import re

    words = list(dict.fromkeys(re.findall(r"\w+", claim)))
    return " OR ".join(f'"{w}"' for w in words) or None


def evaluate(name: str, claims: Sequence[_scifact.GoldClaim],
             run: Callable[[str], list[tuple[int, int]]]) -> dict[str, Any]:
    hits: list[float] = []
    times: list[float] = []
    for claim in claims:
        started = time.perf_counter()
        ranked = run(claim.text)
        times.append(time.perf_counter() - started)
        hits.append(_scifact.recall_at_k(claim.gold, ranked, K))
    times.sort()
    return {"method": name, "recall": statistics.mean(hits),
            "median_ms": statistics.median(times) * 1000,
            "p90_ms": times[int(0.9 * (len(times) - 1))] * 1000}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="CI size: 30 claims, ~2,000 passages")
    parser.add_argument("--all", action="store_true", help="also the rapidfuzz full scan (slow)")
    parser.add_argument("--db", type=Path, help="store file to build (default: a temp folder)")
    args = parser.parse_args(argv)

    corpus, claims = select(args.small)
    workdir = tempfile.TemporaryDirectory(prefix="claimcheck-match-")
    path = args.db or Path(workdir.name) / "scifact.db"
    if path.exists():
        path.unlink()
    store, build_s = build_store(path, corpus)
    source_doc = {}
    for source in store.list_sources():
        source_doc[source["id"]] = int(str(source["url"]).rsplit(":", 1)[1])
    passages_n = store.count_passages()
    order_of: dict[int, int] = {}

    def locate(passage_ids: list[int]) -> list[tuple[int, int]]:
        missing = [p for p in passage_ids if p not in order_of]
        for pid, (passage, _source) in store.load_passages(missing).items():
            order_of[pid] = passage.order
        return [(source_of[p], order_of[p]) for p in passage_ids]

    source_of: dict[int, int] = {}

    def run_fts5_or(text: str) -> list[tuple[int, int]]:
        query = fts5_or_query(text)
        rows = store.search_passage_candidates(query, K) if query else []
        for pid, sid, _t, _b in rows:
            source_of[pid] = source_doc[sid]
        return locate([r[0] for r in rows])

    def run_claimcheck(text: str) -> list[tuple[int, int]]:
        results = pipeline.match_text(store, text, K)
        for r in results:
            source_of[r.passage_id] = source_doc[r.source_id]
        return locate([r.passage_id for r in results])

    rows = [evaluate("fts5-or", claims, run_fts5_or)]
    rows.append(run_bm25s(corpus, claims))
    if args.all:
        rows.append(run_rapidfuzz(corpus, claims))
    rows.append(evaluate("claimcheck", claims, run_claimcheck))
    store.close()

    print(f"SciFact {'small' if args.small else 'full'}: {len(corpus)} sources, {passages_n} "
          f"passages, {len(claims)} dev claims with sentence evidence; store built in "
          f"{build_s:.1f} s")
    print(f"{'method':<16}{'recall@5':>10}{'median ms':>12}{'p90 ms':>10}")
    for row in rows:
        if row.get("recall") is None:
            print(f"{row['method']:<16}{'-':>10}{'-':>12}{'-':>10}  {row.get('note', '')}")
            continue
        print(f"{row['method']:<16}{row['recall']:>10.3f}{row['median_ms']:>12.2f}"
              f"{row['p90_ms']:>10.2f}")
    base = next(r for r in rows if r["method"] == "fts5-or")
    ours = next(r for r in rows if r["method"] == "claimcheck")
    print(f"claimcheck - fts5-or: {ours['recall'] - base['recall']:+.3f} recall@5, "
          f"time ratio {ours['median_ms'] / base['median_ms']:.2f}x")
    workdir.cleanup()
    return 0


def _flat(corpus: Sequence[_scifact.Abstract]) -> tuple[list[str], list[tuple[int, int]]]:
    texts: list[str] = []
    keys: list[tuple[int, int]] = []
    for abstract in corpus:
        for order, sentence in enumerate(abstract.sentences):
            texts.append(sentence)
            keys.append((abstract.doc_id, order))
    return texts, keys


def run_bm25s(corpus: Sequence[_scifact.Abstract],
              claims: Sequence[_scifact.GoldClaim]) -> dict[str, Any]:
    try:
        import bm25s
        import Stemmer
    except ImportError:
        return {"method": "bm25s", "recall": None, "note": "not installed (pip install bm25s PyStemmer)"}
    texts, keys = _flat(corpus)
    stemmer = Stemmer.Stemmer("english")
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize(texts, stopwords="en", stemmer=stemmer, show_progress=False),
                    show_progress=False)

    def run(text: str) -> list[tuple[int, int]]:
        tokens = bm25s.tokenize([text], stopwords="en", stemmer=stemmer, show_progress=False)
        if not tokens.vocab:
            return []
        docs, _scores = retriever.retrieve(tokens, k=min(K, len(texts)), show_progress=False)
        return [keys[i] for i in docs[0]]

    return evaluate("bm25s", claims, run)


def run_rapidfuzz(corpus: Sequence[_scifact.Abstract],
                  claims: Sequence[_scifact.GoldClaim]) -> dict[str, Any]:
    from rapidfuzz import fuzz, process

    texts, keys = _flat(corpus)

    def run(text: str) -> list[tuple[int, int]]:
        found = process.extract(text, texts, scorer=fuzz.token_set_ratio, limit=K)
        return [keys[i] for _t, _s, i in found]

    return evaluate("rapidfuzz-scan", claims, run)


if __name__ == "__main__":
    raise SystemExit(main())
