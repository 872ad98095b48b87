"""A visit's status and readiness in words, one way everywhere: Today, the agenda, the planner, the brief
and the day sheet all print ``readiness_text``.

    Planned · 8/20 ticked · 2 critical open
    Planned · 8/20 ticked · not ready to go: Contracts / agreement forms packed      (long form)
    Ready · 20/20 ticked
    Ready · 19/20 ticked · 1 critical open · reason: sent by mail, signed copy at reception
    Done · Won            Done · no outcome logged            Cancelled · customer ill

The words are marked for Qt's lupdate (context "readiness"; statuses and results come from "labels"), and
the caller passes the translation: QCoreApplication.translate in the window, the brief's catalog on paper.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from models.book.summaries import OPEN_STATUSES
from models.runtime.translatable import QT_TRANSLATE_NOOP
from models.vocabulary import VisitStatus
from models.vocabulary_text import TEXT

Translate = Callable[[str, str], str]  # (context, English text) -> the text in the user's language
SEPARATOR = " · "

TICKED = QT_TRANSLATE_NOOP("readiness", "%1/%2 ticked")
CRITICAL_OPEN = QT_TRANSLATE_NOOP("readiness", "%1 critical open")
NOT_READY = QT_TRANSLATE_NOOP("readiness", "not ready to go: %1")
OPEN_NOW = QT_TRANSLATE_NOOP("readiness", "critical open: %1")
REASON = QT_TRANSLATE_NOOP("readiness", "reason: %1")
NO_OUTCOME = QT_TRANSLATE_NOOP("readiness", "no outcome logged")


def english(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Readiness:
    """What the text is made of; the agenda's query gives the counts, the planner and the brief the items."""

    status: str  # VisitStatus value
    items_done: int
    items_total: int
    critical_open: int
    override_reason: str | None = None
    result: str | None = None  # the outcome's result (OutcomeResult value), once logged
    cancel_reason: str = ""
    open_items: tuple[str, ...] = ()  # the critical items open now, for the long form

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def alert(self) -> bool:
        """A visit still to happen with a critical item (the contract!) not ticked."""
        return self.is_open and self.critical_open > 0


def of_checklist(status: str, checklist: Sequence, override_reason: str | None = None, result: str | None = None,
                 cancel_reason: str = "") -> Readiness:
    """From a visit's checklist entries (models.visits.visits.ChecklistEntry)."""
    open_items = tuple(item.text for item in checklist if item.critical and not item.done)
    return Readiness(status, sum(1 for item in checklist if item.done), len(checklist), len(open_items),
                     override_reason, result, cancel_reason, open_items)


def readiness_text(r: Readiness, translate: Translate = english, long: bool = False) -> str:
    """The status with what it means now; ``long`` names the critical items open instead of counting them."""

    def word(text: str, *args: object) -> str:
        text = translate("readiness", text)
        for i, arg in enumerate(args, start=1):
            text = text.replace(f"%{i}", str(arg))
        return text

    parts = [translate("labels", TEXT["visit_status"][r.status])]
    if r.status == VisitStatus.DONE.value:
        parts.append(translate("labels", TEXT["outcome_result"][r.result]) if r.result else word(NO_OUTCOME))
    elif r.status == VisitStatus.CANCELLED.value:
        if r.cancel_reason.strip():
            parts.append(" ".join(r.cancel_reason.split()))
    else:
        parts.append(word(TICKED, r.items_done, r.items_total))
        if r.critical_open:
            if long and r.open_items:
                template = OPEN_NOW if r.override_reason else NOT_READY
                parts.append(word(template, "; ".join(r.open_items)))
            else:
                parts.append(word(CRITICAL_OPEN, r.critical_open))
            if r.override_reason:
                parts.append(word(REASON, " ".join(r.override_reason.split())))
    return SEPARATOR.join(parts)
