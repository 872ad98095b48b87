"""Beside the plan: what the rep should know before planning (models.visits.visit_context.Briefing).

User text is escaped before it becomes rich text, so "<Ltd>" or "S&P" show as typed.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from models.visits.visit_context import Briefing
from ui import labels


class BriefingPanel(QTextBrowser):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setMinimumWidth(300)

    def show_briefing(self, briefing: Briefing) -> None:
        self.setHtml(self.compose(briefing))

    def compose(self, b: Briefing) -> str:
        words = {"drop": self.tr("spend drop"), "next": self.tr("Next step"), "agreed": self.tr("Agreed"),
                 "due": self.tr("due"), "open": self.tr("not resolved")}
        parts = [f"<h3>{escape(b.customer_name)}</h3>"]
        spend = [self.tr("Tier: %1").replace("%1", labels.tier(b.tier)) if b.tier and b.tier != "none" else "",
                 self.tr("average %1 a month").replace("%1", labels.money(b.avg_spend_cents))
                 if b.avg_spend_cents is not None else "",
                 self.tr("last month %1").replace("%1", labels.money(b.last_spend_cents))
                 if b.last_spend_cents is not None else "",
                 self.tr("trend %1").replace("%1", f"{b.trend_bp / 100:+.0f}%") if b.trend_bp is not None else ""]
        drop = f"<b style='color:#c62828'>{escape(words['drop'])}</b>" if b.spend_drop else ""
        lines = [" · ".join(escape(v) for v in (labels.segment(b.segment), b.industry) if v),
                 " · ".join([escape(v) for v in spend if v] + ([drop] if drop else [])) or escape(self.tr("No spend recorded.")),
                 f"{escape(labels.stage(b.lifecycle_stage))}{labels.colon()}<i>{escape(labels.stage_question(b.lifecycle_stage))}</i>"]
        parts.append(self._section(self.tr("Customer"), [line for line in lines if line]))
        last = b.last_visit
        if last is None:
            parts.append(self._section(self.tr("Last visit"), [self.tr("None before this one.")]))
        else:
            result = labels.outcome_result(last.result) if last.result else self.tr("no outcome logged")
            lines = [f"{last.when:%Y-%m-%d}{labels.colon()}{escape(last.purpose)}{labels.bracketed(escape(result))}",
                     f"<b>{escape(words['next'])}</b>{labels.colon()}{escape(last.next_step) or '—'}"]
            if last.agreed:
                lines.append(f"<b>{escape(words['agreed'])}</b>{labels.colon()}{escape(last.agreed)}")
            parts.append(self._section(self.tr("Last visit"), lines))
        parts.append(self._section(self.tr("Open promises"), [
            f"{escape(labels.promise_by(p.by))}{labels.colon()}{escape(p.text)}"
            + (labels.bracketed(f"{escape(words['due'])} {p.due_on:%Y-%m-%d}") if p.due_on else "")
            for p in b.open_promises] or [self.tr("None.")]))
        parts.append(self._section(self.tr("Last objections met"), [
            f"{o.when:%Y-%m-%d} {labels.tagged(escape(labels.objection_category(o.category)))}“{escape(o.said)}”"
            + (f" → {escape(o.answer)}" if o.answer else "") + ("" if o.resolved else f"<b>{labels.bracketed(escape(words['open']))}</b>")
            for o in b.last_objections] or [self.tr("None logged.")]))
        parts.append(self._section(self.tr("Dates near the visit"), [
            f"{d.on:%m-%d} {escape(labels.key_date_kind(d.kind))}{labels.colon()}{escape(d.who)}"
            + (f" · {escape(d.label)}" if d.label else "") + labels.bracketed(self._days(d.days_from_visit))
            for d in b.near_dates] or [self.tr("None within 14 days.")]))
        return "".join(parts)

    def _days(self, days: int) -> str:
        if days == 0:
            return self.tr("on the day")
        if days > 0:
            return self.tr("%Ln day(s) after", "", days)
        return self.tr("%Ln day(s) before", "", -days)

    @staticmethod
    def _section(title: str, lines: list[str]) -> str:
        items = "".join(f"<li>{line}</li>" for line in lines)
        return f"<p style='margin-bottom:0'><b>{escape(title)}</b></p><ul style='margin-top:2px'>{items}</ul>"
