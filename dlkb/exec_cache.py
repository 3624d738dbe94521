"""The execution cache: a chain of code blocks that passed is not run again until its code changes.

The key of a chain is a hash of its code (the blocks, with snippet includes expanded,
so an edited snippet file changes it), together with what the code runs on:
requirements.txt, the data the pages publish (docs/assets/corpus/) and the harness
that runs it. Prose is not in the key: editing Korean or English text re-runs nothing.
Entries live in .cache/exec/ (outside git, safe to delete; DLKB_EXEC_CACHE moves it),
one JSON file per passing chain: when it ran, how long it took, on which versions.
`--no-exec-cache` runs everything. A failing chain is never stored.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
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


def store(chain, seconds: float) -> dict:
    entry = {
        "chain": chain.id,
        "blocks": [b.where for b in chain.blocks] + [t.where for twin in chain.twins for t in twin],
        "seconds": round(seconds, 3),
        "ran": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "versions": versions(),
    }
    directory().mkdir(parents=True, exist_ok=True)
    tmp = directory() / f".{key(chain)}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
    tmp.replace(directory() / f"{key(chain)}.json")
    return entry
