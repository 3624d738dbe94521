"""What the search index holds: the prose, not the code listings.

Every page loads Material's search index, so its size is paid on every page view.
Code listings made up a quarter of it, and each was in it twice (the Korean and the
English page show the same code); Mermaid sources added the diagrams' raw syntax.
So Material's search plugin reads each page without its `<pre>` blocks (code
blocks, notebook cells, Mermaid sources) and the output boxes under the blocks
(hooks/code_outputs.py): the page's HTML is put aside just before
the plugin reads it (`on_page_context`, priority 0), the plugin gets the same HTML
with every `<pre>…</pre>` emptied, and the page gets its own HTML back right after.
Inline code in the prose (`from_logits`, `tf.GradientTape`) stays searchable.

(Until 2026-12 every `<pre>` carried Material's documented `data-search-exclude`
marker instead. The index is the same, but the plugin parsed each listing's
highlighting markup to leave it out: a third of the build was the plugin's HTML
parser, half of that inside listings.)
"""

import re

from mkdocs.plugins import event_priority

PRE = re.compile(r"(<pre(?=[\s>])[^>]*>).*?(</pre>)", re.S)
OUTPUT = re.compile(r'<details class="output"[^>]*>.*?</details>', re.S)  # under a block: what it printed
_put_aside: dict[int, str] = {}  # id(page) -> its HTML while the search plugin reads the page without listings


@event_priority(-200)  # after every hook that writes page HTML
def on_page_content(html, page, config, files):
    _put_aside[id(page)] = html
    return PRE.sub(r"\1\2", OUTPUT.sub("", html))


@event_priority(-10)  # right after Material's search plugin (0) has indexed the page
def on_page_context(context, page, config, nav):
    html = _put_aside.pop(id(page), None)
    if html is not None:
        page.content = html
    return context
