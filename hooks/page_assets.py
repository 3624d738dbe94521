"""Small fixes to what each built page asks the browser for.

1. Mermaid's ESM build is a set of `.mjs` modules; browsers refuse a module
   served without a JavaScript MIME type, and `mkdocs serve` guesses types with
   `mimetypes`. (The heavy scripts are added only to pages that use them, in
   overrides/main.html.)
2. Material's JavaScript fetches `sitemap.xml` relative to every
   `<link rel="alternate" hreflang>` in the page head, expecting language roots.
   The i18n plugin points those links at the page's twin (so that the language
   switcher keeps the page), which makes the browser request
   `<page>/sitemap.xml`: a 404 on every page. The switcher's own links (in the
   header) already lead to the twin, so the head links are dropped; the sitemap
   written by the i18n plugin lists each page's alternates for search engines.
"""

import mimetypes
import re

mimetypes.add_type("text/javascript", ".mjs")

HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


def on_post_page(output: str, page, config) -> str:
    head, sep, body = output.partition("</head>")
    return HEAD_ALTERNATE.sub("", head) + sep + body
