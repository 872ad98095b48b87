"""Backups of a team database, where this computer has PostgreSQL's own tools: ``pg_dump -Fc`` into the
backups folder, verified by ``pg_restore --list`` (the archive reads back and holds the book's tables) and
given a SHA-256 file beside it; and a restore of such a dump into an empty database with ``pg_restore``
(one transaction: all or nothing), then checked and, if older, upgraded like any database Fieldbrief opens.

Without pg_dump on the PATH, backing up the team database is the server's job (``NoBackupTools``). The
password goes to the tools in their environment (PGPASSWORD), never on a command line.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL

from models.errors import TranslatableError
from models.runtime.translatable import QT_TRANSLATE_NOOP

CONTEXT = "team backup"
DUMP_SUFFIX = ".dump"
TOOL_TIMEOUT_S = 3600
# the tables a dump must hold to be a Fieldbrief book
REQUIRED_TABLES = ("alembic_version", "customers", "visits")


class NoBackupTools(TranslatableError):
    context = CONTEXT
    template = QT_TRANSLATE_NOOP(
        "team backup", "This computer has no %1 (PostgreSQL's client tools), so it cannot back up or restore "
        "the team database. Backing up the team database is the server's job: ask its administrator. (To do "
        "it from here, install the PostgreSQL client, e.g. the Debian package postgresql-client.)")


class ToolsTooOld(TranslatableError):
    context = CONTEXT
    template = QT_TRANSLATE_NOOP(
        "team backup", "The PostgreSQL tools on this computer are version %1, older than the server (version "
        "%2), so they cannot back it up. Install the PostgreSQL client %2 or newer, or leave backups to the "
        "server's administrator.")


class DumpFailed(TranslatableError):
    context = CONTEXT
    template = QT_TRANSLATE_NOOP(
        "team backup", "The backup of the team database failed, and nothing was kept of it: %1")


class NotADump(TranslatableError):
    context = CONTEXT
    template = QT_TRANSLATE_NOOP(
        "team backup", "%1 is not a backup of a Fieldbrief team database (%2). Nothing was restored.")


class RestoreTargetNotEmpty(TranslatableError):
    context = CONTEXT
    template = QT_TRANSLATE_NOOP(
        "team backup", "%1 already has tables, so the backup was not restored into it. A backup is restored "
        "into an empty database: ask the server's administrator for a new one, then choose it here.")


class RestoreFailed(TranslatableError):
    context = CONTEXT
    template = QT_TRANSLATE_NOOP(
        "team backup", "The backup could not be restored, so nothing of it was kept in %1: %2")


def tool(name: str) -> str | None:
    return shutil.which(name)


def can_back_up() -> bool:
    return tool("pg_dump") is not None and tool("pg_restore") is not None


def _require(name: str) -> str:
    found = tool(name)
    if found is None:
        raise NoBackupTools(name)
    return found


def _connection(url: str | URL) -> tuple[list[str], dict[str, str]]:
    """The tools' connection arguments and environment (the password from the URL or the keyring)."""
    from models.team.team_database import CONNECT_TIMEOUT_S, TeamDatabase, with_password

    full = with_password(url)
    team = TeamDatabase.from_url(full)
    args = ["--no-password", "-h", team.host, "-p", str(team.port), "-U", team.user]
    env = {**os.environ, "PGCONNECT_TIMEOUT": str(CONNECT_TIMEOUT_S)}
    env.pop("PGPASSWORD", None)
    if full.password:
        env["PGPASSWORD"] = full.password
    return args, env


def _run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=TOOL_TIMEOUT_S, check=False)


def _last_lines(stderr: str) -> str:
    lines = [line.strip() for line in stderr.strip().splitlines() if line.strip()]
    return " ".join(lines[-2:])[:400] or "no reason given"


def _major(version_text: str) -> int:
    match = re.search(r"(\d+)(?:\.\d+)?", version_text)
    return int(match.group(1)) if match else 0


def dump_name(database: str, now: dt.datetime, reason: str) -> str:
    safe = re.sub(r"[^A-Za-z0-9_-]+", "_", database) or "team"
    return f"fieldbrief-team-{safe}-{now:%Y%m%d-%H%M%S}-{reason}{DUMP_SUFFIX}"


def back_up(url: str | URL, folder: Path, *, target: Path | None = None, reason: str = "manual",
            now: dt.datetime | None = None) -> Path:
    """``pg_dump -Fc`` of the team database into ``folder`` (or ``target``), verified; returns the file."""
    from models.storage.backup import file_digest, sidecar
    from models.storage.db import open_database
    from models.team.team_database import TeamDatabase

    pg_dump = _require("pg_dump")
    _require("pg_restore")
    db = open_database(url, upgrade=False)  # reachable, and a server version to compare with
    try:
        with db.engine.connect() as conn:
            server_major = int(conn.exec_driver_sql("SHOW server_version_num").scalar()) // 10000
    finally:
        db.close()
    tools_major = _major(subprocess.run([pg_dump, "--version"], capture_output=True, text=True).stdout)
    if tools_major < server_major:
        raise ToolsTooOld(tools_major, server_major)
    team = TeamDatabase.from_url(url)
    target = target or folder / dump_name(team.database, now or dt.datetime.now(), reason)
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    part = target.with_name(target.name + ".part")
    args, env = _connection(url)
    try:
        done = _run([pg_dump, "-Fc", *args, "-f", str(part), team.database], env)
        if done.returncode != 0:
            raise DumpFailed(_last_lines(done.stderr))
        os.chmod(part, 0o600)
        verify(part)
        digest = file_digest(part)
        sidecar(target).write_text(f"{digest}  {target.name}\n")
        os.replace(part, target)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    return target


def verify(dump: Path) -> list[str]:
    """``pg_restore --list`` lists the book's tables, and every row reads back; returns the tables."""
    from models.storage.backup import file_digest, sidecar

    if not dump.is_file() or dump.stat().st_size == 0:
        raise NotADump(dump, "there is no such file, or it is empty")
    check = sidecar(dump)
    if check.is_file() and check.read_text().split()[0] != file_digest(dump):
        raise NotADump(dump, "its contents changed since the backup was taken (checksum mismatch)")
    listed = _run([_require("pg_restore"), "--list", str(dump)], dict(os.environ))
    if listed.returncode != 0:
        raise NotADump(dump, _last_lines(listed.stderr))
    tables = sorted({m.group(1) for m in re.finditer(r"^\d+;.* TABLE DATA \S+ (\S+) ", listed.stdout, re.M)})
    missing = [t for t in REQUIRED_TABLES if t not in tables]
    if missing:
        raise NotADump(dump, "it has no table " + ", ".join(missing))
    # The list is the archive's table of contents, at its start: reading every row out of it (into
    # nothing) finds a file cut short or damaged further on.
    read = _run([_require("pg_restore"), "-f", os.devnull, str(dump)], dict(os.environ))
    if read.returncode != 0:
        raise NotADump(dump, _last_lines(read.stderr))
    return tables


def restore(dump: Path, url: str | URL) -> tuple[int, int]:
    """Restore ``dump`` into the empty database at ``url`` (all or nothing); returns (customers, visits)."""
    from sqlalchemy import text

    from models.storage.db import open_database
    from models.storage.stats import database_counts
    from models.team.team_database import TeamDatabase, where

    verify(dump)
    pg_restore = _require("pg_restore")
    probe = open_database(url, upgrade=False)
    try:
        with probe.engine.connect() as conn:
            tables = conn.scalar(text("SELECT count(*) FROM pg_tables WHERE schemaname NOT IN "
                                      "('pg_catalog', 'information_schema')"))
    finally:
        probe.close()
    if tables:
        raise RestoreTargetNotEmpty(where(url))
    args, env = _connection(url)
    done = _run([pg_restore, *args, "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
                 "-d", TeamDatabase.from_url(url).database, str(dump)], env)
    if done.returncode != 0:
        raise RestoreFailed(where(url), _last_lines(done.stderr))
    db = open_database(url)  # its schema known (an older one upgraded), as when the app opens it
    try:
        counts = database_counts(db)
    finally:
        db.close()
    return counts.customers, counts.visits


def list_dumps(folder: Path, database: str | None = None) -> list[Path]:
    """The team backups in ``folder`` (of ``database`` if given), newest first."""
    if not folder.is_dir():
        return []
    prefix = f"fieldbrief-team-{re.sub(r'[^A-Za-z0-9_-]+', '_', database)}-" if database else "fieldbrief-team-"
    return sorted((p for p in folder.iterdir() if p.name.startswith(prefix) and p.name.endswith(DUMP_SUFFIX)),
                  key=lambda p: p.stat().st_mtime, reverse=True)
