"""A 404 page per language: `/404.html` in Korean, `/en/404.html` in English.

mkdocs-static-i18n builds each language into the same `site_dir`, so every
language's build writes the theme's static `404.html` to the site root, and the
last build (English) wins: the default-language 404 page came out in English
with English navigation. The Korean build runs first; its 404 page is kept for
the root, and each other language's goes into its own folder.
"""

from pathlib import Path

_default_404: dict[str, str] = {}


def on_post_template(output: str, template_name: str, config) -> str:
    if template_name != "404.html":
        return output
    language = config.theme["language"]
    default = next(lang["locale"] for lang in _i18n(config).config["languages"] if lang["default"])
    if language == default or config.site_dir not in _default_404:
        _default_404[config.site_dir] = output
        return output
    target = Path(config.site_dir) / language / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output, encoding="utf-8")
    return _default_404[config.site_dir]


def _i18n(config):
    return config.plugins["i18n"]
