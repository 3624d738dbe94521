"""Run chains of code blocks in-process and report failures by page and line.

A chain is a block plus the blocks that continue it (```` {.python .continues} ````,
or the following cells of a notebook); it runs in one namespace, as `__main__`,
in a fresh temporary working directory. Chains whose code is the same in the
Korean and English pages (comments aside) run once.
"""

from __future__ import annotations

import contextlib
import io
import linecache
import os
import traceback
from dataclasses import dataclass

from dlkb.blocks import Block, all_blocks, strip_comments


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


class BlockFailure(Exception):
    """A block raised; the message is written for the person who has to fix it."""


def _filename(block: Block) -> str:
    if block.snippet:
        return block.snippet
    return f"<{block.where}>"


def _location(block: Block, filename: str, lineno: int) -> str:
    if filename == block.snippet or filename != f"<{block.where}>":
        return f"{filename}:{lineno}"
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


def run(chain: Chain, workdir: str) -> str:
    """Run a chain in `workdir`; return what it printed; raise BlockFailure on error."""
    namespace = {"__name__": "__main__", "__builtins__": __builtins__}
    output = io.StringIO()
    old_cwd = os.getcwd()
    os.chdir(workdir)
    try:
        for block in chain.blocks:
            filename = _filename(block)
            if not block.snippet:
                lines = block.code.splitlines(keepends=True)
                linecache.cache[filename] = (len(block.code), None, lines, filename)
            before = len(output.getvalue())
            try:
                code = compile(block.code, filename, "exec")
                with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
                    exec(code, namespace)
            except (Exception, SystemExit) as error:  # noqa: BLE001 - any failure of the block
                raise BlockFailure(_explain(chain, block, error, output.getvalue()[before:])) from None
    finally:
        os.chdir(old_cwd)
        _release_memory()
    return output.getvalue()


def _release_memory() -> None:
    import sys

    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")
    if "keras" in sys.modules:
        # No full gc.collect() per chain (free_memory=True costs about 0.3 s once TensorFlow,
        # Chroma and Gradio are loaded); Python's own generational collector still runs.
        sys.modules["keras"].backend.clear_session(free_memory=False)
