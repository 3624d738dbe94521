"""Links in the built site: nothing internal is broken, and no page leads into the other language by mistake.

Every `href`/`src` in every built HTML file that points inside the site must name
a file that exists, and a `#fragment` must name an `id` in the target page.
Content links (the article and the navigation, not the language switcher) from
an English page must stay in `/en/` or point at shared assets, and the other way round.
"""

from __future__ import annotations

import functools
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup

# both whole-site tests read every page, parsed once per worker (_doc): on one worker, once
pytestmark = pytest.mark.xdist_group("links")
EXTERNAL = ("http:", "https:", "mailto:", "javascript:", "data:", "blob:", "tel:")
SHARED = ("assets/", "search/", "sitemap.xml", "404.html")


@functools.cache
def _doc(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


@functools.cache  # once per page: the whole-course page is the target of hundreds of anchors
def _ids(path: Path) -> set[str]:
    return {node["id"] for node in _doc(path).select("[id]")} | {node["name"] for node in _doc(path).select("a[name]")}


def _target(site: Path, page: Path, url: str) -> tuple[Path, str] | None:
    """The file a relative or root-relative URL on `page` names, and its fragment."""
    parts = urlsplit(url)
    if url.startswith(EXTERNAL) or parts.scheme or parts.netloc:
        return None
    if not parts.path:
        return page, unquote(parts.fragment)
    base = PurePosixPath("/" + page.relative_to(site).as_posix()).parent
    path = PurePosixPath(unquote(parts.path))
    resolved = path if path.is_absolute() else base / path
    normal: list[str] = []
    for part in resolved.parts[1:]:
        if part == "..":
            normal = normal[:-1]
        elif part not in (".", ""):
            normal.append(part)
    target = site.joinpath(*normal)
    if target.is_dir() or parts.path.endswith("/"):
        target = target / "index.html"
    return target, unquote(parts.fragment)


def _links(doc: BeautifulSoup):
    for node in doc.select("[href], [src]"):
        for attr in ("href", "src"):
            if node.get(attr):
                yield node, node[attr]


def test_no_broken_internal_link_or_anchor(built_site):
    broken = []
    for page in sorted(built_site.rglob("*.html")):
        for node, url in _links(_doc(page)):
            found = _target(built_site, page, url)
            if found is None:
                continue
            target, fragment = found
            where = f"{page.relative_to(built_site)}: <{node.name}> {url!r}"
            if not target.exists():
                broken.append(f"{where} -> missing {target.relative_to(built_site)}")
            elif fragment and target.suffix == ".html" and fragment not in _ids(target):
                broken.append(f"{where} -> no id {fragment!r} in {target.relative_to(built_site)}")
    assert not broken, f"{len(broken)} broken links:\n" + "\n".join(broken[:40])


def test_content_links_stay_in_the_page_language(built_site):
    wrong = []
    for page in sorted(built_site.rglob("*.html")):
        rel = page.relative_to(built_site).as_posix()
        english = rel.startswith("en/")
        doc = _doc(page)
        for area in doc.select("article, nav.md-nav, .md-footer"):
            for node in area.select("a[href]"):
                found = _target(built_site, page, node["href"])
                if found is None:
                    continue
                target = found[0].relative_to(built_site).as_posix()
                if target.startswith(SHARED):
                    continue
                if target.startswith("en/") != english:
                    wrong.append(
                        f"{rel}: link {node['href']!r} ({node.get_text(strip=True)[:40]!r}) leads to "
                        f"the {'Korean' if english else 'English'} page {target}"
                    )
    assert not wrong, "links into the other language:\n" + "\n".join(wrong[:40])


def test_the_checker_sees_a_broken_link(tmp_path):
    """The checker itself: a missing page and a missing anchor are found, a good link is not."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<h2 id="x">x</h2>', encoding="utf-8")
    page = tmp_path / "index.html"
    page.write_text("", encoding="utf-8")
    assert _target(tmp_path, page, "a/#x") == (tmp_path / "a" / "index.html", "x")
    assert "x" in _ids(tmp_path / "a" / "index.html")
    assert not _target(tmp_path, page, "b/")[0].exists()
    assert _target(tmp_path, page, "https://example.org/") is None
