"""The glossary as data (docs/glossary.yml), as the tests use it."""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from dlkb.blocks import DOCS


@dataclass(frozen=True)
class Term:
    ko: str
    en: str
    topic: str  # the slug of the page that explains it

    @property
    def page(self) -> str:
        """The explaining page, relative to docs/: activation-functions/index.md."""
        return f"{self.topic}/index.md"

    def query(self, lang: str, particle: bool = True) -> str:
        """A search query for the term as a reader types it: Korean with an object particle attached."""
        if lang == "en":
            return self.en.split(" (")[0].split(" / ")[0]
        word = self.ko.split(" / ")[0]
        last = word[-1]
        if particle and "\uac00" <= last <= "\ud7a3":
            return word + ("을" if (ord(last) - 0xAC00) % 28 else "를")
        return word


def glossary() -> dict:
    return yaml.safe_load((DOCS / "glossary.yml").read_text(encoding="utf-8"))


def terms() -> list[Term]:
    return [Term(t["ko"], t["en"], t["topic"]) for t in glossary()["terms"]]


def sample(items: list, count: int) -> list:
    """`count` items spread evenly over the list (deterministic)."""
    if len(items) <= count:
        return items
    step = len(items) / count
    return [items[int(i * step)] for i in range(count)]
