"""Reports: the figures of a period (a week, a month, a quarter) for a rep or the team, and the weekly report
(工作周报) built on them, as PDF."""
