"""File > Export… and `fieldbrief export`: one call for each format, the same for the window and the CLI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from models.storage.db import Database
from models.errors import KnownError
from models.runtime.translatable import QT_TRANSLATE_NOOP

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Format:
    name: str  # csv, vcard, ics, xlsx
    suffix: str
    unit: str  # what the count counts: row, card, event (models.cli.language.NOUNS)


FORMATS = {f.name: f for f in (Format("xlsx", ".xlsx", "row"), Format("csv", ".csv", "row"),
                               Format("vcard", ".vcf", "card"), Format("ics", ".ics", "event"))}


def format_for(target: Path, default: str = "csv") -> str:
    """The format a file name asks for by its suffix (``default`` when it says nothing)."""
    suffix = target.suffix.lower()
    return next((f.name for f in FORMATS.values() if f.suffix == suffix or (suffix == ".vcard" and f.name == "vcard")),
                default)


def export(db: Database, fmt: str, target: Path, progress: Progress | None = None) -> int:
    """Write the book (or its calendar) to ``target`` in ``fmt``; returns how many rows, cards or events."""
    if not target.parent.is_dir():
        raise KnownError(QT_TRANSLATE_NOOP("errors", "The folder %1 does not exist; nothing was written."), target.parent)
    if fmt == "xlsx":
        from models.interchange.workbook import export_workbook

        return export_workbook(db, target, progress)
    if fmt == "vcard":
        from models.interchange.vcard import export_vcards

        return export_vcards(db, target)
    if fmt == "ics":
        from models.interchange.ical import export_ics

        return export_ics(db, target)
    if fmt == "csv":
        from models.interchange.csv_export import export_csv

        return export_csv(db, target)
    raise KnownError(QT_TRANSLATE_NOOP("errors", "There is no export format %1: use one of %2."), repr(fmt),
                     ", ".join(FORMATS))
