"""Everything Qt: the application, the main window, pages, dialogs, widgets and item models."""
