"""`make serve` as an author uses it: a saved page is served rebuilt, and search still covers the whole
site, once per entry, in both languages.

The run happens in a copy of the repository (its files as git tracks them) that shares this repository's
caches, so the first build needs no notebook or figure run. A paragraph is added to a reference page
(twice), to a topic page in each language and to a snippet, and the served pages are polled: the saved
page, a page made of it (the whole-course page, the English twin with its notice that the Korean page
changed, the run-time report without a run of the changed code), and both search indexes.
`make serve` serves the Korean build and builds the English one into its `en/` after each build
(hooks/incremental_serve.py), rebuilding only the saved pages (`mkdocs serve --dirty`); without that
hook the English site is not served and the pages made of others stay stale. The executed notebook
pages stay in mkdocs-jupyter's cache of each language.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import urllib.request

import pytest

from dlkb.blocks import ROOT
from dlkb.repository import copy_repository

PAGE = "docs/running-locally.ko.md"


def _get(url: str) -> str | None:
    try:
        return urllib.request.urlopen(url, timeout=5).read().decode()
    except OSError:
        return None


def _pages(index: dict) -> set[str]:
    return {d["location"].split("#")[0] for d in index["docs"]}


@pytest.fixture
def served(tmp_path, built_site):  # built_site: the caches are warm and no other build is writing them
    repo = copy_repository(tmp_path / "repo")
    (ROOT / ".cache").mkdir(exist_ok=True)
    (repo / ".cache").symlink_to(ROOT / ".cache")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = open(tmp_path / "serve.log", "w")
    server = subprocess.Popen(
        ["make", "serve", f"SERVE_ADDR=127.0.0.1:{port}"],
        cwd=repo,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        env=dict(os.environ),
    )
    base = f"http://127.0.0.1:{port}/"
    deadline = time.time() + 600
    while time.time() < deadline and _get(base + "running-locally/") is None:
        assert server.poll() is None, (tmp_path / "serve.log").read_text()[-3000:]
        time.sleep(0.5)
    try:
        yield repo, base, tmp_path / "serve.log"
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        log.close()


def _indexes(base: str) -> dict[str, dict]:
    for _ in range(50):  # a build that is writing the index may be caught halfway: read again
        try:
            return {
                lang: json.loads(_get(base + prefix + "search/search_index.json"))
                for lang, prefix in (("ko", ""), ("en", "en/"))
            }
        except (TypeError, ValueError):
            time.sleep(0.2)
    raise AssertionError("the search indexes could not be read")


def _wait_for(base: str, url: str, text: str, log, why: str) -> None:
    _wait_until(lambda: text in (_get(base + url) or ""), log, f"{url}: {why}")


def _wait_until(check, log, why: str) -> None:
    start = time.perf_counter()
    while not check():
        assert time.perf_counter() - start < 120, f"{why} within 120 s:\n" + log.read_text()[-3000:]
        time.sleep(0.2)


def _save(repo, base: str, log, source: str, url: str) -> str:
    """Add a paragraph (to a snippet: a comment) to a source, wait until the served page shows it, and
    return the paragraph."""
    marker = f"서브마커{time.time_ns()}"
    page = repo / source
    added = f"\n# {marker}\n" if source.endswith(".py") else f"\n\n{marker}\n"
    page.write_text(page.read_text(encoding="utf-8") + added, encoding="utf-8")
    # `make bench` measures the time (serve_rebuild_s); here it only has to happen
    _wait_for(base, url, marker, log, f"not rebuilt after saving {source}")
    return marker


SAVES = [  # (source, served page, its language, a page made of it too)
    (PAGE, "running-locally/", "ko", None),
    (PAGE, "running-locally/", "ko", None),
    ("docs/optimizers/index.ko.md", "optimizers/", "ko", "course/"),
    ("docs/optimizers/index.en.md", "en/optimizers/", "en", "en/course/"),
    ("snippets/optimizers/learning_rate.py", "optimizers/", None, "en/optimizers/"),
]
STALE = "The Korean source changed since this translation"  # hooks/translation_notice.py


def _run_records() -> list[str]:
    return [p.name for p in (ROOT / ".cache" / "exec").glob("*.json") if p.name != "failures.json"]


def test_a_saved_page_is_served_rebuilt_and_search_stays_whole(served):
    repo, base, log = served
    before = _indexes(base)
    runs = _run_records()  # the site's code, run once
    assert STALE not in _get(base + "en/optimizers/")
    time.sleep(2)  # let the watcher settle after the first build
    for source, url, lang, made_of_it in SAVES:
        marker = _save(repo, base, log, source, url)
        if made_of_it:  # rebuilt in the build after the saved page's
            _wait_for(base, made_of_it, marker, log, f"does not show the saved {source}")
        if source == "docs/optimizers/index.ko.md":  # its English twin now says that it is behind
            _wait_for(base, "en/optimizers/", STALE, log, "no notice that the Korean source changed")
        if source.endswith(".py"):  # the changed code ran once (hooks/code_outputs.py), and the report says so
            _wait_until(
                lambda r=runs: len(set(_run_records()) - set(r)) >= 1, log, f"the code of {source} did not run again"
            )
            no_record = f'{source}</code></td>\n<td style="text-align: right;">—</td>'
            for report in ("run-times/", "en/run-times/"):
                _wait_until(
                    lambda r=report, s=source, n=no_record: s in (_get(base + r) or "") and n not in _get(base + r),
                    log,
                    f"{report}: no record of the new run of {source}",
                )
        time.sleep(1)  # (a build that is still running would write the index while it is read)
        after = _indexes(base)
        # every page's entries are there after the rebuild, each once, and the new text is searchable
        for language in ("ko", "en"):
            assert _pages(after[language]) == _pages(before[language]) and len(_pages(after[language])) >= 20
            entries = [(d["location"], d["title"]) for d in after[language]["docs"]]
            assert len(entries) == len(set(entries)) == len(before[language]["docs"]), (
                f"search entries duplicated by the rebuild after saving {source}"
            )
        if lang:  # (code is not indexed)
            assert any(marker in d["text"] for d in after[lang]["docs"]), (
                f"the text added to {source} is not in the search index"
            )
        assert after["ko"]["config"]["lang"] != ["en"] and after["en"]["config"]["lang"] == ["en"]
    # a page added while serving is searchable, and no longer once it is deleted
    added = repo / "docs" / "serve-check.ko.md"
    added.write_text("# 서브 확인\n\n새로 만든 페이지입니다.\n", encoding="utf-8")
    _wait_for(base, "serve-check/", "새로 만든 페이지입니다", log, "the added page is not served")
    _wait_until(
        lambda: "serve-check/" in _pages(_indexes(base)["ko"]), log, "the added page is not in the search index"
    )
    added.unlink()
    _wait_until(
        lambda: "serve-check/" not in _pages(_indexes(base)["ko"]), log, "the deleted page is still in the index"
    )
    assert _pages(_indexes(base)["ko"]) == _pages(before["ko"])
    # only the saved snippet's chain ran again; every other run is still there for the next build
    assert set(runs) <= set(_run_records())
