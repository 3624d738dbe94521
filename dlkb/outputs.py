"""What each code block showed when the site's code ran, written under the block.

The one run (dlkb/run_site.py) stores every block's printed text and the images it
wrote in the execution cache. `shown()` reads them back per block, and `annotate()`
puts an admonition titled 출력 / Output under each Python block of a page's Markdown:
the printed text, open when it is short (LONG lines or fewer), collapsed when longer,
and the images the block wrote that the page's prose does not already show. A block
that showed nothing gets no box. `{{ printed("label") }}` in the prose becomes the
value a block of the same page printed after `label:` (as MyST-NB's `glue`), so that
a number quoted in the text is the number of the run shown beside it.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from dlkb import exec_cache, runner
from dlkb.blocks import ROOT, CollectError, page_blocks

LONG = 15
TITLE = {"ko": "출력", "en": "Output"}
ALT = {"ko": "코드가 그린 그림 {name}", "en": "Figure {name}, drawn by the code"}
# the label in either quote, holding the other one: printed("paper's estimate")
PRINTED = re.compile(r"""\{\{\s*printed\(\s*(["'])(.+?)\1\s*\)\s*\}\}""")
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


@dataclass
class Shown:
    printed: str
    images: list[str]
    folder: Path  # where the images are kept


@cache  # one build reads them once (hooks/code_outputs.py clears it before each build)
def shown() -> dict[tuple[str, int], Shown]:
    """Every Python block's output from the last passing run of its chain: (page, line) -> Shown."""
    found = {}
    for chain in runner.chains():
        entry = exec_cache.lookup(chain)
        if entry is None:
            continue
        folder = exec_cache.images(chain)
        for group in (chain.blocks, *chain.twins):
            for block, output in zip(group, entry["outputs"], strict=True):
                found[(block.page, block.line)] = Shown(clean(output["printed"]), output["images"], folder)
    return found


def clean(printed: str) -> str:
    """Printed text as a terminal leaves it: colours dropped, each line as its last carriage return left it."""
    lines = [ANSI.sub("", line).rsplit("\r", 1)[-1].rstrip() for line in printed.splitlines()]
    return "\n".join(lines).strip("\n")


def box(output: Shown, indent: str, lang: str, prose: str) -> list[str]:
    """The admonition under a block, as Markdown lines indented like the block."""
    body = []
    if output.printed:
        fence = "`" * max(3, 1 + max((len(r) for r in re.findall(r"`+", output.printed)), default=0))
        body += [f"{fence}text", *output.printed.splitlines(), fence, ""]
    body += [f"![{ALT[lang].format(name=n)}]({n})" for n in output.images if f"]({n})" not in prose]
    if not body:
        return []
    marker = "???" if output.printed.count("\n") + 1 > LONG else "???+"
    head = [f'{marker} output "{TITLE[lang]}"', ""]
    return (
        [""]
        + [f"{indent}{line}" if line else "" for line in head]
        + [f"{indent}    {line}" if line else "" for line in body]
    )


def annotate(markdown: str, page: str, lang: str, found: dict[tuple[str, int], Shown]) -> str:
    """`markdown` (the text of `page`, perhaps without its front matter) with an output box under each block."""
    lines = markdown.splitlines()
    offset = len((ROOT / page).read_text(encoding="utf-8").splitlines()) - len(lines)
    after: dict[int, list[str]] = {}
    for block in page_blocks(page):
        output = found.get((block.page, block.line))
        if block.page != page or block.language != "python" or output is None:
            continue  # (the whole-course page's blocks are its topics': annotated with them)
        end = block.end - offset
        if not 0 < end <= len(lines) or not lines[end - 1].strip().startswith(("```", "~~~")):
            raise CollectError(f"{block.where}: no closing fence at line {block.end} to put the output under")
        indent = re.match(r"\s*", lines[block.line - offset - 1])[0]
        if "(1)!" in block.code:  # Material's code annotations: their list must follow the block
            end = _end_of_list(lines, end, indent)
        after[end] = box(output, indent, lang, markdown)
    text = "\n".join(line for number, line in enumerate(lines, 1) for line in [line, *after.get(number, [])])
    return PRINTED.sub(lambda m: _printed(m[2], page, found), text) + "\n"


def _end_of_list(lines: list[str], fence: int, indent: str) -> int:
    """The last line of the numbered list right after the closing fence at line `fence`."""
    last, number = fence, fence
    while number < len(lines):
        line = lines[number]
        if line.strip() and not (line.startswith(indent + "    ") or re.match(rf"{indent}\d+\. ", line)):
            break
        number += 1
        last = number if line.strip() else last
    return last


def _printed(label: str, page: str, found: dict[tuple[str, int], Shown]) -> str:
    pattern = re.compile(rf"^\s*{re.escape(label)}\s*[:=]\s*([^\s,;]+)", re.M)
    outputs = [found[b.page, b.line] for b in page_blocks(page) if (b.page, b.line) in found]
    values = [m[1] for output in outputs for m in pattern.finditer(output.printed)]
    if len(values) != 1:
        raise CollectError(f'{page}: printed("{label}") needs one line "{label}: <value>" in its outputs: {values}')
    return values[0]


def cell_outputs(output: Shown) -> list:
    """A notebook cell's outputs for what its block showed: a stream, then one display per image."""
    import nbformat

    cells = [nbformat.v4.new_output("stream", name="stdout", text=output.printed + "\n")] if output.printed else []
    for name in output.images:
        path = output.folder / name
        if path.suffix == ".svg":
            data = {"image/svg+xml": path.read_text(encoding="utf-8")}
        else:
            data = {"image/png": base64.b64encode(path.read_bytes()).decode()}
        cells.append(nbformat.v4.new_output("display_data", data=data))
    return cells
