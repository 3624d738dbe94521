"""Every Mermaid diagram on every page parses, checked where it is written.

The build draws every diagram (hooks/mermaid_svg.py) and stops at one Mermaid
cannot parse, naming the page. Here, before any build, each ```mermaid fence is
handed to the vendored Mermaid's own parser in Chromium (served from docs/), and a
failure also names the line of the fence and Mermaid's message.
"""

from __future__ import annotations

import functools
import http.server
import mimetypes
import re
import threading

import pytest

from dlkb.blocks import DOCS, all_blocks

pytestmark = pytest.mark.xdist_group("browser")
mimetypes.add_type("text/javascript", ".mjs")
DIAGRAMS = [b for b in all_blocks() if b.language == "mermaid"]
PARSE = """async (sources) => {
  const mermaid = (await import("/assets/vendor/mermaid/mermaid.esm.min.mjs")).default;
  mermaid.initialize({startOnLoad: false});
  const results = [];
  for (const src of sources) {
    try { await mermaid.parse(src); results.push(null); }
    catch (e) { results.push(String(e && e.message || e)); }
  }
  return results;
}"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def docs_page(browser):
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(DOCS)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    page = browser.new_page()
    page.goto(
        f"http://127.0.0.1:{httpd.server_address[1]}/assets/vendor/"
    )  # a directory listing: an HTML page of the same origin
    yield page
    page.close()
    httpd.shutdown()
    httpd.server_close()


def parse(docs_page, sources: list[str]) -> list[str | None]:
    return docs_page.evaluate(PARSE, sources)


def _where(block, error: str) -> str:
    """The file line of the error: Mermaid counts lines from the start of the diagram."""
    found = re.search(r"on line (\d+)", error)
    return f"{block.page}:{block.line + int(found[1])}" if found else block.where


def test_every_diagram_parses(docs_page):
    assert DIAGRAMS, "no Mermaid diagram found on any page"
    errors = parse(docs_page, [b.code for b in DIAGRAMS])
    failures = [
        f"{_where(b, e)}: Mermaid syntax error in the ```mermaid block at {b.where}:\n"
        + "\n".join("    " + line for line in e.strip().splitlines()[:4])
        + "\n"
        "    fix the diagram (syntax: https://mermaid.js.org/syntax/flowchart.html) and look at it with `make serve`"
        for b, e in zip(DIAGRAMS, errors)
        if e
    ]
    assert not failures, "\n".join(failures)


def test_the_parser_rejects_a_broken_diagram(docs_page):
    """The check can fail: an unclosed bracket is reported, a good diagram is not."""
    assert parse(docs_page, ["flowchart LR\n  A --> B"]) == [None]
    assert parse(docs_page, ["flowchart LR\n  A[open --> B"])[0]


DRAW_TWICE = """
import json, sys
from hooks import mermaid_svg
from mkdocs.exceptions import PluginError
mermaid_svg.CACHE = mermaid_svg.Path(sys.argv[1])
first = mermaid_svg.draw(["flowchart LR\\n  A[\\uac00\\uc911\\uce58] --> B[weights]"], "docs/x.ko.md")
mermaid_svg._close()
def no_browser():
    raise SystemExit("a cached diagram started the browser")
real_page, mermaid_svg._page = mermaid_svg._page, no_browser
second = mermaid_svg.draw(["flowchart LR\\n  A[\\uac00\\uc911\\uce58] --> B[weights]"], "docs/x.ko.md")
mermaid_svg._page = real_page
try:
    mermaid_svg.draw(["flowchart LR\\n  A[open --> B"], "docs/x.ko.md")
    error = None
except PluginError as e:
    error = str(e)
mermaid_svg._close()
print(json.dumps({"first": first[0], "same": first == second, "error": error}))
"""


def test_the_build_draws_diagrams_once_and_fails_on_a_broken_one(tmp_path):
    """hooks/mermaid_svg.py, in its own process (it starts its own Playwright): a diagram is drawn as SVG
    with its labels, a second build takes it from the cache without a browser, and a broken one stops
    the build naming the page."""
    import json
    import subprocess
    import sys

    from dlkb.blocks import ROOT

    run = subprocess.run([sys.executable, "-c", DRAW_TWICE, str(tmp_path)], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["first"].startswith("<svg") and "가중치" in result["first"] and "weights" in result["first"]
    assert result["same"], "the cached drawing differs from the first one"
    assert result["error"] and "docs/x.ko.md: Mermaid cannot draw this diagram" in result["error"], result["error"]
    assert len(list(tmp_path.glob("*.svg"))) == 1
