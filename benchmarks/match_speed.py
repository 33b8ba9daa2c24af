"""Speed and memory of `claimcheck match` at SciFact size and at a million passages.

For each size it measures, in one process and one run:
- ingest: `Store.add_sources` into a new claimcheck database (sources, passages, both FTS5
  indexes, as `claimcheck source add` does it), against a *bare FTS5 build* of the same passage
  texts (one `CREATE VIRTUAL TABLE t USING fts5(text, tokenize='porter unicode61
  remove_diacritics 2')`, all rows inserted in one transaction);
- per-claim time, median over SciFact's 188 dev claims with evidence, one claim at a time, warm:
  `fts5-or` (an OR of every word of the claim, best 5 by bm25, `Store.search_passage_candidates`)
  against `claimcheck` (`pipeline.match_text(store, claim, 5)`, the whole product path);
- peak memory of this process (`ru_maxrss`), which includes generating the passages.

Passages beyond SciFact's 45,952 (`--size`, default 1,000,000 in the full run) are SciFact
again, copy after copy: copy r > 0 of an abstract is a new source titled "<title> [r]" whose
sentences each have a quarter of their words replaced by words drawn at random (seeded, so
every run builds the same text) from the corpus's own vocabulary, weighted by frequency. Term
statistics stay SciFact-like, no two copies are identical, and the real abstracts stay in the
index, so the claims still have their answers among a million distractors.

Usage: `python benchmarks/match_speed.py [--small] [--size N ...] [--keep DIR]`.
`--small` (CI): 2,000 and 20,000 passages. Full: 45,952 and 1,000,000 (several minutes).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import _scifact  # noqa: E402

from claimcheck.core import pipeline  # noqa: E402
from claimcheck.core.models import Document, PassageSpan  # noqa: E402
from claimcheck.core.store import FTS_TOKENIZE, Store  # noqa: E402

REPLACED = 0.25
"""Share of the words replaced in each copied sentence."""
SEED = 20240530


class Corpus:
    """SciFact abstracts, repeated and perturbed up to a number of passages."""

    def __init__(self) -> None:
        self.abstracts = _scifact.load_corpus()
        counts: Counter[str] = Counter()
        for abstract in self.abstracts:
            for sentence in abstract.sentences:
                counts.update(re.findall(r"[A-Za-z]{3,}", sentence))
        self.vocabulary = list(counts)
        self.cumulative = []
        total = 0
        for word in self.vocabulary:
            total += counts[word]
            self.cumulative.append(total)

    def documents(self, size: int) -> Iterator[tuple[Document, list[PassageSpan]]]:
        """Sources whose passages add up to exactly `size` (the last source may be cut short)."""
        rng = random.Random(SEED)
        left = size
        copy = 0
        while left > 0:
            for abstract in self.abstracts:
                if left <= 0:
                    return
                sentences = abstract.sentences[:left]
                if copy:
                    sentences = tuple(self._perturb(s, rng) for s in sentences)
                    abstract = _scifact.Abstract(abstract.doc_id, f"{abstract.title} [{copy}]",
                                                 sentences)
                else:
                    abstract = _scifact.Abstract(abstract.doc_id, abstract.title, sentences)
                left -= len(sentences)
                yield _scifact.as_document(abstract)
            copy += 1

    def save(self, size: int, path: Path) -> None:
        """Write the generated sources once (JSON lines), so builds time only the build."""
        with path.open("w", encoding="utf-8") as fh:
            for document, spans in self.documents(size):
                fh.write(json.dumps([document.title, document.url, [sp.text for sp in spans]])
                         + "\n")

    def _perturb(self, sentence: str, rng: random.Random) -> str:
        words = sentence.split(" ")
        for index in range(len(words)):
            if rng.random() < REPLACED:
                words[index] = rng.choices(self.vocabulary, cum_weights=self.cumulative)[0]
        return " ".join(words)


BUILDS = 2
"""How many times each database is built; the fastest counts."""


def read_documents(path: Path) -> Iterator[tuple[Document, list[PassageSpan]]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            title, url, sentences = json.loads(line)
            document, spans = _scifact.as_document(_scifact.Abstract(0, title, tuple(sentences)))
            yield Document(title=title, body=document.body, url=url), spans


def read_texts(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            yield from json.loads(line)[2]


def bare_build(path: Path, texts: Iterator[str]) -> float:
    started = time.perf_counter()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(text, tokenize='{FTS_TOKENIZE}')")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO t(text) VALUES (?)", ((t,) for t in texts))
    conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - started


def store_build(path: Path, documents: Iterator[tuple[Document, list[PassageSpan]]]) -> float:
    started = time.perf_counter()
    with Store.open(path) as store:
        for _ in store.add_sources(documents, reviewer="benchmark"):
            pass
    return time.perf_counter() - started


def remove_db(path: Path) -> None:
    for extra in ("", "-wal", "-shm"):
        Path(str(path) + extra).unlink(missing_ok=True)


def fts5_or_query(claim: str) -> str | None:
    words = list(dict.fromkeys(re.findall(r"\w+", claim)))
    return " OR ".join(f'"{w}"' for w in words) or None


def time_queries(path: Path, claims: Sequence[str]) -> tuple[float, float]:
    with Store.open(path, readonly=True) as store:
        for claim in claims[:5]:  # warm the page cache
            pipeline.match_text(store, claim, 5)
        base: list[float] = []
        ours: list[float] = []
        for claim in claims:
            started = time.perf_counter()
            query = fts5_or_query(claim)
            if query:
                store.search_passage_candidates(query, 5)
            base.append(time.perf_counter() - started)
            started = time.perf_counter()
            pipeline.match_text(store, claim, 5)
            ours.append(time.perf_counter() - started)
    return statistics.median(base) * 1000, statistics.median(ours) * 1000


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="CI sizes: 2,000 and 20,000")
    parser.add_argument("--size", type=int, nargs="*", help="passage counts to measure")
    parser.add_argument("--keep", type=Path, help="build the databases in this folder, keep them")
    args = parser.parse_args(argv)
    sizes = args.size or ([2000, 20000] if args.small else [45952, 1_000_000])
    claims = [c.text for c in _scifact.load_dev_claims()]
    if args.small:
        claims = claims[:30]
    corpus = Corpus()
    workdir = tempfile.TemporaryDirectory(prefix="claimcheck-speed-")
    folder = args.keep or Path(workdir.name)
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for size in sizes:
        bare_path = folder / f"bare-{size}.db"
        store_path = folder / f"store-{size}.db"
        data = folder / f"passages-{size}.jsonl"
        corpus.save(size, data)
        # Builds alternate (bare, store, bare, store) and the best of each counts: on a shared
        # machine the second of two large builds in a row is often slower for reasons of its
        # own (write-back of the first), which would otherwise decide the ratio.
        bare_times, store_times = [], []
        for _attempt in range(BUILDS):
            remove_db(bare_path)
            bare_times.append(bare_build(bare_path, read_texts(data)))
            remove_db(store_path)
            store_times.append(store_build(store_path, read_documents(data)))
        remove_db(bare_path)
        bare_s, store_s = min(bare_times), min(store_times)
        base_ms, ours_ms = time_queries(store_path, claims)
        rows.append((size, bare_s, store_s, base_ms, ours_ms, peak_mib()))
        print(f"  measured {size:,} passages", file=sys.stderr)
    print(f"{len(claims)} SciFact dev claims; per-claim medians; peak memory of this process")
    print(f"{'passages':>10}{'bare FTS5 s':>13}{'store s':>10}{'ratio':>7}"
          f"{'fts5-or ms':>12}{'claimcheck ms':>15}{'ratio':>7}{'peak MiB':>10}")
    for size, bare_s, store_s, base_ms, ours_ms, peak in rows:
        print(f"{size:>10,}{bare_s:>13.1f}{store_s:>10.1f}{store_s / bare_s:>7.2f}"
              f"{base_ms:>12.2f}{ours_ms:>15.2f}{ours_ms / base_ms:>7.2f}{peak:>10.0f}")
    print(f"store s: Store.add_sources (sources, passages, both FTS5 indexes); build times are the "
          f"best of {BUILDS}, bare and store alternating.")
    workdir.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
