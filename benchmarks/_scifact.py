"""SciFact loader shared by the match benchmarks.

Reads `shared/datasets/scifact/` (see its README): 5,183 abstracts already split into 45,952
sentences, and the dev claims. Each abstract becomes one claimcheck source (title = paper title,
body = its sentences joined by one space) and each of its sentences one passage, so the gold
rationale indices of SciFact point straight at passages. Only the 188 dev claims with sentence
evidence (SUPPORT or CONTRADICT) are used for retrieval quality.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from claimcheck.core.models import Document, PassageSpan

ROOT = Path(__file__).resolve().parents[1]


def dataset_dir() -> Path:
    """`$CLAIMCHECK_DATASETS/scifact`, else `shared/datasets/scifact` beside or above the repo."""
    env = os.environ.get("CLAIMCHECK_DATASETS")
    candidates = [Path(env) / "scifact"] if env else []
    candidates += [ROOT.parent / "shared" / "datasets" / "scifact",
                   ROOT / "shared" / "datasets" / "scifact",
                   Path("/work/shared/datasets/scifact")]
    for path in candidates:
        if (path / "corpus.jsonl").exists():
            return path
    raise SystemExit("SciFact not found: set CLAIMCHECK_DATASETS to the folder holding scifact/")


@dataclass(frozen=True)
class Abstract:
    doc_id: int
    title: str
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class GoldClaim:
    id: int
    text: str
    gold: frozenset[tuple[int, int]]
    """(doc_id, sentence index) of every rationale sentence."""
    label: str


def load_corpus(path: Path | None = None) -> list[Abstract]:
    path = (path or dataset_dir()) / "corpus.jsonl"
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            out.append(Abstract(int(row["doc_id"]), row["title"],
                                tuple(s.strip() for s in row["abstract"])))
    return out


def load_dev_claims(path: Path | None = None) -> list[GoldClaim]:
    """The dev claims that have sentence evidence (188 of 300), in file order."""
    path = (path or dataset_dir()) / "claims_dev.jsonl"
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            gold = set()
            label = ""
            for doc_id, rationales in row["evidence"].items():
                for rationale in rationales:
                    label = rationale["label"]
                    for index in rationale["sentences"]:
                        gold.add((int(doc_id), int(index)))
            if gold:
                out.append(GoldClaim(int(row["id"]), row["claim"], frozenset(gold), label))
    return out


def as_document(abstract: Abstract) -> tuple[Document, list[PassageSpan]]:
    """One source per abstract; passage `order` is the SciFact sentence index."""
    spans: list[PassageSpan] = []
    parts: list[str] = []
    offset = 0
    for order, sentence in enumerate(abstract.sentences):
        if parts:
            offset += 1
        spans.append(PassageSpan(order, offset, offset + len(sentence), sentence))
        parts.append(sentence)
        offset += len(sentence)
    return Document(title=abstract.title, body=" ".join(parts),
                    url=f"https://api.semanticscholar.org/CorpusID:{abstract.doc_id}"), spans


def iter_documents(corpus: list[Abstract]) -> Iterator[tuple[Document, list[PassageSpan]]]:
    for abstract in corpus:
        yield as_document(abstract)


def recall_at_k(gold: frozenset[tuple[int, int]], ranked: list[tuple[int, int]], k: int) -> float:
    """1.0 if any gold rationale sentence is among the first k results, else 0.0."""
    return 1.0 if any(hit in gold for hit in ranked[:k]) else 0.0
