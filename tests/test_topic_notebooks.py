"""A notebook per topic page (hooks/topic_notebooks.py): downloadable, the page's code, executed.

The build runs each notebook top to bottom in a fresh kernel (a failing cell fails the
build); here the published notebook is checked: it sits next to the page, the page links
to it, its code cells are exactly the page's Python blocks in order, every cell ran in
order without an error, and the code-drawn figures are in it.
"""

from __future__ import annotations

import re

import nbformat
import pytest

from dlkb.blocks import page_blocks, page_files, rel
from tests.harness.html import built_path, soup

TOPICS = [
    rel(p)
    for p in page_files()
    if re.fullmatch(r"[^/]+/index\.(ko|en)\.md", rel(p).removeprefix("docs/"))
    and any(b.language == "python" for b in page_blocks(rel(p)))
]


@pytest.mark.parametrize("page", TOPICS)
def test_topic_notebook(built_site, page):
    slug, lang = page.split("/")[1], page.rsplit(".", 2)[-2]
    html = built_path(built_site, page)
    name = f"{slug}.{lang}.ipynb"
    link = soup(html).select_one(f'a[download][href="{name}"]')
    assert link is not None, f"{page}: no download button for {name}"
    notebook = nbformat.read(html.parent / name, as_version=4)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    page_code = [b.code.rstrip("\n") for b in page_blocks(page) if b.language == "python"]
    shown = [c for c in code if not c.source.startswith("from IPython.display import SVG")]
    assert [c.source for c in shown] == page_code, f"{name}: its code cells are not the page's blocks"
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1)), f"{name}: not run top to bottom"
    errors = [o for c in code for o in c.outputs if o.output_type == "error"]
    assert not errors, f"{name}: cells failed: {errors[:1]}"
    figures = [c for c in code if c.source.startswith("from IPython.display import SVG")]
    assert all(any("image/svg+xml" in o.get("data", {}) for o in c.outputs) for c in figures)
    assert notebook.cells[0].cell_type == "markdown"
    hangul = bool(re.search("[\uac00-\ud7a3]", notebook.cells[0].source.split("\n", 1)[1]))
    assert hangul == (lang == "ko"), f"{name}: the notebook's text is not in {lang}"


def test_there_are_topic_notebooks():
    assert TOPICS, "no topic page found"
