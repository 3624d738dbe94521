"""The notes, judged: every line of the lecture notes with its verdict, from the fact-check boxes.

docs/lecture-notes.<lang>.md holds the prose and the marker `<!-- notes-judged -->`; the
hook replaces it with a table of every line of data/lecture-notes.ko.txt in order: the
line, the verdict of each box that quotes it, with a link to the box, or why it is not
judged (data/notes-unjudged.yml; lines with no letter or digit are separators). The boxes
are read from the topic pages (dlkb/factchecks.py), and each gets its anchor here: the
n-th `factcheck` admonition of a topic page gets the id of the n-th box read from it
(and MkDocs is told, `Page.present_anchor_ids`, so it checks the links to them).
The table is left out of the search index (hooks/search_scope.py): the topic pages quote
the same lines, and a search for a claim should lead there.
"""

from __future__ import annotations

import html
import re

from mkdocs.exceptions import PluginError

from dlkb import factchecks
from dlkb.glossary import load
from dlkb.pages import TOPIC

MARKER = "<!-- notes-judged -->"
ADMONITION = re.compile(r'<div class="admonition factcheck">')
SPECIAL = re.compile(r"([\\`*_\[\]|{}#$])")
WORDS = {
    "ko": ("| 줄 | 강의 노트 | 판정 | 팩트 체크 |", "판정 없음", "팩트 체크 {n}개가 노트 {j}줄을 판정합니다"),
    "en": ("| Line | The notes (Korean) | Verdict | Fact check |", "not judged", "{n} fact checks judge {j} lines"),
}
WHY = {
    "separator": ("구분선", "separator"),
    "heading": ("제목", "heading"),
    "term": ("주장 없는 낱말", "a term, no claim"),
    "repeat": ("앞 줄의 반복", "repeats an earlier line"),
    "page": ("웹 페이지의 글자", "text of the web page"),
}


def on_pre_build(config) -> None:
    factchecks.notes.cache_clear()  # (`mkdocs serve`: the pages change between builds)
    factchecks.boxes.cache_clear()


def _md(text: str) -> str:
    """Text as it reads, in a Markdown table cell."""
    return SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def table(lang: str, topics: dict) -> str:
    boxes, unjudged, at = factchecks.boxes(), factchecks.unjudged(), ("ko", "en").index(lang)
    header, none, summary = WORDS[lang]
    counts = [f"{v[at]} {sum(b.verdict['ko'] == v[0] for b in boxes)}" for v in factchecks.VERDICTS.items()]
    judged = {n for b in boxes for n in b.lines}
    rows = [summary.format(n=len(boxes), j=len(judged)) + ": " + ", ".join(counts), "", header, "|---|---|---|---|"]
    for number, line in enumerate(factchecks.notes(), 1):
        mine = [b for b in boxes if number in b.lines]
        links = [f"[**{_md(topics[b.topic][lang])}**: {_md(b.title[lang])}]({b.topic}/index.md#{b.id})" for b in mine]
        verdict = "<br>".join(b.verdict[lang] for b in mine)
        if not mine:
            entry = unjudged.get(number) or {"why": "?" if factchecks.key(line) else "separator", "en": ""}
            why = WHY.get(entry["why"], ("?", "?"))[at]
            verdict = why if entry["why"] == "separator" else f"{none}: {why}"
            links = [f"*{_md(entry['en'])}*"] if lang == "en" and entry["en"] else []
        rows.append(f"| {number} | {_md(line)} | {verdict} | {'<br>'.join(links)} |")
    return f'<div class="notes-judged" markdown>\n\n{chr(10).join(rows)}\n\n</div>'


def on_page_markdown(markdown: str, page, config, files) -> str:
    if MARKER not in markdown:
        return markdown
    try:
        return markdown.replace(MARKER, table(config.theme["language"], load(config.docs_dir)["topics"]))
    except factchecks.NotesError as error:
        raise PluginError(str(error)) from None


def on_page_content(html_: str, page, config, files) -> str:
    if not TOPIC.fullmatch(page.file.src_uri):
        return html_
    ids = [b.id for b in factchecks.boxes() if b.topic == page.file.src_uri.split("/")[0]]
    found = iter(ids)
    html_, count = ADMONITION.subn(lambda m: f'<div class="admonition factcheck" id="{next(found, "")}">', html_)
    if count != len(ids):
        raise PluginError(f"{page.file.src_uri}: {count} fact-check boxes in the HTML, {len(ids)} read from the page")
    page.present_anchor_ids |= set(ids)  # (MkDocs checks the links to them after every page's content)
    return html_
