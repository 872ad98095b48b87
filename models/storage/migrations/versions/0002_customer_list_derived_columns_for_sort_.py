"""customer list: derived columns for sort, filter and search; settings

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 08:53:09.054179
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('search_text', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('tier', sa.Enum('diamond', 'gold', 'silver', 'none', name='tier', native_enum=False, create_constraint=True, length=24), server_default='none', nullable=False))
        batch_op.add_column(sa.Column('avg_spend_cents', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('last_spend_cents', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('trend_bp', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('spend_drop', sa.Boolean(name='spend_drop'), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column('last_visit_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('next_visit_at', sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f('ix_customers_last_visit_at'), ['last_visit_at'], unique=False)
        batch_op.create_index('ix_customers_lifecycle_stage_name', ['lifecycle_stage', 'name'], unique=False)
        batch_op.create_index(batch_op.f('ix_customers_next_visit_at'), ['next_visit_at'], unique=False)
        batch_op.create_index('ix_customers_segment_name', ['segment', 'name'], unique=False)
        batch_op.create_index('ix_customers_tier_name', ['tier', 'name'], unique=False)
        batch_op.create_index(batch_op.f('ix_customers_trend_bp'), ['trend_bp'], unique=False)
        batch_op.create_index('ix_customers_segment', ['segment'], unique=False)
        batch_op.create_index('ix_customers_lifecycle_stage', ['lifecycle_stage'], unique=False)
        batch_op.create_index(batch_op.f('ix_customers_avg_spend_cents'), ['avg_spend_cents'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customers_avg_spend_cents'))
        batch_op.drop_index('ix_customers_lifecycle_stage')
        batch_op.drop_index('ix_customers_segment')
        batch_op.drop_index(batch_op.f('ix_customers_trend_bp'))
        batch_op.drop_index('ix_customers_tier_name')
        batch_op.drop_index('ix_customers_segment_name')
        batch_op.drop_index(batch_op.f('ix_customers_next_visit_at'))
        batch_op.drop_index('ix_customers_lifecycle_stage_name')
        batch_op.drop_index(batch_op.f('ix_customers_last_visit_at'))
        batch_op.drop_column('next_visit_at')
        batch_op.drop_column('last_visit_at')
        batch_op.drop_column('spend_drop')
        batch_op.drop_column('trend_bp')
        batch_op.drop_column('last_spend_cents')
        batch_op.drop_column('avg_spend_cents')
        batch_op.drop_column('tier')
        batch_op.drop_column('search_text')

    op.drop_table('settings')
