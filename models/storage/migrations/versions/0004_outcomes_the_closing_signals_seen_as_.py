"""outcomes: the closing signals seen, as values

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 10:34:09.459855
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('outcomes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('signal_keys', sa.Text(), server_default='', nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('outcomes', schema=None) as batch_op:
        batch_op.drop_column('signal_keys')

