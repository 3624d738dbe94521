"""Each language is its own MkDocs build; this hook makes a page's source its plain name there.

mkdocs.yml builds the Korean site at `/`, mkdocs.en.yml (which inherits it) the
English site at `/en/`. Both read the same `docs/`, where every page is written
twice, side by side (`x.ko.md`, `x.en.md`). In each build the page of its
language is the page `x.md` and the other language's file is left out, so links
between pages, the navigation and the URLs are the same in both languages
(dlkb/pages.py). Only MkDocs' public API is used: `on_files` replaces the files,
`on_config` sets the English site's address and the roots the sitemap's
alternates use (overrides/sitemap.xml),  and `on_nav` puts the section titles
in the page's language (`extra.nav_titles`).
"""

from __future__ import annotations

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from dlkb.pages import DEFAULT, LANGUAGES, language_of, neutral


def on_config(config):
    lang = config.theme["language"]
    base = (config.site_url or "/").rstrip("/") + "/"
    if lang != DEFAULT:
        base = base.removesuffix(f"{lang}/")
        config.site_url = f"{base}{lang}/"  # SITE_URL names the site; each other language lives below it
    # each language's root, for the sitemap's alternates (overrides/sitemap.xml)
    config.extra["language_roots"] = {x: base if x == DEFAULT else f"{base}{x}/" for x in LANGUAGES}
    return config


@event_priority(100)  # before mkdocs-jupyter (0) wraps notebook pages and before every other hook
def on_files(files: Files, config) -> Files:
    lang = config.theme["language"]
    kept = []
    for file in files:
        written_in = language_of(file.src_uri)
        if written_in is None:
            kept.append(file)
        elif written_in == lang:
            page = File(neutral(file.src_uri), config.docs_dir, config.site_dir, config.use_directory_urls)
            page.abs_src_path = file.abs_src_path  # the page is read from its language's file
            kept.append(page)
    return Files(kept)


def on_nav(nav, config, files):
    titles = config.extra.get("nav_titles") or {}

    def rename(items):
        for item in items:
            if item.is_section:
                item.title = titles.get(item.title, item.title)
                rename(item.children)

    rename(nav.items)
    return nav
