"""The bilingual glossary (docs/glossary.yml) and how the pages use it.

- every term is complete and points at a topic page that exists;
- on its topic's Korean page, a Korean term's first use gives the English term
  right after it, in parentheses: 드롭아웃(dropout) (code is not prose: code blocks,
  inline code and math are skipped);
- both built glossary pages list every term, with a link to its page;
- one term per concept: no page uses a variant the glossary rejects (`rejected:` on
  Korean pages, `rejected_en:` on English ones, and in the glossary's own definitions),
  outside code, math and the lecture notes' `> ` quotes.
Search by both forms of a term, on both language sites: tests/test_browser.py.
"""

from __future__ import annotations

import functools
import re

import pytest

from dlkb.blocks import DOCS, rel
from tests.harness.glossary import glossary, terms
from tests.harness.html import soup

HANGUL = re.compile("[\uac00-\ud7a3]")
TERMS = terms()


def _prose(markdown: str) -> str:
    """A page's markdown without front matter, code, inline code and math."""
    text = re.sub(r"\A---\n.*?\n---\n", "", markdown, flags=re.S)
    text = re.sub(r"^([ \t]*)(```|~~~)[^\n]*\n.*?^\1\2[ \t]*$", "", text, flags=re.S | re.M)
    text = re.sub(r"\$\$.*?\$\$", "", text, flags=re.S)
    text = re.sub(r"`[^`]*`|\$[^$\n]*\$", "", text)
    return text


def test_every_term_is_complete():
    data = glossary()
    for term in data["terms"]:
        for key in ("ko", "en", "topic", "ko_def", "en_def"):
            assert str(term.get(key, "")).strip(), f"glossary.yml: {term.get('ko')!r} has no {key}"
        assert term["topic"] in data["topics"], f"glossary.yml: {term['ko']!r}: unknown topic {term['topic']!r}"
        assert (DOCS / term["topic"] / "index.ko.md").is_file(), f"glossary.yml: no page docs/{term['topic']}/"
    for entry in [*data["terms"], *data["topics"].values()]:  # optional: how students also write it
        aliases = entry.get("aliases", {})
        assert set(aliases) <= {"ko", "en"}, f"glossary.yml: {entry['ko']!r}: aliases has only ko and en lists"
        for lang, names in aliases.items():
            assert isinstance(names, list) and all(isinstance(n, str) and n.strip() for n in names), (
                f"glossary.yml: {entry['ko']!r}: aliases.{lang} is a list of names"
            )
            assert len(names) == len(set(names)), f"glossary.yml: {entry['ko']!r}: aliases.{lang} lists a name twice"
    pairs = [(t["ko"], t["en"]) for t in data["terms"]]
    assert len(pairs) == len(set(pairs)), "glossary.yml lists a term twice"


@pytest.mark.parametrize("term", [t for t in TERMS if HANGUL.search(t.ko)], ids=lambda t: t.ko)
def test_first_use_on_the_korean_page_gives_the_english_term(term):
    page = DOCS / term.topic / "index.ko.md"
    prose = _prose(page.read_text(encoding="utf-8"))
    korean = term.ko.split(" / ")[0]
    at = prose.find(korean)
    assert at >= 0, f"docs/{term.topic}/index.ko.md never uses the glossary term {korean!r}"
    after = prose[at + len(korean) : at + len(korean) + 80].lstrip("*")
    english = term.en.split(" (")[0].split(" / ")[0]
    line = prose.count("\n", 0, at) + 1
    assert re.match(r"\(\s*" + re.escape(english), after, re.I), (
        f"docs/{term.topic}/index.ko.md: the first use of {korean!r} (about line {line} of the prose) "
        f"should read {korean}({english}); it reads {prose[at : at + len(korean) + 30]!r}"
    )


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_built_glossary_lists_every_term(built_site, lang):
    page = built_site / ("" if lang == "ko" else "en") / "glossary" / "index.html"
    doc = soup(page)
    rows = doc.select("article table tbody tr")
    assert len(rows) == len(TERMS), f"{page}: {len(rows)} rows for {len(TERMS)} terms"
    shown = {(r.select("td")[0].get_text(strip=True), r.select("td")[1].get_text(strip=True)) for r in rows}
    for t in TERMS:
        pair = (t.ko, t.en) if lang == "ko" else (t.en, t.ko)
        assert pair in shown, f"{page}: {pair} missing"
    links = {a["href"] for a in doc.select("article table a[href]")}
    assert all(any(t.topic in href for href in links) for t in TERMS)


def _prose_lines(markdown: str) -> list[str]:
    """A page's lines with front matter, code, inline code, math, link targets and `> ` quotes blanked."""

    def blank(match: re.Match) -> str:
        return re.sub(r"[^\n]", " ", match[0])

    text = re.sub(r"\A---\n.*?\n---\n", blank, markdown, flags=re.S)
    text = re.sub(r"^([ \t]*)(```|~~~)[^\n]*\n.*?^\1\2[ \t]*$", blank, text, flags=re.S | re.M)
    text = re.sub(r"\$\$.*?\$\$", blank, text, flags=re.S)
    text = re.sub(r"`[^`\n]*`|\$[^$\n]*\$|\]\([^)\n]*\)", blank, text)
    return ["" if line.lstrip().startswith(">") else line for line in text.split("\n")]


@functools.cache
def _rejected(lang: str) -> list[tuple[re.Pattern, str]]:
    key = "rejected" if lang == "ko" else "rejected_en"
    chosen = "ko" if lang == "ko" else "en"
    return [(re.compile(pattern), t[chosen]) for t in glossary()["terms"] for pattern in t.get(key, [])]


def test_rejected_variants_are_valid():
    for term in glossary()["terms"]:
        for key in ("rejected", "rejected_en"):
            patterns = term.get(key, [])
            assert isinstance(patterns, list), f"glossary.yml: {term['ko']!r}: {key} must be a list"
            for pattern in patterns:
                re.compile(pattern)  # a regular expression
                assert not re.search(pattern, term["ko" if key == "rejected" else "en"]), (
                    f"glossary.yml: {term['ko']!r} rejects its own term with {pattern!r}"
                )


PROSE_PAGES = sorted(rel(p) for p in DOCS.rglob("*.md") if re.search(r"\.(ko|en)\.md$", p.name))


@pytest.mark.parametrize("page", PROSE_PAGES)
def test_one_term_per_concept(page):
    lang = "ko" if page.endswith(".ko.md") else "en"
    found = []
    for number, line in enumerate(_prose_lines((DOCS.parent / page).read_text(encoding="utf-8")), 1):
        for pattern, chosen in _rejected(lang):
            for match in pattern.finditer(line):
                found.append(f"{page}:{number}: {match[0]!r} (the glossary's term is {chosen!r}): {line.strip()[:80]}")
    assert not found, "variants the glossary rejects (docs/glossary.yml):\n" + "\n".join(found)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_glossary_follows_itself(lang):
    found = []
    for term in glossary()["terms"]:
        for pattern, chosen in _rejected(lang):
            if pattern.search(str(term[f"{lang}_def"])):
                found.append(f"{term['ko']!r}: {lang}_def uses {pattern.pattern!r} (write {chosen!r})")
    assert not found, "docs/glossary.yml:\n" + "\n".join(found)
