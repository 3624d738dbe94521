"""Build the site once per test run, in the background, and wait for it where needed.

`python -m tests.harness.site DEST` runs `mkdocs build --strict` into DEST and
writes DEST.json with the exit code, the time taken and the log, so that every
test worker can read the one build.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from .blocks import ROOT

SITE = ROOT / ".cache" / "test-site"
STATUS = SITE.with_suffix(".json")


def build(dest: Path = SITE) -> dict:
    started = time.monotonic()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-d", str(dest)],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    return {"returncode": run.returncode, "seconds": round(time.monotonic() - started, 2),
            "log": run.stdout + run.stderr, "dest": str(dest)}


def start_background_build() -> subprocess.Popen:
    STATUS.unlink(missing_ok=True)
    STATUS.parent.mkdir(parents=True, exist_ok=True)
    return subprocess.Popen([sys.executable, "-m", "tests.harness.site", str(SITE)], cwd=ROOT)


def wait_for_build(timeout: float = 900) -> dict:
    deadline = time.monotonic() + timeout
    while not STATUS.exists():
        if time.monotonic() > deadline:
            raise TimeoutError(f"the site build did not finish in {timeout:.0f} s")
        time.sleep(0.2)
    return json.loads(STATUS.read_text(encoding="utf-8"))


if __name__ == "__main__":
    dest = Path(sys.argv[1])
    result = build(dest)
    tmp = dest.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(result), encoding="utf-8")
    tmp.replace(dest.with_suffix(".json"))
    sys.exit(0)
