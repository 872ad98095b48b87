"""The customer book: customers and their list, spend and tiers, lifetime value, suggestions, the derived columns, search, validation, the book's settings and undo."""
