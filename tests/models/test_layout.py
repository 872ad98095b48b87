"""``ls models`` shows the architecture: the few modules every part shares at the top, and beside them one
package per part, each saying in its docstring what it holds. The command line and the demo stand apart:
no part of the core imports them, and the run's plumbing (models.runtime) imports no part of the domain."""

from __future__ import annotations

import ast

from tests.conftest import REPO
from tests.models.test_import_cycles import imports_of, modules

SHARED = {"__init__.py", "entities.py", "errors.py", "vocabulary.py", "vocabulary_text.py"}
PARTS = {"storage", "team", "book", "visits", "brief", "reports", "interchange", "cli", "demo", "runtime"}
APART = ("models.cli", "models.demo")


def _part(module: str) -> str:
    return ".".join(module.split(".")[:2])


def test_the_top_of_models_is_the_shared_modules_and_the_parts():
    top = {p.name for p in (REPO / "models").iterdir() if p.name != "__pycache__"}
    assert {name for name in top if name.endswith(".py")} == SHARED
    assert {name for name in top if (REPO / "models" / name).is_dir()} == PARTS
    for part in PARTS:
        init = REPO / "models" / part / "__init__.py"
        assert init.exists(), f"models/{part} has no __init__.py"
        docstring = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert docstring and len(docstring) > 40, f"models/{part}/__init__.py does not say what the part holds"


def _imports() -> dict[str, set[str]]:
    known = modules()
    return {name: imports_of(name, path, known) for name, path in known.items() if name.startswith("models")}


def test_no_part_of_the_core_imports_the_command_line_or_the_demo():
    graph = _imports()
    assert graph["models.cli.commands"] & {"models.demo.book"}  # (the graph was read: the CLI loads the demo)
    wrong = sorted(f"{name} -> {target}" for name, targets in graph.items() for target in targets
                   if target.startswith(APART) and _part(name) not in APART)
    assert not wrong, wrong


def test_the_runtime_imports_nothing_of_the_domain():
    graph = _imports()
    assert graph["models.runtime.language"]  # (read: the language's words come from the catalog)
    wrong = sorted(f"{name} -> {target}" for name, targets in graph.items() if name.startswith("models.runtime")
                   for target in targets if not target.startswith("models.runtime"))
    assert not wrong, wrong
