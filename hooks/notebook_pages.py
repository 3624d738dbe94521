"""Notebook pages (`docs/**/*.ipynb`) are executed here, not by mkdocs-jupyter.

Each notebook page runs top to bottom in a fresh kernel through notebook_run.py,
so that what the kernel prints stays out of the build's log and a failing cell
names its place, exactly as for the topic notebooks. The executed copy is
cached in `.cache/notebook-pages/<key>/<same name>.ipynb`, keyed on the
notebook, requirements.txt and notebook_run.py, and the page's file is pointed
at it (`File.abs_src_path`, public in MkDocs 1.6): mkdocs-jupyter, set to
`execute: false`, renders it with its outputs, and the notebook offered for
download is the executed one.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import nbformat
from mkdocs.plugins import event_priority

from dlkb import notebook_run
from dlkb.pages import source

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "notebook-pages"


def executed_copy(source: Path, name: str) -> Path:
    """The executed notebook of `source` (`name` is its place in the repository, for errors)."""
    data = source.read_bytes()
    key = hashlib.sha256(data + (ROOT / "requirements.txt").read_bytes() + notebook_run.VERSION).hexdigest()[:20]
    target = CACHE / key / source.name
    if target.exists():
        return target
    notebook = nbformat.reads(data.decode("utf-8"), as_version=4)
    code_cells = [i for i, c in enumerate(notebook.cells, 1) if c.cell_type == "code"]
    with tempfile.TemporaryDirectory() as work:
        os.symlink(ROOT / "docs", Path(work) / "docs")
        done = notebook_run.execute(notebook, work, lambda i: f"{name}:cell {code_cells[i]}", name)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    nbformat.write(done, tmp)
    tmp.replace(target)
    return target


@event_priority(-250)  # after mkdocs-jupyter (0) has made the notebooks pages
def on_files(files, config):
    for file in files:
        if file.src_uri.endswith(".ipynb") and file.is_documentation_page():
            name = source(file, config.theme["language"])  # docs/x.ko.ipynb: the page's own file
            file.abs_src_path = str(executed_copy(ROOT / name, name))
    return files
