"""The build's in-process caches (hooks/highlight_cache.py, hooks/template_cache.py) change no output,
and the math font it cuts is the same bytes in every build.

A page's Markdown is converted as mkdocs.yml configures it, once with Pygments as pymdownx calls it and
once through the memoized lexing, including a second conversion that is served from the memo (as the
English twin and the whole-course page are): the HTML must be the same byte for byte.
"""

from __future__ import annotations

import os
from pathlib import Path

import markdown
import material
import pygments
import pymdownx.highlight
import yaml
from jinja2 import Environment, FileSystemBytecodeCache

import hooks.highlight_cache as highlight_cache
from dlkb.blocks import ROOT
from hooks.template_cache import CACHE as TEMPLATE_CACHE

PAGES = ["docs/optimizers/index.ko.md", "docs/optimizers/index.en.md", "docs/vector-db/index.ko.md"]


class _Loader(yaml.SafeLoader):
    """mkdocs.yml as data: its !!python and !ENV tags become None (only the highlighting options are used)."""


_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)


def _converter() -> markdown.Markdown:
    extensions = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)["markdown_extensions"]
    configs = {}
    for item in extensions:
        name, options = next(iter(item.items())) if isinstance(item, dict) else (item, None)
        if name.startswith("pymdownx.highlight"):
            configs[name] = options
    return markdown.Markdown(
        extensions=["attr_list", "pymdownx.highlight", "pymdownx.superfences"], extension_configs=configs
    )


def _html(text: str) -> str:
    return _converter().convert(text)


def test_memoized_lexing_writes_the_same_html(monkeypatch):
    texts = [(ROOT / page).read_text(encoding="utf-8") for page in PAGES]
    monkeypatch.setattr(pymdownx.highlight, "highlight", pygments.highlight)
    plain = [_html(text) for text in texts]
    assert all("language-python highlight" in html and "__span-" in html for html in plain)  # listings were highlighted

    highlight_cache._tokens.cache_clear()
    monkeypatch.setattr(pymdownx.highlight, "highlight", highlight_cache.highlight)
    first = [_html(text) for text in texts]
    misses = highlight_cache._tokens.cache_info().misses
    again = [_html(text) for text in texts]
    info = highlight_cache._tokens.cache_info()
    assert first == plain and again == plain
    assert misses > 10 and info.misses == misses and info.hits >= misses  # the second pass lexed nothing


def test_the_hook_puts_the_memo_in_place():
    original = pymdownx.highlight.highlight
    try:
        highlight_cache.on_config({})
        assert pymdownx.highlight.highlight is highlight_cache.highlight
    finally:
        pymdownx.highlight.highlight = original


def test_compiled_templates_are_kept_between_builds(built_site):
    """The build left the compiled code of this site's template and of Material's base template, for their
    current source (Jinja checks the source's checksum when it loads the code)."""
    cache = FileSystemBytecodeCache(str(TEMPLATE_CACHE))
    templates = [ROOT / "overrides" / "main.html", Path(material.__file__).parent / "templates" / "base.html"]
    for path in templates:
        bucket = cache.get_bucket(Environment(), path.name, os.path.normpath(path), path.read_text(encoding="utf-8"))
        assert bucket.code is not None, f"the build did not keep the compiled {path} in {TEMPLATE_CACHE}"


def test_the_math_font_is_the_same_bytes_in_every_build():
    """The cut math font is a shared asset every page's reused results are keyed on: two builds a
    few seconds apart write the same bytes (fontTools writes the time of saving unless told not to)."""
    import time

    from hooks.math_typeset import font

    first = font.__wrapped__("x+y=z")
    time.sleep(1.1)  # the font's timestamp counts seconds
    assert font.__wrapped__("x+y=z") == first
