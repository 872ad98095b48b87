"""visit plans (SPIN questions, FAB products, expected objections, self-ticking checklist items); objections met and promises at visits

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 09:34:40.792586
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('plan_objections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('objection', sa.String(length=1000), nullable=False),
    sa.Column('answer', sa.Text(), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_plan_objections_visit_id_visits'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_objections'))
    )
    with op.batch_alter_table('plan_objections', schema=None) as batch_op:
        batch_op.create_index('ix_plan_objections_visit_id_position', ['visit_id', 'position'], unique=False)

    op.create_table('plan_products',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('product', sa.String(length=200), nullable=False),
    sa.Column('feature', sa.Text(), server_default='', nullable=False),
    sa.Column('advantage', sa.Text(), server_default='', nullable=False),
    sa.Column('benefit', sa.Text(), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_plan_products_visit_id_visits'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_products'))
    )
    with op.batch_alter_table('plan_products', schema=None) as batch_op:
        batch_op.create_index('ix_plan_products_visit_id_position', ['visit_id', 'position'], unique=False)

    op.create_table('plan_questions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('situation', 'problem', 'implication', 'need_payoff', name='kind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.CheckConstraint('length(trim(text)) > 0', name=op.f('ck_plan_questions_text_not_blank')),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_plan_questions_visit_id_visits'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_questions'))
    )
    with op.batch_alter_table('plan_questions', schema=None) as batch_op:
        batch_op.create_index('ix_plan_questions_visit_id_position', ['visit_id', 'position'], unique=False)

    op.create_table('met_objections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('outcome_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('category', sa.Enum('price', 'need', 'timing', 'change', 'trust', 'competitor', 'excuse', 'other', name='category', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('said', sa.String(length=1000), nullable=False),
    sa.Column('answer', sa.Text(), server_default='', nullable=False),
    sa.Column('resolved', sa.Boolean(name='resolved'), server_default=sa.false(), nullable=False),
    sa.CheckConstraint('length(trim(said)) > 0', name=op.f('ck_met_objections_said_not_blank')),
    sa.ForeignKeyConstraint(['outcome_id'], ['outcomes.id'], name=op.f('fk_met_objections_outcome_id_outcomes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_met_objections'))
    )
    with op.batch_alter_table('met_objections', schema=None) as batch_op:
        batch_op.create_index('ix_met_objections_outcome_id_position', ['outcome_id', 'position'], unique=False)

    op.create_table('promises',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('outcome_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('by', sa.Enum('us', 'customer', name='by', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('text', sa.String(length=1000), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('length(trim(text)) > 0', name=op.f('ck_promises_text_not_blank')),
    sa.ForeignKeyConstraint(['outcome_id'], ['outcomes.id'], name=op.f('fk_promises_outcome_id_outcomes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_promises'))
    )
    with op.batch_alter_table('promises', schema=None) as batch_op:
        batch_op.create_index('ix_promises_done_at_due_on', ['done_at', 'due_on'], unique=False)
        batch_op.create_index('ix_promises_outcome_id_position', ['outcome_id', 'position'], unique=False)

    with op.batch_alter_table('checklist_items', schema=None) as batch_op:
        batch_op.add_column(sa.Column('answered_by', sa.Enum('customer_profile', 'products', 'expected_reception', 'purpose', 'opening_line', 'questions', 'decision_maker_plan', 'next_step', name='answered_by', native_enum=False, create_constraint=True, length=24), nullable=True))

    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.add_column(sa.Column('customer_profile', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('expected_reception', sa.Text(), server_default='', nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_column('expected_reception')
        batch_op.drop_column('customer_profile')

    with op.batch_alter_table('checklist_items', schema=None) as batch_op:
        batch_op.drop_column('answered_by')

    with op.batch_alter_table('promises', schema=None) as batch_op:
        batch_op.drop_index('ix_promises_outcome_id_position')
        batch_op.drop_index('ix_promises_done_at_due_on')

    op.drop_table('promises')
    with op.batch_alter_table('met_objections', schema=None) as batch_op:
        batch_op.drop_index('ix_met_objections_outcome_id_position')

    op.drop_table('met_objections')
    with op.batch_alter_table('plan_questions', schema=None) as batch_op:
        batch_op.drop_index('ix_plan_questions_visit_id_position')

    op.drop_table('plan_questions')
    with op.batch_alter_table('plan_products', schema=None) as batch_op:
        batch_op.drop_index('ix_plan_products_visit_id_position')

    op.drop_table('plan_products')
    with op.batch_alter_table('plan_objections', schema=None) as batch_op:
        batch_op.drop_index('ix_plan_objections_visit_id_position')

    op.drop_table('plan_objections')
