"""never reuse ids, customers carry a version, dates without a year

SQLite gives a freed highest rowid to the next row unless the table is AUTOINCREMENT, so undo could put a
deleted customer back over a newer one: every table with an id of its own is rebuilt with AUTOINCREMENT
(on other databases identity sequences never reuse an id already). Customers get a version that goes
up with every change to the record. Dates without a year were stored in 1904 with nothing saying so:
they are marked now.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 07:09:06.193012
"""
import datetime as dt

from alembic import op
import sqlalchemy as sa

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

# The tables with an id of their own, as they were at 0006.
ID_TABLES = ('tags', 'customers', 'contacts', 'channels', 'key_dates', 'visits', 'plan_questions',
             'plan_products', 'plan_objections', 'checklist_items', 'outcomes', 'met_objections', 'promises',
             'follow_ups', 'suggestion_decisions')
# 0006's expression index on the tier (SQLite cannot reflect it, so a rebuild would lose it)
TIER_RANK = ("CASE tier WHEN 'diamond' THEN 3 WHEN 'gold' THEN 2 WHEN 'silver' THEN 1 ELSE 0 END")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == 'sqlite'
    if sqlite:
        op.drop_index('ix_customers_tier_rank', table_name='customers')
        for table in ID_TABLES:
            with op.batch_alter_table(table, recreate='always', table_kwargs={'sqlite_autoincrement': True}):
                pass
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    with op.batch_alter_table('key_dates', schema=None) as batch_op:
        batch_op.add_column(sa.Column('year_known', sa.Boolean(name='year_known'), server_default=sa.true(),
                                      nullable=False))
    key_dates = sa.table('key_dates', sa.column('date', sa.Date), sa.column('year_known', sa.Boolean))
    op.execute(key_dates.update().where(key_dates.c.date.between(dt.date(1904, 1, 1), dt.date(1904, 12, 31)))
               .values(year_known=sa.false()))
    if sqlite:
        op.execute(f"CREATE INDEX ix_customers_tier_rank ON customers (({TIER_RANK}))")


def downgrade() -> None:
    with op.batch_alter_table('key_dates', schema=None) as batch_op:
        batch_op.drop_column('year_known')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_column('version')
