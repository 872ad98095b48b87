"""What a report says in words, the same in the PDF and on the Reports page: the key figures (label, number,
detail, alert), the lines under the charts, the charts' bars; in the language of a ``Wording`` of the
"report" context (models/brief/wording.py)."""

from __future__ import annotations

from typing import NamedTuple

from models.brief.wording import Wording
from models.reports.figures import FOLLOW_UP_BUCKETS, Figures
from models.runtime.translatable import QT_TRANSLATE_NOOP
from models.vocabulary import OutcomeResult

RESULTS = [r.value for r in OutcomeResult if r is not OutcomeResult.CANCELLED]
PAST_FREQUENCY = QT_TRANSLATE_NOOP("report", "Past their tier's visit frequency now")
RESULTS_TITLE = QT_TRANSLATE_NOOP("report", "Results")
FOLLOW_UPS_TITLE = QT_TRANSLATE_NOOP("report", "Opportunities under way now, by follow-ups done")
SPEND_TITLE = QT_TRANSLATE_NOOP("report", "Spend by tier, six months")
LAST_MONTH_SPEND_TITLE = QT_TRANSLATE_NOOP("report", "Spend by tier, %1")  # (the month)
WORDS = [
    QT_TRANSLATE_NOOP("report", "Visits done"),
    QT_TRANSLATE_NOOP("report", "%1 of %2 planned"),
    QT_TRANSLATE_NOOP("report", "Cancelled"),
    QT_TRANSLATE_NOOP("report", "Won"),
    QT_TRANSLATE_NOOP("report", "Follow-ups done"),
    QT_TRANSLATE_NOOP("report", "%1 on time, %2 due"),
    QT_TRANSLATE_NOOP("report", "Follow-ups overdue"),
    QT_TRANSLATE_NOOP("report", "Promises kept on time"),
    QT_TRANSLATE_NOOP("report", "%1 of %2 due"),
    QT_TRANSLATE_NOOP("report", "%1 reached the 4th follow-up; most sales come from the 4th to the 11th."),
    QT_TRANSLATE_NOOP("report", "Wins by the follow-ups before them: %1"),
    QT_TRANSLATE_NOOP("report", "%1 after %2"),  # (wins, follow-ups)
    QT_TRANSLATE_NOOP("report", "No outcome"),
    QT_TRANSLATE_NOOP("report", "Steps reached"),
    QT_TRANSLATE_NOOP("report", "Promises"),
    QT_TRANSLATE_NOOP("report", "%1 kept late, %2 broken, %3 still open"),
]


class KeyFigure(NamedTuple):
    label: str
    number: str
    detail: str
    alert: bool = False


def key_figures(f: Figures, w: Wording) -> list[KeyFigure]:
    def filled(template: str, *values: object) -> str:
        out = w(template)
        for i, value in enumerate(values, 1):
            out = out.replace(f"%{i}", str(value))
        return out

    return [
        KeyFigure(w("Visits done"), str(f.visits.done), filled("%1 of %2 planned", f.visits.done, f.visits.total)),
        KeyFigure(w("Cancelled"), str(f.visits.cancelled), ""),
        KeyFigure(w("Won"), str(f.visits.results.get(OutcomeResult.WON.value, 0)), ""),
        KeyFigure(w("Follow-ups done"), str(f.follow_ups.done),
                  filled("%1 on time, %2 due", f.follow_ups.done_on_time, f.follow_ups.due)),
        KeyFigure(w("Follow-ups overdue"), str(f.follow_ups.overdue), "", alert=f.follow_ups.overdue > 0),
        KeyFigure(w("Promises kept on time"), share(f.promises.on_time_share),
                  filled("%1 of %2 due", f.promises.kept_on_time, f.promises.due)),
    ]


def notes(f: Figures, w: Wording) -> list[str]:
    """The lines under the charts: the 4th-follow-up rule, wins by follow-up, steps, promises, frequency."""
    wins = " · ".join(w("%1 after %2").replace("%1", str(f.wins[b])).replace("%2", b)
                      for b in FOLLOW_UP_BUCKETS if f.wins[b]) or "–"
    steps = " · ".join(f"{w.label('cycle_step', s)} {n}" for s, n in f.visits.steps.items()) or "–"
    frequency = " · ".join(f"{w.label('tier', t)} {n}" for t, n in f.past_frequency.items())
    promises = (w("%1 kept late, %2 broken, %3 still open").replace("%1", str(f.promises.kept_late))
                .replace("%2", str(f.promises.broken)).replace("%3", str(f.promises.open)))
    return [
        w("%1 reached the 4th follow-up; most sales come from the 4th to the 11th.").replace(
            "%1", str(f.reached_fourth)),
        w("Wins by the follow-ups before them: %1").replace("%1", wins),
        f"{w('Steps reached')}{w.colon}{steps}",
        f"{w('Promises')}{w.colon}{promises}",
        f"{w(PAST_FREQUENCY)}{w.colon}{frequency}",
    ]


def result_bars(f: Figures, w: Wording) -> list[tuple[str, int, bool]]:
    """(label, visits, won) for each result, and the visits done with no outcome logged, if any (so that the
    visits done are all in the chart)."""
    bars = [(w.label("outcome_result", r), f.visits.results.get(r, 0), r == OutcomeResult.WON.value) for r in RESULTS]
    return bars + ([(w("No outcome"), f.visits.unlogged, False)] if f.visits.unlogged else [])


def follow_up_bars(f: Figures) -> list[tuple[str, int, bool]]:
    """(follow-ups done, opportunities, from the 4th on)."""
    return [(b, f.opportunities[b], b not in ("0", "1", "2", "3")) for b in FOLLOW_UP_BUCKETS]


def share(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"
