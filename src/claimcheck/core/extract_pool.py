"""Extraction of long bodies by several processes.

`WorkerPool(n)` runs n - 1 workers beside this process: `core.extract.plan_chunks`'s chunks are
split into contiguous groups of about equal size, every group but the first goes to a worker,
and this process reads the first group itself meanwhile.

A worker is started one of two ways:
- **forked** (`os.fork`), on Linux when this process runs one thread (the command line, the
  benchmark): the child already holds the body, the code and its caches, starts at once and
  only pickles its claims back through a pipe;
- **spawned** (`python -m claimcheck.core.extract_pool`: a pickled job on standard input,
  pickled claims on standard output) everywhere else, at once when the pool is made, so that
  its start-up overlaps the caller's sentence splitting. A fork copies only the calling
  thread, and a lock another thread held (the workbench runs extraction in a thread worker)
  would stay locked in the child; a new interpreter has no such state.

Plain processes rather than `multiprocessing`: nothing of the caller's `__main__` is imported
again (a script without an `if __name__ == "__main__"` guard works). The chunk plan depends on the text alone, so the
claims are the same for any number of processes; when a worker cannot start, fails or runs
past its deadline, this process reads its chunks itself: slower, never different.

The only thing that crosses a pipe is our own pickle, written by a worker this module starts
from the same installation; nothing read from outside is unpickled.
"""

from __future__ import annotations

import gc
import os
import pickle
import select
import signal
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
"""How much more (here: less) this process reads than each spawned worker. A worker starts
later and with empty caches, but this process also unpickles and merges the answers, which
weighs more (on 2 processes, 3 MB: 0.1 gave 0.71-0.74 MB/s, -0.04 0.77, -0.08 0.66-0.75).
Handing out chunks one at a time instead was no faster (0.75-0.77 against 0.76-0.81 in the same
run): the threads reading the answers take the GIL from this process's extraction."""
FORKED_FIRST_GROUP_EXTRA = 0.0
"""The same for forked workers, which start at once with this process's caches."""
FORK: bool | None = None
"""Fork the workers (True), spawn them (False), or fork where it is safe (None: on Linux, from
a process running one thread)."""


def _can_fork() -> bool:
    """Whether this pool's workers are forked (see `FORK`)."""
    if not hasattr(os, "fork"):
        return False
    if FORK is not None:
        return FORK
    return sys.platform == "linux" and threading.active_count() == 1 and _os_threads() == 1


def _os_threads() -> int:
    """Threads of this process as the kernel counts them: also those `threading` never saw
    (started by C extensions, `_thread`, faulthandler's watchdog)."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return 2  # unknown: do not fork


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


def _groups(
    spans: Spans, chunks: list[Chunk], count: int, extra: float = FIRST_GROUP_EXTRA
) -> list[list[Chunk]]:
    """`chunks` in at most `count` contiguous groups; the first (read by this process) is
    `extra` longer (or shorter) than the others, which are about equal in characters."""
    total = spans[-1][1] - spans[0][0]
    first_share = min(1.0, (1 + extra) / count) * total
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
    """Worker processes for one body, used once, then closed. Spawned workers start when the
    pool is made, before the body is planned, so that their start-up (importing claimcheck,
    ~0.2 s) overlaps the sentence splitting; forked ones start in `extract`.

    Usage: `with WorkerPool(n) as pool: claims = pool.extract(body, spans, chunks, date)`.
    """

    def __init__(self, count: int) -> None:
        self._workers = max(0, count - 1)
        self._fork = _can_fork()
        self._procs: list[subprocess.Popen[bytes] | None] = (
            [] if self._fork else [self._spawn() for _ in range(self._workers)]
        )
        self._feeders: list[threading.Thread | None] = [None] * len(self._procs)
        self._children: dict[int, int] = {}
        """Forked workers not yet waited for: pid -> the read end of their pipe."""

    @property
    def size(self) -> int:
        """Processes in the pool, this one included."""
        return self._workers + 1

    @property
    def forks(self) -> bool:
        """Whether the workers are forked rather than spawned."""
        return self._fork

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
        """Spawned worker `index`'s claims, or None when it failed or `deadline_at` (a
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
        return _loads(out)

    def _start_fork(
        self, body: str, spans: Spans, group: list[Chunk], published: date | None
    ) -> int | None:
        """Fork a worker for `group`; its pid, or None when it could not start."""
        try:
            read_fd, write_fd = os.pipe()
        except OSError:
            return None
        # Signals stay blocked until the pid is recorded (parent) or the caller's handlers are
        # gone (child): a KeyboardInterrupt raised as os.fork() returns would otherwise lose
        # the pid in the parent, or run the caller's code in the child.
        old_mask = signal.pthread_sigmask(signal.SIG_BLOCK, signal.valid_signals())
        try:
            try:
                pid = os.fork()
            except OSError:
                os.close(read_fd)
                os.close(write_fd)
                return None
            if pid == 0:  # the worker: its claims, pickled into the pipe, then gone at once
                code = 1
                try:
                    os.close(read_fd)
                    signal.set_wakeup_fd(-1)  # an asyncio loop's pipe is the caller's
                    for signum in signal.valid_signals():
                        try:
                            if callable(signal.getsignal(signum)):
                                signal.signal(signum, signal.SIG_DFL)  # no caller handlers
                        except (OSError, ValueError):
                            pass
                    signal.pthread_sigmask(signal.SIG_SETMASK, old_mask)
                    claims: list[ExtractedClaim] = []
                    for chunk in group:
                        claims.extend(extract_chunk(body, spans, chunk, published))
                    # pickled before writing: the pickling is done while the parent still
                    # reads its own group (the writing then waits for it to read)
                    data = pickle.dumps(claims, protocol=pickle.HIGHEST_PROTOCOL)
                    with open(write_fd, "wb") as out:  # its length first: a whole answer
                        out.write(len(data).to_bytes(8, "little"))
                        out.write(data)
                    code = 0
                finally:
                    os._exit(code)
            os.close(write_fd)
            self._children[pid] = read_fd
            return pid
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, old_mask)

    def _collect_fork(self, pid: int | None, deadline_at: float) -> list[ExtractedClaim] | None:
        """Forked worker `pid`'s claims, or None when it failed or went silent past `deadline_at`."""
        if pid is None or pid not in self._children:
            return None
        fd = self._children[pid]
        parts: list[bytes] = []
        finished = False
        poller = select.poll()
        poller.register(fd, select.POLLIN)
        try:
            while True:
                # past the deadline, what the worker has written (or writes at once) is still read
                remaining = max(0.01, deadline_at - time.monotonic())
                if not poller.poll(remaining * 1000):
                    break
                part = os.read(fd, 1 << 20)
                if not part:
                    finished = True
                    break
                parts.append(part)
        except OSError:
            finished = False
        code = self._reap(pid, kill=not finished)
        data = b"".join(parts)
        # the exit code is unknown (None) when SIGCHLD is ignored or another handler reaped the
        # worker: then the length it announced decides
        if not finished or code not in (0, None) or len(data) < 8:
            return None
        if int.from_bytes(data[:8], "little") != len(data) - 8:
            return None
        return _loads(data[8:])

    def _reap(self, pid: int, kill: bool) -> int | None:
        """Wait for forked worker `pid` (stopped first if `kill`) and close its pipe; its exit
        code, or None when it was reaped elsewhere."""
        fd = self._children.pop(pid)
        os.close(fd)
        if kill:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        try:
            _, status = os.waitpid(pid, 0)
        except ChildProcessError:
            return None
        return os.waitstatus_to_exitcode(status)

    def extract(
        self,
        body: str,
        spans: Spans,
        chunks: list[Chunk],
        published: date | None = None,
    ) -> list[ExtractedClaim]:
        """The claims of all `chunks`: the first group read here, the others by the workers."""
        extra = FORKED_FIRST_GROUP_EXTRA if self._fork else FIRST_GROUP_EXTRA
        groups = _groups(spans, chunks, min(self.size, len(chunks)), extra) if chunks else []
        # One deadline for all workers (they run at once): the body's size at ~30x the usual
        # pace, so a worker that never answers costs this much once, not once per worker.
        deadline_at = time.monotonic() + MIN_DEADLINE_S + SECONDS_PER_MB * len(body) / 1e6
        sent: list[tuple[int | None, list[Chunk], int]] = []
        for index, group in enumerate(groups[1:]):
            if self._fork:
                sent.append((self._start_fork(body, spans, group, published), group, 0))
                continue
            job, offset = _job(body, spans, group, published)
            self._send(index, job)
            sent.append((index, group, offset))
        claims: list[ExtractedClaim] = []
        for chunk in groups[0] if groups else ():
            claims.extend(extract_chunk(body, spans, chunk, published))
        for worker, group, offset in sent:
            if self._fork:
                found = self._collect_fork(worker, deadline_at)
            else:
                found = None if worker is None else self._collect(worker, deadline_at)
            if found is None:
                for chunk in group:
                    claims.extend(extract_chunk(body, spans, chunk, published))
                continue
            if offset:
                for claim in found:
                    # Fresh objects nobody else holds: move them in place (a copy per claim
                    # made the merge several times slower).
                    object.__setattr__(claim, "start", claim.start + offset)
                    object.__setattr__(claim, "end", claim.end + offset)
            claims.extend(found)
        return claims

    def close(self) -> None:
        """Stop every worker still running (those given no job are killed)."""
        for pid in list(self._children):
            self._reap(pid, kill=True)
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


def _loads(data: bytes) -> list[ExtractedClaim] | None:
    """A worker's pickled claims, or None when the answer is broken."""
    # Unpickling makes many small objects and nothing cyclic: the collector would only rescan
    # them (3x slower).
    enabled = gc.isenabled()
    gc.disable()
    try:
        claims = pickle.loads(data)
    except Exception:  # noqa: BLE001 - a broken answer means: read the chunks here
        return None
    finally:
        if enabled:
            gc.enable()
    return claims if isinstance(claims, list) else None


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
