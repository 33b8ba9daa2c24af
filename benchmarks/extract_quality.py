"""Claim extraction quality against human atomic claims, and extraction throughput.

Run: `python benchmarks/extract_quality.py [--datasets DIR] [--mb 3]`

Data (read-only, see each folder's README):
- `factcheck_gpt/`: `responses.jsonl` gives each ChatGPT answer (the body we extract from);
  `sentences.jsonl` gives, per sentence of it, the human atomic claims (`claims`, possibly none:
  a sentence judged opinion or not a claim has none). Every gold claim gets the span of its
  sentence, found in the response text in order. Sentences that cannot be found are left out
  of the gold and predictions overlapping nothing are still counted (so noise costs precision).
- `propsegment/`: `documents.jsonl` gives each document (the body); `segmentation.jsonl` gives
  per sentence the reference propositions with their token indices, so each gold claim's span
  is its first to last token in the body. Only sentences with a reference segmentation are
  scored: predicted claims whose span overlaps none of them are ignored (for both systems).

Matching rule (the same for both systems):
- A predicted and a gold claim can pair only if their spans overlap (`body[start:end]`) and
  `rapidfuzz.fuzz.token_sort_ratio(pred, gold, processor=rapidfuzz.utils.default_process)`
  is at least `THRESHOLD` (60).
- Pairs are made one-to-one, greedily, best score first. Precision = pairs / predicted,
  recall = pairs / gold, F1 their harmonic mean, micro-averaged over the whole set.

Baseline: one claim per sentence of `core.sentences.split_sentences`, the sentence text as is.
With `--segmenters`, sentence splitting is also compared, by exact match against the gold
sentence splits of both sets, with pysbd, blingfire and syntok where they are installed (they
are not project dependencies).

Throughput: `extract_claims` on the bodies of both sets concatenated and repeated up to
`--mb` megabytes, as one text (also a linearity check), reported in MB/s (1 MB = 1e6 chars),
wall and CPU time, once in one process (`workers=1`) and once with the default number of
processes (the usable CPUs, at most 4; a body of 250,000 characters or more is read by several
processes, see `core.extract_pool`), whose wall time is given as a ratio to one process; the
same in one process on the bodies once with cold caches (no repeats, what new articles see); and `split_sentences` on ten copies of the bodies.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, utils

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from claimcheck.core.extract import extract_claims  # noqa: E402
from claimcheck.core.extract_pool import worker_count  # noqa: E402
from claimcheck.core.sentences import split_sentences  # noqa: E402

THRESHOLD = 60.0
"""Minimum token_sort_ratio (0-100) for a predicted claim to pair with a gold claim."""
DEFAULT_DATASETS = ROOT.parent / "shared" / "datasets"

Span = tuple[int, int]
Claim = tuple[str, int, int]
Extractor = Callable[[str], list[Claim]]


@dataclass
class Doc:
    body: str
    gold: list[Claim]
    scored: list[Span]
    """Spans that were annotated; predictions outside all of them are ignored (None: keep)."""
    filter_predictions: bool


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def load_factcheck(folder: Path) -> list[Doc]:
    sentences: dict[int, list[dict]] = {}
    for line in (folder / "sentences.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        sentences.setdefault(row["response_id"], []).append(row)
    docs = []
    for line in (folder / "responses.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        body = row["response"]
        gold: list[Claim] = []
        scored: list[Span] = []
        cursor = 0
        for sent in sorted(
            sentences.get(row["response_id"], []), key=lambda r: r["sentence_index"]
        ):
            text = sent["text"].strip()
            at = body.find(text, cursor)
            if at < 0:
                at = body.find(text)
            if at < 0:
                continue
            cursor = at + len(text)
            scored.append((at, at + len(text)))
            gold.extend((c, at, at + len(text)) for c in sent["claims"] if c.strip())
        docs.append(Doc(body, gold, scored, filter_predictions=False))
    return docs


def load_propsegment(folder: Path) -> list[Doc]:
    documents = {}
    for line in (folder / "documents.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        documents[row["document_id"]] = row
    rows: dict[str, list[dict]] = {}
    for line in (folder / "segmentation.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        rows.setdefault(row["document_id"], []).append(row)
    docs = []
    for doc_id, doc in documents.items():
        body = doc["text"]
        offsets: list[int] = []
        cursor = 0
        for sent in doc["sentences"]:
            at = body.find(sent, cursor)
            if at < 0:
                at = body.find(sent)
            offsets.append(at)
            if at >= 0:
                cursor = at + len(sent)
        gold: list[Claim] = []
        scored: list[Span] = []
        for row in rows.get(doc_id, []):
            index = row["sentence_index"]
            if index >= len(offsets) or offsets[index] < 0 or row["reference_propositions"] is None:
                continue
            base = offsets[index]
            if body[base : base + len(row["sentence"])] != row["sentence"]:
                continue
            scored.append((base, base + len(row["sentence"])))
            reference = next((r for r in row["responses"] if r.get("is_reference_response")), None)
            if reference is None:
                continue
            for prop in reference.get("propositions", []):
                idx = prop.get("token_indices") or []
                if not idx:
                    continue
                spans = [row["token_spans"][i] for i in idx]
                gold.append(
                    (prop["text"], base + min(s[0] for s in spans), base + max(s[1] for s in spans))
                )
        if scored:
            docs.append(Doc(body, gold, scored, filter_predictions=True))
    return docs


def ours(body: str) -> list[Claim]:
    return [(c.text, c.start, c.end) for c in extract_claims(body)]


def baseline(body: str) -> list[Claim]:
    return [(body[s:e], s, e) for s, e in split_sentences(body)]


def score(docs: Iterable[Doc], extractor: Extractor) -> tuple[float, float, float, int, int, int]:
    tp = n_pred = n_gold = 0
    for doc in docs:
        predicted = extractor(doc.body)
        if doc.filter_predictions:
            predicted = [
                p for p in predicted if any(_overlap(p[1], p[2], s0, s1) for s0, s1 in doc.scored)
            ]
        n_pred += len(predicted)
        n_gold += len(doc.gold)
        pairs = []
        for i, (ptext, p0, p1) in enumerate(predicted):
            for j, (gtext, g0, g1) in enumerate(doc.gold):
                if not _overlap(p0, p1, g0, g1):
                    continue
                ratio = fuzz.token_sort_ratio(ptext, gtext, processor=utils.default_process)
                if ratio >= THRESHOLD:
                    pairs.append((ratio, i, j))
        pairs.sort(reverse=True)
        used_p: set[int] = set()
        used_g: set[int] = set()
        for _, i, j in pairs:
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            tp += 1
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, tp, n_pred, n_gold


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def throughput(
    texts: list[str], megabytes: float, workers: int | None
) -> tuple[float, float, float, int]:
    """Extract from one text of `megabytes` MB with `workers` processes (None: the default);
    returns wall MB/s, CPU MB/s (all processes), seconds, claims.

    CPU time (`time.process_time` plus finished child processes) is reported beside wall time
    because the benchmark machine is shared: wall time there measures the neighbours as much as
    the extractor.
    """
    corpus = "\n\n".join(texts)
    target = int(megabytes * 1_000_000)
    big = (corpus * (target // max(1, len(corpus)) + 1))[:target]
    t0 = time.perf_counter()
    c0 = time.process_time() + _children_cpu()
    claims = extract_claims(big, workers=workers)
    cpu = time.process_time() + _children_cpu() - c0
    elapsed = time.perf_counter() - t0
    return len(big) / 1e6 / elapsed, len(big) / 1e6 / cpu, elapsed, len(claims)


def _clear_caches() -> None:
    """Empty the `functools` caches of the extraction modules (a cold start)."""
    import importlib
    import pkgutil

    import claimcheck.core as core

    for info in pkgutil.iter_modules(core.__path__):
        if info.name.startswith(("extract", "facts", "sentences")):
            module = importlib.import_module(f"claimcheck.core.{info.name}")
            for value in vars(module).values():
                if hasattr(value, "cache_clear"):
                    value.cache_clear()


def throughput_distinct(texts: list[str], rounds: int = 3) -> tuple[float, float]:
    """CPU MB/s on the bodies of both sets concatenated once (no sentence repeats), caches
    emptied before each round; returns (best, median) over `rounds`.

    The main throughput text repeats the corpus, so the caches of per-clause helpers hit on
    the second copy; this figure is what a stream of new articles sees.
    """
    corpus = "\n\n".join(texts)
    rates = []
    for _ in range(rounds):
        _clear_caches()
        c0 = time.process_time()
        extract_claims(corpus, workers=1)
        rates.append(len(corpus) / 1e6 / (time.process_time() - c0))
    rates.sort()
    return rates[-1], rates[len(rates) // 2]


def _segmenters() -> dict[str, Callable[[str], list[str]]]:
    """Our splitter and whichever of pysbd, blingfire and syntok are installed (none of them
    is a project dependency: `pip install pysbd blingfire syntok` to compare)."""
    found: dict[str, Callable[[str], list[str]]] = {
        "ours": lambda t: [t[a:b] for a, b in split_sentences(t)]
    }
    try:
        import pysbd  # type: ignore[import-not-found]

        seg = pysbd.Segmenter(language="en", clean=False, char_span=False)
        found["pysbd"] = lambda t: [x.strip() for x in seg.segment(t) if x.strip()]
    except ImportError:
        pass
    try:
        import blingfire  # type: ignore[import-not-found]

        def bling(t: str) -> list[str]:
            _, offsets = blingfire.text_to_sentences_and_offsets(t)
            return [t[a:b].strip() for a, b in offsets if t[a:b].strip()]

        found["blingfire"] = bling
    except ImportError:
        pass
    try:
        import syntok.segmenter as syntok_segmenter  # type: ignore[import-not-found]

        def synt(t: str) -> list[str]:
            out = []
            for paragraph in syntok_segmenter.analyze(t):
                for sentence in paragraph:
                    tokens = list(sentence)
                    if tokens:
                        end = tokens[-1].offset + len(tokens[-1].value)
                        out.append(t[tokens[0].offset : end].strip())
            return out

        found["syntok"] = synt
    except ImportError:
        pass
    return found


def compare_segmenters(datasets: Path) -> None:
    """Exact-match sentence P/R/F1 against the gold sentence splits, and CPU MB/s."""
    gold_by_response: dict[int, list[str]] = {}
    for line in (datasets / "factcheck_gpt" / "sentences.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        gold_by_response.setdefault(row["response_id"], []).append(row["text"].strip())
    pairs = []
    for line in (datasets / "factcheck_gpt" / "responses.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        pairs.append((row["response"], gold_by_response.get(row["response_id"], [])))
    for line in (datasets / "propsegment" / "documents.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        pairs.append((row["text"], row["sentences"]))
    big = "\n\n".join(text for text, _ in pairs) * 3
    for name, split in _segmenters().items():
        tp = n_pred = n_gold = 0
        for text, gold in pairs:
            predicted = split(text)
            wanted = {g.strip() for g in gold}
            tp += sum(1 for p in predicted if p in wanted)
            n_pred += len(predicted)
            n_gold += len(wanted)
        c0 = time.process_time()
        split(big)
        cpu = time.process_time() - c0
        p, r = tp / n_pred, tp / n_gold
        print(
            f"segmenter {name:<10} exact-match P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f}"
            f"  {len(big) / 1e6 / cpu:6.2f} MB/s CPU"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--datasets", type=Path, default=DEFAULT_DATASETS)
    parser.add_argument("--mb", type=float, default=3.0, help="size of the throughput text")
    parser.add_argument(
        "--segmenters",
        action="store_true",
        help="also compare sentence splitting with pysbd, blingfire and syntok if installed",
    )
    args = parser.parse_args(argv)
    sets = {
        "factcheck_gpt": load_factcheck(args.datasets / "factcheck_gpt"),
        "propsegment": load_propsegment(args.datasets / "propsegment"),
    }
    print(f"matching: overlapping spans, token_sort_ratio >= {THRESHOLD:g}, one-to-one greedy")
    print(
        f"{'set':<14} {'system':<9} {'P':>6} {'R':>6} {'F1':>6} {'pairs':>6} {'pred':>6} "
        f"{'gold':>6}"
    )
    for name, docs in sets.items():
        results = {}
        for system, fn in (("baseline", baseline), ("ours", ours)):
            p, r, f, tp, n_pred, n_gold = score(docs, fn)
            results[system] = f
            print(
                f"{name:<14} {system:<9} {p:6.3f} {r:6.3f} {f:6.3f} {tp:6d} {n_pred:6d} {n_gold:6d}"
            )
        print(
            f"{name:<14} {'gain':<9} {'':>6} {'':>6} {results['ours'] - results['baseline']:+6.3f}"
        )
    texts = [d.body for docs in sets.values() for d in docs]
    wall1, cpu1, elapsed1, n1 = throughput(texts, args.mb, workers=1)
    print(
        f"throughput, one process: {wall1:.2f} MB/s wall, {cpu1:.2f} MB/s CPU "
        f"({args.mb:g} MB in {elapsed1:.2f} s, {n1} claims)"
    )
    workers = worker_count()
    wall, cpu, elapsed, n = throughput(texts, args.mb, workers=None)
    print(
        f"throughput, {workers} processes (the default here): {wall:.2f} MB/s wall "
        f"({wall / wall1:.2f}x one process), {cpu:.2f} MB/s CPU of all processes "
        f"({args.mb:g} MB in {elapsed:.2f} s, {n} claims{'' if n == n1 else ', DIFFERENT'})"
    )
    best, median = throughput_distinct(texts)
    print(
        f"throughput, distinct text (bodies once, {sum(map(len, texts)) / 1e6:.2f} MB, cold "
        f"caches, 3 rounds): {best:.2f} MB/s CPU best, {median:.2f} median"
    )
    joined = "\n\n".join(texts) * 10
    t0 = time.perf_counter()
    c0 = time.process_time()
    n_spans = len(split_sentences(joined))
    cpu = time.process_time() - c0
    wall_s = time.perf_counter() - t0
    print(
        f"split_sentences: {len(joined) / 1e6 / wall_s:.2f} MB/s wall, "
        f"{len(joined) / 1e6 / cpu:.2f} MB/s CPU ({len(joined) / 1e6:.1f} MB, {n_spans} sentences)"
    )
    if args.segmenters:
        compare_segmenters(args.datasets)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
