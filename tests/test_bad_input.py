"""Mistakes an author makes get a clear error, and nothing of theirs is lost.

Each case copies the repository (the files git tracks, with this run's
execution cache and drawn diagrams) into a temporary directory, makes one
mistake there, and runs the same pytest that `make test` runs, on the test
module that guards against that mistake (the full suite would report it the
same way, among everything else). The run must fail, its report must name the
file, the line where one applies, and what to do; the copy's files must be
byte-for-byte what they were before the run (the tests write only to .cache/
and test-artifacts/), and this repository is untouched.
"""

from __future__ import annotations

import hashlib
import re
import subprocess

import pytest

from dlkb.blocks import ROOT
from dlkb.repository import copy_repository
from tests.harness.nested import run_pytest

PAGE = "docs/activation-functions/index.ko.md"
# each case reads the code and PAGE, not the site: a pass stands while they are unchanged
pytestmark = pytest.mark.reuse("sources", PAGE)


def _fingerprint(root, files) -> dict[str, str]:
    return {f: hashlib.sha256((root / f).read_bytes()).hexdigest() for f in files if (root / f).is_file()}


def _status() -> str:
    return subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True).stdout


@pytest.fixture
def copy(tmp_path, built_site):
    """With this run's execution cache and diagrams (filled by the site's build): only the code and
    the diagram a case breaks run again (a block that raises: 109 -> 7 s)."""
    return copy_repository(tmp_path / "repo", caches=("exec", "mermaid"))


def _line_of(path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def _run_tests(repo, *args) -> subprocess.CompletedProcess:
    return run_pytest(repo, *args)


def _fails_and_keeps_everything(repo, args, expected: list[str]):
    ours = [p for p in repo.rglob("*") if p.is_file() and not {".venv", ".cache"} & set(p.parts)]
    files = [str(p.relative_to(repo)) for p in ours]
    before, status = _fingerprint(repo, files), _status()
    run = _run_tests(repo, *args)
    report = run.stdout + run.stderr
    assert run.returncode != 0, f"the mistake went through:\n{report[-2000:]}"
    missing = [text for text in expected if text not in report]
    assert not missing, f"the report does not say {missing}:\n{report[-3000:]}"
    assert _fingerprint(repo, files) == before, "the test run changed the author's files"
    assert _status() == status, "the test run changed this repository"
    return report


def test_a_block_that_raises(copy):
    page = copy / PAGE
    text = page.read_text(encoding="utf-8")
    text = text.replace("```python\n", "```python\nraise ValueError('broken on purpose')\n", 1)
    page.write_text(text, encoding="utf-8")
    line = _line_of(page, "broken on purpose")
    report = _fails_and_keeps_everything(
        copy,
        ["tests/test_codeblocks.py", "-k", "activation-functions/index"],
        [f"{PAGE}:{line}: ValueError: broken on purpose", "traceback", "printed"],
    )
    assert "in the code block at" in report


def test_a_page_without_its_english_twin(copy):
    (copy / "docs/activation-functions/index.en.md").unlink()
    _fails_and_keeps_everything(
        copy,
        ["tests/test_parity.py", "-k", "twin"],
        [f"{PAGE} has no twin: write docs/activation-functions/index.en.md"],
    )


def test_a_snippet_include_of_a_missing_file(copy):
    page = copy / PAGE
    text = page.read_text(encoding="utf-8")
    text = text.replace(
        '--8<-- "snippets/activation-functions/softmax.py"', '--8<-- "snippets/activation-functions/no_such_file.py"', 1
    )
    page.write_text(text, encoding="utf-8")
    line = _line_of(page, "no_such_file.py")
    _fails_and_keeps_everything(
        copy,
        ["tests/test_codeblocks.py", "-k", "collected"],
        [f"{PAGE}:{line}", "snippets/activation-functions/no_such_file.py"],
    )


def test_a_mermaid_diagram_with_a_syntax_error(copy):
    page = copy / PAGE
    text = page.read_text(encoding="utf-8")
    assert "```mermaid\n" in text
    text = text.replace("```mermaid\n", "```mermaid\nflowchart LR\n    A[unclosed --> B\n", 1)
    page.write_text(text, encoding="utf-8")
    fence = _line_of(page, "```mermaid")
    report = _fails_and_keeps_everything(
        copy,
        ["tests/test_diagrams.py"],
        [f"Mermaid syntax error in the ```mermaid block at {PAGE}:{fence}", "fix the diagram"],
    )
    error_line = int(re.search(rf"{re.escape(PAGE)}:(\d+): Mermaid syntax error", report)[1])
    assert fence < error_line <= fence + 4, f"the error points at line {error_line}, the diagram starts at {fence}"
