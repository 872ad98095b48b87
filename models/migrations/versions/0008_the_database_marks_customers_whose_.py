"""the database marks customers whose derived columns are out of date; visits carry a version

Rows written by other programs on a team database (a billing export, a script) never went through the
app, so their customers' derived columns (search text, spend figures, last and next visit…) were never
computed: triggers now mark such a customer (models/derived_triggers.py, version 1), and the app
computes what is marked.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 09:30:52.332054
"""
from alembic import op
import sqlalchemy as sa

from models import derived_triggers

revision = '0008'
down_revision = '0007'
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


def downgrade() -> None:
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_column('version')
    for statement in derived_triggers.drops(op.get_bind().dialect.name):
        op.execute(statement)
    op.drop_index('ix_customers_derived_stale', table_name='customers')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_column('derived_stale')
