"""Compiled Jinja templates are kept in `.cache/jinja` instead of being compiled on every build.

MkDocs makes a new Jinja environment for each build (one per language, and under
`mkdocs serve` more on every save), and the environment compiled Material's ~75
templates again each time: about a second per build on two cores. Jinja's own
`FileSystemBytecodeCache` keeps the compiled code, checked against each template's source,
so a changed template (overrides/) is compiled again. The folder is safe to delete.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import FileSystemBytecodeCache

CACHE = Path(__file__).resolve().parent.parent / ".cache" / "jinja"


def on_env(env, config, files):
    CACHE.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(CACHE))
    return env
