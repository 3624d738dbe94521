"""The notes, judged (docs/lecture-notes.<lang>.md, made by hooks/notes_judged.py from dlkb/factchecks.py).

- the notes the repository ships (data/lecture-notes.ko.txt) are the notes beside the project
  (../shared), line for line, with only the API key and the header's names replaced;
- every line with words is judged by a fact-check box or listed, with its reason, in
  data/notes-unjudged.yml, never both, and each listed entry still names its line;
- a quote judges the note line it equals, or the lines it spans when it is found once, and
  a quote that is not in the notes, or is there twice, is an error;
- on the built page of each language: every line of the notes once, in order; each line's
  verdicts are those of the boxes that quote it, and each link leads to an anchor on the
  topic page that is a fact-check box quoting the line, with that verdict; every box is
  linked from the table; the table is out of the search index, the page's title is in it.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter

import pytest

from dlkb import factchecks
from dlkb.pages import ROOT
from hooks.notes_judged import WHY
from tests.harness.html import article, soup

SHARED = ROOT.parent / "shared" / "lecture-notes.ko.txt"
KEY = re.compile(r"\b(sk|pk|rk)-[\w-]+")
NOTES = factchecks.notes()
BOXES = factchecks.boxes()


_soup = functools.cache(soup)  # a topic page is the target of several links


def _plain(text: str) -> str:
    return " ".join(text.split())


def test_the_shipped_notes_are_the_notes_without_the_key_and_the_names():
    assert not any(KEY.search(line) for line in NOTES), "an API key in data/lecture-notes.ko.txt"
    assert "<삭제됨>" in "".join(NOTES)
    if not SHARED.exists():
        pytest.skip(f"{SHARED} is not beside the repository")
    original = SHARED.read_text(encoding="utf-8").splitlines()
    assert len(original) == len(NOTES), "the copy has lost or gained lines"
    changed = [n for n, (a, b) in enumerate(zip(original, NOTES), 1) if a != b]
    keys = [n for n, line in enumerate(original, 1) if KEY.search(line)]
    assert changed == sorted({1, 2, *keys}), f"lines changed in the copy: {changed}"
    for n in keys:
        assert KEY.sub("<삭제됨>", original[n - 1]) == NOTES[n - 1], f"line {n}: only the key may change"
    for n in (1, 2):  # the course's and the instructor's names: none of the header's words but these
        dropped = set(re.findall(r"\w+", original[n - 1])) - set(re.findall(r"\w+", NOTES[n - 1]))
        assert dropped, f"line {n} still names the course or the instructor"
        assert not any(word in "\n".join(NOTES) for word in dropped if not word.isdigit())


def test_every_line_is_judged_or_listed_with_its_reason():
    judged, unjudged = {n for b in BOXES for n in b.lines}, factchecks.unjudged()
    for number, entry in unjudged.items():
        assert NOTES[number - 1] == entry["text"], (
            f"notes-unjudged.yml, line {number}: the notes read {entry['text']!r}"
        )
        assert entry["why"] in WHY and entry["why"] != "separator", f"line {number}: why is one of {list(WHY)[1:]}"
        assert entry["en"].strip(), f"notes-unjudged.yml, line {number}: an English gloss"
        assert number not in judged, f"line {number} is judged by a box: take it out of data/notes-unjudged.yml"
    for number, line in enumerate(NOTES, 1):
        if factchecks.key(line) and number not in judged:
            assert number in unjudged, f"line {number} ({line!r}) is neither judged nor in data/notes-unjudged.yml"
    counts = Counter(b.verdict["ko"] for b in BOXES)
    separators = sum(not factchecks.key(line) for line in NOTES)
    print(f"\n{len(NOTES)} lines: {len(judged)} judged by {len(BOXES)} boxes {dict(counts)}; ", end="")
    print(f"not judged: {dict(Counter(e['why'] for e in unjudged.values()))}, {separators} separators")
    assert set(counts) <= set(factchecks.VERDICTS)


def test_a_quote_names_one_place_in_the_notes():
    line = NOTES.index("tf.keras.layers.Add( )([H, H1])") + 1
    assert factchecks.lines_quoted("tf.keras.layers.Add( )([H, H1])", "t") == [line]  # a whole line, once
    first = NOTES.index("skip connection 으로 구현할 수 있음") + 1
    assert factchecks.lines_quoted("Unet - skip connection 으로 구현할 수 있음", "t") == [first - 2, first]
    for quote in ("skip connection", "ReLU는 음수에서 0이다", ""):  # three times, nowhere, nothing
        with pytest.raises(factchecks.NotesError, match="quote"):
            factchecks.lines_quoted(quote, "t")


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_built_table_lists_every_line_with_its_verdicts_and_links(built_site, lang):
    root = built_site if lang == "ko" else built_site / "en"
    page = root / "lecture-notes" / "index.html"
    table = article(soup(page)).select_one("div.notes-judged table")
    rows = [[td for td in tr.select("td")] for tr in table.select("tbody tr")]
    assert [int(r[0].get_text()) for r in rows] == list(range(1, len(NOTES) + 1)), f"{page}: not every line in order"
    linked = set()
    for number, (_, text, verdict, check) in enumerate(rows, 1):
        assert _plain(text.get_text()) == _plain(NOTES[number - 1]), f"{page}, line {number}: {text.get_text()!r}"
        mine = [b for b in BOXES if number in b.lines]
        if not mine:
            assert verdict.get_text().startswith(("판정 없음", "not judged", "구분선", "separator")), (
                f"{page}: {number}"
            )
            continue
        assert verdict.get_text("|").split("|") == [b.verdict[lang] for b in mine], f"{page}, line {number}"
        for box, link in zip(mine, check.select("a"), strict=True):
            topic, anchor = link["href"].split("#")
            target = (page.parent / topic).resolve() / "index.html"
            found = _soup(target).find(id=anchor)
            assert found is not None and "factcheck" in found.get("class", []), f"{page}: {link['href']} is no box"
            said = found.find("strong", string=re.compile(r"^(판정|Verdict): "))
            assert said.get_text().split(": ")[1] == box.verdict[lang], f"{target}#{anchor}: {said.get_text()}"
            if lang == "ko":  # the box quotes the line
                assert any(number in factchecks.lines_quoted(q, "t") for q in box.quotes)
            linked.add((box.topic, box.id))
    missing = {(b.topic, b.id) for b in BOXES} - linked
    assert not missing, f"{page}: boxes not linked from the table: {sorted(missing)}"


@pytest.mark.parametrize(("lang", "title"), [("ko", "강의 노트 판정표"), ("en", "The notes, judged")])
def test_search_finds_the_page_by_its_title_but_not_the_table(built_site, lang, title):
    index = built_site / ("" if lang == "ko" else "en") / "search" / "search_index.json"
    docs = [
        d for d in json.loads(index.read_text(encoding="utf-8"))["docs"] if d["location"].startswith("lecture-notes/")
    ]
    assert any(d["title"] == title for d in docs), f"{index}: no entry titled {title!r}"
    assert not any("활성화 함수를 여러개 섞어 쓰지는 않음" in d["text"] for d in docs), "the table is in the index"
