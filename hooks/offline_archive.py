"""The offline archive (`make dist`): the whole site, opened from the file system.

`make dist` builds with OFFLINE=true. Material's offline plugin then turns off
directory URLs and inlines the search index into a script. What file:// also
needs, done here:

- the Web Worker shim Material's search uses on file:// (iframe-worker), from
  the vendored copy (the plugin would otherwise point at a CDN);
- Mermaid as a classic script (browsers refuse ES modules from file://),
  chosen in overrides/main.html through `config.extra.offline_archive`;
- the math font inlined into Temml's stylesheet as a data: URL (fonts loaded
  from file:// URLs are blocked as cross-origin; hooks/math_typeset.py writes the font).
"""

from __future__ import annotations

import base64
import os
import re
from pathlib import Path

from mkdocs.plugins import event_priority

SHIM = "assets/vendor/iframe-worker/shim.js"
FONT_URL = re.compile(r"url\('\./([^')]+\.woff2)'\)")  # Temml's stylesheet: url('./STIXTwoMath.woff2')


def enabled() -> bool:
    return os.environ.get("OFFLINE", "").lower() in {"1", "true", "yes"}


@event_priority(100)  # before Material's offline plugin looks for a Worker shim
def on_config(config):
    config.extra["offline_archive"] = enabled()
    if enabled():
        config.extra["polyfills"] = [SHIM]
    return config


def inline_fonts(css: str, folder: Path) -> str:
    def data_url(match: re.Match) -> str:
        data = base64.b64encode((folder / match[1]).read_bytes()).decode()
        return f'url(data:font/woff2;base64,{data}) format("woff2")'

    return FONT_URL.sub(data_url, css)


def on_post_build(config):
    if not enabled():
        return
    css = Path(config.site_dir) / "assets" / "vendor" / "temml" / "Temml-STIX2.css"
    if css.exists() and "data:font/woff2" not in css.read_text(encoding="utf-8"):
        css.write_text(inline_fonts(css.read_text(encoding="utf-8"), css.parent), encoding="utf-8")
