"""How the window names the database open (the status bar, the title bar) and says a team database's
trouble in its dialogs: for the team database's menus (ui/team_ui.py), its copies and its backups."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from models import APP_NAME
from models.team.team_database import TeamDatabase, is_team_url

if TYPE_CHECKING:
    from models.storage.db import Database
    from models.errors import KnownError


def team_of(db: Database) -> TeamDatabase | None:
    return TeamDatabase.from_url(db.engine.url) if is_team_url(db.engine.url) else None


def database_label(db: Database) -> str:
    """The status bar's name of the database open."""
    team = team_of(db)
    if team is not None:
        return QCoreApplication.translate("TeamUi", "Team database: %1").replace("%1", team.describe())
    return QCoreApplication.translate("TeamUi", "Laptop book: %1").replace("%1", str(db.path or db.url))


def window_title(db: Database) -> str:
    team = team_of(db)
    if team is not None:
        where = QCoreApplication.translate("TeamUi", "team database %1").replace("%1", team.describe())
    else:
        where = QCoreApplication.translate("TeamUi", "laptop book")
    return f"{APP_NAME} — {where}"


def in_dialog(known: KnownError) -> str:
    """Trouble as the team database's dialog says it: a password the server asks for is typed right there."""
    from models.team.server_errors import PasswordNeeded

    if isinstance(known, PasswordNeeded):
        server, user = known.values
        return QCoreApplication.translate(
            "TeamUi", "The team database server at %1 asks for the password of %2: type it above.") \
            .replace("%1", server).replace("%2", user)
    return str(known)
