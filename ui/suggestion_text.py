"""How a suggested tier or stage change reads: what would change, and why (shared by the Today list and
the dialog that asks)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.book.suggestions import TIER, Reason, Suggestion
from ui import labels


REASONS = {
    Reason.SPEND: lambda: QCoreApplication.translate("Suggestions", "Their spend averages %1 a month: %2 by your tier rules."),
    Reason.FIRST_WIN: lambda: QCoreApplication.translate("Suggestions",
                                 "The first deal is won: now grow their value (cross-selling, targeted offers)."),
    Reason.RETAINED: lambda: QCoreApplication.translate("Suggestions", "Won while in decline: they stayed."),
    Reason.WON_BACK: lambda: QCoreApplication.translate("Suggestions", "Won back after they had left."),
    Reason.LOST_IN_DECLINE: lambda: QCoreApplication.translate("Suggestions", "Lost while in decline: a case for winning them back."),
    Reason.SPEND_DROP: lambda: QCoreApplication.translate("Suggestions", "Their spend fell %1% against their own average: an early warning."),
}


def change_text(s: Suggestion) -> str:
    if s.kind == TIER:
        return QCoreApplication.translate("Suggestions", "Tier: %1 → %2").replace("%1", labels.tier(s.current)).replace("%2", labels.tier(s.proposed))
    return QCoreApplication.translate("Suggestions", "Lifecycle stage: %1 → %2").replace("%1", labels.stage(s.current)).replace(
        "%2", labels.stage(s.proposed))


def reason_text(s: Suggestion) -> str:
    text = REASONS[s.reason]()
    if s.reason == Reason.SPEND:
        return text.replace("%1", labels.money(s.avg_spend_cents or 0)).replace("%2", labels.tier(s.proposed))
    if s.reason == Reason.SPEND_DROP:
        return text.replace("%1", f"{(s.trend_bp or 0) / 100:+.0f}")
    return text
