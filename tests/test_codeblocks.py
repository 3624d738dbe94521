"""Run every Python code block of every page, in both languages.

One test per chain (a block and the blocks that continue it); the test id is
where the chain starts, e.g. `docs/activation-functions/index.ko.md:57`.
Korean and English blocks with the same code (comments aside) run once.
Run one topic: `.venv/bin/pytest tests/test_codeblocks.py -k activation`.

Each chain runs in an empty temporary directory, as if a reader had pasted it
into `python` at the root of a clone: files the pages publish (for example the
text corpus under `docs/assets/corpus/`) are reachable as `docs/...`, read-only
by convention, through a link to the repository's `docs/`.
"""

import pytest

from tests.conftest import BLOCK_LEDGER
from tests.harness.blocks import DOCS, CollectError
from tests.harness.runner import BlockFailure, chains, run

try:
    CHAINS = chains()
    COLLECT_ERROR = None
except CollectError as error:
    CHAINS, COLLECT_ERROR = [], str(error)


def test_every_page_can_be_collected():
    assert COLLECT_ERROR is None, COLLECT_ERROR


@pytest.mark.parametrize("chain", CHAINS, ids=[c.id for c in CHAINS])
def test_code_block(chain, tmp_path, record_property):
    (tmp_path / "docs").symlink_to(DOCS, target_is_directory=True)
    failure = None
    try:
        run(chain, str(tmp_path))
    except BlockFailure as error:
        failure = str(error)
    if failure:
        pytest.fail(failure, pytrace=False)
    record_property(BLOCK_LEDGER, chain.covers)
