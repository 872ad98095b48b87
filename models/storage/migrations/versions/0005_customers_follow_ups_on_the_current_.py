"""customers: follow-ups on the current opportunity, for the Today page

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 10:43:12.436276
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('follow_ups_done', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('follow_ups_open', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('last_follow_up_at', sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f('ix_customers_follow_ups_done'), ['follow_ups_done'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customers_follow_ups_done'))
        batch_op.drop_column('last_follow_up_at')
        batch_op.drop_column('follow_ups_open')
        batch_op.drop_column('follow_ups_done')

