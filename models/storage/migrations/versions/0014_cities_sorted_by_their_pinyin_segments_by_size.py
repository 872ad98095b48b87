"""cities sorted by their pinyin, segments by size: customers.sort_city, ix_customers_sort_city, ix_customers_segment_rank

The list sorted by city followed the characters' code points (上海 before 北京), and by segment the stored
codes (business, consumer, key_account), an order no reader sees in the words shown. ``sort_city`` is a
derived column (the city's sort key, as ``sort_name`` is the name's: models/book/search_text.py), filled by
the refresh that follows every upgrade; the segment sorts by its rank, key accounts at one end, through an
index of the same expression (as the tier does: 0006).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 12:40:00.000000
"""
import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

# spelled as models/entities.py segment_rank_sql() spells it when this shipped
SEGMENT_RANK = "CASE segment WHEN 'key_account' THEN 3 WHEN 'business' THEN 2 WHEN 'consumer' THEN 1 ELSE 0 END"


def upgrade() -> None:
    with op.batch_alter_table('customers') as batch_op:
        batch_op.add_column(sa.Column('sort_city', sa.Text(), server_default='', nullable=False))
    op.execute(f"CREATE INDEX ix_customers_segment_rank ON customers (({SEGMENT_RANK}))")  # (( )): PostgreSQL
    if op.get_bind().dialect.name == 'postgresql':
        # migration 0009's indexes of the list by city and by segment, (city, id) and (segment, id): now by
        # the city's sort key and the segment's rank (PostgreSQL's indexes hold no id)
        op.execute("DROP INDEX ix_customers_sort_city")
        op.execute("CREATE INDEX ix_customers_sort_city ON customers (sort_city, id)")
        op.execute("DROP INDEX ix_customers_sort_segment")
        op.execute(f"CREATE INDEX ix_customers_sort_segment ON customers (({SEGMENT_RANK}), id)")
    else:
        op.create_index('ix_customers_sort_city', 'customers', ['sort_city'])


def downgrade() -> None:
    op.drop_index('ix_customers_sort_city', table_name='customers')
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("CREATE INDEX ix_customers_sort_city ON customers (city, id)")
        op.execute("DROP INDEX ix_customers_sort_segment")
        op.execute("CREATE INDEX ix_customers_sort_segment ON customers (segment NULLS FIRST, id)")
    op.drop_index('ix_customers_segment_rank', table_name='customers')
    with op.batch_alter_table('customers') as batch_op:
        batch_op.drop_column('sort_city')
