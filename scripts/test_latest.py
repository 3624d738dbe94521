"""`make test-latest`: the site's code on the newest releases of the packages it teaches with.

The lock (requirements.txt) keeps the site reproducible; this finds what a new release of
TensorFlow, Keras, the OpenAI SDK, Gradio, Chroma, LangChain or any other direct dependency
(requirements.in) would break before a reader does. It installs the newest releases that
install together into .venv-latest, apart from .venv, runs every code block there
(`python -m dlkb.run_site --all`, with an execution cache of its own) and writes
test-artifacts/latest/report.md and report.json: the versions that differ from the lock and
each run of blocks that failed (its page and line, whether it holds a fact check of the
lecture notes, the error). Exit status 1 when a block failed, so the weekly workflow
(.github/workflows/latest.yml) fails where everyone sees it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from dlkb import runner
from dlkb.blocks import ROOT

VENV = ROOT / ".venv-latest"
CACHE = ROOT / ".cache" / "exec-latest"
REPORT = ROOT / "test-artifacts" / "latest"
NAME = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)")


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def direct_dependencies() -> list[str]:
    lines = (ROOT / "requirements.in").read_text(encoding="utf-8").splitlines()
    return [m.group(1) for line in lines if (m := NAME.match(line.strip()))]


def locked() -> dict[str, str]:
    pins = (line.split("==") for line in (ROOT / "requirements.txt").read_text().splitlines() if "==" in line)
    return {_normal(name): version.strip() for name, version in pins}


def install(names: list[str]) -> dict[str, str]:
    """The newest releases of `names` that install together, in .venv-latest; returns what it holds."""
    if not (VENV / "bin" / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    uv = [str(Path(sys.executable).with_name("uv")), "pip"]
    python = ["--python", str(VENV / "bin" / "python")]
    subprocess.run([*uv, "install", *python, "--upgrade", *names, "-e", str(ROOT)], check=True)
    listed = subprocess.run([*uv, "list", *python, "--format", "json"], check=True, capture_output=True, text=True)
    return {_normal(p["name"]): p["version"] for p in json.loads(listed.stdout)}


def run_blocks() -> dict[str, str]:
    """Every chain of blocks, in .venv-latest; returns the failures (chain id -> message)."""
    env = os.environ | {"DLKB_EXEC_CACHE": str(CACHE)}
    subprocess.run([str(VENV / "bin" / "python"), "-m", "dlkb.run_site", "--all"], cwd=ROOT, env=env)
    try:
        return json.loads((CACHE / "failures.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"(the run)": "dlkb.run_site wrote no record of its failures: it did not finish"}


def _is_fact_check(chain: runner.Chain) -> bool:
    return any("factcheck" in (block.snippet or "") for block in chain.blocks)


def report(names: list[str], newest: dict[str, str], failed: dict[str, str]) -> dict:
    pins = locked()
    chains = {chain.id: chain for chain in runner.chains()}
    return {
        "changed": {
            name: {"locked": pins.get(_normal(name)), "newest": newest.get(_normal(name))}
            for name in names
            if pins.get(_normal(name)) != newest.get(_normal(name))
        },
        "runs": len(chains),
        "failed": [
            {
                "run": chain_id,
                "blocks": [b.where for b in chains[chain_id].blocks] if chain_id in chains else [],
                "fact_check": chain_id in chains and _is_fact_check(chains[chain_id]),
                "error": message,
            }
            for chain_id, message in sorted(failed.items())
        ],
    }


def markdown(result: dict) -> str:
    lines = ["# The site's code on the newest releases", "", "## Versions that differ from the lock", ""]
    lines += ["| package | locked | newest |", "|---|---|---|"]
    lines += [f"| {name} | {v['locked']} | {v['newest']} |" for name, v in result["changed"].items()]
    if not result["changed"]:
        lines.append("| (none: the lock has the newest releases) | | |")
    lines += ["", f"## Failed: {len(result['failed'])} of {result['runs']} runs of blocks", ""]
    for failure in result["failed"]:
        kind = "fact check" if failure["fact_check"] else "code block"
        lines += [f"### {failure['run']} ({kind})", "", "```text", failure["error"].strip(), "```", ""]
    return "\n".join(lines) + "\n"


def main() -> int:
    names = direct_dependencies()
    newest = install(names)
    failed = run_blocks()
    result = report(names, newest, failed)
    REPORT.mkdir(parents=True, exist_ok=True)
    (REPORT / "report.json").write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    (REPORT / "report.md").write_text(markdown(result), encoding="utf-8")
    print(f"{len(result['changed'])} packages newer than the lock; {len(failed)} of {result['runs']} runs failed")
    print(f"report: {REPORT / 'report.md'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
