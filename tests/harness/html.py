"""Read the built site: which page is where, and what a reader sees on it."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from bs4 import BeautifulSoup

PYTHON_CLASSES = {"language-python", "language-py", "language-python3", "language-py3"}


def built_path(site: Path, page: str) -> Path:
    """docs/<a>/<b>.<lang>.md (or .ipynb) -> the HTML file the site serves for it."""
    path = PurePosixPath(page).relative_to("docs")
    name, lang = path.name.split(".")[0], path.name.split(".")[-2]
    parts = list(path.parent.parts) + ([] if name == "index" else [name])
    prefix = [] if lang == "ko" else [lang]
    return site.joinpath(*prefix, *parts, "index.html")


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def article(doc: BeautifulSoup):
    return doc.select_one("article.md-content__inner") or doc


def code_blocks(doc: BeautifulSoup) -> list[str]:
    """The language of every code block shown in the page's article, in order.

    Markdown pages: Material's `div.highlight` (class `language-<x>`); notebook
    pages: one entry per code cell's input editor.
    """
    found = []
    for node in article(doc).select("div.highlight, div.jp-CodeCell div.jp-InputArea-editor"):
        if "jp-InputArea-editor" in node.get("class", []):
            found.append("python")
            continue
        if node.find_parent(class_="jp-Cell"):
            continue  # notebook outputs/inputs are counted by their cell
        if node.find_parent("details", class_="output"):
            continue  # what a block printed (tests/test_outputs.py)
        langs = [c for c in node.get("class", []) if c.startswith("language-")]
        language = langs[0].removeprefix("language-") if langs else "text"
        found.append("python" if f"language-{language}" in PYTHON_CLASSES else language)
    return found


def diagrams(doc: BeautifulSoup) -> int:
    """Mermaid diagrams written in the page: drawn at build time (hooks/mermaid_svg.py) or, if the
    hook missed one, still superfences' `pre.mermaid` (tests/test_site_build.py fails on those)."""
    found = article(doc).select("div.mermaid-svg, pre.mermaid")
    return len([d for d in found if not d.find_parent(class_="jupyter-wrapper")])


def images(doc: BeautifulSoup) -> list[str]:
    return [img.get("src", "") for img in article(doc).select("img")]
