"""Every file the build publishes, both languages: the list is kept in tests/data/built-urls.txt.

Pages, notebook pages and their downloads, figures, link-preview cards, 404 pages, sitemaps,
search indexes and assets: a change in what a reader or a search engine can reach shows up here
and is deliberate. After such a change, write the new list with
`.venv/bin/python -m tests.test_site_urls .cache/test-site` (after a test run) and say why in the
commit.
"""

from __future__ import annotations

import sys
from pathlib import Path

from dlkb.pages import ROOT

EXPECTED = ROOT / "tests" / "data" / "built-urls.txt"


def published(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())


def test_the_site_publishes_exactly_the_expected_files(built_site):
    expected = EXPECTED.read_text(encoding="utf-8").split()
    found = published(built_site)
    missing, extra = sorted(set(expected) - set(found)), sorted(set(found) - set(expected))
    assert not missing and not extra, f"no longer published: {missing[:20]}\nnewly published: {extra[:20]}"


def test_the_list_covers_both_languages_and_what_search_engines_read():
    expected = set(EXPECTED.read_text(encoding="utf-8").split())
    for name in ("index.html", "404.html", "sitemap.xml", "robots.txt", "search/search_index.json"):
        assert name in expected, name
        assert name == "robots.txt" or f"en/{name}" in expected, f"en/{name}"
    pages = [p for p in expected if p.endswith("/index.html") and not p.startswith(("en/", "assets/"))]
    assert len(pages) >= 20 and all(f"en/{p}" in expected for p in pages), "a page without its English twin"


if __name__ == "__main__":
    EXPECTED.write_text("\n".join(published(Path(sys.argv[1]))) + "\n", encoding="utf-8")
