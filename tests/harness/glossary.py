"""The glossary as data, read from the glossary pages' tables (docs/glossary.<lang>.md).

Each row: Korean term | English term | definition | link to the page that explains it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tests.harness.blocks import DOCS

LINK = re.compile(r"\]\(([^)#]+)")


@dataclass(frozen=True)
class Term:
    ko: str
    en: str
    page: str  # the linked page, relative to docs/: activation-functions/index.md

    def query(self, lang: str) -> str:
        """A search query for the term as a reader types it: Korean with an object particle attached."""
        if lang == "en":
            return self.en.split(" (")[0].split(" / ")[0]
        word = self.ko.split(" / ")[0]
        last = word[-1]
        if "\uac00" <= last <= "\ud7a3":
            return word + ("을" if (ord(last) - 0xAC00) % 28 else "를")
        return word


def terms(lang: str = "ko") -> list[Term]:
    rows = []
    for line in (DOCS / f"glossary.{lang}.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 4 or not LINK.search(cells[3]) or set(cells[0]) <= {"-", " "}:
            continue
        rows.append(Term(cells[0], cells[1], LINK.search(cells[3])[1]))
    return rows


def sample(items: list, count: int) -> list:
    """`count` items spread evenly over the list (deterministic)."""
    if len(items) <= count:
        return items
    step = len(items) / count
    return [items[int(i * step)] for i in range(count)]
