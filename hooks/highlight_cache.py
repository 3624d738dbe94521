"""Each code listing is lexed by Pygments once per process, not once per page it appears on.

The same listing is highlighted on its Korean page, its English page and both whole-course
pages, and under `mkdocs serve` again on every rebuild. Lexing (Pygments' regular-expression
lexers) is most of that work, so this hook memoizes the token stream per (lexer, options, code)
and lets the formatter write the HTML as before, with each page's own line ids and titles. The
cache lives as long as the process (one `mkdocs build`, or one `mkdocs serve` session).

pymdownx.highlight calls `pygments.highlight` through its module's `highlight` name; that one
name is swapped for a function that does what `pygments.highlight` does (`format(lex(...))`)
with the memoized tokens. tests/test_build_caches.py checks that the HTML does not change.
"""

from __future__ import annotations

from functools import cache

import pygments
import pymdownx.highlight


@cache
def _tokens(lexer_class: type, options: tuple, code: str) -> tuple:
    return tuple(lexer_class(**dict(options)).get_tokens(code))


def highlight(code: str, lexer, formatter, outfile=None):
    try:
        options = tuple(sorted(lexer.options.items()))
        hash(options)
    except TypeError:  # an option that cannot be a key: no memo
        return pygments.highlight(code, lexer, formatter, outfile)
    return pygments.format(_tokens(type(lexer), options, code), formatter, outfile)


def on_config(config):
    pymdownx.highlight.highlight = highlight
    return config
