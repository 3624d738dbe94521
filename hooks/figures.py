"""Figures drawn by code: run `snippets/<slug>/fig_*.py` at build time.

Each figure script writes its image(s) (`.svg` or `.png`) into the current
directory. The hook runs it in a fresh Python process inside a cache folder keyed
by the script's code and the pinned requirements (what it prints is kept out of
the build's log, and shown only when it fails), and publishes every image as
`<slug>/<name>` next to the topic page, which shows it with `![alt](<name>)`.
No image is committed. A script that fails, or writes no image, fails the build.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
CACHE = ROOT / ".cache" / "figures"
IMAGE_SUFFIXES = {".svg", ".png"}


def figure_scripts() -> list[Path]:
    return sorted(SNIPPETS.glob("*/fig_*.py"))


def _key(script: Path) -> str:
    digest = hashlib.sha256(script.read_bytes())
    digest.update((ROOT / "requirements.txt").read_bytes())
    return digest.hexdigest()[:16]


def _shown_on(script: Path) -> str:
    """Where pages include the script: docs/<slug>/index.ko.md:57, ..."""
    name = script.relative_to(ROOT).as_posix()
    places = [
        f"{page.relative_to(ROOT).as_posix()}:{number}"
        for page in sorted((ROOT / "docs" / script.parent.name).glob("*.md"))
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1)
        if name in line
    ]
    return "included at " + ", ".join(places) if places else "included on no page"


def draw(script: Path) -> list[Path]:
    """Run one figure script (cached) and return the images it wrote."""
    out = CACHE / f"{script.parent.name}-{script.stem}-{_key(script)}"
    done = out / ".done"
    if not done.exists():
        out.mkdir(parents=True, exist_ok=True)
        if not (out / "docs").exists():  # published data (e.g. docs/assets/corpus), as for code blocks
            (out / "docs").symlink_to(ROOT / "docs", target_is_directory=True)
        env = dict(os.environ, MPLBACKEND="Agg", PYTHONHASHSEED="0")
        run = subprocess.run(
            [sys.executable, str(script)],
            cwd=out,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if run.returncode != 0:  # what it printed is shown only then: the build's log stays quiet
            printed = "\n".join((run.stdout + run.stderr).strip().splitlines()[-25:])
            raise PluginError(
                f"{script.relative_to(ROOT)}: the figure script failed (exit {run.returncode}); "
                f"{_shown_on(script)}. What it printed (stdout, then stderr):\n{printed}"
            )
        done.touch()
    images = sorted(p for p in out.iterdir() if p.suffix in IMAGE_SUFFIXES)
    if not images:
        raise PluginError(f"{script.relative_to(ROOT)}: wrote no .svg or .png into the current directory")
    return images


@event_priority(50)
def on_files(files, config):
    for script in figure_scripts():
        for image in draw(script):
            src_uri = f"{script.parent.name}/{image.name}"
            if files.get_file_from_path(src_uri) is None:
                files.append(File.generated(config, src_uri, abs_src_path=str(image)))
    return files
