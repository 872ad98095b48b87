"""Visits: plans and their checklist templates, the libraries built from past plans, what to know before a visit, the agenda, Today, outcomes, follow-ups and promises."""
