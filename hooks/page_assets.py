"""Small fixes to what each built page asks the browser for.

1. Mermaid's ESM build is a set of `.mjs` modules; browsers refuse a module
   served without a JavaScript MIME type, and `mkdocs serve` guesses types with
   `mimetypes`. (The heavy scripts are added only to pages that use them, in
   overrides/main.html.)
2. Material writes a `<link rel="alternate" hreflang>` into the head for each language
   and its JavaScript fetches `sitemap.xml` relative to each one on every page view, to
   redirect language links; from file:// (the offline archive) those fetches fail. The
   language menu already leads to the twin page (overrides/partials/alternate.html) and
   the sitemaps list each page's alternates for search engines, so the head links go.
3. Notebook pages carry nbconvert's Mermaid loader, which imports Mermaid (and
   its ELK layouts) from cdnjs when a notebook has a Mermaid cell. It is pointed
   at the vendored Mermaid build instead, and the ELK layouts (not vendored)
   are switched off, so no page can reach another host.
4. Notebook pages also carry nbconvert's MathJax loader (an empty
   `<script src="">` and a config block that does nothing, since math is typeset
   at build time): removed. nbconvert's heading ids are ASCII-only, so Korean
   headings get `id=""` while the page's table of contents links to the ids
   Python-Markdown gave them: the headings take the TOC's ids, in order. Code
   cells scroll sideways, so they get `tabindex="0"` to be reachable by keyboard.
5. Material's search box is a `role="dialog"` without a name; it gets one in
   the page's language (axe-core: aria-dialog-name).
6. Lighter code markup: Pygments wraps every name (`<span class="n">`), every run of spaces
   (`w`), every operator (`o`) and every bracket, comma or colon (`p`) of a code block in a span.
   Material draws names in the colour of the code around them (`--md-code-hl-name-color` is
   `--md-code-fg-color`), and so does this site for operators and punctuation (site.css; Material
   draws them a little lighter): those spans are unwrapped, more than half of a code block's
   elements (/en/activation-functions/: 7,700 -> 5,300 in all; tests/test_site_build.py).
7. Figures below the first screen are fetched when the reader scrolls near them
   (`loading="lazy"`), not with the page.
8. Tables come wrapped in Material's scrolling box. Material's JavaScript wraps every
   `table:not([class])` as the page starts, which makes the browser lay the table out a second
   time (/en/glossary/, 258 rows: Lighthouse's Total Blocking Time 0.8-1.0 s -> under 0.1 s).
   Here the wrapping is done at build time and the table gets a class, so the script leaves it
   alone; `tables.css` is Material's own rules for `table:not([class])`, read from its installed
   stylesheet, for that class. (Leans on Material's markup and selector: guarded by
   tests/test_browser.py::test_tables_are_wrapped_at_build_time_as_material_draws_them.)
"""

import mimetypes
import re
from functools import cache
from pathlib import Path

import material
import tinycss2
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

mimetypes.add_type("text/javascript", ".mjs")

NBCONVERT_MERMAID = re.compile(r'import\("https://cdnjs\.cloudflare\.com/ajax/libs/mermaid/[^"]+"\)')
NBCONVERT_ELK = re.compile(r'const elkUrl = "https://cdnjs\.cloudflare\.com/[^"]+";')
VENDORED_MERMAID = "assets/vendor/mermaid/mermaid.esm.min.mjs"
NBCONVERT_MATHJAX = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.S)
HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')  # Material's base.html
CODE_BLOCK = re.compile(r'(<div class="language-[^"]*highlight">)(.*?)(</code></pre></div>)', re.S)
PLAIN_TOKEN = re.compile(r'<span class="[nwop]">([^<]*)</span>')  # drawn in the code's colour
ARTICLE_IMAGE = re.compile(r'<img (?![^>]*\bloading=)(?=[^>]*\bsrc="(?!data:))')
TABLE = re.compile(r"<table>(.*?)</table>", re.S)  # Python-Markdown's tables, no attributes
TABLE_CLASS = "kb-table"
TABLE_CSS = "assets/stylesheets/tables.css"
MATERIAL_TABLE = "table:not([class])"
NOTEBOOK_HEADING = re.compile(r'(<h[1-6] id=")[^"]*(">.*?<a class="anchor-link" href="#)[^"]*(")', re.S)


def _wrapped_table(match: re.Match) -> str:
    return (
        '<div class="md-typeset__scrollwrap"><div class="md-typeset__table">'
        f'<table class="{TABLE_CLASS}">{match[1]}</table></div></div>'
    )


@cache  # parsed once per process: `mkdocs serve` rebuilds reuse it (80 ms each)
def table_css(material_css: str) -> str:
    """Material's rules for `table:not([class])` (inside @media blocks too), for `table.kb-table`."""

    def rules(nodes) -> list[str]:
        kept = []
        for node in nodes:
            if node.type == "qualified-rule" and MATERIAL_TABLE in tinycss2.serialize(node.prelude):
                kept.append(tinycss2.serialize([node]).replace(MATERIAL_TABLE, f"table.{TABLE_CLASS}"))
            elif node.type == "at-rule" and node.at_keyword == "media" and node.content:
                inner = rules(tinycss2.parse_rule_list(node.content, skip_comments=True, skip_whitespace=True))
                if inner:
                    kept.append(f"@media{tinycss2.serialize(node.prelude)}{{{''.join(inner)}}}")
        return kept

    css = rules(tinycss2.parse_stylesheet(material_css, skip_comments=True, skip_whitespace=True))
    if not css:
        raise ValueError(f"Material's stylesheet has no rule for {MATERIAL_TABLE}: see hooks/page_assets.py")
    return "\n".join(css) + "\n"


def on_files(files, config):
    stylesheets = Path(material.__file__).parent / "templates/assets/stylesheets"
    (main,) = stylesheets.glob("main.*.min.css")
    files.append(File.generated(config, TABLE_CSS, content=table_css(main.read_text(encoding="utf-8"))))
    return files


def _toc_ids(items) -> list[str]:
    return [i for item in items for i in [item.id, *_toc_ids(item.children)]]


def _notebook_fixes(output: str, page) -> str:
    output = NBCONVERT_MATHJAX.sub("", output)
    output = output.replace(
        '<div class="highlight-ipynb hl-python">', '<div class="highlight-ipynb hl-python" tabindex="0">'
    )
    ids = iter(_toc_ids(page.toc))
    count = len(NOTEBOOK_HEADING.findall(output))
    if count and count == len(_toc_ids(page.toc)):
        output = NOTEBOOK_HEADING.sub(lambda m: (lambda i: f"{m[1]}{i}{m[2]}{i}{m[3]}")(next(ids)), output)
    return output


def on_post_page(output: str, page, config) -> str:
    head, sep, body = output.partition("</head>")
    output = HEAD_ALTERNATE.sub("", head) + sep + body
    label = "검색" if config.theme["language"] == "ko" else "Search"
    output = output.replace(
        'class="md-search" data-md-component="search" role="dialog"',
        f'class="md-search" data-md-component="search" role="dialog" aria-label="{label}"',
        1,
    )
    head, sep, body = output.partition('<article class="md-content__inner')
    body = CODE_BLOCK.sub(lambda m: m[1] + PLAIN_TOKEN.sub(r"\1", m[2]) + m[3], body)
    body = TABLE.sub(_wrapped_table, body)
    output = head + sep + ARTICLE_IMAGE.sub('<img loading="lazy" ', body)
    if 'class="jupyter-wrapper"' in output:
        output = _notebook_fixes(output, page)
    if "cdnjs.cloudflare.com" in output:
        local = get_relative_url(VENDORED_MERMAID, page.url)
        local = local if local.startswith((".", "/")) else "./" + local
        output = NBCONVERT_MERMAID.sub(f'import("{local}")', output)
        output = NBCONVERT_ELK.sub('const elkUrl = "";', output)
    return output
