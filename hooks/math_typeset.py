"""Typeset math at build time as MathML, which browsers draw themselves: no math JavaScript.

pymdownx.arithmatex (generic mode) leaves `\\( .. \\)` and `\\[ .. \\]` inside
`<span|div class="arithmatex">`. After each page is rendered, this hook runs the vendored
Temml (`temml.min.js`, KaTeX's TeX syntax, MathML output made for Chromium, Firefox and Safari)
in V8 (mini-racer) and replaces the TeX with MathML. One `<math>` per formula: KaTeX wrote HTML
and MathML, almost four times the elements (/en/activation-functions/: 7,600 against 2,000), and
most of a long page's style and layout time on a phone (issue 19). The search index keeps the
TeX (it reads the page before this event). Bad TeX fails the build with the page and the formula.

Pages with math link Temml's stylesheet for STIX Two Math; the font is cut at the end of the
build (fontTools) from the copy of STIX Two Math that ziamath ships, down to the glyphs the
site's formulas use, with the MATH table that stretches roots, braces and big operators:
`assets/vendor/temml/STIXTwoMath.woff2`, about 50 KB. The characters seen are kept for the
whole process, so a `mkdocs serve` rebuild of one page never drops another page's glyphs.
"""

from __future__ import annotations

import html
import io
import json
import re
import unicodedata
from functools import cache
from importlib.resources import files
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url
from py_mini_racer import MiniRacer

from dlkb.pages import source

TEMML_JS = Path(__file__).resolve().parent.parent / "docs/assets/vendor/temml/temml.min.js"
MATH = re.compile(r'<(span|div) class="arithmatex">(.*?)</\1>', re.S)
# Markdown cells of notebook pages (mkdocs-jupyter) keep TeX between dollars.
NOTEBOOK_MARKDOWN = re.compile(
    r'(<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown[^"]*"[^>]*>)(.*?)(</div>)', re.S
)
DOLLARS = re.compile(r"\$\$(.+?)\$\$|(?<![\\$])\$([^$\n]+?)\$", re.S)
STYLESHEET = "assets/vendor/temml/Temml-STIX2.css"
FONT = "assets/vendor/temml/STIXTwoMath.woff2"  # the name the stylesheet asks for
FULL_FONT = files("ziamath") / "fonts" / "STIXTwoMath-Regular.ttf"
# Temml's stylesheet turns these on: script letters (\mathscr) and primes
FONT_FEATURES = ["ss01", "ss04"]
RENDER_JS = """
function renderTeX(tex, display) {
  try {
    return JSON.stringify({html: temml.renderToString(tex, {displayMode: display, throwOnError: true})});
  } catch (e) {
    return JSON.stringify({error: String(e && e.message || e)});
  }
}
"""
TAG = re.compile(r"<[^>]+>")
# a one-letter <mi> is drawn in italic: the browser maps x to U+1D465 MATHEMATICAL ITALIC SMALL X
ITALIC_LETTER = re.compile(r"<mi>([^<])</mi>")
_context: MiniRacer | None = None
_cache: dict[tuple[str, bool], str] = {}
_characters: set[str] = set()  # every character the formulas of this process draw


def _temml() -> MiniRacer:
    global _context
    if _context is None:
        _context = MiniRacer()
        _context.eval(TEMML_JS.read_text(encoding="utf-8"))
        _context.eval(RENDER_JS)
    return _context


def _italic(letter: str) -> str:
    name = unicodedata.name(letter, "")
    # LATIN SMALL LETTER X -> MATHEMATICAL ITALIC SMALL X; GREEK LUNATE EPSILON SYMBOL (\\epsilon) ->
    # MATHEMATICAL ITALIC EPSILON SYMBOL; others (digits, signs) have no italic form
    short = name.removeprefix("LATIN ").removeprefix("GREEK ").replace(" LETTER", "").replace("LUNATE ", "")
    if letter == "h":  # U+1D455 is unassigned: italic h is PLANCK CONSTANT
        return "\u210e"
    try:
        return unicodedata.lookup(f"MATHEMATICAL ITALIC {short}")
    except KeyError:
        return letter


def characters(mathml: str) -> set[str]:
    """The characters a browser draws for this MathML, with the font's italic letters and radical."""
    drawn = set(html.unescape(TAG.sub("", mathml)))
    drawn |= {_italic(letter) for letter in ITALIC_LETTER.findall(mathml)}
    if "<msqrt" in mathml or "<mroot" in mathml:
        drawn.add("\u221a")
    return drawn


def render(tex: str, display: bool) -> str:
    """MathML for one formula; raises ValueError with Temml's message."""
    key = (tex, display)
    if key not in _cache:
        result = json.loads(_temml().call("renderTeX", tex, display))
        if "error" in result:
            raise ValueError(result["error"])
        _cache[key] = result["html"]
        _characters.update(characters(result["html"]))
    return _cache[key]


@cache
def font(text: str) -> bytes:
    """STIX Two Math cut down to the glyphs of `text` (and their MATH variants), as WOFF2."""
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = FONT_FEATURES
    options.hinting = False
    options.drop_tables += ["DSIG"]
    options.name_IDs = ["*"]  # the font carries its copyright and licence (SIL OFL 1.1)
    with FULL_FONT.open("rb") as file:
        # the original's date, not the time of the build: the same glyphs give the same bytes, so a
        # build after a prose edit leaves the site's shared assets, and the test results keyed on
        # them (tests/harness/reuse.py), as they were
        ttf = TTFont(file, recalcTimestamp=False)
    cutter = subset.Subsetter(options)
    cutter.populate(text=text)
    cutter.subset(ttf)
    out = io.BytesIO()
    ttf.save(out)
    return out.getvalue()


def _split(body: str) -> tuple[str, bool]:
    body = html.unescape(body).strip()
    for start, end, display in (("\\(", "\\)", False), ("\\[", "\\]", True)):
        if body.startswith(start) and body.endswith(end):
            return body[len(start) : -len(end)].strip(), display
    raise ValueError(f"unexpected arithmatex output: {body[:60]!r}")


def _fail(page, config, error) -> PluginError:
    return PluginError(
        f"{source(page.file, config.theme['language'])}: cannot typeset math: {error}. "
        "Fix the LaTeX (Temml supports https://temml.org/docs/en/supported.html)."
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
    if "<math" in output and STYLESHEET not in output:
        href = get_relative_url(STYLESHEET, page.url)
        output = output.replace("</head>", f'<link rel="stylesheet" href="{href}">\n</head>', 1)
    return output


def on_post_build(config):
    """Write the math font the stylesheet names, cut to the characters of every formula so far."""
    if _characters:
        path = Path(config.site_dir) / FONT
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(font("".join(sorted(_characters))))
