"""The lecture notes and the fact-check boxes that judge them, read from the topic pages.

The notes ship as data/lecture-notes.ko.txt: the copy in ../shared, with the API key and
the header's names replaced (tests/test_lecture_notes.py compares them). A box on a Korean
topic page (`!!! factcheck "팩트 체크: ..."`) quotes the notes in its `> ` lines, compared
on letters and digits only (spacing, punctuation and the notes' `-` separators aside). A
quoted line judges the one note line it equals or else, if it is found exactly once in the
notes, every line it spans; otherwise the build stops. A box's twin on the English page is
the box in the same place there. Lines no box judges are listed, with the reason, in
data/notes-unjudged.yml, except separators (lines with no letter or digit).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import yaml

from dlkb.pages import DOCS, ROOT

NOTES = ROOT / "data" / "lecture-notes.ko.txt"
UNJUDGED = ROOT / "data" / "notes-unjudged.yml"
BOX = re.compile(r'^!!! factcheck "(?:[^":]*: )?(?P<title>[^"]*)"\n(?P<body>(?:[ \t]*\n|    .*\n)*)', re.M)
QUOTE = re.compile(r"^    > ?(.*)$", re.M)
VERDICT = re.compile(r"\*\*(?:판정|Verdict): (\w+)\*\*")
VERDICTS = {"맞음": "correct", "부정확": "imprecise", "틀림": "wrong"}


class NotesError(ValueError):
    """A box whose quote is not in the notes (or more than once), or twins that disagree."""


@dataclass(frozen=True)
class Box:
    topic: str  # slug of the page
    id: str  # the anchor the build gives the box: note-<first line it judges>
    lines: tuple[int, ...]  # note lines it judges, 1-based
    quotes: tuple[str, ...]  # its `> ` lines on the Korean page
    title: dict  # lang -> title without "팩트 체크: "
    verdict: dict  # lang -> 맞음 / correct ...


def key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).casefold()


@cache
def notes() -> tuple[str, ...]:
    return tuple(NOTES.read_text(encoding="utf-8").splitlines())


def lines_quoted(quote: str, where: str) -> list[int]:
    """The note lines (1-based) a quoted line spans; it must be in the notes exactly once."""
    keys, wanted = [key(line) for line in notes()], key(quote)
    if keys.count(wanted) == 1:  # a whole line of the notes
        return [keys.index(wanted) + 1]
    joined = "".join(keys)
    at = joined.find(wanted)
    if not wanted or at < 0 or joined.find(wanted, at + 1) >= 0:
        how = "is not in" if at < 0 or not wanted else "is more than once in"
        raise NotesError(f"{where}: the quote {quote!r} {how} {NOTES.relative_to(ROOT)}; quote the notes' words")
    found, start = [], 0
    for number, k in enumerate(keys, 1):
        if k and start < at + len(wanted) and at < start + len(k):
            found.append(number)
        start += len(k)
    return found


def _boxes(path) -> list[tuple[str, str, list[str], str]]:
    """(title, verdict, quoted lines, file:line) of each box on a page, in order."""
    text, out = path.read_text(encoding="utf-8"), []
    for box in BOX.finditer(text):
        verdict, where = (
            VERDICT.search(box["body"]),
            f"{path.relative_to(ROOT)}:{text.count(chr(10), 0, box.start()) + 1}",
        )
        if not verdict:
            raise NotesError(f"{where}: a fact-check box without **판정: …** / **Verdict: …**")
        out.append(
            (box["title"], verdict[1], [q for q in QUOTE.findall(box["body"].split("**")[0]) if q.strip()], where)
        )
    return out


@cache
def boxes() -> tuple[Box, ...]:
    """Every fact-check box of every topic page, in the topics' folder order."""
    found = []
    for ko in sorted(DOCS.glob("*/index.ko.md")):
        ko_boxes, en_boxes, ids = _boxes(ko), _boxes(ko.with_name("index.en.md")), set()
        if len(ko_boxes) != len(en_boxes):
            raise NotesError(f"{ko.relative_to(ROOT)} and its English twin have different numbers of fact checks")
        for (ko_title, ko_verdict, quotes, where), (en_title, en_verdict, _, en_where) in zip(ko_boxes, en_boxes):
            if VERDICTS.get(ko_verdict) != en_verdict:
                raise NotesError(f"{where}: verdict {ko_verdict}, but {en_verdict} at {en_where}")
            lines = tuple(sorted({n for q in quotes for n in lines_quoted(q, where)}))
            if not lines:
                raise NotesError(f"{where}: the box quotes no line of the notes (`> ` lines)")
            box_id = f"note-{lines[0]}"
            while box_id in ids:
                box_id += "-2"
            ids.add(box_id)
            titles, verdicts = {"ko": ko_title, "en": en_title}, {"ko": ko_verdict, "en": en_verdict}
            found.append(Box(ko.parent.name, box_id, lines, tuple(quotes), titles, verdicts))
    return tuple(found)


def unjudged() -> dict[int, dict]:
    """data/notes-unjudged.yml: note line -> {text, why, en}."""
    entries = yaml.safe_load(UNJUDGED.read_text(encoding="utf-8"))
    return {entry["line"]: entry for entry in entries}
