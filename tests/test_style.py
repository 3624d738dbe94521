"""Style as the ecosystem has it: ruff formats and lints the repository, and code fits its column.

pyproject.toml configures ruff for every Python file; snippets/ruff.toml narrows
the snippets to 80 columns, the width of the pages' code column. Blocks written
in the pages themselves are not files ruff reads, so their lines are measured
here, as ruff measures (a Hangul character is two columns wide).
"""

from __future__ import annotations

import subprocess
import sys
import unicodedata

from dlkb.blocks import ROOT, all_blocks

COLUMN = 80


def _ruff(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ruff", *args], cwd=ROOT, input=stdin, capture_output=True, text=True)


def test_ruff_format():
    run = _ruff("format", "--check", "--diff", ".")
    assert run.returncode == 0, f"run `.venv/bin/ruff format .`:\n{run.stdout[-3000:]}{run.stderr[-1000:]}"


def test_ruff_lint():
    run = _ruff("check", "--output-format", "concise", ".")
    assert run.returncode == 0, f"`.venv/bin/ruff check .` finds:\n{run.stdout[-3000:]}{run.stderr[-1000:]}"


def test_snippets_are_held_to_the_code_column():
    """The 80-column limit reaches the snippets (a line of 81 fails there, passes in hooks/)."""
    line = "x = " + "1 + " * 19 + "1\n"
    assert len(line.rstrip()) == COLUMN + 1
    snippet = _ruff("check", "--select", "E501", "--stdin-filename", "snippets/x/too_wide.py", "-", stdin=line)
    hook = _ruff("check", "--select", "E501", "--stdin-filename", "hooks/too_wide.py", "-", stdin=line)
    assert snippet.returncode == 1 and "E501" in snippet.stdout, snippet.stdout + snippet.stderr
    assert hook.returncode == 0, hook.stdout + hook.stderr


def width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def test_width_counts_hangul_twice():
    assert (width("x = 1"), width("# 활성화 함수")) == (5, 13)


def _lines(block):
    """(file, line, text) of each line of a block, where the reader's file has it."""
    return [(file, line, text) for text, (file, line) in zip(block.code.splitlines(), block.origins)]


def test_every_code_line_on_the_pages_fits_the_column():
    blocks = [b for b in all_blocks() if b.language == "python"]
    assert sum(len(_lines(b)) for b in blocks) == sum(len(b.code.splitlines()) for b in blocks), "a line unmeasured"
    wide = sorted(
        {
            f"{file}:{line}: {width(text)} columns"
            for block in blocks
            for file, line, text in _lines(block)
            if width(text) > COLUMN
        }
    )
    assert not wide, f"code lines wider than {COLUMN} columns (the page's code column):\n" + "\n".join(wide)
