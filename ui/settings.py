"""Typed UI settings over QSettings, kept in an ini file in the data folder (never the user's registry),
readable by the user only like the other files there (it names their folders)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class UiSettings:
    """Window state and small UI choices. Domain settings (tiers, templates) live in the database."""

    def __init__(self, path: Path):
        private_file(path)
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._qs.setValue("window/state", value)

    @property
    def page(self) -> int:
        return int(self._qs.value("window/page", 0))

    @page.setter
    def page(self, value: int) -> None:
        self._qs.setValue("window/page", int(value))

    @property
    def demo_offer_dismissed(self) -> bool:
        return self._qs.value("first_run/demo_offer_dismissed", "false") in (True, "true")

    @demo_offer_dismissed.setter
    def demo_offer_dismissed(self, value: bool) -> None:
        self._qs.setValue("first_run/demo_offer_dismissed", bool(value))

    @property
    def file_folder(self) -> str:
        """The folder the last file was opened or saved in (the user's documents the first time, their home
        folder where there is no Documents folder)."""
        stored = self._qs.value("files/folder", "")
        if stored and Path(stored).is_dir():
            return str(stored)
        return documents_folder()

    @file_folder.setter
    def file_folder(self, value: str) -> None:
        self._qs.setValue("files/folder", value)

    @property
    def team_view(self) -> bool | None:
        """The pages show the team's work rather than the rep's own (the switch under the pages' list); None
        until the switch is first used."""
        value = self._qs.value("view/team", None)
        return None if value is None else value in (True, "true")

    @team_view.setter
    def team_view(self, value: bool) -> None:
        self._qs.setValue("view/team", bool(value))

    @property
    def rep_asked(self) -> bool:
        return self._qs.value("first_run/rep_asked", "false") in (True, "true")

    @rep_asked.setter
    def rep_asked(self, value: bool) -> None:
        self._qs.setValue("first_run/rep_asked", bool(value))

    @property
    def recent_team_databases(self) -> list[str]:
        """URLs of the team databases opened lately, newest first (never a password)."""
        value = self._qs.value("team/recent", [])
        return [value] if isinstance(value, str) else list(value or [])

    def remember_team_database(self, url: str, keep: int = 6) -> None:
        recent = [url] + [u for u in self.recent_team_databases if u != url]
        self._qs.setValue("team/recent", recent[:keep])

    @property
    def today_collapsed(self) -> set[str] | None:
        """The Today sections the rep collapsed (None: never chosen, the page's own choice)."""
        value = self._qs.value("today/collapsed")
        if value is None:
            return None
        if isinstance(value, str):
            value = [value] if value else []
        return {str(key) for key in value}

    @today_collapsed.setter
    def today_collapsed(self, keys: set[str]) -> None:
        self._qs.setValue("today/collapsed", sorted(keys) or "")

    def sync(self) -> None:
        self._qs.sync()


def documents_folder() -> str:
    """The user's Documents folder, or their home folder when it does not exist (a file dialog would open
    in its parent and offer "Documents/name.pdf", which cannot be written)."""
    from PySide6.QtCore import QStandardPaths

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def private_file(path: Path) -> None:
    """Make the file, empty, readable and writable by the user only (0600), or make an existing one so:
    QSettings writes a new file in its place on every sync, with the permissions of the one it replaces."""
    with contextlib.suppress(OSError):  # a read-only folder: QSettings then keeps the values in memory
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        os.chmod(path, 0o600)
