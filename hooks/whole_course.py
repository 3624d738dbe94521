"""One page per language with the whole course, for printing or saving as PDF.

docs/course.<lang>.md holds a short introduction and the marker
`<!-- whole-course -->`; the hook replaces the marker with every topic page of that
language (docs/<slug>/index.<lang>.md, in the order of the navigation), each
starting on a new printed page. Headings move one level down (a topic's `#` title
becomes `##`), and relative links and images are rewritten to work from the
course page. The pages' code (with its outputs), math and diagrams come along, so the
print page shows them rendered; the tests count its code blocks as the topic
pages' blocks (dlkb/blocks.py).
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from dlkb import outputs
from dlkb.pages import topic_sources

MARKER = "<!-- whole-course -->"
FENCE = re.compile(r"^(`{3,}|~{3,})")
HEADING = re.compile(r"^(#{1,5}) (.*)$")
LINK = re.compile(r"(\]\()([^)\s]+)(\))")
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)


def _relink(target: str, slug: str) -> str:
    if re.match(r"^[a-z]+:|^#|^/", target):
        return target
    path, _, anchor = target.partition("#")
    path = posixpath.normpath(posixpath.join(slug, path))
    return path + (f"#{anchor}" if anchor else "")


def shifted(markdown: str, slug: str) -> str:
    """A topic page's markdown as a section of the course page."""
    out, fence = [], None
    for line in FRONT_MATTER.sub("", markdown, count=1).splitlines():
        opened = FENCE.match(line)
        if fence is None and opened:
            fence = opened[1]
        elif fence is not None and line.startswith(fence):
            fence = None
        elif fence is None:
            heading = HEADING.match(line)
            if heading and len(heading[1]) == 1:
                line = f"## {heading[2]} {{ .course-topic }}"
            elif heading:
                line = f"#{heading[1]} {heading[2]}"
            line = LINK.sub(lambda m: m[1] + _relink(m[2], slug) + m[3], line)
        out.append(line)
    return "\n".join(out)


def course_markdown(docs_dir: Path, nav: list, lang: str) -> str:
    parts, found = [], outputs.shown()
    for source in topic_sources(nav, lang, docs_dir):
        text = outputs.annotate((docs_dir / source).read_text(encoding="utf-8"), f"docs/{source}", lang, found)
        parts.append(shifted(text, source.split("/")[0]))
    return "\n\n".join(parts)


def on_page_markdown(markdown: str, page, config, files) -> str:
    if MARKER not in markdown:
        return markdown
    lang = config.theme["language"]
    return markdown.replace(MARKER, course_markdown(Path(config.docs_dir), config.nav, lang))
