"""Storage: the database file and its life: opening, checks and upgrades (the Alembic migrations), the data folder, backups and restore, and what the two databases spell differently."""
