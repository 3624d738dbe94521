"""The glossary pages' tables, generated from docs/glossary.yml (one file for both languages).

docs/glossary.ko.md and docs/glossary.en.md hold the prose and the marker
`<!-- glossary-table -->`; each gets the table in its language: term, the other
language's term, a one-line definition, and a link to the page that explains it,
sorted in the page's language (가나다 / A–Z).
"""

from __future__ import annotations

from dlkb.glossary import load

MARKER = "<!-- glossary-table -->"
HEADERS = {
    "ko": "| 한국어 | English | 한 줄 정의 | 설명하는 곳 |",
    "en": "| English | 한국어 | One-line definition | Explained in |",
}


def table(glossary: dict, lang: str) -> str:
    other = "en" if lang == "ko" else "ko"
    terms = sorted(glossary["terms"], key=lambda t: t[lang].lower())
    rows = [HEADERS[lang], "|---|---|---|---|"]
    for term in terms:
        title = glossary["topics"][term["topic"]][lang]
        rows.append(f"| {term[lang]} | {term[other]} | {term[lang + '_def']} | [{title}]({term['topic']}/index.md) |")
    return "\n".join(rows)


def on_page_markdown(markdown: str, page, config, files) -> str:
    if MARKER not in markdown:
        return markdown
    lang = config.theme["language"]
    return markdown.replace(MARKER, table(load(config.docs_dir), lang))
