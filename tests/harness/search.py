"""Type queries into the built site's search box in Chromium, as a person does, and score the results.

The queries and the page each should find first: tests/data/search-queries.yml.
`python -m tests.harness.search SITE_DIR` serves SITE_DIR on 127.0.0.1 and prints hit@1 and hit@3
per language with every miss (what `tests/test_search_quality.py` asserts on).
"""

from __future__ import annotations

import functools
import http.server
import json
import sys
import threading
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import yaml

from dlkb.blocks import ROOT

QUERIES = ROOT / "tests" / "data" / "search-queries.yml"
# The result list as Material draws it: one item per page, its first link the page (or its best section).
RESULTS = """() => [...document.querySelectorAll('.md-search-result__list > .md-search-result__item')]
  .map(li => li.querySelector('a') ? li.querySelector('a').href : '')"""


@dataclass
class Outcome:
    query: str
    want: str
    found: list[str] = field(default_factory=list)  # page paths, best first

    @property
    def rank(self) -> int | None:
        return self.found.index(self.want) + 1 if self.want in self.found else None


def queries() -> dict[str, list[dict]]:
    return yaml.safe_load(QUERIES.read_text(encoding="utf-8"))


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextmanager
def serve(directory: Path):
    handler = functools.partial(_QuietHandler, directory=str(directory))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _page_path(href: str, base: str) -> str:
    """http://host/en/optimizers/#momentum -> en/optimizers/"""
    path = urlparse(href).path
    root = urlparse(base).path.rstrip("/")
    path = path[len(root) :] if root and path.startswith(root) else path
    return path.lstrip("/").removesuffix("index.html")


# Counts the messages the page sends its search worker and the answers it gets back, and keeps the
# last query sent (Material's message {type, data}: data is the query as typed). Material's worker
# answers each message with one (setup -> ready, query -> result), in order, and Material draws the
# result list (its first 10 items) as an answer arrives: when every message has its answer and the
# last one sent was the typed query, the list on the page is that query's. Installed before the
# page's scripts; our listener is added after Material's, so it runs after Material has drawn.
# (If Material's messages change shape, the wait below times out: see its message.)
COUNT_ANSWERS = """(() => {
  const post = Worker.prototype.postMessage, counts = { sent: 0, answered: 0 };
  window.__searchWorker = counts;
  Worker.prototype.postMessage = function (...message) {
    if (!this.__counted) {
      this.__counted = true;
      this.addEventListener("message", () => counts.answered++);
    }
    counts.sent++;
    if (typeof message[0]?.data === "string") counts.query = message[0].data;
    return post.apply(this, message);
  };
})()"""


ANSWERED = """q => {
  const w = window.__searchWorker, box = document.querySelector("input.md-search__input");
  return box.value === q && w.query === q && w.sent === w.answered;
}"""


def _settled(page, query: str) -> list[str]:
    """The result list once Material's worker has answered every message, the last the typed query."""
    try:
        page.wait_for_function(ANSWERED, arg=query, timeout=10000)
    except Exception as error:
        state = page.evaluate("() => window.__searchWorker")
        raise AssertionError(
            f"{query!r}: no answer from the search worker in 10 s ({state}); if no query was sent, "
            "Material's worker messages changed shape (COUNT_ANSWERS in tests/harness/search.py)"
        ) from error
    return page.evaluate(RESULTS)


def search(page, query: str) -> list[str]:
    """Type `query` into the search box as a person does; the result hrefs, best first."""
    box = page.locator("input.md-search__input")
    box.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Backspace")
    page.keyboard.type(query, delay=20)
    # Hangul typed through an IME arrives as text without key events; the IME's last key sends one.
    page.keyboard.press("End")
    return _settled(page, query)


def measure(browser, base: str, lang: str, items: list[dict]) -> list[Outcome]:
    """Each query typed on the home page of `lang`'s site (`base` is the site's root URL)."""
    context = browser.new_context(locale="ko-KR" if lang == "ko" else "en-US", viewport={"width": 1280, "height": 900})
    try:
        context.add_init_script(COUNT_ANSWERS)
        page = context.new_page()
        home = base.rstrip("/") + ("/" if lang == "ko" else "/en/")
        page.goto(home, wait_until="networkidle")
        search(page, "softmax")  # the worker has built its index once a word everyone has finds pages
        page.wait_for_selector(".md-search-result__item", timeout=30000)
        outcomes = []
        for item in items:
            hrefs = search(page, str(item["q"]))
            found = []
            for href in hrefs:
                path = _page_path(href, base)
                if path not in found:
                    found.append(path)
            outcomes.append(Outcome(str(item["q"]), item["page"], found))
        return outcomes
    finally:
        context.close()


def summary(outcomes: list[Outcome]) -> dict:
    n = len(outcomes)
    hit1 = sum(o.rank == 1 for o in outcomes)
    hit3 = sum(o.rank is not None and o.rank <= 3 for o in outcomes)
    return {
        "queries": n,
        "hit@1": round(hit1 / n, 3),
        "hit@3": round(hit3 / n, 3),
        "misses": [f"{o.query!r}: wanted {o.want}, got {o.found[:3]}" for o in outcomes if o.rank != 1],
    }


def main(site: Path) -> dict:
    from playwright.sync_api import sync_playwright

    report = {}
    with serve(site) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
        for lang, items in queries().items():
            outcomes = measure(browser, base, lang, items)
            report[lang] = summary(outcomes) | {"outcomes": [asdict(o) for o in outcomes]}
        browser.close()
    return report


if __name__ == "__main__":
    result = main(Path(sys.argv[1]))
    for lang, data in result.items():
        print(f"{lang}: {data['queries']} queries, hit@1 {data['hit@1']:.1%}, hit@3 {data['hit@3']:.1%}")
        for miss in data["misses"]:
            print("   ", miss)
    if len(sys.argv) > 2:
        Path(sys.argv[2]).write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
