"""The site builds with `mkdocs build --strict`, without a warning, and needs nothing from outside."""

import functools
import re
from pathlib import Path

import pytest

from dlkb.blocks import DOCS, SNIPPETS, page_files, rel
from tests.conftest import handed_out_late, waits_for_the_build, xdist_groups
from tests.harness import site as site_build
from tests.harness.html import built_path, diagrams, soup

# an element that loads from another host (links that only name an address, such as
# rel=canonical, are not loads), or a script that imports from one
OUTSIDE = re.compile(
    r"""<(?:script|img|iframe|source|audio|video)\b[^>]*\bsrc=["'](?:https?:)?//"""
    r"""|<link\b(?![^>]*\brel=["']?(?:canonical|alternate)\b)[^>]*\bhref=["'](?:https?:)?//"""
    r"""|\bimport\s*\(\s*["'](?:https?:)?//|\bfrom\s+["'](?:https?:)?//|Url\s*=\s*["']https?://""",
    re.I,
)


def test_strict_build_has_no_warnings(build_status):
    """MkDocs' own warnings and errors (its log records; tests/harness/site.py), not lines of the log
    that start with WARNING: tests/test_build_log.py shows that the difference matters."""
    found = site_build.problems(build_status)
    assert not found, "\n".join(found)


def test_tests_that_need_no_site_run_while_it_builds(request):
    """conftest.py hands out first the tests that wait neither for the site nor for its code run
    (a worker has work during the build), a group that holds one waiting test with it (a group goes
    to one worker as one unit); a test that builds the repository's own pages waits for that run,
    or the site's code would run twice at once."""
    items = request.session.items
    late = handed_out_late(items)
    assert late == sorted(late), "a test that waits for the build is handed out before one that does not"
    assert not any(late[i] for i, item in enumerate(items) if not waits_for_the_build(item) and not xdist_groups(item))
    archive = [item for item in items if item.nodeid.startswith("tests/test_offline_archive.py")]
    assert all(waits_for_the_build(item) for item in archive), "the offline archive builds before the code ran"


@pytest.mark.parametrize("page", [rel(p) for p in page_files()])
def test_every_page_is_built(built_site, page):
    assert built_path(built_site, page).is_file(), f"{page}: no page at {built_path(built_site, page)}"


def test_no_page_loads_anything_from_another_host(built_site):
    offenders = []
    for html in built_site.rglob("*.html"):
        for match in OUTSIDE.finditer(html.read_text(encoding="utf-8")):
            offenders.append(f"{html.relative_to(built_site)}: {match.group(0)[:120]}")
    assert not offenders, "\n".join(offenders)


@functools.cache  # every page parsed once for the two tests below, which read and never change it
def _parsed(site: Path, page: str):
    return soup(built_path(site, page))


@pytest.mark.xdist_group("site-html")  # with the other reader of every parsed page: parsed once
def test_heavy_scripts_load_only_where_used(built_site):
    for page in page_files():
        html = built_path(built_site, rel(page)).read_text(encoding="utf-8")
        doc = _parsed(built_site, rel(page))
        has_diagram = diagrams(doc) > 0
        has_math = bool(doc.select("math"))
        # diagrams are SVG drawn at build time (hooks/mermaid_svg.py): no page loads Mermaid. Notebook
        # pages carry nbconvert's loader, which imports the vendored Mermaid only for a notebook diagram.
        undrawn = [d for d in doc.select("pre.mermaid") if not d.find_parent(class_="jupyter-wrapper")]
        assert not undrawn, f"{rel(page)}: {len(undrawn)} Mermaid diagrams left for the browser to draw"
        drawn = doc.select("div.mermaid-svg > svg[id^=mermaid-]")
        assert len(drawn) == len(doc.select("div.mermaid-svg")), f"{rel(page)}: a diagram box without its SVG"
        assert not [s for s in drawn if s.get("aria-roledescription") == "error"], (
            f"{rel(page)}: a diagram drawn as an error"
        )
        ids = [s["id"] for s in drawn]
        assert len(ids) == len(set(ids)), f"{rel(page)}: two diagrams share an id"
        assert "import mermaid from" not in html and "mermaid.min.js" not in html, f"{rel(page)}: loads Mermaid"
        if has_diagram:
            assert "var(--md-mermaid-node-bg-color)" in html, f"{rel(page)}: diagrams do not follow the palette"
        assert ("Temml-STIX2.css" in html) == has_math, f"{rel(page)}: math stylesheet vs math"
        assert "temml.min.js" not in html, f"{rel(page)}: math is typeset at build time; no math script"


@pytest.mark.xdist_group("site-html")
def test_math_is_typeset_at_build_time(built_site):
    for page in page_files():
        doc = _parsed(built_site, rel(page))
        raw = [node.get_text()[:60] for node in doc.select(".arithmatex") if not node.select("math")]
        assert not raw, f"{rel(page)}: math left as TeX: {raw}"


CODE_BLOCK = re.compile(r'<div class="language-[^"]*highlight">.*?</code></pre></div>', re.S)
WRAPPED_TABLE = '<div class="md-typeset__scrollwrap"><div class="md-typeset__table"><table class="kb-table">'


def test_code_and_tables_have_light_markup(built_site):
    """hooks/page_assets.py: in code blocks Pygments' spans around names, runs of spaces, operators
    and punctuation are unwrapped (item 6); every table arrives wrapped in Material's scrolling box,
    with the class Material's script leaves alone (item 8)."""
    spans = tables = 0
    for page in page_files():
        article = built_path(built_site, rel(page)).read_text(encoding="utf-8").partition("<article")[2]
        blocks = CODE_BLOCK.findall(article)
        plain = [b for b in blocks if re.search(r'<span class="[nwop]">', b)]
        assert not plain, f"{rel(page)}: code blocks with spans in the code's colour: {len(plain)} of {len(blocks)}"
        spans += sum(b.count("<span") for b in blocks)
        bare = re.findall(r"<table(?![^>]*\bclass=)[^>]*>", article)
        assert not bare, f"{rel(page)}: tables Material's script would wrap again as the page starts: {bare[:3]}"
        assert article.count("<table") == article.count(WRAPPED_TABLE) + article.count('class="dataframe"')
        tables += article.count(WRAPPED_TABLE)
    assert spans > 1000 and tables > 20, (spans, tables)


def test_figures_are_drawn_by_code_not_committed():
    committed = [rel(p) for p in DOCS.rglob("*") if p.suffix in {".svg", ".png", ".jpg"} and "assets" not in p.parts]
    assert not committed, f"figures are drawn by the pages' code (snippets/<slug>/fig_*.py), not committed: {committed}"
    for script in SNIPPETS.glob("*/fig_*.py"):
        assert "savefig(" in script.read_text(encoding="utf-8"), f"{rel(script)} saves no figure"


FIGURE_LIMIT = 100_000  # bytes, as the file is published (issue 19)


def test_no_figure_is_over_100_kb(built_site):
    """The blocks' figures are published as dlkb.exec_cache.lean_svg keeps them: matplotlib's SVGs at
    half their size. Without it, five figures were 108-191 KB (markers and Hangul glyph outlines)."""
    figures = [p for p in built_site.rglob("*") if p.suffix in {".svg", ".png", ".jpg"} and "assets" not in p.parts]
    sizes = {str(p.relative_to(built_site)): p.stat().st_size for p in figures}
    assert len(sizes) > 20, sorted(sizes)
    heavy = {name: size for name, size in sizes.items() if size > FIGURE_LIMIT}
    assert not heavy, f"figures over {FIGURE_LIMIT:,} bytes: {heavy}"
    svgs = {p: p.read_text(encoding="utf-8") for p in figures if p.suffix == ".svg"}
    indented = [str(p.relative_to(built_site)) for p, text in svgs.items() if "\n <" in text]
    assert svgs and not indented, f"SVGs published as drawn (indented), not as lean_svg keeps them: {indented}"
    # a page's figures define no id twice between them (shown inline, as a notebook shows its
    # outputs, two figures' `#a` would draw one another's markers)
    by_page: dict = {}
    for svg, text in svgs.items():
        for name in set(re.findall(r'\sid="([^"]+)"', text)):
            by_page.setdefault(svg.parent, {}).setdefault(name, []).append(svg.name)
    shared = {
        f"{page.relative_to(built_site)}/#{i}": f for page, ids in by_page.items() for i, f in ids.items() if len(f) > 1
    }
    assert by_page and not shared, f"figures of one page define the same id: {shared}"


def test_one_search_index_per_language(built_site):
    """Each language is its own build (mkdocs.yml, mkdocs.en.yml): Korean pages load the Korean entries only,
    English pages the English ones, every entry leads to a built page, and each page points Material's search
    at its own language's file."""
    import json

    from bs4 import BeautifulSoup

    for root, lang in ((built_site, "ko"), (built_site / "en", "en")):
        index = json.loads((root / "search" / "search_index.json").read_text(encoding="utf-8"))
        assert len(index["docs"]) > 100, f"{lang}: only {len(index['docs'])} entries"
        assert (lang == "en") == (index["config"]["lang"] == ["en"]), index["config"]["lang"]
        pages = {d["location"].split("#")[0] for d in index["docs"]}
        missing = [p for p in pages if not (root / p / "index.html").exists() and not (root / p).is_file()]
        assert not missing, f"{lang}: index entries lead nowhere: {missing[:5]}"
        foreign = [p for p in pages if p.startswith("en/")]
        assert not foreign, f"{lang}: entries of the English pages in the Korean index: {foreign[:5]}"
        titles = " ".join(d["title"] for d in index["docs"])
        assert bool(re.search("[\uac00-\ud7a3]", titles)) == (lang == "ko"), f"{lang}: titles in the wrong language"
        assert ("ko-search" in json.dumps(index, ensure_ascii=False)) == (lang == "ko")
    for page, base in (
        ("optimizers/index.html", "../"),
        ("en/optimizers/index.html", "../"),
        ("index.html", "./"),
        ("en/index.html", "./"),
        ("404.html", "/"),
        ("en/404.html", "/en/"),
    ):
        config = json.loads(
            BeautifulSoup((built_site / page).read_text(encoding="utf-8"), "html.parser").select_one("#__config").string
        )
        assert config["base"].rstrip("/") + "/" == base, f"{page}: Material's base is {config['base']!r}, not {base!r}"


def test_search_index_holds_the_prose_not_the_code(built_site):
    """hooks/search_scope.py: code listings and Mermaid sources stay out of the index every page loads."""
    import json

    index = {
        "docs": [
            d
            for root in (built_site, built_site / "en")
            for d in json.loads((root / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
        ]
    }
    with_code = [d["location"] for d in index["docs"] if "<pre" in d["text"]]
    assert not with_code, f"code listings in the search index: {with_code[:5]}"
    prose = [d for d in index["docs"] if "from_logits" in d["text"]]
    assert prose, "inline code in the prose (from_logits) should still be searchable"
    marked = [p for p in built_site.rglob("*.html") if "data-search-exclude" in p.read_text(encoding="utf-8")]
    assert not marked, f"search markers left on built pages: {marked[:5]}"
