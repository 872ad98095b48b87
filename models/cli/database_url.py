"""The database a command works on: --database's URL, checked, else the data folder's SQLite file."""

from __future__ import annotations

import argparse

from models.errors import KnownError
from models.runtime.translatable import QT_TRANSLATE_NOOP
from models.storage.paths import DataPaths


def database_url(args: argparse.Namespace, paths: DataPaths) -> str:
    return checked_url(args.database) if args.database else paths.database_url


def checked_url(url: str) -> str:
    """``url`` when SQLAlchemy can read it as a database URL, else a plain message (not a traceback)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        make_url(url)
    except ArgumentError:
        raise KnownError(QT_TRANSLATE_NOOP("errors", "%1 is not a database URL: write it like "
                                                     "postgresql+psycopg://USER@HOST:5432/DATABASE, or "
                                                     "sqlite:///PATH for a SQLite file."), url) from None
    return url
