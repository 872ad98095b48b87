"""The words printed on a brief, in the user's language, from the same translation file as the window.

Headings are marked with QT_TRANSLATE_NOOP (a no-op here; Qt's lupdate collects them into the "brief"
context of resources/i18n/fieldbrief_LANG.ts); vocabulary values use the window's "labels" context.
The core reads the .ts (plain XML) itself (models/runtime/catalog.py), so the brief needs no Qt.
"""

from __future__ import annotations

from models.runtime.catalog import catalog as _catalog
from models.runtime.translatable import QT_TRANSLATE_NOOP
from models.vocabulary_text import TEXT


HEADINGS = [
    QT_TRANSLATE_NOOP("brief", "Visit brief"),
    QT_TRANSLATE_NOOP("brief", "Rep"),
    QT_TRANSLATE_NOOP("brief", "Phone"),
    QT_TRANSLATE_NOOP("brief", "Who to meet"),
    QT_TRANSLATE_NOOP("brief", "No contact chosen for this visit."),
    QT_TRANSLATE_NOOP("brief", "Goal"),
    QT_TRANSLATE_NOOP("brief", "Not written yet."),
    QT_TRANSLATE_NOOP("brief", "Opening line"),
    QT_TRANSLATE_NOOP("brief", "%1 influence"),
    QT_TRANSLATE_NOOP("brief", "The plan"),
    QT_TRANSLATE_NOOP("brief", "The customer"),
    QT_TRANSLATE_NOOP("brief", "Expected reception"),
    QT_TRANSLATE_NOOP("brief", "Action plan"),
    QT_TRANSLATE_NOOP("brief", "Expected result"),
    QT_TRANSLATE_NOOP("brief", "Step and approach"),
    QT_TRANSLATE_NOOP("brief", "If the decision maker is there"),
    QT_TRANSLATE_NOOP("brief", "Next step"),
    QT_TRANSLATE_NOOP("brief", "Questions"),
    QT_TRANSLATE_NOOP("brief", "Products: feature, advantage, benefit"),
    QT_TRANSLATE_NOOP("brief", "Objections expected, and answers"),
    QT_TRANSLATE_NOOP("brief", "Customer"),
    QT_TRANSLATE_NOOP("brief", "Tier"),
    QT_TRANSLATE_NOOP("brief", "average"),
    QT_TRANSLATE_NOOP("brief", "average %1 a month over %2 months"),
    QT_TRANSLATE_NOOP("brief", "trend"),
    QT_TRANSLATE_NOOP("brief", "SPEND DROP"),
    QT_TRANSLATE_NOOP("brief", "No spend recorded."),
    QT_TRANSLATE_NOOP("brief", "History"),
    QT_TRANSLATE_NOOP("brief", "Follow-ups so far"),
    QT_TRANSLATE_NOOP("brief", "No earlier visits."),
    QT_TRANSLATE_NOOP("brief", "Open promises"),
    QT_TRANSLATE_NOOP("brief", "due"),
    QT_TRANSLATE_NOOP("brief", "OVERDUE"),
    QT_TRANSLATE_NOOP("brief", "Dates within 14 days"),
    QT_TRANSLATE_NOOP("brief", "Checklist"),
    QT_TRANSLATE_NOOP("brief", "critical"),
    QT_TRANSLATE_NOOP("brief", "Done"),
    QT_TRANSLATE_NOOP("brief", "%1 answered by the plan"),
    QT_TRANSLATE_NOOP("brief", "READY WITH CRITICAL ITEMS OPEN:"),
    QT_TRANSLATE_NOOP("brief", "After the visit"),
    QT_TRANSLATE_NOOP("brief", "Result"),
    QT_TRANSLATE_NOOP("brief", "Objections met"),
    QT_TRANSLATE_NOOP("brief", "Closing signals"),
    QT_TRANSLATE_NOOP("brief", "Promises (who, what, by when)"),
    QT_TRANSLATE_NOOP("brief", "Amount"),
    QT_TRANSLATE_NOOP("brief", "Follow-up date"),
    QT_TRANSLATE_NOOP("brief", "%1 (continued)"),
    QT_TRANSLATE_NOOP("brief", "page %1 of %2"),
    QT_TRANSLATE_NOOP("brief", "Day sheet"),
    QT_TRANSLATE_NOOP("brief", "%1 visit"),
    QT_TRANSLATE_NOOP("brief", "%1 visits"),
    QT_TRANSLATE_NOOP("brief", "%1 ready to go"),
    QT_TRANSLATE_NOOP("brief", "Time"),
    QT_TRANSLATE_NOOP("brief", "Place"),
    QT_TRANSLATE_NOOP("brief", "Readiness"),
    QT_TRANSLATE_NOOP("brief", "ready"),
    QT_TRANSLATE_NOOP("brief", "%1 critical item open"),
    QT_TRANSLATE_NOOP("brief", "%1 critical items open"),
    QT_TRANSLATE_NOOP("brief", "min"),
]


class Wording:
    """The words of a printed document. ``w("Purpose")`` for a heading, ``w.label("segment", "key_account")`` for a vocabulary value."""

    def __init__(self, lang: str | None, context: str = "brief"):
        self.lang = lang if lang and lang.split("_")[0] != "en" else "en"
        self.catalog = _catalog(self.lang) if self.lang != "en" else {}
        self.context = context  # the .ts context of its headings: "brief", or "report" (models/reports/)

    def __call__(self, text: str) -> str:
        return self.catalog.get((self.context, text), text)

    def count(self, n: int, one: str, many: str) -> str:
        """"%1 visit" or "%1 visits" with the number in: English has a form for one and one for more, each a
        message of its own (Chinese has one form, the same translation for both)."""
        return self(one if n == 1 else many).replace("%1", str(n))

    def label(self, group: str, value: str | None) -> str:
        """A vocabulary value as the window shows it, e.g. ``label("segment", "key_account")``."""
        english = TEXT[group].get(value or "", "")
        return self.catalog.get(("labels", english), english) if english else ""

    def quoted(self, markup: str) -> str:
        """Quotation marks of the language (the CJK font's curly quotes are full width)."""
        return f"“{markup}”" if self.chinese else f'"{markup}"'

    @property
    def colon(self) -> str:
        """After a label: the full-width colon in Chinese ("客户类型：…"), ": " in English."""
        return "：" if self.chinese else ": "

    @property
    def semicolon(self) -> str:
        return "；" if self.chinese else "; "

    def bracketed(self, inner: str) -> str:
        """``inner`` in brackets after what it qualifies: full-width in Chinese ("（30 分钟）"), " (…)" in English."""
        return f"（{inner}）" if self.chinese else f" ({inner})"

    @property
    def chinese(self) -> bool:
        return self.lang.startswith("zh")
