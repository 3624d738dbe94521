"""A notebook per topic: every code block of the page, in order, with what it showed.

For each topic page (`docs/<slug>/index.<lang>.md` with Python blocks) the build
writes `<slug>.<lang>.ipynb` next to the built page and the page gets a download
button (overrides/main.html). The notebook is made from exactly the blocks the
tests run (dlkb/blocks.py: snippet includes expanded, blocks inside admonitions and
tabs included), with the page's section headings between them, written as a
jupytext "percent" script and turned into a notebook by jupytext. Each cell's
outputs are its block's from the one run of the site's code (dlkb/outputs.py), the
same the page shows under the block: nothing is executed here. Cell ids are
numbered, not random: the same page gives the same notebook file.
"""

from __future__ import annotations

import re
from pathlib import Path

import jupytext
import nbformat

from dlkb import blocks, outputs
from dlkb.pages import TOPIC, source

ROOT = Path(__file__).resolve().parent.parent
HEADING = re.compile(r"^(#{1,3}) (.+)$")
INTRO = {
    "ko": "이 노트북에는 [{title}]({url}) 페이지의 코드 블록이 모두 들어 있습니다. 페이지와 같은 순서이고, "
    "각 셀의 출력은 사이트의 테스트가 그 코드를 실행했을 때 페이지에 보인 것과 같습니다. 저장소의 루트에서 열면 "
    "(`docs/assets/corpus/` 같은 데이터 경로가 맞도록) 그대로 다시 실행할 수 있습니다.",
    "en": "This notebook holds every code block of the [{title}]({url}) page, in the page's order, with the "
    "outputs each block showed when the site's tests ran it, as on the page. Open it from the repository root "
    "(so that data paths such as `docs/assets/corpus/` resolve) to run it again.",
}
_published: dict[str, bytes] = {}


def _code_cells(page: str) -> list[tuple[str | None, str, list]]:
    """(section heading, code, outputs) for each code cell of the page's notebook, in order."""
    found = outputs.shown()
    lines = (ROOT / page).read_text(encoding="utf-8").splitlines()
    headings = [(i + 1, m[2]) for i, line in enumerate(lines) if (m := HEADING.match(line)) and len(m[1]) >= 2]
    cells = []
    for block in [b for b in blocks.page_blocks(page) if b.language == "python"]:
        heading = next((h for line, h in reversed(headings) if line < block.line), None)
        shown = found.get((block.page, block.line))
        cells.append((heading, block.code.rstrip("\n"), outputs.cell_outputs(shown) if shown else []))
    return cells


def notebook_file(page: str, title: str, url: str, lang: str) -> bytes:
    """The page's notebook with its outputs, as the file a reader downloads."""
    out = ["# %% [markdown]", f"# # {title}", "#", "# " + INTRO[lang].format(title=title, url=url), ""]
    shown, cells = None, _code_cells(page)
    for heading, code, _ in cells:
        if heading and heading != shown:
            out += ["# %% [markdown]", f"# ## {heading}", ""]
            shown = heading
        out += ["# %%", code, ""]
    notebook = jupytext.reads("\n".join(out) + "\n", fmt="py:percent")
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    notebook.metadata.pop("jupytext", None)
    ran = iter(cells)
    for number, cell in enumerate(notebook.cells, 1):
        cell.id = f"cell-{number}"
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = next(ran)[2], None
    return nbformat.writes(notebook).encode()


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
