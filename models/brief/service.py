"""Writing briefs to files: one visit, or a whole day with its summary page (used by the CLI and the UI)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from models.visits.agenda import agenda
from models.brief.compose import NothingToPrint, compose_brief, compose_briefs
from models.brief.render import BriefDocument, write_pdf
from models.storage.db import Database
from models.errors import KnownError
from models.vocabulary import VisitStatus
from models.runtime.translatable import QT_TRANSLATE_NOOP


def brief_pdf(db: Database, visit_id: int, lang: str | None = None, paper: str = "A4") -> bytes:
    return BriefDocument(lang, paper).brief_pdf(compose_brief(db, visit_id))


def day_sheet_pdf(db: Database, day: dt.date, lang: str | None = None, paper: str = "A4",
                  progress: Callable[[int, int], None] | None = None) -> tuple[bytes, int]:
    summary = [v for v in agenda(db, day) if v.status != VisitStatus.CANCELLED.value]
    if not summary:
        raise NothingToPrint(QT_TRANSLATE_NOOP("errors", "There are no visits on %1 to print."), f"{day:%Y-%m-%d}")
    document = BriefDocument(lang, paper)
    pdf = document.day_sheet_pdf(f"{day:%Y-%m-%d}", summary, compose_briefs(db, [v.id for v in summary]),
                                 progress=(lambda done: progress(done, len(summary))) if progress else None)
    return pdf, len(summary)


def write_brief(db: Database, visit_id: int, target: Path, lang: str | None = None, paper: str = "A4") -> None:
    write_document(brief_pdf(db, visit_id, lang, paper), target)


def write_day_sheet(db: Database, day: dt.date, target: Path, lang: str | None = None, paper: str = "A4",
                    progress: Callable[[int, int], None] | None = None) -> int:
    pdf, count = day_sheet_pdf(db, day, lang, paper, progress)
    write_document(pdf, target)
    return count


def write_document(pdf: bytes, target: Path) -> None:
    if not target.parent.is_dir():  # (as an export says it, not the system's English "No such file")
        raise KnownError(QT_TRANSLATE_NOOP("errors", "The folder %1 does not exist; nothing was written."), target.parent)
    try:
        write_pdf(pdf, target)
    except OSError as exc:
        raise KnownError(QT_TRANSLATE_NOOP("errors", "Could not write %1: %2. Choose another folder."), target,
                         exc.strerror or exc) from exc
