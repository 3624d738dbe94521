"""What the code on each page ran on, and how long it took: from the last test run.

The tests record each passing chain of blocks in the execution cache
(dlkb/exec_cache.py: when, how long, TensorFlow/Keras/Python versions).
At build time this hook
- fills the run-time report (docs/run-times.<lang>.md, marker `<!-- run-times -->`):
  every page's code blocks with their execution time and date;
- puts a badge under the title of each topic page: the TensorFlow and Keras
  versions its code ran on, and the date of the last run of all of it.
Blocks without a record (their code changed since the last run, or no run yet)
say so. The build never runs code for this: it reads what the tests wrote.
"""

from __future__ import annotations

import re
from pathlib import Path

from dlkb import blocks, exec_cache, runner
from dlkb.pages import TOPIC, source

ROOT = Path(__file__).resolve().parent.parent
MARKER = "<!-- run-times -->"
WORDS = {
    "ko": {
        "page": "페이지",
        "block": "코드 블록",
        "seconds": "시간(초)",
        "ran": "마지막 실행",
        "none": "기록 없음",
        "total": "합계",
        "badge": "이 페이지의 코드는 TensorFlow {tf} · Keras {keras} · Python {py}에서 {date}에 실행되었습니다",
        "stale": "이 페이지의 코드 중 {n}개 실행 단위는 바뀐 뒤 아직 테스트 기록이 없습니다",
        "report": "실행 기록",
    },
    "en": {
        "page": "Page",
        "block": "Code block",
        "seconds": "Seconds",
        "ran": "Last run",
        "none": "no record",
        "total": "Total",
        "badge": "The code on this page ran on TensorFlow {tf} · Keras {keras} · Python {py} on {date}",
        "stale": "{n} runs of this page's code changed since the last test run and have no record yet",
        "report": "run times",
    },
}


_records: list = []


def records() -> list[tuple[object, dict | None]]:
    """Every chain of the site with its last passing run (read once per build)."""
    if not _records:
        _records.extend((chain, exec_cache.lookup(chain)) for chain in runner.chains())
    return _records


_read_from: list = [None]


def _inputs() -> tuple:
    """What the records are read from: the pages, the snippets, the requirements and the tests' ledger
    (each file's name, size and modification time)."""
    roots = [ROOT / "docs", ROOT / "snippets", exec_cache.directory()]
    files = [ROOT / "requirements.txt", *(f for root in roots if root.exists() for f in root.rglob("*") if f.is_file())]
    return tuple(sorted((str(f), stat.st_size, stat.st_mtime_ns) for f in files for stat in [f.stat()]))


def on_pre_build(config) -> None:
    """`mkdocs serve` rebuilds in the same process: forget the pages' code as read last time if anything
    it was read from changed (the other language's build, right after, reads it again if anything changed)."""
    inputs = _inputs()
    if inputs == _read_from[0] and _records:
        return
    _read_from[0] = inputs
    _records.clear()
    blocks.page_blocks.cache_clear()


def report(lang: str) -> str:
    w = WORDS[lang]
    rows = [f"| {w['page']} | {w['block']} | {w['seconds']} | {w['ran']} |", "|---|---|---:|---|"]
    total = 0.0
    for chain, entry in sorted(records(), key=lambda r: (r[0].blocks[0].page, r[0].blocks[0].line)):
        mine = [b for b in [chain.blocks[0]] + [t[0] for t in chain.twins] if b.language_code == lang]
        if not mine:
            continue
        block = mine[0]
        page = block.page.removeprefix("docs/")
        link = re.sub(r"\.(ko|en)\.(md|ipynb)$", r".\2", page)
        name = block.snippet or f"{'cell' if page.endswith('.ipynb') else 'line'} {block.line}"
        if entry:
            total += entry["seconds"]
            rows.append(f"| [{page}]({link}) | `{name}` | {entry['seconds']:.2f} | {entry['ran'][:10]} |")
        else:
            rows.append(f"| [{page}]({link}) | `{name}` | — | {w['none']} |")
    rows.append(f"| **{w['total']}** | | **{total:.1f}** | |")
    return "\n".join(rows)


def badge(page: str, lang: str) -> str | None:
    mine = [
        (c, e) for c, e in records() if any(b.page == page for b in [*c.blocks, *(t for tw in c.twins for t in tw)])
    ]
    if not mine:
        return None
    w = WORDS[lang]
    missing = [c for c, e in mine if e is None]
    if missing:
        text = w["stale"].format(n=len(missing))
    else:
        latest = max(mine, key=lambda r: r[1]["ran"])[1]
        v = latest["versions"]
        text = w["badge"].format(tf=v["tensorflow"], keras=v["keras"], py=v["python"], date=latest["ran"][:10])
    return f'<p class="run-badge" markdown>{text} · [{w["report"]}](../run-times.md)</p>'


def on_page_markdown(markdown: str, page, config, files) -> str:
    lang = config.theme["language"]
    if MARKER in markdown:
        return markdown.replace(MARKER, report(lang))
    if TOPIC.fullmatch(page.file.src_uri) and "```" in markdown:
        line = badge(source(page.file, lang), lang)
        if line:
            lines = markdown.split("\n")
            title = next((i for i, text in enumerate(lines) if text.startswith("# ")), -1)
            lines.insert(title + 1, "\n" + line + "\n")
            return "\n".join(lines)
    return markdown
