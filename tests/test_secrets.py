"""No key, token or password in the repository or on the built site (detect-secrets, all plugins).

The lecture notes once held a real API key; code on this site reads keys from
environment variables. Scanned: every file git tracks, and every page, search
index and sitemap of the built site. Not scanned: third-party files copied
verbatim from the npm registry and the theme (docs/assets/vendor/, the theme's
own assets), whose minified code is full of high-entropy strings that are not
secrets; they are not written here and change only by a version bump. Notebooks
are scanned without the images the code drew (base64 PNG inside SVG). A file found clean is
not scanned again while its bytes and the checkers are the same (tests/harness/reuse.py,
file_key()), so a prose edit rescans the files it changed; `pytest --no-reuse` scans them all.
"""

from __future__ import annotations

import subprocess

import nbformat
import pytest
from detect_secrets import SecretsCollection
from detect_secrets.settings import default_settings, get_settings

from dlkb.blocks import ROOT
from tests.harness import reuse

THIRD_PARTY = ("docs/assets/vendor/",)
# detect-secrets skips a line that looks like `x = f(...)` as an "indirect reference":
# that would hide `client = OpenAI(api_key=<literal key>)`, the very line the notes leaked.
TOO_LENIENT = "detect_secrets.filters.heuristic.is_indirect_reference"


def _scan(paths) -> list[str]:
    found = []
    with default_settings():
        get_settings().disable_filters(TOO_LENIENT)
        secrets = SecretsCollection()
        for path in paths:
            secrets.scan_file(str(path))
        for filename, secret in secrets:
            found.append(f"{filename}:{secret.line_number}: {secret.type}")
    return found


def _scan_changed(paths, reuse_results: bool, scanned=lambda path: path) -> list[str]:
    """_scan() of the files not found clean before with the same bytes; when none holds a secret,
    each is recorded as clean. `scanned(path)` is what is scanned for a file (a notebook without its
    images)."""
    keys = {path: reuse.file_key("secrets", path) if reuse_results else None for path in paths}
    fresh = [path for path, key in keys.items() if key is None or not reuse.passed_before(key)]
    found = _scan(scanned(path) for path in fresh)
    if not found:
        for path in fresh:
            if keys[path]:
                reuse.record(keys[path])
    return found


def test_repository_holds_no_secret(request):
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    files = [ROOT / f for f in tracked.split("\0") if f and not f.startswith(THIRD_PARTY) and (ROOT / f).is_file()]
    assert len(files) > 20, "git ls-files listed almost nothing: is this a clone?"
    found = _scan_changed(files, not request.config.getoption("--no-reuse"))
    assert not found, "possible secrets (use an environment variable instead):\n" + "\n".join(found)


def test_built_site_holds_no_secret(built_site, tmp_path, request):
    files = [
        p
        for p in built_site.rglob("*")
        if p.suffix in {".html", ".json", ".xml", ".txt", ".ipynb"}
        and "assets" not in p.relative_to(built_site).parts[:1]
    ]
    assert any(p.name == "search_index.json" for p in files)
    reuse_results = not request.config.getoption("--no-reuse")
    found = _scan_changed(files, reuse_results, lambda p: _without_images(p, tmp_path) if p.suffix == ".ipynb" else p)
    assert not found, "possible secrets on the built site:\n" + "\n".join(found)


def test_a_file_found_clean_is_scanned_again_once_it_changes(tmp_path, monkeypatch):
    monkeypatch.setattr(reuse, "STORE", tmp_path / "results")
    page = tmp_path / "page.html"
    page.write_text("<p>no secret here</p>\n", encoding="utf-8")
    assert _scan_changed([page], True) == []
    assert reuse.passed_before(reuse.file_key("secrets", page)), "the clean file was not recorded"
    page.write_text('<p>password = "' + "hunter" + '2-correct-horse"</p>\n', encoding="utf-8")
    assert _scan_changed([page], True), "the changed file was not scanned again"


def _without_images(notebook, tmp_path):
    """A notebook without its figures: images drawn by the code (SVG embedding base64 PNG) are not text."""
    data = nbformat.read(notebook, as_version=4)
    for cell in data.cells:
        for output in cell.get("outputs", []):
            for mime in [m for m in output.get("data", {}) if m.startswith("image/")]:
                del output["data"][mime]
    copy = tmp_path / notebook.relative_to(notebook.anchor)
    copy.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(data, copy)
    return copy


@pytest.mark.parametrize(
    "line",
    [
        'client = OpenAI(api_key="sk-proj-'
        + "FgsCNmui8lZ5eAeyl5NL9PlxX"
        + "T3BlbkFJ"
        + "2FVofZ3kosa9MDmPj3BXP8uSd"
        + '")',
        'os.environ["OPENAI_API_KEY"] = "sk-' + "p9Lq2VwX7rT4nB8cK1mZ" + "3hJ6dF0sG5yA" + '"',
        "aws_access_key_id = " + "AKIA" + "Z7QH4K2M9X3PLW8R",
        'password = "' + "hunter" + '2-correct-horse"',
    ],
)
def test_the_scanner_finds_a_planted_secret(tmp_path, line):
    planted = tmp_path / "leak.py"
    planted.write_text(line + "\n", encoding="utf-8")
    assert _scan([planted]), f"detect-secrets missed: {line}"
