"""A notebook per topic page (hooks/topic_notebooks.py): downloadable, the page's code and outputs.

The published notebook sits next to the page, the page links to it, its code cells are
exactly the page's Python blocks in order, and each cell holds what its block showed in
the site's one run (the outputs shown under the blocks on the page): printed text and
images, nothing else.
"""

from __future__ import annotations

import re

import nbformat
import pytest

from dlkb import outputs
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
    python = [b for b in page_blocks(page) if b.language == "python"]
    assert [c.source for c in code] == [b.code.rstrip("\n") for b in python], f"{name}: not the page's blocks"
    found = outputs.shown()
    for cell, block in zip(code, python, strict=True):
        shown = found[block.page, block.line]
        printed = "".join(o.text for o in cell.outputs if o.output_type == "stream")
        images = [o for o in cell.outputs if o.output_type == "display_data"]
        assert printed.rstrip("\n") == shown.printed and len(images) == len(shown.images), (
            f"{name}: the cell of {block.where} does not hold what the block showed on the page"
        )
    assert notebook.cells[0].cell_type == "markdown"
    hangul = bool(re.search("[\uac00-\ud7a3]", notebook.cells[0].source.split("\n", 1)[1]))
    assert hangul == (lang == "ko"), f"{name}: the notebook's text is not in {lang}"


def test_there_are_topic_notebooks():
    assert TOPICS, "no topic page found"
