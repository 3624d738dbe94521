"""`make serve` as an author uses it: a saved page is served rebuilt, and search still covers the whole
site, once per entry, in both languages.

The run happens in a copy of the repository (its files as git tracks them) that shares this repository's
caches, so the first build needs no notebook or figure run; a paragraph is added to one Korean page and
the served page is polled. (`mkdocs serve --dirty` fails the entry check: Material's incremental index
and the i18n plugin's merge of the languages double the entries on every save.)
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

from tests.harness.blocks import ROOT
from tests.harness.repository import copy_repository

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
    server = subprocess.Popen(["make", "serve", f"SERVE_ADDR=127.0.0.1:{port}"], cwd=repo, stdout=log,
                              stderr=subprocess.STDOUT, start_new_session=True, env=dict(os.environ))
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


def test_a_saved_page_is_served_rebuilt_and_search_stays_whole(served):
    repo, base, log = served
    ko_before = json.loads(_get(base + "search/search_index.json"))
    en_before = json.loads(_get(base + "en/search/search_index.json"))
    time.sleep(2)  # let the watcher settle after the first build
    marker = f"서브마커{time.time_ns()}"
    page = repo / PAGE
    page.write_text(page.read_text(encoding="utf-8") + f"\n{marker}\n", encoding="utf-8")
    saved = time.perf_counter()
    while marker not in (_get(base + "running-locally/") or ""):
        assert time.perf_counter() - saved < 120, "the saved page was not rebuilt within 120 s:\n" + log.read_text()[-3000:]
        time.sleep(0.1)
    # `make bench` measures the time (serve_rebuild_s); here it only has to happen
    ko_after = json.loads(_get(base + "search/search_index.json"))
    en_after = json.loads(_get(base + "en/search/search_index.json"))
    # every page's entries are there after the rebuild, each once, and the new text is searchable
    for before, after in ((ko_before, ko_after), (en_before, en_after)):
        assert _pages(after) == _pages(before) and len(_pages(after)) >= 20
        entries = [(d["location"], d["title"]) for d in after["docs"]]
        assert len(entries) == len(set(entries)) == len(before["docs"]), "search entries duplicated by the rebuild"
    assert any(marker in d["text"] for d in ko_after["docs"]), "the new paragraph is not in the search index"
    assert ko_after["config"]["lang"] != ["en"] and en_after["config"]["lang"] == ["en"]
