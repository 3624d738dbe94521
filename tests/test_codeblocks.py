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

import time

import pytest

from dlkb import exec_cache
from dlkb.blocks import DOCS, CollectError
from dlkb.runner import BlockFailure, chains, run
from tests.conftest import BLOCK_LEDGER

try:
    CHAINS = chains()
    COLLECT_ERROR = None
except CollectError as error:
    CHAINS, COLLECT_ERROR = [], str(error)


def test_every_page_can_be_collected():
    assert COLLECT_ERROR is None, COLLECT_ERROR


def _import_once():
    """TensorFlow and Keras load once per worker (about 4 s), before any block's clock starts."""
    import sys

    import absl.logging
    import keras  # noqa: F401
    import tensorflow  # noqa: F401

    # absl's log handler keeps the stderr it first saw: pytest's capture stream. A block that
    # launches Gradio makes uvicorn reset logging, which closes every handler, and absl's then
    # closes that stream ("I/O operation on closed file"). Point it at the real stderr instead.
    absl.logging.get_absl_handler().python_handler.stream = sys.__stderr__


@pytest.mark.parametrize("chain", CHAINS, ids=[c.id for c in CHAINS])
def test_code_block(chain, tmp_path, record_property, request):
    """Run one chain, unless the execution cache holds a pass of exactly this code (dlkb/exec_cache.py)."""
    use_cache = not request.config.getoption("--no-exec-cache")
    if use_cache and exec_cache.lookup(chain) is not None:
        record_property(BLOCK_LEDGER, chain.covers)
        record_property("exec_cache", "hit")
        return
    _import_once()
    (tmp_path / "docs").symlink_to(DOCS, target_is_directory=True)
    failure = None
    started = time.perf_counter()
    try:
        run(chain, str(tmp_path))
    except BlockFailure as error:
        failure = str(error)
    if failure:
        pytest.fail(failure, pytrace=False)
    exec_cache.store(chain, time.perf_counter() - started)
    record_property(BLOCK_LEDGER, chain.covers)
    record_property("exec_cache", "miss")
