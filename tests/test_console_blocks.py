"""Console blocks (```console, `$ ` prompts) are not executed; their commands are checked.

Each command must be one a reader can really run here: a Makefile target that
exists (`make -n` succeeds), or one of a few set-up commands whose arguments exist.
"""

import shlex
import subprocess

import pytest

from dlkb.blocks import ROOT, page_blocks, page_files, rel

SETUP_COMMANDS = {"git", "cd", "python3", "pip", ".venv/bin/pip", ".venv/bin/pytest", ".venv/bin/mkdocs", "mkdocs"}

CONSOLE = [
    (b.where, line[2:].strip())
    for p in page_files()
    for b in page_blocks(rel(p))
    if b.language == "console"
    for line in b.code.splitlines()
    if line.startswith("$ ")
]


# what a command reads: the Makefile and the files it names (checkers), the code blocks it selects
@pytest.mark.reuse("code")
@pytest.mark.parametrize("where, command", CONSOLE, ids=[f"{w}:{c}" for w, c in CONSOLE])
def test_console_command_is_real(where, command):
    words = shlex.split(command)
    if words[0] == "make":
        run = subprocess.run(["make", "-n", *words[1:]], cwd=ROOT, capture_output=True, text=True)
        assert run.returncode == 0, f"{where}: `{command}` is not a working make target: {run.stderr}"
        return
    assert words[0] in SETUP_COMMANDS, f"{where}: `{command}` is not a command this site documents"
    if "-r" in words:
        assert (ROOT / words[words.index("-r") + 1]).is_file(), f"{where}: `{command}` names a missing file"
    if words[0].endswith("pytest"):
        run = subprocess.run(
            [str(ROOT / ".venv/bin/pytest"), "--collect-only", "-q", "-n", "0", "--no-site", *words[1:]],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        assert run.returncode == 0 and " collected" in run.stdout or "tests collected" in run.stdout, (
            f"{where}: `{command}` selects no test:\n{run.stdout[-500:]}"
        )
