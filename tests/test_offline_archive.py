"""`make dist`: the whole site in one archive that works unpacked, from file://, in Chromium.

The archive is made exactly as `make dist` makes it (the same build command and
zip), unpacked into a temporary folder, and opened from the file system:
navigation between pages, the language switch, typeset math with its fonts,
drawn diagrams and search all work, with no request that is not a local file.
"""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile

import pytest

from dlkb.blocks import ROOT
from tests.harness import site as site_build

pytestmark = pytest.mark.xdist_group("browser")
TOPIC = "activation-functions/index.html"


def _make_target(name: str) -> list[str]:
    """The recipe lines of a Makefile target (so the test runs what `make dist` runs)."""
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    body = re.search(rf"^{name}:.*\n((?:\t.*\n)+)", text, re.M)[1]
    return [line.strip() for line in body.splitlines()]


@pytest.fixture(scope="module")
def archive(tmp_path_factory, built_site):
    """Built after this run's build (`built_site`, not read): its code has run by then, and the
    archive's build takes it from the cache instead of running it a second time beside it."""
    recipe = _make_target("dist")
    built = [line for line in recipe if "OFFLINE=true" in line and "build --strict" in line]
    assert len(built) == 2 and "-f mkdocs.en.yml -d dist/site/en" in built[1], recipe  # both languages
    work = tmp_path_factory.mktemp("dist")
    build = site_build.build(work / "site", OFFLINE="true")  # both languages, as `make dist` builds them
    assert build["returncode"] == 0, build["log"][-3000:]
    zipped = work / "deep-learning-kb-site.zip"
    subprocess.run([sys.executable, "-m", "zipfile", "-c", str(zipped), "site"], cwd=work, check=True)
    unpacked = tmp_path_factory.mktemp("unpacked")
    with zipfile.ZipFile(zipped) as z:
        z.extractall(unpacked)
    return unpacked / "site"


@pytest.fixture
def page(browser, archive):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    p = context.new_page()
    p.requests, p.errors = [], []
    p.on("request", lambda r: p.requests.append(r.url))
    p.on("console", lambda m: m.type == "error" and p.errors.append(m.text))
    p.on("pageerror", lambda e: p.errors.append(str(e)))
    yield p
    context.close()


def test_topic_page_works_from_the_file_system(page, archive):
    page.goto((archive / TOPIC).as_uri(), wait_until="load")
    assert page.locator(".mermaid-svg > svg .node").count() > 0  # drawn at build time (hooks/mermaid_svg.py)
    assert page.locator("article math").count() > 10
    assert page.evaluate("document.fonts.ready.then(() => document.fonts.check('16px STIX2'))")
    # figures below the first screen load when scrolled near (loading="lazy", hooks/page_assets.py)
    broken = page.evaluate(
        """async () => {
            const broken = [];
            for (const img of document.querySelectorAll('article img')) {
                img.scrollIntoView();
                await img.decode().catch(() => {});
                if (!(img.complete && img.naturalWidth > 0)) broken.push(img.src);
            }
            return broken;
        }"""
    )
    assert not broken, broken
    outside = [u for u in page.requests if not u.startswith(("file://", "data:", "blob:", "about:"))]
    assert not outside, outside
    assert not page.errors, page.errors


def test_navigation_and_language_switch_from_the_file_system(page, archive):
    page.goto((archive / "index.html").as_uri(), wait_until="load")
    page.locator("article a[href$='activation-functions/index.html']").first.click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/site/" + TOPIC)
    english = page.locator("a[hreflang='en']").first.get_attribute("href")
    page.goto(page.url.rsplit("/", 1)[0] + "/" + english, wait_until="load")
    assert page.url.endswith("/site/en/" + TOPIC) and page.evaluate("document.documentElement.lang") == "en"


@pytest.mark.parametrize("home, query", [("index.html", "소프트맥스를"), ("en/index.html", "softmax")])
def test_search_from_the_file_system(page, archive, home, query):
    """Each language searches its own inlined index (each language is its own build, with its own index)."""
    page.goto((archive / home).as_uri(), wait_until="load")
    box = page.locator("input.md-search__input")
    box.focus()
    box.fill(query)
    box.dispatch_event("keyup")
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    hrefs = page.eval_on_selector_all(".md-search-result__item a", "as => as.map(a => a.href)")
    assert any("activation-functions" in h for h in hrefs), hrefs
    assert all(("/site/en/" in h) == home.startswith("en/") for h in hrefs), hrefs
    assert not page.errors, page.errors
