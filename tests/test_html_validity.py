"""The built HTML, checked by the Nu Html Checker (vnu.jar, from the npm registry, run with Java).

Errors only. A short list of errors is accepted, each for a reason: they come
from markup we do not write (Material's templates, the notebook converter's
stylesheet) and change nothing a reader or a screen reader meets. Anything else
fails the test with the file, the line and the checker's message.

The checker looks at each file on its own: its messages for a file are kept in .cache/vnu/ under
the checker's bytes and the file's, and a file checked before on the same bytes is not checked
again (after a prose edit, only the pages built from it are).
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from dlkb.blocks import ROOT

# both tests read one run of the checker over the whole site (vnu_messages): on one worker, it runs once
pytestmark = pytest.mark.xdist_group("html-validity")
VNU = ROOT / ".venv" / "tools" / "vnu-jar" / "build" / "dist" / "vnu.jar"
CHECKED = ROOT / ".cache" / "vnu"  # one file's messages, under the checker's bytes and the file's

# (message pattern, which pages, why it is accepted)
ACCEPTED = [
    (
        r"Attribute “autocomplete” is only allowed when the input type is",
        "all",
        "Material's hidden drawer/search toggles are checkboxes with autocomplete=off, which stops Firefox "
        "restoring their state on reload; browsers ignore the attribute otherwise.",
    ),
    (
        r"Bad value “” for attribute “tabindex” on element “label”",
        "all",
        "Material's section labels in the navigation (navigation.sections); an empty tabindex is ignored "
        "by browsers, the labels stay reachable through their links.",
    ),
    (
        r"^CSS: ",
        "notebook",
        "JupyterLab's stylesheet, inlined by nbconvert on notebook pages: vendor-prefixed and legacy "
        "properties the CSS validator does not know; browsers skip them.",
    ),
    (
        r"A “style” element in “body” must be the first child of its parent",
        "notebook",
        "nbconvert puts the notebook's stylesheet inside the page body; browsers apply it all the same.",
    ),
    (
        r"The “aria-label” attribute must not be specified on any “clipboard-copy” element",
        "notebook",
        "mkdocs-jupyter's copy button is a custom element with a label; screen readers read the label.",
    ),
]


@pytest.fixture(scope="module")
def vnu_messages(built_site):
    java = shutil.which("java")
    if not java or not VNU.exists():
        pytest.fail(
            f"the HTML checker needs Java and {VNU.relative_to(ROOT)}: `make test` installs both "
            "(scripts/system-deps.sh, scripts/test-tools.sh)",
            pytrace=False,
        )
    pages = sorted(built_site.rglob("*.html"))
    unchecked = [page for page in pages if not _checked(page).exists()]
    if unchecked:
        run = subprocess.run(
            [java, "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, unchecked)],
            capture_output=True,
            text=True,
            timeout=600,
        )
        found = json.loads(run.stderr or run.stdout)["messages"]
        by_page = {str(page): [] for page in unchecked}
        for message in found:
            by_page[message.get("url", "").removeprefix("file:")].append(message)  # KeyError: not a page
        for page in unchecked:
            kept = _checked(page)
            kept.parent.mkdir(parents=True, exist_ok=True)
            kept.with_suffix(f".{os.getpid()}").write_text(json.dumps(by_page[str(page)]), encoding="utf-8")
            kept.with_suffix(f".{os.getpid()}").replace(kept)
    messages = [
        {**message, "url": f"file:{page}"}
        for page in pages
        for message in json.loads(_checked(page).read_text(encoding="utf-8"))
    ]
    return messages, built_site


@functools.cache
def _checker() -> bytes:
    return hashlib.sha256(VNU.read_bytes()).digest()


def _checked(page: Path) -> Path:
    return CHECKED / f"{hashlib.sha256(_checker() + page.read_bytes()).hexdigest()[:32]}.json"


def _accepted(message: dict, built_site) -> bool:
    notebook = 'class="jupyter-wrapper"' in _page(message["url"])
    return any(
        re.search(pattern, message["message"]) and (scope == "all" or notebook) for pattern, scope, _ in ACCEPTED
    )


def _page(url: str) -> str:
    path = url.removeprefix("file:")
    return open(path, encoding="utf-8").read()


def test_built_html_has_no_errors_but_the_accepted_ones(vnu_messages):
    messages, built_site = vnu_messages
    errors = [m for m in messages if m.get("type") == "error" or m.get("subType") == "fatal"]
    left = [m for m in errors if not _accepted(m, built_site)]
    report = [
        f"{m['url'].split(str(built_site) + '/')[-1]}:{m.get('lastLine', '?')}: {m['message']}\n"
        f"    {m.get('extract', '').strip()[:160]!r}"
        for m in left
    ]
    assert not left, f"{len(left)} HTML errors (fix them, or accept one in ACCEPTED with a reason):\n" + "\n".join(
        report[:30]
    )


def test_every_accepted_error_still_occurs(vnu_messages):
    """An accepted error that no longer appears is removed from the list, so the list stays short and true."""
    messages, built_site = vnu_messages
    unused = [pattern for pattern, _, _ in ACCEPTED if not any(re.search(pattern, m["message"]) for m in messages)]
    assert not unused, f"accepted HTML errors that no longer occur (remove them from ACCEPTED): {unused}"
