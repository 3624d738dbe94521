"""Korean and English pages are twins: same sections, code, diagrams, figures and links."""

import re
from pathlib import Path

import pytest

from dlkb.blocks import DOCS, ROOT, SNIPPETS, page_blocks, page_files, rel, strip_comments
from tests.harness.html import built_path, diagrams, images, soup

KO_PAGES = [rel(p) for p in page_files() if ".ko." in p.name]
EN_PAGES = [rel(p) for p in page_files() if ".en." in p.name]


def twin(page: str, lang: str) -> str:
    return re.sub(r"\.(ko|en)\.(md|ipynb)$", rf".{lang}.\2", page)


def test_every_page_has_a_language_suffix():
    bare = [rel(p) for p in page_files() if not re.search(r"\.(ko|en)\.(md|ipynb)$", p.name)]
    assert not bare, f"pages need a .ko or .en suffix (docs/<slug>/index.ko.md): {bare}"


@pytest.mark.parametrize("page", KO_PAGES + EN_PAGES)
def test_every_page_has_its_twin(page):
    other = twin(page, "en" if ".ko." in page else "ko")
    assert (ROOT / other).is_file(), f"{page} has no twin: write {other}"


def _headings(doc) -> list[str]:
    body = doc.select_one("article.md-content__inner") or doc
    return [h.name for h in body.select("h1, h2, h3, h4, h5, h6")]


def _links(doc, site: Path, page_html: Path) -> list[str]:
    """Link targets, normalised so that twins compare equal (internal links are site paths without /en/)."""
    body = doc.select_one("article.md-content__inner") or doc
    out = []
    for a in body.select("a[href]"):
        href = a["href"]
        if (
            href.startswith("#")
            or "headerlink" in a.get("class", [])
            or a.find_parent(class_="md-content__button")
            or "md-content__button" in a.get("class", [])
        ):
            continue
        if re.match(r"^[a-z]+:", href):
            out.append(href)
            continue
        target = (page_html.parent / href.split("#")[0]).resolve()
        try:
            path = target.relative_to(site.resolve()).as_posix()
        except ValueError:
            path = href
        out.append(re.sub(r"^en/", "", path))
    return out


@pytest.mark.parametrize("ko", KO_PAGES)
def test_twins_have_the_same_structure(built_site, ko):
    en = twin(ko, "en")
    if not (ROOT / en).is_file():
        pytest.skip("no twin (reported by test_every_page_has_its_twin)")
    ko_html, en_html = built_path(built_site, ko), built_path(built_site, en)
    ko_doc, en_doc = soup(ko_html), soup(en_html)
    assert _headings(ko_doc) == _headings(en_doc), (
        f"{ko} and {en} differ in section structure:\n  ko {_headings(ko_doc)}\n  en {_headings(en_doc)}"
    )
    assert diagrams(ko_doc) == diagrams(en_doc), f"{ko} has {diagrams(ko_doc)} diagrams, {en} has {diagrams(en_doc)}"
    figs = lambda doc: [Path(src).name for src in images(doc)]  # noqa: E731
    assert figs(ko_doc) == figs(en_doc), f"{ko} and {en} show different figures: {figs(ko_doc)} vs {figs(en_doc)}"
    ko_links, en_links = _links(ko_doc, built_site, ko_html), _links(en_doc, built_site, en_html)
    assert sorted(ko_links) == sorted(en_links), (
        f"{ko} and {en} link to different places:\n  only ko: {sorted(set(ko_links) - set(en_links))}"
        f"\n  only en: {sorted(set(en_links) - set(ko_links))}"
    )


@pytest.mark.parametrize("ko", KO_PAGES)
def test_twins_show_the_same_code(ko):
    en = twin(ko, "en")
    if not (ROOT / en).is_file():
        pytest.skip("no twin (reported by test_every_page_has_its_twin)")
    ko_blocks, en_blocks = page_blocks(ko), page_blocks(en)
    assert [b.language for b in ko_blocks] == [b.language for b in en_blocks], (
        f"{ko} and {en} have different code blocks: "
        f"{[b.language for b in ko_blocks]} vs {[b.language for b in en_blocks]}"
    )
    for k, e in zip(ko_blocks, en_blocks):
        if k.language == "mermaid":
            continue  # diagrams are labelled in each language
        # a figure's text follows the page's language: `LANG = "ko"` / `LANG = "en"` (CONTRIBUTING.md)
        assert strip_comments(k.code.replace('LANG = "ko"', 'LANG = "en"', 1)) == strip_comments(e.code), (
            f"{k.where} and {e.where} differ in more than comments; keep the code identical"
        )
        assert k.continues == e.continues, f"{k.where} and {e.where}: only one of them continues the block above"


def test_every_snippet_is_shown_on_a_page():
    included = set()
    for page in page_files():
        for block in page_blocks(rel(page)):
            included.update(origin for origin, _ in block.origins)
    unused = [rel(p) for p in SNIPPETS.rglob("*.py") if rel(p) not in included]
    assert not unused, f"snippets that no page includes (include them or delete them): {unused}"


def test_docs_hold_no_stray_sources():
    stray = [rel(p) for p in DOCS.rglob("*.py")]
    assert not stray, f"code belongs in snippets/<slug>/, not docs/: {stray}"
