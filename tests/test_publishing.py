"""What publishing needs: the deploy workflow, the sitemap and hreflang, robots.txt,
a 404 page per language, and a description and a link-preview card on every page."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml
from PIL import Image

from dlkb.blocks import ROOT, page_files, rel
from hooks.publishing import _font, describe
from tests.harness.html import built_path, soup

WORKFLOW = ROOT / ".github" / "workflows" / "deploy.yml"
LATEST = ROOT / ".github" / "workflows" / "latest.yml"
DEBIAN = "python:3.11-bookworm"  # Debian 12 with Python 3.11, as the development machine
PAGES = [rel(p) for p in page_files()]
HANGUL = re.compile("[\uac00-\ud7a3]")
SITE_URL = "http://127.0.0.1:8000/"  # mkdocs.yml's default when SITE_URL is not set


def _check_workflow(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(ROOT / ".venv" / "bin" / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(path)],
        capture_output=True,
        text=True,
    )


@pytest.mark.parametrize("workflow", [WORKFLOW, LATEST], ids=lambda p: p.name)
def test_workflow_is_valid(workflow):
    run = _check_workflow(workflow)
    assert run.returncode == 0, f"{workflow.relative_to(ROOT)} does not validate:\n{run.stdout}{run.stderr}"


def test_the_workflow_check_can_fail(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  test:\n    runs-on: ubuntu-24.04\n    step:\n      - run: make test\n")
    assert _check_workflow(broken).returncode != 0


def test_workflow_runs_what_developers_run():
    """The workflow's commands are the Makefile's targets, tested before anything is published."""
    flow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    jobs = flow["jobs"]
    runs = {name: [s["run"] for s in job.get("steps", []) if "run" in s] for name, job in jobs.items()}
    assert runs["test"] == ["make test"] and runs["build"] == ["make build"], runs
    assert jobs["build"]["needs"] == "test" and jobs["deploy"]["needs"] == "build"
    assert any(s.get("with", {}).get("path") == "site" for s in jobs["build"]["steps"]), "the built site/ is published"
    for target in ("test", "build"):
        assert subprocess.run(["make", "-n", target], cwd=ROOT, capture_output=True).returncode == 0


@pytest.mark.parametrize("workflow", [WORKFLOW, LATEST], ids=lambda p: p.name)
def test_workflow_runs_on_debian_like_the_development_machine(workflow):
    """Every job that runs a Makefile target runs in the Debian 12 / Python 3.11 container, so
    chromium and fonts-nanum come from Debian's packages, as they do here."""
    jobs = yaml.safe_load(workflow.read_text(encoding="utf-8"))["jobs"]
    for name, job in jobs.items():
        if any(str(step.get("run", "")).startswith("make ") for step in job.get("steps", [])):
            assert job.get("container", {}).get("image") == DEBIAN, f"{workflow.name}: job {name}"
            assert not any("setup-python" in step.get("uses", "") for step in job["steps"]), name


def test_newest_releases_are_tried_every_week():
    flow = yaml.safe_load(LATEST.read_text(encoding="utf-8"))
    triggers = flow[True]  # YAML 1.1 reads the key `on` as True
    assert triggers["schedule"] and "workflow_dispatch" in triggers
    steps = flow["jobs"]["latest"]["steps"]
    assert [s["run"] for s in steps if "run" in s] == ["make test-latest"]
    assert any(s.get("with", {}).get("path") == "test-artifacts/latest" for s in steps), "the report is kept"
    assert subprocess.run(["make", "-n", "test-latest", "lock"], cwd=ROOT, capture_output=True).returncode == 0


def test_sitemap_lists_both_languages_with_hreflang(built_site):
    """Each language's sitemap (sitemap.xml, en/sitemap.xml) lists its pages with both twins (overrides/sitemap.xml)."""
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    english = (built_site / "en" / "sitemap.xml").read_text(encoding="utf-8")
    for page in PAGES:
        if ".ko." not in page:
            continue
        ko = SITE_URL + built_path(built_site, page).relative_to(built_site).parent.as_posix().removeprefix(".") + "/"
        ko = ko.replace("//", "/").replace(":/", "://")
        en = ko.replace(SITE_URL, SITE_URL + "en/")
        assert f'hreflang="ko" href="{ko}"' in sitemap or (ko == SITE_URL and 'hreflang="ko" href="' in sitemap), page
        assert f'hreflang="en" href="{en}"' in sitemap, f"{page}: no English alternate {en} in sitemap.xml"
        assert f"<loc>{en}</loc>" in english and f'hreflang="en" href="{en}"' in english, f"{page}: {en}"
        assert f'hreflang="ko" href="{ko}"' in english, f"{page}: no Korean alternate {ko} in en/sitemap.xml"


def test_robots_points_at_the_sitemap(built_site):
    robots = (built_site / "robots.txt").read_text(encoding="utf-8")
    assert f"Sitemap: {SITE_URL}sitemap.xml" in robots and f"Sitemap: {SITE_URL}en/sitemap.xml" in robots
    assert not (built_site / "en" / "robots.txt").exists(), "robots.txt belongs at the host's root only"


def test_404_page_in_each_language(built_site):
    assert '<html lang="ko"' in (built_site / "404.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in (built_site / "en" / "404.html").read_text(encoding="utf-8")


def _meta(doc, key: str) -> str | None:
    node = doc.select_one(f'meta[property="{key}"], meta[name="{key}"]')
    return node["content"] if node else None


@pytest.mark.parametrize("page", PAGES)
def test_page_has_description_and_link_preview(built_site, page):
    doc = soup(built_path(built_site, page))
    lang = page.rsplit(".", 2)[-2]
    description = _meta(doc, "description")
    assert description and len(description) >= 20, f"{page}: no description"
    hangul = len(HANGUL.findall(description)) / len(description)
    assert (hangul > 0.2) if lang == "ko" else (hangul < 0.05), f"{page}: description not in {lang}: {description!r}"
    for key in ("og:title", "og:description", "og:url", "og:image", "og:locale", "twitter:card", "twitter:image"):
        assert _meta(doc, key), f"{page}: no {key} meta tag"
    assert _meta(doc, "og:description") == description
    assert _meta(doc, "og:locale") == ("ko_KR" if lang == "ko" else "en_US")
    card = built_site / _meta(doc, "og:image").removeprefix(SITE_URL)
    assert card.is_file(), f"{page}: card {card} was not published"
    with Image.open(card) as image:
        assert image.size == (1200, 630) and image.format == "PNG"


def test_card_font_draws_hangul():
    """The card font has real Hangul glyphs (not the empty 'missing glyph' box)."""
    font = _font(40)
    missing = font.getmask("\U000f0000").getbbox()
    for text in ("활성화 함수", "딥러닝"):
        box = font.getmask(text).getbbox()
        assert box and box != missing and box[2] - box[0] > 60, text


def test_a_notice_at_the_top_is_not_the_description():
    """An English page waiting for its translation opens with a notice box; the description is
    the page's own first paragraph (it was the notice, half Korean, on such a page)."""
    notice = (
        '<div class="admonition warning"><p class="admonition-title">Stale</p>'
        "<p>This English page was written from an earlier version.</p></div>"
    )
    opening = "<p>A neural network cannot read letters, so text becomes integers.</p>"
    assert describe(notice + opening) == "A neural network cannot read letters, so text becomes integers."
