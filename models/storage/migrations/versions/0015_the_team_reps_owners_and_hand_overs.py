"""the team: reps with their role and login, owners of visits, follow-ups and promises, hand-overs

Whose customer was ``customers.owner`` alone. Visits, follow-ups and promises get an owner of their own
(the rep, by name, as the customer's), filled here from their customer's; ``reps`` holds the people of the
team who have a role or a login (a name no rep row has is a rep with neither); ``hand_overs`` records a
customer handed from one rep to another with its open work.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06 21:10:00.000000
"""
import warnings

import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

KEEP_IDS = {'sqlite_autoincrement': True}  # (migration 0007: an id once given is never given again)
OWNED = ('visits', 'follow_ups', 'promises')
# each row's customer, as the row names it
CUSTOMER_OF = {
    'visits': 'visits.customer_id',
    'follow_ups': 'follow_ups.customer_id',
    'promises': '(SELECT v.customer_id FROM outcomes o JOIN visits v ON v.id = o.visit_id'
                ' WHERE o.id = promises.outcome_id)',
}


def upgrade() -> None:
    op.create_table(
        'reps',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('login', sa.String(length=63), nullable=True),
        sa.Column('role', sa.Enum('rep', 'manager', name='role', native_enum=False, create_constraint=True,
                                  length=24), server_default='rep', nullable=False),
        sa.CheckConstraint('length(trim(name)) > 0', name=op.f('ck_reps_name_not_blank')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_reps')),
        sa.UniqueConstraint('name', name=op.f('uq_reps_name')),
        sa.UniqueConstraint('login', name=op.f('uq_reps_login')),
        **KEEP_IDS,
    )
    op.create_table(
        'hand_overs',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('customer_id', sa.Integer(), nullable=False),
        sa.Column('from_owner', sa.String(length=100), nullable=False),
        sa.Column('to_owner', sa.String(length=100), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('by', sa.String(length=100), server_default='', nullable=False),
        sa.Column('visits', sa.Integer(), server_default='0', nullable=False),
        sa.Column('follow_ups', sa.Integer(), server_default='0', nullable=False),
        sa.Column('promises', sa.Integer(), server_default='0', nullable=False),
        sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], ondelete='CASCADE',
                                name=op.f('fk_hand_overs_customer_id_customers')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_hand_overs')),
        **KEEP_IDS,
    )
    op.create_index(op.f('ix_hand_overs_customer_id'), 'hand_overs', ['customer_id'])
    for table in OWNED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column('owner', sa.String(length=100), server_default='', nullable=False))
        op.execute(f"UPDATE {table} SET owner = COALESCE((SELECT c.owner FROM customers c"
                   f" WHERE c.id = {CUSTOMER_OF[table]}), '')")
        op.create_index(op.f(f'ix_{table}_owner'), table, ['owner'])


def downgrade() -> None:
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
        for table in OWNED:
            op.drop_index(op.f(f'ix_{table}_owner'), table_name=table)
            with op.batch_alter_table(table, table_kwargs=KEEP_IDS) as batch_op:
                batch_op.drop_column('owner')
    op.drop_index(op.f('ix_hand_overs_customer_id'), table_name='hand_overs')
    op.drop_table('hand_overs')
    op.drop_table('reps')
