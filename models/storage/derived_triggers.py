"""The database marks a customer whose derived columns are out of date, whoever wrote (the app, a billing
export, a script, another tool on the team database): triggers set ``customers.derived_stale`` when a
row that the derived columns come from is written. The app computes them again for the customers so
marked (models/book/summaries.py refresh_stale) and clears the mark; until then a search still finds such a
customer by its name and city (models/book/customer_list.py).

Spelled for SQLite and for PostgreSQL. These are version 1 of the triggers, made by migration 0009:
never change what these functions return (a database made by an older Fieldbrief has them as they
were); a change is a new version, made (and the old one dropped) by a new migration.
"""

from __future__ import annotations

# table -> (the columns whose change matters on UPDATE, how the row names its customer)
SOURCES = {
    "customers": (("name", "city"), "id"),
    "contacts": (("name", "customer_id"), "customer_id"),
    "channels": (("kind", "value", "customer_id"), "customer_id"),
    "monthly_spend": (("amount_cents", "year", "month", "customer_id"), "customer_id"),
    "visits": (("status", "planned_start", "customer_id"), "customer_id"),
    "follow_ups": (("done_at", "customer_id"), "customer_id"),
}
OUTCOME = "(SELECT customer_id FROM visits WHERE visits.id = {row}.visit_id)"


def _mark(owner: str) -> str:
    return f"UPDATE customers SET derived_stale = {{true}} WHERE id = {owner} AND NOT derived_stale"


def sqlite_statements() -> list[str]:
    statements = []
    tables = {**{t: (cols, f"{{row}}.{owner}") for t, (cols, owner) in SOURCES.items()},
              "outcomes": (("result", "logged_at", "visit_id"), OUTCOME)}
    for table, (columns, owner) in tables.items():
        events = [("INSERT", ("NEW",)), (f"UPDATE OF {', '.join(columns)}", ("NEW", "OLD"))]
        if table != "customers":  # (a customer deleted has nothing left to be out of date)
            events.append(("DELETE", ("OLD",)))
        for event, rows in events:
            name = f"tr_{table}_stale_{event.split()[0].lower()}"
            marks = " ".join(_mark(owner.format(row=row)).format(true="1") + ";" for row in rows)
            statements.append(f"CREATE TRIGGER {name} AFTER {event} ON {table} FOR EACH ROW BEGIN {marks} END")
    return statements


def sqlite_drops() -> list[str]:
    tables = [*SOURCES, "outcomes"]
    return [f"DROP TRIGGER IF EXISTS tr_{t}_stale_{e}" for t in tables for e in ("insert", "update", "delete")]


def statements(dialect: str) -> list[str]:
    return sqlite_statements() if dialect == "sqlite" else postgresql_statements()


def drops(dialect: str) -> list[str]:
    return sqlite_drops() if dialect == "sqlite" else postgresql_drops()


def postgresql_statements() -> list[str]:
    """One trigger function a table (it knows how its rows name their customer), fired after each row."""
    statements = []
    tables = {**{t: (cols, f"{{row}}.{owner}") for t, (cols, owner) in SOURCES.items()},
              "outcomes": (("result", "logged_at", "visit_id"), OUTCOME)}
    for table, (columns, owner) in tables.items():
        new, old = _mark(owner.format(row="NEW")).format(true="true"), _mark(owner.format(row="OLD")).format(true="true")
        statements.append(f"""
CREATE OR REPLACE FUNCTION fb_{table}_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN {new}; END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND TG_TABLE_NAME <> 'customers' THEN {old}; END IF;
  RETURN NULL;
END $$""")
        statements.append(f"CREATE TRIGGER tr_{table}_stale AFTER INSERT OR DELETE OR UPDATE OF {', '.join(columns)} "
                          f"ON {table} FOR EACH ROW EXECUTE FUNCTION fb_{table}_stale()")
    return statements


def postgresql_drops() -> list[str]:
    tables = [*SOURCES, "outcomes"]
    return [f"DROP TRIGGER IF EXISTS tr_{t}_stale ON {t}" for t in tables] + \
           [f"DROP FUNCTION IF EXISTS fb_{t}_stale()" for t in tables]
