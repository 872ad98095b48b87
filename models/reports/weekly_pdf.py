"""The weekly report as PDF (reportlab), one or two pages (a month's or a quarter's report likewise): who and which week; the week's figures in a row;
three charts (results, the follow-ups against the 4th-follow-up rule, spend by tier over six months) with
their numbers; the team's table by rep; the week's visits with results and next steps; next week's plan.

A4 or Letter, as the briefs. The charts are reportlab graphics drawings in the bundled font (each label's font set, so that no
unembedded Helvetica is referenced); user text goes through the brief's ``text()`` as everywhere in print.
"""

from __future__ import annotations

import io

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer, Table, TableStyle

from models.brief.render import (ACCENT, FONT, MARGIN, MUTED, PAGE_SIZES, STRIP, BinaryCanvas, Sparkline, Styles, coloured,
                                 cut, draw_text, register_font, text)
from models.brief.paragraphs import Para
from models.brief.wording import Wording
from models.reports.figures import TIERS
from models.reports.period import MONTH, QUARTER, WEEK
from models.reports.report_text import (FOLLOW_UPS_TITLE, RESULTS_TITLE, SPEND_TITLE, follow_up_bars, key_figures,
                                        notes, result_bars)
from models.reports.weekly import ListedVisit, WeeklyReport
from models.runtime.translatable import QT_TRANSLATE_NOOP
from models.vocabulary import OutcomeResult, VisitStatus

ACCENT_HEX, ALERT_HEX, MUTED_HEX, WON_HEX = "#1f4e79", "#c62828", "#555555", "#2e7d32"
WON = colors.HexColor(WON_HEX)
TIER_COLOURS = {"diamond": colors.HexColor("#1f4e79"), "gold": colors.HexColor("#b8860b"),
                "silver": colors.HexColor("#757575"), "none": colors.HexColor("#9e9e9e")}
CHART_HEIGHT = 46 * mm
# by the period's kind: the title, the period's visits, the next period's plan
HEADINGS = {
    WEEK: (QT_TRANSLATE_NOOP("report", "Weekly report"), QT_TRANSLATE_NOOP("report", "This week's visits"),
           QT_TRANSLATE_NOOP("report", "Next week's plan")),
    MONTH: (QT_TRANSLATE_NOOP("report", "Monthly report"), QT_TRANSLATE_NOOP("report", "This month's visits"),
            QT_TRANSLATE_NOOP("report", "Next month's plan")),
    QUARTER: (QT_TRANSLATE_NOOP("report", "Quarterly report"), QT_TRANSLATE_NOOP("report", "This quarter's visits"),
              QT_TRANSLATE_NOOP("report", "Next quarter's plan")),
}

WORDS = [
    QT_TRANSLATE_NOOP("report", "The team"),
    QT_TRANSLATE_NOOP("report", "average"),  # (the sparklines' dashed line)
    QT_TRANSLATE_NOOP("report", "printed %1"),
    QT_TRANSLATE_NOOP("report", "Cancelled"),
    QT_TRANSLATE_NOOP("report", "Won"),
    QT_TRANSLATE_NOOP("report", "Promises"),

    QT_TRANSLATE_NOOP("report", "By rep"),
    QT_TRANSLATE_NOOP("report", "Rep"),
    QT_TRANSLATE_NOOP("report", "Visits"),

    QT_TRANSLATE_NOOP("report", "When"),
    QT_TRANSLATE_NOOP("report", "Customer"),
    QT_TRANSLATE_NOOP("report", "Result"),
    QT_TRANSLATE_NOOP("report", "Step"),
    QT_TRANSLATE_NOOP("report", "Next step"),
    QT_TRANSLATE_NOOP("report", "Goal"),
    QT_TRANSLATE_NOOP("report", "No visits."),
    QT_TRANSLATE_NOOP("report", "… and %1 more"),
    QT_TRANSLATE_NOOP("report", "page %1 of %2"),
]


def weekly_report_pdf(report: WeeklyReport, lang: str | None = None, paper: str = "A4") -> bytes:
    return WeeklyReportDocument(lang, paper).pdf(report)


class WeeklyReportDocument:
    def __init__(self, lang: str | None, paper: str = "A4"):
        register_font()
        self.w = Wording(lang, context="report")
        self.st = Styles()
        self.page_size = PAGE_SIZES.get(paper, A4)
        self.width = self.page_size[0] - 2 * MARGIN

    def pdf(self, report: WeeklyReport) -> bytes:
        out = io.BytesIO()
        frame = Frame(MARGIN, MARGIN, self.width, self.page_size[1] - 2 * MARGIN, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc = BaseDocTemplate(out, pagesize=self.page_size, title=self.title(report), author="Fieldbrief", initialFontName=FONT,
                              pageTemplates=[PageTemplate("page", [frame])])
        doc.build(self.story(report), canvasmaker=lambda *a, **k: _Numbered(*a, words=self.w, **k))
        return out.getvalue()

    def who(self, report: WeeklyReport) -> str:
        return report.rep or self.w("The team")

    def title(self, report: WeeklyReport) -> str:
        return f"{self.w(HEADINGS[report.period.kind][0])} · {self.who(report)} · {report.period.label}"

    # -- the story ---------------------------------------------------------------------------------
    def story(self, report: WeeklyReport) -> list:
        w, st, f = self.w, self.st, report.figures
        heading = joined(report.period.days_label, w("printed %1").replace("%1", f"{report.printed:%Y-%m-%d %H:%M}"))
        story = [Para(text(self.title(report)), st.title), Para(coloured(text(heading), MUTED_HEX), st.body),
                 Spacer(0, 3 * mm), self.key_figures(report), Spacer(0, 3 * mm), self.charts(report),
                 Spacer(0, 1 * mm), *self.notes(report)]
        if report.rep is None and f.visits.by_rep:
            story += self.by_rep(report)
        _title, this_period, next_period = HEADINGS[report.period.kind]
        story += self.visit_table(w(this_period), report.held, f.visits.total, report, held=True)
        story += self.visit_table(f"{w(next_period)} · {report.period.following().label}", report.planned,
                                  report.planned_total, report, held=False)
        return story

    def key_figures(self, report: WeeklyReport) -> Table:
        boxes = key_figures(report.figures, self.w)
        st = self.st
        cells = []
        for label, number, detail, alert in boxes:
            colour = ALERT_HEX if alert else ACCENT_HEX
            cells.append([Para(coloured(text(label), MUTED_HEX), st.small),
                          Para(coloured(f"<b>{text(number)}</b>", colour), st.title),
                          Para(text(detail), st.small)])
        table = Table([cells], colWidths=[self.width / len(boxes)] * len(boxes))
        table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), STRIP), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("FONTNAME", (0, 0), (-1, -1), FONT),
                                   ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
                                   ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        return table

    def charts(self, report: WeeklyReport) -> Table:
        w, f = self.w, report.figures
        third = self.width / 3
        results = bar_chart(w(RESULTS_TITLE), result_bars(f, w), third - 4 * mm)
        follow_ups = bar_chart(w(FOLLOW_UPS_TITLE), follow_up_bars(f), third - 4 * mm)
        spend = [Para(coloured(text(w(SPEND_TITLE)), ACCENT_HEX), self.st.body)]
        for tier in TIERS:
            months = f.spend.get(tier, [])
            if not any(cents for _m, cents in months):
                continue
            average = sum(c for _m, c in months) // max(len(months), 1)
            spend += [Para(text(w.label("tier", tier)), self.st.small),
                      Sparkline(months, report.currency, TIER_COLOURS[tier], w, (average, len(months)),
                                height=7 * mm)]
        table = Table([[results, follow_ups, spend]], colWidths=[third] * 3)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("FONTNAME", (0, 0), (-1, -1), FONT)]))
        return table

    def notes(self, report: WeeklyReport) -> list:
        return [Para(text(line), self.st.small) for line in notes(report.figures, self.w)]

    def by_rep(self, report: WeeklyReport) -> list:
        w, st = self.w, self.st
        head = [w("Rep"), w("Visits"), w("Visits done"), w("Cancelled"), w("Won")]
        rows = [[Para(coloured(text(h), ACCENT_HEX), st.body) for h in head]]
        for rep, counts in report.figures.visits.by_rep.items():
            rows.append([Para(text(cut(rep or "–", 60)), st.body)] +
                        [Para(str(counts.get(k, 0)), st.body) for k in ("visits", "done", "cancelled", "won")])
        narrow = 24 * mm
        return [Para(text(w("By rep")), st.section), self._table(rows, [self.width - 4 * narrow] + [narrow] * 4)]

    def visit_table(self, title: str, listed: list[ListedVisit], total: int, report: WeeklyReport,
                    held: bool) -> list:
        w, st = self.w, self.st
        story = [Para(text(title), st.section)]
        if not listed:
            return story + [Para(coloured(text(w("No visits.")), MUTED_HEX), st.body)]
        team = report.rep is None
        head = [w("When"), w("Customer")] + ([w("Rep")] if team else [])
        head += [w("Result"), w("Step"), w("Next step")] if held else [w("Goal")]
        rows = [[Para(coloured(text(h), ACCENT_HEX), st.body) for h in head]]
        for v in listed:
            row = [Para(f"{v.start:%m-%d %H:%M}", st.body), Para(text(cut(v.customer_name, 60)), st.body)]
            if team:
                row.append(Para(text(cut(v.rep, 30)), st.body))
            if held:
                row += [Para(self._result(v), st.body), Para(text(w.label("cycle_step", v.step)), st.body)]
            row.append(Para(text(cut(v.note, 160)), st.body))
            rows.append(row)
        fixed = [22 * mm, 42 * mm] + ([24 * mm] if team else []) + ([20 * mm, 20 * mm] if held else [])
        story.append(self._table(rows, fixed + [self.width - sum(fixed)]))
        if total > len(listed):
            story.append(Para(coloured(text(w("… and %1 more").replace("%1", str(total - len(listed)))), MUTED_HEX),
                              st.small))
        return story

    def _result(self, v: ListedVisit) -> str:
        if v.status == VisitStatus.CANCELLED.value:
            return coloured(text(self.w.label("visit_status", v.status)), MUTED_HEX)
        if v.result is None:
            return text(self.w.label("visit_status", v.status))
        word = text(self.w.label("outcome_result", v.result))
        return coloured(f"<b>{word}</b>", WON_HEX) if v.result == OutcomeResult.WON.value else word

    @staticmethod
    def _table(rows: list, widths: list[float]) -> Table:
        table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                                   ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                                   ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.lightgrey)]))
        return table


def joined(*parts: str, sep: str = " · ") -> str:
    return sep.join(p for p in parts if p)


def bar_chart(title: str, bars: list[tuple[str, int, bool]], width: float) -> Drawing:
    """A bar chart of (label, value, marked) with each bar's number over it, every label in the bundled font."""
    labels, values, fills = [b[0] for b in bars], [b[1] for b in bars], [WON if b[2] else ACCENT for b in bars]
    drawing = Drawing(width, CHART_HEIGHT, initialFontName=FONT, initialFontSize=7)
    drawing.add(String(0, CHART_HEIGHT - 9, title, fontName=FONT, fontSize=9, fillColor=ACCENT))
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 14, 22, width - 18, CHART_HEIGHT - 40
    chart.data = [values]
    chart.strokeColor = None
    chart.barWidth = 10
    chart.groupSpacing = 6
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(max(values, default=0) * 1.2, 4)
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = FONT, 6
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.strokeColor = colors.lightgrey
    chart.valueAxis.visibleGrid = False
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = FONT, 6.5
    chart.categoryAxis.labels.angle = 30 if any(len(label) > 6 for label in labels) else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if chart.categoryAxis.labels.angle else "n"
    chart.categoryAxis.strokeColor = colors.lightgrey
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName, chart.barLabels.fontSize, chart.barLabels.nudge = FONT, 7, 5
    for i, fill in enumerate(fills):
        chart.bars[(0, i)].fillColor = fill
        chart.bars[(0, i)].strokeColor = None
    drawing.add(chart)
    return drawing


class _Numbered(BinaryCanvas):
    """"page N of M" at the foot of each page (M known once all are laid out)."""

    def __init__(self, *args, words: Wording, **kwargs):
        super().__init__(*args, **kwargs)
        self._words, self._kept = words, []

    def showPage(self) -> None:
        self._kept.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for number, state in enumerate(self._kept, 1):
            self.__dict__.update(state)
            self.setFillColor(MUTED)
            label = self._words("page %1 of %2").replace("%1", str(number)).replace("%2", str(len(self._kept)))
            width = self._pagesize[0]
            draw_text(self, width - MARGIN, 6.5 * mm, label, 8, width / 2, align="right")
            BinaryCanvas.showPage(self)
        BinaryCanvas.save(self)
