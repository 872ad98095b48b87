"""Initial schema: customers, contacts, channels, spend, key dates, tags, visits, checklists, outcomes, follow-ups.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-22 08:39:14.843481
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


# PRAGMA application_id that marks a SQLite file as Fieldbrief's ("FBRF"); models.storage.db checks it.
APPLICATION_ID = 0x46425246


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    op.create_table('customers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('company', 'person', name='kind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('segment', sa.Enum('key_account', 'business', 'consumer', name='segment', native_enum=False, create_constraint=True, length=24), nullable=True),
    sa.Column('industry', sa.String(length=100), server_default='', nullable=False),
    sa.Column('address', sa.String(length=300), server_default='', nullable=False),
    sa.Column('city', sa.String(length=100), server_default='', nullable=False),
    sa.Column('website', sa.String(length=200), server_default='', nullable=False),
    sa.Column('owner', sa.String(length=100), server_default='', nullable=False),
    sa.Column('relationship_level', sa.Enum('none', 'supplier', 'partner', 'friend', name='relationship_level', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('contact_level', sa.Enum('new', 'repeat', 'existing', 'closed', name='contact_level', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('psychology', sa.Enum('keeping_up', 'habit', 'price', 'preference', 'prestige', 'curiosity', 'safety', 'communication', 'herd', name='psychology', native_enum=False, create_constraint=True, length=24), nullable=True),
    sa.Column('lifecycle_stage', sa.Enum('A', 'B', 'C', 'D', 'E', name='lifecycle_stage', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('stage_entered_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), server_default='', nullable=False),
    sa.Column('archived', sa.Boolean(name='archived'), server_default=sa.false(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('length(trim(name)) > 0', name=op.f('ck_customers_name_not_blank')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customers'))
    )
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customers_city'), ['city'], unique=False)
        batch_op.create_index(batch_op.f('ix_customers_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_customers_owner'), ['owner'], unique=False)

    op.create_table('tags',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.CheckConstraint('length(trim(name)) > 0', name=op.f('ck_tags_name_not_blank')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tags')),
    sa.UniqueConstraint('name', name=op.f('uq_tags_name'))
    )
    op.create_table('contacts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=100), server_default='', nullable=False),
    sa.Column('buying_role', sa.Enum('approver', 'decision_maker', 'evaluator', 'user', 'other', name='buying_role', native_enum=False, create_constraint=True, length=24), nullable=True),
    sa.Column('attitude', sa.Enum('sponsor', 'supporter', 'neutral', 'non_supporter', 'opponent', name='attitude', native_enum=False, create_constraint=True, length=24), nullable=True),
    sa.Column('influence', sa.Enum('high', 'medium', 'low', name='influence', native_enum=False, create_constraint=True, length=24), nullable=True),
    sa.Column('notes', sa.Text(), server_default='', nullable=False),
    sa.Column('position', sa.Integer(), server_default='0', nullable=False),
    sa.CheckConstraint('length(trim(name)) > 0', name=op.f('ck_contacts_name_not_blank')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_contacts_customer_id_customers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contacts'))
    )
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contacts_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contacts_name'), ['name'], unique=False)

    op.create_table('customer_tags',
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('tag_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_customer_tags_customer_id_customers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_id'], ['tags.id'], name=op.f('fk_customer_tags_tag_id_tags'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('customer_id', 'tag_id', name=op.f('pk_customer_tags'))
    )
    with op.batch_alter_table('customer_tags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customer_tags_tag_id'), ['tag_id'], unique=False)

    op.create_table('monthly_spend',
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('month', sa.Integer(), nullable=False),
    sa.Column('amount_cents', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('amount_cents >= 0', name=op.f('ck_monthly_spend_amount_not_negative')),
    sa.CheckConstraint('month BETWEEN 1 AND 12', name=op.f('ck_monthly_spend_month_range')),
    sa.CheckConstraint('year BETWEEN 1900 AND 2999', name=op.f('ck_monthly_spend_year_range')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_monthly_spend_customer_id_customers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('customer_id', 'year', 'month', name=op.f('pk_monthly_spend'))
    )
    op.create_table('visits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('planned_start', sa.DateTime(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), server_default='60', nullable=False),
    sa.Column('place', sa.String(length=300), server_default='', nullable=False),
    sa.Column('status', sa.Enum('planned', 'ready', 'done', 'cancelled', name='status', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('cycle_step', sa.Enum('plan', 'approach', 'presentation', 'closing', 'objection_handling', 'after_sales', name='cycle_step', native_enum=False, create_constraint=True, length=24), nullable=True),
    sa.Column('approach_method', sa.Enum('direct', 'gift', 'service', 'survey', 'reference', 'usage_analysis', name='approach_method', native_enum=False, create_constraint=True, length=24), nullable=True),
    sa.Column('purpose', sa.Text(), server_default='', nullable=False),
    sa.Column('action_plan', sa.Text(), server_default='', nullable=False),
    sa.Column('expected_result', sa.Text(), server_default='', nullable=False),
    sa.Column('opening_line', sa.Text(), server_default='', nullable=False),
    sa.Column('decision_maker_plan', sa.Text(), server_default='', nullable=False),
    sa.Column('next_step', sa.Text(), server_default='', nullable=False),
    sa.Column('ready_override_reason', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('duration_minutes BETWEEN 1 AND 1440', name=op.f('ck_visits_duration_range')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_visits_customer_id_customers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visits'))
    )
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.create_index('ix_visits_customer_id_planned_start', ['customer_id', 'planned_start'], unique=False)
        batch_op.create_index(batch_op.f('ix_visits_planned_start'), ['planned_start'], unique=False)
        batch_op.create_index('ix_visits_status_planned_start', ['status', 'planned_start'], unique=False)

    op.create_table('channels',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('phone', 'email', name='kind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('label', sa.String(length=50), server_default='', nullable=False),
    sa.Column('value', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), server_default='0', nullable=False),
    sa.CheckConstraint('length(trim(value)) > 0', name=op.f('ck_channels_value_not_blank')),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_channels_contact_id_contacts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_channels_customer_id_customers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_channels'))
    )
    with op.batch_alter_table('channels', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_channels_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_channels_customer_id'), ['customer_id'], unique=False)

    op.create_table('checklist_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('question', 'packing', 'departure', name='kind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.Column('critical', sa.Boolean(name='critical'), server_default=sa.false(), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('length(trim(text)) > 0', name=op.f('ck_checklist_items_text_not_blank')),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_checklist_items_visit_id_visits'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_items'))
    )
    with op.batch_alter_table('checklist_items', schema=None) as batch_op:
        batch_op.create_index('ix_checklist_items_visit_id_position', ['visit_id', 'position'], unique=False)

    op.create_table('key_dates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('birthday', 'anniversary', 'happy_event', 'misfortune', 'business_event', 'holiday', 'other', name='kind', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('label', sa.String(length=200), server_default='', nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('yearly', sa.Boolean(name='yearly'), server_default=sa.true(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_key_dates_contact_id_contacts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_key_dates_customer_id_customers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_key_dates'))
    )
    with op.batch_alter_table('key_dates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_key_dates_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_key_dates_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index('ix_key_dates_date', ['date'], unique=False)

    op.create_table('outcomes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('result', sa.Enum('won', 'progressed', 'no_decision', 'lost', 'postponed', 'cancelled', name='result', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('step_reached', sa.Enum('plan', 'approach', 'presentation', 'closing', 'objection_handling', 'after_sales', name='step_reached', native_enum=False, create_constraint=True, length=24), nullable=True),
    sa.Column('summary', sa.Text(), server_default='', nullable=False),
    sa.Column('signals', sa.Text(), server_default='', nullable=False),
    sa.Column('agreed', sa.Text(), server_default='', nullable=False),
    sa.Column('amount_cents', sa.BigInteger(), nullable=True),
    sa.Column('next_step', sa.Text(), server_default='', nullable=False),
    sa.Column('logged_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('amount_cents IS NULL OR amount_cents >= 0', name=op.f('ck_outcomes_amount_not_negative')),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_outcomes_visit_id_visits'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outcomes')),
    sa.UniqueConstraint('visit_id', name=op.f('uq_outcomes_visit_id'))
    )
    op.create_table('visit_contacts',
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_visit_contacts_contact_id_contacts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['visit_id'], ['visits.id'], name=op.f('fk_visit_contacts_visit_id_visits'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('visit_id', 'contact_id', name=op.f('pk_visit_contacts'))
    )
    with op.batch_alter_table('visit_contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_contacts_contact_id'), ['contact_id'], unique=False)

    op.create_table('follow_ups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('outcome_id', sa.Integer(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('channel', sa.Enum('visit', 'phone', 'message', name='channel', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('brings', sa.Text(), server_default='', nullable=False),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_follow_ups_customer_id_customers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['outcome_id'], ['outcomes.id'], name=op.f('fk_follow_ups_outcome_id_outcomes'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_ups'))
    )
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.create_index('ix_follow_ups_customer_id_due_on', ['customer_id', 'due_on'], unique=False)
        batch_op.create_index('ix_follow_ups_done_at_due_on', ['done_at', 'due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_ups_outcome_id'), ['outcome_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_ups_outcome_id'))
        batch_op.drop_index('ix_follow_ups_done_at_due_on')
        batch_op.drop_index('ix_follow_ups_customer_id_due_on')

    op.drop_table('follow_ups')
    with op.batch_alter_table('visit_contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_contacts_contact_id'))

    op.drop_table('visit_contacts')
    op.drop_table('outcomes')
    with op.batch_alter_table('key_dates', schema=None) as batch_op:
        batch_op.drop_index('ix_key_dates_date')
        batch_op.drop_index(batch_op.f('ix_key_dates_customer_id'))
        batch_op.drop_index(batch_op.f('ix_key_dates_contact_id'))

    op.drop_table('key_dates')
    with op.batch_alter_table('checklist_items', schema=None) as batch_op:
        batch_op.drop_index('ix_checklist_items_visit_id_position')

    op.drop_table('checklist_items')
    with op.batch_alter_table('channels', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_channels_customer_id'))
        batch_op.drop_index(batch_op.f('ix_channels_contact_id'))

    op.drop_table('channels')
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_index('ix_visits_status_planned_start')
        batch_op.drop_index(batch_op.f('ix_visits_planned_start'))
        batch_op.drop_index('ix_visits_customer_id_planned_start')

    op.drop_table('visits')
    op.drop_table('monthly_spend')
    with op.batch_alter_table('customer_tags', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customer_tags_tag_id'))

    op.drop_table('customer_tags')
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contacts_name'))
        batch_op.drop_index(batch_op.f('ix_contacts_customer_id'))

    op.drop_table('contacts')
    op.drop_table('tags')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customers_owner'))
        batch_op.drop_index(batch_op.f('ix_customers_name'))
        batch_op.drop_index(batch_op.f('ix_customers_city'))

    op.drop_table('customers')
