"""Every topic page has the anatomy of the reference page (GUIDE.md, CONTRIBUTING.md).

Intuition and math, a diagram or a code-drawn figure, a fact-check box for each
lecture claim (quote, verdict, code that demonstrates it), exercises with
collapsed tested solutions, and references.
"""

import re

import pytest

from dlkb.blocks import DOCS, rel
from tests.harness.html import article, built_path, diagrams, soup

TOPIC_PAGES = sorted(rel(p) for p in DOCS.glob("*/index.*.md"))
SECTIONS = {"ko": ("팩트 체크", "연습 문제", "참고 문헌"), "en": ("Fact check", "Exercises", "References")}
VERDICT = {
    "ko": re.compile(r"^판정:\s*(맞음|부정확|틀림)"),
    "en": re.compile(r"^Verdict:\s*(correct|imprecise|wrong)", re.I),
}
FACTCHECK_TITLE = {"ko": "팩트 체크", "en": "Fact check"}
SOLUTION_TITLE = {"ko": "풀이", "en": "Solution"}


@pytest.mark.reuse("built_page")
@pytest.mark.parametrize("page", TOPIC_PAGES)
def test_topic_page_anatomy(built_site, page):
    lang = page.rsplit(".", 2)[-2]
    body = article(soup(built_path(built_site, page)))
    h2 = [h.get_text(" ", strip=True).rstrip("¶").strip() for h in body.select("h2")]
    for section in SECTIONS[lang]:
        assert any(h.startswith(section) for h in h2), f"{page}: no '## {section}' section (has {h2})"
    assert body.select("math"), f"{page}: no math"
    assert diagrams(soup(built_path(built_site, page))) or body.select("img"), f"{page}: no diagram or figure"

    boxes = body.select("div.admonition.factcheck")
    assert boxes, f'{page}: no fact-check box (!!! factcheck "{FACTCHECK_TITLE[lang]}: ...")'
    for box in boxes:
        title = box.select_one(".admonition-title").get_text(strip=True)
        assert title.startswith(FACTCHECK_TITLE[lang]), (
            f"{page}: fact-check title {title!r} must start with {FACTCHECK_TITLE[lang]!r}"
        )
        assert box.select("blockquote"), f"{page}: fact check {title!r} quotes no lecture claim"
        verdicts = [s.get_text(strip=True) for s in box.select("strong") if VERDICT[lang].match(s.get_text(strip=True))]
        expected = "판정: 맞음|부정확|틀림" if lang == "ko" else "Verdict: correct|imprecise|wrong"
        assert verdicts, f"{page}: fact check {title!r} gives no verdict (**{expected}**)"
        assert box.select("div.language-python"), f"{page}: fact check {title!r} has no code that demonstrates it"

    solutions = [
        d
        for d in body.select("details.success")
        if d.select_one("summary").get_text(strip=True).startswith(SOLUTION_TITLE[lang])
    ]
    assert solutions, f'{page}: no collapsed solutions (??? success "{SOLUTION_TITLE[lang]}")'
    for d in solutions:
        assert d.select("div.language-python"), f"{page}: a solution without tested code"
    assert not any(d.has_attr("open") for d in solutions), f"{page}: solutions must start collapsed (??? not ???+)"


@pytest.mark.parametrize("page", TOPIC_PAGES)
def test_headings_hold_no_math(page):
    """The table of contents and the search results show a heading's text as written: math in a
    heading reaches them as raw LaTeX (`\\(\\sqrt{d_k}\\)`). Say it in words."""
    source = (DOCS.parent / page).read_text(encoding="utf-8")
    fenced = re.sub(r"^(```|~~~).*?^\1", "", source, flags=re.S | re.M)
    found = [line for line in fenced.splitlines() if re.match(r"#{1,6} ", line) and "$" in line]
    assert not found, f"{page}: math in headings: {found}"
