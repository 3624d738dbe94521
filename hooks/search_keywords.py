"""Search by every name of a topic: the glossary's terms and aliases lead to the page that explains them.

Students search for a term the way they write it: 렐루 for ReLU, 오버피팅 for 과대적합,
배치정규화 for 배치 정규화, batchnorm for batch normalization. docs/glossary.yml is the
one source of truth for those names: each term has its topic (the page that explains
it) and its `aliases` (Hangul transliterations, colloquial and variant spellings,
English abbreviations), and each topic may list `aliases` of its own subject.

After Material's search plugin has written a language's index, the entry of each topic
page itself (its first entry, the one without an anchor) gets two more fields:

- `topic`: the page's title and the topic's aliases;
- `keywords`: every glossary term the page explains, in both languages, with its aliases.

Spacing: on the Korean site every Korean name with spaces (배치 정규화, 평균 제곱 오차) adds a
split between its words to the index's `separator`, which lunr applies to the pages and
to the query alike: 배치정규화 on a page or in a query is searched as 배치 + 정규화, so the
name finds its pages however either side spaces it. The split is exact (only 배치 right
before 정규화) and guarded by a one-character check, so it costs the browser no time.
(Listing the names written together instead made each first word match them as a prefix:
학습률 counted twice on the page of 학습률 워밍업 and ranked it above the page about 학습률.)
The fields are searched with the boosts that `plugins.search.fields` sets in mkdocs.yml
(Material's setting): above a heading, so the page about a term ranks above the glossary
and above pages that only mention it; the glossary page still lists every term in its text.
They are never shown: Material's results show an entry's title and text only.
The English site gets the English names and the Korean term (not the Hangul aliases).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.plugins import event_priority

from dlkb.glossary import load
from hooks.korean_search import searched_as

WORD = re.compile("^[\uac00-\ud7a3]+$")  # a Korean word (the compound split joins only these)
FIELDS = ("topic", "keywords")


def _forms(name: str) -> list[str]:
    """One name as it can be searched: 'ReLU (rectified linear unit)' -> ReLU, rectified linear unit;
    'Swish / SiLU' -> Swish, SiLU."""
    found = []
    for part in re.split(r"\s+/\s+", str(name)):
        inner = re.findall(r"\(([^)]*)\)", part)
        outer = re.sub(r"\s*\([^)]*\)", "", part).strip()
        found += [form.strip() for form in [outer, *inner] if form.strip()]
    return found


def compound_split(glossary: dict) -> str:
    """A separator that splits each Korean name of the glossary where it has a space, when written
    together: (?<=배치)(?=정규화|...) and so on, behind a one-character check of both sides."""
    follows: dict[str, set[str]] = {}
    for entry in [*glossary["terms"], *glossary["topics"].values()]:
        for name in [entry["ko"], *(entry.get("aliases") or {}).get("ko", [])]:
            for form in _forms(name):
                words = [searched_as(w)[0] if searched_as(w) else w for w in form.split()]
                for first, second in zip(words, words[1:]):
                    if WORD.match(first) and WORD.match(second):
                        follows.setdefault(first, set()).add(second)
    if not follows:
        return ""
    pairs = "|".join(
        f"(?<={first})(?={'|'.join(sorted(seconds, key=lambda w: (-len(w), w)))})"
        for first, seconds in sorted(follows.items())
    )
    last = "".join(sorted({first[-1] for first in follows}))
    start = "".join(sorted({second[0] for seconds in follows.values() for second in seconds}))
    return f"(?<=[{last}])(?=[{start}])(?:{pairs})"


def _names(entry: dict, lang: str) -> list[str]:
    """The names of a term or topic searched on `lang`'s site."""
    aliases = entry.get("aliases") or {}
    names = [entry["en"], *aliases.get("en", []), entry["ko"]]
    if lang == "ko":
        names += aliases.get("ko", [])
    return [form for name in names for form in _forms(name)]


def _join(names: list[str]) -> str:
    seen: dict[str, None] = {}
    for name in names:
        seen.setdefault(name, None)
    return " ".join(seen)


def fields_by_page(glossary: dict, lang: str) -> dict[str, dict[str, str]]:
    """Page location in the index (`slug/`) -> the `topic` and `keywords` fields of its entry."""
    pages: dict[str, dict[str, str]] = {}
    for slug, topic in glossary["topics"].items():
        pages[f"{slug}/"] = {"topic": _join(_names(topic, lang)), "keywords": ""}
    terms: dict[str, list[str]] = {}
    for term in glossary["terms"]:
        terms.setdefault(term["topic"], []).extend(_names(term, lang))
    for slug, names in terms.items():
        pages[f"{slug}/"]["keywords"] = _join(names)
    return pages


def add_fields(index: dict, glossary: dict, lang: str) -> dict:
    """The index with each topic page's entry given its `topic` and `keywords` (idempotent)."""
    pages = fields_by_page(glossary, lang)
    for doc in index["docs"]:
        for field in FIELDS:
            doc.pop(field, None)
        extra = pages.get(doc["location"])
        if extra:
            doc.update({k: v for k, v in extra.items() if v})
    return index


@event_priority(-160)  # after Material's search plugin and hooks/korean_search.py (-150) wrote the index
def on_post_build(config):
    path = Path(config.site_dir) / "search" / "search_index.json"
    if not path.exists():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    missing = [f for f in FIELDS if f not in index["config"].get("fields", {})]
    if missing:
        raise ValueError(f"mkdocs.yml: plugins.search.fields has no {missing}: the search would ignore them")
    glossary = load(config.docs_dir)
    add_fields(index, glossary, config.theme["language"])
    if config.theme["language"] == "ko":
        split = compound_split(glossary)
        if split and split not in index["config"]["separator"]:
            index["config"]["separator"] += "|" + split
    data = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    path.write_text(data, encoding="utf-8")
    inlined = path.with_suffix(".js")  # the offline archive's copy (Material's offline plugin)
    if inlined.exists():
        inlined.write_text(f"var __index = {data}", encoding="utf-8")
