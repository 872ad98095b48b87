"""Bringing customers and contacts in (CSV, vCard) and taking everything out (CSV, vCard, iCalendar)."""
