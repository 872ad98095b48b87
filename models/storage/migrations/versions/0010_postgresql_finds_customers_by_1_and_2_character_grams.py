"""PostgreSQL finds a customer by any part of their search text through a GIN index of its 1- and
2-character grams (models/storage/search_grams.py, version 1)

A search read every customer's search text (LIKE '%term%': 1 µs a row, a second at a million customers).
The index holds each text's characters and pairs of characters; a search asks for the texts that have
every pair of the term (or its one character), then checks the term itself in those few. SQLite keeps
reading the text: nothing changes there.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 15:00:00.000000
"""
from alembic import op

from models.storage import search_grams

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("SET LOCAL maintenance_work_mem = '256MB'")  # (the index of a big book builds in one go)
        for statement in search_grams.STATEMENTS:
            op.execute(statement)
        op.execute("ANALYZE customers")  # the index's statistics: how common each gram is, for the planner


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for statement in search_grams.DROPS:
            op.execute(statement)
