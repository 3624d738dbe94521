"""Translation freshness (hooks/translations.py): an English page knows which Korean text it translates."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from types import SimpleNamespace

import pytest

from dlkb import translations
from dlkb.blocks import ROOT
from dlkb.repository import copy_repository
from hooks import translation_notice
from tests.harness import site as site_build

KO = "# 드롭아웃\n\n## 직관\n\n뉴런 일부를 끕니다.\n\n## 수식\n\n$p$의 확률로 끕니다.\n"
EN = "# Dropout\n\n## Intuition\n\nSwitch some neurons off.\n\n## Math\n\nWith probability $p$.\n"


@pytest.fixture
def pair(tmp_path):
    ko, en = tmp_path / "index.ko.md", tmp_path / "index.en.md"
    ko.write_text(KO, encoding="utf-8")
    en.write_text(EN, encoding="utf-8")
    return ko, en


def test_editing_a_korean_section_makes_the_twin_stale_and_recording_clears_it(pair):
    ko, en = pair
    assert translations.is_stale(en), "a page with no record is stale"
    translations.record(en)
    assert not translations.is_stale(en)
    assert en.read_text(encoding="utf-8").endswith(EN), "recording keeps the page's text"
    ko.write_text(KO.replace("뉴런 일부를 끕니다.", "학습할 때만 뉴런 일부를 끕니다."), encoding="utf-8")
    assert translations.is_stale(en)
    assert translations.stale_pages(ko.parent) == [en]
    translations.record(en)
    assert not translations.is_stale(en) and translations.stale_pages(ko.parent) == []


def test_trailing_spaces_are_not_a_change(pair):
    ko, en = pair
    translations.record(en)
    ko.write_text(KO.replace("끕니다.\n", "끕니다.   \n"), encoding="utf-8")
    assert not translations.is_stale(en)


def test_the_build_marks_a_stale_page(pair):
    ko, en = pair
    page = SimpleNamespace(file=SimpleNamespace(abs_src_path=str(en)))
    marked = translation_notice.on_page_markdown(EN, page, None, None)
    assert marked.startswith("# Dropout\n") and "The Korean source changed since this translation" in marked
    assert "원문이 수정되었습니다" in marked
    translations.record(en)
    assert translation_notice.on_page_markdown(EN, page, None, None) == EN


def test_the_command_lists_stale_pages():
    run = subprocess.run([sys.executable, "-m", "dlkb.translations"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0
    stale = translations.stale_pages()
    assert all(str(p.relative_to(ROOT)) in run.stdout for p in stale)
    assert stale or "every English page is up to date" in run.stdout


def _index(site) -> dict:
    return json.loads((site / "en" / "search" / "search_index.json").read_text(encoding="utf-8"))


@pytest.mark.xdist_group("browser")
def test_stale_notice_in_chromium(tmp_path, browser, request, built_site):
    """A real build of a copy whose Korean page changed: the English twin shows the notice, and its
    search entry is the same as in the site's own build, without it."""
    if request.config.getoption("--no-site"):
        pytest.skip("--no-site")
    repo = copy_repository(tmp_path / "repo", link_venv=False)
    if (ROOT / ".cache").is_dir():  # executed notebooks, figures: reuse, to keep this fast
        shutil.copytree(ROOT / ".cache", repo / ".cache", ignore=shutil.ignore_patterns("test-site*"))
    korean = repo / "docs" / "running-locally.ko.md"
    korean.write_text(korean.read_text(encoding="utf-8") + "\n추가된 문단입니다.\n", encoding="utf-8")
    build = site_build.build(tmp_path / "site", project=repo)
    assert build["returncode"] == 0, build["log"][-2000:]
    page = browser.new_page()
    try:
        page.goto((tmp_path / "site" / "en" / "running-locally" / "index.html").as_uri())
        notice = page.locator("article .admonition.warning")
        assert notice.count() == 1 and notice.is_visible()
        assert "The Korean source changed since this translation" in notice.inner_text()
        # the notice is left out of what the search shows for the page (hooks/search_scope.py)
        copy, own = (
            next(d for d in _index(site)["docs"] if d["location"] == "running-locally/")
            for site in (tmp_path / "site", built_site)
        )
        assert "Korean source changed" not in copy["text"] and copy == own, copy["text"][:300]
        page.goto((tmp_path / "site" / "en" / "glossary" / "index.html").as_uri())
        assert page.locator("article .admonition.warning").count() == 0
    finally:
        page.close()
