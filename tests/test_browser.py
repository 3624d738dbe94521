"""The built site as a reader meets it: every page opened in Chromium.

Debian's chromium, driven by Playwright (its own browser download is not
possible offline). Each page: math typeset, diagrams drawn as SVG, figures
loaded, no console error, no failed request, no request to any host but the
local server; the language switcher, the copy button and search work.
Screenshots land in test-artifacts/screenshots/ (printed at the end of the run).
"""

from __future__ import annotations

import functools
import http.server
import re
import threading
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest

from dlkb.blocks import ROOT, page_blocks, page_files, rel
from dlkb.static_server import sent_bytes
from tests.harness.glossary import sample, terms
from tests.harness.html import built_path

SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
AXE = ROOT / ".venv" / "tools" / "axe-core" / "axe.min.js"
HANGUL = re.compile("[\uac00-\ud7a3]")
AXE_RUN = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations.filter(v => v.impact === "serious" || v.impact === "critical")
    .map(v => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}x, e.g. ${v.nodes[0].target.join(" ")})`);
}"""
PAGES = [rel(p) for p in page_files()]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server(built_site):
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def url_of(server: str, built_site: Path, page: str) -> str:
    path = built_path(built_site, page).relative_to(built_site).parent.as_posix()
    return f"{server}/" + ("" if path == "." else path + "/")


class Visit:
    """A page opened in a fresh context, with everything it asked for and complained about."""

    def __init__(self, browser, url: str, lang: str, color_scheme: str = "light", init_script: str = ""):
        self.context = browser.new_context(
            locale="ko-KR" if lang == "ko" else "en-US",
            viewport={"width": 1280, "height": 900},
            color_scheme=color_scheme,
        )
        if init_script:
            self.context.add_init_script(init_script)
        self.context.grant_permissions(
            ["clipboard-read", "clipboard-write"], origin=url.split("/", 3)[0] + "//" + urlparse(url).netloc
        )
        self.page = self.context.new_page()
        self.requests, self.errors, self.failed = [], [], []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("requestfailed", lambda r: self.failed.append(f"{r.url}: {r.failure}"))
        self.page.on("response", lambda r: r.status >= 400 and self.failed.append(f"{r.url}: HTTP {r.status}"))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        # "load" first: Chromium's network-idle can come while a long page is still being parsed (the
        # whole-course page, 4 MB, under load: 1 of its 24 diagrams was in the DOM when counted)
        self.page.goto(url, wait_until="load")
        self.page.wait_for_load_state("networkidle")

    def close(self):
        self.context.close()


@pytest.fixture
def visit(browser, server, built_site):
    opened = []

    def open_page(page: str, **options) -> Visit:
        lang = page.rsplit(".", 2)[-2]
        v = Visit(browser, url_of(server, built_site, page), lang, **options)
        opened.append(v)
        return v

    yield open_page
    for v in opened:
        v.close()


# Diagrams are SVG drawn at build time (hooks/mermaid_svg.py): shown with a size and labels, at once.
DRAWN = """[...document.querySelectorAll('.mermaid-svg > svg')].filter(s => {
  const box = s.getBoundingClientRect();
  return box.width > 50 && box.height > 20 && s.querySelectorAll('.node').length > 0
    && [...s.querySelectorAll('text')].some(t => t.textContent.trim());
}).length"""


LOAD_FIGURES = """async () => Promise.all([...document.querySelectorAll('article img[loading=lazy]')].map(
  i => { i.loading = 'eager'; return i.decode().catch(() => null); }))"""


def wait_for_diagrams(p) -> int:
    """How many Mermaid diagrams the page has; each must already be drawn (no script draws them)."""
    diagrams = p.locator(".mermaid-svg, pre.mermaid").count()
    if diagrams:
        # no script draws them; the wait covers the layout of a long page (the whole course: 175,000 px)
        p.wait_for_function(f"n => {DRAWN} >= n", arg=diagrams, timeout=30000)
    return diagrams


# Diagram labels a person can read (issue 19): per diagram, the smallest label as drawn (font size
# times the SVG's scale on screen), label boxes that overlap, node and cluster labels an edge is drawn
# through, and the lowest WCAG contrast of a label against what it is drawn on (its node, edge label
# or cluster box, else the page).
DIAGRAM_LABELS = """() => {
  const rgba = c => { const m = c.match(/[\\d.]+/g); return m ? m.map(Number) : null; };
  const over = (top, under) => top && top.length === 4
    ? [0, 1, 2].map(i => top[i] * top[3] + under[i] * (1 - top[3])) : top.slice(0, 3);
  const lum = c => { const [r, g, b] = c.map(v => { v /= 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const contrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05); };
  let page = rgba(getComputedStyle(document.body).backgroundColor);
  if (!page || (page.length === 4 && page[3] === 0)) page = [255, 255, 255];
  page = over(page, [255, 255, 255]);
  const fillOf = el => { const f = el && rgba(getComputedStyle(el).fill); return f; };
  return [...document.querySelectorAll('.mermaid-svg > svg')].map((svg, n) => {
    const texts = [...svg.querySelectorAll('text')].filter(t => t.textContent.trim());
    const boxes = texts.map(t => t.getBoundingClientRect());
    let smallest = Infinity, lowest = Infinity, overlaps = [];
    texts.forEach((t, i) => {
      const size = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
      smallest = Math.min(smallest, size);
      const holder = t.closest('.node, .edgeLabel, .cluster');
      const shape = holder && holder.querySelector('rect, polygon, circle, ellipse, path');
      let back = page, f = fillOf(shape);
      if (f && !(f.length === 4 && f[3] === 0)) back = over(f, page);
      lowest = Math.min(lowest, contrast(over(fillOf(t), back), back));
      for (let j = 0; j < i; j++) {
        const a = boxes[i], b = boxes[j];
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 1 && h > 1) overlaps.push(`'${texts[j].textContent.trim()}' / '${t.textContent.trim()}'`);
      }
    });
    // an edge drawn through a node's or a cluster's label (an edge label sits on its own edge)
    const crossed = new Set();
    const boxed = texts.map((t, i) => [t, boxes[i]]).filter(([t]) => t.closest('.node, .cluster'));
    for (const path of svg.querySelectorAll('.edgePaths path, path.flowchart-link')) {
      const m = path.getScreenCTM(), length = path.getTotalLength();
      for (let at = 0; at <= length; at += 2) {
        const q = path.getPointAtLength(at), x = m.a * q.x + m.c * q.y + m.e, y = m.b * q.x + m.d * q.y + m.f;
        for (const [t, r] of boxed)
          if (x > r.left + 1 && x < r.right - 1 && y > r.top + 1 && y < r.bottom - 1) crossed.add(t.textContent.trim());
      }
    }
    return {diagram: n + 1, smallest, lowest, overlaps, crossed: [...crossed]};
  });
}"""
MIN_LABEL_PX = 11
MIN_CONTRAST = 4.5
DIAGRAM_VIEWS = [("light", 1280), ("light", 390), ("dark", 390)]
PALETTES = {"light": "default", "dark": "slate"}  # mkdocs.yml: theme.palette


def unreadable_diagrams(p) -> list[str]:
    """What is unreadable in the page's diagrams, at a desktop's and a phone's width, light and dark."""
    found = []
    p.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    for scheme, width in DIAGRAM_VIEWS:
        # what Material's palette toggle does: the palettes' CSS keys on this attribute
        p.evaluate("s => document.body.setAttribute('data-md-color-scheme', s)", PALETTES[scheme])
        p.set_viewport_size({"width": width, "height": 900})
        p.wait_for_timeout(100)
        for d in p.evaluate(DIAGRAM_LABELS):
            where = f"diagram {d['diagram']} at {width} px, {scheme}"
            if d["smallest"] < MIN_LABEL_PX:
                found.append(f"{where}: smallest label {d['smallest']:.1f} px (< {MIN_LABEL_PX})")
            if d["overlaps"]:
                found.append(f"{where}: labels overlap: {', '.join(d['overlaps'])}")
            if d["crossed"]:
                found.append(f"{where}: an edge is drawn through {', '.join(repr(t) for t in d['crossed'])}")
            if d["lowest"] < MIN_CONTRAST:
                found.append(f"{where}: label contrast {d['lowest']:.1f} (< {MIN_CONTRAST})")
    p.evaluate("s => document.body.setAttribute('data-md-color-scheme', s)", PALETTES["light"])
    p.set_viewport_size({"width": 1280, "height": 900})
    # what runs next (axe's colour contrast) must see the light colours, not halfway (a navigation
    # label was caught so once)
    wait_for_colours(p)
    return found


def wait_for_colours(p) -> None:
    """Until Material's colour transitions (a palette switch eases every colour) have finished. Polled:
    some transitions' `finished` promises never settle once the width has changed twice."""
    p.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')", timeout=10000)


# Bytes a page loads (issue 19), gzip-compressed as a static host sends text; fonts and PNGs are sent as is
MAX_GZIP = 250_000
MAX_GZIP_COURSE = 1_000_000  # the whole-course page: every topic on one page, for printing


def page_weight(requests: list[str], server: str, built_site: Path) -> tuple[int, int]:
    """(bytes, bytes gzip) of the site's files a page requested (each counted once)."""
    raw = packed = 0
    for url in {u.split("#")[0].split("?")[0] for u in requests if u.startswith(server)}:
        path = built_site / urlparse(url).path.lstrip("/")
        path = path / "index.html" if path.is_dir() else path
        if path.is_file():
            data = path.read_bytes()
            raw += len(data)
            packed += sent_bytes(path.name, data)
    return raw, packed


@pytest.mark.reuse("built_page")
@pytest.mark.parametrize("page", PAGES)
def test_page_renders_in_chromium(visit, server, built_site, page):
    v = visit(page)
    p = v.page
    lang = page.rsplit(".", 2)[-2]
    assert p.evaluate("document.documentElement.lang") == lang
    diagrams = wait_for_diagrams(p)
    p.wait_for_load_state("networkidle")
    raw, packed = page_weight(v.requests, server, built_site)  # what the page loads before any scrolling
    bound = MAX_GZIP_COURSE if page.startswith("docs/course.") else MAX_GZIP
    assert packed <= bound, f"{page}: loads {raw:,} bytes, {packed:,} gzip: more than {bound:,} gzip"
    # figures load when scrolled near (loading="lazy", hooks/page_assets.py): all of them now, for the checks
    p.evaluate(LOAD_FIGURES)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    # the whole-course page is 175,000 px long: its first screen is what a person can look at (the full
    # page made a 20 MB picture in ~30 s on two cores)
    # (JPEG: half the time of a PNG of a long page, 0.8 against 1.5 s, and plenty for a person to look at)
    p.screenshot(
        path=str(SCREENSHOTS / (page.removeprefix("docs/").replace("/", "_") + ".jpg")),
        full_page=not page.startswith("docs/course."),
        quality=80,
    )

    outside = [u for u in v.requests if not u.startswith(server) and not u.startswith(("data:", "blob:"))]
    assert not outside, f"{page}: requests to other hosts: {outside}"
    assert not v.failed, f"{page}: failed requests: {v.failed}"
    assert not v.errors, f"{page}: console errors: {v.errors}"
    text = p.locator("article").inner_text()
    assert "\\(" not in text and "$$" not in text and "\\[" not in text, f"{page}: raw TeX is visible"
    untypeset = p.locator(".arithmatex:not(:has(math))").count()
    assert untypeset == 0, f"{page}: {untypeset} formulas not typeset"
    if p.locator("article math").count():
        font_ok = p.evaluate("document.fonts.check('16px STIX2')")
        assert font_ok, f"{page}: the math font did not load"
    drawn = p.evaluate(DRAWN)
    assert drawn == diagrams, f"{page}: {diagrams - drawn} of {diagrams} Mermaid diagrams not drawn"
    if diagrams:
        unreadable = unreadable_diagrams(p)
        assert not unreadable, f"{page}: diagrams hard to read:\n" + "\n".join(unreadable)
    errors = p.locator(".mermaid-svg svg[aria-roledescription=error]").count()
    assert errors == 0, (
        f"{page}: {errors} Mermaid diagrams drawn as 'Syntax error in text' (see tests/test_diagrams.py)"
    )
    broken = p.evaluate(
        "[...document.querySelectorAll('article img')].filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src)"
    )
    assert not broken, f"{page}: images that did not load: {broken}"
    alts = p.evaluate("[...document.querySelectorAll('article img')].map(i => [i.src, i.alt.trim()])")
    assert all(alt for _, alt in alts), f"{page}: images without alt text: {[src for src, alt in alts if not alt]}"
    wrong_language = [alt for _, alt in alts if bool(HANGUL.search(alt)) != (lang == "ko")]
    assert not wrong_language, f"{page}: alt text not in the page's language ({lang}): {wrong_language}"

    assert AXE.exists(), f"{AXE.relative_to(ROOT)} is missing: `make test` fetches it (scripts/test-tools.sh)"
    p.add_script_tag(path=str(AXE))
    violations = p.evaluate(AXE_RUN)
    assert not violations, f"{page}: accessibility (axe-core) serious/critical violations:\n" + "\n".join(violations)


TOPIC = "docs/activation-functions/index.ko.md"


@pytest.mark.parametrize(
    "page, other",
    [
        (TOPIC, "en"),
        (TOPIC.replace(".ko.", ".en."), "ko"),
        ("docs/activation-functions/softmax-notebook.ko.ipynb", "en"),
    ],
)
def test_language_switcher_leads_to_the_twin(visit, server, built_site, page, other):
    v = visit(page)
    href = v.page.locator(f'.md-select__link[hreflang="{other}"]').first.get_attribute("href")
    v.page.goto(urljoin(v.page.url, href), wait_until="load")
    twin = re.sub(r"\.(ko|en)\.", f".{other}.", page)
    assert v.page.url == url_of(server, built_site, twin)
    assert v.page.evaluate("document.documentElement.lang") == other


ANNOTATION_MARKER = re.compile(r"\s*# \(\d+\)!?")  # not copied by the copy button


def copy_with_button(page, block) -> str:
    """What the block's copy button puts on the clipboard."""
    block.hover()
    block.locator('button[data-md-type="copy"]').click()
    return page.evaluate("navigator.clipboard.readText()")


@pytest.mark.parametrize("page", [TOPIC, TOPIC.replace(".ko.", ".en.")])
def test_copy_button_copies_the_code_shown(visit, page):
    v = visit(page)
    first = next(b for b in page_blocks(page) if b.language == "python")
    copied = copy_with_button(v.page, v.page.locator("div.language-python").first)
    assert copied.strip() == ANNOTATION_MARKER.sub("", first.code).strip()


LONG_PAGE = "docs/optimizers/index.en.md"


def test_code_blocks_are_mounted_when_seen(visit):
    """`content.lazy` (mkdocs.yml; Material's flag, not in its docs): a block's copy button and
    annotations come when the block scrolls into view. Fails if Material drops the flag (every
    block mounted on load) or if a lazily mounted block does not work."""
    v = visit(LONG_PAGE)
    p = v.page
    blocks = p.locator("div.language-python")
    total = blocks.count()
    mounted = p.locator('div.language-python button[data-md-type="copy"]').count()
    assert total >= 5 and mounted < total / 2, f"{mounted} of {total} blocks mounted on load"
    codes = [b.code for b in page_blocks(LONG_PAGE) if b.language == "python"]
    annotated = max(i for i, code in enumerate(codes) if re.search(r"# \(\d+\)!", code))
    shown = blocks.evaluate_all("bs => bs.map((b, i) => b.closest('details:not([open])') ? -1 : i)")
    for i in (annotated, max(shown)):  # the last block not folded away in an exercise
        blocks.nth(i).scroll_into_view_if_needed()
        copied = copy_with_button(p, blocks.nth(i))
        lines = [line.rstrip() for line in copied.strip().splitlines()]
        assert lines == ANNOTATION_MARKER.sub("", codes[i]).strip().splitlines()
    assert blocks.nth(annotated).locator(".md-annotation").count() > 0, "annotations not mounted"


# Several glossary terms, each searched on both language sites by both of its forms: Korean
# with a particle attached (드롭아웃을), English as is. The same-language form must find the
# page the glossary links to; the other language's form, that page or the glossary page.
SEARCHES = [
    (
        f"docs/index.{site}.md",
        term.query(form, particle=(form == site)),
        term.page if form == site else term.page + "|glossary.md",
    )
    for site in ("ko", "en")
    for form in ("ko", "en")
    for term in sample(terms(), 4)
]
# The part of a compound, with a particle: the pages write only 표준편차를 and 비선형성
# (hooks/korean_search.py indexes the parts). (정규분포의 was one until other pages wrote 정규분포 and
# 정규 분포: the page then ranked below the first screen of results.)
SEARCHES += [
    ("docs/index.ko.md", query, target)
    for query, target in [
        ("편차를", "compile-and-initialization/index.md"),
        ("선형성을", "model-structure/index.md"),
    ]
]


@pytest.mark.reuse("search_index")  # it reads the home page, its language's index and the shared assets
@pytest.mark.parametrize("page, query, target", SEARCHES, ids=[f"{p.split('.')[-2]}-{q}" for p, q, _ in SEARCHES])
def test_search_finds_the_topic(visit, page, query, target):
    v = visit(page)
    p = v.page
    box = p.locator("input.md-search__input")
    box.focus()
    box.fill(query)
    box.dispatch_event("keyup")  # Material searches on keyup, which Hangul input does not send
    p.wait_for_selector(".md-search-result__item", timeout=10000)
    hrefs = p.eval_on_selector_all(".md-search-result__item a", "as => as.map(a => a.href)")
    shown = p.locator(".md-search-result").inner_text()
    assert "ko-search" not in shown and "<span" not in shown, f"{page}: search results show the hidden index words"
    wants = ["/" + t.removesuffix("index.md").removesuffix(".md") for t in target.split("|")]
    assert any(want in h for h in hrefs for want in wants), (
        f"{page}: searching {query!r} did not find {target}; it found {hrefs[:5]}"
    )
    # each language searches its own index (its own build): results stay in the page's language
    english = page.endswith(".en.md")
    other = [h for h in hrefs if ("/en/" in h) != english]
    assert not other, f"{page}: searching {query!r} listed pages of the other language: {other[:5]}"
    index = "/en/search/search_index.json" if english else "/search/search_index.json"
    loaded = [u for u in v.requests if u.endswith("search_index.json")]
    assert loaded and all(urlparse(u).path == index for u in loaded), f"{page}: loaded {loaded}, not {index} alone"


@pytest.mark.parametrize("page", ["docs/index.ko.md", "docs/optimizers/index.en.md"])
def test_search_index_waits_for_search(visit, page):
    """The search index is fetched when search is first opened, not with the page: overrides/main.html
    holds back the request Material's bundle makes on load (XMLHttpRequest). If a new Material loads the
    index another way, the index comes with the page again and this fails."""
    v = visit(page)
    p = v.page
    p.wait_for_timeout(300)
    early = [u for u in v.requests if u.endswith("search_index.json")]
    assert not early, f"{page}: the search index came with the page"
    with p.expect_request(lambda r: r.url.endswith("search_index.json"), timeout=10000):
        p.locator("input.md-search__input").click()  # as a reader opens search
    box = p.locator("input.md-search__input")
    box.fill("dropout")
    box.dispatch_event("keyup")
    p.wait_for_selector(".md-search-result__item", timeout=10000)


# One token of each text, marked for the browser's own answer to which fonts drew it, and each
# root's width beside its content's: a radical sign the font lacks is not drawn at all
# (hooks/math_typeset.py cuts the font to the site's characters)
MARK_MATH_TOKENS = """() => {
  const seen = new Set();
  for (const t of document.querySelectorAll("article math :is(mi, mn, mo, mtext, ms)")) {
    const text = t.tagName + ":" + t.textContent;
    if (!seen.has(text)) { seen.add(text); t.setAttribute("data-font-probe", ""); }
  }
  const bare = [...document.querySelectorAll("article :is(msqrt, mroot)")].filter((root) => {
    const inner = [...root.children].reduce((w, c) => w + c.getBoundingClientRect().width, 0);
    return root.getBoundingClientRect().width - inner < 0.3 * parseFloat(getComputedStyle(root).fontSize);
  });
  return {tokens: seen.size, bareRoots: bare.map((root) => root.textContent)};
}"""


def glyphs_not_in_math_font(p) -> list[str]:
    """Math drawn without the site's math font: tokens with a glyph from another font (Hangul in
    \\text{} is drawn with the page's font) and roots without their radical sign."""
    marked = p.evaluate(MARK_MATH_TOKENS)
    assert marked["tokens"] > 50
    strays = [f"a root without its radical sign: {text}" for text in marked["bareRoots"]]
    cdp = p.context.new_cdp_session(p)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    for node in cdp.send("DOM.querySelectorAll", {"nodeId": root, "selector": "[data-font-probe]"})["nodeIds"]:
        fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
        other = sum(f["glyphCount"] for f in fonts if f["familyName"] != "STIX Two Math")
        if other > len(HANGUL.findall(text := cdp.send("DOM.getOuterHTML", {"nodeId": node})["outerHTML"])):
            strays.append(f"{text} ({', '.join(f['familyName'] for f in fonts)})")
    cdp.detach()
    return strays


@pytest.mark.reuse("built_page")  # the figures it shows are drawn by code the page shows
@pytest.mark.parametrize("page", ["docs/course.ko.md", "docs/course.en.md"])
def test_whole_course_prints(visit, page, tmp_path):
    """The whole-course page holds every topic, each starting a printed page, with math and diagrams drawn."""
    v = visit(page)
    p = v.page
    assert wait_for_diagrams(p) > 10
    p.emulate_media(media="print")
    topics = p.locator("article h2.course-topic")
    assert topics.count() >= 1
    assert topics.first.evaluate("h => getComputedStyle(h).breakBefore") == "page"
    assert p.locator("article math").count() > 10
    strays = glyphs_not_in_math_font(p)
    assert not strays, f"{page}: math drawn with another font than the site's STIX Two Math: {strays}"
    pdf = tmp_path / "course.pdf"
    # The first ten sheets: the whole course is some 270 and takes Chromium three minutes in Korean.
    p.pdf(path=str(pdf), page_ranges="1-10")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page\b", data)) == 10
    assert not v.errors, v.errors


# Pages with wide tables and display math, at a phone's width: what scrolls sideways is reachable by
# keyboard (docs/assets/javascripts/a11y.js gives such a region tabindex="0").
PHONE_PAGES = ["docs/activation-functions/index.ko.md", "docs/loss-functions/index.en.md", "docs/attention/index.ko.md"]


@pytest.mark.parametrize("page", PHONE_PAGES)
def test_sideways_scrolling_is_reachable_by_keyboard_on_a_phone(visit, page):
    v = visit(page)
    p = v.page
    p.set_viewport_size({"width": 390, "height": 844})
    p.wait_for_timeout(300)  # the resize handler runs in the next animation frame
    scrolling = p.evaluate(
        "[...document.querySelectorAll("
        "'.md-typeset div.arithmatex, .md-typeset__scrollwrap, .md-typeset .mermaid-svg')]"
        ".filter(e => e.scrollWidth > e.clientWidth + 1).length"
    )
    assert scrolling > 0, f"{page}: nothing scrolls sideways at 390 px; pick a page that has wide content"
    p.add_script_tag(path=str(AXE))
    found = p.evaluate(
        """async () => (await axe.run(document, {runOnly: ['scrollable-region-focusable']})).violations
        .map(v => v.nodes.map(n => n.target.join(' ')).join(', '))"""
    )
    assert not found, f"{page}: regions that scroll sideways without keyboard access at 390 px: {found}"


# hooks/page_assets.py wraps each table in Material's scrolling box at build time and gives it a
# class, so that Material's script leaves it alone; tables.css carries Material's rules over.
TABLE_STYLE = """([table, clone]) => {
  const pairs = [[table, clone]];
  for (const tag of ["tr", "th", "td", "td a"]) {
    const mine = table.querySelector(tag), theirs = clone.querySelector(tag);
    if (mine) pairs.push([mine, theirs]);
  }
  const differ = [];
  for (const [mine, theirs] of pairs) {
    const a = getComputedStyle(mine), b = getComputedStyle(theirs);
    for (const name of a) if (a.getPropertyValue(name) !== b.getPropertyValue(name))
      differ.push(`${mine.localName} ${name}: ${a.getPropertyValue(name)} vs ${b.getPropertyValue(name)}`);
  }
  return differ;
}"""


@pytest.mark.parametrize("page", ["docs/glossary.ko.md", "docs/glossary.en.md"])
@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_tables_are_wrapped_at_build_time_as_material_draws_them(visit, built_site, page, scheme):
    """Each table arrives wrapped once, and looks exactly like a plain table that Material wraps
    (computed style of the table and its cells against a class-less copy in the same box); Material's
    script still wraps exactly `table:not([class])` in those two boxes (fails on an upgrade that
    changes either)."""
    bundle = next((built_site / "assets/javascripts").glob("bundle.*.min.js")).read_text(encoding="utf-8")
    for needle in ('"table:not([class])"', "md-typeset__scrollwrap", "md-typeset__table"):
        assert needle in bundle, f"Material's script no longer has {needle}: see hooks/page_assets.py"
    v = visit(page)
    p = v.page
    p.evaluate("s => document.body.setAttribute('data-md-color-scheme', s)", scheme)
    wait_for_colours(p)  # compare the colours once they have arrived
    shape = p.evaluate(
        """() => [...document.querySelectorAll("article table")].map(t =>
        [t.className, t.parentElement.className, t.parentElement.parentElement.className,
         t.closest(".md-typeset__table").parentElement.closest(".md-typeset__table") === null])"""
    )
    assert shape and all(s == ["kb-table", "md-typeset__table", "md-typeset__scrollwrap", True] for s in shape), shape
    table = p.locator("article table.kb-table").first
    clone = table.evaluate_handle(
        """t => { const box = t.closest(".md-typeset__scrollwrap").cloneNode(true);
        box.querySelector("table").removeAttribute("class");
        t.closest(".md-typeset__scrollwrap").after(box); return box.querySelector("table"); }"""
    )
    differ = p.evaluate(TABLE_STYLE, [table.element_handle(), clone])
    assert not differ, f"{page} ({scheme}): a build-time table looks unlike Material's: {differ[:8]}"


# Every change of the body's `data-md-color-switching` mark, from before the page's own scripts run.
WATCH_SWITCHING = """window.marks = [];
new MutationObserver(records => records.forEach(r => window.marks.push(
  r.target.hasAttribute(r.attributeName) ? "set" : "removed")))
  .observe(document, {attributes: true, subtree: true, attributeFilter: ["data-md-color-switching"]});"""


def color_scheme_tags(p) -> list[str]:
    return p.evaluate("[...document.querySelectorAll('meta[name=color-scheme]')].map(m => m.content)")


@pytest.mark.parametrize("system", ["light", "dark"])
def test_palette_restyles_only_when_it_changes(visit, system):
    """overrides/main.html: Material's palette sets its switching mark (which restyles the whole page)
    only when a colour changes. A first visit in the light scheme changes nothing: no mark. A first
    visit with the system in dark mode switches the page to dark, and the reader's toggle switches it
    back: each time the mark is set and taken off. The page keeps one `<meta name="color-scheme">`,
    which follows the palette. Fails if Material marks the switch or writes the tag another way."""
    v = visit(LONG_PAGE, color_scheme=system, init_script=WATCH_SWITCHING)
    p = v.page
    p.wait_for_timeout(200)  # Material takes the mark off in a later task
    scheme = p.evaluate("document.body.dataset.mdColorScheme")
    marks = p.evaluate("window.marks")
    if system == "light":
        assert (scheme, marks) == ("default", []), (scheme, marks)
    else:
        assert (scheme, marks) == ("slate", ["set", "removed"]), (scheme, marks)
    assert color_scheme_tags(p) == ["light" if system == "light" else "dark"]
    p.locator("form[data-md-component=palette] label:not([hidden])").click()
    p.wait_for_timeout(200)
    switched = "default" if system == "dark" else "slate"
    assert p.evaluate("document.body.dataset.mdColorScheme") == switched
    assert color_scheme_tags(p) == ["dark" if system == "light" else "light"]
    assert p.evaluate("window.marks").count("set") == marks.count("set") + 1, p.evaluate("window.marks")
    assert p.evaluate("document.body.hasAttribute('data-md-color-switching')") is False
    assert not v.errors, v.errors
