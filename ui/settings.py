"""Typed UI settings over QSettings, kept in an ini file in the data folder (never the user's registry)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class UiSettings:
    """Window state and small UI choices. Domain settings (tiers, templates) live in the database."""

    def __init__(self, path: Path):
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
