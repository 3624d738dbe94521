"""Run chains of code blocks in-process and report failures by page and line.

A chain is a block plus the blocks that continue it (```` {.python .continues} ````,
or the following cells of a notebook); it runs in one namespace, as `__main__`,
in a fresh temporary working directory. Chains whose code is the same in the
Korean and English pages (comments aside) run once. Each block's output is kept:
what it printed (stdout and stderr, in order) and the images it wrote (`.svg`, `.png`).
"""

from __future__ import annotations

import contextlib
import io
import linecache
import os
import re
import sys
import traceback
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from dlkb.blocks import ROOT, Block, all_blocks, strip_comments


@dataclass
class Chain:
    blocks: tuple[Block, ...]
    twins: list[tuple[Block, ...]]  # the same code on other pages (the other language)

    @property
    def id(self) -> str:
        return self.blocks[0].where

    @property
    def covers(self) -> int:
        """How many blocks on the site this run stands for."""
        return len(self.blocks) * (1 + len(self.twins))


def chains() -> list[Chain]:
    """Every Python chain of the site, identical ones merged."""
    by_key: dict[tuple, Chain] = {}
    current: list[Block] = []
    groups: list[tuple[Block, ...]] = []
    for block in all_blocks():
        if block.language != "python":
            continue
        if block.continues and current and current[-1].page == block.page:
            current.append(block)
        else:
            if current:
                groups.append(tuple(current))
            current = [block]
    if current:
        groups.append(tuple(current))
    for group in groups:
        key = tuple(strip_comments(b.code) for b in group)
        if key in by_key:
            by_key[key].twins.append(group)
        else:
            by_key[key] = Chain(group, [])
    return list(by_key.values())


@dataclass
class Output:
    """What one block showed: its printed text and the images it wrote into the working directory."""

    printed: str
    images: list[str] = field(default_factory=list)


IMAGES = {".svg", ".png"}
# where installed packages live, as a reader would write it: warnings name their files
SITE_PACKAGES = re.compile(re.escape(str(Path(sys.prefix))) + r"/lib/python3\.\d+/site-packages/")

ENVIRONMENT = {  # before any block imports them: quiet, deterministic, headless, no telemetry
    "MPLBACKEND": "Agg",
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "PYTHONHASHSEED": "0",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "ANONYMIZED_TELEMETRY": "False",  # chromadb
    "ORT_DISABLE_TELEMETRY": "1",  # onnxruntime
}


def prepare() -> None:
    """Set the environment up and load TensorFlow and Keras once, before any block's clock starts."""
    for name, value in ENVIRONMENT.items():
        os.environ.setdefault(name, value)
    import absl.logging
    import keras  # noqa: F401
    import tensorflow  # noqa: F401

    # absl's log handler keeps the stderr it first saw (pytest's capture stream, say). A block that
    # launches Gradio makes uvicorn reset logging, which closes every handler, and absl's then
    # closes that stream ("I/O operation on closed file"). Point it at the real stderr instead.
    absl.logging.get_absl_handler().python_handler.stream = sys.__stderr__


def _images(workdir: str) -> dict[str, float]:
    return {p.name: p.stat().st_mtime_ns for p in Path(workdir).iterdir() if p.suffix in IMAGES}


class BlockFailure(Exception):
    """A block raised; the message is written for the person who has to fix it."""


def _filename(block: Block) -> str:
    # a snippet by its absolute path: code that reads its own source (AutoGraph, inspect) finds it
    # from the block's working directory
    return str(ROOT / block.snippet) if block.snippet else f"<{block.where}>"


def _location(block: Block, filename: str, lineno: int) -> str:
    if filename != f"<{block.where}>":
        path = Path(filename)
        return f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else filename}:{lineno}"
    file, line = block.origins[lineno - 1] if 0 < lineno <= len(block.origins) else (block.page, block.line)
    unit = "cell " if file.endswith(".ipynb") else ""
    return f"{file}:{unit}{line}"


def _explain(chain: Chain, block: Block, error: BaseException, printed: str) -> str:
    filename = _filename(block)
    frames = traceback.extract_tb(error.__traceback__)
    # Drop the harness's own frame (the exec call), keep the block's and what it called.
    while frames and frames[0].filename != filename:
        frames.pop(0)
    shown = []
    failing = None
    for frame in frames:
        if frame.filename == filename:
            where = _location(block, frame.filename, frame.lineno)
            failing = where
        else:
            where = f"{frame.filename}:{frame.lineno}"
        shown.append(f"    {where} in {frame.name}\n      {(frame.line or '').strip()}")
    if len(shown) > 8:
        shown = shown[:3] + ["    ..."] + shown[-4:]
    if isinstance(error, SyntaxError) and error.filename == filename and error.lineno:
        failing = _location(block, filename, error.lineno)
    head = failing or block.where
    exception = "".join(traceback.format_exception_only(type(error), error)).strip()
    lines = [f"{head}: {exception}", f"  in the code block at {block.where}"]
    if block.snippet:
        lines[-1] += f" (which includes {block.snippet})"
    if chain.twins:
        lines.append("  same code at " + ", ".join(t[chain.blocks.index(block)].where for t in chain.twins))
    if len(chain.blocks) > 1:
        lines.append(f"  block {chain.blocks.index(block) + 1} of a chain starting at {chain.id}")
    lines.append("  traceback (most recent call last):")
    lines.extend(shown or ["    (no frame inside the block)"])
    printed = printed.rstrip()
    lines.append("  printed:" if printed else "  printed: nothing")
    if printed:
        tail = printed.splitlines()[-20:]
        lines.extend("    " + line for line in tail)
    return "\n".join(lines)


def run(chain: Chain, workdir: str) -> list[Output]:
    """Run a chain in `workdir`; return each block's output; raise BlockFailure on error."""
    namespace = {"__name__": "__main__", "__builtins__": __builtins__}
    output = io.StringIO()
    shown: list[Output] = []
    old_cwd = os.getcwd()
    os.chdir(workdir)
    # (a fresh copy of the warning filters: a warning shown once per place is shown again for this
    # chain, as in a reader's fresh `python`, whatever ran before it in this process)
    try:
        with warnings.catch_warnings():
            for block in chain.blocks:
                filename = _filename(block)
                if not block.snippet:
                    lines = block.code.splitlines(keepends=True)
                    linecache.cache[filename] = (len(block.code), None, lines, filename)
                before, images = len(output.getvalue()), _images(workdir)
                try:
                    code = compile(block.code, filename, "exec")
                    with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
                        exec(code, namespace)
                except (Exception, SystemExit) as error:  # noqa: BLE001 - any failure of the block
                    raise BlockFailure(_explain(chain, block, error, output.getvalue()[before:])) from None
                written = sorted(name for name, time in _images(workdir).items() if images.get(name) != time)
                shown.append(Output(SITE_PACKAGES.sub(".../site-packages/", output.getvalue()[before:]), written))
    finally:
        os.chdir(old_cwd)
        _release_memory()
    return shown


def _release_memory() -> None:
    import sys

    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")
        sys.modules["matplotlib"].rcdefaults()  # a block's settings (a Hangul font, say) end with its chain
    if "keras" in sys.modules:
        # No full gc.collect() per chain (free_memory=True costs about 0.3 s once TensorFlow,
        # Chroma and Gradio are loaded); Python's own generational collector still runs.
        sys.modules["keras"].backend.clear_session(free_memory=False)
