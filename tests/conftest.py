"""Shared set-up of the test run: environment, the one site build, the block ledger."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from dlkb.blocks import CollectError, all_blocks
from dlkb.runner import ENVIRONMENT, chains
from tests.harness import quiet, reuse
from tests.harness import site as site_build

for _name, _value in ENVIRONMENT.items():  # quiet, deterministic, headless, as the code runs
    os.environ.setdefault(_name, _value)

BLOCK_LEDGER = "code_blocks"


def pytest_addoption(parser):
    parser.addoption(
        "--no-exec-cache", action="store_true", help="run every code block, ignoring the execution cache in .cache/exec"
    )
    parser.addoption("--no-site", action="store_true", help="do not build the site (tests that need it are skipped)")
    parser.addoption(
        "--no-reuse", action="store_true", help="run every test, reusing no result (tests/harness/reuse.py)"
    )


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "reuse(kind, *files): a pass is reused while what the test reads is unchanged (tests/harness/reuse.py)",
    )


def pytest_sessionstart(session):
    if hasattr(session.config, "workerinput") or session.config.getoption("--no-site"):
        return  # an xdist worker: the controller builds the site
    if session.config.getoption("collectonly"):
        return
    everything = session.config.getoption("--no-exec-cache")
    session.config._site_build = site_build.start_background_build(run_all=everything)


# The site build starts with the session: the site's code on both cores, then MkDocs on one.
# Tests that need neither the site nor that run go first, so that a worker has work meanwhile.
WAITS_FOR_THE_BUILD = {"built_site", "code_run"}  # code_run: tests/test_codeblocks.py


def waits_for_the_build(item: pytest.Item) -> bool:
    reused = item.get_closest_marker("reuse")  # a result keyed on built pages reads the site
    return bool(WAITS_FOR_THE_BUILD & set(item.fixturenames)) or (
        reused is not None and reused.args[0] in reuse.READS_THE_SITE
    )


def xdist_groups(item: pytest.Item) -> set[str]:
    return {str(m.args[0] if m.args else m.kwargs.get("name", "default")) for m in item.iter_markers("xdist_group")}


def handed_out_late(items: list[pytest.Item]) -> list[bool]:
    """Whether each test goes out after those that need no build: it waits for the build, or it is
    in an xdist group with one that does (a group goes to one worker as one unit)."""
    waits = [waits_for_the_build(item) for item in items]
    waiting_groups = {g for item, w in zip(items, waits) if w for g in xdist_groups(item)}
    return [w or bool(xdist_groups(item) & waiting_groups) for item, w in zip(items, waits)]


def pytest_collection_modifyitems(items):
    """A stable sort: xdist hands the tests out in this order (pytest.ini: --no-loadscope-reorder)."""
    late = dict(zip(map(id, items), handed_out_late(items)))
    items.sort(key=lambda item: late[id(item)])


@pytest.fixture(scope="session")
def built_site(request):
    """The site as `mkdocs build --strict` made it for this run (a Path)."""
    if request.config.getoption("--no-site"):
        pytest.skip("--no-site: the site is not built in this run")
    started = time.monotonic()
    status = site_build.wait_for_build()
    _site_wait.append(time.monotonic() - started)  # reported with the test that waited
    if status["returncode"] != 0:
        pytest.fail("mkdocs build --strict failed:\n" + status["log"][-4000:], pytrace=False)
    return Path(status["dest"])


# The first test on each worker that needs the site waits for the build: that time is counted apart.
_site_wait: list[float] = []


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    if call.when == "setup" and _site_wait:
        item.user_properties.append(("site_wait", _site_wait.pop()))
    report = yield
    if _RESULT_KEY in item.stash:  # a reusable test: record its pass (tests/harness/reuse.py)
        if not report.passed:
            item.stash[_FAILED] = True
        elif call.when == "teardown" and not item.stash.get(_FAILED, False):
            reuse.record(item.stash[_RESULT_KEY])
    return report


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """Each test's call holds a shared lock, so that a timing can have the machine (tests/harness/quiet.py)."""
    with quiet.during_test():
        return (yield)


@pytest.fixture(scope="session")
def build_status(built_site):
    return site_build.wait_for_build()


def _built_site_or_none(config):
    if config.getoption("--no-site"):
        return None
    status = site_build.wait_for_build()
    return Path(status["dest"]) if status["returncode"] == 0 else None


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_protocol(item, nextitem):
    """A marked test whose inputs are those of an earlier pass is not called (pytest_pyfunc_call);
    its fixtures are still set up and torn down, so the tests after it find pytest's state in order."""
    if item.config.getoption("--no-reuse") or item.get_closest_marker("reuse") is None:
        return None
    kind = item.get_closest_marker("reuse").args[0]
    result_key = reuse.key(item, _built_site_or_none(item.config) if kind in reuse.READS_THE_SITE else None)
    if result_key is None:
        return None
    if reuse.passed_before(result_key):
        item.stash[_REUSED] = True
        item.user_properties.append(("reused", result_key))
    else:
        item.stash[_RESULT_KEY] = result_key
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem):
    """A reused result: the test function is not called (the hook's documented way to run it
    differently), and the test is reported as passed."""
    return True if pyfuncitem.stash.get(_REUSED, False) else None


_RESULT_KEY = pytest.StashKey[str]()
_FAILED = pytest.StashKey[bool]()
_REUSED = pytest.StashKey[bool]()


# The ledger: how many blocks each passing code-block test stood for. The
# controller adds them up and checks the total against the collected count.
_executed = {"blocks": 0, "chains": 0, "failed": 0}
_reused = {"tests": 0}
_lighthouse_pages = {"passed": 0}  # pages whose Lighthouse test passed (run or reused)
# Seconds spent in each test file (set-up, call and tear-down, summed over the workers).
_seconds_by_file: dict[str, float] = {}


# hit@1 and hit@3 of tests/test_search_quality.py, per language, for the summary
_search_quality: list[dict] = []


def pytest_runtest_logreport(report):
    if report.when == "call":
        import json

        _search_quality.extend(json.loads(v) for k, v in report.user_properties if k == "search_quality")
        if "::test_students_queries_find_the_topic_first[" in report.nodeid and dict(report.user_properties).get(
            "reused"
        ):
            from tests.test_search_quality import saved

            _search_quality.append({**saved(report.nodeid.rsplit("[", 1)[1].rstrip("]")), "reused": True})
    test_file = report.nodeid.split("::", 1)[0]
    waited = dict(report.user_properties).get("site_wait", 0.0) if report.when == "setup" else 0.0
    _seconds_by_file[test_file] = _seconds_by_file.get(test_file, 0.0) + report.duration - waited
    if waited:
        _seconds_by_file["(waiting for the site build)"] = (
            _seconds_by_file.get("(waiting for the site build)", 0.0) + waited
        )
    if report.when == "call" and report.passed and "test_lighthouse.py::test_lighthouse_mobile[" in report.nodeid:
        _lighthouse_pages["passed"] += 1
    if report.when == "call" and dict(report.user_properties).get("reused"):
        _reused["tests"] += 1
    if report.when != "call" or "::test_code_block[" not in report.nodeid:
        return
    if report.passed:
        _executed["chains"] += 1
        _executed["blocks"] += dict(report.user_properties).get(BLOCK_LEDGER, 0)
    else:
        _executed["failed"] += 1


def _ledger_summary(config) -> tuple[str, bool]:
    """The line to print, and whether collected and executed blocks disagree."""
    python = [b for b in all_blocks() if b.language == "python"]
    line = (
        f"{len(python)} Python code blocks on the pages (both languages), {len(chains())} distinct runs; "
        f"executed and passed: {_executed['blocks']} blocks in {_executed['chains']} runs"
        " (each the last run of its code: .cache/exec)"
    )
    if _executed["failed"]:
        line += f"; {_executed['failed']} runs failed"
    selected_all = not config.getoption("keyword") and not config.getoption("markexpr")
    mismatch = selected_all and not _executed["failed"] and _executed["blocks"] != len(python)
    if mismatch:
        line += f"\nERROR: {len(python)} blocks collected but {_executed['blocks']} executed"
    return line, mismatch


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session, exitstatus):
    build = getattr(session.config, "_site_build", None)
    if build is not None and build.poll() is None:
        build.wait()
    config = session.config
    if not hasattr(config, "workerinput"):
        from tests.test_lighthouse import site_median

        config._lighthouse_site = site_median(_lighthouse_pages["passed"])
        if config._lighthouse_site and config._lighthouse_site[1]:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED
    if hasattr(config, "workerinput") or not _executed["chains"] + _executed["failed"]:
        return
    try:
        config._ledger_line, mismatch = _ledger_summary(config)
    except CollectError:
        return
    if mismatch:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    line = getattr(config, "_ledger_line", None)
    if line:
        terminalreporter.write_sep("-", "code blocks")
        terminalreporter.write_line(line)
    if not hasattr(config, "workerinput") and _search_quality:
        terminalreporter.write_sep("-", "search as students type it (tests/data/search-queries.yml)")
        for r in sorted(_search_quality, key=lambda r: r["lang"]):
            terminalreporter.write_line(
                f"{r['lang']}: {r['queries']} queries, hit@1 {r['hit@1']:.1%}, hit@3 {r['hit@3']:.1%}"
                + (" (reused: the same search index passed before)" if r.get("reused") else "")
                + "".join(f"\n    miss: {m}" for m in r["misses"])
            )
    if not hasattr(config, "workerinput") and _seconds_by_file:
        terminalreporter.write_sep("-", "time by test file (seconds of worker time)")
        if getattr(config, "_site_build", None) is not None and site_build.STATUS.exists():
            terminalreporter.write_line(
                f"{site_build.wait_for_build()['seconds']:8.1f}  mkdocs build --strict (in the background)"
            )
        for name, seconds in sorted(_seconds_by_file.items(), key=lambda kv: -kv[1]):
            terminalreporter.write_line(f"{seconds:8.1f}  {name}")
    if not hasattr(config, "workerinput") and _reused["tests"]:
        terminalreporter.write_sep("-", "reused results")
        terminalreporter.write_line(
            f"{_reused['tests']} tests passed before on the same bytes (the page, its figures, the shared assets,"
            " the tests and the code: tests/harness/reuse.py) and were not run again; --no-reuse runs them"
        )
    site = getattr(config, "_lighthouse_site", None)
    if site:
        line, failed = site
        terminalreporter.write_sep("-", "Lighthouse: the site's bound")
        terminalreporter.write_line(("ERROR: " if failed else "") + line)
    from tests.test_browser import SCREENSHOTS

    if not hasattr(config, "workerinput") and SCREENSHOTS.is_dir() and any(SCREENSHOTS.iterdir()):
        terminalreporter.write_line(f"screenshots of every page: {SCREENSHOTS}")


CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium driven by Playwright (its own browser download is not possible offline)."""
    from pathlib import Path

    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium (apt-get install chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()
