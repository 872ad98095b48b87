"""The people of the team: each rep by the name customers are owned under, with a role (rep or manager)
and, on a team database, the PostgreSQL login they connect with.

A name that owns customers but has no row in ``reps`` is a rep with neither login nor role given yet (a
laptop's book, an import): the team is the rows and the owners together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import literal_column, select

from models.book.search_text import sort_key
from models.entities import Customer, Rep
from models.errors import Refused
from models.runtime.translatable import QT_TRANSLATE_NOOP, translate
from models.storage.db import Database
from models.vocabulary import RepRole

LOGIN = re.compile(r"[a-z_][a-z0-9_]{0,62}")  # a PostgreSQL role name that needs no quoting
BLANK_NAME = QT_TRANSLATE_NOOP("errors", "A rep needs a name.")
BAD_LOGIN = QT_TRANSLATE_NOOP("errors", "\"%1\" cannot be a database login: use lower-case letters, digits and _ "
                                        "(up to 63, not starting with a digit).")
LOGIN_TAKEN = QT_TRANSLATE_NOOP("errors", "The login %1 belongs to %2 already.")
UNKNOWN_REP = QT_TRANSLATE_NOOP("errors", "No rep of the team is called %1. The team: %2.")
BETWEEN_NAMES = QT_TRANSLATE_NOOP("errors", ", ")  # (in a list of names: "、" in Chinese)


@dataclass(frozen=True)
class TeamMember:
    name: str
    role: RepRole = RepRole.REP
    login: str | None = None


def team(db: Database) -> list[TeamMember]:
    """Everyone of the team, by name: the reps' rows and the owners of customers without one."""
    with db.session() as s:
        rows = {r.name: TeamMember(r.name, r.role, r.login) for r in s.scalars(select(Rep))}
        owners = s.scalars(select(Customer.owner).where(Customer.owner != "").distinct())
        members = {**{name: TeamMember(name) for name in owners}, **rows}
    return [members[name] for name in sorted(members, key=sort_key)]  # (by pinyin: 李娜 before 王芳 before 张伟)


def names(db: Database) -> list[str]:
    return [m.name for m in team(db)]


def known_rep(db: Database, name: str) -> str:
    """``name`` as the team has it (typed in any case: "emma wilson" is Emma Wilson), or Refused naming the
    team."""
    name = name.strip()
    members = names(db)
    if name in members:
        return name
    alike = [m for m in members if m.casefold() == name.casefold()]
    if len(alike) != 1:
        raise Refused(UNKNOWN_REP, name, translate("errors", BETWEEN_NAMES).join(members) or "–")
    return alike[0]


def set_member(db: Database, name: str, role: RepRole | str | None = None, login: str | None = None,
               no_login: bool = False) -> TeamMember:
    """Add the rep ``name`` to the team (a rep, without a login, unless told), or give them this role or this
    login; what is not given stays as it is (``no_login``: their login is taken away)."""
    name = name.strip()
    if not name:
        raise Refused(BLANK_NAME)
    if login is not None and not LOGIN.fullmatch(login):
        raise Refused(BAD_LOGIN, login)
    with db.session() as s, s.begin():
        if login is not None:
            holder = s.scalar(select(Rep.name).where(Rep.login == login, Rep.name != name))
            if holder is not None:
                raise Refused(LOGIN_TAKEN, login, holder)
        rep = s.scalar(select(Rep).where(Rep.name == name)) or Rep(name=name, role=RepRole.REP)
        if role is not None:
            rep.role = RepRole(role)
        if login is not None or no_login:
            rep.login = login
        s.add(rep)
        s.flush()
        return TeamMember(rep.name, rep.role, rep.login)


def me(db: Database) -> str | None:
    """The rep using the app, by name: on a team database the one whose login this is; in a laptop's book the
    rep the first run asked for (Settings: your name), once the team has them (customers of theirs, or a
    row). None when neither says: the app then shows the whole book's work."""
    from models.visits.plan_templates import load_rep

    with db.session() as s:
        if s.get_bind().dialect.name == "postgresql":
            return s.scalar(select(Rep.name).where(Rep.login == literal_column("current_user")))
        name = load_rep(s).name
    return name if name and name in names(db) else None


def whoami(db: Database) -> tuple[str | None, bool]:
    """``me``, and whether they are the team's manager (a name without a row in ``reps`` is a rep)."""
    name = me(db)
    if name is None:
        return None, False
    with db.session() as s:
        return name, s.scalar(select(Rep.role).where(Rep.name == name)) is RepRole.MANAGER
