"""Extraction of long bodies by several processes.

`extract_chunks_in_parallel` splits the chunks of `core.extract.plan_chunks` into contiguous
groups of about equal size, hands every group but the first to a worker process
(`python -m claimcheck.core.extract_pool`: a pickled job on standard input, pickled claims on
standard output) and reads the first group itself meanwhile.

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
import tempfile
from datetime import date
from pathlib import Path
from typing import IO

from claimcheck.core.extract import Chunk, extract_chunk
from claimcheck.core.models import ExtractedClaim

MAX_WORKERS = 4
"""Processes used at most when neither the caller nor `CLAIMCHECK_WORKERS` says."""
SECONDS_PER_MB = 60.0
"""A worker's deadline per MB of text it reads (plus `MIN_DEADLINE_S`); ~30x its usual pace."""
MIN_DEADLINE_S = 30.0

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
    """`chunks` in at most `count` contiguous groups of about equal length in characters."""
    total = spans[-1][1] - spans[0][0]
    groups: list[list[Chunk]] = [[]]
    for chunk in chunks:
        _, first, _ = chunk
        done = spans[first][0] - spans[0][0]
        if groups[-1] and len(groups) < count and done >= total * len(groups) / count:
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


def _start(job: Job) -> subprocess.Popen[bytes] | None:
    """Start a worker reading `job`; None when no process can be started."""
    if not sys.executable:
        return None
    package_root = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
    env["CLAIMCHECK_WORKERS"] = "1"
    stdin: IO[bytes] = tempfile.TemporaryFile()
    try:
        pickle.dump(job, stdin, protocol=pickle.HIGHEST_PROTOCOL)
        stdin.seek(0)
        return subprocess.Popen(
            [sys.executable, "-m", "claimcheck.core.extract_pool"],
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
        )
    except OSError:
        return None
    finally:
        stdin.close()  # the child holds its own handle


def _collect(proc: subprocess.Popen[bytes] | None, size: int) -> list[ExtractedClaim] | None:
    """The worker's claims, or None when it failed or ran past its deadline."""
    if proc is None:
        return None
    try:
        out, _ = proc.communicate(timeout=MIN_DEADLINE_S + SECONDS_PER_MB * size / 1e6)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
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
    if not isinstance(claims, list):
        return None
    return claims


def extract_chunks_in_parallel(
    body: str,
    spans: Spans,
    chunks: list[Chunk],
    published: date | None = None,
    workers: int | None = None,
) -> list[ExtractedClaim]:
    """The claims of all `chunks`, read by up to `workers` processes (see the module doc)."""
    groups = _groups(spans, chunks, min(worker_count(workers), len(chunks)))
    started = []
    for group in groups[1:]:
        job, offset = _job(body, spans, group, published)
        started.append((_start(job), group, offset, len(job[0])))
    claims: list[ExtractedClaim] = []
    try:
        for chunk in groups[0]:
            claims.extend(extract_chunk(body, spans, chunk, published))
        for proc, group, offset, size in started:
            found = _collect(proc, size)
            if found is None:
                for chunk in group:
                    claims.extend(extract_chunk(body, spans, chunk, published))
            else:
                for claim in found:
                    # Fresh objects nobody else holds: move them in place (a copy per claim
                    # made the merge several times slower).
                    object.__setattr__(claim, "start", claim.start + offset)
                    object.__setattr__(claim, "end", claim.end + offset)
                claims.extend(found)
    finally:
        for proc, *_ in started:
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait()
    return claims


def main() -> int:
    """Worker: read one pickled `Job` on standard input, write its claims pickled."""
    gc.disable()  # a short-lived process that keeps what it makes until it answers
    piece, spans, chunks, published = pickle.load(sys.stdin.buffer)
    claims: list[ExtractedClaim] = []
    for chunk in chunks:
        claims.extend(extract_chunk(piece, spans, chunk, published))
    pickle.dump(claims, sys.stdout.buffer, protocol=pickle.HIGHEST_PROTOCOL)
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
