"""The Reports page as a manager uses it: open it (Ctrl+4), go to the week, read the figures and the charts,
choose a rep, turn to the next week, print the report; a book the figures cannot be counted from says so."""

import sqlite3
import subprocess

import pytest
from PySide6.QtCore import Qt

from models.reports.period import MONTH
from models.storage.db import open_database
from tests.report_book import EMMA, WEEK, ZHANG, build_book


@pytest.fixture
def report_paths(paths):
    db = open_database(paths.database_url)
    build_book(db)
    db.close()
    return paths


def shown_page(qtbot, window):
    window.show_page(3)
    page = window.reports
    qtbot.waitUntil(lambda: hasattr(page, "print_report"), timeout=10_000)  # (the placeholder replaced)
    return page


def figures_for(qtbot, page, period, rep=None):
    """Go to ``period`` and ``rep`` as a user would (the rep from the list), and wait for their figures."""
    page._go(period)
    if rep is not None:
        qtbot.waitUntil(lambda: page.rep.findData(rep) >= 0, timeout=10_000)
        page.rep.setCurrentIndex(page.rep.findData(rep))
    qtbot.waitUntil(lambda: page.figures is not None and page.figures.period == period
                    and page.figures.rep == rep and page.loading is None, timeout=10_000)
    return page.figures


def box_texts(page) -> list[str]:
    return [page.boxes.itemAt(i).widget().findChildren(type(page.message))[1].text() for i in range(page.boxes.count())]


def test_the_week_for_the_team_then_one_rep_then_the_next_week_then_a_month(qtbot, open_window, report_paths):
    window = open_window(report_paths)
    page = shown_page(qtbot, window)
    assert window.navigation.item(3).text() == "Reports"
    f = figures_for(qtbot, page, WEEK)
    assert box_texts(page)[:3] == ["2", "1", "1"]  # done, cancelled, won
    assert page.by_rep.isVisible() and page.by_rep.rowCount() == 2
    assert {page.by_rep.item(r, 0).text() for r in range(2)} == {ZHANG, EMMA}
    assert "won: 1" in page.results_chart.accessibleDescription().lower()
    assert "reached the 4th follow-up" in page.notes.text()
    assert page.period_label.text().startswith("<b>2026-W49</b>")

    f = figures_for(qtbot, page, WEEK, ZHANG)
    assert (f.visits.total, f.visits.done) == (2, 1) and not page.by_rep.isVisible()
    qtbot.keyClick(page.later, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # Alt+Right: the next week
    qtbot.waitUntil(lambda: page.figures.period == WEEK.following() and page.loading is None, timeout=10_000)
    assert page.figures.rep == ZHANG and page.figures.visits.total == 1  # C on 8 December, still the rep's
    page.kind.setCurrentIndex(page.kind.findData(MONTH))
    qtbot.waitUntil(lambda: page.figures.period.kind == MONTH and page.loading is None, timeout=10_000)
    assert page.figures.period.label == "2026-12" and page.figures.visits.total == 3  # A, C on the 5th and the 8th


def test_the_report_as_pdf_from_the_page(qtbot, open_window, report_paths, tmp_path):
    window = open_window(report_paths)
    page = shown_page(qtbot, window)
    figures_for(qtbot, page, WEEK, EMMA)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=20_000)
    pdf = tmp_path / "shown.pdf"
    pdf.write_bytes(page.preview.pdf)
    words = " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                                    check=True).stdout.split())
    assert f"Weekly report · {EMMA} · 2026-W49" in words and "Acme Ltd" in words
    page.preview.close()


def test_figures_that_cannot_be_counted_say_so_instead_of_a_blank_page(qtbot, open_window, report_paths):
    window = open_window(report_paths)
    page = shown_page(qtbot, window)
    figures_for(qtbot, page, WEEK)
    conn = sqlite3.connect(report_paths.database)
    conn.execute("DROP TABLE promises")  # (another program broke the book)
    conn.commit()
    conn.close()
    page._go(WEEK.preceding())
    qtbot.waitUntil(lambda: "could not be counted" in page.message.text(), timeout=10_000)
    assert not page.content.isVisible()
