"""A notice at the top of an English page whose Korean source changed since it was translated
(dlkb/translations.py keeps the record; `make translations` lists the stale pages)."""

from pathlib import Path

from dlkb.translations import NOTICE, korean_twin, recorded, source_hash


def on_page_markdown(markdown: str, page, config, files) -> str:
    src = Path(page.file.abs_src_path)
    if not src.name.endswith(".en.md") or not korean_twin(src).exists():
        return markdown
    if recorded(src.read_text(encoding="utf-8")) == source_hash(korean_twin(src)):
        return markdown
    lines = markdown.split("\n")
    title = next((i for i, line in enumerate(lines) if line.startswith("# ")), -1)
    lines.insert(title + 1, "\n" + NOTICE)
    return "\n".join(lines)
