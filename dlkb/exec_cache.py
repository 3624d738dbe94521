"""The execution cache: a chain of code blocks that passed is not run again until its code changes.

The key of a chain is a hash of its code (the blocks, with snippet includes expanded,
so an edited snippet file changes it), together with what the code runs on:
requirements.txt, the data the pages publish (docs/assets/corpus/) and the harness
that runs it. Prose is not in the key: editing Korean or English text re-runs nothing.
Entries live in .cache/exec/ (outside git, safe to delete; DLKB_EXEC_CACHE moves it),
one JSON file per passing chain: when it ran, how long it took, on which versions, and
what each block showed (its printed text, and the images it wrote, kept in `<key>/`):
the build shows those under the blocks. An SVG is kept as scour, the SVG optimizer,
rewrites it (`lean_svg`): the same drawing in about half the bytes. A failing chain is
never stored; the last failure of each chain is kept in `failures.json` for the tests
to report.
`--no-exec-cache` runs everything.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import shutil
from functools import cache
from importlib import metadata
from pathlib import Path

from dlkb.blocks import DOCS, ROOT

HARNESS = Path(__file__).resolve().parent


def directory() -> Path:
    return Path(os.environ.get("DLKB_EXEC_CACHE", ROOT / ".cache" / "exec"))


@cache
def _salt() -> bytes:
    digest = hashlib.sha256((ROOT / "requirements.txt").read_bytes())
    for path in sorted((DOCS / "assets" / "corpus").rglob("*")) + [HARNESS / "runner.py", HARNESS / "exec_cache.py"]:
        if path.is_file():
            digest.update(path.name.encode() + path.read_bytes())
    return digest.digest()


def key(chain) -> str:
    digest = hashlib.sha256(_salt())
    for block in chain.blocks:
        digest.update(b"\0" + block.code.encode())
    return digest.hexdigest()[:24]


def lookup(chain) -> dict | None:
    path = directory() / f"{key(chain)}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def versions() -> dict[str, str]:
    return {
        name: metadata.version(dist)
        for name, dist in (("tensorflow", "tensorflow-cpu"), ("keras", "keras"), ("python", None))
        if dist
    } | {"python": ".".join(map(str, __import__("sys").version_info[:3]))}


def images(chain) -> Path:
    """The folder holding the images a chain's blocks wrote."""
    return directory() / key(chain)


def store(chain, seconds: float, outputs: list, workdir: str) -> dict:
    entry = {
        "chain": chain.id,
        "blocks": [b.where for b in chain.blocks] + [t.where for twin in chain.twins for t in twin],
        "seconds": round(seconds, 3),
        "ran": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "versions": versions(),
        "outputs": [{"printed": o.printed, "images": o.images} for o in outputs],
    }
    written = [name for o in outputs for name in o.images]
    if written:
        folder = images(chain)
        folder.mkdir(parents=True, exist_ok=True)
        for name in written:
            if name.endswith(".svg"):
                svg = (Path(workdir) / name).read_text(encoding="utf-8")
                (folder / name).write_text(lean_svg(svg), encoding="utf-8")
            else:
                shutil.copyfile(Path(workdir) / name, folder / name)
    _write(directory() / f"{key(chain)}.json", entry)
    return entry


def lean_svg(svg: str) -> str:
    """An SVG as scour writes it: numbers to 4 significant digits (under 0.1 px on
    these figures), short ids, no metadata, comments or indentation.

    Matplotlib writes every coordinate with 6 decimals and one indented line per
    marker: its figures shrink by half, and none is then over 100 KB
    (tests/test_site_build.py checks the published ones). The short ids start with
    three letters drawn from the figure's content: an SVG shown inline (a notebook's
    output) shares the page's ids, and two figures must not both define `#a`.
    """
    from scour import scour

    digest = hashlib.sha256(svg.encode()).digest()
    options = scour.sanitizeOptions()
    options.digits, options.quiet = 4, True
    options.strip_ids = options.shorten_ids = options.remove_metadata = options.strip_comments = True
    options.shorten_ids_prefix = "".join(chr(ord("a") + b % 26) for b in digest[:3])
    options.indent_type, options.newlines = "none", False
    return scour.scourString(svg, options)


def _write(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)


FAILURES = "failures.json"


def failures() -> dict[str, str]:
    """The last failure of each chain that failed in its last run: chain id -> message."""
    try:
        return json.loads((directory() / FAILURES).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def record_failures(ran: list, failed: dict[str, str]) -> None:
    """After a run: forget the old failures of the chains that ran, keep the new ones."""
    ids = {chain.id for chain in ran}
    kept = {chain: message for chain, message in failures().items() if chain not in ids}
    _write(directory() / FAILURES, kept | failed)
    for chain in ran:  # a chain run again (`--all`) that fails has no pass any more
        if chain.id in failed:
            (directory() / f"{key(chain)}.json").unlink(missing_ok=True)
