"""Where Fieldbrief keeps its files: one data folder holding the database, backups, logs and settings."""

from __future__ import annotations

import os
from pathlib import Path

from models import APP_NAME

DATA_DIR_ENV = "FIELDBRIEF_DATA_DIR"
DATABASE_FILENAME = "fieldbrief.sqlite"


def default_data_dir() -> Path:
    """The user's data folder for Fieldbrief (``$FIELDBRIEF_DATA_DIR`` wins over the platform default)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=True))


class DataPaths:
    """The files under one data folder. (A plain class: importing dataclasses costs start-up time.)"""

    __slots__ = ("root",)

    def __init__(self, root: Path):
        self.root = root

    def __repr__(self) -> str:
        return f"DataPaths({str(self.root)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DataPaths) and other.root == self.root

    def __hash__(self) -> int:
        return hash(self.root)

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None) -> "DataPaths":
        root = Path(data_dir).expanduser() if data_dir else default_data_dir()
        return cls(root.absolute())

    @property
    def database(self) -> Path:
        return self.root / DATABASE_FILENAME

    @property
    def database_url(self) -> str:
        return f"sqlite:///{self.database}"

    @property
    def backups(self) -> Path:
        from models.storage.backup import backup_folder

        return backup_folder(self.database)

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "fieldbrief.log"

    @property
    def ui_settings(self) -> Path:
        return self.root / "ui-state.ini"

    def ensure(self) -> "DataPaths":
        """Create the folders, readable by the user only. The backups folder may fail (a file in its way):
        the app still opens, and each backup, and the list of them, says what is wrong."""
        for folder in (self.root, self.logs, self.backups):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError:
                if folder != self.backups:
                    raise
                continue
            _chmod_private(folder, 0o700)
        return self


def _chmod_private(path: Path, mode: int) -> None:
    try:
        os.chmod(path, mode)
    except OSError:  # e.g. a folder on a file system without POSIX modes
        pass
