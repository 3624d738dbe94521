"""`make serve` rebuilds only what a save changed (`mkdocs serve --dirty`), and search stays whole.

Under `--dirty`, MkDocs rebuilds only the pages whose own source is newer than their built file.
That alone is not enough here:

- Material's search plugin keeps the previous build's index and merges the rebuilt page into it,
  assuming one build per save. The i18n plugin runs a second build (English) inside the first
  one and gathers the entries of both, so the kept index was added once more on every save:
  822 → 1614 → 3218 → … entries (see squidfunk/mkdocs-material#7638).
- Pages here are made of more than their own source: the snippets they include, and every
  page of mkdocs.yml, hooks/, overrides/ and docs/glossary.yml (`direct()`); the whole-course
  page of every topic page (hooks/whole_course.py), the run-time report of every page's code
  (hooks/run_report.py), and an English page of its Korean twin, whose change makes the page
  say that it is behind (hooks/translations.py) (`made_of()`).

When serving dirty, this hook

1. keeps the complete search index itself. Material's plugin is told that the build is not
   dirty (its `is_dirty`, set from `on_startup`, only decides whether it keeps the previous
   index), so each build writes the entries of the pages it rebuilt and nothing else. After the
   i18n plugin has written both languages' entries, they replace those pages' entries in the
   complete index, which is written back for hooks/korean_search.py and
   hooks/search_per_language.py to finish;
2. rebuilds a page when `direct()` changed since its last build, in the same build as a saved
   page (its HTML is dated 1970, older than any source, which MkDocs takes as modified);
3. rebuilds the pages whose `made_of()` changed right after: the build of a save serves the
   saved page first, then touches a file in `.cache/serve` that the server watches
   (`server.watch`, from `on_serve`), and the next build rebuilds the whole-course page, the
   report or the English twin. The browser reloads after each of the two builds.

What a dirty build still does not redo: the navigation of pages not rebuilt (a changed page
title shows in other pages' menus after a restart), and the run badges after a test run.
`mkdocs build` and a plain `mkdocs serve` are not touched.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import re
import sys
from pathlib import Path

from mkdocs.plugins import event_priority

ROOT = Path(__file__).resolve().parent.parent
TRIGGER = ROOT / ".cache" / "serve" / "pages-made-of-the-saved-ones"
COURSE_SOURCE = re.compile(r"course\.(\w+)\.md")
FENCED = re.compile(r"^[ \t]*(`{3,}|~{3,}).*?^[ \t]*\1", re.M | re.S)
SITE_WIDE = ["mkdocs.yml", "hooks", "overrides", "docs/glossary.yml"]  # what every page is made with

_serving_dirty = False
_depth = 0  # 1 in the build of the first language, 2 in the i18n plugin's build of the second inside it
_saved = False  # whether the current build rebuilds a page because of what was saved
_seen: dict[str, tuple[tuple, tuple]] = {}  # page source -> (direct(), made_of()) at its last build
_next: set[str] = set()  # pages to rebuild in the build after this one
_index: dict[str, list[dict]] = {}  # page location -> its raw search entries, the whole site
_urls: set[str] = set()  # the pages of both languages in the current build


def _mtime(path: Path) -> float:
    if path.is_dir():
        return max(
            (p.stat().st_mtime for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts), default=0.0
        )
    return path.stat().st_mtime if path.exists() else 0.0


def _snippets(source: Path) -> list[Path]:
    if source.suffix != ".md" or not source.exists():
        return []
    include = _module("tests.harness.blocks").INCLUDE  # the `--8<-- "file"` line as the tests read it
    lines = source.read_text(encoding="utf-8").splitlines()
    return [ROOT / found["path"] for line in lines if (found := include.match(line))]  # base_path "."


def _code(source: Path) -> str:
    """A page's code: its fenced blocks (or notebook cells) and the snippets they include, as a hash."""
    text = source.read_text(encoding="utf-8")
    if source.suffix == ".ipynb":
        code = [cell["source"] for cell in json.loads(text)["cells"] if cell["cell_type"] == "code"]
    else:
        code = [m[0] for m in FENCED.finditer(text)] + [p.read_text(encoding="utf-8") for p in _snippets(source)]
    return hashlib.sha256(repr(code).encode()).hexdigest()


def _module(dotted: str):
    """A module of this repository (the tests' harness, another hook), importable from the repository root."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    return importlib.import_module(dotted)


def _is_stale(english: Path) -> bool:
    return _module("hooks.translations").is_stale(english)


def direct(docs: Path, src_uri: str) -> tuple:
    """What a page shows of files other than its own source, besides SITE_WIDE: the snippets it includes."""
    return tuple((str(p), _mtime(p)) for p in _snippets(docs / src_uri))


def made_of(docs: Path, src_uri: str) -> tuple:
    """What a page is made of from other pages, in a form that changes when the page would."""
    found: list = []
    course = COURSE_SOURCE.fullmatch(src_uri)
    if course:  # hooks/whole_course.py: every topic page of its language, prose and code
        for topic in sorted(docs.glob(f"*/index.{course[1]}.md")):
            found += [(str(p), _mtime(p)) for p in [topic, *_snippets(topic)]]
    if src_uri.startswith("run-times."):  # hooks/run_report.py: every page's code (not its prose)
        found += [_code(p) for p in sorted(docs.rglob("*")) if p.suffix in (".md", ".ipynb")]
    if src_uri.endswith(".en.md"):  # hooks/translations.py: whether the Korean source changed since translated
        found.append(_is_stale(docs / src_uri))
    return tuple(found)


def on_startup(command: str, dirty: bool) -> None:
    global _serving_dirty
    _serving_dirty = command == "serve" and dirty


def on_config(config):
    if _serving_dirty:
        for name in ("material/search", "search"):
            if name in config.plugins:
                config.plugins[name].is_dirty = False  # this hook merges the index instead
    return config


def on_serve(server, config, builder):
    if _serving_dirty:
        TRIGGER.parent.mkdir(parents=True, exist_ok=True)
        server.watch(str(TRIGGER.parent))
    return server


def on_pre_build(config) -> None:
    global _depth, _saved
    _depth += 1
    if _depth == 1:
        _saved = False
        _urls.clear()


def on_build_error(error) -> None:
    global _depth
    _depth = 0


def _rebuild(file) -> None:
    built = Path(file.abs_dest_path)
    if built.exists():
        os.utime(built, (0, 0))  # older than any source: MkDocs rebuilds it


@event_priority(-210)  # after the i18n plugin (-100) and hooks/notebooks_i18n.py (-200) made each language's pages
def on_files(files, config):
    global _saved
    if not _serving_dirty:
        return files
    docs = Path(config.docs_dir)
    site_wide = max(_mtime(ROOT / path) for path in SITE_WIDE)
    pages = files.documentation_pages()
    _urls.update("" if file.url == "./" else file.url for file in pages)  # the home page's entries say ""
    for file in pages:
        now = ((site_wide, *direct(docs, file.src_uri)), made_of(docs, file.src_uri))
        before = _seen.get(file.src_uri)
        _seen[file.src_uri] = now
        if before is None:
            continue  # the first build: every page is built
        if now[0] != before[0]:
            _rebuild(file)
            _saved = True
        elif file.is_modified():
            _saved = True
        if now[1] != before[1]:
            _next.add(file.src_uri)
    if not _saved:  # nothing saved (the build that TRIGGER started): the pages made of the saved ones
        for file in pages:
            if file.src_uri in _next:
                _rebuild(file)
                _next.discard(file.src_uri)
    return files


def _page(location: str) -> str:
    return location.split("#")[0]


@event_priority(-120)  # after the i18n plugin (-100) wrote both languages, before korean_search (-150)
def on_post_build(config) -> None:
    global _depth
    _depth -= 1
    if not _serving_dirty:
        return
    path = Path(config.site_dir) / "search" / "search_index.json"
    if path.exists():
        index = json.loads(path.read_text(encoding="utf-8"))
        rebuilt: dict[str, list[dict]] = {}
        for entry in index["docs"]:
            rebuilt.setdefault(_page(entry["location"]), []).append(entry)
        _index.update(rebuilt)
        for gone in _index.keys() - _urls:  # a page deleted while serving
            del _index[gone]
        index["docs"] = [entry for entries in _index.values() for entry in entries]
        path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    if _depth != 0:
        return
    if not _saved:
        _next.clear()  # what this build did not rebuild (a page gone since) is not waited for
    if _next:
        TRIGGER.parent.mkdir(parents=True, exist_ok=True)
        TRIGGER.write_text(f"{sorted(_next)}\n", encoding="utf-8")  # the server sees it and builds again
