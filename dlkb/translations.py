"""Which English pages are behind their Korean source.

Each English page records, in its front matter, the version of the Korean page it
was translated from: `ko_source: <hash>`, a hash of the Korean page's text
(front matter excluded, whitespace at line ends ignored). When the Korean page
changes, its twin is stale: the build puts a notice at the top of the English
page, and `make translations` lists every stale page.

After updating a translation, record it:

    .venv/bin/python -m dlkb.translations --record docs/<slug>/index.en.md

The notice on the page: hooks/translation_notice.py.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
RECORD = re.compile(r"^ko_source:\s*(\S+)\s*$", re.M)
NOTICE = """!!! warning translation-notice "The Korean source changed since this translation"

    This English page was written from an earlier version of its Korean original
    (원문이 수정되었습니다). Until the translation is updated, the Korean page
    (한국어, in the language menu) may say more or say it differently.

"""


def body(text: str) -> str:
    text = FRONT_MATTER.sub("", text, count=1)
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def source_hash(korean: Path) -> str:
    return hashlib.sha256(body(korean.read_text(encoding="utf-8")).encode()).hexdigest()[:16]


def korean_twin(english: Path) -> Path:
    return english.with_name(english.name.replace(".en.md", ".ko.md"))


def recorded(english_text: str) -> str | None:
    front = FRONT_MATTER.match(english_text)
    found = RECORD.search(front[1]) if front else None
    return found[1] if found else None


def is_stale(english: Path) -> bool:
    korean = korean_twin(english)
    return korean.exists() and recorded(english.read_text(encoding="utf-8")) != source_hash(korean)


def stale_pages(docs: Path = DOCS) -> list[Path]:
    return sorted(p for p in docs.rglob("*.en.md") if is_stale(p))


def record(english: Path) -> None:
    """Write the Korean twin's current hash into the English page's front matter."""
    text = english.read_text(encoding="utf-8")
    line = f"ko_source: {source_hash(korean_twin(english))}"
    front = FRONT_MATTER.match(text)
    if front is None:
        text = f"---\n{line}\n---\n\n{text}"
    elif RECORD.search(front[1]):
        text = text[: front.start(1)] + RECORD.sub(line, front[1]) + text[front.end(1) :]
    else:
        text = text[: front.end(1)] + "\n" + line + text[front.end(1) :]
    english.write_text(text, encoding="utf-8")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--record"]:
        for name in argv[1:]:
            record(ROOT / name)
            print(f"recorded: {name} is translated from the current {korean_twin(ROOT / name).relative_to(ROOT)}")
        return 0
    stale = stale_pages()
    for page in stale:
        print(f"stale: {page.relative_to(ROOT)} (its Korean source {korean_twin(page).relative_to(ROOT)} changed)")
    if not stale:
        print("every English page is up to date with its Korean source")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
