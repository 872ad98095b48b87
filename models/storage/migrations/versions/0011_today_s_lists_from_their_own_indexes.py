"""the Today page's lists from their own indexes: open follow-ups and promises by due date, yearly dates by
month and day, and on PostgreSQL the id in the indexes its counts read

Each Today list is cut and counted in an index's order, so it reads only the lines it shows and counts
from the index alone; on a team database (PostgreSQL, 100,000 customers) several read a whole table:

- follow-ups and promises due or overdue: only the open ones, by (due_on, id), replace (done_at, due_on);
- yearly dates ahead: by their month and day (models.storage.dialect.month_day, spelled here as it was when this
  shipped), one range instead of one per year the book's dates span;
- PostgreSQL's indexes hold no id by themselves: the visits without an outcome (status, planned_start),
  the unconfirmed tiers and the spend drops are counted with the id they need, from the index alone.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 18:30:00.000000
"""
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

MONTH_DAY = {
    'sqlite': "CAST(strftime('%m%d', date) AS INTEGER)",
    'postgresql': "(EXTRACT(MONTH FROM date) * 100 + EXTRACT(DAY FROM date))",
}
# (name, table, columns, WHERE) of the PostgreSQL indexes that get the id
WITH_ID = [
    ('ix_visits_status_planned_start', 'visits', 'status, planned_start', None),
    ('ix_customers_unconfirmed_tier', 'customers', 'avg_spend_cents, archived, tier, spend_tier', 'spend_tier != tier'),
    ('ix_customers_spend_drop', 'customers', 'spend_drop, archived, trend_bp, lifecycle_stage', None),
]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in ('follow_ups', 'promises'):
        op.drop_index(f'ix_{table}_done_at_due_on', table_name=table)
        op.execute(f"CREATE INDEX ix_{table}_open_due_on ON {table} (due_on, id) WHERE done_at IS NULL")
    op.execute(f"CREATE INDEX ix_key_dates_month_day ON key_dates (yearly, {MONTH_DAY[dialect]}, id, customer_id, date)")
    if dialect == 'postgresql':
        for name, table, columns, where in WITH_ID:
            op.execute(f"DROP INDEX {name}")
            op.execute(f"CREATE INDEX {name} ON {table} ({columns}) INCLUDE (id)" + (f" WHERE {where}" if where else ""))
        op.execute("ANALYZE key_dates")  # the statistics of the month and day, for the planner


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for name, table, columns, where in WITH_ID:
            op.execute(f"DROP INDEX {name}")
            op.execute(f"CREATE INDEX {name} ON {table} ({columns})" + (f" WHERE {where}" if where else ""))
    op.drop_index('ix_key_dates_month_day', table_name='key_dates')
    for table in ('follow_ups', 'promises'):
        op.drop_index(f'ix_{table}_open_due_on', table_name=table)
        op.create_index(f'ix_{table}_done_at_due_on', table, ['done_at', 'due_on'])
