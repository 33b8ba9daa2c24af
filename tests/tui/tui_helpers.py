"""Helpers for the workbench tests: wait for workers the way a reviewer waits for the screen."""

from __future__ import annotations

import asyncio
from collections.abc import Callable


async def settle(pilot, rounds: int = 3) -> None:  # type: ignore[no-untyped-def]
    """Let workers finish and their messages be handled."""
    for _ in range(rounds):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def wait_until(pilot, condition: Callable[[], bool], timeout: float = 5.0) -> bool:  # type: ignore[no-untyped-def]
    """Pause until `condition()` holds or `timeout` passes; returns whether it held."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        if condition():
            return True
        await pilot.pause(0.05)
    return condition()
