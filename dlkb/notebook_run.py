"""Run a notebook top to bottom in a fresh kernel for the build, quietly.

Not a hook: the hooks that execute notebooks (topic_notebooks.py,
notebook_pages.py) import it (MkDocs puts a hook's folder on `sys.path`
while it loads the hook).

What the kernel process writes to its own stdout and stderr (TensorFlow's C++
log lines at import, which some CPUs print and others don't, and Jupyter's
start-up notices) goes to a file, not into the build's log. When a cell fails,
the build stops with the cell's place in the page, the error, what the cell
printed and the tail of that file.

TensorFlow's C++ log lines are also left out of the notebook's outputs: they
depend on the machine (oneDNN, instruction sets, a timestamp and a process id)
and tell a reader nothing about the code.
"""

from __future__ import annotations

import copy
import hashlib
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from mkdocs.exceptions import PluginError

VERSION = hashlib.sha256(Path(__file__).read_bytes()).digest()  # part of every cache key of a run

# Lines a native library writes at import: absl/glog's prefix (I0000 00:00:17..  123 port.cc:153] ...),
# absl's notice before its log is initialised, and the second line of TensorFlow's CPU-feature notice.
NATIVE_LOG_LINE = re.compile(
    r"^(?:[IWEF]\d{4} [\d:.]+\s+\d+ [\w.+-]+:\d+\] .*"
    r"|WARNING: All log messages before absl::InitializeLog\(\) is called are written to STDERR"
    r"|To enable the following instructions: .*rebuild TensorFlow with the appropriate compiler flags\.)\n?",
    re.M,
)


ANSI = re.compile(r"\x1b\[[0-9;]*m")  # IPython colours its tracebacks


def without_native_logs(text: str) -> str:
    return NATIVE_LOG_LINE.sub("", text)


def _drop_native_logs(notebook) -> None:
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        kept = []
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == "stderr":
                output["text"] = without_native_logs(output["text"])
                if not output["text"]:
                    continue
            kept.append(output)
        cell.outputs = kept


def _printed(cell) -> str:
    return "".join(o.get("text", "") for o in cell.get("outputs", []) if o.get("output_type") == "stream")


def execute(notebook, workdir: str, where: Callable[[int], str], name: str):
    """`notebook` run in a fresh python3 kernel in `workdir`; `where(i)` names code cell i (0-based)
    for an error message, `name` the notebook. Returns the executed copy; raises PluginError."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, DeadKernelError

    client = NotebookClient(
        copy.deepcopy(notebook), timeout=600, kernel_name="python3", resources={"metadata": {"path": workdir}}
    )
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as kernel_log:
        try:
            # keyword arguments reach the kernel's Popen (jupyter_client's launch_kernel)
            done = client.execute(stdout=kernel_log, stderr=kernel_log)
        except (CellExecutionError, DeadKernelError, TimeoutError) as error:
            kernel_log.seek(0)
            raise PluginError(_failure(client.nb, where, name, error, kernel_log.read())) from None
    _drop_native_logs(done)
    return done


def _failure(ran, where, name: str, error: BaseException, kernel_log: str) -> str:
    code = [c for c in ran.cells if c.cell_type == "code"]
    failed = next(
        (i for i, c in enumerate(code) if any(o.get("output_type") == "error" for o in c.get("outputs", []))), None
    )
    if failed is None:  # the kernel died or timed out: the last cell that started
        failed = max((i for i, c in enumerate(code) if c.get("execution_count")), default=None)
    place = where(failed) if failed is not None else name
    summary = f"{error.ename}: {error.evalue}" if getattr(error, "ename", None) else type(error).__name__
    lines = [
        f"{place}: {summary}",
        f"  a cell of {name} failed when the notebook ran top to bottom in a fresh kernel:",
        ANSI.sub("", str(error)).strip()[-1500:],
    ]
    if failed is not None and _printed(code[failed]).strip():
        lines += ["printed:", _printed(code[failed]).rstrip()[-1500:]]
    if kernel_log.strip():
        lines += ["the kernel's own output (stdout and stderr):", kernel_log.rstrip()[-1500:]]
    return "\n".join(lines)
