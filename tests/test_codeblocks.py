"""Every Python code block of every page, in both languages, passed in the site's one run.

One test per chain (a block and the blocks that continue it); the test id is
where the chain starts, e.g. `docs/activation-functions/index.ko.md:57`.
Korean and English blocks with the same code (comments aside) run once.
Run one topic's code: `.venv/bin/python -m dlkb.run_site -k activation-functions`.

The code runs once per change of it (dlkb/run_site.py): the test run's site build
starts by running every chain that has no passing run of its current code, and the
pages show what that run printed and drew. Each test here waits for that run and
reports its chain: passed (its record in the execution cache), or failed with the
page, line and traceback. `--no-exec-cache` makes the run take every chain again.

Each chain runs in an empty temporary directory, as if a reader had pasted it
into `python` at the root of a clone: files the pages publish (for example the
text corpus under `docs/assets/corpus/`) are reachable as `docs/...`, read-only
by convention, through a link to the repository's `docs/`.
"""

import pytest

from dlkb import exec_cache
from dlkb.blocks import CollectError
from dlkb.runner import chains
from tests.conftest import BLOCK_LEDGER
from tests.harness import site as site_build

try:
    CHAINS = chains()
    COLLECT_ERROR = None
except CollectError as error:
    CHAINS, COLLECT_ERROR = [], str(error)


def test_every_page_can_be_collected():
    assert COLLECT_ERROR is None, COLLECT_ERROR


@pytest.fixture(scope="session")
def code_run(request):
    """The run of the site's code: done by this test run's site build, before it reads any page."""
    if request.config.getoption("--no-site"):
        from dlkb import run_site

        run_site.run(run_site.missing(request.config.getoption("--no-exec-cache")))
    else:
        site_build.wait_for_build()
    return exec_cache.failures()


@pytest.mark.parametrize("chain", CHAINS, ids=[c.id for c in CHAINS])
def test_code_block(chain, code_run, record_property):
    entry = exec_cache.lookup(chain)
    if entry is None:
        pytest.fail(code_run.get(chain.id, f"{chain.id}: the run did not reach this chain"), pytrace=False)
    record_property(BLOCK_LEDGER, chain.covers)
    record_property("ran", entry["ran"])
