"""`make bench`: measure the run times that matter, in a fresh copy of the repository, and print one JSON object.

cold_exec_s       every code block of the site, empty execution cache (`python -m dlkb.run_site`, 2 workers)
warm_exec_s       the same after a prose-only edit of one page (nothing should re-run)
one_block_edit_s  the same after changing one snippet (only that block's chain re-runs)
naive_exec_s      every chain of blocks in its own fresh `python` process, one after another
build_s           `mkdocs build --strict` of both languages with warm caches (code run, search, cards): runs no code
serve_rebuild_s   `make serve`: from saving a page to the rebuilt page being served, the slowest of SAVES
                  (a reference page, a topic page in each language); _per_page_s: each of them
blocks            Python code blocks on the built site (both languages)
test_clean_s      `make test` in a fresh copy with no .venv (pip's cache warm, as on a developer's machine
                  the second time): install, the code run, the build and every check
test_after_prose_edit_s `make test` again in that copy after a prose-only edit of one page: the code does
                  not run again, and checks of built pages whose bytes did not change are reused
largest_page_bytes the most bytes any built page makes Chromium load (HTML, scripts, styles, fonts, images, data);
                  _gzip_bytes: the same compressed as a static host sends it; largest_topic_page_*:
                  the same leaving out the whole-course page (all topics on one page, for printing)
lowest_performance Lighthouse's mobile performance score (0-100) of the page that scores lowest, every page but
                  the whole-course page, one run each (tests/test_lighthouse.py); _page: that page
Everything is measured each time; nothing is copied from an earlier run.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

from dlkb import lighthouse
from dlkb.repository import copy_repository  # the tracked files, .venv linked
from dlkb.static_server import sent_bytes, serve

ROOT = Path(__file__).resolve().parent.parent

PAGE = "docs/activation-functions/index.ko.md"
SNIPPET = "snippets/activation-functions/softmax.py"


def timed(cmd: list[str], repo: Path, env: dict) -> float:
    started = time.perf_counter()
    run = subprocess.run(cmd, cwd=repo, env=env, capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(f"bench: {' '.join(cmd)} failed:\n{run.stdout[-3000:]}\n{run.stderr[-2000:]}")
    return round(time.perf_counter() - started, 2)


def exec_blocks(repo: Path, env: dict) -> float:
    """The one run of the site's code (what `make test` and a first build start with)."""
    return timed([sys.executable, "-m", "dlkb.run_site"], repo, env)


def naive(repo: Path, env: dict) -> float:
    script = (
        "import json\nfrom dlkb import runner\nprint(json.dumps([[b.code for b in c.blocks] for c in runner.chains()]))"
    )
    chains = json.loads(
        subprocess.run(
            [sys.executable, "-c", script], cwd=repo, env=env, capture_output=True, text=True, check=True
        ).stdout
    )
    total = 0.0
    for code in chains:
        with tempfile.TemporaryDirectory() as work:
            (Path(work) / "docs").symlink_to(repo / "docs")
            (Path(work) / "chain.py").write_text("\n".join(code), encoding="utf-8")
            total += timed([sys.executable, "chain.py"], Path(work), env)
    return round(total, 2)


def make_test_twice(tmp: Path, env: dict) -> dict[str, float]:
    """`make test` in a fresh git copy without .venv, then again after a prose-only edit."""
    repo = copy_repository(tmp / "clean", link_venv=False)
    git = ["git", "-c", "user.name=bench", "-c", "user.email=bench@localhost"]
    for command in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "bench"]):
        subprocess.run(git + command, cwd=repo, check=True)
    env = {k: v for k, v in env.items() if not k.startswith("DLKB_")}
    times = {"test_clean_s": timed(["make", "test"], repo, env)}
    _edit_prose(repo / PAGE)
    times["test_after_prose_edit_s"] = timed(["make", "test"], repo, env)
    return times


def _edit_prose(page: Path) -> None:
    page.write_text(
        page.read_text(encoding="utf-8").replace("## 팩트 체크", "## 팩트 체크\n\n벤치마크 문단.", 1),
        encoding="utf-8",
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


SAVES = [  # (page saved under `make serve`, the URL it is served at)
    ("docs/running-locally.ko.md", "running-locally/"),  # a reference page
    ("docs/optimizers/index.ko.md", "optimizers/"),  # a topic page: the whole-course page is rebuilt with it
    ("docs/optimizers/index.en.md", "en/optimizers/"),
]


def _seconds_until_served(url: str, marker: str, limit: float = 300) -> float:
    saved = time.perf_counter()
    while time.perf_counter() - saved < limit:
        try:
            if marker in urllib.request.urlopen(url, timeout=5).read().decode():
                return round(time.perf_counter() - saved, 2)
        except OSError:
            pass
        time.sleep(0.05)
    raise SystemExit(f"bench: mkdocs serve did not serve {url} rebuilt within {limit:.0f} s")


def serve_rebuild(repo: Path, env: dict) -> dict[str, float]:
    """Seconds from saving each page of SAVES (one after another, in one `make serve`) to its rebuilt page."""
    port = free_port()
    server = subprocess.Popen(
        ["make", "serve", f"SERVE_ADDR=127.0.0.1:{port}"],
        cwd=repo,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}/"
    times: dict[str, float] = {}
    try:
        deadline = time.time() + 600
        while time.time() < deadline:
            try:
                urllib.request.urlopen(base + SAVES[0][1], timeout=2).read()
                break
            except OSError:
                time.sleep(0.5)
        time.sleep(2)  # let the watcher settle after the first build
        for source, url in SAVES:
            marker = f"bench-marker-{time.time_ns()}"
            page = repo / source
            page.write_text(page.read_text(encoding="utf-8") + f"\n\n{marker}\n", encoding="utf-8")
            times[source] = _seconds_until_served(base + url, marker)
            time.sleep(2)  # the reader looks at the page before the next save
        return times
    finally:
        os.killpg(server.pid, signal.SIGTERM)  # make and the mkdocs it started
        server.wait(timeout=30)


def page_weights(site: Path) -> list[tuple[int, int, str]]:
    """For each built page: the bytes Chromium loads for it, the same gzip-compressed (as a
    static host such as GitHub Pages sends text), and its path."""
    from playwright.sync_api import sync_playwright

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    pages = sorted(p.relative_to(site).parent.as_posix() for p in site.rglob("index.html") if "assets" not in p.parts)
    weights = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for path in pages:
            context = browser.new_context()
            page = context.new_page()
            responses = []
            # (a lambda: Playwright tags each handler with an attribute, which a bound builtin cannot take)
            page.on("response", lambda response, kept=responses: kept.append(response))
            page.goto(base + ("" if path == "." else path + "/"), wait_until="networkidle")
            bodies = {r.url: r.body() for r in responses if r.ok}  # read while the page is open
            raw = sum(len(b) for b in bodies.values())
            packed = sum(sent_bytes(urlparse(u).path, b) for u, b in bodies.items())
            weights.append((raw, packed, path))
            context.close()
        browser.close()
    httpd.shutdown()
    return weights


def lighthouse_scores(site: Path) -> list[tuple[float, str]]:
    """Lighthouse's mobile performance score of every built page but the whole-course page, and its path."""
    pages = sorted(p.relative_to(site).parent.as_posix() for p in site.rglob("index.html") if "assets" not in p.parts)
    pages = [p for p in pages if p not in ("course", "en/course", "search", "en/search")]
    scores = []
    with serve(site) as base, lighthouse.runner() as run:
        for path in pages:
            result = run(f"{base}/{'' if path == '.' else path + '/'}")
            if result.get("error"):
                raise SystemExit(f"bench: Lighthouse failed on {path}: {result['error']}")
            scores.append((round(100 * result["scores"]["performance"]), path))
    return scores


def main() -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    with tempfile.TemporaryDirectory() as tmp:
        repo = copy_repository(Path(tmp) / "repo")
        env["DLKB_EXEC_CACHE"] = str(repo / ".cache" / "exec")
        result: dict[str, object] = {}
        result["cold_exec_s"] = exec_blocks(repo, env)
        _edit_prose(repo / PAGE)
        result["warm_exec_s"] = exec_blocks(repo, env)
        snippet = repo / SNIPPET
        snippet.write_text(snippet.read_text(encoding="utf-8") + "\nassert True  # bench edit\n", encoding="utf-8")
        result["one_block_edit_s"] = exec_blocks(repo, env)
        result["naive_exec_s"] = naive(repo, env)
        site = Path(tmp) / "site"
        both = (["-d", str(site)], ["-f", "mkdocs.en.yml", "-d", str(site / "en")])  # as `make build` runs them
        for args in both:  # the first build of the copy fills its caches
            timed([sys.executable, "-m", "mkdocs", "build", "--strict", *args], repo, env)
        result["build_s"] = sum(
            timed([sys.executable, "-m", "mkdocs", "build", "--strict", *args], repo, env) for args in both
        )
        saves = serve_rebuild(repo, env)
        result["serve_rebuild_s"] = max(saves.values())
        result["serve_rebuild_per_page_s"] = saves
        blocks = subprocess.run(
            [
                sys.executable,
                "-c",
                "from dlkb.blocks import all_blocks; print(sum(b.language == 'python' for b in all_blocks()))",
            ],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        result["blocks"] = int(blocks)
        weights = page_weights(Path(tmp) / "site")
        raw, packed, where = max(weights)
        result["largest_page_bytes"] = raw
        result["largest_page"] = where
        result["largest_page_gzip_bytes"] = packed
        # the same without the whole-course page (every topic on one page, for printing)
        raw, packed, where = max(w for w in weights if w[2] not in ("course", "en/course"))
        result["largest_topic_page_bytes"] = raw
        result["largest_topic_page"] = where
        result["largest_topic_page_gzip_bytes"] = packed
        result["lowest_performance"], result["lowest_performance_page"] = min(lighthouse_scores(site))
        result["speedup_vs_naive"] = round(result["naive_exec_s"] / result["cold_exec_s"], 2)
        result |= make_test_twice(Path(tmp), env)
    out = json.dumps(result, indent=2)
    (ROOT / ".cache").mkdir(exist_ok=True)
    (ROOT / ".cache" / "bench.json").write_text(out + "\n", encoding="utf-8")
    print(out)


if __name__ == "__main__":
    main()
