"""The core runs with PySide6 made unimportable (in a fresh interpreter, so nothing has loaded Qt yet)."""

import subprocess
import sys
import textwrap

from tests.conftest import REPO

SCRIPT = textwrap.dedent(
    """
    import importlib, pkgutil, sys, tempfile

    class NoQt:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6", "ui"):
                raise ImportError(f"{name} is not allowed in the core")
            return None

    sys.meta_path.insert(0, NoQt())
    import models
    for module in pkgutil.walk_packages(models.__path__, "models."):
        if ".migrations." not in module.name:
            importlib.import_module(module.name)

    from models.storage.db import open_database
    from models.demo.book import load_demo
    from models.storage.stats import database_counts
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{tmp}/core.sqlite")
        load_demo(db, customers=15)
        print("customers", database_counts(db).customers)
        db.close()
    assert not any(name.startswith("PySide6") for name in sys.modules)
    """
)


def test_models_import_and_work_without_qt():
    result = subprocess.run([sys.executable, "-c", SCRIPT], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "customers 15"


def test_the_blocker_really_blocks():
    # Guard against a test that cannot fail: the same blocker must stop a module that does import Qt.
    script = SCRIPT.split("import models")[0] + "import ui.main_window\n"
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "not allowed in the core" in result.stderr
