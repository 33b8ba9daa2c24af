"""How the workbench reaches the database from worker threads.

What it owns: opening a `Store` per read job (a sqlite3 connection belongs to its thread;
opening one costs about a millisecond, more when threads compete), one save connection that
saves use in turn (under a lock, so never by two threads at once), and the order of saves. Saves run in `thread=True` workers
that are never exclusive, so none is cancelled; `ordered()` hands each save a ticket on the UI
thread and makes the worker wait for its turn, so two quick marks on one claim are applied in
the order they were pressed, never reordered by the thread scheduler.
What it must not do: touch widgets (workers post messages instead).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from claimcheck.core.store import Store

TURN_WAIT_S = 60.0
"""A save whose predecessor never finished goes ahead after this long (it is never dropped)."""


class StoreAccess:
    """One database path, a clock, and the save queue."""

    def __init__(self, path: Path, clock: Callable[[], datetime] | None = None,
                 allow_network_fs: bool = False) -> None:
        self.path = path
        """The database file every job opens."""
        self.allow_network_fs = allow_network_fs
        self.clock = clock or (lambda: datetime.now(UTC))
        """The time the workbench shows and compares presence against (pinned in tests)."""
        self._turn = threading.Condition()
        self._writer: Store | None = None
        self._writer_lock = threading.Lock()
        self._closed = False
        self._issued = 0
        self._serving = 1

    @contextmanager
    def open(self) -> Iterator[Store]:
        """A fresh `Store` for the calling thread, closed afterwards."""
        store = Store.open(self.path, allow_network_fs=self.allow_network_fs)
        try:
            yield store
        finally:
            store.close()

    def close(self) -> None:
        """Close the save connection (the app is leaving)."""
        with self._writer_lock:
            self._closed = True
            if self._writer is not None:
                self._writer.close()
                self._writer = None

    def ticket(self) -> int:
        """Call on the UI thread when a save is requested: its place in the queue."""
        with self._turn:
            self._issued += 1
            return self._issued

    @contextmanager
    def ordered(self, ticket: int) -> Iterator[Store]:
        """Wait for `ticket`'s turn, then yield a store; the next save waits for this one."""
        give_up = time.monotonic() + TURN_WAIT_S
        with self._turn:
            while self._serving < ticket and time.monotonic() < give_up:
                self._turn.wait(0.5)
        try:
            with self._writer_lock:
                # One connection for saves, used by one save at a time (saves take turns):
                # no open per save, so a mark costs the write and little else.
                if self._closed:  # a save still queued as the app leaves: never dropped
                    with self.open() as store:
                        yield store
                    return
                if self._writer is None:
                    self._writer = Store.open(self.path, allow_network_fs=self.allow_network_fs)
                yield self._writer
        finally:
            with self._turn:
                self._serving = max(self._serving, ticket + 1)
                self._turn.notify_all()
