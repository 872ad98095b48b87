"""Opening the database for the app: where it is kept, its check, then the upgrade; a damaged database is
opened read-only so that nothing is ever written to it, and the app offers to restore a backup."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import make_url

from models.storage.database_files import quick_check, sqlite_file
from models.storage.db import Database, open_database, open_read_only
from models.storage.schema_version import APPLICATION_ID
from models.errors import NotAFieldbriefDatabase
from models.storage.location_check import location_warning

log = logging.getLogger(__name__)


@dataclass
class Opened:
    db: Database
    problems: list[str] = field(default_factory=list)  # what the check found; the database is read-only
    warning: str | None = None  # a risky place for a database (network share, cloud folder)

    @property
    def damaged(self) -> bool:
        return bool(self.problems)


def open_checked(url: str) -> Opened:
    path = sqlite_file(make_url(url))
    if path is None:
        return Opened(open_database(url))
    warning = location_warning(path.parent)
    if warning:
        log.warning(warning)
    if path.exists() and path.stat().st_size > 0:
        problems = quick_check(path)
        if not problems:
            try:
                return Opened(open_database(url), [], warning)
            except NotAFieldbriefDatabase as exc:
                if not _says_it_is_ours(path):
                    raise
                problems = [str(exc)]
        elif not _says_it_is_ours(path):
            raise NotAFieldbriefDatabase(str(path), "; ".join(problems))
        log.error("%s failed its check: %s; opening it read-only", path, problems)
        return Opened(open_read_only(path), problems, warning)
    return Opened(open_database(url), [], warning)


def _says_it_is_ours(path: Path) -> bool:
    """The SQLite header carries Fieldbrief's application id (bytes 68-71), whatever else is broken."""
    with open(path, "rb") as f:
        header = f.read(100)
    return header.startswith(b"SQLite format 3\x00") and int.from_bytes(header[68:72], "big") == APPLICATION_ID
