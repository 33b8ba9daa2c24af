"""Long bodies: chunk plans, and extraction by several processes giving the same claims."""

from __future__ import annotations

import datetime as dt
import gc
import os
import subprocess
import sys
import threading
import time

import pytest

from claimcheck.core import extract, extract_pool
from claimcheck.core.extract import extract_claims, plan_chunks
from claimcheck.core.sentences import split_sentences

PARAGRAPHS = [
    "Ukraine struck the city of Belgorod, located 32 kilometers from the border, on May 30. "
    "He said it was the first use of American missiles on Russian soil.",
    "Italy and the Netherlands have pledged additional military support to Ukraine, "
    "John Kirby said on Friday.",
    "The Dutch government said it would deliver 24 F-16 jets by 2025. "
    "It added that pilots were already in training.",
    "Olaf Scholz visited Kyiv in June.",
    "He promised a third Patriot system.",
]


def long_body(paragraphs: int) -> str:
    return "\n\n".join(
        PARAGRAPHS[i % len(PARAGRAPHS)].replace("30", str(1 + i % 28)) for i in range(paragraphs)
    )


@pytest.fixture
def spawned(monkeypatch):
    """Workers started as new interpreters, as from a process running several threads."""
    monkeypatch.setattr(extract_pool, "FORK", False)


@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of ~2,000 characters and processes from 6,000: the paths of a 5 MB article on a
    body that takes milliseconds."""
    monkeypatch.setattr(extract, "CHUNK_CHARS", 2_000)
    monkeypatch.setattr(extract, "PARALLEL_MIN_CHARS", 6_000)


def test_short_body_is_one_chunk():
    body = long_body(4)
    spans = split_sentences(body)
    assert plan_chunks(body, spans) == [(0, 0, len(spans))]


def test_chunks_cover_every_sentence_once_and_start_on_new_lines(small_chunks):
    body = long_body(300)
    spans = split_sentences(body)
    chunks = plan_chunks(body, spans)
    assert len(chunks) > 10
    assert chunks[0][1] == 0 and chunks[-1][2] == len(spans)
    for (_, _, stop), (warm, first, _) in zip(chunks, chunks[1:], strict=False):
        assert first == stop
        assert warm == first - extract.WARMUP_SENTENCES
        assert "\n" in body[spans[first - 1][1] : spans[first][0]]
        assert spans[first][0] >= extract.CHUNK_CHARS  # never shorter than a chunk
    assert plan_chunks(body, spans) == chunks  # the text alone decides


def test_text_without_new_lines_is_cut_at_sentences(small_chunks):
    body = " ".join(PARAGRAPHS) * 60
    spans = split_sentences(body)
    chunks = plan_chunks(body, spans)
    assert len(chunks) > 5
    assert sorted(i for _, first, stop in chunks for i in range(first, stop)) == list(
        range(len(spans))
    )


def test_pronouns_are_resolved_across_a_chunk_start(small_chunks, monkeypatch):
    body = long_body(40)
    opener = body.index("He promised", 2_000)
    monkeypatch.setattr(extract, "CHUNK_CHARS", opener)  # the second chunk starts there
    spans = split_sentences(body)
    assert body[spans[plan_chunks(body, spans)[1][1]][0] :].startswith("He promised")
    chunked = extract_claims(body, workers=1)
    assert [c.text for c in chunked if c.start == opener] == [
        "Olaf Scholz promised a third Patriot system."
    ]
    monkeypatch.setattr(extract, "CHUNK_CHARS", 10**9)
    assert extract_claims(body, workers=1) == chunked  # as if read in one go


@pytest.mark.parametrize("fork", [True, False])
@pytest.mark.parametrize("workers", [2, 3])
def test_several_processes_give_the_same_claims_as_one(small_chunks, monkeypatch, workers, fork):
    monkeypatch.setattr(extract_pool, "FORK", fork)
    answers = answers_used(monkeypatch)
    pids = forked_pids(monkeypatch)
    body = long_body(300)
    published = dt.date(2024, 6, 2)
    one = extract_claims(body, published, workers=1)
    many = extract_claims(body, published, workers=workers)
    assert len(one) > 300
    assert many == one
    assert len(answers) == workers - 1 and all(answers)  # every worker answered: no fallback
    assert len(pids) == (workers - 1 if fork else 0)
    assert all(body[c.start : c.end].strip() for c in many)


def test_a_worker_that_cannot_start_is_replaced_by_this_process(small_chunks, spawned, monkeypatch):
    body = long_body(100)
    expected = extract_claims(body, workers=1)
    monkeypatch.setattr(sys, "executable", "")
    assert extract_claims(body, workers=2) == expected


def test_a_worker_that_cannot_fork_is_replaced_by_this_process(small_chunks, monkeypatch):
    body = long_body(100)
    expected = extract_claims(body, workers=1)
    monkeypatch.setattr(extract_pool, "FORK", True)

    tried = []

    def no_fork():
        tried.append(True)
        raise OSError("Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    assert extract_claims(body, workers=2) == expected
    assert tried == [True]


def in_forked_worker(monkeypatch, action) -> None:
    """Make forked workers run `action` before reading a chunk; this process reads as usual."""
    parent = os.getpid()
    original = extract_pool.extract_chunk

    def chunk(*args, **kwargs):
        if os.getpid() != parent:
            action()
        return original(*args, **kwargs)

    monkeypatch.setattr(extract_pool, "FORK", True)
    monkeypatch.setattr(extract_pool, "extract_chunk", chunk)


def forked_pids(monkeypatch) -> list[int]:
    """Record the pids of the workers the pool forks."""
    pids: list[int] = []
    start = extract_pool.WorkerPool._start_fork

    def recorded(self, *args):
        pid = start(self, *args)
        pids.append(pid)
        return pid

    monkeypatch.setattr(extract_pool.WorkerPool, "_start_fork", recorded)
    return pids


def spawned_procs(monkeypatch) -> list[subprocess.Popen[bytes] | None]:
    """Record the interpreters the pool spawns (None for one that could not start)."""
    started: list[subprocess.Popen[bytes] | None] = []
    spawn = extract_pool.WorkerPool._spawn

    def recorded():
        proc = spawn()
        started.append(proc)
        return proc

    monkeypatch.setattr(extract_pool.WorkerPool, "_spawn", staticmethod(recorded))
    return started


def gone(pid: int) -> bool:
    """Whether `pid` was waited for (no child of ours, not even a zombie, has it)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_a_failing_forked_worker_is_replaced_by_this_process(small_chunks, monkeypatch):
    body = long_body(100)
    expected = extract_claims(body, workers=1)

    def fail():
        raise RuntimeError("broken worker")

    in_forked_worker(monkeypatch, fail)
    pids = forked_pids(monkeypatch)
    assert extract_claims(body, workers=3) == expected
    assert len(pids) == 2 and all(gone(pid) for pid in pids)


def test_a_forked_worker_past_its_deadline_is_stopped(small_chunks, monkeypatch):
    body = long_body(100)
    expected = extract_claims(body, workers=1)
    in_forked_worker(monkeypatch, lambda: time.sleep(60))
    pids = forked_pids(monkeypatch)
    monkeypatch.setattr(extract_pool, "MIN_DEADLINE_S", 0.5)
    monkeypatch.setattr(extract_pool, "SECONDS_PER_MB", 0.0)
    started = time.monotonic()
    assert extract_claims(body, workers=2) == expected
    assert time.monotonic() - started < 30
    assert len(pids) == 1 and gone(pids[0])  # killed and waited for, not left behind


def answers_used(monkeypatch) -> list[int]:
    """Record how many claims each worker's answer held, when it was used."""
    answers: list[int] = []
    loads = extract_pool._loads

    def recorded(data):
        found = loads(data)
        answers.append(len(found or ()))
        return found

    monkeypatch.setattr(extract_pool, "_loads", recorded)
    return answers


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc")
def test_forked_workers_leave_no_open_pipes_or_children(small_chunks, monkeypatch):
    body = long_body(100)
    expected = extract_claims(body, workers=1)
    monkeypatch.setattr(extract_pool, "FORK", True)
    pids = forked_pids(monkeypatch)
    before = open_fds()
    for _ in range(5):
        assert extract_claims(body, workers=3) == expected
    assert open_fds() == before
    assert len(pids) == 10 and all(gone(pid) for pid in pids)


def test_a_failing_own_group_stops_the_forked_workers(small_chunks, monkeypatch):
    body = long_body(100)
    parent = os.getpid()
    original = extract_pool.extract_chunk

    def chunk(*args, **kwargs):
        if os.getpid() == parent:
            raise KeyboardInterrupt
        time.sleep(60)  # a worker that would outlive the caller
        return original(*args, **kwargs)

    monkeypatch.setattr(extract_pool, "FORK", True)
    monkeypatch.setattr(extract_pool, "extract_chunk", chunk)
    pids = forked_pids(monkeypatch)
    before = open_fds()
    with pytest.raises(KeyboardInterrupt):
        extract_claims(body, workers=2)
    assert len(pids) == 1 and gone(pids[0])
    assert open_fds() == before


def test_forked_answers_are_used_when_children_are_reaped_elsewhere(small_chunks, monkeypatch):
    """With SIGCHLD ignored (a parent process may set it, and it survives exec) the kernel
    reaps the workers itself: their exit code is lost, their answers are whole."""
    import signal

    body = long_body(100)
    expected = extract_claims(body, workers=1)
    monkeypatch.setattr(extract_pool, "FORK", True)
    answers = answers_used(monkeypatch)
    old = signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    try:
        assert extract_claims(body, workers=2) == expected
    finally:
        signal.signal(signal.SIGCHLD, old)
    assert len(answers) == 1 and answers[0] > 0


def test_a_forked_answer_ready_at_the_deadline_is_still_used(small_chunks, monkeypatch):
    body = long_body(100)
    expected = extract_claims(body, workers=1)
    parent = os.getpid()
    original = extract_pool.extract_chunk
    slept = []

    def chunk(*args, **kwargs):
        if os.getpid() == parent and not slept:
            slept.append(True)
            time.sleep(0.6)  # this process's own group runs past the workers' deadline
        return original(*args, **kwargs)

    monkeypatch.setattr(extract_pool, "FORK", True)
    monkeypatch.setattr(extract_pool, "extract_chunk", chunk)
    monkeypatch.setattr(extract_pool, "MIN_DEADLINE_S", 0.3)
    monkeypatch.setattr(extract_pool, "SECONDS_PER_MB", 0.0)
    answers = answers_used(monkeypatch)
    assert extract_claims(body, workers=2) == expected
    assert len(answers) == 1 and answers[0] > 0  # read, not killed and read again here


def test_forked_workers_do_not_run_the_callers_signal_handlers(small_chunks, monkeypatch, tmp_path):
    import signal

    body = long_body(100)
    expected = extract_claims(body, workers=1)
    record = tmp_path / "handled"

    def handler(signum, frame):
        with record.open("a") as out:  # seen from this process whichever process ran it
            out.write(f"{os.getpid()}\n")

    # the default action ends the worker; the caller's handler would record it
    in_forked_worker(monkeypatch, lambda: os.kill(os.getpid(), signal.SIGUSR1))
    old = signal.signal(signal.SIGUSR1, handler)
    try:
        assert extract_claims(body, workers=2) == expected
    finally:
        signal.signal(signal.SIGUSR1, old)
    assert not record.exists()  # the caller's handler ran in no worker


def test_workers_are_spawned_not_forked_beside_other_threads(small_chunks, monkeypatch):
    """A fork copies only the calling thread: where another runs (the workbench), a lock it
    holds would stay locked in the child, so the workers are new interpreters."""
    body = long_body(100)
    expected = extract_claims(body, workers=1)
    pids = forked_pids(monkeypatch)
    spawned = spawned_procs(monkeypatch)
    if sys.platform == "linux" and threading.active_count() == 1:
        assert extract_claims(body, workers=2) == expected
        assert len(pids) == 1 and not spawned
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        pids.clear()
        assert extract_claims(body, workers=2) == expected
    finally:
        stop.set()
        other.join()
    assert not pids and len(spawned) == 1


def fake_workers(monkeypatch, code: str) -> list[subprocess.Popen[bytes]]:
    """Make the pool start `python -c code` as its workers; returns the processes started."""
    started: list[subprocess.Popen[bytes]] = []
    monkeypatch.setattr(extract_pool, "FORK", False)

    def spawn():
        proc = subprocess.Popen(
            [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE
        )
        started.append(proc)
        return proc

    monkeypatch.setattr(extract_pool.WorkerPool, "_spawn", staticmethod(spawn))
    return started


def test_a_failing_worker_is_replaced_by_this_process(small_chunks, monkeypatch):
    body = long_body(100)
    expected = extract_claims(body, workers=1)
    started = fake_workers(monkeypatch, "import sys; sys.stdout.write('not a pickle'); sys.exit(0)")
    assert extract_claims(body, workers=3) == expected
    assert len(started) == 2


def test_a_worker_past_its_deadline_is_stopped(small_chunks, monkeypatch):
    body = long_body(100)
    expected = extract_claims(body, workers=1)
    started = fake_workers(monkeypatch, "import time; time.sleep(60)")
    monkeypatch.setattr(extract_pool, "MIN_DEADLINE_S", 0.5)
    monkeypatch.setattr(extract_pool, "SECONDS_PER_MB", 0.0)
    assert extract_claims(body, workers=2) == expected
    assert started[0].poll() is not None  # killed, not left behind


def test_workers_left_without_work_are_stopped(small_chunks, spawned, monkeypatch):
    body = long_body(100)
    expected = extract_claims(body, workers=1)
    monkeypatch.setattr(extract, "CHUNK_CHARS", 10**9)  # one chunk: nothing to hand out
    started = spawned_procs(monkeypatch)
    assert extract_claims(body, workers=3) == expected
    assert len(started) == 2
    assert all(proc is not None and proc.poll() is not None for proc in started)


def test_worker_count_reads_the_environment(monkeypatch):
    monkeypatch.setenv("CLAIMCHECK_WORKERS", "3")
    assert extract_pool.worker_count() == 3
    assert extract_pool.worker_count(1) == 1
    monkeypatch.setenv("CLAIMCHECK_WORKERS", "zero")
    assert 1 <= extract_pool.worker_count() <= extract_pool.MAX_WORKERS
    monkeypatch.setenv("CLAIMCHECK_WORKERS", "-4")
    assert extract_pool.worker_count() == 1


def test_a_claimcheck_in_the_working_folder_does_not_answer_for_the_workers(tmp_path):
    fake = tmp_path / "claimcheck" / "core"
    fake.mkdir(parents=True)
    (tmp_path / "claimcheck" / "__init__.py").write_text("")
    (fake / "__init__.py").write_text("")
    (fake / "extract_pool.py").write_text(
        "import pickle, sys\ndef main():\n    pickle.dump([], sys.stdout.buffer)\n    return 0\n"
    )
    code = (
        "from claimcheck.core import extract, extract_pool\n"
        "extract.CHUNK_CHARS = 2000; extract.PARALLEL_MIN_CHARS = 6000\n"
        "extract_pool.FORK = False\n"
        "answers = []\n"
        "collect = extract_pool.WorkerPool._collect\n"
        "def recorded(self, index, deadline):\n"
        "    found = collect(self, index, deadline)\n"
        "    answers.append(found is not None and len(found) > 0)\n"
        "    return found\n"
        "extract_pool.WorkerPool._collect = recorded\n"
        f"body = {long_body(100)!r}\n"
        "one = extract.extract_claims(body, workers=1)\n"
        "two = extract.extract_claims(body, workers=2)\n"
        "print(one == two, answers)\n"
    )
    result = subprocess.run(
        [sys.executable, "-P", "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True [True]"


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_paused_while_reading_and_left_as_it_was(
    small_chunks, monkeypatch, enabled
):
    body = long_body(100)
    paused = []
    original = extract.extract_chunk

    def watched(*args, **kwargs):
        paused.append(not gc.isenabled())
        return original(*args, **kwargs)

    monkeypatch.setattr(extract, "extract_chunk", watched)
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        assert extract_claims(body, workers=1)
        assert gc.isenabled() == enabled
    finally:
        gc.enable() if was else gc.disable()
    assert len(paused) > 1 and all(paused)
