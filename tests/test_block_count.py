"""Prove that no code block is skipped: count the blocks on the built pages.

For each page, the code blocks in the built HTML (Material's highlighted
blocks and notebook code cells) must be exactly the blocks the harness
collected from its source, in the same order of languages. Python blocks are
run by test_codeblocks.py (and the run's summary checks they all passed);
console blocks are checked by test_console_blocks.py; nothing else may appear.
"""

import pytest

from dlkb.blocks import page_blocks, page_files, rel
from tests.harness.html import built_path, code_blocks, soup

CHECKED_ELSEWHERE = {"python", "console"}


@pytest.mark.reuse("built_page")
@pytest.mark.parametrize("page", [rel(p) for p in page_files()])
def test_blocks_on_the_built_page_are_the_collected_blocks(built_site, page):
    collected = [b.language for b in page_blocks(page) if b.language != "mermaid"]
    shown = code_blocks(soup(built_path(built_site, page)))
    assert shown == collected, (
        f"{page}: the built page shows {len(shown)} code blocks {shown}, "
        f"the harness collected {len(collected)} {collected}; a block is missed or miscounted"
    )
    unchecked = sorted(set(shown) - CHECKED_ELSEWHERE)
    assert not unchecked, (
        f"{page}: code blocks in {unchecked} are shown but nothing runs them; "
        "use python (executed) or console (commands checked by test_console_blocks.py)"
    )
