"""Extraction of long bodies by several processes.

`WorkerPool(n)` starts n - 1 worker processes (`python -m claimcheck.core.extract_pool`: a
pickled job on standard input, pickled claims on standard output) at once, so that their
start-up overlaps the caller's sentence splitting; `pool.extract` then splits the chunks of
`core.extract.plan_chunks` into contiguous groups of about equal size, sends every group but
the first to a worker and reads the first group itself meanwhile.

Plain subprocesses rather than `multiprocessing`: nothing of the caller's `__main__` is
imported again (a script without an `if __name__ == "__main__"` guard works), and starting one
from a thread (a workbench worker) is safe. The chunk plan depends on the text alone, so the
claims are the same for any number of processes; when a worker cannot start, fails or runs
past its deadline, this process reads its chunks itself: slower, never different.

The only thing that crosses the pipe is our own pickle, written by the worker this module
starts from the same installation; nothing read from outside is unpickled.
"""

from __future__ import annotations

import gc
import os
import pickle
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

from claimcheck.core.extract import Chunk, extract_chunk
from claimcheck.core.models import ExtractedClaim

MAX_WORKERS = 4
"""Processes used at most when neither the caller nor `CLAIMCHECK_WORKERS` says."""
SECONDS_PER_MB = 60.0
"""The workers' deadline per MB of the body (plus `MIN_DEADLINE_S`); ~30x the usual pace."""
MIN_DEADLINE_S = 30.0
FIRST_GROUP_EXTRA = -0.04
"""How much more (here: less) this process reads than each worker. A worker starts later and
with empty caches, but this process also unpickles and merges the answers, which weighs more
(on 2 processes, 3 MB: 0.1 gave 0.71-0.74 MB/s, -0.04 0.77, -0.08 0.66-0.75). Handing out
chunks one at a time instead was no faster (0.75-0.77 against 0.76-0.81 in the same run): the
threads reading the answers take the GIL from this process's extraction."""

Spans = list[tuple[int, int]]
Job = tuple[str, Spans, list[Chunk], date | None]
"""What a worker reads: a piece of the body, its sentence spans and chunks (relative to the
piece), and the published date."""


def worker_count(requested: int | None = None) -> int:
    """How many processes to use: `requested`, else `CLAIMCHECK_WORKERS`, else the usable CPUs
    (at most `MAX_WORKERS`); never less than 1."""
    if requested is None:
        try:
            requested = int(os.environ.get("CLAIMCHECK_WORKERS", ""))
        except ValueError:
            requested = None
    if requested is None:
        try:
            cpus = len(os.sched_getaffinity(0))
        except AttributeError:  # not on Linux
            cpus = os.cpu_count() or 1
        requested = min(cpus, MAX_WORKERS)
    return max(1, requested)


def _groups(spans: Spans, chunks: list[Chunk], count: int) -> list[list[Chunk]]:
    """`chunks` in at most `count` contiguous groups; the first (read by this process) is
    `FIRST_GROUP_EXTRA` longer (or shorter) than the others, which are about equal in characters."""
    total = spans[-1][1] - spans[0][0]
    first_share = min(1.0, (1 + FIRST_GROUP_EXTRA) / count) * total
    rest = (total - first_share) / max(1, count - 1)
    groups: list[list[Chunk]] = [[]]
    for chunk in chunks:
        _, first, _ = chunk
        done = spans[first][0] - spans[0][0]
        if groups[-1] and len(groups) < count and done >= first_share + rest * (len(groups) - 1):
            groups.append([])
        groups[-1].append(chunk)
    return groups


def _job(body: str, spans: Spans, group: list[Chunk], published: date | None) -> tuple[Job, int]:
    """The job for one group, and the offset of its piece in `body`."""
    low = group[0][0]
    high = group[-1][2]
    offset = spans[low][0]
    piece = body[offset : spans[high - 1][1]]
    rel_spans = [(s - offset, e - offset) for s, e in spans[low:high]]
    rel_chunks = [(w - low, f - low, s - low) for w, f, s in group]
    return (piece, rel_spans, rel_chunks, published), offset


_ME = str(Path(__file__).resolve())
_PACKAGE_ROOT = str(Path(_ME).parents[2])
_WORKER_BOOT = """
import sys
root = {root!r}
# This installation's claimcheck, after the standard library, before any other copy; -P keeps
# the working folder out (a claimcheck/ or re.py there would shadow ours).
at = next((i for i, p in enumerate(sys.path) if "-packages" in p), len(sys.path))
sys.path.insert(at, root)
from claimcheck.core import extract_pool
if extract_pool.__file__ != {me!r}:
    sys.exit(3)  # another claimcheck answered: the caller reads the chunks itself
sys.exit(extract_pool.main())
"""
"""The worker's start: the same claimcheck as the caller's, or nothing (exit 3)."""


class WorkerPool:
    """Worker processes started before the body is planned, so that their start-up (importing
    claimcheck, ~0.1 s) overlaps the sentence splitting; used once, then closed.

    Usage: `with WorkerPool(n) as pool: claims = pool.extract(body, spans, chunks, date)`.
    """

    def __init__(self, count: int) -> None:
        self._procs: list[subprocess.Popen[bytes] | None] = [
            self._spawn() for _ in range(max(0, count - 1))
        ]
        self._feeders: list[threading.Thread | None] = [None] * len(self._procs)

    @property
    def size(self) -> int:
        """Processes in the pool, this one included."""
        return len(self._procs) + 1

    @staticmethod
    def _spawn() -> subprocess.Popen[bytes] | None:
        if not sys.executable:
            return None
        env = dict(os.environ)
        env["CLAIMCHECK_WORKERS"] = "1"
        try:
            return subprocess.Popen(
                [sys.executable, "-P", "-c", _WORKER_BOOT.format(root=_PACKAGE_ROOT, me=_ME)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
            )
        except OSError:
            return None

    def _send(self, index: int, job: Job) -> None:
        """Write `job` to worker `index` from a thread (a pipe write waits for the reader)."""
        proc = self._procs[index]
        if proc is None or proc.stdin is None:
            return
        data = pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)
        stdin = proc.stdin

        def feed() -> None:
            try:
                stdin.write(data)
                stdin.close()
            except (OSError, ValueError):
                pass  # the worker is gone: _collect sees it

        feeder = threading.Thread(target=feed, name="claimcheck-extract-feed", daemon=True)
        feeder.start()
        self._feeders[index] = feeder

    def _collect(self, index: int, deadline_at: float) -> list[ExtractedClaim] | None:
        """Worker `index`'s claims, or None when it failed or `deadline_at` (a
        `time.monotonic` time shared by all workers) passed."""
        proc = self._procs[index]
        feeder = self._feeders[index]
        if proc is None or feeder is None:
            return None
        feeder.join(max(0.0, deadline_at - time.monotonic()))
        if feeder.is_alive():
            return None
        proc.stdin = None  # closed by the feeder; communicate must not flush it
        try:
            out, _ = proc.communicate(timeout=max(0.01, deadline_at - time.monotonic()))
        except subprocess.TimeoutExpired:
            return None
        if proc.returncode != 0:
            return None
        # Unpickling makes many small objects and nothing cyclic: the collector would only
        # rescan them (3x slower).
        enabled = gc.isenabled()
        gc.disable()
        try:
            claims = pickle.loads(out)
        except Exception:  # noqa: BLE001 - a broken answer means: read the chunks here
            return None
        finally:
            if enabled:
                gc.enable()
        return claims if isinstance(claims, list) else None

    def extract(
        self,
        body: str,
        spans: Spans,
        chunks: list[Chunk],
        published: date | None = None,
    ) -> list[ExtractedClaim]:
        """The claims of all `chunks`: the first group read here, the others by the workers."""
        groups = _groups(spans, chunks, min(self.size, len(chunks))) if chunks else []
        # One deadline for all workers (they run at once): the body's size at ~30x the usual
        # pace, so a worker that never answers costs this much once, not once per worker.
        deadline_at = time.monotonic() + MIN_DEADLINE_S + SECONDS_PER_MB * len(body) / 1e6
        sent = []
        for index, group in enumerate(groups[1:]):
            job, offset = _job(body, spans, group, published)
            self._send(index, job)
            sent.append((index, group, offset))
        claims: list[ExtractedClaim] = []
        for chunk in groups[0] if groups else ():
            claims.extend(extract_chunk(body, spans, chunk, published))
        for index, group, offset in sent:
            found = self._collect(index, deadline_at)
            if found is None:
                for chunk in group:
                    claims.extend(extract_chunk(body, spans, chunk, published))
                continue
            for claim in found:
                # Fresh objects nobody else holds: move them in place (a copy per claim made
                # the merge several times slower).
                object.__setattr__(claim, "start", claim.start + offset)
                object.__setattr__(claim, "end", claim.end + offset)
            claims.extend(found)
        return claims

    def close(self) -> None:
        """Stop every worker still running (those given no job are killed)."""
        for proc in self._procs:
            if proc is None:
                continue
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            for stream in (proc.stdin, proc.stdout):
                if stream is not None:
                    try:
                        stream.close()
                    except OSError:
                        pass

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def main() -> int:
    """Worker: read one pickled `Job` on standard input, write its claims pickled."""
    # A process for one job whose objects all live until it answers: the cyclic collector
    # would only rescan them, the more often the more claims are made (~10% of its time).
    gc.disable()
    piece, spans, chunks, published = pickle.load(sys.stdin.buffer)
    claims: list[ExtractedClaim] = []
    for chunk in chunks:
        claims.extend(extract_chunk(piece, spans, chunk, published))
    pickle.dump(claims, sys.stdout.buffer, protocol=pickle.HIGHEST_PROTOCOL)
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
