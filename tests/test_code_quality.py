"""Imports point one way (STYLE.md §4), and the code passes ruff and mypy."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "veille"
SHARED = {"records", "errors", "settings", "ids", "kb"}
STAGES = {"io", "nlp", "extract", "geo", "resolve", "store", "export"}


def _veille_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("veille"):
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("veille"))
    return out


@pytest.mark.parametrize("stage", sorted(STAGES | {"kb"}))
def test_stage_packages_import_only_shared_modules_and_themselves(stage: str) -> None:
    allowed = SHARED | {stage}
    bad = []
    for path in (SRC / stage).rglob("*.py"):
        for mod in _veille_imports(path):
            parts = mod.split(".")
            top = parts[1] if len(parts) > 1 else ""
            if top not in allowed:
                bad.append(f"{path.relative_to(SRC)} imports {mod}")
    assert not bad, bad


def test_scorer_does_not_import_the_system_it_scores() -> None:
    for path in (SRC / "evaluation").rglob("*.py"):
        if path.name == "runner.py":
            continue
        for mod in _veille_imports(path):
            top = mod.split(".")[1] if "." in mod else ""
            assert top in {"evaluation", "records", "errors"}, f"{path.name} imports {mod}"


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    found = str(exe) if exe.exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed")
    return found


def test_ruff() -> None:
    root = SRC.parents[1]
    res = subprocess.run(
        [_tool("ruff"), "check", "src", "tests", "benchmarks"], cwd=root, capture_output=True, text=True
    )
    assert res.returncode == 0, res.stdout[-3000:]


def test_mypy() -> None:
    root = SRC.parents[1]
    res = subprocess.run([_tool("mypy")], cwd=root, capture_output=True, text=True)
    assert res.returncode == 0, res.stdout[-3000:]
