"""How the brief and the day sheet fall on pages, read back from the real PDF: side-by-side columns cut at the
end of a page, the header and the page numbers of every page, where lines break. (The fixes after a tester's
try of issue 15; the helpers are test_brief.py's.)"""

import dataclasses

from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer

from models import customers, plan_templates, visits
from models.brief.compose import compose_brief
from models.brief.render import BriefDocument, Columns, Para, Styles, heading, register_font, text
from models.customers import ContactData, CustomerData
from tests.brief_plans import VISIT_AT
from tests.models.test_brief import pdf_text, qpdf_ok, squeeze


def test_1_columns_that_start_a_line_or_less_above_the_end_of_a_page_continue_on_the_next(tmp_path):
    """A split that cannot keep even one line of a column's first text must not leave it without its lines
    (reportlab's Paragraph drops them then): it crashed the brief with "'Para' object has no attribute
    'blPara'" when it was drawn on the next page."""
    register_font()
    st = Styles()
    height = 120 * mm
    for room in range(1, 40, 3):  # points left on the page where the columns start
        columns = Columns([[heading(text("Who to meet"), st.label), Para(text("Sarah Collins, Head of Procurement"), st.body)],
                           [heading(text("Goal"), st.label), Para(text("Sign the 5G plan " * 60), st.body)]],
                          [0.45, 0.55], background=None, padding=4)
        out = tmp_path / f"columns-{room}.pdf"
        doc = BaseDocTemplate(str(out), pagesize=(100 * mm, height + 20 * mm),
                              pageTemplates=[PageTemplate("page", [Frame(10 * mm, 10 * mm, 80 * mm, height,
                                                                           leftPadding=0, rightPadding=0,
                                                                           topPadding=0, bottomPadding=0)])])
        doc.build([Spacer(0, height - room), columns])
        pdf = out.read_bytes()
        qpdf_ok(pdf, tmp_path)
        words = squeeze(pdf_text(pdf, tmp_path))
        assert "SarahCollins" in words and words.count("Signthe5Gplan") == 60, room


def test_1_a_long_goal_and_a_long_opening_line_print_whatever_their_length(db, tmp_path):
    cid = customers.save(db, CustomerData(name="Harbour Logistics Ltd",
                                          contacts=[ContactData(name="Sarah Collins", title="Head of Procurement")])).customer_id
    vid = visits.create_visit(db, cid, VISIT_AT, plan_templates.default_checklist("en"))
    data = compose_brief(db, vid)
    for lang in ("en", "zh_CN"):
        document = BriefDocument(lang)
        for length in range(1800, 2320, 13):  # where the goal's box ends moves down the page a line at a time
            goal = ("Sign the 5G plan and move all lines " * 100)[:length] + " END-OF-GOAL"
            opening = ("Good morning Sarah, I am Tom from Northwind. " * 100)[:length] + " END-OF-OPENING"
            pdf = document.brief_pdf(dataclasses.replace(data, plan=dataclasses.replace(data.plan, purpose=goal),
                                                         opening_line=opening))
            words = pdf_text(pdf, tmp_path)
            assert "END-OF-GOAL" in words and "END-OF-OPENING" in words, (lang, length)
    qpdf_ok(pdf, tmp_path)
