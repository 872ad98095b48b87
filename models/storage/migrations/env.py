"""Alembic environment: always run from ``models.storage.db`` with a live connection, never from alembic.ini."""

from alembic import context

from models.entities import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only ALTER by copying a table; batch mode does that for us
    compare_type=True,
    transactional_ddl=True,  # models.storage.db emits a real BEGIN, so a failed migration leaves nothing behind
)
with context.begin_transaction():
    context.run_migrations()
