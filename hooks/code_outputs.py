"""Under every code block, what it printed and drew, from the one run of the site's code.

Before each build reads its pages, every chain of blocks with no passing run of its
current code is run once (`python -m dlkb.run_site`: a progress bar, then the results
in the execution cache); a chain that fails stops the build with its page and line.
A build whose code did not change runs nothing (DLKB_NO_RUN=1 makes any run an error:
tests/test_build_caches.py builds that way). Each page then gets its outputs
(dlkb/outputs.py), and the images the blocks wrote are published next to the page.

Notebook pages (`docs/**/*.ipynb`) get the same outputs in their cells: the page's
file is pointed (`File.abs_src_path`, public in MkDocs 1.6) at a copy with the
outputs filled in, kept in .cache/notebook-pages; mkdocs-jupyter (`execute: false`)
renders it, and the notebook offered for download is that copy.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path, PurePosixPath

import nbformat
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from dlkb import blocks, exec_cache, outputs, run_site
from dlkb.blocks import ROOT, CollectError
from dlkb.pages import DEFAULT, in_language

NOTEBOOKS = ROOT / ".cache" / "notebook-pages"
_found: dict = {}  # this build's outputs: (page, line) -> outputs.Shown


def on_pre_build(config) -> None:
    blocks.page_blocks.cache_clear()  # (under `mkdocs serve`, pages change between builds)
    everything = os.environ.get("DLKB_RUN_ALL") == "1" and config.theme["language"] == DEFAULT  # (the first build)
    waiting = run_site.missing(everything)
    if waiting and os.environ.get("DLKB_NO_RUN") == "1":
        raise PluginError(f"DLKB_NO_RUN=1, but {len(waiting)} chains of code blocks have no run, e.g. {waiting[0].id}")
    if waiting:
        command = [sys.executable, "-m", "dlkb.run_site"] + (["--all"] if everything else [])
        if subprocess.run(command, cwd=ROOT).returncode:
            failed = exec_cache.failures()
            raise PluginError("a code block failed:\n\n" + "\n\n".join(failed[c.id] for c in waiting if c.id in failed))
    outputs.shown.cache_clear()
    _found.clear()
    _found.update(outputs.shown())


def notebook_with_outputs(page: str) -> Path:
    """A copy of the notebook page `page` with each code cell's outputs from the run."""
    notebook = nbformat.read(ROOT / page, as_version=4)
    count = 0
    for number, cell in enumerate(notebook.cells, 1):
        if cell.cell_type == "code":
            shown = _found.get((page, number))
            if shown is None:
                raise PluginError(f"{page}:cell {number}: no run of this cell's code")
            count += 1
            cell.outputs, cell.execution_count = outputs.cell_outputs(shown), count
    data = nbformat.writes(notebook).encode()
    target = NOTEBOOKS / hashlib.sha256(data).hexdigest()[:20] / Path(page).name
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return target


@event_priority(-100)  # after every hook that adds pages, and after mkdocs-jupyter (0) made the notebook pages
def on_files(files, config):
    lang, published = config.theme["language"], {}
    for file in files.documentation_pages():
        page = f"docs/{in_language(file.src_uri, lang)}"
        if not (ROOT / page).exists():
            continue
        if page.endswith(".ipynb"):
            file.abs_src_path = str(notebook_with_outputs(page))
        folder = PurePosixPath(file.src_uri).parent
        for block in blocks.page_blocks(page):
            shown = _found.get((block.page, block.line))
            for name in shown.images if shown and block.page == page else []:
                uri = str(folder / name)
                if published.setdefault(uri, page) != page:
                    raise PluginError(f"{page} and {published[uri]} both publish {uri}")
                if files.get_file_from_path(uri) is None:
                    files.append(File.generated(config, uri, abs_src_path=str(shown.folder / name)))
    return files


@event_priority(50)  # before other hooks change the page's lines
def on_page_markdown(markdown: str, page, config, files) -> str:
    if not page.file.src_uri.endswith(".md"):
        return markdown
    source = f"docs/{in_language(page.file.src_uri, config.theme['language'])}"
    if not (ROOT / source).exists():
        return markdown
    try:
        return outputs.annotate(markdown, source, config.theme["language"], _found)
    except CollectError as error:
        raise PluginError(str(error)) from None
