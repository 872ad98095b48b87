"""follow-ups and promises get done: status, note, moved from; visits cancelled with a reason, outcome drafts; checklist items covered by an override

A follow-up is done, dropped or rescheduled, a promise kept, broken or moved: each gets a status (what was
closed until now was done, or kept), a note (what happened, why), and once moved the date first agreed and
why. ``done_at`` stays the time it was closed, and a CHECK keeps the two in step. A cancelled visit says
why; the outcome form keeps its unsaved draft on the visit; a checklist item open when the visit was made
Ready with a reason is marked as covered by that reason.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 08:34:47.725210
"""
import warnings

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

CLOSED_MATCHES_STATUS = "(status = 'open' AND done_at IS NULL) OR (status != 'open' AND done_at IS NOT NULL)"
# Rebuilt tables keep AUTOINCREMENT (migration 0007): an id once given is never given again.
KEEP_IDS = {'sqlite_autoincrement': True}


def _status(*values: str) -> sa.Enum:
    return sa.Enum(*values, name='status', native_enum=False, create_constraint=True, length=24)


def upgrade() -> None:
    with warnings.catch_warnings():
        # Rebuilding a table reflects the tables its keys point at; SQLite cannot reflect the customers'
        # expression index (models.entities.tier_rank_sql), which the rebuild leaves alone anyway.
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
        _upgrade()


def downgrade() -> None:
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
        _downgrade()


def _upgrade() -> None:
    with op.batch_alter_table('checklist_items', schema=None) as batch_op:
        batch_op.add_column(sa.Column('covered_by_override', sa.Boolean(name='covered_by_override'),
                                      server_default=sa.false(), nullable=False))

    with op.batch_alter_table('follow_ups', recreate='always', table_kwargs=KEEP_IDS) as batch_op:
        batch_op.add_column(sa.Column('status', _status('open', 'done', 'dropped'), server_default='open',
                                      nullable=False))
        batch_op.add_column(sa.Column('moved_from', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('move_reason', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('moves', sa.Integer(), server_default='0', nullable=False))

    with op.batch_alter_table('promises', recreate='always', table_kwargs=KEEP_IDS) as batch_op:
        batch_op.add_column(sa.Column('status', _status('open', 'kept', 'broken'), server_default='open',
                                      nullable=False))
        batch_op.add_column(sa.Column('note', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('moved_from', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('move_reason', sa.Text(), server_default='', nullable=False))

    # Until now a follow-up or promise with a time was done (kept): it has that status now.
    for table, closed in (('follow_ups', 'done'), ('promises', 'kept')):
        rows = sa.table(table, sa.column('status', sa.String), sa.column('done_at', sa.DateTime))
        op.execute(rows.update().where(rows.c.done_at.is_not(None)).values(status=closed))
        with op.batch_alter_table(table, recreate='always', table_kwargs=KEEP_IDS) as batch_op:
            batch_op.create_check_constraint('closed_matches_status', CLOSED_MATCHES_STATUS)

    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cancel_reason', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('outcome_draft', sa.Text(), nullable=True))

    # The Today page's sections, counted and cut from an index at 100,000 customers.
    op.create_index('ix_customers_stalled', 'customers',
                    ['follow_ups_open', 'archived', 'last_follow_up_at', 'follow_ups_done'])
    op.create_index('ix_customers_unvisited', 'customers', ['next_visit_at', 'archived', 'last_visit_at', 'tier'])
    op.create_index('ix_customers_spend_drop', 'customers', ['spend_drop', 'archived', 'trend_bp', 'lifecycle_stage'])
    op.create_index('ix_customers_unconfirmed_tier', 'customers', ['avg_spend_cents', 'archived', 'tier', 'spend_tier'],
                    sqlite_where=sa.text('spend_tier != tier'), postgresql_where=sa.text('spend_tier != tier'))
    op.create_index('ix_customers_archived', 'customers', ['id'], sqlite_where=sa.text('archived = 1'),
                    postgresql_where=sa.text('archived'))
    op.create_index('ix_key_dates_yearly_date', 'key_dates', ['yearly', 'date', 'customer_id'])


def _downgrade() -> None:
    op.drop_index('ix_key_dates_yearly_date', table_name='key_dates')
    for index in ('ix_customers_archived', 'ix_customers_unconfirmed_tier', 'ix_customers_spend_drop', 'ix_customers_unvisited',
                  'ix_customers_stalled'):
        op.drop_index(index, table_name='customers')
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_column('outcome_draft')
        batch_op.drop_column('cancel_reason')

    with op.batch_alter_table('promises', recreate='always', table_kwargs=KEEP_IDS) as batch_op:
        batch_op.drop_constraint('closed_matches_status', type_='check')
        batch_op.drop_column('move_reason')
        batch_op.drop_column('moved_from')
        batch_op.drop_column('note')
        batch_op.drop_column('status')

    with op.batch_alter_table('follow_ups', recreate='always', table_kwargs=KEEP_IDS) as batch_op:
        batch_op.drop_constraint('closed_matches_status', type_='check')
        batch_op.drop_column('moves')
        batch_op.drop_column('move_reason')
        batch_op.drop_column('moved_from')
        batch_op.drop_column('status')

    with op.batch_alter_table('checklist_items', schema=None) as batch_op:
        batch_op.drop_column('covered_by_override')
