"""What the search index holds: the prose, not the code listings.

Every page loads Material's search index, so its size is paid on every page view.
Code listings made up a quarter of it, and each was in it twice (the Korean and the
English page show the same code); Mermaid sources added the diagrams' raw syntax.
Every `<pre>` (code blocks, notebook cells, Mermaid sources) gets Material's
documented `data-search-exclude` marker; its search plugin leaves such blocks out
of the index and strips the marker from the page. Inline code in the prose
(`from_logits`, `tf.GradientTape`) stays searchable.
"""

import re

from mkdocs.plugins import event_priority

PRE = re.compile(r"<pre(?=[\s>])")


@event_priority(-200)  # after every hook that writes page HTML, before the search plugin reads it
def on_page_content(html, page, config, files):
    return PRE.sub('<pre data-search-exclude="code"', html)
