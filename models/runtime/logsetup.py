"""Logging, set up first thing: a rotating file in the data folder, readable by the user only."""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5


class _FieldbriefFileHandler(RotatingFileHandler):
    """Marks the handler we installed, so setting up again (tests, a second start) replaces it."""


def setup_logging(log_file: Path, level: int = logging.INFO) -> Path:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, _FieldbriefFileHandler):
            root.removeHandler(handler)
            handler.close()
    handler = _FieldbriefFileHandler(log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("alembic").setLevel(logging.WARNING)  # its INFO lines are noise to a user
    try:
        os.chmod(log_file, 0o600)
    except OSError:
        pass
    return log_file
