"""The pages: which language a source file is in, the name a language's build gives it, the topics.

Each page is written twice, side by side: `docs/<path>.ko.md` and `docs/<path>.en.md`
(notebook pages: `.ko.ipynb` and `.en.ipynb`). Each language is its own MkDocs build
(mkdocs.yml for Korean at `/`, mkdocs.en.yml for English at `/en/`), in which a page
of that language is `<path>.md` (hooks/languages.py): links between pages, the
navigation and the URLs are the same in both languages.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
LANGUAGES = ("ko", "en")
DEFAULT = "ko"
SUFFIX = re.compile(r"\.(?P<lang>ko|en)(?P<ext>\.(?:md|ipynb))$")
TOPIC = re.compile(r"[^/]+/index\.md")


def language_of(path: str | Path) -> str | None:
    """ko or en for a page's source (docs/x/index.ko.md), None for a file of no language."""
    found = SUFFIX.search(str(path))
    return found["lang"] if found else None


def neutral(src_uri: str) -> str:
    """The name a page has in its language's build: x/index.ko.md -> x/index.md."""
    return SUFFIX.sub(r"\g<ext>", src_uri)


def in_language(uri: str, lang: str) -> str:
    """A page's source in one language: x/index.md (or x/index.en.md) -> x/index.ko.md."""
    path, ext = neutral(uri).rsplit(".", 1)
    return f"{path}.{lang}.{ext}"


def twin(path: Path) -> Path:
    """The same page in the other language."""
    lang = language_of(path)
    other = next(x for x in LANGUAGES if x != lang)
    return path.with_name(in_language(path.name, other))


def topic_sources(nav: list, lang: str, docs_dir: Path = DOCS) -> list[str]:
    """The topic pages of one language (docs-relative sources), in the navigation's order."""
    found: list[str] = []

    def walk(items):
        for item in items:
            if isinstance(item, dict):
                for value in item.values():
                    walk(value if isinstance(value, list) else [value])
            elif isinstance(item, str) and TOPIC.fullmatch(item) and (docs_dir / in_language(item, lang)).exists():
                found.append(in_language(item, lang))

    walk(nav)
    return found


def source(file, lang: str) -> str:
    """The repository path of a page in its language's build: File x/index.md -> docs/x/index.ko.md."""
    return f"docs/{in_language(file.src_uri, lang)}"
