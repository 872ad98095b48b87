"""A team database with the report book (tests/report_book.py) and real logins: Zhang's and Emma's (reps) and
the manager's, the team's rules set up by ``fieldbrief team setup``'s service."""

import contextlib
import itertools
import os

from sqlalchemy.engine import make_url

from models.storage.db import open_database
from models.team.reps import set_member
from models.team.team_rules import set_up_team
from models.vocabulary import RepRole
from tests.report_book import EMMA, ZHANG, build_book

MANAGER = "陈经理"
_logins = itertools.count()


@contextlib.contextmanager
def team_with_logins(pg_server):
    """(the owner's database, {name: the database as opened with their login}, {name: login})."""
    url = pg_server.new_database()
    admin = open_database(url)
    build_book(admin)
    tag = f"{os.getpid()}_{next(_logins)}"
    logins = {ZHANG: f"zhang_{tag}", EMMA: f"emma_{tag}", MANAGER: f"chen_{tag}"}
    for name, login in logins.items():
        pg_server.sql("postgres", f"CREATE ROLE {login} LOGIN")
        set_member(admin, name, RepRole.MANAGER if name == MANAGER else RepRole.REP, login)
    set_member(admin, "王芳", login=f"wang_{tag}")  # (no such login on the server yet)
    done = set_up_team(url)
    assert sorted(login for _, login, _ in done.members) == sorted(logins.values())
    assert done.missing == [("王芳", f"wang_{tag}")]
    database = make_url(url).database
    urls = {name: pg_server.url(database, user=login) for name, login in logins.items()}
    opened = {name: open_database(u) for name, u in urls.items()}
    try:
        yield admin, opened, urls
    finally:
        for db in opened.values():
            db.close()
        admin.close()
        pg_server.drop(url)
        for login in logins.values():
            pg_server.sql("postgres", f"DROP OWNED BY {login}; DROP ROLE {login}")
