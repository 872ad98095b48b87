"""The visit brief as a PDF (reportlab): one page for a typical visit, a day sheet for a whole day.

The page, top to bottom, as a rep reads it in the lobby: who the brief is for and when; the override
warning if the visit is Ready with critical items open; a strip with who to meet, the goal and the
opening line; the plan; the customer's spend, history and open promises; what to bring (open items
first, under their headings); and the after-visit section, ruled for a hand (7.5 mm a line). The body is
9 pt. Whatever does not fit continues on the next page under a header that repeats who and when; a day
sheet is one document (one build, the fonts embedded once) with a summary page first.

Every piece of user text goes through ``text()`` before reportlab sees it: markup characters are escaped
(Paragraph parses its input as XML-ish markup and would fetch <img src=...>), control characters are
dropped, Arabic letters are joined, and each character is set in the first bundled font that has it ("?"
when none does); the paragraphs (``Para``, models/brief/paragraphs.py) put right-to-left text in drawing
order line by line once it is broken into lines. No user text goes into a table cell whose height could
outgrow a page: side-by-side columns that do not fit the page are cut where it ends and go on, in the same
columns, on the next (the plan's flowing blocks go on one after the other).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFStream, PDFZCompress
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from models.visits.agenda import AgendaVisit
from models.brief.compose import BriefData
from models.brief.fonts import MAIN, register, runs, shaped, visual
from models.brief.paragraphs import Layouts, Para
from models.brief.wording import Wording
from models.visits.readiness import of_checklist, readiness_text
from models.vocabulary import ChecklistKind, QuestionKind

FONT = MAIN
PAGE_SIZES = {"A4": A4, "Letter": LETTER}
MARGIN = 10 * mm
HEADER_HEIGHT = 13 * mm  # the repeated header on continuation pages
FOOTER_BASELINE = 6.5 * mm  # "page N of M", in the bottom margin (above what printers leave unprinted)
BODY = 9.0  # pt: nothing the rep reads before the visit is smaller than this
WRITING_LINE = 7.5 * mm  # the after-visit section's ruled lines
LABEL_WIDTH = 49 * mm  # their labels' column: "Promises (who, what, by when)" on one line at 9 pt
SUMMARY_CELL = 160  # characters of a text in the day sheet's summary table (in full on the visit's brief)
ACCENT = colors.HexColor("#1f4e79")
ALERT = colors.HexColor("#c62828")
MUTED = colors.HexColor("#555555")
STRIP = colors.HexColor("#eef3f8")
STRIP_PADDING = 4
RULE = colors.HexColor("#9e9e9e")
ACCENT_HEX, ALERT_HEX, MUTED_HEX = "#1f4e79", "#c62828", "#555555"
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def register_font() -> str:
    """Register the main font (the fallbacks register themselves when a text needs them)."""
    return register(MAIN)


def cleaned(value: object) -> str:
    """The text without control characters, tabs as spaces, one kind of line break."""
    return CONTROL.sub("", str(value)).replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n")


def printable(value: object) -> str:
    """The text as it is drawn on one line: no control characters, right-to-left runs in drawing order,
    "?" for what no bundled font has."""
    return "".join(piece for _font, piece in runs(visual(cleaned(value))))


def text(value: object) -> str:
    """User text made safe for a Paragraph: escaped, each run in a font that has it, in logical order
    (``Para`` puts each line in drawing order once it is broken)."""
    out = []
    for font, piece in runs(shaped(cleaned(value))):
        markup = escape(piece).replace("\n", "<br/>")
        out.append(markup if font == MAIN else f'<font face="{font}">{markup}</font>')
    return "".join(out)


NUMBERED = re.compile(r"\S*\d\S*")


def unbroken(value: str) -> str:
    """A place or a phone number with the spaces between two numbers (or parts with a digit) made
    unbreakable, so that a line never ends inside a postcode ("LS9 0PS") or a phone number ("138 0013 8000")."""
    parts = value.split(" ")
    return parts[0] + "".join(("\xa0" if NUMBERED.fullmatch(before) and NUMBERED.fullmatch(part) else " ") + part
                              for before, part in zip(parts, parts[1:]))


def heading(markup: str, style: ParagraphStyle) -> Para:
    """A label that is never left at the bottom of a column without what it heads."""
    paragraph = Para(markup, style)
    paragraph.keepWithNext = True
    return paragraph


def coloured(markup: str, colour: str) -> str:
    return f"<font color='{colour}'>{markup}</font>" if markup else ""


def joined(*parts: str, sep: str = " · ") -> str:
    """Markup parts joined, the empty ones left out (no dangling separators or labels)."""
    return sep.join(part for part in parts if part)


@dataclass
class Styles:
    """The brief's paragraph styles. Each breaks lines between words; ``Para`` takes its CJK twin for a text
    with Chinese (or Japanese, Korean) in it, which breaks between two such characters but not inside a run
    of Latin letters or digits (a house number, a postcode), whatever the language of the brief."""

    size: float = BODY

    def __post_init__(self) -> None:
        s = self.size
        self.layouts = Layouts()  # each paragraph laid out once per build (the day sheet repeats many)
        base = dict(fontName=FONT, wordWrap=None, splitLongWords=True, layouts=self.layouts)
        self.body = ParagraphStyle("body", fontSize=s, leading=s * 1.2, **base)
        self.small = ParagraphStyle("small", fontSize=s - 1, leading=(s - 1) * 1.2, textColor=MUTED, **base)
        self.title = ParagraphStyle("title", fontSize=s + 5, leading=(s + 5) * 1.2, textColor=ACCENT, **base)
        self.section = ParagraphStyle("section", fontSize=s + 1.5, leading=(s + 1.5) * 1.2, textColor=ACCENT,
                                      spaceBefore=s * 0.5, spaceAfter=s * 0.15, **base)
        self.label = ParagraphStyle("label", fontSize=s, leading=s * 1.2, textColor=ACCENT, spaceBefore=s * 0.25,
                                    **base)
        self.item = ParagraphStyle("item", parent=self.body, leftIndent=s * 1.0, bulletIndent=0, bulletFontName=FONT)
        self.tick = ParagraphStyle("tick", parent=self.body, leftIndent=s * 1.3, bulletIndent=0, bulletFontName=FONT,
                                   bulletFontSize=s + 1.5)
        self.done = ParagraphStyle("done", parent=self.small, spaceBefore=1)
        self.alert = ParagraphStyle("alert", parent=self.body, textColor=ALERT, fontSize=s + 1, leading=(s + 1) * 1.25,
                                    borderColor=ALERT, borderWidth=0.9, borderPadding=3, spaceBefore=2, spaceAfter=7)
        self.opening = ParagraphStyle("opening", parent=self.body, backColor=colors.white, borderPadding=2.5,
                                      spaceBefore=4, spaceAfter=2)
        for style in list(vars(self).values()):
            if isinstance(style, ParagraphStyle):
                self._with_cjk(style)

    def _with_cjk(self, style: ParagraphStyle) -> ParagraphStyle:
        style.cjk = ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK", layouts=self.layouts)
        style.cjk.words = style  # laid out with this when it fits on one line (models/brief/paragraphs.py)
        return style

    def labelled(self, name: str, indent: float, label_width: float) -> ParagraphStyle:
        """Body text after a label in the left margin (the label is the paragraph's bullet), e.g. "Phone"."""
        return self._with_cjk(ParagraphStyle(name, parent=self.body, leftIndent=indent + label_width + 3,
                                             bulletIndent=indent, bulletFontName=FONT, bulletFontSize=self.size,
                                             bulletColor=MUTED))


class BinaryCanvas(Canvas):
    """A canvas whose pages are only deflated, not ASCII85-encoded as well (reportlab's default: the file a
    quarter bigger, and slower, for nothing). reportlab takes that choice from the process-wide
    ``rl_config.useA85`` when it writes a page and has no option for one canvas or document; so each
    page's contents stream is made here, with its filter, as the page is added."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        add_page = self._doc.addPage

        def add_deflated(page) -> None:
            if page.compression and page.stream:
                page.Contents = PDFStream(content=page.stream, filters=[PDFZCompress])
            add_page(page)

        self._doc.addPage = add_deflated


class NumberedCanvas(BinaryCanvas):
    """Keeps the pages until the document is complete, then gives each its footer, "page N of M" within its
    brief (or the day sheet's summary): M is only known at the end. ``running["part"]`` says which brief a
    page belongs to when it ends (each brief starts on a page of its own)."""

    def __init__(self, *args, running: dict, footer: Callable[[Canvas, int, int], None], **kwargs):
        super().__init__(*args, **kwargs)
        self._running, self._footer, self._kept = running, footer, []

    def showPage(self) -> None:
        self._kept.append((self._running["part"], dict(self.__dict__)))
        self._startPage()

    def save(self) -> None:
        kept, total, done = self._kept, Counter(part for part, _state in self._kept), Counter()
        for part, state in kept:
            self.__dict__.update(state)
            done[part] += 1
            self._footer(self, done[part], total[part])
            Canvas.showPage(self)
        Canvas.save(self)


class BriefStart(Flowable):
    """Marks where a brief (or the summary) begins: the header of its continuation pages, and the pages
    counted as its own, are taken from here when it is drawn. ``visit``: a visit's brief (counted in the
    day sheet's progress), not the summary."""

    def __init__(self, header: tuple[str, str], running: dict, visit: bool = True):
        super().__init__()
        self.header, self.running, self.visit = header, running, visit

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self) -> None:
        self.running.update(header=self.header, part=self.running["part"] + 1)


class BriefDocument:
    """Lays out one brief, or a day's summary and briefs, as one reportlab document."""

    def __init__(self, lang: str | None, page_size: str = "A4"):
        register_font()
        self.w = Wording(lang)
        self.page_size = PAGE_SIZES.get(page_size, A4)
        self.st = Styles()
        phone_label = text_width(self.w("Phone"), BODY)
        self.phone_styles = (self.st.labelled("phone", 0, phone_label), self.st.labelled("item-phone", BODY, phone_label))

    # -- entry points ------------------------------------------------------------------------------
    def brief_pdf(self, data: BriefData) -> bytes:
        return self._build(lambda running: self.brief_story(data, running), self._title(data))

    def day_sheet_pdf(self, day_label: str, summary: list[AgendaVisit], briefs: Iterable[BriefData],
                      progress: Callable[[int], None] | None = None) -> bytes:
        def story(running: dict) -> list:
            flowables = self.summary_story(day_label, summary, running)
            for data in briefs:
                flowables += [NextPageTemplate("first"), PageBreak()] + self.brief_story(data, running)
            return flowables

        return self._build(story, f"{self.w('Day sheet')} {day_label}", progress)

    # -- the document ------------------------------------------------------------------------------
    def _build(self, story: Callable[[dict], list], title: str, progress: Callable[[int], None] | None = None) -> bytes:
        out = io.BytesIO()
        width, height = self.page_size
        running: dict = {"header": ("", ""), "part": 0}
        full = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN, id="first",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        below_header = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN - HEADER_HEIGHT, id="next",
                             leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

        def continuation_header(canvas, doc) -> None:
            """Who and when, and that it is continued: the note in full, the name in the width left (at a
            smaller size before it is cut; it is printed in full on the first page)."""
            left, right = running["header"]
            top = height - MARGIN
            usable = width - 2 * MARGIN
            note = self.w("%1 (continued)").replace("%1", right)
            note_width = text_width(note, 9)
            canvas.saveState()
            canvas.setFillColor(colors.black)
            draw_text(canvas, width - MARGIN, top - 11, note, 9, note_width, align="right")
            canvas.setFillColor(ACCENT)
            room = usable - note_width - 6 * mm
            size = next((s for s in (12, 11, 10, 9) if text_width(left, s) <= room), 9)
            draw_text(canvas, MARGIN, top - 11, left, size, room)
            canvas.setStrokeColor(ACCENT)
            canvas.setLineWidth(0.8)
            canvas.line(MARGIN, top - HEADER_HEIGHT + 5, width - MARGIN, top - HEADER_HEIGHT + 5)
            canvas.restoreState()

        def footer(canvas, page: int, pages: int) -> None:
            canvas.saveState()
            canvas.setFillColor(MUTED)
            number = self.w("page %1 of %2").replace("%1", str(page)).replace("%2", str(pages))
            draw_text(canvas, width - MARGIN, FOOTER_BASELINE, number, 8, width / 2, align="right")
            canvas.restoreState()

        class Document(BaseDocTemplate):
            done = 0

            def afterFlowable(self, flowable) -> None:
                if progress and isinstance(flowable, BriefStart) and flowable.visit:
                    self.done += 1
                    progress(self.done)

        doc = Document(out, pagesize=self.page_size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                       bottomMargin=MARGIN, title=cleaned(title)[:500], author="Fieldbrief", initialFontName=FONT,
                       initialFontSize=BODY,
                       pageTemplates=[PageTemplate("first", [full], autoNextPageTemplate="next"),
                                      PageTemplate("next", [below_header], onPage=continuation_header)])
        self.st.layouts.clear()
        try:
            doc.build(story(running), canvasmaker=lambda *args, **kwargs: NumberedCanvas(
                *args, running=running, footer=footer, **kwargs))
        finally:
            self.st.layouts.clear()
        return out.getvalue()

    def _title(self, data: BriefData) -> str:
        return f"{self.w('Visit brief')} · {data.context.customer_name}"

    # -- the brief ---------------------------------------------------------------------------------
    def brief_story(self, data: BriefData, running: dict) -> list:
        w, st, plan = self.w, self.st, data.plan
        end = plan.planned_start + dt.timedelta(minutes=plan.duration_minutes)
        when = f"{plan.planned_start:%Y-%m-%d %H:%M}–{end:%H:%M}" + w.bracketed(f"{plan.duration_minutes} {w('min')}")
        story: list = [BriefStart((data.context.customer_name, when), running),
                       Para(joined(text(w("Visit brief")), text(data.context.customer_name)), st.title),
                       *self._with_phones(f"<b>{text(when)}</b>", when, data.context.phones, self.phone_styles[0],
                                          self.page_size[0] - 2 * MARGIN, text(unbroken(plan.place)),
                                          text(f"{w('Rep')}{w.colon}{data.rep}") if data.rep else "", style=st.body),
                       Spacer(0, 3)]
        state = of_checklist(plan.status, data.checklist, plan.ready_override_reason)
        if state.alert:  # the critical items open now, and the reason if one was given
            story.append(Para(text(readiness_text(state, lambda c, t: w.catalog.get((c, t), t))), st.alert))
        story.append(self._top_strip(data))
        story += self._plan(data)
        story += self._customer_and_history(data)
        story += self._checklist(data)
        story += self._after_the_visit()
        return story

    def _top_strip(self, data: BriefData) -> Flowable:
        w, st = self.w, self.st
        who: list = [Para(text(w("Who to meet")), st.label)]
        for p in data.meeting:
            details = joined(text(w.label("buying_role", p.buying_role)), text(w.label("attitude", p.attitude)),
                             text(w("%1 influence").replace("%1", w.label("influence", p.influence)))
                             if p.influence else "")
            who += self._with_phones(f"<b>{coloured(text(p.name), ACCENT_HEX)}</b> {text(p.title)}".strip(),
                                     f"{p.name} {p.title}", p.phones, self.phone_styles[1], self._strip_column, details,
                                     style=st.item, sep=" — ", bulletText="•")
        if not data.meeting:
            who.append(Para(text(w("No contact chosen for this visit.")), st.small))
        goal: list = [Para(text(w("Goal")), st.label),
                      Para(text(data.plan.purpose) if data.plan.purpose.strip() else text(w("Not written yet.")),
                                st.body if data.plan.purpose.strip() else st.small)]
        if data.opening_line.strip():
            goal += [Para(text(w("Opening line")), st.label), Para(text(data.opening_line), st.opening)]
        return Columns([who, goal], [0.5, 0.5], background=STRIP, padding=STRIP_PADDING)

    def _with_phones(self, first: str, first_plain: str, numbers: tuple[tuple[str, str], ...], own_lines: ParagraphStyle,
                     width: float, *rest: str, style: ParagraphStyle, sep: str = " · ", **kwargs) -> list[Para]:
        """A paragraph of ``first`` (markup; ``first_plain`` as text), the phone numbers (with their labels, the
        usual ones in the brief's language) and the ``rest``: the
        numbers right after ``first`` when both fit on the first line, where no line can end inside one (a
        Chinese paragraph's line breaking would end one at a no-break space), else a line each under it,
        "Phone" in the margin of the first."""
        if not numbers:
            return [Para(joined(first, *rest, sep=sep), style, **kwargs)]
        numbers = tuple(n + self.w.bracketed(self.w.label("channel_label", label) or label) if label else n
                        for n, label in numbers)
        phones = f"{self.w('Phone')} {', '.join(numbers)}"
        if text_width(f"{first_plain}{sep}{phones}", BODY) <= width - style.leftIndent - BODY:
            inline = f"{coloured(text(self.w('Phone')), MUTED_HEX)} " + ", ".join(text(unbroken(n)) for n in numbers)
            return [Para(joined(first, inline, *rest, sep=sep), style, **kwargs)]
        return [Para(joined(first, *rest, sep=sep), style, **kwargs),
                *(Para(text(unbroken(number)), own_lines, bulletText=self.w("Phone") if i == 0 else " ")
                  for i, number in enumerate(numbers))]

    @property
    def _strip_column(self) -> float:
        """The width of the top strip's columns (``_top_strip``)."""
        return (self.page_size[0] - 2 * MARGIN - 2 * STRIP_PADDING - 5 * mm) / 2

    def _plan(self, data: BriefData) -> list:
        w, st, plan = self.w, self.st, data.plan
        blocks: list[list] = []
        for label, value in ((w("The customer"), plan.customer_profile), (w("Expected reception"), plan.expected_reception),
                             (w("Action plan"), plan.action_plan), (w("Expected result"), plan.expected_result)):
            blocks.append(self._field(label, value))
        step = joined(text(w.label("cycle_step", plan.cycle_step)), text(w.label("approach", plan.approach_method)))
        if step:
            blocks.append([Para(f"{coloured(text(w('Step and approach')), ACCENT_HEX)}{w.colon}{step}", st.body)])
        for label, value in ((w("If the decision maker is there"), plan.decision_maker_plan), (w("Next step"), plan.next_step)):
            blocks.append(self._field(label, value))
        if plan.questions:
            blocks.append([heading(text(w("Questions")), st.label)])
            for kind in QuestionKind:
                for question in (q for q in plan.questions if q.kind == kind.value):
                    blocks.append([Para(f"{coloured(text(w.label('question_kind', kind.value) + w.colon), MUTED_HEX)}"
                                             f"{text(question.text)}", st.item, bulletText="•")])
        if plan.products:
            blocks.append([heading(text(w("Products: feature, advantage, benefit")), st.label)])
            for p in plan.products:
                fab = joined(*(text(v) for v in (p.feature, p.advantage, p.benefit) if v.strip()), sep=" → ")
                blocks.append([Para(joined(f"<b>{text(p.product)}</b>", fab, sep=w.colon), st.item, bulletText="•")])
        if plan.objections:
            blocks.append([heading(text(w("Objections expected, and answers")), st.label)])
            for o in plan.objections:
                answer = f" → {text(o.answer)}" if o.answer.strip() else ""
                blocks.append([Para(f"{w.quoted(text(o.objection))}{answer}", st.item, bulletText="•")])
        if not any(blocks):
            return []
        return [Para(text(w("The plan")), st.section), FlowingColumns(blocks)]

    def _field(self, label: str, value: str) -> list:
        if not value.strip():
            return []
        return [Para(f"{coloured(text(label), ACCENT_HEX)}{self.w.colon}{text(value)}", self.st.body)]

    def _customer_and_history(self, data: BriefData) -> list:
        w, st, ctx = self.w, self.st, data.context
        left: list = [Para(text(w("Customer")), st.label)]
        facts = [joined(text(w.label("segment", ctx.segment)), text(ctx.industry)),
                 joined(text(f"{w('Tier')}{w.colon}{w.label('tier', ctx.tier)}") if ctx.tier and ctx.tier != "none" else "",
                        text(w.label("stage", ctx.lifecycle_stage))),
                 joined(text(w("average %1 a month over %2 months").replace("%1", money(ctx.avg_spend_cents, data.currency))
                             .replace("%2", str(data.average_months))) if ctx.avg_spend_cents is not None else "",
                        text(f"{w('trend')} {ctx.trend_bp / 100:+.0f}%") if ctx.trend_bp is not None else "",
                        coloured(f"▼ {text(w('SPEND DROP'))}", ALERT_HEX) if ctx.spend_drop else "")]
        left += [Para(fact, st.body) for fact in facts if fact]
        left.append(Sparkline(data.spend, data.currency, ALERT if ctx.spend_drop else ACCENT, w,
                              (ctx.avg_spend_cents, data.average_months))
                    if any(cents for _m, cents in data.spend) and ctx.avg_spend_cents is not None
                    else Para(text(w("No spend recorded.")), st.small))
        question = w.label("stage_question", ctx.lifecycle_stage)
        if question:
            left.append(Para(text(question), st.small))
        right: list = [Para(f"{text(w('History'))} · {text(w('Follow-ups so far'))}{w.colon}{data.follow_ups}", st.label)]
        right += [Para(joined(f"{v.when:%Y-%m-%d}", text(v.purpose),
                                   coloured(text(w.label("outcome_result", v.result)), ACCENT_HEX))
                            + (f" → {text(v.next_step)}" if v.next_step.strip() else ""), st.item, bulletText="•")
                  for v in data.history] or [Para(text(w("No earlier visits.")), st.small)]
        visit_day = data.plan.planned_start.date()
        if ctx.open_promises:
            right.append(Para(text(w("Open promises")), st.label))
            for p in ctx.open_promises:
                who = w.label("promise_by", p.by)
                due = ""
                if p.due_on:
                    due = w.bracketed(f"{w('due')} {p.due_on:%Y-%m-%d}").strip()
                    due = coloured(f"<b>{text(w('OVERDUE'))}</b> {text(due)}", ALERT_HEX) if p.due_on < visit_day else text(due)
                right.append(Para(joined(f"{text(who)}{w.colon}{text(p.text)}", due, sep=" "), st.item, bulletText="•"))
        if ctx.near_dates:
            right.append(Para(text(w("Dates within 14 days")), st.label))
            for d in ctx.near_dates:
                right.append(Para(joined(f"{d.on:%m-%d} {text(w.label('key_date_kind', d.kind))}{w.colon}{text(d.who)}",
                                              text(d.label)), st.item, bulletText="•"))
        return [Columns([left, right], [0.45, 0.55], space_before=BODY * 0.6)]

    def _checklist(self, data: BriefData) -> list:
        w, st = self.w, self.st
        columns = []
        for kind in ChecklistKind:
            entries = [e for e in data.checklist if e.kind == kind.value]
            if not entries:
                continue
            column: list = [Para(text(w.label("checklist_kind", kind.value)), st.label)]
            for entry in sorted((e for e in entries if not e.done), key=lambda e: not e.critical):
                label = text(entry.text)
                if entry.critical:
                    label = coloured(f"<b>{label}</b>{text(w.bracketed(w('critical')))}", ALERT_HEX)
                column.append(Para(label, st.tick, bulletText="□"))
            answered = [e for e in entries if e.done and e.answered_by]
            ticked = [e for e in entries if e.done and not e.answered_by]
            if answered:
                column.append(Para(f"✓ {text(w('%1 answered by the plan').replace('%1', str(len(answered))))}",
                                        st.done))
            if ticked:
                column.append(Para(f"✓ {text(w('Done'))}{w.colon}" + w.semicolon.join(text(e.text) for e in ticked), st.done))
            columns.append(column)
        if not columns:
            return []
        widths = {3: [0.36, 0.38, 0.26], 2: [0.5, 0.5], 1: [1.0]}[len(columns)]
        return [Para(text(w("Checklist")), st.section), Columns(columns, widths)]

    def _after_the_visit(self) -> list:
        w, st = self.w, self.st
        results = "   ".join(f"□ {text(w.label('outcome_result', r))}" for r in
                               ("won", "progressed", "no_decision", "lost", "postponed", "cancelled"))
        heading = Para(f"{text(w('After the visit'))}　<font size='{BODY}' color='black'>"
                            f"{coloured(text(w('Result')), ACCENT_HEX)}{w.colon} {results}</font>", st.section)
        label = lambda value: Para(coloured(text(value), ACCENT_HEX), st.body)  # noqa: E731
        rows = [[label(w("Objections met")), "", "", ""], ["", "", "", ""],
                [label(w("Promises (who, what, by when)")), "", "", ""], ["", "", "", ""],
                [label(w("Closing signals")), "", label(w("Amount")), ""],
                [label(w("Next step")), "", label(w("Follow-up date")), ""]]
        half_rows = (4, 5)
        usable = self.page_size[0] - 2 * MARGIN
        table = Table(rows, colWidths=[LABEL_WIDTH, usable / 2 - LABEL_WIDTH, 30 * mm, usable / 2 - 30 * mm],
                      rowHeights=[WRITING_LINE] * len(rows))
        spans = [("SPAN", (1, r), (3, r)) for r in range(len(rows)) if r not in half_rows]
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                                   ("LINEBELOW", (1, 0), (3, 3), 0.5, RULE),  # full-width lines
                                   ("LINEBELOW", (0, 1), (0, 1), 0.5, RULE), ("LINEBELOW", (0, 3), (0, 3), 0.5, RULE),
                                   *[("LINEBELOW", (c, r), (c, r), 0.5, RULE) for r in half_rows for c in (1, 3)],
                                   *spans]))
        return [KeepTogether([heading, table])]

    # -- the day sheet's summary page --------------------------------------------------------------
    def summary_story(self, day_label: str, visits: list[AgendaVisit], running: dict) -> list:
        w, st = self.w, self.st
        head = [Para(coloured(text(h), ACCENT_HEX), st.body) for h in
                (w("Time"), w("Customer"), w("Place"), w("Goal"), w("Readiness"))]
        rows = [head]
        for v in visits:
            ready = text(readiness_text(v.readiness, lambda c, t: w.catalog.get((c, t), t)))
            ready = coloured(f"<b>{ready}</b>", ALERT_HEX) if v.readiness.alert else ready
            rows.append([Para(f"{v.start:%H:%M}", st.body), Para(text(cut(v.customer_name)), st.body),
                         Para(text(unbroken(cut(v.place))), st.body), Para(text(cut(v.purpose)), st.body),
                         Para(ready, st.body)])
        usable = self.page_size[0] - 2 * MARGIN
        table = Table(rows, colWidths=[13 * mm, 42 * mm, 38 * mm, usable - 133 * mm, 40 * mm], repeatRows=1,
                      splitInRow=1)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                                   ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                                   ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.lightgrey)]))
        ready = sum(1 for v in visits if not v.critical_open)
        title = f"{w('Day sheet')} · {day_label}"
        counts = joined(text(w.count(len(visits), "%1 visit", "%1 visits")), text(w("%1 ready to go").replace("%1", str(ready))))
        return [BriefStart((w("Day sheet"), day_label), running, visit=False), Para(text(title), st.title), Para(counts, st.body),
                Spacer(0, 4), table]


class Columns(Flowable):
    """Columns of flowables side by side. When they do not fit the space left on the page they split side by
    side, each column where it is full, and continue on the next page in the same columns (with the same
    background): never a LayoutError, and never a flowable left half split."""

    def __init__(self, columns: list[list], widths: list[float], gap: float = 5 * mm, background=None,
                 padding: float = 0, space_before: float = 0):
        super().__init__()
        self.columns = [list(c) for c in columns]
        self.fractions, self.gap, self.background, self.padding = widths, gap, background, padding
        self.spaceBefore = space_before
        self._laid: list[list[tuple[Flowable, float, float]]] = []
        self._sizes: dict[tuple[int, float], float] = {}  # (flowable, width) -> height: wrapping CJK text is slow

    def height_of(self, flowable: Flowable, width: float) -> float:
        """The flowable's height at the width, wrapped once (a Paragraph draws as it was last wrapped, so
        every width asked of one flowable must be the one it is drawn at)."""
        key = (id(flowable), width)
        if key not in self._sizes:
            self._sizes[key] = flowable.wrap(width, 10_000 * mm)[1]
        return self._sizes[key]

    def forget(self) -> None:
        """Lay out afresh at the next wrap: a split that failed may have changed a flowable (reportlab's
        Paragraph drops its lines when it cannot split), and one asked at another width is wrapped at it."""
        self._laid, self._sizes = [], {}

    def wrap(self, available_width, available_height):
        if self._laid and self.width == available_width:
            return self.width, self.height  # laid out already at this width (the frame asks more than once)
        inner = available_width - 2 * self.padding - self.gap * (len(self.columns) - 1)
        self.widths = [inner * f for f in self.fractions]
        self._laid, heights = [], []
        for column, width in zip(self.columns, self.widths):
            laid, height = [], 0.0
            for i, flowable in enumerate(column):
                h = self.height_of(flowable, width)
                before = flowable.getSpaceBefore() if i else 0
                laid.append((flowable, height + before, h))
                height += before + h + flowable.getSpaceAfter()
            self._laid.append(laid)
            heights.append(height)
        self.width, self.height = available_width, max(heights, default=0) + 2 * self.padding
        return self.width, self.height

    def split(self, available_width, available_height):
        """Each column cut where the space ends: what fits stays, the flowable across the end is split
        (a long text), the rest continues in the same column of a second Columns. [] (next page) when no
        column can start here."""
        self.wrap(available_width, available_height)
        room = available_height - 2 * self.padding
        here: list[list] = []
        later: list[list] = []
        for laid, width in zip(self._laid, self.widths):
            kept, rest = [], []
            for flowable, top, h in laid:
                space = room - top - flowable.getSpaceAfter()  # for this one, as wrap counts it
                if rest or h > space + 1e-6:
                    if not rest and space > 0 and not getattr(flowable, "keepWithNext", 0):
                        parts = flowable.split(width, space)
                        if len(parts) > 1:
                            kept.append(parts[0])
                            rest += parts[1:]
                            continue
                    rest.append(flowable)
                else:
                    kept.append(flowable)
            while kept and rest and getattr(kept[-1], "keepWithNext", 0):  # a heading goes with what it heads
                rest.insert(0, kept.pop())
            here.append(kept)
            later.append(rest)
        self.forget()
        if not any(here) or not any(later):
            return []
        return [self._like(here), self._like(later)]

    def _like(self, columns: list[list]) -> "Columns":
        return Columns(columns, self.fractions, self.gap, self.background, self.padding)

    def draw(self) -> None:
        if self.background is not None:
            self.canv.setFillColor(self.background)
            self.canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        x = self.padding
        for laid, width in zip(self._laid, self.widths):
            for flowable, top, h in laid:
                flowable.drawOn(self.canv, x, self.height - self.padding - top - h)
            x += width + self.gap


class FlowingColumns(Columns):
    """Blocks in reading order, cut into two columns of the same width where the taller of the two is lowest.
    Too long for the space left, they go on one after the other at full width (read in order across pages)."""

    def __init__(self, blocks: list[list], **kwargs):
        super().__init__([[f for block in blocks for f in block], []], [0.5, 0.5], **kwargs)
        self.blocks = [block for block in blocks if block]

    def wrap(self, available_width, available_height):
        if self._laid and self.width == available_width:
            return self.width, self.height
        inner = available_width - 2 * self.padding - self.gap
        width = inner / 2
        heights = [sum(self.height_of(f, width) + f.getSpaceBefore() + f.getSpaceAfter() for f in block)
                   for block in self.blocks]
        left = right = heights
        cuts = [k for k in range(len(self.blocks) + 1) if k == 0 or not getattr(self.blocks[k - 1][-1], "keepWithNext", 0)]
        cut = min(cuts, key=lambda k: (max(sum(left[:k]), sum(right[k:])), -k))
        self.columns = [[f for block in self.blocks[:cut] for f in block],
                        [f for block in self.blocks[cut:] for f in block]]
        return super().wrap(available_width, available_height)

    def split(self, available_width, available_height):
        """One after the other; the first split too when it is longer than the space left (a long text),
        since what a split gives first must fit where it is."""
        flowables = [flowable for block in self.blocks for flowable in block]
        self.forget()  # the first is wrapped at the full width here; drawn as columns, all are wrapped again
        if not flowables or flowables[0].wrap(available_width, available_height)[1] <= available_height:
            return flowables
        first = flowables[0].split(available_width, available_height)
        return first + flowables[1:] if first else []


class Sparkline(Flowable):
    """Twelve months of spend: the line; the customer's average (the one printed above it, the tier's: over
    the last ``months`` months, a month without a figure counting 0) as a dashed line over those months,
    labelled with the same word; the first and last month under the axis and the last month's figure with
    the currency. Drawn with lines and the bundled font only (a reportlab Drawing would reference an
    unembedded Helvetica)."""

    def __init__(self, months: list[tuple[tuple[int, int], int]], currency: str, color, w: Wording,
                 average: tuple[int, int], height: float = 12 * mm):
        super().__init__()
        self.months, self.currency, self.color, self.w, self.line_height = months, currency, color, w, height
        self.average_cents, self.average_months = average

    def wrap(self, available_width, available_height):
        self.width = min(available_width, 85 * mm)
        self.height = self.line_height + 10
        return self.width, self.height

    def draw(self) -> None:
        canvas, values = self.canv, [cents for _month, cents in self.months]
        label_width = 24 * mm
        plot = self.width - label_width
        base = 9  # room for the month labels below
        top = max(values + [self.average_cents]) or 1
        step = plot / max(len(values) - 1, 1)
        y = lambda cents: base + (self.line_height - 2) * cents / top  # noqa: E731
        points = [(i * step, y(v)) for i, v in enumerate(values)]
        canvas.setStrokeColor(colors.lightgrey)
        canvas.setLineWidth(0.4)
        canvas.line(0, base, plot, base)
        averaged_from = max(len(values) - self.average_months, 0) * step
        canvas.setDash(2, 1.5)
        canvas.setStrokeColor(MUTED)
        canvas.line(averaged_from, y(self.average_cents), plot, y(self.average_cents))
        canvas.setDash()
        canvas.setStrokeColor(self.color)
        canvas.setFillColor(self.color)
        canvas.setLineWidth(1.2)
        path = canvas.beginPath()
        path.moveTo(*points[0])
        for point in points[1:]:
            path.lineTo(*point)
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.circle(points[-1][0], points[-1][1], 1.6, stroke=0, fill=1)
        canvas.setFillColor(MUTED)
        (first_year, first_month), (last_year, last_month) = self.months[0][0], self.months[-1][0]
        draw_text(canvas, 0, 1, f"{first_year}-{first_month:02d}", 7, plot / 2)
        draw_text(canvas, plot, 1, f"{last_year}-{last_month:02d}", 7, plot / 2, align="right")
        value_y = points[-1][1] - 3
        average_y = y(self.average_cents) - 2.5
        if abs(average_y - value_y) < 9:  # one under the other, never side by side with the month
            average_y = value_y - 9 if value_y >= 10 else value_y + 10
        # the word with a piece of the dashed line before it, a legend: under the last month's figure, a bare
        # "average" read as that figure's caption ("¥147.04 average")
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.6)
        canvas.setDash(2, 1.5)
        canvas.line(plot + 4, average_y + 2.2, plot + 10, average_y + 2.2)
        canvas.setDash()
        draw_text(canvas, plot + 12, average_y, self.w("average"), 7, label_width - 12)
        canvas.setFillColor(self.color)
        draw_text(canvas, plot + 4, value_y, money(values[-1], self.currency), 9, label_width - 4)


def text_width(value: str, size: float) -> float:
    """The width of a line of plain text as ``draw_text`` draws it."""
    return _measure(" ".join(printable(value).split()), size)


def _measure(line: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(piece, font, size) for font, piece in runs(line))


def draw_text(canvas, x: float, y: float, value: str, size: float, width: float, align: str = "left") -> None:
    """One line of plain text straight on the canvas, each run in a font that has it, cut with "…" to the
    width (only for what is printed in full elsewhere on the page)."""
    line = " ".join(printable(value).split())
    if _measure(line, size) > width + 0.01:
        while line and _measure(line + "…", size) > width:
            line = line[:-1]
        line += "…"
    if align == "right":
        x -= _measure(line, size)
    for font, piece in runs(line):
        canvas.setFont(font, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, font, size)


def cut(value: str, limit: int = SUMMARY_CELL) -> str:
    value = " ".join(value.split())
    return value if len(value) <= limit else value[:limit - 1] + "…"


def money(cents: int | None, currency: str) -> str:
    if cents is None:
        return ""
    return f"{currency}{cents / 100:,.2f}" if currency else f"{cents / 100:,.2f}"


def write_pdf(pdf: bytes, target: Path) -> None:
    """Write next to the target, then rename: a failed write never leaves half a PDF under its name."""
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(pdf)
    partial.replace(target)
