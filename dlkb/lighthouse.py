"""Lighthouse (mobile preset) on page after page from Python: one Node process (lighthouse.mjs
beside this file) with one Chrome, fed one URL a line, answering one JSON summary a line.
tests/test_lighthouse.py and scripts/bench.py both measure through it;
scripts/test-tools.sh installs the pinned Lighthouse in .venv/tools/lighthouse.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dlkb.blocks import ROOT

MODULES = ROOT / ".venv" / "tools" / "lighthouse" / "node_modules"
RUNNER = Path(__file__).with_name("lighthouse.mjs")


class Stopped(RuntimeError):
    """The Node process ended before answering."""


@contextmanager
def runner() -> Iterator:
    """run(url, multiplier=None) -> Lighthouse's summary of one load of `url`, its scores at the CPU
    slowdown `multiplier` (by default the one lighthouse.mjs calibrates to the host)."""
    if not (MODULES / "lighthouse").is_dir():
        raise FileNotFoundError(f"{MODULES} is missing: `make test` installs it (scripts/test-tools.sh)")
    env = dict(os.environ, LIGHTHOUSE_MODULES=str(MODULES), CHROME_PATH="/usr/bin/chromium")
    process = subprocess.Popen(
        ["node", str(RUNNER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )

    def run(url: str, multiplier: float | None = None) -> dict:
        process.stdin.write(url + ("" if multiplier is None else f" {multiplier}") + "\n")
        process.stdin.flush()
        line = process.stdout.readline()
        if not line:
            raise Stopped(f"Lighthouse stopped (exit code {process.poll()})")
        return json.loads(line)

    try:
        yield run
    finally:
        process.stdin.close()
        process.wait(timeout=60)
