"""Lighthouse (mobile preset: simulated slow 4G, a 4x slower CPU) on every page but the whole-course page.

One Lighthouse run per page, with the four categories a reader's phone cares about, on the built
site served on loopback as a static host serves it (gzip: dlkb/static_server.py). Each pytest worker
keeps one Chrome and one Lighthouse process (dlkb/lighthouse.py, .mjs), and pages run in
parallel on the workers (this file is in no xdist group). Asserted for every page: performance >=
80, accessibility, best practices and SEO 100 (what Lighthouse found is in the message), and the
bytes sent (gzip) <= 0.25 MB; for the site, the median page's performance >= 90 (checked when every
page has been measured: site_median(), called by conftest.py). Each page's scores, Total Blocking
Time, Largest Contentful Paint and bytes go to test-artifacts/lighthouse/<page>.json; the run's
table is printed at the end, and `make bench` reports the lowest performance score and its page.

Performance is simulated from the trace of a real load, so the host's speed counts: the preset's 4x
slower CPU makes its mid-tier phone out of a fast desktop (Lighthouse's benchmark index 1,500 or
more), and on a slower host it simulates a slower phone. Lighthouse's docs say to lower the
multiplier on a weaker machine ("Calibrating the CPU slowdown", docs/throttling.md); lighthouse.mjs
does so from the benchmark index Lighthouse measures before each load, never above 4x, and scores
the same load again with it (the preset's own score is kept beside it). The host still varies
within a run: with the other worker's Chromium on the same two cores, or other machines' work on a
shared host, a run can only come out slower than the page is, never faster (on one two-core host
the benchmark index went from 2,100 to 1,000 within minutes, nothing of ours running). Hence two
bounds: one a page can hold on a busy host (80), and 90 for the median page, which one page's
unlucky runs do not move. A page under 80 is measured again alone (the other worker pauses between
its tests: tests/harness/quiet.py), up to PERFORMANCE_RUNS runs in all, and its best run counts; a
page between 80 and 90 too, but only while the median is still open: once more than half the pages
have scored 90 or more on the bytes the site has now (median_secured(): this run's rows, and the
rows of earlier runs whose page, built files, shared assets and checkers are the same bytes, as a
reused result is), the median holds whatever the others score, and another run of theirs changes
no bound. Pages are measured lightest first (the size of their source), so that happens early and
the heavy pages, which need the most runs, need fewer; after a prose edit the reused pages' rows
hold the median already.
Every run's score, the benchmark index and the multiplier it gave, and the preset's score are kept
in the page's JSON and named in a failure.
"""

from __future__ import annotations

import json
import os
import statistics
import uuid
from collections.abc import Callable

import pytest

from dlkb import lighthouse as runner
from dlkb.blocks import ROOT, page_files, rel
from dlkb.static_server import serve
from tests.harness import quiet, reuse
from tests.harness.html import built_path

RESULTS = ROOT / "test-artifacts" / "lighthouse"
# lightest first (module docstring): the median is secured sooner and the heavy pages run again less
PAGES = [rel(p) for p in sorted(page_files(), key=lambda p: p.stat().st_size) if not p.name.startswith("course.")]
MAX_GZIP_BYTES = 250_000
MIN_PERFORMANCE = 0.80  # every page
MIN_MEDIAN_PERFORMANCE = 0.90  # the median page
PERFORMANCE_RUNS = 5
# the rows this pytest run wrote (xdist gives its workers one id a run; without xdist, one process)
SESSION = os.environ.get("PYTEST_XDIST_TESTRUNUID") or uuid.uuid4().hex


@pytest.fixture(scope="module")
def site_address(built_site):
    with serve(built_site) as address:
        yield address


@pytest.fixture(scope="session")
def lighthouse():
    """run(url, multiplier=None) -> Lighthouse's summary of one run (one Chrome for the worker's session)."""
    try:
        with runner.runner() as run:
            yield run
    except FileNotFoundError as missing:
        pytest.fail(str(missing), pytrace=False)


def page_url(address: str, built_site, page: str) -> str:
    path = built_path(built_site, page).relative_to(built_site).parent.as_posix()
    return f"{address}/" + ("" if path == "." else path + "/")


def measured(lighthouse, url: str, page: str, multiplier: float | None = None) -> dict:
    result = lighthouse(url, multiplier)  # up to 3 attempts when a run fails (lighthouse.mjs)
    assert not result.get("error"), f"{page}: Lighthouse failed {result['attempts']} times: " + " | ".join(
        [*result["failed"], result["error"]]
    )
    return result


@pytest.mark.reuse("built_page")
@pytest.mark.parametrize("page", PAGES)
def test_lighthouse_mobile(lighthouse, site_address, built_site, page, request):
    url = page_url(site_address, built_site, page)
    runs = [measured(lighthouse, url, page)]
    no_reuse = request.config.getoption("--no-reuse")
    while again([r["scores"]["performance"] for r in runs], lambda: median_secured(built_site, no_reuse)):
        with quiet.alone():
            runs.append(measured(lighthouse, url, page))
    result = max(runs, key=lambda r: r["scores"]["performance"])
    row = {
        "page": page,
        "session": SESSION,
        "inputs": reuse.page_inputs(built_site, page),
        **result,
        "performance_runs": [r["scores"]["performance"] for r in runs],
        "benchmark_indexes": [r["benchmarkIndex"] for r in runs],
        "cpu_slowdown_multipliers": [round(r["cpuSlowdownMultiplier"], 2) for r in runs],
        "preset_performance_runs": [r["preset"]["performance"] for r in runs],
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / (page.removeprefix("docs/").replace("/", "_") + ".json")
    # whole or not at all: the other worker reads every row meanwhile (median_secured())
    path.with_suffix(".tmp").write_text(json.dumps(row, indent=1), encoding="utf-8")
    path.with_suffix(".tmp").replace(path)
    scores = result["scores"]
    short = {k: v for k, v in scores.items() if k != "performance" and v != 1}
    assert not short, f"{page}: Lighthouse scores below 100: {short}\n" + "\n".join(
        f"  {k}: {a}" for k, audits in result["failing"].items() if k in short for a in audits
    )
    performance = result["scores"]["performance"]
    assert performance >= MIN_PERFORMANCE, (
        f"{page}: Lighthouse performance {performance:.2f} (best of {len(runs)} runs, all but the first alone), "
        f"under {MIN_PERFORMANCE}: "
        f"TBT {result['metrics']['total-blocking-time']:.0f} ms, "
        f"LCP {result['metrics']['largest-contentful-paint'] / 1000:.1f} s; "
        "each run's score, the host's benchmark index, the CPU slowdown it gave, the preset's 4x score: "
        + ", ".join(
            f"{r['scores']['performance']:.2f} at {r['benchmarkIndex']} ({r['cpuSlowdownMultiplier']:.1f}x; "
            f"{r['preset']['performance']:.2f} at 4x)"
            for r in runs
        )
    )
    sent = result["metrics"]["total-byte-weight"]
    assert sent <= MAX_GZIP_BYTES, f"{page}: sends {sent:,} bytes (gzip) on load, more than {MAX_GZIP_BYTES:,}"


@pytest.mark.reuse("built_page")
@pytest.mark.parametrize("page", ["docs/index.ko.md"])
def test_rescoring_at_4x_gives_lighthouses_own_score(lighthouse, site_address, built_site, page):
    """The calibration scores the run's own load again with another CPU multiplier (lighthouse.mjs,
    rescored()). At the preset's 4x that must give exactly what Lighthouse itself scored, and at 12x
    the same load must come out slower: else the rescoring changed more than the multiplier, or
    Lighthouse ignored it (an upgrade of Lighthouse that changes how settings reach the audits)."""
    url = page_url(site_address, built_site, page)
    same = measured(lighthouse, url, page, multiplier=4)
    assert same["cpuSlowdownMultiplier"] == 4
    assert same["scores"]["performance"] == same["preset"]["performance"]
    assert same["metrics"] == same["preset"]["metrics"]
    slower = measured(lighthouse, url, page, multiplier=12)
    assert slower["cpuSlowdownMultiplier"] == 12
    lcp, preset_lcp = (m["largest-contentful-paint"] for m in (slower["metrics"], slower["preset"]["metrics"]))
    assert lcp > preset_lcp, f"LCP at 12x {lcp:.0f} ms, at 4x {preset_lcp:.0f} ms: the multiplier was not applied"


def median_secured(site, this_run_only: bool = False) -> bool:
    """Whether more than half the pages have scored 90 or more on the bytes the site has now: then
    the median page is at 90 or more whatever the other pages score. A row counts when it was
    measured on the page's present inputs (reuse.page_inputs()), and with `this_run_only` (pytest
    --no-reuse: every page is measured again) only when this run wrote it."""
    best = [
        row["scores"]["performance"]
        for row in results()
        if row.get("inputs") is not None
        and row["inputs"] == reuse.page_inputs(site, row["page"])
        and (row.get("session") == SESSION or not this_run_only)
    ]
    return sum(score >= MIN_MEDIAN_PERFORMANCE for score in best) > len(PAGES) // 2


def again(scores: list[float], secured: Callable[[], bool]) -> bool:
    """Whether a page with these runs' scores is measured once more: under the page's bound, or under
    the median's while the median is still open (`secured()`), and fewer than PERFORMANCE_RUNS runs."""
    best = max(scores)
    if len(scores) >= PERFORMANCE_RUNS or best >= MIN_MEDIAN_PERFORMANCE:
        return False
    return best < MIN_PERFORMANCE or not secured()


def test_a_page_is_measured_again_only_when_a_bound_needs_it(tmp_path, monkeypatch):
    """Under 80: again, up to five runs. Between 80 and 90: again until more than half the pages
    have 90 or more on their present bytes: this run's rows, and an earlier run's whose bytes are
    the same (not with --no-reuse); a row measured on other bytes never counts."""
    monkeypatch.setitem(globals(), "RESULTS", tmp_path)
    present = {f"p{n}": "now" for n in range(len(PAGES))}
    monkeypatch.setattr(reuse, "page_inputs", lambda site, page: present[page])

    def write(scores: list[float], session: str, inputs: str = "now") -> None:
        for n, score in enumerate(scores):
            row = {"page": f"p{n}", "session": session, "inputs": inputs, "scores": {"performance": score}}
            (tmp_path / f"p{n}.json").write_text(json.dumps(row), encoding="utf-8")

    half = len(PAGES) // 2
    open_, closed = (lambda: False), (lambda: True)
    assert again([0.85], open_) and again([0.75], open_) and not again([0.92], open_) and again([0.7, 0.85], open_)
    assert not again([0.7] * PERFORMANCE_RUNS, open_) and not again([0.85, 0.91], open_)
    assert not again([0.85], closed) and again([0.79], closed) and again([0.79, 0.79], closed)
    write([0.95] * half, SESSION)
    assert not median_secured(tmp_path)
    write([0.95] * (half + 1), SESSION)
    assert median_secured(tmp_path) and median_secured(tmp_path, this_run_only=True)
    write([0.95] * (half + 1), "an earlier run")  # the same bytes: as good as this run's
    assert median_secured(tmp_path) and not median_secured(tmp_path, this_run_only=True)
    write([0.95] * (half + 1), "an earlier run", inputs="before")  # measured on other bytes
    assert not median_secured(tmp_path)


def results() -> list[dict]:
    """Each page's row as the last run of its test wrote it (test-artifacts/lighthouse/)."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(RESULTS.glob("*.json"))]


def site_median(measured_pages: int) -> tuple[str, bool] | None:
    """The site's bound, the median page's best performance >= 90: (the line to print, whether it
    failed). None when this run did not measure or reuse every page (a selection is not the site)."""
    if measured_pages < len(PAGES):
        return None
    best = {row["page"]: row["scores"]["performance"] for row in results()}
    missing = sorted(set(PAGES) - set(best))
    if missing:
        return f"no result for {missing}", True
    median = statistics.median(best[p] for p in PAGES)
    line = f"the median page's performance is {median:.2f} ({len(PAGES)} pages; bound {MIN_MEDIAN_PERFORMANCE})"
    return line, median < MIN_MEDIAN_PERFORMANCE


def test_site_median_bound(tmp_path, monkeypatch):
    """The site's bound fails on a median page under 90, even with every page over 80, and is not
    checked when a run measured only some pages."""
    monkeypatch.setitem(globals(), "RESULTS", tmp_path)

    def write(scores: dict[str, float]) -> None:
        for n, (page, score) in enumerate(scores.items()):
            row = {"page": page, "scores": {"performance": score}}
            (tmp_path / f"{n}.json").write_text(json.dumps(row), encoding="utf-8")

    half = len(PAGES) // 2
    write({page: 0.95 if n < half - 1 else 0.85 for n, page in enumerate(PAGES)})
    line, failed = site_median(len(PAGES))
    assert failed and "median page's performance is 0.85" in line
    assert site_median(len(PAGES) - 1) is None
    (tmp_path / "0.json").unlink()
    line, failed = site_median(len(PAGES))
    assert failed and "no result for" in line
    write({page: 0.8 if n == 0 else 0.95 for n, page in enumerate(PAGES)})
    line, failed = site_median(len(PAGES))
    assert not failed and "is 0.95" in line


def table() -> str:
    """The Markdown table of the last run's results (page, four scores, TBT, LCP, bytes)."""
    rows = results()
    lines = [
        "| page | performance (runs) | accessibility | best practices | SEO | TBT (ms) | LCP (s) | bytes sent (gzip) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        s, m = r["scores"], r["metrics"]
        runs = "/".join(str(round(100 * x)) for x in r["performance_runs"])
        lines.append(
            f"| {r['page']} | {round(100 * s['performance'])} ({runs}) | {round(100 * s['accessibility'])} "
            f"| {round(100 * s['best-practices'])} | {round(100 * s['seo'])} | {m['total-blocking-time']:.0f} "
            f"| {m['largest-contentful-paint'] / 1000:.1f} | {m['total-byte-weight']:,} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":  # python -m tests.test_lighthouse: the table of the last run
    print(table())
