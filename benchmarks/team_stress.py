"""Team stress: N processes mark random claims of one article with --if-version.

Each worker process runs the real command line (`claimcheck claims --json`, then
`claimcheck mark CLAIM STATUS --if-version V --json`) in-process through click's CliRunner, for a
fixed number of rounds. Afterwards it checks what the issue demands:

- the sum of version increases over all claims equals the number of accepted marks;
- the number of history rows equals the number of accepted marks;
- `PRAGMA integrity_check` is ok;
- no command failed in any other way than a reported conflict (exit 3).

It prints marks per second and the conflict rate, next to a baseline measured in the same run:
one process doing the same number of marks alone (so the ratio shows what contention costs).

Usage: python benchmarks/team_stress.py [--processes 8] [--rounds 40] [--claims 12] [--db PATH]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STATUSES = ["verified", "disputed", "unsourced", "pending"]


@dataclass
class WorkerResult:
    accepted: int
    conflicts: int
    failures: list[str]


def _worker(args: tuple[str, int, int, int]) -> WorkerResult:
    db, rounds, seed, article_id = args
    from click.testing import CliRunner

    from claimcheck.cli import cli

    runner = CliRunner()
    rng = random.Random(seed)
    accepted = conflicts = 0
    failures: list[str] = []
    name = f"reviewer-{seed}"
    for _ in range(rounds):
        listed = runner.invoke(cli, ["--db", db, "--reviewer", name, "claims", str(article_id), "--json"])
        if listed.exit_code != 0:
            failures.append(f"claims exit {listed.exit_code}: {listed.output.strip()[:200]}")
            continue
        claim = rng.choice(json.loads(listed.stdout)["claims"])
        result = runner.invoke(cli, ["--db", db, "--reviewer", name, "mark", str(claim["id"]),
                                     rng.choice(STATUSES), "--if-version", str(claim["version"]),
                                     "--json"])
        if result.exit_code == 0:
            accepted += 1
        elif result.exit_code == 3 and "conflict" in result.output:
            conflicts += 1
        else:
            failures.append(f"mark exit {result.exit_code}: {result.output.strip()[:200]}")
    return WorkerResult(accepted, conflicts, failures)


def prepare(db: Path, claims: int) -> int:
    from claimcheck.core.models import Document, ExtractedClaim, Kind
    from claimcheck.core.store import Store

    body = " ".join(f"Claim number {i} says the distance is {i} km." for i in range(claims))
    extracted = [ExtractedClaim(text=f"Claim number {i} says the distance is {i} km.", start=0,
                                end=10, kind=Kind.QUANTITY) for i in range(claims)]
    with Store.open(db) as store:
        article, _c, _new = store.add_article(Document(title="Stress", body=body), extracted, "setup")
        return article.id


def run(processes: int, rounds: int, claims: int, db: Path) -> dict[str, object]:
    """Run the stress test and return its figures and checks."""
    from claimcheck.core.store import Store

    article_id = prepare(db, claims)
    with Store.open(db) as store:
        start_versions = {c.id: c.version for c in store.list_claims(article_id)}
    started = time.perf_counter()
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(processes) as pool:
        results = pool.map(_worker, [(str(db), rounds, seed, article_id) for seed in range(processes)])
    elapsed = time.perf_counter() - started
    accepted = sum(r.accepted for r in results)
    conflicts = sum(r.conflicts for r in results)
    failures = [f for r in results for f in r.failures]
    with Store.open(db) as store:
        end_versions = {c.id: c.version for c in store.list_claims(article_id)}
        history_rows = store.conn.execute(
            "SELECT COUNT(*) FROM claim_history h JOIN claims c ON c.id = h.claim_id "
            "WHERE c.article_id = ?", (article_id,)).fetchone()[0]
        integrity = store.conn.execute("PRAGMA integrity_check").fetchone()[0]
    version_increase = sum(end_versions[c] - start_versions[c] for c in start_versions)
    attempts = accepted + conflicts
    return {
        "processes": processes, "rounds": rounds, "claims": claims,
        "accepted": accepted, "conflicts": conflicts, "failures": failures,
        "seconds": elapsed, "marks_per_second": accepted / elapsed if elapsed else 0.0,
        "conflict_rate": conflicts / attempts if attempts else 0.0,
        "version_increase": version_increase, "history_rows": history_rows,
        "integrity": integrity,
        "ok": (version_increase == accepted and history_rows == accepted
               and integrity == "ok" and not failures),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--processes", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--claims", type=int, default=12)
    parser.add_argument("--db", type=Path, help="Database to create (default: a temporary file).")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = args.db.parent if args.db else Path(tmp)
        baseline = run(1, args.rounds * args.processes // 2 or 1, args.claims, base / "baseline.db")
        figures = run(args.processes, args.rounds, args.claims, args.db or base / "stress.db")
    print(f"{'run':<22}{'accepted':>9}{'conflicts':>10}{'marks/s':>9}{'conflict rate':>15}"
          f"{'checks':>8}")
    for label, f in (("1 process (baseline)", baseline), (f"{args.processes} processes", figures)):
        print(f"{label:<22}{f['accepted']:>9}{f['conflicts']:>10}{f['marks_per_second']:>9.1f}"
              f"{f['conflict_rate']:>15.1%}{'ok' if f['ok'] else 'FAIL':>8}")
    ratio = figures["marks_per_second"] / baseline["marks_per_second"]  # type: ignore[operator]
    print(f"throughput ratio {args.processes} processes / 1 process: {ratio:.2f}")
    print(f"version increases {figures['version_increase']} == accepted {figures['accepted']}; "
          f"history rows {figures['history_rows']}; integrity {figures['integrity']}")
    for failure in figures["failures"][:10]:  # type: ignore[index]
        print("failure:", failure, file=sys.stderr)
    return 0 if figures["ok"] and baseline["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
