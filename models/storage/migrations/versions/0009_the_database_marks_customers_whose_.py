"""the database marks customers whose derived columns are out of date; visits carry a version

Rows written by other programs on a team database (a billing export, a script) never went through the
app, so their customers' derived columns (search text, spend figures, last and next visit…) were never
computed: triggers now mark such a customer (models/storage/derived_triggers.py, version 1), and the app
computes what is marked.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 09:30:52.332054
"""
from alembic import op
import sqlalchemy as sa

from models.storage import derived_triggers

POSTGRESQL_SORTS = {
    "name": "name", "city": "city", "segment": "segment NULLS FIRST", "stage": "lifecycle_stage",
    "last_visit": "last_visit_at NULLS FIRST", "next_visit": "next_visit_at NULLS FIRST",
    "trend": "trend_bp NULLS FIRST",
    "tier": "(CASE tier WHEN 'diamond' THEN 3 WHEN 'gold' THEN 2 WHEN 'silver' THEN 1 ELSE 0 END)",
}

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN (SQLite can: a constant default), not a rebuild of the table
    op.add_column('customers', sa.Column('derived_stale', sa.Boolean(name='derived_stale'), server_default=sa.false(),
                                         nullable=False))
    op.create_index('ix_customers_derived_stale', 'customers', ['derived_stale'], unique=False,
                    sqlite_where=sa.text('derived_stale'), postgresql_where=sa.text('derived_stale'))
    for statement in derived_triggers.statements(op.get_bind().dialect.name):
        op.execute(statement)
    op.add_column('visits', sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    if op.get_bind().dialect.name == 'postgresql':
        # The list sorts by (column, id) with NULLs first going up: SQLite's indexes hold the id and order
        # NULLs so by themselves; PostgreSQL's need saying it, or every page is a sort of the whole table.
        for name, column in POSTGRESQL_SORTS.items():
            op.execute(f"CREATE INDEX ix_customers_sort_{name} ON customers ({column}, id)")

def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for name in POSTGRESQL_SORTS:
            op.execute(f"DROP INDEX IF EXISTS ix_customers_sort_{name}")
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_column('version')
    for statement in derived_triggers.drops(op.get_bind().dialect.name):
        op.execute(statement)
    op.drop_index('ix_customers_derived_stale', table_name='customers')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_column('derived_stale')
