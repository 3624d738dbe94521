"""Notebook pages (mkdocs-jupyter) under the i18n plugin (mkdocs-static-i18n).

Upstream issue mkdocs-static-i18n#198: the i18n plugin rebuilds the file list
for each language after mkdocs-jupyter has marked `.ipynb` files as pages, so
`page.ko.ipynb` comes out as a plain file and is copied raw, without a warning.
This hook runs after the i18n plugin and turns each notebook back into a page:
destination `<name>/index.html` in the language's folder, with its twin in the
other language as the language switcher's target.

The i18n plugin's sitemap lists the documentation pages it saw, which did not
include the notebooks; the hook adds each notebook page to that list, so that the
sitemap names it with its hreflang alternates.

The per-language rebuild also resets mkdocs-jupyter's list of cache entries in
use, so each language's build would evict the other's executed notebook; the
hook keeps the entries of every language in use until the whole build is done.
Under `mkdocs serve --dirty` (`make serve`) a save rebuilds only the saved page,
so nothing is evicted at all: a notebook page that was not rebuilt still needs its entry.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

_cache_in_use: set = set()
_serving_dirty = False


def on_startup(command: str, dirty: bool) -> None:
    global _serving_dirty
    _serving_dirty = command == "serve" and dirty


class NotebookPage(File):
    """A `.ipynb` file that is a documentation page."""

    def is_documentation_page(self) -> bool:
        return True


def _languages(config) -> tuple[str, list[tuple[str, bool]]]:
    i18n = config.plugins["i18n"]
    return i18n.current_language, [(lang.locale, bool(lang.default)) for lang in i18n.config.languages]


def _page_file(config, src_uri: str, locale: str, default: bool) -> NotebookPage:
    path = PurePosixPath(src_uri)
    stem = path.name.split(".")[0]  # softmax-notebook.ko.ipynb -> softmax-notebook
    dest = path.parent / stem / "index.html"
    if not default:
        dest = PurePosixPath(locale) / dest
    page = NotebookPage(src_uri, config.docs_dir, config.site_dir, config.use_directory_urls, dest_uri=dest.as_posix())
    page.locale = page.localization = page.locale_alternate_of = locale
    page.norm_src_uri = src_uri.replace(f".{locale}.ipynb", ".ipynb")
    return page


@event_priority(-200)  # after mkdocs-jupyter (0) and the i18n plugin (-100)
def on_files(files, config):
    current, languages = _languages(config)
    for file in list(files):
        if not file.src_uri.endswith(".ipynb") or file.is_documentation_page():
            continue
        suffix = f".{current}.ipynb"
        if not file.src_uri.endswith(suffix):
            continue
        base = file.src_uri[: -len(suffix)]
        twins = {}
        for locale, default in languages:
            twins[locale] = _page_file(config, f"{base}.{locale}.ipynb", locale, default)
        page = twins[current]
        page.alternates = twins
        for twin in twins.values():
            twin.alternates = twins
        files.remove(file)
        files.append(page)
        i18n = config.plugins["i18n"]
        listed = i18n.i18n_files_per_language.setdefault(current, [])
        listed[:] = [f for f in listed if f.src_uri != page.src_uri] + [page]
    return files


def _jupyter(config):
    return config.plugins.get("mkdocs-jupyter")


@event_priority(-200)  # after mkdocs-jupyter has registered the page's cache entry
def on_pre_page(page, config, files):
    jupyter = _jupyter(config)
    if jupyter is not None:
        _cache_in_use.update(getattr(jupyter, "_used_cache_paths", ()))
    return page


@event_priority(100)  # before mkdocs-jupyter evicts cache entries it thinks unused
def on_post_build(config):
    jupyter = _jupyter(config)
    if jupyter is None or not hasattr(jupyter, "_used_cache_paths"):
        return
    current, languages = _languages(config)
    build_order = [lang for lang, default in languages if default] + [
        lang for lang, default in languages if not default
    ]
    if current != build_order[-1] or _serving_dirty:
        # More languages are still to be built, or only the saved pages were: evict nothing.
        jupyter._used_cache_paths |= set(Path(jupyter.config["cache_dir"]).glob("*.json"))
    else:
        jupyter._used_cache_paths |= _cache_in_use
        _cache_in_use.clear()
