"""Try a team database on one machine: a throwaway PostgreSQL server in a temporary folder (the one the
tests start, tests/databases.py), a team database on it with demo customers for a user with a password,
and Fieldbrief opened on it; when the window closes, the server stops and its folder is removed.

    make try-team                           # or: .venv/bin/python scripts/try_team_database.py
    make try-team ARGS="--lang zh_CN"       # options of the app go through
    make try-team ARGS="--empty"            # the team database empty, the demo in the laptop's book

The team database gets 300 demo customers (--customers N), the laptop's book (in a throwaway data folder,
unless --data-dir names one) none; with --empty it is the other way round, to try File > Copy Book to Team
Database… The app gets the password in its --database URL (a throwaway one: nothing goes to the keyring).
Needs PostgreSQL's server programs (Debian and Ubuntu: ``apt-get install postgresql``); as root, the
server runs as the user postgres.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DATABASE, USER, PASSWORD = "team", "trial", "fieldbrief"


def main() -> int:
    from tests.databases import PostgresServer, unavailable_reason

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=300, metavar="N", help="demo customers (default 300)")
    parser.add_argument("--empty", action="store_true", help="the team database empty, the demo in the laptop's book")
    parser.add_argument("--data-dir", help="the laptop's data folder (default: a throwaway one)")
    parser.add_argument("--keep", action="store_true", help="leave the server running when the window closes")
    args, app_args = parser.parse_known_args()
    reason = unavailable_reason()
    if reason:
        print(f"try_team_database: {reason}", file=sys.stderr)
        return 1
    folder = Path(tempfile.mkdtemp(prefix="fieldbrief-team-"))
    folder.chmod(0o755)  # the server runs as the user postgres when this runs as root
    data = Path(args.data_dir) if args.data_dir else folder / "laptop"
    server = PostgresServer(folder / "server", stoppable=True)
    pg_ctl = f"{'runuser -u postgres -- ' if server.as_user else ''}{server.bin}/pg_ctl -D {server.data}"
    try:
        server.start()
        # CREATEROLE: the team database's owner makes the reps' logins and runs team setup (README)
        server.sql("postgres", f"CREATE ROLE {USER} LOGIN CREATEROLE PASSWORD '{PASSWORD}'")
        server.sql("postgres", f"CREATE DATABASE {DATABASE} OWNER {USER}")
        url = f"postgresql+psycopg://{USER}:{PASSWORD}@127.0.0.1:{server.port}/{DATABASE}"
        python = [sys.executable, str(REPO / "main.py"), "--data-dir", str(data)]
        demo = ["demo", "--customers", str(args.customers)]
        if args.empty:
            subprocess.run([*python, *demo], check=False)  # into the laptop's book, unless it has a book already
        else:
            subprocess.run([*python, "--database", url, *demo], check=True)
        print(f"""
A throwaway PostgreSQL server runs on 127.0.0.1 port {server.port} with the database "{DATABASE}"
({'empty' if args.empty else f'{args.customers} demo customers'}); Fieldbrief opens on it. From the window:
  File > Open Team Database…   server 127.0.0.1, port {server.port}, database {DATABASE}, user {USER}, password {PASSWORD}
  File > Open Laptop Book      {data / 'fieldbrief.sqlite'}{' (the demo: then File > Copy Book to Team Database…)' if args.empty else ''}
Server trouble, from another terminal:
  stop it:        {pg_ctl} -m immediate stop
  start it again: {pg_ctl} -o "{server._options()}" -l {folder / 'server' / 'server.log'} start
""", flush=True)
        subprocess.run([*python, "--database", url, *app_args], check=False)
    finally:
        if args.keep:
            print(f"The server still runs; to stop it and remove it: {pg_ctl} stop && rm -r {folder}")
        else:
            server.stop("fast")
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
