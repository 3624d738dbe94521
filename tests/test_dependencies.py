"""The lock: requirements.txt pins every package (==) and is compiled from requirements.in
(`make lock`), so each direct dependency is in it, within the range requirements.in gives."""

from __future__ import annotations

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from dlkb.blocks import ROOT


def _requirements(name: str) -> list[Requirement]:
    lines = (ROOT / name).read_text(encoding="utf-8").splitlines()
    return [Requirement(line.split("#")[0]) for line in lines if line.split("#")[0].strip()]


def test_every_package_in_the_lock_is_pinned():
    loose = [str(r) for r in _requirements("requirements.txt") if not str(r.specifier).startswith("==")]
    assert not loose, f"requirements.txt must pin every package with ==: {loose}"


def test_the_lock_holds_every_direct_dependency_within_its_range():
    pinned = {canonicalize_name(r.name): next(iter(r.specifier)).version for r in _requirements("requirements.txt")}
    direct = _requirements("requirements.in")
    assert len(direct) >= 30
    for requirement in direct:
        name = canonicalize_name(requirement.name)
        assert name in pinned, f"{requirement.name} is in requirements.in but not in the lock: run `make lock`"
        assert requirement.specifier.contains(pinned[name]), (
            f"the lock pins {requirement.name}=={pinned[name]}, outside requirements.in's {requirement.specifier}"
        )


def test_the_lock_holds_what_its_packages_need():
    """`make` installs the lock with `pip install --no-deps` (no resolver at install time), so every
    package a pinned package requires (for this Python, on this system) must be pinned too."""
    from importlib import metadata

    pinned = {canonicalize_name(r.name) for r in _requirements("requirements.txt")}
    missing = []
    for name in sorted(pinned):
        for needed in map(Requirement, metadata.distribution(name).requires or []):
            applies = needed.marker is None or needed.marker.evaluate({"extra": ""})
            if applies and canonicalize_name(needed.name) not in pinned:
                missing.append(f"{name} needs {needed}")
    assert not missing, "not in requirements.txt (run `make lock`):\n" + "\n".join(missing)


GROUPED_TESTS = """
import os

import pytest


def _note(kind):
    with open(os.environ["WHERE"], "a", encoding="utf-8") as f:
        f.write(f"{kind} {os.environ['PYTEST_XDIST_WORKER']}\\n")


@pytest.mark.xdist_group("one")
@pytest.mark.parametrize("i", range(6))
def test_grouped(i):
    _note("grouped")


@pytest.mark.parametrize("i", range(6))
def test_free(i):
    _note("free")
"""


def test_xdist_keeps_a_group_on_one_worker(tmp_path):
    """pytest.ini's `--dist loadgroup` keeps the tests of an `xdist_group` on one worker, so that
    their module's costly fixture (a build, a Chromium page, the HTML checker) runs once. pytest 9.2
    with pytest-xdist 3.8 ignores the groups without a word (pytest-dev/pytest-xdist#1386)."""
    import os
    import subprocess
    import sys

    (tmp_path / "test_groups.py").write_text(GROUPED_TESTS, encoding="utf-8")
    where = tmp_path / "where.txt"
    command = [sys.executable, "-m", "pytest", *"-q -p no:cacheprovider -p xdist -n 2 --dist loadgroup".split()]
    # pytest and xdist alone (the other plugins' imports took 11 of 12 s): what the grouping depends on
    env = dict(os.environ, WHERE=str(where), PYTEST_DISABLE_PLUGIN_AUTOLOAD="1")
    run = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    workers: dict[str, set[str]] = {"grouped": set(), "free": set()}
    for line in where.read_text(encoding="utf-8").splitlines():
        kind, worker = line.split()
        workers[kind].add(worker)
    # with the groups ignored, the group's first two tests go out first, one to each worker
    assert workers["grouped"] | workers["free"] == {"gw0", "gw1"}, f"not two workers: {workers}"
    assert len(workers["grouped"]) == 1, f"one group's tests ran on {sorted(workers['grouped'])}, not on one worker"
