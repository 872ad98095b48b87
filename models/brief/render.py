"""The visit brief as a PDF (reportlab): one page for a typical visit, a day sheet for a whole day.

Every piece of user text goes through ``text()`` before reportlab sees it: markup characters are escaped
(Paragraph parses its input as XML-ish markup and would fetch <img src=...>), control characters are
dropped, and characters the font lacks become "?" rather than an empty box. Chinese is set in the
bundled TrueType font, embedded as a subset, with CJK line breaking.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Paragraph, Table, TableStyle

from models.agenda import AgendaVisit
from models.brief.compose import BriefData
from models.brief.wording import Wording
from models.readiness import of_checklist, readiness_text
from models.resources import CJK_FONT_FILE
from models.vocabulary import QuestionKind

FONT = "FieldbriefCJK"
PAGE_SIZES = {"A4": A4, "Letter": LETTER}
MARGIN = 14 * mm
HEADER_HEIGHT = 17 * mm
FONT_SIZES = (8.5, 8.0, 7.5)  # tried in turn to fit one page; below 7.5 pt is not readable on paper
ACCENT = colors.HexColor("#1f4e79")
ALERT = colors.HexColor("#c62828")
MUTED = colors.HexColor("#555555")
FONT_CELLS = ("FONTNAME", (0, 0), (-1, -1), FONT)  # every table: reportlab would set Helvetica (not embedded)
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


@cache
def register_font() -> str:
    """Register the bundled CJK font once per process."""
    pdfmetrics.registerFont(TTFont(FONT, str(CJK_FONT_FILE), subfontIndex=0))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT)
    return FONT


@cache
def _glyphs() -> frozenset[int]:
    register_font()
    return frozenset(pdfmetrics.getFont(FONT).face.charToGlyph)


def _printable(value: object) -> str:
    """No control characters, and "?" for what the font lacks; line breaks kept."""
    glyphs = _glyphs()
    cleaned = CONTROL.sub("", str(value)).replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n")
    return "".join(ch if ch == "\n" or ord(ch) in glyphs else "?" for ch in cleaned)


def text(value: object) -> str:
    """User text made safe for a Paragraph: escaped, no control characters, nothing the font lacks."""
    return escape(_printable(value)).replace("\n", "<br/>")


@dataclass
class Styles:
    size: float

    def __post_init__(self) -> None:
        s = self.size
        base = dict(fontName=FONT, wordWrap="CJK", splitLongWords=True)
        self.body = ParagraphStyle("body", fontSize=s, leading=s * 1.3, **base)
        self.small = ParagraphStyle("small", fontSize=s - 1, leading=(s - 1) * 1.3, textColor=MUTED, **base)
        self.section = ParagraphStyle("section", fontSize=s + 1.5, leading=(s + 1.5) * 1.3, textColor=ACCENT,
                                      spaceBefore=s * 0.45, spaceAfter=s * 0.1, **base)
        self.item = ParagraphStyle("item", parent=self.body, leftIndent=s * 1.1, bulletIndent=s * 0.2,
                                   bulletFontName=FONT)
        self.alert = ParagraphStyle("alert", parent=self.body, textColor=ALERT, fontSize=s + 0.5,
                                    leading=(s + 0.5) * 1.3, borderColor=ALERT, borderWidth=0.8, borderPadding=3,
                                    spaceBefore=4, spaceAfter=6)
        self.critical_open = ParagraphStyle("critical", parent=self.body, textColor=ALERT)
        self.opening = ParagraphStyle("opening", parent=self.body, backColor=colors.HexColor("#eef3f8"),
                                      borderPadding=3, spaceBefore=2, spaceAfter=4)


class BriefDocument:
    """Builds the story of one or more briefs and lays them out, smaller if that fits one page each."""

    def __init__(self, lang: str | None, page_size: str = "A4"):
        register_font()
        self.w = Wording(lang)
        self.page_size = PAGE_SIZES.get(page_size, A4)

    # -- entry points ------------------------------------------------------------------------------
    def brief_pdf(self, data: BriefData) -> bytes:
        """The smallest readable layout that keeps the brief on one page; more pages if even that cannot."""
        best = b""
        for size in FONT_SIZES:
            pdf, pages = self._build(lambda st: self.brief_story(data, st), self._header_for(data), size)
            if pages == 1:
                return pdf
            best = best or pdf
        return best  # long content continues on further pages at the largest size, header repeated

    def day_sheet_pdf(self, day_label: str, summary: list[AgendaVisit], briefs: Iterable[BriefData],
                      progress: Callable[[int], None] | None = None) -> bytes:
        from pypdf import PdfWriter

        writer = PdfWriter()
        summary_pdf, _ = self._build(lambda st: self.summary_story(day_label, summary, st),
                                     lambda: (self.w("Day sheet"), day_label, ""), FONT_SIZES[0])
        writer.append(io.BytesIO(summary_pdf))
        for done, data in enumerate(briefs, start=1):
            writer.append(io.BytesIO(self.brief_pdf(data)))
            if progress:
                progress(done)
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()

    # -- layout ------------------------------------------------------------------------------------
    def _header_for(self, data: BriefData) -> Callable[[], tuple[str, str, str]]:
        plan = data.plan
        when = f"{plan.planned_start:%Y-%m-%d %H:%M} ({plan.duration_minutes} {self.w('min')})"
        return lambda: (f"{self.w('Visit brief')} · {data.context.customer_name}",
                        f"{when} · {plan.place}" if plan.place else when,
                        f"{self.w('Rep')}: {data.rep}" if data.rep else "")

    def _build(self, story: Callable[[Styles], list], header: Callable[[], tuple[str, str, str]],
               size: float) -> tuple[bytes, int]:
        out = io.BytesIO()
        width, height = self.page_size
        frame = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN - HEADER_HEIGHT, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        title, line, right = header()

        def draw_header(canvas, doc) -> None:
            canvas.saveState()
            top = height - MARGIN
            canvas.setFillColor(ACCENT)
            canvas.setFont(FONT, 14)
            usable = width - 2 * MARGIN
            canvas.drawString(MARGIN, top - 12, _plain(title, 14, usable * 0.68))
            canvas.setFillColor(colors.black)
            canvas.setFont(FONT, 9)
            canvas.drawString(MARGIN, top - 25, _plain(line, 9, usable * (0.72 if doc.page > 1 else 1)))
            canvas.drawRightString(width - MARGIN, top - 12, _plain(right, 9, usable * 0.3))
            if doc.page > 1:
                canvas.drawRightString(width - MARGIN, top - 25, f"({self.w('continued')}, {self.w('page')} {doc.page})")
            canvas.setStrokeColor(ACCENT)
            canvas.setLineWidth(1)
            canvas.line(MARGIN, top - HEADER_HEIGHT + 6, width - MARGIN, top - HEADER_HEIGHT + 6)
            canvas.restoreState()

        doc = BaseDocTemplate(out, pagesize=self.page_size, leftMargin=MARGIN, rightMargin=MARGIN,
                              topMargin=MARGIN, bottomMargin=MARGIN, title=_plain(title, 14, 10_000), author="Fieldbrief",
                              initialFontName=FONT, initialFontSize=9,
                              pageTemplates=[PageTemplate("brief", [frame], onPage=draw_header)])
        doc.build(story(Styles(size)))
        return out.getvalue(), doc.page

    # -- the brief ---------------------------------------------------------------------------------
    def brief_story(self, data: BriefData, st: Styles) -> list:
        w, plan, ctx = self.w, data.plan, data.context
        story: list = []
        state = of_checklist(plan.status, data.checklist, plan.ready_override_reason)
        if state.alert:  # the critical items open now, and the reason if one was given
            story.append(Paragraph(text(readiness_text(state, lambda c, t: w.catalog.get((c, t), t), long=True)), st.alert))
        people = {p.id: p for p in ctx.people}
        meeting = [people[i] for i in plan.contact_ids if i in people]
        left = [Paragraph(text(w("People to meet")), st.section)]
        left += [self._bullet(f"<font color='#1f4e79'>{text(p.name)}</font> {text(p.title)} · "
                              + " · ".join(text(v) for v in (w.label("buying_role", p.buying_role),
                                                            w.label("attitude", p.attitude),
                                                            w.label("influence", p.influence)) if v), st)
                 for p in meeting] or [Paragraph("—", st.body)]
        right = [Paragraph(text(w("Customer")), st.section), Paragraph(self._snapshot(data), st.body),
                 self._sparkline(data), Paragraph(text(w.label("stage_question", ctx.lifecycle_stage)), st.small)]
        story.append(self._two_columns(left, right))
        story += self._plan(data, st)
        story += self._history(data, st)
        story += self._checklist(data, st)
        story += self._after_the_visit(st)
        return story

    def _snapshot(self, data: BriefData) -> str:
        w, ctx = self.w, data.context
        trend = "" if ctx.trend_bp is None else f"{ctx.trend_bp / 100:+.0f}%"
        parts = [f"{text(w('Segment'))}: {text(w.label('segment', ctx.segment))}",
                 f"{text(w('Tier'))}: <font color='#1f4e79'>{text(w.label('tier', ctx.tier))}</font>",
                 f"{text(w('Stage'))}: {text(w.label('stage', ctx.lifecycle_stage))}",
                 f"{text(w('average'))} {_money(ctx.avg_spend_cents)} · {text(w('trend'))} {trend}"]
        if ctx.spend_drop:
            parts.append(f"<font color='#c62828'>▼ {text(w('SPEND DROP'))}</font>")
        return "<br/>".join(parts)

    def _sparkline(self, data: BriefData) -> Flowable:
        return Sparkline([cents for _month, cents in data.spend], ALERT if data.context.spend_drop else ACCENT)

    def _plan(self, data: BriefData, st: Styles) -> list:
        w, plan = self.w, data.plan
        story = [Paragraph(text(w("The plan")), st.section)]
        for label, value in ((w("Place"), plan.place), (w("Purpose"), plan.purpose), (w("Action plan"), plan.action_plan),
                             (w("Expected result"), plan.expected_result),
                             (w("Step"), w.label("cycle_step", plan.cycle_step)),
                             (w("Approach"), w.label("approach", plan.approach_method))):
            if value.strip():
                story.append(Paragraph(f"<font color='#1f4e79'>{text(label)}:</font> {text(value)}", st.body))
        if plan.opening_line.strip():
            story.append(Paragraph(f"<font color='#1f4e79'>{text(w('Opening line'))}:</font> {text(plan.opening_line)}", st.opening))
        if plan.questions:
            story.append(Paragraph(f"<font color='#1f4e79'>{text(w('Questions'))}</font>", st.body))
            for kind in QuestionKind:
                for question in (q for q in plan.questions if q.kind == kind.value):
                    story.append(self._bullet(f"[{text(w.label('question_kind', kind.value))}] {text(question.text)}", st))
        if plan.products:
            story.append(Paragraph(f"<font color='#1f4e79'>{text(w('Products: feature, advantage, benefit'))}</font>", st.body))
            for p in plan.products:
                fab = " → ".join(text(v) for v in (p.feature, p.advantage, p.benefit) if v.strip())
                story.append(self._bullet(f"<font color='#1f4e79'>{text(p.product)}</font>: {fab}", st))
        if plan.objections:
            story.append(Paragraph(f"<font color='#1f4e79'>{text(w('Objections expected, and answers'))}</font>", st.body))
            for o in plan.objections:
                story.append(self._bullet(f"“{text(o.objection)}” → {text(o.answer)}", st))
        for label, value in ((w("If the decision maker is there"), plan.decision_maker_plan),
                             (w("Next step"), plan.next_step)):
            if value.strip():
                story.append(Paragraph(f"<font color='#1f4e79'>{text(label)}:</font> {text(value)}", st.body))
        return story

    def _history(self, data: BriefData, st: Styles) -> list:
        w, ctx = self.w, data.context
        story = [Paragraph(f"{text(w('History'))} · {text(w('Follow-ups so far'))}: {data.follow_ups}", st.section)]
        story += [self._bullet(f"{v.when:%Y-%m-%d} {text(v.purpose)} <font color='#1f4e79'>{text(w.label('outcome_result', v.result))}</font>"
                               f" → {text(w('Next step'))}: {text(v.next_step)}", st) for v in data.history] \
            or [Paragraph(text(w("No earlier visits.")), st.body)]
        if ctx.open_promises:
            story.append(Paragraph(f"<font color='#1f4e79'>{text(w('Open promises'))}</font>", st.body))
            for p in ctx.open_promises:
                who = w("us") if p.by == "us" else w("them")
                due = f" ({p.due_on:%Y-%m-%d})" if p.due_on else ""
                story.append(self._bullet(f"{text(who)}: {text(p.text)}{due}", st))
        if ctx.near_dates:
            story.append(Paragraph(f"<font color='#1f4e79'>{text(w('Dates within 14 days'))}</font>", st.body))
            for d in ctx.near_dates:
                story.append(self._bullet(f"{d.on:%m-%d} {text(w.label('key_date_kind', d.kind))}: {text(d.who)}"
                                          + (f" · {text(d.label)}" if d.label else ""), st))
        return story

    def _checklist(self, data: BriefData, st: Styles) -> list:
        w = self.w
        rows = []
        for entry in data.checklist:
            label = text(entry.text) + (f" <font color='#1f4e79'>({text(w('critical'))})</font>" if entry.critical else "")
            style = st.critical_open if entry.critical and not entry.done else st.body
            rows.append([TickBox(entry.done, st.size), Paragraph(label, style)])
        if not rows:
            return []
        half = (len(rows) + 1) // 2
        left, right = rows[:half], rows[half:]
        paired = [a + (right[i] if i < len(right) else ["", ""]) for i, a in enumerate(left)]
        box = st.size * 1.6
        table = Table(paired, colWidths=[box, None, box, None], hAlign="LEFT")
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 1),
                                   FONT_CELLS,
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
        return [Paragraph(text(w("Checklist")), st.section), table]

    def _after_the_visit(self, st: Styles) -> list:
        w = self.w
        results = " □ ".join(text(w.label("outcome_result", r)) for r in
                             ("won", "progressed", "no_decision", "lost", "postponed", "cancelled"))
        lines = [Paragraph(text(w("After the visit")), st.section),
                 Paragraph(f"<font color='#1f4e79'>{text(w('Result'))}:</font> □ {results}", st.body)]
        for label, blank_lines in ((w("Objections met"), 2), (w("Closing signals"), 1),
                                   (w("Promises (who, what, by when)"), 2), (w("Next step"), 1),
                                   (w("Follow-up date"), 1)):
            lines.append(Paragraph(f"<font color='#1f4e79'>{text(label)}:</font>", st.body))
            lines.append(_writing_lines(blank_lines, st.size))
        return [KeepTogether(lines)]

    # -- the day sheet's summary page --------------------------------------------------------------
    def summary_story(self, day_label: str, visits: list[AgendaVisit], st: Styles) -> list:
        w = self.w
        head = [Paragraph(f"<font color='#1f4e79'>{text(h)}</font>", st.body) for h in
                (w("Time"), w("Customer"), w("Place"), w("Goal"), w("Readiness"))]
        rows = [head]
        for v in visits:
            ready = text(readiness_text(v.readiness, lambda c, t: w.catalog.get((c, t), t)))
            ready = f"<font color='#c62828'>{ready}</font>" if v.readiness.alert else ready
            rows.append([Paragraph(f"{v.start:%H:%M}", st.body), Paragraph(text(v.customer_name), st.body),
                         Paragraph(text(v.place), st.body), Paragraph(text(v.purpose), st.body),
                         Paragraph(ready, st.body)])
        table = Table(rows, colWidths=[14 * mm, 40 * mm, 45 * mm, None, 32 * mm], repeatRows=1)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), FONT_CELLS,
                                   ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                                   ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.lightgrey)]))
        return [Paragraph(text(day_label), st.section), table]

    # -- small parts -------------------------------------------------------------------------------
    @staticmethod
    def _bullet(markup: str, st: Styles) -> Paragraph:
        """A bulleted line; ``markup`` is already escaped."""
        return Paragraph(markup, st.item, bulletText="•")

    @staticmethod
    def _two_columns(left: list, right: list) -> Table:
        table = Table([[left, right]], colWidths=["55%", "45%"])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), FONT_CELLS, ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
        return table


class Sparkline(Flowable):
    """Twelve months of spend as a line, the latest month marked. Drawn with lines only (a reportlab
    Drawing would reference an unembedded Helvetica)."""

    def __init__(self, values: list[int], color, width: float = 62 * mm, height: float = 11 * mm):
        super().__init__()
        self.values, self.color, self.width, self.height = values, color, width, height

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self) -> None:
        if len(self.values) < 2:
            return
        top = max(self.values) or 1
        step = self.width / (len(self.values) - 1)
        points = [(i * step, 1 + (self.height - 2) * value / top) for i, value in enumerate(self.values)]
        canvas = self.canv
        canvas.setStrokeColor(self.color)
        canvas.setFillColor(self.color)
        canvas.setLineWidth(1.2)
        path = canvas.beginPath()
        path.moveTo(*points[0])
        for point in points[1:]:
            path.lineTo(*point)
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.rect(points[-1][0] - 1.5, points[-1][1] - 1.5, 3, 3, stroke=0, fill=1)


class TickBox(Flowable):
    def __init__(self, done: bool, size: float):
        super().__init__()
        self.done, self.side = done, size * 0.95

    def wrap(self, available_width, available_height):
        return self.side + 1, self.side + 1

    def draw(self) -> None:
        canvas, side = self.canv, self.side
        canvas.setLineWidth(0.7)
        canvas.rect(0.5, 0.5, side, side, stroke=1, fill=0)
        if self.done:
            canvas.setLineWidth(1.1)
            path = canvas.beginPath()
            path.moveTo(side * 0.2, side * 0.5)
            path.lineTo(side * 0.42, side * 0.22)
            path.lineTo(side * 0.85, side * 0.85)
            canvas.drawPath(path, stroke=1, fill=0)


def _writing_lines(count: int, size: float) -> Table:
    table = Table([[""] for _ in range(count)], colWidths=["100%"], rowHeights=[size * 2.0] * count)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey), FONT_CELLS]))
    return table


def _plain(value: str, font_size: float, width: float) -> str:
    """For the page header, drawn straight on the canvas (no markup): one line, cut to the width.
    (Everything in the header is printed in full in the body too.)"""
    line = " ".join(_printable(value).split())
    if pdfmetrics.stringWidth(line, FONT, font_size) <= width:
        return line
    while line and pdfmetrics.stringWidth(line + "…", FONT, font_size) > width:
        line = line[:-1]
    return line + "…"


def _money(cents: int | None) -> str:
    return "—" if cents is None else f"{cents / 100:,.2f}"


def write_pdf(pdf: bytes, target: Path) -> None:
    """Write next to the target, then rename: a failed write never leaves half a PDF under its name."""
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(pdf)
    partial.replace(target)
