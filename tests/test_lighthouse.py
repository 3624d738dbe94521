"""Lighthouse (mobile preset: simulated slow 4G, a 4x slower CPU) on every page but the whole-course page.

One Lighthouse run per page, with the four categories a reader's phone cares about, on the built
site served on loopback as a static host serves it (gzip: dlkb/static_server.py). Each
pytest worker keeps one Chrome and one Lighthouse process (tests/harness/lighthouse.mjs), and
pages run in parallel on the workers (this file is in no xdist group). Asserted for every page:
performance >= 90, accessibility, best practices and SEO 100 (what Lighthouse found is in the
message), and the bytes sent (gzip) <= 0.25 MB. Each page's scores, Total Blocking Time, Largest
Contentful Paint and bytes go to test-artifacts/lighthouse/<page>.json; the run's table is printed
at the end, and `make bench` reports the lowest performance score and its page.

Performance is simulated from the trace of a real load (Lighthouse's slow 4G and 4x slower CPU),
so the time the main thread takes counts: with the other worker's Chromium on the same two cores,
a run can only come out slower than the page is, never faster. A page under 90 is measured again
alone (the other worker pauses between its tests: tests/harness/quiet.py), up to PERFORMANCE_RUNS
runs in all, and its best run counts; every run's score is kept in its JSON.
"""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from dlkb.blocks import ROOT, page_files, rel
from dlkb.static_server import serve
from tests.harness import quiet
from tests.harness.html import built_path

TOOLS = ROOT / ".venv" / "tools" / "lighthouse"
RUNNER = ROOT / "tests" / "harness" / "lighthouse.mjs"
RESULTS = ROOT / "test-artifacts" / "lighthouse"
PAGES = [rel(p) for p in page_files() if not p.name.startswith("course.")]
MAX_GZIP_BYTES = 250_000
MIN_PERFORMANCE = 0.90
PERFORMANCE_RUNS = 3


@pytest.fixture(scope="module")
def site_address(built_site):
    with serve(built_site) as address:
        yield address


@pytest.fixture(scope="session")
def lighthouse():
    """run(url) -> Lighthouse's summary of one run (one Chrome for the worker's whole session)."""
    modules = TOOLS / "node_modules"
    if not (modules / "lighthouse").is_dir():
        pytest.fail(f"{TOOLS.relative_to(ROOT)} is missing: `make test` installs it (scripts/test-tools.sh)")
    env = dict(os.environ, LIGHTHOUSE_MODULES=str(modules), CHROME_PATH="/usr/bin/chromium")
    process = subprocess.Popen(
        ["node", str(RUNNER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )

    def run(url: str) -> dict:
        process.stdin.write(url + "\n")
        process.stdin.flush()
        line = process.stdout.readline()
        if not line:
            pytest.fail(f"Lighthouse stopped (exit code {process.poll()})", pytrace=False)
        return json.loads(line)

    yield run
    process.stdin.close()
    process.wait(timeout=60)


def page_url(address: str, built_site, page: str) -> str:
    path = built_path(built_site, page).relative_to(built_site).parent.as_posix()
    return f"{address}/" + ("" if path == "." else path + "/")


def measured(lighthouse, url: str, page: str) -> dict:
    result = lighthouse(url)  # up to 3 attempts when a run fails (lighthouse.mjs)
    assert not result.get("error"), f"{page}: Lighthouse failed {result['attempts']} times: " + " | ".join(
        [*result["failed"], result["error"]]
    )
    return result


@pytest.mark.reuse("built_page")
@pytest.mark.parametrize("page", PAGES)
def test_lighthouse_mobile(lighthouse, site_address, built_site, page):
    url = page_url(site_address, built_site, page)
    runs = [measured(lighthouse, url, page)]
    while runs[-1]["scores"]["performance"] < MIN_PERFORMANCE and len(runs) < PERFORMANCE_RUNS:
        with quiet.alone():
            runs.append(measured(lighthouse, url, page))
    result = max(runs, key=lambda r: r["scores"]["performance"])
    row = {"page": page, **result, "performance_runs": [r["scores"]["performance"] for r in runs]}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / (page.removeprefix("docs/").replace("/", "_") + ".json")).write_text(
        json.dumps(row, indent=1), encoding="utf-8"
    )
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
        f"LCP {result['metrics']['largest-contentful-paint'] / 1000:.1f} s"
    )
    sent = result["metrics"]["total-byte-weight"]
    assert sent <= MAX_GZIP_BYTES, f"{page}: sends {sent:,} bytes (gzip) on load, more than {MAX_GZIP_BYTES:,}"


def table() -> str:
    """The Markdown table of the last run's results (page, four scores, TBT, LCP, bytes)."""
    rows = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(RESULTS.glob("*.json"))]
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
