"""The weekly report as PDF, and written to a file: one call each for the window and the command line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from models.team.reps import known_rep, names as team_names
from models.brief.service import write_document
from models.reports.period import Period
from models.reports.weekly import WeeklyReport, weekly_report
from models.reports.weekly_pdf import weekly_report_pdf
from models.storage.db import Database


def reps(db: Database) -> list[str]:
    """The reps of the team (models/team/reps.py)."""
    return team_names(db)


def report_pdf(db: Database, period: Period, rep: str | None = None, lang: str | None = None, paper: str = "A4",
               now: dt.datetime | None = None) -> tuple[bytes, WeeklyReport]:
    """The period's report for ``rep`` (None: the team) as PDF; a rep no customer has is refused."""
    if rep is not None:
        rep = known_rep(db, rep)
    report = weekly_report(db, period, rep, now)
    return weekly_report_pdf(report, lang, paper), report


def write_weekly_report(db: Database, week: Period, target: Path, rep: str | None = None, lang: str | None = None,
                        paper: str = "A4", now: dt.datetime | None = None) -> WeeklyReport:
    """``report_pdf`` written at ``target``."""
    pdf, report = report_pdf(db, week, rep, lang, paper, now)
    write_document(pdf, target)
    return report
