"""A pooled connection to a team database is pinged before it is lent only when it may have died.

SQLAlchemy's ``pool_pre_ping`` sends ``SELECT 1`` at every checkout: a round trip before each page of a
list, each Today section, each save (0.3-1 ms each on a real network, a third of a small save's time
on one machine). A connection is asked only when

- its socket has something to read while idle: a server that shuts down or restarts, or a backend that
  is ended, tells its clients and closes the socket; a dead peer found by the TCP keepalives
  (models.team.team_database.KEEPALIVES: within about 11 s of silence) leaves the socket in error. An idle
  connection is otherwise sent nothing (Fieldbrief does not LISTEN);
- or it has been idle longer than ``PING_AFTER_IDLE_S`` (a peer gone silently, before the keepalives
  told).

A connection that fails the ping is replaced at once, without a message (``DisconnectionError``: the
pool opens a new one). One that dies between its last use and the next, unseen, fails that action
with the plain "connection lost" message and its retry, as a cable pulled mid-save does.
"""

from __future__ import annotations

import logging
import select
import time

from sqlalchemy import Engine, event
from sqlalchemy.exc import DisconnectionError

log = logging.getLogger(__name__)

PING_AFTER_IDLE_S = 30.0
_IDLE_SINCE = "fieldbrief_idle_since"


def ping_when_in_doubt(engine: Engine) -> None:
    """Install the check on the engine's pool (instead of ``pool_pre_ping``)."""

    @event.listens_for(engine, "checkin")
    def _idle(_dbapi_connection, record) -> None:
        if record is not None:
            record.info[_IDLE_SINCE] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _check(dbapi_connection, record, _proxy) -> None:
        idle_since = record.info.pop(_IDLE_SINCE, None)
        if idle_since is None:  # a connection just opened
            return
        if not in_doubt(dbapi_connection, time.monotonic() - idle_since):
            return
        try:
            alive = engine.dialect.do_ping(dbapi_connection)
        except Exception as exc:  # noqa: BLE001 - any failure means a dead connection here
            log.info("A pooled connection failed its ping (%r); opening another", exc)
            raise DisconnectionError() from exc
        if alive is False:
            raise DisconnectionError()


def in_doubt(dbapi_connection, idle_s: float) -> bool:
    """True when an idle connection may be dead: idle long, or its socket readable (a message, the end
    of the stream or an error waiting)."""
    if idle_s > PING_AFTER_IDLE_S:
        return True
    try:
        readable, _w, failed = select.select([dbapi_connection.fileno()], [], [dbapi_connection.fileno()], 0)
    except (OSError, ValueError, AttributeError):  # closed, or no socket to look at: ask
        return True
    return bool(readable or failed)
