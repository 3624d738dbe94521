"""`make serve`: both languages at one address, and a save rebuilds what it changed (`mkdocs serve --dirty`).

`make serve` serves the Korean site (mkdocs.yml). After each of its builds this hook builds the
English site (mkdocs.en.yml, loaded once with MkDocs' `load_config`) into the served folder's
`en/`, dirty as well, so a save in either language is served within seconds.

Under `--dirty`, MkDocs rebuilds only the pages whose own source is newer than their built file.
Pages here are made of more than their own source:

- `direct()`: the snippets a page includes, and what every page is made with (SITE_WIDE). A page
  whose `direct()` changed is rebuilt in the same build (its HTML is dated 1970, older than any
  source, which MkDocs takes as modified);
- `made_of()`: other pages. The whole-course page is made of every topic page
  (hooks/whole_course.py), the judged notes of every topic page's fact checks (hooks/notes_judged.py),
  the run-time report of every page's code (hooks/run_report.py), and an
  English page says when its Korean source changed (hooks/translation_notice.py). These are
  rebuilt in the build right after: the build of a save serves the saved page first, then
  touches TRIGGER, which the server watches (`server.watch` in `on_serve`), and the next build
  rebuilds them. The browser reloads after each of the two builds.

What a dirty build still does not redo: the navigation of pages not rebuilt (a changed page title
shows in other pages' menus after a restart), and the run badges after a test run. `mkdocs build`
and a plain `mkdocs serve` are not touched. The state that lives across rebuilds is all here, one
entry per language (the hooks' modules are shared by both languages' builds).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.plugins import event_priority

from dlkb.blocks import INCLUDE
from dlkb.pages import DEFAULT, in_language
from dlkb.translations import is_stale

ROOT = Path(__file__).resolve().parent.parent
TRIGGER = ROOT / ".cache" / "serve" / "pages-made-of-the-saved-ones"
COURSE_SOURCE = re.compile(r"course\.(\w+)\.md")
FENCED = re.compile(r"^[ \t]*(`{3,}|~{3,}).*?^[ \t]*\1", re.M | re.S)
SITE_WIDE = ["mkdocs.yml", "mkdocs.en.yml", "hooks", "dlkb", "overrides", "docs/glossary.yml"]


@dataclass
class Language:
    """What one language's builds remember between saves."""

    seen: dict[str, tuple[tuple, tuple]] = field(default_factory=dict)  # source -> (direct(), made_of())
    waiting: set[str] = field(default_factory=set)  # pages to rebuild in the next build
    saved: bool = False  # whether this build rebuilds a page because of what was saved
    search: object = None  # this language's last search index (Material's, see on_pre_build)


_serving = False
_languages: dict[str, Language] = {}


def _mtime(path: Path) -> float:
    if path.is_dir():
        files = (p.stat().st_mtime for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        return max(files, default=0.0)
    return path.stat().st_mtime if path.exists() else 0.0


def _snippets(source: Path) -> list[Path]:
    if source.suffix != ".md" or not source.exists():
        return []
    lines = source.read_text(encoding="utf-8").splitlines()
    return [ROOT / found["path"] for line in lines if (found := INCLUDE.match(line))]  # base_path "."


def _code(source: Path) -> str:
    """A page's code: its fenced blocks (or notebook cells) and the snippets they include, as a hash."""
    text = source.read_text(encoding="utf-8")
    if source.suffix == ".ipynb":
        code = [cell["source"] for cell in json.loads(text)["cells"] if cell["cell_type"] == "code"]
    else:
        code = [m[0] for m in FENCED.finditer(text)] + [p.read_text(encoding="utf-8") for p in _snippets(source)]
    return hashlib.sha256(repr(code).encode()).hexdigest()


def direct(docs: Path, source: str) -> tuple:
    """What a page shows of files other than its own source, besides SITE_WIDE: the snippets it includes."""
    return tuple((str(p), _mtime(p)) for p in _snippets(docs / source))


def made_of(docs: Path, source: str) -> tuple:
    """What a page is made of from other pages, in a form that changes when the page would."""
    found: list = []
    course = COURSE_SOURCE.fullmatch(source)
    if course:  # every topic page of its language, prose and code
        for topic in sorted(docs.glob(f"*/index.{course[1]}.md")):
            found += [(str(p), _mtime(p)) for p in [topic, *_snippets(topic)]]
    if source.startswith("lecture-notes."):  # the fact checks of every topic page, and the notes (data/)
        found += [
            (str(p), _mtime(p)) for p in [*sorted(docs.glob("*/index.*.md")), *sorted(docs.parent.glob("data/*"))]
        ]
    if source.startswith("run-times."):  # every page's code (not its prose)
        found += [_code(p) for p in sorted(docs.rglob("*")) if p.suffix in (".md", ".ipynb")]
    if source.endswith(".en.md"):  # whether the Korean source changed since translated
        found.append(is_stale(docs / source))
    return tuple(found)


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve" and dirty


def on_serve(server, config, builder):
    if _serving:
        TRIGGER.parent.mkdir(parents=True, exist_ok=True)
        server.watch(str(TRIGGER.parent))
    return server


def _search_plugin(config):
    return config.plugins.get("material/search")


def on_pre_build(config) -> None:
    if _serving:
        _languages.setdefault(config.theme["language"], Language()).saved = False


def _rebuild(file) -> None:
    built = Path(file.abs_dest_path)
    if built.exists():
        os.utime(built, (0, 0))  # older than any source: MkDocs rebuilds it


@event_priority(-260)  # after every hook that adds pages, and after code_outputs points notebook pages at their copy
def on_files(files, config):
    if not _serving:
        return files
    lang = config.theme["language"]
    state = _languages.setdefault(lang, Language())
    docs = Path(config.docs_dir)
    site_wide = max(_mtime(ROOT / path) for path in SITE_WIDE)
    pages = [(file, in_language(file.src_uri, lang)) for file in files.documentation_pages()]
    for file, source in pages:
        now = ((site_wide, *direct(docs, source)), made_of(docs, source))
        before = state.seen.get(source)
        state.seen[source] = now
        if before is None:
            continue  # the first build: every page is built
        if now[0] != before[0]:
            _rebuild(file)
            state.saved = True
        elif file.is_modified():
            state.saved = True
        if now[1] != before[1]:
            state.waiting.add(source)
    if not state.saved:  # nothing saved (the build that TRIGGER started): the pages made of the saved ones
        for file, source in pages:
            if source in state.waiting:
                _rebuild(file)
                state.waiting.discard(source)
    # Internal of Material's search plugin: under --dirty it merges the pages a build rebuilt into
    # its last index (`search_index_prev`), removing the old entries of the first rebuilt page only.
    # One instance serves both languages' builds, so each gets its own last index back, without the
    # pages deleted since and without those this build rebuilds (a build can rebuild several: the
    # judged notes and a translation's notice after one save). tests/test_serve.py checks both.
    if state.search is not None:
        url = {file: "" if file.url == "./" else file.url for file, _ in pages}  # as MkDocs' Page.url
        kept = {url[file] for file, _ in pages if not file.is_modified()}
        state.search.entries = [e for e in state.search.entries if e["location"].split("#")[0] in kept]
    _search_plugin(config).search_index_prev = state.search
    return files


def _build_english(config) -> None:
    """The English site into the served folder's en/, as the Korean site was just built.

    Loaded afresh for each build, as `mkdocs serve` does with its own configuration: plugins
    that keep state between builds are one instance per process (MkDocs keeps those with an
    `on_startup` event), so each build must hand them its own configuration.
    """
    english = load_config(str(ROOT / "mkdocs.en.yml"), site_dir=str(Path(config.site_dir) / "en"))
    english.site_url = config.site_url  # the address being served; hooks/languages.py adds en/
    build(english, dirty=english.theme["language"] in _languages)  # the first one builds every page


@event_priority(-200)
def on_post_build(config) -> None:
    if not _serving:
        return
    state = _languages[config.theme["language"]]
    state.search = _search_plugin(config).search_index_prev
    if not state.saved:
        state.waiting.clear()  # what this build did not rebuild (a page gone since) is not waited for
    if state.waiting:
        TRIGGER.parent.mkdir(parents=True, exist_ok=True)
        TRIGGER.write_text(f"{sorted(state.waiting)}\n", encoding="utf-8")  # the server sees it and builds again
    if config.theme["language"] == DEFAULT:
        _build_english(config)
