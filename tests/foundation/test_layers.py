"""Layers look down: `core` <- `upt` <- `newsroom` <- `awards`, and no app knows the demo or bench.

Read from the source of every module of each package, migrations included, imports inside
functions too: an upward import anywhere is a knot, however rarely its line runs. The layers
and where each kind of rule lives are described in README.md ("Arsitektur").
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APPS = ("core", "upt", "newsroom", "awards")
# Each package and the project packages it may import (besides itself); `demo`, `bench` and
# `tests` sit above them all (installed only for development, bench/settings.py and tests).
MAY_IMPORT = {
    "core": set(),
    "upt": {"core"},
    "newsroom": {"core", "upt"},
    "awards": {"core", "upt", "newsroom"},
}
PROJECT_PACKAGES = {*APPS, "demo", "bench", "tests"}


def package_imports(package):
    """{project package imported: ["module.py:line", ...]} over every module of `package`."""
    found = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                targets = [node.module or ""]
            else:
                continue  # relative imports stay inside the package
            for target in targets:
                top = target.split(".")[0]
                if top in PROJECT_PACKAGES and top != package:
                    where = f"{path.relative_to(ROOT)}:{node.lineno}"
                    found.setdefault(top, []).append(where)
    return found


def upward(package):
    """The imports of `package` that reach a project package it may not import."""
    return {
        top: where
        for top, where in package_imports(package).items()
        if top not in MAY_IMPORT[package]
    }


def test_the_scan_sees_the_imports_that_go_down():
    # Without this, a scan that found nothing would pass every test below.
    assert set(package_imports("awards")) >= {"newsroom", "upt"}
    assert set(package_imports("newsroom")) >= {"upt", "core"}
    assert "core" in package_imports("upt")


def test_upt_imports_nothing_of_newsroom_or_awards():
    assert upward("upt") == {}


def test_newsroom_imports_nothing_of_awards():
    assert upward("newsroom") == {}


def test_awards_imports_only_the_layers_below_it():
    assert upward("awards") == {}


def test_core_imports_no_app():
    assert upward("core") == {}

