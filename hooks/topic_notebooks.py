"""A notebook per topic: every code block of the page, in order, to run at once.

For each topic page (`docs/<slug>/index.<lang>.md` with Python blocks) the build
writes `<slug>.<lang>.ipynb` next to the built page and the page gets a download
button (overrides/main.html). The notebook is made from exactly the blocks the
tests run (dlkb/blocks.py: snippet includes expanded, blocks inside
admonitions and tabs included), with the page's section headings between them,
written as a jupytext "percent" script and turned into a notebook by jupytext.
It is executed at build time, top to bottom in a fresh kernel (nbclient), so the
download holds outputs and figures; a cell that fails fails the build and names
the page. Both languages share the code, so it runs once: executed cells are
cached in .cache/topic-notebooks by a hash of the code and requirements.txt, and
each finished notebook by a hash of its script, requirements.txt and this hook
(so a build whose pages did not change neither runs nor converts anything).
Cell ids are numbered, not random: the same page gives the same notebook file.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path

import jupytext
import nbformat

from dlkb import blocks, notebook_run
from dlkb.pages import TOPIC, source

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "topic-notebooks"
HEADING = re.compile(r"^(#{1,3}) (.+)$")
INTRO = {
    "ko": "이 노트북에는 [{title}]({url}) 페이지의 코드 블록이 모두 들어 있습니다. 페이지와 같은 순서이고, "
    "빌드할 때 위에서부터 새 커널에서 실행한 결과가 함께 저장되어 있습니다. 저장소의 루트에서 열면 "
    "(`docs/assets/corpus/` 같은 데이터 경로가 맞도록) 그대로 다시 실행할 수 있습니다.",
    "en": "This notebook holds every code block of the [{title}]({url}) page, in the page's order, with the "
    "outputs of a top-to-bottom run in a fresh kernel at build time. Open it from the repository root "
    "(so that data paths such as `docs/assets/corpus/` resolve) to run it again.",
}
_VERSION = (
    hashlib.sha256(Path(__file__).read_bytes()).digest() + notebook_run.VERSION
)  # a change here makes every notebook again
_published: dict[str, bytes] = {}


def _code_cells(page: str) -> list[tuple[str | None, str, str]]:
    """(section heading, code, where it comes from) for each code cell of the page's notebook, in order."""
    found = [b for b in blocks.page_blocks(page) if b.language == "python"]
    lines = (ROOT / page).read_text(encoding="utf-8").splitlines()
    headings = [(i + 1, m[2]) for i, line in enumerate(lines) if (m := HEADING.match(line)) and len(m[1]) >= 2]
    cells = []
    for block in found:
        heading = next((h for line, h in reversed(headings) if line < block.line), None)
        where = block.where + (f" ({block.snippet})" if block.snippet else "")
        cells.append((heading, block.code.rstrip("\n"), where))
        figure = Path(block.snippet or "").name
        if figure.startswith("fig_"):  # show the figure the script wrote (notebook only)
            image = figure.removeprefix("fig_").removesuffix(".py") + ".svg"
            cells.append((heading, f'from IPython.display import SVG\nSVG(filename="{image}")', where))
    return cells


def percent_script(page: str, title: str, url: str, lang: str) -> str:
    """The page's code as a jupytext percent script, with its section headings as markdown cells."""
    out = ["# %% [markdown]", f"# # {title}", "#", "# " + INTRO[lang].format(title=title, url=url), ""]
    shown = None
    for heading, code, _ in _code_cells(page):
        if heading and heading != shown:
            out += ["# %% [markdown]", f"# ## {heading}", ""]
            shown = heading
        out += ["# %%", code, ""]
    return "\n".join(out) + "\n"


def _execute(notebook, page: str):
    code = "\n\0".join(c.source for c in notebook.cells if c.cell_type == "code")
    key = hashlib.sha256(code.encode() + (ROOT / "requirements.txt").read_bytes() + notebook_run.VERSION).hexdigest()[
        :20
    ]
    cached = CACHE / f"{key}.ipynb"
    if cached.exists():
        done = nbformat.read(cached, as_version=4)
    else:
        origins = [where for _, _, where in _code_cells(page)]
        with tempfile.TemporaryDirectory() as work:
            os.symlink(ROOT / "docs", Path(work) / "docs")
            done = notebook_run.execute(
                notebook, work, lambda i: origins[i] if i < len(origins) else page, f"the topic notebook of {page}"
            )
        CACHE.mkdir(parents=True, exist_ok=True)
        nbformat.write(done, cached)
    outputs = iter([c for c in done.cells if c.cell_type == "code"])
    for cell in notebook.cells:
        if cell.cell_type == "code":
            ran = next(outputs)
            cell.outputs, cell.execution_count = ran.outputs, ran.execution_count
    return notebook


def notebook_for(page: str, title: str, url: str, lang: str):
    notebook = jupytext.reads(percent_script(page, title, url, lang), fmt="py:percent")
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    notebook.metadata.pop("jupytext", None)
    for number, cell in enumerate(notebook.cells, 1):
        cell.id = f"cell-{number}"
    return _execute(notebook, page)


def notebook_file(page: str, title: str, url: str, lang: str) -> bytes:
    """The finished notebook of a page (executed), as the file a reader downloads."""
    script = percent_script(page, title, url, lang)
    key = hashlib.sha256(script.encode() + (ROOT / "requirements.txt").read_bytes() + _VERSION).hexdigest()[:20]
    cached = CACHE / f"page-{key}.ipynb"
    if cached.exists():
        return cached.read_bytes()
    data = nbformat.writes(notebook_for(page, title, url, lang)).encode()
    CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(data)
    return data


def on_page_markdown(markdown: str, page, config, files) -> str:
    if not TOPIC.fullmatch(page.file.src_uri) or "```" not in markdown:
        return markdown
    lang, slug = config.theme["language"], page.file.src_uri.split("/")[0]
    src = source(page.file, lang)
    if not any(b.language == "python" for b in blocks.page_blocks(src)):
        return markdown
    name = f"{slug}.{lang}.ipynb"
    url = config.site_url.rstrip("/") + "/" + page.url if config.site_url else page.url
    title = next((line[2:].strip() for line in markdown.splitlines() if line.startswith("# ")), slug)
    _published[str(Path(page.file.dest_path).parent / name)] = notebook_file(src, title, url, lang)
    page.meta["topic_notebook"] = name
    return markdown


def on_post_build(config) -> None:
    for path, data in _published.items():
        target = Path(config.site_dir) / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def on_pre_build(config) -> None:
    _published.clear()  # one build's files: both languages' builds share this module
