"""names sorted by their pinyin: customers.sort_name, and the indexes that sort by name use it

The list sorted by name followed the characters' code points, so Chinese names came in no order a reader
knows (上海… before 北京…). ``sort_name`` is a derived column (models/book/search_text.py sort_key: Chinese
characters by their pinyin, the rest folded), filled by the refresh that follows every upgrade; the
indexes of a filtered list sorted by name are rebuilt on it. The same refresh rewrites the search text
with the pinyin, folded (full-width and accents).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 05:00:00.000000
"""
import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

FILTERS = ('segment', 'lifecycle_stage', 'tier')


def upgrade() -> None:
    with op.batch_alter_table('customers') as batch_op:
        batch_op.add_column(sa.Column('sort_name', sa.Text(), server_default='', nullable=False))
    for column in FILTERS:
        op.drop_index(f'ix_customers_{column}_name', table_name='customers')
        op.create_index(f'ix_customers_{column}_sort_name', 'customers', [column, 'sort_name'])
    if op.get_bind().dialect.name == 'postgresql':
        # migration 0009's index of the list by name, (name, id): PostgreSQL's indexes hold no id
        op.execute("DROP INDEX ix_customers_sort_name")
        op.execute("CREATE INDEX ix_customers_sort_name ON customers (sort_name, id)")
    else:
        op.create_index('ix_customers_sort_name', 'customers', ['sort_name'])


def downgrade() -> None:
    op.drop_index('ix_customers_sort_name', table_name='customers')
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("CREATE INDEX ix_customers_sort_name ON customers (name, id)")
    for column in FILTERS:
        op.drop_index(f'ix_customers_{column}_sort_name', table_name='customers')
        op.create_index(f'ix_customers_{column}_name', 'customers', [column, 'name'])
    with op.batch_alter_table('customers') as batch_op:
        batch_op.drop_column('sort_name')
