"""Fieldbrief's Qt-free core: the ORM, domain rules, storage, backup, interchange and the brief.

Nothing under ``models`` imports PySide6 or ``ui``; it is tested without a display.
Importing this package is cheap: heavy libraries (SQLAlchemy, Alembic, reportlab) are imported by the
submodules that need them, so the GUI can paint its first window before loading them.
"""

APP_NAME = "Fieldbrief"
__version__ = "0.1.0"
