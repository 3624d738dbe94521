"""Typeset math at build time with KaTeX, so pages need no math JavaScript.

pymdownx.arithmatex (generic mode) leaves `\\( .. \\)` and `\\[ .. \\]` inside
`<span|div class="arithmatex">`. After each page is rendered, this hook runs the
vendored `katex.min.js` in V8 (mini-racer) and replaces the TeX with KaTeX's HTML
and MathML. The search index keeps the TeX (it reads the page before this event).
Bad TeX fails the build with the page and the formula. Pages with math load only
`katex.min.css` and its fonts (see overrides/main.html).
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url
from py_mini_racer import MiniRacer

from dlkb.pages import source

KATEX_JS = Path(__file__).resolve().parent.parent / "docs/assets/vendor/katex/katex.min.js"
MATH = re.compile(r'<(span|div) class="arithmatex">(.*?)</\1>', re.S)
# Markdown cells of notebook pages (mkdocs-jupyter) keep TeX between dollars.
NOTEBOOK_MARKDOWN = re.compile(
    r'(<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown[^"]*"[^>]*>)(.*?)(</div>)', re.S
)
DOLLARS = re.compile(r"\$\$(.+?)\$\$|(?<![\\$])\$([^$\n]+?)\$", re.S)
STYLESHEET = "assets/vendor/katex/katex.min.css"
RENDER_JS = """
function renderTeX(tex, display) {
  try {
    return JSON.stringify({html: katex.renderToString(tex, {displayMode: display, throwOnError: true})});
  } catch (e) {
    return JSON.stringify({error: String(e && e.message || e)});
  }
}
"""
_context: MiniRacer | None = None
_cache: dict[tuple[str, bool], str] = {}


def _katex() -> MiniRacer:
    global _context
    if _context is None:
        _context = MiniRacer()
        _context.eval(KATEX_JS.read_text(encoding="utf-8"))
        _context.eval(RENDER_JS)
    return _context


def render(tex: str, display: bool) -> str:
    """KaTeX HTML for one formula; raises ValueError with KaTeX's message."""
    key = (tex, display)
    if key not in _cache:
        result = json.loads(_katex().call("renderTeX", tex, display))
        if "error" in result:
            raise ValueError(result["error"])
        _cache[key] = result["html"]
    return _cache[key]


def _split(body: str) -> tuple[str, bool]:
    body = html.unescape(body).strip()
    for start, end, display in (("\\(", "\\)", False), ("\\[", "\\]", True)):
        if body.startswith(start) and body.endswith(end):
            return body[len(start) : -len(end)].strip(), display
    raise ValueError(f"unexpected arithmatex output: {body[:60]!r}")


def _fail(page, config, error) -> PluginError:
    return PluginError(
        f"{source(page.file, config.theme['language'])}: cannot typeset math: {error}. "
        "Fix the LaTeX (KaTeX supports https://katex.org/docs/supported)."
    )


def _typeset_notebook_markdown(output: str, page, config) -> str:
    def cell(match: re.Match) -> str:
        start, body, end = match.groups()

        def formula(m: re.Match) -> str:
            display = m.group(1) is not None
            tex = html.unescape(m.group(1) if display else m.group(2))
            try:
                rendered = render(tex.strip(), display)
            except ValueError as error:
                raise _fail(page, config, error) from None
            return f'<{"div" if display else "span"} class="arithmatex">{rendered}</{"div" if display else "span"}>'

        return start + DOLLARS.sub(formula, body) + end

    return NOTEBOOK_MARKDOWN.sub(cell, output)


def on_post_page(output: str, page, config) -> str:
    def typeset(match: re.Match) -> str:
        tag, body = match.groups()
        try:
            tex, display = _split(body)
            rendered = render(tex, display)
        except ValueError as error:
            raise _fail(page, config, error) from None
        return f'<{tag} class="arithmatex">{rendered}</{tag}>'

    output = MATH.sub(typeset, output)
    if page.file.src_uri.endswith(".ipynb"):
        output = _typeset_notebook_markdown(output, page, config)
    if 'class="katex' in output and STYLESHEET not in output:
        href = get_relative_url(STYLESHEET, page.url)
        output = output.replace("</head>", f'<link rel="stylesheet" href="{href}">\n</head>', 1)
    return output
