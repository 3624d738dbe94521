"""One search index per language: each page loads only its own language's index.

The i18n plugin merges the entries of both languages into one
`search/search_index.json`, and Material's JavaScript fetches that file on every
page view, from its `base` (the site root). So an English reader downloaded the
Korean entries too (then about three quarters of the file), and English searches
listed Korean pages.

After the build, the merged index is split by the entries' location:
`search/search_index.json` keeps the Korean pages and `en/search/search_index.json`
gets the English ones, their locations made relative to `en/` and their lunr
language set to English alone. English pages point Material's `base` (in the
page's `__config`, which Material also uses to resolve result links) at `en/`,
so their search fetches the English file. The offline archive's inlined copies
(`search_index.js`, Material's offline plugin) are split the same way.
Material itself uses `base` only for search, the sitemap of instant navigation
(not enabled here) and version switching (not used here).
"""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path

from mkdocs.plugins import event_priority

SECOND = "en"  # the i18n plugin builds the English pages under en/
CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def split(index: dict, prefix: str = SECOND + "/") -> tuple[dict, dict]:
    """(the default language's index, the second language's index with locations relative to its root)."""
    first = [d for d in index["docs"] if not d["location"].startswith(prefix)]
    second = [
        dict(d, location=d["location"].removeprefix(prefix)) for d in index["docs"] if d["location"].startswith(prefix)
    ]
    return ({**index, "docs": first}, {**index, "config": {**index["config"], "lang": [SECOND]}, "docs": second})


def _write(path: Path, index: dict, inlined: bool) -> None:
    data = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data, encoding="utf-8")
    if inlined:
        path.with_suffix(".js").write_text(f"var __index = {data}", encoding="utf-8")


@event_priority(-160)  # after the i18n plugin (-100) merged the index and hooks/korean_search.py (-150) extended it
def on_post_build(config):
    site = Path(config.site_dir)
    merged = site / "search" / "search_index.json"
    if not merged.exists():
        return
    index = json.loads(merged.read_text(encoding="utf-8"))
    if not any(d["location"].startswith(SECOND + "/") for d in index["docs"]):
        return  # no page of the second language: nothing to split
    # (The i18n plugin's build of the second language, inside the first one's, passes here too; the
    # merged index it writes afterwards is split again when the first build's event reaches this hook.)
    first, second = split(index)
    inlined = merged.with_suffix(".js").exists()
    _write(merged, first, inlined)
    _write(site / SECOND / "search" / "search_index.json", second, inlined)


def _english_base(output: str) -> str:
    found = CONFIG.search(output)
    if not found:
        return output
    app = json.loads(found[2])
    base = app["base"]
    app["base"] = (posixpath.join(base, SECOND) if base not in ("", ".") else SECOND) + "/"
    return output[: found.start(2)] + json.dumps(app, ensure_ascii=False) + output[found.end(2) :]


def on_post_page(output: str, page, config) -> str:
    return _english_base(output) if config.theme["language"] == SECOND else output


@event_priority(50)  # before hooks/i18n_404.py moves the English 404 page to en/404.html
def on_post_template(output: str, template_name: str, config) -> str:
    if template_name == "404.html" and config.theme["language"] == SECOND:
        return _english_base(output)
    return output
