"""Custom item data roles shared by models and views (kept apart so importing them is free)."""

from PySide6.QtCore import Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the database id of the row's record
