"""What the search index holds: the prose, not the code listings.

Every page loads Material's search index, so its size is paid on every page view.
Code listings made up a quarter of it, and each was in it twice (the Korean and the
English page show the same code); Mermaid sources added the diagrams' raw syntax.
So Material's search plugin reads each page without its `<pre>` blocks (code
blocks, notebook cells, Mermaid sources), the output boxes under the blocks
(hooks/code_outputs.py) and the table of the notes' lines (hooks/notes_judged.py): the
page's HTML is put aside just before the plugin reads it (`on_page_context`, priority 0),
the plugin gets the same HTML with every `<pre>…</pre>` emptied, and the page gets its own
HTML back right after.
Inline code in the prose (`from_logits`, `tf.GradientTape`) stays searchable.
Left out too: the run badge under a topic's title (hooks/run_report.py) and the notice of a
stale translation (hooks/translation_notice.py), the same words on every page, which Material
showed as the first lines of a result. A formula is searched as its TeX (this event comes
before hooks/math_typeset.py), without arithmatex's `\\( \\)` and `\\[ \\]` around it, so that a
result reads `z = Wx + b`, not `\\(z = Wx + b\\)`.

Notebook pages (mkdocs-jupyter) are read the same way, without their code cells: the
copy-button text that repeats each cell's code, the In [n]: prompts and the outputs.
Their Markdown headings get the ids of the page's table of contents (nbconvert leaves a
Hangul heading's id empty, and page_assets.py sets the same ids in the final page), so
each section of a notebook page is its own search entry, found at its own anchor.

(Until 2026-12 every `<pre>` carried Material's documented `data-search-exclude`
marker instead. The index is the same, but the plugin parsed each listing's
highlighting markup to leave it out: a third of the build was the plugin's HTML
parser, half of that inside listings.)
"""

import re

from mkdocs.plugins import event_priority

PRE = re.compile(r"(<pre(?=[\s>])[^>]*>).*?(</pre>)", re.S)
OUTPUT = re.compile(r'<details class="output"[^>]*>.*?</details>', re.S)  # under a block: what it printed
# the notes' lines in the judged table (hooks/notes_judged.py): a search for a claim leads to the
# topic page's fact check that quotes it, not to this table
NOTES_TABLE = re.compile(r'<div class="notes-judged">.*?</table>\s*</div>', re.S)
FURNITURE = re.compile(
    r'<p class="run-badge">.*?</p>|<div class="admonition warning translation-notice">.*?</div>', re.S
)
MATH = re.compile(r'(<(span|div) class="arithmatex">)\\[(\[](.*?)\\[)\]](</\2>)', re.S)
NOTEBOOK = 'class="jp-Notebook'
NOTEBOOK_CODE = re.compile(
    r'<div class="clipboard-copy-txt"[^>]*>.*?</div>'  # the code again, for the copy button
    r"|<clipboard-copy\b.*?</clipboard-copy>"  # the copy button and its "Copied!"
    r'|<div class="jp-(?:Input|Output)Prompt[^"]*"[^>]*>.*?</div>'  # In [1]:
    r'|<div class="jp-RenderedText[^"]*"[^>]*>.*?</div>'  # a cell's printed output
    r'|<a class="anchor-link"[^>]*>.*?</a>',  # the heading's ¶
    re.S,
)
NOTEBOOK_HEADING = re.compile(r'(<h[1-6]) id="[^"]*"')
_put_aside: dict[int, str] = {}  # id(page) -> its HTML while the search plugin reads the page without listings


@event_priority(-200)  # after every hook that writes page HTML
def on_page_content(html, page, config, files):
    _put_aside[id(page)] = html
    searched = PRE.sub(r"\1\2", NOTES_TABLE.sub("", OUTPUT.sub("", FURNITURE.sub("", html))))
    searched = MATH.sub(r"\1\3\4", searched)
    if NOTEBOOK in searched:
        searched = _notebook(searched, page)
    return searched


def _toc_ids(items) -> list[str]:
    return [i for item in items for i in [item.id, *_toc_ids(item.children)]]


def _notebook(html: str, page) -> str:
    """A notebook page as the search reads it: its Markdown cells, each heading with its id."""
    html = NOTEBOOK_CODE.sub("", html)
    # from the title on: what comes before it (nbconvert's wrappers, scripts and styles) would
    # become a search entry of its own, and the title a second one
    start = html.find("<h1")
    html = html[start:] if start >= 0 else html
    ids = _toc_ids(page.toc)
    if len(NOTEBOOK_HEADING.findall(html)) == len(ids):
        it = iter(ids)
        html = NOTEBOOK_HEADING.sub(lambda m: f'{m[1]} id="{next(it)}"', html)
    return html


@event_priority(-10)  # right after Material's search plugin (0) has indexed the page
def on_page_context(context, page, config, nav):
    html = _put_aside.pop(id(page), None)
    if html is not None:
        page.content = html
    return context
