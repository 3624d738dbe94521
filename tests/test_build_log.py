"""The strict-build check counts MkDocs' warnings, and code run by the build stays out of its log.

On some CPUs (AVX-512 with oneDNN custom operations, e.g. Sapphire Rapids or
Zen 4) TensorFlow writes the lines below to stderr at import, whatever
TF_CPP_MIN_LOG_LEVEL says; elsewhere it writes nothing. The build runs the
site's code when it has no run of it (dlkb/run_site.py). These tests write
those exact lines from code the build runs, so they prove on any CPU that
(1) the strict check is not fooled by a line that starts with WARNING, while a
real MkDocs warning still fails it, and (2) the build keeps such output out of
its log and out of what readers see, and stops with the page and line when the
code fails.
"""

from __future__ import annotations

import json
import textwrap

import nbformat
import pytest

from dlkb.repository import copy_repository
from tests.harness import site as site_build

# What TensorFlow 2.21 prints at import on such a CPU (two imports' worth, as in a build log).
TF_IMPORT_LINES = (
    "WARNING: All log messages before absl::InitializeLog() is called are written to STDERR\n"
    "I0000 00:00:1796459232.716196    2794 port.cc:153] oneDNN custom operations are on. You may see "
    "slightly different numerical results due to floating-point round-off errors from different "
    "computation orders. To turn them off, set the environment variable `TF_ENABLE_ONEDNN_OPTS=0`.\n"
    "I0000 00:00:1796459232.750633    2794 cpu_feature_guard.cc:227] This TensorFlow binary is optimized "
    "to use available CPU instructions in performance-critical operations.\n"
    "To enable the following instructions: AVX2 AVX512F AVX512_VNNI AVX512_BF16 FMA, in other operations, "
    "rebuild TensorFlow with the appropriate compiler flags.\n"
)
# as hex, so that the code shown in a notebook or its traceback does not hold the text itself
WRITE_THEM = f"import os\n\nos.write(2, bytes.fromhex({TF_IMPORT_LINES.encode().hex()!r}))\n"


def _project(root, hook: str = "", page: str = "# Home\n") -> None:
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "index.md").write_text(page, encoding="utf-8")
    config = "site_name: check\n"
    if hook:
        (root / "noisy.py").write_text(hook, encoding="utf-8")
        config += "hooks:\n  - noisy.py\n"
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")


def test_a_real_mkdocs_warning_fails_the_strict_check(tmp_path):
    _project(tmp_path, page="# Home\n\n[a page that is not there](missing.md)\n")
    status = site_build.build(tmp_path / "site", project=tmp_path)
    found = site_build.problems(status)
    assert status["returncode"] != 0 and len(found) == 1, found
    assert found[0].startswith("WARNING (mkdocs.structure.pages)") and "missing.md" in found[0], found


def test_tensorflow_import_lines_in_the_log_do_not_fail_it(tmp_path):
    """A hook runs a child process that writes TensorFlow's lines to the stderr it inherits:
    they reach the log, and the check is not fooled."""
    hook = (
        "import subprocess, sys\n\n\ndef on_post_build(config):\n"
        f"    subprocess.run([sys.executable, '-c', {WRITE_THEM!r}], check=True)\n"
    )
    _project(tmp_path, hook=hook)
    status = site_build.build(tmp_path / "site", project=tmp_path)
    started_with_warning = [line for line in status["log"].splitlines() if line.startswith("WARNING")]
    assert started_with_warning, "the child's lines should reach the log here (a line-based check would fail)"
    assert site_build.problems(status) == [], site_build.problems(status)


# The pages these builds add a block to (the notebook is one of docs/'s data files, in every key):
# a pass stands while they, the site's code and the checkers are the same (tests/harness/reuse.py).
EDITED = ("docs/rank-and-dimension/index.ko.md", "docs/rank-and-dimension/index.en.md")


def _copy_with_caches(tmp_path):
    """A copy of the repository with this run's caches, so that only what a test adds runs."""
    caches = ("exec", "mkdocs-jupyter", "mkdocs-jupyter-en", "mermaid", "cards", "korean-search", "jinja")
    return copy_repository(tmp_path / "repo", caches=caches)


@pytest.mark.reuse("code", *EDITED)
def test_a_build_whose_code_prints_tensorflow_lines_passes_and_stays_quiet(tmp_path, built_site):
    """The whole site, in a copy whose notebook page and topic page write TensorFlow's lines and draw
    a figure when the build runs them."""
    repo = _copy_with_caches(tmp_path)
    notebook = repo / "docs" / "activation-functions" / "softmax-notebook.ko.ipynb"
    nb = nbformat.read(notebook, as_version=4)
    nb.cells.insert(0, nbformat.v4.new_code_cell(WRITE_THEM))
    nbformat.write(nb, notebook)
    page = repo / "docs" / "rank-and-dimension" / "index.ko.md"
    drawn = textwrap.dedent("""\
        with open("native_log_check.svg", "w") as f:
            f.write('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>')
        print("drawn")
        """)
    page.write_text(page.read_text(encoding="utf-8") + f"\n```python\n{WRITE_THEM}{drawn}```\n", encoding="utf-8")

    status = site_build.build(tmp_path / "site", project=repo)
    assert site_build.problems(status) == [], "\n".join(site_build.problems(status))
    for line in TF_IMPORT_LINES.splitlines():
        assert line[40:90] not in status["log"], f"in the build's log: {line}\n{status['log'][-3000:]}"
    built = tmp_path / "site"
    assert (built / "rank-and-dimension" / "native_log_check.svg").is_file(), "the block's image is not published"
    topic = json.loads((built / "rank-and-dimension" / "rank-and-dimension.ko.ipynb").read_text(encoding="utf-8"))
    cell = next(c for c in topic["cells"] if "os.write(2" in "".join(c["source"]))
    printed = ["".join(o["text"]) for o in cell["outputs"] if o["output_type"] == "stream"]
    assert printed == ["drawn\n"], cell["outputs"]
    shown = (built / "activation-functions" / "softmax-notebook" / "index.html").read_text(encoding="utf-8")
    assert "fromhex" in shown, "the notebook page's new cell is not shown"
    page_html = (built / "rank-and-dimension" / "index.html").read_text(encoding="utf-8")
    assert 'src="native_log_check.svg"' in page_html and "drawn" in page_html, "no output under the new block"
    for text in (topic, shown, page_html):
        assert "oneDNN" not in str(text) and "absl::InitializeLog" not in str(text), (
            "TensorFlow's log lines shown to readers"
        )


@pytest.mark.reuse("code", *EDITED)
def test_a_failing_block_stops_the_build_with_its_page_and_line(tmp_path, built_site):
    repo = _copy_with_caches(tmp_path)
    page = repo / "docs" / "rank-and-dimension" / "index.en.md"
    lines = page.read_text(encoding="utf-8").splitlines()
    failing = "```python\n" + WRITE_THEM + "print('before the error')\nraise ValueError('broken on purpose')\n```"
    page.write_text("\n".join(lines) + "\n\n" + failing + "\n", encoding="utf-8")
    status = site_build.build(tmp_path / "site", project=repo)
    assert status["returncode"] != 0
    opening = len(lines) + 2  # the fence's line
    where = f"docs/rank-and-dimension/index.en.md:{opening + 5}: ValueError: broken on purpose"
    assert where in status["log"] and "before the error" in status["log"], status["log"][-3000:]
    assert "oneDNN custom operations" not in status["log"], "TensorFlow's lines are in the failure's report"
