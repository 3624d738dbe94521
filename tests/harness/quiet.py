"""The machine to one measurement: every test runs holding a shared lock, and `alone()` takes it
whole, so the other pytest worker pauses between two of its tests while a timing is taken.

Lighthouse's performance score is simulated from the trace of a real load: the other worker's
browser on the same two cores makes a run slower than the page is (tests/test_lighthouse.py
measures a page again alone when its first run, taken beside the other tests, is under 90).
"""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager

from dlkb.blocks import ROOT

LOCK = ROOT / ".cache" / "quiet.lock"
_file = None


def _lock(mode: int) -> None:
    global _file
    if _file is None:
        LOCK.parent.mkdir(parents=True, exist_ok=True)
        _file = LOCK.open("a")
    fcntl.flock(_file, mode)  # on the one file this process opened: a change of mode, not a second lock


@contextmanager
def during_test() -> Iterator[None]:
    """Held around each test's call (tests/conftest.py)."""
    _lock(fcntl.LOCK_SH)
    try:
        yield
    finally:
        _lock(fcntl.LOCK_UN)


@contextmanager
def alone() -> Iterator[None]:
    """Inside a test: wait until the other worker's running test ends, keep it from starting another."""
    _lock(fcntl.LOCK_EX)
    try:
        yield
    finally:
        _lock(fcntl.LOCK_SH)
