"""A reused result stands only while what its test reads is byte for byte the same
(tests/harness/reuse.py): run, reuse, change one input, run again."""

from __future__ import annotations

import subprocess

from dlkb.repository import copy_repository
from tests.harness.nested import run_pytest

TINY = """
import pytest
from pathlib import Path



def test_runs_first():  # not marked: runs every time, before the reused one
    pass


@pytest.mark.reuse("sources", "docs/glossary.yml")
def test_counts_its_runs():
    runs = Path("runs.txt")
    runs.write_text(runs.read_text() + "x" if runs.exists() else "x")
"""


TINY_FILES = ("tests/test_tiny.py", "tests/test_tiny_after.py")


def _pytest(repo, *args) -> str:
    run = run_pytest(repo, *args, env={"DLKB_TEST_RESULTS": str(repo / ".cache" / "test-results")}, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    return run.stdout


def _append(path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_a_pass_is_reused_until_an_input_changes(tmp_path):
    repo = copy_repository(tmp_path / "repo")
    (repo / "tests" / "test_tiny.py").write_text(TINY, encoding="utf-8")
    # a module after the reused test: pytest's set-up state must be in order when it starts
    (repo / "tests" / "test_tiny_after.py").write_text("def test_after():\n    pass\n", encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
    runs = repo / "runs.txt"

    _pytest(repo, *TINY_FILES)
    again = _pytest(repo, *TINY_FILES)
    assert runs.read_text() == "x" and "1 tests passed before on the same bytes" in again

    _append(repo / "docs" / "glossary.yml", "# edited\n")  # the input it reads
    _pytest(repo, *TINY_FILES)
    assert runs.read_text() == "xx"
    _append(repo / "tests" / "harness" / "reuse.py", "\n")  # a checker
    _pytest(repo, *TINY_FILES)
    assert runs.read_text() == "xxx"
    _pytest(repo, *TINY_FILES, "--no-reuse")
    assert runs.read_text() == "xxxx"
