"""Run the site's code: every chain of blocks with no passing run in the cache, once per code change.

`python -m dlkb.run_site` runs them in worker processes (two by default: the machine's
cores), each in a fresh temporary directory with the published `docs/` linked, under
the same network guard as the tests (loopback only), and stores every pass with its
outputs in the execution cache (dlkb/exec_cache.py). A progress bar shows the chains
done of all and the time left. The tests (tests/conftest.py) and the build
(hooks/code_outputs.py) both start here, so the code runs once and both read the same
results. Exit status 1 when a chain failed; each failure is printed with its page and
line, and kept for the tests (`exec_cache.failures()`). `--all` ignores the cache.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path

from tqdm import tqdm

from dlkb import exec_cache, runner
from dlkb.blocks import DOCS

LOOPBACK = ["127.0.0.1", "::1", "localhost"]


def _start_worker() -> None:
    import pytest_socket

    # What native code writes to the process's own stdout and stderr (TensorFlow's C++ log
    # lines at import, on some CPUs) is kept out of the build's log; what a block prints
    # through Python is its output (runner.run).
    quiet = tempfile.TemporaryFile()
    os.dup2(quiet.fileno(), 1)
    os.dup2(quiet.fileno(), 2)
    runner.prepare()
    pytest_socket.socket_allow_hosts(LOOPBACK, allow_unix_socket=True)


def _run(chain: runner.Chain) -> str | None:
    """Run one chain and store its pass; return the failure's message, or None."""
    with tempfile.TemporaryDirectory() as work:
        os.symlink(DOCS, Path(work) / "docs", target_is_directory=True)
        started = time.perf_counter()
        try:
            outputs = runner.run(chain, work)
        except runner.BlockFailure as error:
            return str(error)
        exec_cache.store(chain, time.perf_counter() - started, outputs, work)
    return None


def missing(everything: bool = False, where: str = "") -> list[runner.Chain]:
    """The chains to run: those without a passing run of their current code (or all), on pages
    whose path holds `where`."""
    chains = [c for c in runner.chains() if any(where in b.page for b in c.blocks + sum(c.twins, ()))]
    return chains if everything else [c for c in chains if exec_cache.lookup(c) is None]


def run(chains: list[runner.Chain], jobs: int = 2) -> dict[str, str]:
    """Run `chains` in `jobs` worker processes; return the failures (chain id -> message)."""
    failed: dict[str, str] = {}
    if not chains:
        return failed
    context = multiprocessing.get_context("spawn")  # fresh interpreters, as a reader's `python`
    jobs = max(1, min(jobs, len(chains)))
    blocks = sum(len(chain.blocks) for chain in chains)
    print(f"Running the site's code: {blocks} blocks in {len(chains)} runs, {jobs} at a time", file=sys.stderr)
    # blocks done of all, and the time left (on a terminal; elsewhere only the lines above and below)
    bar = tqdm(total=blocks, unit="block", file=sys.stderr, disable=None, dynamic_ncols=True)
    with concurrent.futures.ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker) as pool:
        futures = {pool.submit(_run, chain): chain for chain in chains}
        for future in concurrent.futures.as_completed(futures):
            chain = futures[future]
            try:
                message = future.result()
            except concurrent.futures.process.BrokenProcessPool as error:  # a crash, not an exception
                message = f"{chain.id}: the process running it died ({error})"
            if message:
                failed[chain.id] = message
                bar.write(f"FAILED {message}\n", file=sys.stderr)
            bar.update(len(chain.blocks))
    bar.close()
    print(f"Ran {len(chains) - len(failed)} of {len(chains)} runs without an error", file=sys.stderr)
    exec_cache.record_failures(chains, failed)
    return failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dlkb.run_site", description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="run every chain, ignoring the execution cache")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default: 2)")
    parser.add_argument("-k", dest="where", default="", help="only pages whose path holds this, e.g. optimizers")
    args = parser.parse_args(argv)
    failed = run(missing(args.all, args.where), args.jobs)
    if failed:
        print(f"{len(failed)} chain(s) of code blocks failed; see above.", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
