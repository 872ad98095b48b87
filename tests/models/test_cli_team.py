"""The command line with a team database: --database URL takes its password from the keyring; copy --to and
--from move a whole book; backup, restore and check work there too; trouble is one line and exit 1."""

import sqlite3
import subprocess
import sys

from sqlalchemy.engine import make_url

import main
from models.team.team_database import TeamDatabase, forget_password
from tests.conftest import REPO


def run(capsys, *args) -> tuple[int, str, str]:
    code = main.main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_laptop_book_goes_to_the_team_database_and_another_laptop_takes_it(tmp_path, team_url, capsys,
                                                                           stoppable_pg_server):
    laptop, other = tmp_path / "laptop", tmp_path / "other"
    assert run(capsys, "--data-dir", laptop, "demo", "--customers", "40")[0] == 0

    code, out, err = run(capsys, "--data-dir", laptop, "copy", "--to", team_url)
    team = TeamDatabase.from_url(team_url)
    assert (code, err) == (0, "")
    assert out.startswith("Copied 40 customers and ") and f"into {team.describe()}" in out

    code, out, err = run(capsys, "--data-dir", laptop, "copy", "--to", team_url)  # not empty any more
    assert code == 1 and err.startswith("fieldbrief: error: ") and "is not empty (it holds 40 customers" in err
    assert err.count("\n") == 1

    code, out, _err = run(capsys, "--data-dir", other, "copy", "--from", team_url)
    assert code == 0 and f"from {team.describe()} into {other / 'fieldbrief.sqlite'}" in out
    book = sqlite3.connect(other / "fieldbrief.sqlite")
    assert book.execute("SELECT count(*) FROM customers").fetchone()[0] == 40
    book.close()

    code, out, _err = run(capsys, "--data-dir", laptop, "--database", team_url, "backup")
    assert code == 0 and "(pg_dump, verified with pg_restore)" in out
    dumps = list((laptop / "backups").glob("fieldbrief-team-*.dump"))
    assert len(dumps) == 1

    empty = stoppable_pg_server.password_url(make_url(stoppable_pg_server.new_database(None)).database)
    code, out, err = run(capsys, "--data-dir", laptop, "--database", empty, "restore", dumps[0])
    assert (code, err) == (0, "") and "(40 customers" in out
    stoppable_pg_server.drop(empty)


def test_check_says_reachable_and_the_schema_in_a_process_of_its_own(tmp_path, team_url):
    """A process of its own: the keyring the tests chose reaches the app through the environment."""
    done = subprocess.run([sys.executable, "main.py", "--data-dir", str(tmp_path), "--database", team_url, "check"],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{TeamDatabase.from_url(team_url).describe()}: ok, reachable, the current schema.\n"


def test_a_team_database_without_its_password_is_one_line(tmp_path, team_url, capsys):
    forget_password(TeamDatabase.from_url(team_url))
    code, _out, err = run(capsys, "--data-dir", tmp_path, "--database", team_url, "check")
    assert code == 1 and err.count("\n") == 1
    assert "asks for the password of rep" in err and "Traceback" not in err
