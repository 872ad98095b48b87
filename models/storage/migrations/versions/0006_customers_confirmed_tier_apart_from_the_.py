"""customers: confirmed tier apart from the spend's tier, referrals and acquisition cost; suggestion decisions

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22 11:01:44.109101
"""
from alembic import op
import sqlalchemy as sa

from models.entities import tier_rank_sql


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('suggestion_decisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('from_value', sa.String(length=24), nullable=False),
    sa.Column('to_value', sa.String(length=24), nullable=False),
    sa.Column('reason', sa.String(length=24), nullable=False),
    sa.Column('accepted', sa.Boolean(name='accepted'), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_suggestion_decisions_customer_id_customers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_suggestion_decisions'))
    )
    with op.batch_alter_table('suggestion_decisions', schema=None) as batch_op:
        batch_op.create_index('ix_suggestion_decisions_customer_id_kind', ['customer_id', 'kind', 'to_value'], unique=False)

    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('referred_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('acquisition_cost_cents', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('spend_tier', sa.Enum('diamond', 'gold', 'silver', 'none', name='spend_tier', native_enum=False, create_constraint=True, length=24), server_default='none', nullable=False))
        batch_op.create_index(batch_op.f('ix_customers_referred_by_id'), ['referred_by_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_customers_referred_by_id_customers'), 'customers', ['referred_by_id'], ['id'], ondelete='SET NULL')
        batch_op.create_check_constraint('acquisition_cost_not_negative',
                                         'acquisition_cost_cents IS NULL OR acquisition_cost_cents >= 0')
        batch_op.create_check_constraint('not_referred_by_itself', 'referred_by_id IS NULL OR referred_by_id != id')
    # Until now the tier followed the spend; what it was becomes both the confirmed tier and the spend's.
    op.execute("UPDATE customers SET spend_tier = tier")
    op.execute(f"CREATE INDEX ix_customers_tier_rank ON customers (({tier_rank_sql()}))")  # (( )): PostgreSQL


def downgrade() -> None:
    op.drop_index('ix_customers_tier_rank', table_name='customers')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_constraint('not_referred_by_itself', type_='check')
        batch_op.drop_constraint('acquisition_cost_not_negative', type_='check')
        batch_op.drop_constraint(batch_op.f('fk_customers_referred_by_id_customers'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_customers_referred_by_id'))
        batch_op.drop_column('spend_tier')
        batch_op.drop_column('acquisition_cost_cents')
        batch_op.drop_column('referred_by_id')

    with op.batch_alter_table('suggestion_decisions', schema=None) as batch_op:
        batch_op.drop_index('ix_suggestion_decisions_customer_id_kind')

    op.drop_table('suggestion_decisions')
