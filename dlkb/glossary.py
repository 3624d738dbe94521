"""The glossary as data (docs/glossary.yml): its pages' tables and the search index read it."""

from __future__ import annotations

from pathlib import Path

import yaml


def load(docs_dir: str | Path) -> dict:
    # libyaml's loader where PyYAML has it (the pure-Python one took ~0.4 s for this file)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load((Path(docs_dir) / "glossary.yml").read_text(encoding="utf-8"), Loader=loader)
