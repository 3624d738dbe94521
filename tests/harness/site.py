"""Build the site once per test run, in the background, and wait for it where needed.

`python -m tests.harness.site DEST` runs `mkdocs build --strict` into DEST and
writes DEST.json with the exit code, the time taken, the log, and MkDocs' own
warnings and errors, so that every test worker can read the one build.

MkDocs' warnings are its log records (the `mkdocs` logger and its children, which
the plugins and `--strict` use), caught by a handler in the build's process:
not lines of the log that start with the word WARNING, which code run by the
build can print too (TensorFlow does at import on some CPUs).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from dlkb.blocks import ROOT

SITE = ROOT / ".cache" / "test-site"
STATUS = SITE.with_suffix(".json")


def build(dest: Path = SITE, project: Path = ROOT, **environ: str) -> dict:
    """`mkdocs build --strict` of `project` into `dest`: each language's build (mkdocs.yml into
    `dest`, then mkdocs.en.yml into `dest/en`, where the project has it), as `make build` runs them;
    `environ` is added to the environment (OFFLINE="true" for the offline archive)."""
    started = time.monotonic()
    # the wrapper below is this module, importable from any project's folder
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=path, **environ)
    builds = [["-d", str(dest)]]
    if (project / "mkdocs.en.yml").exists():
        builds.append(["-f", "mkdocs.en.yml", "-d", str(dest / "en")])
    log, warnings, returncode = "", [], 0
    with tempfile.TemporaryDirectory() as tmp:
        records = Path(tmp) / "records.json"
        for args in builds:
            command = [sys.executable, "-m", "tests.harness.site", "--mkdocs", str(records)]
            run = subprocess.run(
                [*command, "build", "--strict", "--clean", *args],
                cwd=project,
                env=env,
                capture_output=True,
                text=True,
            )
            log += run.stdout + run.stderr
            warnings += json.loads(records.read_text(encoding="utf-8")) if records.exists() else []
            returncode = returncode or run.returncode
            if run.returncode:
                break
    return {
        "returncode": returncode,
        "seconds": round(time.monotonic() - started, 2),
        "log": log,
        "warnings": warnings,
        "dest": str(dest),
    }


def problems(status: dict) -> list[str]:
    """What makes a build fail the strict check: MkDocs' own warnings and errors, or a failed run."""
    found = [f"{w['level']} ({w['logger']}): {w['message']}" for w in status["warnings"]]
    if status["returncode"] != 0 and not found:
        found.append(f"mkdocs exited with {status['returncode']}:\n{status['log'][-3000:]}")
    return found


def _mkdocs_keeping_records(records: Path, args: list[str]) -> None:
    """Run the MkDocs command line in this process; write its WARNING and ERROR records to `records`."""
    import logging

    from mkdocs.__main__ import cli

    kept: list[dict] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            kept.append({"level": record.levelname, "logger": record.name, "message": record.getMessage()})

    logging.getLogger("mkdocs").addHandler(Keep(logging.WARNING))
    try:
        cli.main(args=args, prog_name="mkdocs")
    finally:
        records.write_text(json.dumps(kept), encoding="utf-8")


def start_background_build(run_all: bool = False) -> subprocess.Popen:
    """The test run's build; it first runs the site's code that has no run (all of it with `run_all`)."""
    STATUS.unlink(missing_ok=True)
    STATUS.parent.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, DLKB_RUN_ALL="1") if run_all else None
    return subprocess.Popen([sys.executable, "-m", "tests.harness.site", str(SITE)], cwd=ROOT, env=env)


def wait_for_build(timeout: float = 2400) -> dict:
    deadline = time.monotonic() + timeout
    while not STATUS.exists():
        if time.monotonic() > deadline:
            raise TimeoutError(f"the site build did not finish in {timeout:.0f} s")
        time.sleep(0.2)
    return json.loads(STATUS.read_text(encoding="utf-8"))


if __name__ == "__main__":
    if sys.argv[1] == "--mkdocs":
        _mkdocs_keeping_records(Path(sys.argv[2]), sys.argv[3:])
    dest = Path(sys.argv[1])
    result = build(dest)
    tmp = dest.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(result), encoding="utf-8")
    tmp.replace(dest.with_suffix(".json"))
    sys.exit(0)
