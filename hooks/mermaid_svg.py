"""Draw the Mermaid diagrams at build time, so pages carry SVG and no Mermaid JavaScript.

Drawn in the reader's browser, a diagram cost every page that has one about 0.9 MB of
Mermaid modules, and the whole-course page (20 diagrams) took about 30 s of a slow
CPU before the last one appeared; printing before that printed Mermaid source.

After each page is rendered, every ```mermaid fence (superfences' `<pre class="mermaid">`)
is drawn by the vendored Mermaid in Debian's chromium (Playwright, the browser the
tests use) and replaced by the SVG, inside `<div class="mermaid-svg">`. The search
index is unaffected (it reads the page before this event; hooks/search_scope.py keeps
diagram sources out of it). Labels are SVG text (`htmlLabels: false`), so a reader's
font that runs wider than the build machine's widens the text, never clips it.
Colours come from Material's `--md-mermaid-*` variables (THEME_CSS), so the diagrams
follow the light and dark palettes as Material's own drawing does.

Drawings are cached in .cache/mermaid, keyed on the diagram's source, the Mermaid
build and this file; the browser starts only when a diagram is new. A diagram that
Mermaid cannot parse fails the build, naming the page and Mermaid's message
(tests/test_diagrams.py reports the same before any build, with the line).
"""

from __future__ import annotations

import hashlib
import html
import math
import re
import shutil
from pathlib import Path

from mkdocs.exceptions import PluginError

from dlkb.pages import source

ROOT = Path(__file__).resolve().parent.parent
MERMAID_JS = ROOT / "docs/assets/vendor/mermaid/mermaid.min.js"
CACHE = ROOT / ".cache" / "mermaid"
CHROMIUM = "/usr/bin/chromium"
FENCE = re.compile(r'<pre class="mermaid"><code>(.*?)</code></pre>', re.S)
# Mermaid 11 keeps each edge's points as base64 JSON (`data-points`) for its own scripts; a static
# drawing has no use for them, and they read as high-entropy strings to the secrets scan.
EDGE_POINTS = re.compile(r' data-points="[^"]*"')
# Material's text font when `font: false` (its --md-text-font-family fallback)
FONT = "-apple-system, BlinkMacSystemFont, Helvetica, Arial, sans-serif"
THEME_CSS = """
.node rect, .node circle, .node ellipse, .node polygon, .node path {
  fill: var(--md-mermaid-node-bg-color); stroke: var(--md-mermaid-node-fg-color); }
.nodeLabel, .label, .label text, .node text, .cluster-label text {
  fill: var(--md-mermaid-label-fg-color); color: var(--md-mermaid-label-fg-color);
  font-family: var(--md-mermaid-font-family); }
.edgePath .path, .flowchart-link { stroke: var(--md-mermaid-edge-color); }
marker, .marker, .arrowheadPath { fill: var(--md-mermaid-edge-color) !important;
  stroke: var(--md-mermaid-edge-color) !important; }
.edgeLabel, .edgeLabel text, .edgeLabel tspan { fill: var(--md-mermaid-edge-color);
  color: var(--md-mermaid-edge-color); }
.edgeLabel rect, .labelBkg, .edgeLabel .label rect { fill: var(--md-mermaid-label-bg-color);
  background-color: var(--md-mermaid-label-bg-color); opacity: 1; }
.cluster rect { fill: var(--md-default-fg-color--lightest); stroke: var(--md-default-fg-color--lighter); }
"""
CONFIG = {
    "startOnLoad": False,
    "securityLevel": "strict",
    "theme": "default",
    "fontFamily": FONT,
    "themeCSS": THEME_CSS,
    "htmlLabels": False,
    "flowchart": {"htmlLabels": False},
}
RENDER_JS = """async ([sources, ids, config]) => {
  mermaid.initialize(config);
  const out = [];
  for (let i = 0; i < sources.length; i++) {
    try { out.push({svg: (await mermaid.render(ids[i], sources[i])).svg}); }
    catch (e) { out.push({error: String(e && e.message || e)}); }
  }
  return out;
}"""
# A wide diagram is scaled down to the column; below this size its labels are unreadable, so the
# drawing keeps a minimum width and scrolls sideways instead (tests/test_browser.py measures ≥ 11 px;
# half a pixel to spare for rounding in the browser's layout)
SMALLEST_LABEL_PX = 11.5
VIEW_WIDTH = re.compile(r'<svg[^>]* viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ')
ROOT_FONT_SIZE = re.compile(r"font-size:\s*([\d.]+)px")
_VERSION = hashlib.sha256(Path(__file__).read_bytes() + MERMAID_JS.read_bytes()).hexdigest()[:16]
_browser: dict = {}


def _key(source: str) -> str:
    return hashlib.sha256((_VERSION + source).encode()).hexdigest()[:20]


def _page():
    if "page" not in _browser:
        chromium = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
        if not chromium:
            raise PluginError(
                f"{CHROMIUM} is missing: it draws the Mermaid diagrams. "
                "`make serve`, `make build` and `make test` install it (scripts/system-deps.sh)."
            )
        from playwright.sync_api import sync_playwright

        _browser["playwright"] = sync_playwright().start()
        _browser["browser"] = _browser["playwright"].chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = _browser["browser"].new_page()
        page.set_content(
            f"<!doctype html><html><head><style>body {{ font-family: {FONT}; font-size: 16px; }}"
            "</style></head><body></body></html>"
        )
        page.add_script_tag(path=str(MERMAID_JS))
        _browser["page"] = page
    return _browser["page"]


def _min_width(svg: str) -> str:
    """The SVG with a `min-width` that keeps its smallest label at SMALLEST_LABEL_PX or more."""
    width, font = VIEW_WIDTH.search(svg), ROOT_FONT_SIZE.search(svg)
    if not (width and font):
        raise PluginError("Mermaid's SVG has no viewBox or font size: hooks/mermaid_svg.py needs updating")
    px = math.ceil(float(width[1]) * SMALLEST_LABEL_PX / float(font[1]))
    return svg.replace(' style="', f' style="min-width: {px}px; ', 1)


def draw(sources: list[str], where: str) -> list[str]:
    """The SVG of each diagram, from the cache or drawn now (id `mermaid-<key>`, renamed in the page)."""
    keys = [_key(s) for s in sources]
    new = [(k, s) for k, s in dict(zip(keys, sources)).items() if not (CACHE / f"{k}.svg").exists()]
    if new:
        results = _page().evaluate(RENDER_JS, [[s for _, s in new], [f"mermaid-{k}" for k, _ in new], CONFIG])
        for (key, source), result in zip(new, results):
            if "error" in result:
                raise PluginError(f"{where}: Mermaid cannot draw this diagram: {result['error'].strip()}\n{source}")
            CACHE.mkdir(parents=True, exist_ok=True)
            (CACHE / f"{key}.svg").write_text(EDGE_POINTS.sub("", result["svg"]), encoding="utf-8")
    return [(CACHE / f"{k}.svg").read_text(encoding="utf-8") for k in keys]


def on_post_page(output: str, page, config) -> str:
    fences = list(FENCE.finditer(output))
    if not fences:
        return output
    svgs = draw([html.unescape(m[1]) for m in fences], source(page.file, config.theme["language"]))
    parts, last = [], 0
    for number, (match, svg) in enumerate(zip(fences, svgs), 1):
        # ids numbered in the page: unique even for a diagram shown twice, and no hash in the page
        # (the SVG repeats its id in every marker's id, which the secrets scan reads as a key)
        svg = svg.replace(re.match(r'<svg[^>]* id="([^"]+)"', svg)[1], f"mermaid-diagram-{number}")
        parts += [output[last : match.start()], f'<div class="mermaid-svg">{_min_width(svg)}</div>']
        last = match.end()
    return "".join(parts) + output[last:]


def _close() -> None:
    if "browser" in _browser:
        _browser["browser"].close()
        _browser["playwright"].stop()
    _browser.clear()


def on_post_build(config) -> None:
    """Close the browser (the next build starts it again if needed)."""
    _close()


def on_build_error(error) -> None:
    _close()
