"""What the site's build, its tests and its scripts share.

- `dlkb.pages`: the pages, the topic list and a page's language;
- `dlkb.blocks`: a page's code blocks as a reader sees them, snippet includes expanded;
- `dlkb.runner`: running those blocks, with failures reported by page and line;
- `dlkb.exec_cache`: the record of each passing run, keyed on the code;
- `dlkb.notebook_run`: running a notebook in a fresh kernel for the build, quietly.

It is installed into .venv in editable mode (`pip install -e .`, by the Makefile), so
that hooks, tests and scripts import it without touching `sys.path`.
"""
