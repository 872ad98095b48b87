"""The window asks the core for each user action and never works the database itself: nothing in ui/
imports SQLAlchemy or the ORM's entities, or opens a session or a transaction (read with ``ast``)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

FORBIDDEN_MODULES = ("sqlalchemy", "models.entities")
FORBIDDEN_CALLS = ("session", "write_session", "write_transaction")


def storage_use(source: str) -> list[str]:
    """What in ``source`` works the database directly, as "line: what"."""
    found = []
    for node in ast.walk(ast.parse(source)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        found += [f"{node.lineno}: import {name}" for name in names
                  if any(name == m or name.startswith(m + ".") for m in FORBIDDEN_MODULES)]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in FORBIDDEN_CALLS:
            found.append(f"{node.lineno}: .{node.func.attr}()")
    return found


def test_the_check_sees_each_kind():
    source = ("from sqlalchemy import select\nimport sqlalchemy.orm\nfrom models.entities import Customer\n"
              "def f(db):\n    with db.session() as s, db.write_transaction() as c:\n        pass\n"
              "from models import customers\ncustomers.load(db, 1)\n")
    assert storage_use(source) == ["1: import sqlalchemy", "2: import sqlalchemy.orm", "3: import models.entities",
                                   "5: .session()", "5: .write_transaction()"]


def test_nothing_in_ui_works_the_database_itself():
    files = sorted((REPO / "ui").rglob("*.py"))
    assert len(files) > 50
    found = {str(path.relative_to(REPO)): use for path in files
             if (use := storage_use(Path(path).read_text(encoding="utf-8")))}
    assert found == {}
