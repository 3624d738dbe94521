"""A copy of this repository as git tracks it, for tests that edit files or run `make` in it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from dlkb.blocks import ROOT


def tracked_files() -> list[str]:
    out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return [f for f in out.split("\0") if f and (ROOT / f).is_file()]


def copy_repository(dest: Path, link_venv: bool = True, caches: tuple[str, ...] = ()) -> Path:
    """Every tracked file copied into `dest` (times kept, so make sees .venv as up to date), with this
    repository's .venv linked in, and a copy of each of its `.cache/<name>` in `caches` (so that only
    what a test changes in the copy runs or builds again)."""
    for f in tracked_files():
        (dest / f).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / f, dest / f)
    if link_venv:
        (dest / ".venv").symlink_to(ROOT / ".venv")
    for name in caches:
        if (ROOT / ".cache" / name).is_dir():
            shutil.copytree(ROOT / ".cache" / name, dest / ".cache" / name)
    return dest
