"""Who may change what on the team database, enforced by the server: every login of the team reads the whole
book; a rep's login changes only their own customers and what belongs to them (contacts, spend, dates,
visits with their plans and outcomes, follow-ups, promises); a manager's login changes all.

``fieldbrief team setup`` (run by the database's owner, who keeps every right) makes two group roles,
``fieldbrief_rep`` and ``fieldbrief_manager``, gives them the rights to work in the tables, makes each rep's
login (``reps.login``) a member of their role's group, and puts a guard on every table of the book.

Row-level security (policies) is on for every table and lets the team read every row. Writes are held by a
row trigger on each table rather than by UPDATE and DELETE policies: a policy's USING skips a row a rep may
not change without a word (their change would vanish, and the app would read it as "changed elsewhere"),
and a WITH CHECK cannot tell a rep's edit from the refresh of a customer's derived columns (a cache every
client computes, models/book/summaries.py). The guard refuses with a SQLSTATE of our own (``FB001``: not
yours; ``FB002``: not yours to give to another rep) and the owner's name as the error's detail, recognised by
models/team/server_errors.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Table, select, text
from sqlalchemy.engine import Connection

from models.entities import DERIVED_CUSTOMER_COLUMNS, Base, Rep
from models.errors import Refused
from models.runtime.translatable import QT_TRANSLATE_NOOP
from models.team.server_errors import NOT_YOURS, NOT_YOURS_TO_GIVE
from models.vocabulary import RepRole

NOT_A_TEAM_DATABASE = QT_TRANSLATE_NOOP("errors", "Who may change what is set on a team database (PostgreSQL): name "
                                                  "it with --database. In a laptop's book every customer is yours.")
REP_GROUP, MANAGER_GROUP = "fieldbrief_rep", "fieldbrief_manager"
GROUPS = {RepRole.REP: REP_GROUP, RepRole.MANAGER: MANAGER_GROUP}
SHARED = ("settings", "tags")  # the book's own, changed by anyone of the team
MANAGERS_ONLY = ("reps",)  # who is on the team, and their role
# what a write may change on a row that is not the writer's: a customer's cache (refreshed by every client,
# which leaves updated_at and the version as they are); nothing else, not even a version alone
UNGUARDED = {"customers": DERIVED_CUSTOMER_COLUMNS}


def owner_of(table: Table, row: str, depth: int = 0) -> str | None:
    """SQL for the owner of ``row`` (NEW or OLD) of ``table``: its own ``owner``, else that of the row it
    belongs to (through a foreign key it dies with: one that is never empty, and to a row with an owner of
    its own, first), or None for a table without owners."""
    if "owner" in table.c:
        return f"{row}.owner"
    keys = [fk for fk in table.foreign_keys if fk.ondelete == "CASCADE" and fk.column.table is not table]
    keys.sort(key=lambda fk: (fk.parent.nullable, "owner" not in fk.column.table.c, fk.parent.name))
    for fk in keys:
        alias = f"p{depth}"
        inner = owner_of(fk.column.table, alias, depth + 1)
        if inner is not None:
            return (f"(SELECT {inner} FROM {fk.column.table.name} {alias} "
                    f"WHERE {alias}.{fk.column.name} = {row}.{fk.parent.name})")
    return None


def guarded_tables() -> dict[str, str]:
    """Table -> how its rows name their owner (``{row}`` for NEW or OLD): every table of the book but the
    shared ones."""
    found = {}
    for table in Base.metadata.sorted_tables:
        if table.name in SHARED:
            continue
        if table.name in MANAGERS_ONLY:
            found[table.name] = "NULL"  # (nobody's: a manager's alone)
            continue
        expression = owner_of(table, "{row}")
        assert expression is not None, f"{table.name}: whose are its rows?"
        found[table.name] = expression
    return found


def _changed(table: str) -> str:
    if table not in UNGUARDED:
        return "NEW IS DISTINCT FROM OLD"
    left_out = ", ".join(f"'{c}'" for c in UNGUARDED[table])
    return f"(to_jsonb(NEW) - ARRAY[{left_out}]::text[]) IS DISTINCT FROM (to_jsonb(OLD) - ARRAY[{left_out}]::text[])"


def _refuse(table: str, code: str) -> str:
    return (f"RAISE EXCEPTION 'fieldbrief: a row of {table} that is not yours' USING ERRCODE = '{code}', "
            "DETAIL = coalesce(who, '')")


def _guard(table: str, owner: str) -> str:
    """The table's guard: a row written must be the writer's before (an update, a delete) and after (an
    insert: ``NOT_YOURS``; an update: ``NOT_YOURS_TO_GIVE``, as a hand-over by a rep is)."""
    return f"""
CREATE OR REPLACE FUNCTION fieldbrief_guard_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE who text;
BEGIN
    IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND {_changed(table)}) THEN
        who := {owner.format(row='OLD')};
        IF NOT fieldbrief_may_write(who) THEN {_refuse(table, NOT_YOURS)}; END IF;
    END IF;
    IF TG_OP = 'INSERT' THEN
        who := {owner.format(row='NEW')};
        IF NOT fieldbrief_may_write(who) THEN {_refuse(table, NOT_YOURS)}; END IF;
    ELSIF TG_OP = 'UPDATE' AND {_changed(table)} THEN
        who := {owner.format(row='NEW')};
        IF NOT fieldbrief_may_write(who) THEN {_refuse(table, NOT_YOURS_TO_GIVE)}; END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS fieldbrief_guard ON {table};
CREATE TRIGGER fieldbrief_guard BEFORE INSERT OR UPDATE OR DELETE ON {table}
    FOR EACH ROW EXECUTE FUNCTION fieldbrief_guard_{table}();
ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS fieldbrief_team ON {table};
CREATE POLICY fieldbrief_team ON {table} TO {REP_GROUP}, {MANAGER_GROUP} USING (true) WITH CHECK (true);
"""


MAY_WRITE = f"""
CREATE OR REPLACE FUNCTION fieldbrief_may_write(owner text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT NOT pg_has_role(current_user, '{REP_GROUP}', 'MEMBER')
        OR pg_has_role(current_user, '{MANAGER_GROUP}', 'MEMBER')
        OR coalesce(owner = (SELECT name FROM reps WHERE login = current_user), false)
$$;
"""
# (a login in neither group has no rights in the tables at all; the owner of the tables, and the foreign
# keys' cascades that run as the owner, are in neither, so are not held)


@dataclass
class Setup:
    members: list[tuple[str, str, RepRole]] = field(default_factory=list)  # (name, login, role) made members
    missing: list[tuple[str, str]] = field(default_factory=list)  # (name, login) with no such login on the server


def set_up(conn: Connection) -> Setup:
    """The groups, their rights, the guards and the reps' memberships, in the caller's transaction (again
    after an upgrade: a new table gets its guard, a rep's new login or role its membership)."""
    for group in GROUPS.values():
        conn.exec_driver_sql(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{group}') THEN "
                             f"CREATE ROLE {group} NOLOGIN; END IF; END $$")
    groups = ", ".join(GROUPS.values())
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {groups}")
    conn.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {groups}")
    conn.exec_driver_sql(f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {groups}")
    conn.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {groups}")
    conn.exec_driver_sql(MAY_WRITE)
    for table, owner in guarded_tables().items():
        conn.exec_driver_sql(_guard(table, owner))
    done = Setup()
    logins = set(conn.scalars(text("SELECT rolname FROM pg_roles WHERE rolcanlogin")))
    for name, login, role in conn.execute(select(Rep.name, Rep.login, Rep.role).where(Rep.login.is_not(None))):
        if login not in logins:
            done.missing.append((name, login))
            continue
        other = GROUPS[RepRole.MANAGER if role is RepRole.REP else RepRole.REP]
        conn.exec_driver_sql(f'REVOKE {other} FROM "{login}"')
        conn.exec_driver_sql(f'GRANT {GROUPS[role]} TO "{login}"')
        done.members.append((name, login, role))
    return done


def set_up_team(url: str) -> Setup:
    """``set_up`` on the team database at ``url``, as its owner (one transaction: all of it, or nothing)."""
    from models.storage.db import open_database
    from models.team.team_database import is_team_url

    if not is_team_url(url):
        raise Refused(NOT_A_TEAM_DATABASE)
    db = open_database(url)
    try:
        with db.engine.begin() as conn:
            return set_up(conn)
    finally:
        db.close()
