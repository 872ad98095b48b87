"""A team database: Fieldbrief's book on a PostgreSQL server that every rep's laptop opens.

- ``TeamDatabase``: where it is (host, port, database, user) and its URL, which never holds the password.
- The password lives in the system keyring (the ``keyring`` package: the Secret Service on Linux, the
  Keychain on macOS, the Credential Manager on Windows), under the service "Fieldbrief" and the key
  ``user@host:port`` (a login's password is the same for every database on the server); a URL without a
  password gets it from there (``with_password``).
- ``server_engine``: the engine for it, with a connect timeout, a statement timeout and TCP keepalives, so
  that a server that does not answer never holds the window for long; its errors are turned into the
  plain messages of models.team.server_errors as they happen.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url

from models.storage.connection_ping import ping_when_in_doubt
from models.team.server_errors import ServerTrouble
from models.runtime.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
KEYRING_SERVICE = "Fieldbrief"
CONNECT_TIMEOUT_S = 5
STATEMENT_TIMEOUT_S = 20
# A connection whose server went silent (cable out, Wi-Fi gone) fails within about 10 s instead of TCP's
# minutes: keepalives after 5 s idle, every 2 s, 3 tries; unacknowledged data gives up after 10 s.
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2, "keepalives_count": 3,
              "tcp_user_timeout": 10_000}


class KeyringUnavailable(ServerTrouble):
    template = QT_TRANSLATE_NOOP(
        "server", "The password could not be kept in the system keyring (%1). It is used until you close "
        "Fieldbrief; you will be asked for it next time.")


@dataclass(frozen=True)
class TeamDatabase:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    @classmethod
    def from_url(cls, url: str | URL) -> TeamDatabase:
        url = make_url(url)
        host = url.host or str(url.query.get("host") or "")  # a Unix socket's folder is a query parameter
        return cls(host or "localhost", url.database or "", url.username or "", url.port or DEFAULT_PORT)

    def url(self, password: str | None = None) -> URL:
        if self.host.startswith("/"):  # a Unix socket's folder
            return URL.create(DRIVER, self.user, password, None, self.port if self.port != DEFAULT_PORT else None,
                              self.database, {"host": self.host})
        return URL.create(DRIVER, self.user, password, self.host, self.port, self.database)

    @property
    def server(self) -> str:
        """host:port, as the messages name the server."""
        return f"{self.host}:{self.port}"

    @property
    def keyring_key(self) -> str:
        """The password is the user's on the server, whichever of its databases is opened."""
        return f"{self.user}@{self.host}:{self.port}"

    def describe(self) -> str:
        """``database on host:port as user``, for the title bar, the status bar and the recent list."""
        return f"{self.database} @ {self.server} ({self.user})"


def is_team_url(url: str | URL) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def where(url: str | URL) -> str:
    """What a message calls a database: the team database's name, server and user, or the file."""
    from models.storage.database_files import sqlite_file

    url = make_url(url)
    if is_team_url(url):
        return TeamDatabase.from_url(url).describe()
    return str(sqlite_file(url) or url_text(url))


def url_text(url: str | URL) -> str:
    """The URL as text without its password (for the settings and the log)."""
    url = make_url(url)
    return URL.create(url.drivername, url.username, None, url.host, url.port, url.database,
                      url.query).render_as_string(hide_password=False)


# -- the password in the system keyring ----------------------------------------------------------------
def keyring_is_secure() -> bool:
    """Whether this computer's keyring keeps a password encrypted (the Secret Service, the Keychain, the
    Credential Manager), not in a plain file (keyrings.alt's) or nowhere."""
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 (no keyring at all)
        return False
    module = type(backend).__module__
    return not module.startswith(("keyrings.alt", "keyring.backends.fail", "keyring.backends.null"))


def stored_password(team: TeamDatabase) -> str | None:
    """The remembered password, or None (none kept, or no usable keyring: the server will ask)."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, team.keyring_key)
    except Exception as exc:  # no keyring on this machine, or a locked one that would not open
        log.info("No password from the keyring for %s: %r", team.keyring_key, exc)
        return None


def remember_password(team: TeamDatabase, password: str) -> None:
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, team.keyring_key, password)
    except Exception as exc:
        raise KeyringUnavailable(f"{type(exc).__name__}: {exc}"[:200]) from exc


def forget_password(team: TeamDatabase) -> None:
    with contextlib.suppress(Exception):
        import keyring

        keyring.delete_password(KEYRING_SERVICE, team.keyring_key)


def with_password(url: str | URL) -> URL:
    """``url`` with the keyring's password when it has none (``--database URL`` and the recent list)."""
    url = make_url(url)
    if url.password is not None or not is_team_url(url):
        return url
    password = stored_password(TeamDatabase.from_url(url))
    return url.set(password=password) if password is not None else url


# -- the engine ----------------------------------------------------------------------------------------
def server_engine(url: str | URL) -> Engine:
    """An engine for a team database: the keyring's password, timeouts, and server trouble as KnownErrors."""
    url = with_password(url)
    team = TeamDatabase.from_url(url)
    connect_args: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S, **KEEPALIVES}
    if "options" not in url.query:  # a URL's own options (e.g. another statement_timeout) win
        # JIT off: it compiles a plan the first times it runs (a second and more for a search at a million
        # customers), and the app's statements are many short ones, which it never pays back
        connect_args["options"] = f"-c statement_timeout={STATEMENT_TIMEOUT_S * 1000} -c jit=off"
    engine = create_engine(url, connect_args=connect_args)
    ping_when_in_doubt(engine)  # (not pool_pre_ping: a round trip before every action)
    _cargs, params = engine.dialect.create_connect_args(engine.url)
    # libpq's parameters, for the checks after a failed connection (not the driver's own, e.g. "context")
    params = {k: v for k, v in {**params, **connect_args}.items() if isinstance(v, str | int) and k != "options"}

    @event.listens_for(engine, "handle_error")
    def _plain_message(ctx) -> BaseException | None:
        from models.team.server_errors import connect_error, running_error

        if ctx.connection is None and ctx.execution_context is None:
            known = connect_error(ctx.original_exception, params, team.server)
        else:
            known = running_error(ctx.original_exception, team.server, team.user, STATEMENT_TIMEOUT_S)
        if known is not None:
            log.warning("%s (%r)", known, ctx.original_exception)
        return known

    return engine


def lift_statement_timeout(conn: Connection) -> None:
    """For long work off the GUI thread (a schema upgrade, a copy, a restore): no statement timeout in
    this transaction."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET LOCAL statement_timeout = 0")
