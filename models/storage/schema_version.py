"""Which schema a database has, and which this Fieldbrief knows: the Alembic revisions of models/storage/migrations
and the id every Fieldbrief SQLite file carries. (Below the opening, the backups and the restore, which all
ask it.)"""

from __future__ import annotations

from sqlalchemy.engine import Connection

from models.errors import NewerSchemaError
from models.runtime.resources import migrations_dir

# PRAGMA application_id written into every Fieldbrief SQLite file: "FBRF".
APPLICATION_ID = 0x46425246
VERSION_TABLE = "alembic_version"


def head_revision() -> str:
    return script_directory().get_current_head()


def current_revision(conn: Connection) -> str | None:
    from alembic.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def alembic_config(conn: Connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.attributes["connection"] = conn
    return cfg


def script_directory():
    from alembic.script import ScriptDirectory

    cfg = alembic_config(None)  # type: ignore[arg-type]
    return ScriptDirectory.from_config(cfg)


def known_revision(revision: str) -> bool:
    """Whether this version of Fieldbrief knows the schema ``revision`` (it is older or the same)."""
    from alembic.util import CommandError

    try:
        return script_directory().get_revision(revision) is not None
    except CommandError:
        return False


def check_known_revision(revision: str, where: str) -> None:
    if not known_revision(revision):
        raise NewerSchemaError(where, revision)
