"""What the site's build, its tests and its scripts share.

- `dlkb.pages`: the pages, the topic list and a page's language;
- `dlkb.blocks`: a page's code blocks as a reader sees them, snippet includes expanded;
- `dlkb.runner`: running those blocks, with failures reported by page and line;
- `dlkb.run_site`: the one run of the site's code (what changed since the last run), with progress;
- `dlkb.exec_cache`: the record of each passing run and what its blocks showed, keyed on the code;
- `dlkb.outputs`: those outputs, written under the blocks of a page and into notebooks;
- `dlkb.factchecks`: the lecture notes (data/) and the fact-check boxes that judge them.

It is installed into .venv in editable mode (`pip install -e .`, by the Makefile), so
that hooks, tests and scripts import it without touching `sys.path`.
"""
