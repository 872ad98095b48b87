"""A team database's book onto the laptop (File > Copy Team Database to Laptop Book…): the whole book copied
(models.team.book_copy: ids kept, counts checked, one transaction) into a new file beside the laptop's book, which
is then swapped in as a restore does it (models.storage.restore.restore: the file checked, the laptop's book as it was
backed up first, the swap atomic). Nothing of the laptop's book is lost: File > Restore from Backup… brings
it back."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from models.team.book_copy import CopyReport, Progress


@dataclass(frozen=True)
class LaptopCopy:
    report: CopyReport
    kept: Path | None  # the backup of the laptop's book as it was (None: there was none)


def copy_to_laptop(source: str | URL, laptop: Path, progress: Progress | None = None) -> LaptopCopy:
    """Replace the (closed) laptop book at ``laptop`` with a copy of the book at ``source``."""
    from models.storage.restore import restore
    from models.team.book_copy import copy_book

    stage = laptop.with_name(laptop.name + ".copy.part")
    _remove(stage)  # left by a copy that was interrupted
    try:
        report = copy_book(source, f"sqlite:///{stage}", progress)
        kept = restore(laptop, stage)
    finally:
        _remove(stage)
    return LaptopCopy(report, kept)


def _remove(path: Path) -> None:
    for name in (path.name, path.name + "-wal", path.name + "-shm", path.name + "-journal"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(name).unlink()
