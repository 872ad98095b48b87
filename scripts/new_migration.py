"""Autogenerate the next Alembic migration from the difference between models/entities.py and the head.

    .venv/bin/python scripts/new_migration.py "add search text to customers"
"""

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from alembic import command  # noqa: E402

from models.storage.db import open_database  # noqa: E402
from models.storage.schema_version import alembic_config, head_revision  # noqa: E402


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    next_id = f"{int(head_revision()) + 1:04d}"
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'head.sqlite'}")
        with db.engine.begin() as conn:
            command.revision(alembic_config(conn), message=sys.argv[1], autogenerate=True, rev_id=next_id)
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
