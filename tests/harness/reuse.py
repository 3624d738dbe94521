"""Reuse a passing result while what the test reads has not changed, like the execution cache.

A test marked `@pytest.mark.reuse("built_page")` checks one built page (its `page`
parameter): its key is the bytes of the page's source, of its HTML and the files beside it
that the HTML names (its figures), and of the site's shared assets (styles, scripts, fonts,
robots.txt). A test marked `@pytest.mark.reuse("sources", *files)` reads the repository's
code and the listed files, not the site: its key is those bytes. A test marked
`@pytest.mark.reuse("search_index")` searches one language's site (its `lang` parameter,
or the language of its `page`) from that language's home page: its key is the bytes of that
search index, that home page and the shared assets (a Korean edit leaves the English
search's result standing).
A test marked `@pytest.mark.reuse("code", *files)` checks what the site's code does
(a build runs none of it when all of it has run; a second run prints the same), not the
prose: its key is every chain's execution-cache key, which follows the code and not the
prose around it (tests/test_exec_cache.py), with docs/'s data files and the listed files.
All keys also hold every file git tracks outside docs/ (the tests, their harness, the
hooks, dlkb/, snippets, settings, requirements), so a change of any checker or of the
code runs everything again.
A pass is recorded in .cache/test-results/ (one empty file per key); a key seen
before is reported as passed without running (conftest.py) and listed as reused in the
summary. A prose edit of one page therefore re-checks that page, its twin and what is
built from it, not the 60 others. `pytest --no-reuse` runs everything.
A check that looks at each file on its own (the secrets scan) keeps a clean result per file
(file_key()): after a prose edit it scans only the files whose bytes changed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from functools import cache
from pathlib import Path

from dlkb.blocks import ROOT
from dlkb.repository import tracked_files
from tests.harness.html import built_path

READS_THE_SITE = {"built_page", "search_index"}  # the kinds whose key waits for this run's build
STORE = Path(os.environ.get("DLKB_TEST_RESULTS", ROOT / ".cache" / "test-results"))
SHARED_ASSETS_SKIPPED = {"cards"}  # a card is drawn from one page's title and description


def _digest(paths, root: Path = ROOT) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        full = root / path
        if full.is_file():
            digest.update(str(path).encode() + b"\0" + full.read_bytes() + b"\0")
    return digest.hexdigest()


@cache
def _tracked() -> tuple[str, ...] | None:
    """The files git tracks; None outside a git repository (a copy made by a test): nothing is reused."""
    try:
        return tuple(tracked_files())
    except subprocess.CalledProcessError:
        return None


@cache
def checkers() -> str:
    """Everything git tracks outside docs/: the tests, the code they run, the settings."""
    return _digest(p for p in _tracked() if not p.startswith("docs/"))


@cache
def docs_data() -> str:
    """What docs/ holds besides the Markdown pages: notebooks, the corpus, images."""
    return _digest(p for p in _tracked() if p.startswith("docs/") and not p.endswith(".md"))


@cache
def shared_assets(site: Path) -> str:
    assets = [site / "assets", site / "en" / "assets"]
    files = [
        f.relative_to(site)
        for folder in assets
        if folder.is_dir()
        for f in folder.rglob("*")
        if not SHARED_ASSETS_SKIPPED & set(f.relative_to(folder).parts)
    ]
    return _digest([*files, Path("robots.txt")], site)  # Lighthouse's SEO audit reads it for every page


def key(item, site: Path | None) -> str | None:
    """The key of a marked test's result, or None when it is not reused."""
    marker = item.get_closest_marker("reuse")
    if marker is None or _tracked() is None:
        return None
    kind, *files = marker.args
    parts = [item.nodeid, checkers()]
    if kind == "built_page":
        if site is None:
            return None
        parts.append(page_inputs(site, item.callspec.params["page"]))
    elif kind == "search_index":
        if site is None:
            return None
        root = site if _language(item.callspec.params) == "ko" else site / "en"
        parts += [_digest(["search/search_index.json", "index.html"], root), shared_assets(site)]
    elif kind == "sources":
        parts += [docs_data(), _digest(files)]
    elif kind == "code":
        parts += [docs_data(), _digest(files), code_inputs()]
    else:
        raise ValueError(f"{item.nodeid}: unknown reuse kind {kind!r}")
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:32]


def _language(params: dict) -> str:
    """A search test's language: its `lang` parameter, or that of the page it searches from."""
    return params["lang"] if "lang" in params else "en" if params["page"].endswith(".en.md") else "ko"


@cache
def code_inputs() -> str:
    """The site's code: the execution cache's key of every chain of blocks (dlkb/exec_cache.py)."""
    from dlkb import exec_cache, runner

    keys = sorted(exec_cache.key(chain) for chain in runner.chains())
    return hashlib.sha256("\0".join(keys).encode()).hexdigest()


def page_inputs(site: Path, page: str) -> str | None:
    """The bytes a check of one built page reads: its source, its HTML and the files beside it that
    the HTML names (its figures; not the home page's neighbours: the sitemap, dated by the day of the
    build, and 404.html), the shared assets (robots.txt too) and the checkers. None outside a git
    repository."""
    if _tracked() is None:
        return None
    html = built_path(site, page)
    text = html.read_text(encoding="utf-8")
    beside = [f.name for f in html.parent.iterdir() if f == html or f.name in text]
    parts = [checkers(), _digest([page]), _digest(beside, html.parent), shared_assets(site)]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:32]


def file_key(check: str, path: Path) -> str | None:
    """The key of one file's clean result in a check that looks at each file on its own (the
    secrets scan): its bytes and the checkers. None outside a git repository: nothing is reused."""
    if _tracked() is None:
        return None
    digest = hashlib.sha256(f"{check}\0{checkers()}\0".encode() + path.read_bytes())
    return digest.hexdigest()[:32]


def passed_before(result_key: str) -> bool:
    return (STORE / result_key).exists()


def record(result_key: str) -> None:
    STORE.mkdir(parents=True, exist_ok=True)
    (STORE / result_key).touch()
