"""Stance quality of `claimcheck.core.stance` on three public sets, against a lexical baseline.

Datasets (read from `$CLAIMCHECK_DATASETS`, else `shared/datasets/` beside the repository; see
each README there):

- SciFact dev: the claim against every sentence of each abstract it cites. Rationale sentences
  carry their label (SUPPORT -> supports, CONTRADICT -> contradicts); every other sentence of the
  abstract is gold `related` (claims without evidence included). Also the claim-level suggestion
  from all those sentences (SUPPORT -> verified, CONTRADICT -> disputed, none -> unsourced).
- Factcheck-GPT: each atomic claim against its 5 web evidence passages, with the annotators'
  stance (completely-support, partially-support, refute, irrelevant); and the claim-level
  suggestion from those 5 passages against the verdict (supported, refuted, not_enough_info).
- FEVER-symmetric v0.2 (dev + test): claim and one evidence sentence, SUPPORTS or REFUTES, in
  groups of four look-alikes where one edited word flips the label.
- The bundled Belgorod fixtures (`fixtures/queries/expected.jsonl`): each of 12 claims against
  every passage of the 29 invented sources; a source's stance is `contradicts` when one of its
  passages contradicts, else `supports` when one supports, else `related`. Its distractors share
  names and numbers with the truth, as newsroom sources do.

Facts come from `claimcheck.core.facts.extract_facts`, as `check` does. The baseline in the
same run is rapidfuzz `token_set_ratio >= 70` -> supports, else related (and for suggestions:
verified when any passage reaches 70, else unsourced).

What matters most is the precision of `supports`: a false "verified" is the worst mistake, so the
share of predicted `supports` whose gold label is a refutation is printed as `false-verified`.

Run: python benchmarks/stance_quality.py [--small]   (--small: a slice of each set, for CI)
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz

from claimcheck.core.models import Facts, Judgement, Stance, Status
from claimcheck.core.stance import judge_stance, suggest_status

ROOT = Path(__file__).resolve().parents[1]
STANCES = ("supports", "contradicts", "related")
STATUSES = ("verified", "disputed", "unsourced")
BASELINE_THRESHOLD = 70.0

try:
    from claimcheck.core import facts as _facts_module
except ImportError:  # the extractor is another issue's work; measure words alone without it
    _facts_module = None  # type: ignore[assignment]
_extract_facts: Callable[..., Facts] | None = _facts_module.extract_facts if _facts_module else None


@lru_cache(maxsize=200_000)
def facts_of(text: str) -> Facts:
    return _extract_facts(text) if _extract_facts else Facts()


def datasets_dir() -> Path:
    env = os.environ.get("CLAIMCHECK_DATASETS")
    for path in ([Path(env)] if env else []) + [
        ROOT.parent / "shared" / "datasets",
        ROOT / "shared" / "datasets",
        Path("/work/shared/datasets"),
    ]:
        if path.is_dir():
            return path
    sys.exit("Error: datasets not found; set CLAIMCHECK_DATASETS to shared/datasets and retry.")


def read_jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


# -- datasets: (claim, passage, gold) pairs and (claim, passages, gold verdict) groups -----------

Pair = tuple[str, str, str]
Group = tuple[str, list[str], str]


def scifact(root: Path, limit: int | None) -> tuple[list[Pair], list[Group]]:
    claims = list(read_jsonl(root / "scifact" / "claims_dev.jsonl"))
    if limit:
        claims = claims[:limit]
    wanted = {int(d) for c in claims for d in c["cited_doc_ids"]}
    corpus = {
        d["doc_id"]: d["abstract"]
        for d in read_jsonl(root / "scifact" / "corpus.jsonl")
        if d["doc_id"] in wanted
    }
    pairs: list[Pair] = []
    groups: list[Group] = []
    for c in claims:
        verdict = "unsourced"
        sentences: list[str] = []
        for doc_id in c["cited_doc_ids"]:
            abstract = corpus.get(int(doc_id), [])
            gold = {}
            for rationale in c["evidence"].get(str(doc_id), []):
                label = "supports" if rationale["label"] == "SUPPORT" else "contradicts"
                verdict = "verified" if label == "supports" else "disputed"
                for index in rationale["sentences"]:
                    gold[index] = label
            for index, sentence in enumerate(abstract[:40]):  # a few abstracts are whole books
                pairs.append((c["claim"], sentence, gold.get(index, "related")))
                sentences.append(sentence)
        groups.append((c["claim"], sentences, verdict))
    return pairs, groups


FCG_STANCE = {
    "completely-support": "completely-support",
    "partially-support": "partially-support",
    "refute": "refute",
    "irrelevant": "irrelevant",
}
FCG_VERDICT = {"supported": "verified", "refuted": "disputed", "not_enough_info": "unsourced"}


def factcheck_gpt(root: Path, limit: int | None) -> tuple[list[Pair], list[Group]]:
    rows = list(read_jsonl(root / "factcheck_gpt" / "claims.jsonl"))
    if limit:
        rows = rows[:limit]
    pairs: list[Pair] = []
    groups: list[Group] = []
    for row in rows:
        passages = []
        for ev in row["auto_evidence"]:
            if ev.get("stance") in FCG_STANCE and ev.get("text"):
                pairs.append((row["claim"], ev["text"], FCG_STANCE[ev["stance"]]))
            if ev.get("text"):
                passages.append(ev["text"])
        groups.append((row["claim"], passages, FCG_VERDICT[row["verdict"]]))
    return pairs, groups


def _detok(text: str) -> str:
    text = text.replace("-LRB-", "(").replace("-RRB-", ")").replace("-LSB-", "[")
    text = text.replace("-RSB-", "]").replace("``", '"').replace("''", '"')
    text = re.sub(r"\s+([.,;:!?%)\]'])", r"\1", text)
    text = re.sub(r"([(\[$])\s+", r"\1", text)
    return re.sub(r"\s+(n't|'s|'re|'ve|'ll|'d)\b", r"\1", text)


def fever_symmetric(root: Path, limit: int | None) -> list[Pair]:
    pairs: list[Pair] = []
    for split in ("dev", "test"):
        path = root / "fever_symmetric" / f"fever_symmetric_{split}.jsonl"
        for row in read_jsonl(path):
            pairs.append((_detok(row["claim"]), _detok(row["evidence"]), row["label"]))
    return pairs[:limit] if limit else pairs


# -- predictors ------------------------------------------------------------------------------


def ours(claim: str, passage: str) -> Judgement:
    score = fuzz.token_set_ratio(claim, passage)
    return judge_stance(claim, facts_of(claim), passage, facts_of(passage), score)


def baseline(claim: str, passage: str) -> Judgement:
    score = fuzz.token_set_ratio(claim, passage)
    stance = Stance.SUPPORTS if score >= BASELINE_THRESHOLD else Stance.RELATED
    return Judgement(stance, f"token_set_ratio {score:.0f}")


def suggest_ours(claim: str, passages: list[str]) -> Status:
    judged = [(ours(claim, p), fuzz.token_set_ratio(claim, p)) for p in passages]
    return suggest_status(claim, judged).status


def suggest_baseline(claim: str, passages: list[str]) -> Status:
    best = max((fuzz.token_set_ratio(claim, p) for p in passages), default=0.0)
    return Status.VERIFIED if best >= BASELINE_THRESHOLD else Status.UNSOURCED


# -- scoring -------------------------------------------------------------------------------


def confusion(pairs: Iterable[tuple[str, str]]) -> Counter[tuple[str, str]]:
    return Counter(pairs)


def print_matrix(
    title: str, matrix: Counter[tuple[str, str]], golds: Iterable[str], predicted: Iterable[str]
) -> None:
    predicted = list(predicted)
    print(f"  {title}")
    print("    " + "gold \\ predicted".ljust(22) + "".join(p.rjust(13) for p in predicted))
    for gold in golds:
        row = [matrix[(gold, p)] for p in predicted]
        print("    " + gold.ljust(22) + "".join(str(n).rjust(13) for n in row))


def precision_line(
    matrix: Counter[tuple[str, str]], predicted: str, good: set[str], worst: set[str]
) -> str:
    column = {g: n for (g, p), n in matrix.items() if p == predicted}
    total = sum(column.values())
    right = sum(n for g, n in column.items() if g in good)
    wrong = sum(n for g, n in column.items() if g in worst)
    gold_total = sum(n for (g, _p), n in matrix.items() if g in good)
    found = sum(n for (g, p), n in matrix.items() if g in good and p == predicted)
    if not total:
        return f"{predicted}: none predicted (recall 0/{gold_total})"
    return (
        f"{predicted}: precision {right}/{total} = {right / total:.3f}, "
        f"false-{'verified' if predicted in ('supports', 'verified') else predicted} "
        f"{wrong}/{total} = {wrong / total:.3f}, recall {found}/{gold_total} = "
        f"{found / gold_total if gold_total else 0:.3f}"
    )


def run_pairs(
    name: str,
    pairs: list[Pair],
    golds: list[str],
    good: set[str],
    worst: set[str],
    contra_good: set[str],
) -> None:
    print(
        f"\n== {name}: {len(pairs)} claim/passage pairs "
        f"({', '.join(f'{g} {n}' for g, n in Counter(g for *_x, g in pairs).items())})"
    )
    for label, predict in (("claimcheck", ours), ("baseline token_set_ratio>=70", baseline)):
        started = time.perf_counter()
        matrix = confusion((gold, str(predict(c, p).stance)) for c, p, gold in pairs)
        elapsed = time.perf_counter() - started
        print_matrix(f"{label}  ({elapsed:.1f} s)", matrix, golds, STANCES)
        print("    " + precision_line(matrix, "supports", good, worst))
        print("    " + precision_line(matrix, "contradicts", contra_good, good))


def run_groups(name: str, groups: list[Group]) -> None:
    print(
        f"\n== {name}: claim-level suggestion from its passages, {len(groups)} claims "
        f"({', '.join(f'{g} {n}' for g, n in Counter(g for *_x, g in groups).items())})"
    )
    for label, predict in (("claimcheck", suggest_ours), ("baseline", suggest_baseline)):
        matrix = confusion((gold, str(predict(c, ps))) for c, ps, gold in groups)
        print_matrix(label, matrix, STATUSES, STATUSES)
        print("    " + precision_line(matrix, "verified", {"verified"}, {"disputed"}))
        print("    " + precision_line(matrix, "disputed", {"disputed"}, {"verified"}))


def belgorod_fixtures() -> list[Pair]:
    """(claim, source file, gold) with the source's stance as `stance_of_source` decides."""
    expected = [json.loads(line) for line in (ROOT / "fixtures" / "queries" / "expected.jsonl")
                .read_text(encoding="utf-8").splitlines() if line.strip()]  # fmt: skip
    pairs: list[Pair] = []
    for row in expected:
        for path in sorted((ROOT / "fixtures" / "sources").glob("*.txt")):
            gold = ("supports" if path.name in row["supports"]
                    else "contradicts" if path.name in row["contradicts"] else "related")  # fmt: skip
            pairs.append((row["claim"], path.name, gold))
    return pairs


@lru_cache(maxsize=64)
def source_passages(name: str) -> tuple[tuple[str, Facts], ...]:
    from claimcheck.core.documents import read_document
    from claimcheck.core.passages import split_passages

    doc = read_document(ROOT / "fixtures" / "sources" / name)
    return tuple(
        (p.text, _extract_facts(p.text, doc.published) if _extract_facts else Facts())
        for p in split_passages(doc.body)
    )


def stance_of_source(claim: str, name: str, judge: Callable[[str, str], Judgement]) -> Stance:
    stances = {judge(claim, text).stance for text, _facts in source_passages(name)}
    for stance in (Stance.CONTRADICTS, Stance.SUPPORTS):
        if stance in stances:
            return stance
    return Stance.RELATED


def ours_fixture(claim: str, passage: str) -> Judgement:
    facts = dict(source_passages_index()).get(passage, Facts())
    score = fuzz.token_set_ratio(claim, passage)
    return judge_stance(claim, facts_of(claim), passage, facts, score)


@lru_cache(maxsize=1)
def source_passages_index() -> tuple[tuple[str, Facts], ...]:
    return tuple(
        item
        for path in sorted((ROOT / "fixtures" / "sources").glob("*.txt"))
        for item in source_passages(path.name)
    )


def run_fixtures() -> None:
    pairs = belgorod_fixtures()
    print(f"\n== Belgorod fixtures: {len(pairs)} claim/source pairs "
          f"({', '.join(f'{g} {n}' for g, n in Counter(g for *_x, g in pairs).items())})")  # fmt: skip
    for label, judge in (("claimcheck", ours_fixture), ("baseline token_set_ratio>=70", baseline)):
        matrix = confusion(
            (gold, str(stance_of_source(claim, name, judge))) for claim, name, gold in pairs
        )
        print_matrix(label, matrix, STANCES, STANCES)
        print("    " + precision_line(matrix, "supports", {"supports"}, {"contradicts"}))
        print("    " + precision_line(matrix, "contradicts", {"contradicts"}, {"supports"}))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="a slice of each set (CI)")
    args = parser.parse_args(argv)
    root = datasets_dir()
    started = time.perf_counter()
    print(
        f"stance_quality ({'small' if args.small else 'full'}); facts: "
        f"{'claimcheck.core.facts.extract_facts' if _extract_facts else 'none (words only)'}"
    )

    pairs, groups = scifact(root, 40 if args.small else None)
    run_pairs(
        "SciFact dev (rationale sentences vs the rest of the cited abstracts)",
        pairs,
        ["supports", "contradicts", "related"],
        {"supports"},
        {"contradicts"},
        {"contradicts"},
    )
    run_groups("SciFact dev", groups)

    pairs, groups = factcheck_gpt(root, 120 if args.small else None)
    run_pairs(
        "Factcheck-GPT evidence stances",
        pairs,
        ["completely-support", "partially-support", "refute", "irrelevant"],
        {"completely-support", "partially-support"},
        {"refute"},
        {"refute"},
    )
    for label, predict in (("claimcheck", ours), ("baseline", baseline)):
        strict = Counter(g for c, p, g in pairs if predict(c, p).stance is Stance.SUPPORTS)
        total = sum(strict.values())
        print(
            f"    {label}: predicted supports that are completely-support: "
            f"{strict['completely-support']}/{total}"
        )
    run_groups("Factcheck-GPT", groups)

    pairs_fever = fever_symmetric(root, 300 if args.small else None)
    run_pairs(
        "FEVER-symmetric v0.2 dev+test (look-alike pairs)",
        pairs_fever,
        ["SUPPORTS", "REFUTES"],
        {"SUPPORTS"},
        {"REFUTES"},
        {"REFUTES"},
    )
    run_fixtures()
    print(f"\ntotal {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
