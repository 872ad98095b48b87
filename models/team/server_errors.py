"""Trouble with a team database's server, recognised by what PostgreSQL and libpq report, never by the
wording of a message (a server speaks its own language):

- while working, by the SQLSTATE of the error (57014 a statement timeout, 57P01-57P03 a shutdown or
  restart, class 08 and a broken connection, 53300 no free connection, 25006 a read-only server...);
- while connecting, where libpq gives no SQLSTATE, by libpq's own facts about the attempt: whether the
  server asked for a password (and whether one was sent), whether the server answers at all (PQping),
  and whether the same login reaches the server's ``postgres`` database (then the one named is missing).

Each is a ``KnownError`` whose text says what to do; ``str()`` of it is in the user's language in the
window (models.runtime.translatable) and in English on the command line.
"""

from __future__ import annotations

import logging
from typing import Any

from models.errors import KnownError, TranslatableError
from models.runtime.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

CONTEXT = "server"


class ServerTrouble(TranslatableError):
    context = CONTEXT


class ServerUnreachable(ServerTrouble):
    template = QT_TRANSLATE_NOOP(
        "server", "Cannot reach the team database server at %1. Check the server's address and that this "
        "computer is on the company network (or its VPN), or ask whoever runs the server whether it is running. "
        "Nothing was changed; try again once it answers.")


class ServerStartingOrStopping(ServerTrouble):
    template = QT_TRANSLATE_NOOP(
        "server", "The team database server at %1 is starting up or shutting down. Nothing was changed; "
        "try again in a minute.")


class PasswordNeeded(ServerTrouble):
    template = QT_TRANSLATE_NOOP(
        "server", "The team database server at %1 asks for the password of %2. Open the database with "
        "File > Open Team Database… and type it there (tick \"Remember the password\" to keep it in the "
        "system keyring for the next time).")


class WrongPassword(ServerTrouble):
    template = QT_TRANSLATE_NOOP(
        "server", "The team database server at %1 did not accept the password of %2 (or it has no such "
        "user). Type the password again; the server's administrator can reset it.")


class AccessRefused(ServerTrouble):
    template = QT_TRANSLATE_NOOP(
        "server", "The team database server at %1 does not let %2 connect from this computer. Ask the "
        "server's administrator to allow it.")


class NoSuchDatabase(ServerTrouble):
    template = QT_TRANSLATE_NOOP(
        "server", "The team database server at %1 has no database named \"%2\" that %3 may open. Check the "
        "name, or ask the server's administrator to create it (an empty database, into which File > Copy "
        "Book to Team Database… puts your book).")


class ConnectionLost(ServerTrouble):
    template = QT_TRANSLATE_NOOP(
        "server", "The connection to the team database server at %1 was lost, so the last change did not "
        "reach it. Nothing you typed is lost: try again once the network or the server is back.")


class ServerShutDown(ServerTrouble):
    template = QT_TRANSLATE_NOOP(
        "server", "The team database server at %1 was shut down or restarted, so the last change did not "
        "reach it. Nothing you typed is lost: try again in a minute.")


class StatementTimeout(ServerTrouble):
    template = QT_TRANSLATE_NOOP(
        "server", "The team database server at %1 took too long to answer (more than %2 seconds), so this "
        "was not done. It may be busy: try again, or ask the server's administrator.")


class ServerBusy(ServerTrouble):
    template = QT_TRANSLATE_NOOP(
        "server", "The team database server at %1 has no free connection for you right now. Nothing was "
        "changed; try again in a minute, or ask the server's administrator to allow more connections.")


class ServerReadOnly(ServerTrouble):
    template = QT_TRANSLATE_NOOP(
        "server", "The team database server at %1 only reads at the moment (a standby server, or one the "
        "administrator made read-only), so nothing was saved. Ask the server's administrator.")


class NoPermission(ServerTrouble):
    template = QT_TRANSLATE_NOOP(
        "server", "The team database server at %1 does not allow %2 to change this. Nothing was saved; ask "
        "the server's administrator for the rights to work in the database.")


# the SQLSTATEs of a write the team's guard refuses (models/team/team_rules.py), the owner as the detail
NOT_YOURS, NOT_YOURS_TO_GIVE = "FB001", "FB002"


class TeamRefusal(ServerTrouble):
    """A write the team's rules do not allow this login: trying again will not save it."""


class NotYours(TeamRefusal):
    template = QT_TRANSLATE_NOOP(
        "server", "This is %2's: on the team database at %1 you change only your own customers and what is "
        "theirs (contacts, visits, follow-ups, promises), and a manager changes everyone's. Nothing was saved; "
        "if it should be yours, ask your manager to hand the customer over to you.")


class OnlyAManagerGives(TeamRefusal):
    template = QT_TRANSLATE_NOOP(
        "server", "Only a manager hands a customer, or its visits, follow-ups and promises, to another rep (here "
        "%2) on the team database at %1. Nothing was saved; ask your manager.")


class ManagersOnly(TeamRefusal):
    template = QT_TRANSLATE_NOOP(
        "server", "Only a manager changes this on the team database at %1 (who is on the team, a customer "
        "without an owner, a customer handed to another rep). Nothing was saved; ask your manager.")


class ServerDiskFull(ServerTrouble):
    template = QT_TRANSLATE_NOOP(
        "server", "The team database server at %1 is out of disk space or memory, so nothing was saved. "
        "Tell the server's administrator; try again later.")


# -- recognising ---------------------------------------------------------------------------------------
def running_error(exc: BaseException, where: str, user: str, statement_timeout_s: float) -> KnownError | None:
    """The trouble an error raised while working means (by its SQLSTATE), or None (a bug, or a conflict
    for the caller to handle: integrity, serialization...)."""
    import psycopg

    if not isinstance(exc, psycopg.Error):
        return None
    state = exc.sqlstate or ""
    if state == "57014":
        return StatementTimeout(where, f"{statement_timeout_s:g}")
    if state in ("57P01", "57P02"):
        return ServerShutDown(where)
    if state == "57P03":
        return ServerStartingOrStopping(where)
    if state == "53300" or state == "53400":
        return ServerBusy(where)
    if state.startswith("53"):
        return ServerDiskFull(where)
    if state == "25006":
        return ServerReadOnly(where)
    if state in (NOT_YOURS, NOT_YOURS_TO_GIVE):
        owner = exc.diag.message_detail or ""
        if not owner:
            return ManagersOnly(where)
        return NotYours(where, owner) if state == NOT_YOURS else OnlyAManagerGives(where, owner)
    if state == "42501":
        return NoPermission(where, user)
    if state.startswith("08") or (not state and isinstance(exc, psycopg.OperationalError)):
        return ConnectionLost(where)
    return None


def connect_error(exc: BaseException, params: dict[str, Any], where: str) -> KnownError | None:
    """What a failed connection attempt means. ``params`` are psycopg's connection keywords (they are
    used again for the two checks below, which only run after a failure)."""
    import psycopg

    if not isinstance(exc, psycopg.OperationalError):
        return None
    user = params.get("user") or ""
    if exc.sqlstate:  # a server that answered with an error of its own (rare while connecting)
        return running_error(exc, where, user, 0)
    pgconn = getattr(exc, "pgconn", None)
    if pgconn is not None and pgconn.needs_password:
        return PasswordNeeded(where, user)
    answers = _ping(params)
    if answers is None:
        return ServerUnreachable(where)
    if answers is False:
        return ServerStartingOrStopping(where)
    # The server answers, and refused: is it the login, or the database?
    if params.get("dbname") not in ("postgres", None) and _can_log_in(params):
        return NoSuchDatabase(where, params.get("dbname"), user)
    if pgconn is not None and pgconn.used_password:
        return WrongPassword(where, user)
    return AccessRefused(where, user)


def _ping(params: dict[str, Any]) -> bool | None:
    """True: the server accepts connections; False: it is starting or stopping; None: no answer."""
    from psycopg import pq
    from psycopg.conninfo import make_conninfo

    checked = {k: v for k, v in params.items() if k != "password"}
    checked["connect_timeout"] = min(int(params.get("connect_timeout") or 3), 3)
    try:
        answer = pq.PGconn.ping(make_conninfo(**checked).encode())
    except Exception as exc:  # a host name that does not resolve, a malformed parameter
        log.info("PQping failed: %r", exc)
        return None
    if answer == pq.Ping.OK:
        return True
    if answer == pq.Ping.REJECT:
        return False
    return None


def _can_log_in(params: dict[str, Any]) -> bool:
    import psycopg

    try:
        psycopg.connect(**{**params, "dbname": "postgres", "connect_timeout": 3}).close()
    except psycopg.Error:
        return False
    return True
