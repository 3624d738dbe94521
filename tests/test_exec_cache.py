"""The execution cache (dlkb/exec_cache.py): prose edits re-run nothing, a code edit re-runs its chain.

Proven twice in a copy of the repository: on the cache keys of every chain of the
site, and end to end on one page (the softmax notebook, NumPy only, quick), with a
cache directory of its own.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from dlkb.repository import copy_repository

PAGE = "docs/activation-functions/index.ko.md"
NOTEBOOK = "docs/activation-functions/softmax-notebook.en.ipynb"  # its code runs for both twins
KEYS = (
    "import json; from dlkb import runner, exec_cache; from tests.harness import reuse; "
    "print(json.dumps({c.id: exec_cache.key(c) for c in runner.chains()} | {'reuse': reuse.code_inputs()}))"
)


@pytest.fixture
def copy(tmp_path):
    return copy_repository(tmp_path / "repo")


def _keys(repo) -> dict[str, str]:
    """Each chain's key, and under "reuse" the site's code as a reused test result is keyed on it."""
    run = subprocess.run([sys.executable, "-c", KEYS], cwd=repo, capture_output=True, text=True, check=True)
    return json.loads(run.stdout)


@pytest.mark.reuse("code", PAGE)
def test_keys_follow_the_code_not_the_prose(copy):
    """The execution cache's keys, and so the key of a test result reused while the code is the same
    (`reuse("code")`, tests/harness/reuse.py)."""
    before = _keys(copy)
    page = copy / PAGE
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("## 팩트 체크", "## 팩트 체크\n\n새로 쓴 설명 문단입니다.", 1), encoding="utf-8")
    assert _keys(copy) == before, "a prose edit changed a cache key"
    snippet = copy / "snippets" / "activation-functions" / "softmax.py"
    snippet.write_text(snippet.read_text(encoding="utf-8") + "\nassert True  # edited\n", encoding="utf-8")
    after = _keys(copy)
    changed = {chain for chain in before if after.get(chain) != before[chain]} - {"reuse"}
    assert changed and len(changed) <= 2, f"a one-snippet edit changed {changed}"  # its Korean/English chain
    assert after["reuse"] != before["reuse"], "a code edit left the key of reuse('code') as it was"
    requirements = copy / "requirements.txt"
    requirements.write_text(requirements.read_text(encoding="utf-8") + "# bump\n", encoding="utf-8")
    assert not set(_keys(copy).values()) & set(after.values()), "a requirements change must invalidate everything"


def _run(repo, cache) -> int:
    """How many runs of the softmax notebooks' code `python -m dlkb.run_site` did."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")} | {"DLKB_EXEC_CACHE": str(cache)}
    command = [sys.executable, "-m", "dlkb.run_site", "-k", "softmax-notebook"]
    run = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    found = re.search(r"Ran (\d+) of (\d+) runs without an error", run.stderr)
    return int(found[2]) if found else 0


def _passes(cache) -> int:
    return len([p for p in cache.glob("*.json") if p.name != "failures.json"])


@pytest.mark.reuse("code")  # the notebook it edits is one of docs/'s data files, in the key
def test_end_to_end_prose_edit_runs_nothing_code_edit_runs_again(copy, tmp_path):
    cache = tmp_path / "exec-cache"
    assert _run(copy, cache) == 1  # one run: the Korean and English notebooks share their code
    assert _passes(cache) == 1
    notebook = copy / NOTEBOOK
    data = json.loads(notebook.read_text(encoding="utf-8"))
    markdown = next(c for c in data["cells"] if c["cell_type"] == "markdown")
    markdown["source"] = ["새로 쓴 문단입니다.\n\n"] + list(markdown["source"])
    notebook.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert _run(copy, cache) == 0, "a prose edit re-ran the code"
    code = next(c for c in data["cells"] if c["cell_type"] == "code")
    code["source"] = list(code["source"]) + ["\nassert p.shape == (3,)\n"]
    notebook.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    # now the English code differs: it runs anew, the Korean twin's unchanged code does not
    assert _run(copy, cache) == 1, "a code edit did not re-run exactly that code"
    assert _passes(cache) == 2
