"""pytest run in a copy of the repository, as a separate process (tests of the tests' own behaviour)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_pytest(repo: Path, *args: str, env: dict[str, str] | None = None, timeout: int = 600):
    """`pytest -q -n 0 --no-site *args` in `repo`, without this run's pytest variables."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "COV_"))}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-n", "0", "-p", "no:cacheprovider", "--no-site", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        env={**clean, **(env or {})},
        timeout=timeout,
    )
