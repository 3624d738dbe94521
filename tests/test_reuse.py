"""A reused result stands only while what its test reads is byte for byte the same
(tests/harness/reuse.py): run, reuse, change one input, run again."""

from __future__ import annotations

import subprocess
from types import SimpleNamespace

import pytest

from dlkb.repository import copy_repository
from tests.harness import reuse
from tests.harness.nested import run_pytest

TINY = """
import pytest
from pathlib import Path



def test_runs_first():  # not marked: runs every time, before the reused one
    pass


@pytest.mark.reuse("sources", "docs/glossary.yml")
def test_counts_its_runs():
    runs = Path("runs.txt")
    runs.write_text(runs.read_text() + "x" if runs.exists() else "x")
"""


TINY_FILES = ("tests/test_tiny.py", "tests/test_tiny_after.py")


def _pytest(repo, *args) -> str:
    run = run_pytest(repo, *args, env={"DLKB_TEST_RESULTS": str(repo / ".cache" / "test-results")}, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    return run.stdout


def _append(path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_a_pass_is_reused_until_an_input_changes(tmp_path):
    repo = copy_repository(tmp_path / "repo")
    (repo / "tests" / "test_tiny.py").write_text(TINY, encoding="utf-8")
    # a module after the reused test: pytest's set-up state must be in order when it starts
    (repo / "tests" / "test_tiny_after.py").write_text("def test_after():\n    pass\n", encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
    runs = repo / "runs.txt"

    _pytest(repo, *TINY_FILES)
    again = _pytest(repo, *TINY_FILES)
    assert runs.read_text() == "x" and "1 tests passed before on the same bytes" in again

    _append(repo / "docs" / "glossary.yml", "# edited\n")  # the input it reads
    _pytest(repo, *TINY_FILES)
    assert runs.read_text() == "xx"
    _append(repo / "tests" / "harness" / "reuse.py", "\n")  # a checker
    _pytest(repo, *TINY_FILES)
    assert runs.read_text() == "xxx"
    _pytest(repo, *TINY_FILES, "--no-reuse")
    assert runs.read_text() == "xxxx"


def test_a_search_result_is_keyed_on_its_own_languages_index(tmp_path):
    """reuse("search_index"): a change of the Korean index runs the Korean queries again and leaves
    the English result standing; a change of the English home page runs the English ones."""
    for root in (tmp_path, tmp_path / "en"):
        (root / "search").mkdir(parents=True)
        (root / "search" / "search_index.json").write_text('{"docs": []}', encoding="utf-8")
        (root / "index.html").write_text("<html></html>", encoding="utf-8")
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "search.js").write_text("// worker", encoding="utf-8")
    mark = pytest.mark.reuse("search_index").mark

    def keys() -> dict[str, str]:
        def item(params: dict) -> SimpleNamespace:
            return SimpleNamespace(
                nodeid=f"t{params}", get_closest_marker=lambda name: mark, callspec=SimpleNamespace(params=params)
            )

        tests = {"ko": {"lang": "ko"}, "en": {"lang": "en"}, "en page": {"page": "docs/index.en.md", "query": "q"}}
        return {name: reuse.key(item(params), tmp_path) for name, params in tests.items()}

    before = keys()
    _append(tmp_path / "search" / "search_index.json", " ")
    after_ko = keys()
    assert after_ko["ko"] != before["ko"] and after_ko["en"] == before["en"]
    assert after_ko["en page"] == before["en page"], "a search from an English page follows the Korean index"
    _append(tmp_path / "en" / "index.html", " ")
    after_en = keys()
    assert after_en["en"] != after_ko["en"] and after_en["ko"] == after_ko["ko"]
    assert after_en["en page"] != after_ko["en page"], "a search from an English page ignores its home page"


def test_a_page_is_keyed_on_its_html_and_figures_not_its_neighbours(tmp_path):
    """reuse("built_page"): the home page's key follows its HTML and the figure it shows, not the
    sitemap in its folder, which MkDocs dates by the day of the build."""
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "style.css").write_text("body {}", encoding="utf-8")
    (tmp_path / "index.html").write_text('<img src="figure.svg" alt="a figure">', encoding="utf-8")
    (tmp_path / "figure.svg").write_text("<svg></svg>", encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text("<lastmod>2026-12-07</lastmod>", encoding="utf-8")
    page = "docs/index.ko.md"
    before = reuse.page_inputs(tmp_path, page)
    (tmp_path / "sitemap.xml").write_text("<lastmod>2026-12-08</lastmod>", encoding="utf-8")
    assert reuse.page_inputs(tmp_path, page) == before, "a new day's sitemap changed the home page's key"
    _append(tmp_path / "figure.svg", " ")
    with_figure = reuse.page_inputs(tmp_path, page)
    assert with_figure != before, "the figure the page shows is not in its key"
    _append(tmp_path / "index.html", " ")
    assert reuse.page_inputs(tmp_path, page) != with_figure, "the page's HTML is not in its key"
