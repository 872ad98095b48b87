"""A throwaway PostgreSQL server for the tests: a cluster in a temporary folder, listening only on a Unix
socket there, started once per test session; each test gets a fresh database copied from a template
that the migrations have already brought to the current schema.

The server also listens on 127.0.0.1 on a free port, where it asks for a password
(scram-sha-256): ``password_url`` is that way in, as the role PASSWORD_USER, whose password is PASSWORD
(for the tests of passwords, the keyring and the server going away: ``stop`` and ``start`` again).

Debian's `postgresql` package provides the server (`make test` installs it where it can). Where it is
missing the PostgreSQL tests are skipped with a reason that names the package, except under CI
(FIELDBRIEF_CI=1, set by .ci/run), where they fail: CI must test both databases.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
from pathlib import Path

TEMPLATE = "fieldbrief_template"
USER = "fieldbrief"
PASSWORD_USER, PASSWORD = "rep", "rep-secret 密码"
_counter = itertools.count(1)


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def pg_bin_dir() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(candidate) / "initdb").exists():
            return Path(candidate)
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def unavailable_reason() -> str | None:
    if pg_bin_dir() is None:
        return "PostgreSQL is not installed (Debian package: postgresql; `make test` installs it as root)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no 'postgres' user to run the server as (package: postgresql)"
    return None


class PostgresServer:
    def __init__(self, folder: Path, stoppable: bool = False, settings: dict[str, str] | None = None):
        """``stoppable``: every commit reaches the server's log before it is acknowledged, so that a
        ``stop("immediate")`` loses nothing acknowledged (the other server skips that, for speed).
        ``settings``: more of the server's settings (``{"shared_buffers": "1GB"}``)."""
        self.folder = folder
        self.stoppable = stoppable
        self.settings = settings or {}
        self.bin = pg_bin_dir()
        self.data = folder / "data"
        self.socket = folder  # the socket lives beside the data folder
        self.as_user = "postgres" if os.geteuid() == 0 else None
        self.port = 0
        self._ready = False

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.as_user:
            command = ["runuser", "-u", self.as_user, "--", *command]
        return subprocess.run(command, check=check, capture_output=True, text=True)

    def start(self) -> None:
        """Create the cluster and start it (the first time), or start it again after ``stop``."""
        if not self.data.exists():
            self._init()
        self._run("pg_ctl", "-D", str(self.data), "-o", self._options(), "-l", str(self.folder / "server.log"),
                  "-w", "start")
        if not self._ready:
            self.sql("postgres", f"CREATE DATABASE {TEMPLATE}")
            self.sql("postgres", f"CREATE ROLE {PASSWORD_USER} LOGIN SUPERUSER PASSWORD '{PASSWORD}'")
            from models.storage.db import open_database

            open_database(self.url(TEMPLATE)).close()  # the migrations, once
            self._ready = True

    def _init(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.as_user:
            shutil.chown(self.folder, self.as_user)
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", USER, "-E", "UTF8", "--locale=C.UTF-8",
                  "--no-sync")
        hba = self.data / "pg_hba.conf"  # the socket trusts; TCP asks for a password
        hba.write_text("local all all trust\nhost all all 127.0.0.1/32 scram-sha-256\n")
        if self.as_user:
            shutil.chown(hba, self.as_user)
        self.port = _free_port()

    def _options(self) -> str:
        commits = "on" if self.stoppable else "off"
        return f"-k {self.socket} -c listen_addresses=127.0.0.1 -p {self.port} -c fsync=off " \
               f"-c synchronous_commit={commits} -c full_page_writes=off -c max_connections=60" + \
               "".join(f" -c {name}={value}" for name, value in self.settings.items())

    def stop(self, mode: str = "immediate") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def running(self) -> bool:
        return self._run("pg_ctl", "-D", str(self.data), "status", check=False).returncode == 0

    def start_if_stopped(self) -> None:
        if not self.running():
            self.start()

    def url(self, database: str, user: str = USER) -> str:
        return f"postgresql+psycopg://{user}@:{self.port}/{database}?host={self.socket}"

    def password_url(self, database: str) -> str:
        """The way in over TCP, which asks for PASSWORD_USER's password (not in the URL)."""
        return f"postgresql+psycopg://{PASSWORD_USER}@127.0.0.1:{self.port}/{database}"

    def sql(self, database: str, statement: str):
        import psycopg

        with psycopg.connect(host=str(self.socket), port=self.port, user=USER, dbname=database,
                             autocommit=True) as conn:
            cursor = conn.execute(statement)
            return cursor.fetchall() if cursor.description else None

    def new_database(self, template: str | None = TEMPLATE) -> str:
        """A fresh database at the current schema (a copy of the template; None: an empty database, as an
        administrator creates one); returns its URL."""
        name = f"test_{os.getpid()}_{next(_counter)}"
        self.sql("postgres", f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
        return self.url(name)

    def drop(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        name = make_url(url).database
        self.sql("postgres", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
