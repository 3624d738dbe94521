"""Collect the code blocks of every page, as a reader sees them on the built site.

Markdown pages are parsed with pytest-codeblocks' public parser
(`pytest_codeblocks.extract_from_buffer`) after a line-preserving rewrite that
lets it see every fence it would otherwise skip silently (`~~~` fences); the
info string is parsed here, so ```` ```py ````, ```` ```python title="x" ````,
`hl_lines` and ```` ```{.python .continues} ```` all count. `--8<--` snippet
includes are expanded the way pymdownx.snippets does (whole files), keeping a
map from every executed line back to `docs/<page>.md:<line>` or
`snippets/<file>.py:<line>`. Notebook pages contribute their code cells.
"""

from __future__ import annotations

import io
import re
import shlex
import tokenize
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import nbformat
import yaml
from pytest_codeblocks import extract_from_buffer

from dlkb.pages import language_of, topic_sources

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
LANGUAGES = ("ko", "en")
PYTHON = {"python", "py", "python3", "py3"}
INCLUDE = re.compile(r"""^(?P<indent>\s*)--8<--\s+(?P<quote>["'])(?P<path>[^"']+)(?P=quote)\s*$""")
FENCE = re.compile(r"^(\s*)(~{3,})(.*)$")


class CollectError(Exception):
    """A page that the harness cannot turn into runnable blocks; the message says where and why."""


@dataclass
class Block:
    page: str  # docs/<slug>/index.ko.md (relative to the repository)
    line: int  # line of the opening fence (notebooks: cell number)
    language: str  # normalised: "python", "mermaid", "console", ...
    code: str  # the code as executed (includes expanded)
    origins: list[tuple[str, int]] = field(default_factory=list)  # per code line: (file, line)
    continues: bool = False
    snippet: str | None = None  # the file, when the block is exactly one include
    end: int = 0  # line of the closing fence (Markdown pages)

    @property
    def where(self) -> str:
        unit = "cell " if self.page.endswith(".ipynb") else ""
        return f"{self.page}:{unit}{self.line}"

    @property
    def language_code(self) -> str:
        """The page's language: ko or en."""
        return language_of(self.page)


def page_files() -> list[Path]:
    pages = [p for p in DOCS.rglob("*") if p.suffix in {".md", ".ipynb"} and "assets" not in p.parts]
    return sorted(pages)


def rel(path: Path) -> str:
    return path.resolve().relative_to(ROOT).as_posix()


def parse_info(info: str, where: str) -> tuple[str, set[str], dict[str, str]]:
    """Language, extra classes and attributes of a fence info string, as superfences reads it."""
    info = info.strip()
    classes: set[str] = set()
    attrs: dict[str, str] = {}
    if info.startswith("{"):
        if not info.endswith("}"):
            raise CollectError(f"{where}: unclosed '{{' in the fence {info!r}")
        words = shlex.split(info[1:-1])
        language = ""
        for word in words:
            if word.startswith(".") and not language:
                language = word[1:]
            elif word.startswith("."):
                classes.add(word[1:])
            elif "=" in word:
                key, value = word.split("=", 1)
                attrs[key] = value
    else:
        words = shlex.split(info) if info else []
        language = words[0] if words else ""
        for word in words[1:]:
            if "=" in word:
                key, value = word.split("=", 1)
                attrs[key] = value
    language = language.lower()
    if language in PYTHON:
        language = "python"
    elif language in {"pycon", "ipython", "ipython3"}:
        raise CollectError(f"{where}: a '{language}' block cannot be executed as written; use a plain python block")
    return language, classes, attrs


def _normalised_markdown(text: str) -> str:
    """Turn `~~~` fences into backtick fences, line for line, so the parser sees them."""
    out = []
    for line in text.splitlines(keepends=True):
        m = FENCE.match(line)
        if m:
            line = f"{m.group(1)}{'`' * len(m.group(2))}{m.group(3)}\n"
        out.append(line)
    return "".join(out)


def expand_includes(code: str, page: str, first_line: int) -> tuple[str, list[tuple[str, int]], str | None]:
    """Expand `--8<-- "file"` lines; return the code, the origin of each line, and the single included file."""
    lines, origins, included = [], [], []
    for offset, line in enumerate(code.splitlines()):
        m = INCLUDE.match(line)
        if m is None:
            if line.strip() == "--8<--":
                raise CollectError(
                    f"{page}:{first_line + offset}: block-style '--8<--' includes are not supported; "
                    'write one `--8<-- "snippets/<slug>/<file>.py"` line per file'
                )
            lines.append(line)
            origins.append((page, first_line + offset))
            continue
        target = m.group("path")
        if ":" in target or ";" in target:
            raise CollectError(f"{page}:{first_line + offset}: include whole files only, not {target!r}")
        path = ROOT / target
        if not path.is_file():
            raise CollectError(
                f"{page}:{first_line + offset}: the snippet {target!r} does not exist "
                "(paths are relative to the repository root)"
            )
        included.append(target)
        for number, snippet_line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            lines.append(m.group("indent") + snippet_line)
            origins.append((target, number))
    only = included[0] if len(included) == 1 and all(o[0] == included[0] for o in origins) else None
    return "\n".join(lines) + "\n", origins, only


def closing_fence(lines: list[str], opening: int, page: str) -> int:
    """The line number of the fence that closes the one opened at line `opening` (1-based)."""
    fence = re.match(r"\s*(`{3,}|~{3,})", lines[opening - 1])[1]
    for number in range(opening + 1, len(lines) + 1):
        closing = lines[number - 1].strip()
        if closing.startswith(fence[0] * len(fence)) and not closing.strip(fence[0]):
            return number
    raise CollectError(f"{page}:{opening}: the code block is never closed")


def markdown_blocks(path: Path) -> list[Block]:
    page = rel(path)
    text = path.read_text(encoding="utf-8")
    try:
        raw = extract_from_buffer(io.StringIO(_normalised_markdown(text)))
    except RuntimeError as error:
        raise CollectError(f"{page}: {error}") from None
    blocks, lines = [], text.splitlines()
    for cb in raw:
        where = f"{page}:{cb.lineno}"
        if cb.expected_output is not None or cb.marks or cb.importorskip:
            raise CollectError(
                f"{where}: pytest-codeblocks comments are not used here; "
                "assert in the code, and mark continuation with {.python .continues}"
            )
        language, classes, _ = parse_info(cb.syntax or "", where)
        code, origins, snippet = cb.code, [], None
        if language == "python":
            code, origins, snippet = expand_includes(cb.code, page, cb.lineno + 1)
        end = closing_fence(lines, cb.lineno, page)
        blocks.append(Block(page, cb.lineno, language, code, origins, "continues" in classes, snippet, end))
    return blocks


def notebook_blocks(path: Path) -> list[Block]:
    page = rel(path)
    notebook = nbformat.read(path, as_version=4)
    blocks = []
    code_cells = [c for c in notebook.cells if c.cell_type == "code"]
    for number, cell in enumerate(notebook.cells, start=1):
        if cell.cell_type != "code":
            continue
        source = cell.source if cell.source.endswith("\n") else cell.source + "\n"
        origins = [(page, number)] * len(source.splitlines())
        blocks.append(Block(page, number, "python", source, origins, continues=cell is not code_cells[0]))
    return blocks


class _NavLoader(yaml.SafeLoader):
    """mkdocs.yml without its tags (!ENV ...): enough to read the navigation."""


_NavLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
_NavLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
COURSE_MARKER = "<!-- whole-course -->"


def course_blocks(path: Path) -> list[Block]:
    """The whole-course page (hooks/whole_course.py) shows every topic page's blocks, in nav order."""
    nav = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_NavLoader)["nav"]
    lang = language_of(path)
    return [b for source in topic_sources(nav, lang, DOCS) for b in page_blocks(f"docs/{source}")]


@cache
def page_blocks(page: str) -> tuple[Block, ...]:
    path = ROOT / page
    found = notebook_blocks(path) if path.suffix == ".ipynb" else markdown_blocks(path)
    if path.suffix == ".md" and COURSE_MARKER in path.read_text(encoding="utf-8"):
        found = found + course_blocks(path)
    first_python = next((b for b in found if b.language == "python"), None)
    if first_python is not None and first_python.continues:
        raise CollectError(f"{first_python.where}: the first Python block of a page cannot continue another")
    return tuple(found)


def all_blocks() -> list[Block]:
    return [b for page in page_files() for b in page_blocks(rel(page))]


@cache  # `mkdocs serve` reads every page's code again after each save (hooks/run_report.py)
def strip_comments(code: str) -> str:
    """The code's tokens without comments: the form in which two languages' blocks must agree."""
    try:
        tokens = [
            (t.type, t.string)
            for t in tokenize.generate_tokens(io.StringIO(code).readline)
            if t.type not in (tokenize.COMMENT, tokenize.NL)
        ]
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return code
    return repr(tokens)
