"""A throwaway PostgreSQL server for the tests: a cluster in a temporary folder, listening only on a Unix
socket there, started once per test session; each test gets a fresh database copied from a template
that the migrations have already brought to the current schema.

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
_counter = itertools.count(1)


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
    def __init__(self, folder: Path):
        self.folder = folder
        self.bin = pg_bin_dir()
        self.data = folder / "data"
        self.socket = folder  # the socket lives beside the data folder
        self.as_user = "postgres" if os.geteuid() == 0 else None

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.as_user:
            command = ["runuser", "-u", self.as_user, "--", *command]
        return subprocess.run(command, check=check, capture_output=True, text=True)

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.as_user:
            shutil.chown(self.folder, self.as_user)
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", USER, "-E", "UTF8", "--locale=C.UTF-8",
                  "--no-sync")
        options = f"-k {self.socket} -c listen_addresses='' -c fsync=off -c synchronous_commit=off " \
                  "-c full_page_writes=off -c max_connections=60"
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.folder / "server.log"), "-w", "start")
        self.sql("postgres", f"CREATE DATABASE {TEMPLATE}")
        from models.db import open_database

        open_database(self.url(TEMPLATE)).close()  # the migrations, once

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop", check=False)

    def url(self, database: str, user: str = USER) -> str:
        return f"postgresql+psycopg://{user}@/{database}?host={self.socket}"

    def sql(self, database: str, statement: str) -> None:
        import psycopg

        with psycopg.connect(host=str(self.socket), user=USER, dbname=database, autocommit=True) as conn:
            conn.execute(statement)

    def new_database(self, template: str = TEMPLATE) -> str:
        """A fresh database at the current schema (a copy of the template); returns its URL."""
        name = f"test_{os.getpid()}_{next(_counter)}"
        self.sql("postgres", f"CREATE DATABASE {name} TEMPLATE {template}")
        return self.url(name)

    def drop(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        name = make_url(url).database
        self.sql("postgres", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
