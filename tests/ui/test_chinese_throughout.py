"""In Chinese, every text of every window is Chinese: the main window's pages, menus and status bar, the
customer editor on each tab, the planner, the outcome form, Settings, Backups: labels, buttons, group
titles, tabs, placeholders, tooltips, column headers. What is left in Latin letters is data (a name),
a number, a format code or a name that is not translated (Fieldbrief, SQLite, PDF, vCard…)."""

import datetime as dt
import re
import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)


ENGLISH = re.compile(r"\b[A-Za-z]{2,}(?:[ ,'-]+[A-Za-z]{2,})+\b|\b[A-Za-z]{4,}\b")
# names that stay as they are in Chinese, formats and codes
KEPT = {"Fieldbrief", "SQLite", "PostgreSQL", "PDF", "CSV", "vCard", "Excel", "iCalendar", "UTF", "GB18030", "GBK",
        "Windows", "Google", "Outlook", "Letter", "Ctrl", "Shift", "Alt", "Enter", "Esc", "Tab", "Delete", "Home",
        "END", "BEGIN", "VCARD", "xlsx", "vcf", "ics", "sqlite", "dump", "keyring", "localhost", "postgres", "http",
        "https", "www", "example", "com", "name", "SPIN", "FAB", "ABC", "VIP"}


def english_in(text: str, data: set[str]) -> list[str]:
    text = re.sub(r"\{\w+\}", " ", text)  # placeholders ({contact_name}) are codes
    for value in sorted(data, key=len, reverse=True):
        if value and len(value) > 1:
            text = text.replace(value, " ")
    return [w for w in ENGLISH.findall(text) if not all(part in KEPT for part in re.findall(r"[A-Za-z]+", w))]


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything a user reads in ``window`` now (cells of tables and lists are data)."""
    found = [("title", window.windowTitle())]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        kind = type(widget).__name__
        if isinstance(widget, QLabel):
            found.append((kind, widget.text()))
        elif isinstance(widget, QAbstractButton):
            found.append((kind, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((kind, widget.title()))
        elif isinstance(widget, QLineEdit):
            found.append((kind + " placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            found.extend((kind + " item", widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            found.extend((kind, widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            header = widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            found.extend(("header", str(widget.model().headerData(c, Qt.Orientation.Horizontal) or ""))
                         for c in range(header.count()) if not header.isSectionHidden(c))
        if widget.toolTip():
            found.append((kind + " tooltip", widget.toolTip()))
    return [(where, re.sub(r"<[^>]+>", " ", text)) for where, text in found if text]



def data_words(db) -> set[str]:
    """Every name, city, title and the like in the book: data, not the window's words."""
    from sqlalchemy import text

    words = set()
    with db.engine.connect() as conn:
        for query in ("SELECT name, city, industry, owner, address, website FROM customers",
                      "SELECT name, title FROM contacts", "SELECT label, value FROM channels", "SELECT name FROM tags",
                      "SELECT purpose, place, opening_line FROM visits", "SELECT text FROM checklist_items",
                      "SELECT text FROM plan_questions", "SELECT product FROM plan_products",
                      "SELECT objection FROM plan_objections"):
            for row in conn.execute(text(query)):
                words.update(str(v) for v in row if v)
    return words


def test_every_window_reads_in_chinese(qtbot, chinese, open_window, paths, demo_template):
    from ui.dialogs.customer_editor import CustomerEditor
    from ui.dialogs.settings_dialog import SettingsDialog

    shutil.copy(demo_template, paths.database)
    window = open_window(paths)
    db = window.database.db
    data = data_words(db)
    seen = []
    for page in range(3):
        window.show_page(page)
        qtbot.waitUntil(lambda: window.isVisible())
        seen += [(f"page {page} {where}", text) for where, text in visible_texts(window)]
    for action in window.menuBar().actions():
        seen.append(("menu", action.text()))
        if action.menu() is not None:
            seen += [("menu item", a.text()) for a in action.menu().actions() if not a.isSeparator()]
    seen.append(("status bar", window.statusBar().currentMessage()))
    from models.book import customers

    editor = CustomerEditor(db, customers.load(db, window.customers.model.rows[0].id), lambda _data: None)
    qtbot.addWidget(editor)
    editor.show()
    for i in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(i)
        seen += [(f"editor tab {i} {where}", text) for where, text in visible_texts(editor)]
    editor.close()
    settings = SettingsDialog(db)
    qtbot.addWidget(settings)
    settings.show()
    for tabs in settings.findChildren(QTabWidget) or [None]:
        for i in range(tabs.count() if tabs else 1):
            if tabs:
                tabs.setCurrentIndex(i)
            seen += [(f"settings {where}", text) for where, text in visible_texts(settings)]
    settings.close()
    seen += loop_windows(qtbot, db, window.customers.model.rows[0].id)
    assert len(seen) > 500 and sum("planner" in where for where, _text in seen) > 100  # (the walk saw them all)
    data |= {str(paths.database), str(paths.root)}
    english = {(where, text): english_in(text, data) for where, text in seen if english_in(text, data)}
    assert english == {}, "\n".join(f"{w}: {t!r} {e}" for (w, t), e in english.items())


def loop_windows(qtbot, db, customer_id: int) -> list[tuple[str, str]]:
    """The planner of a new visit on each tab, and the outcome form of it on each tab."""
    from models.visits import plan_templates, visits
    from ui.dialogs.outcome_dialog import OutcomeDialog
    from ui.dialogs.visit_planner import VisitPlanner

    with db.session() as s:
        template = plan_templates.load_checklist(s, "zh_CN")
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    vid = visits.create_visit(db, customer_id, dt.datetime.combine(tomorrow, dt.time(10)), template)
    seen = []
    for name, dialog in (("planner", VisitPlanner(db, vid)), ("outcome", OutcomeDialog(db, vid, customer_id, tomorrow))):
        qtbot.addWidget(dialog)
        dialog.show()
        for tabs in dialog.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                seen += [(f"{name} tab {i} {where}", text) for where, text in visible_texts(dialog)]
        dialog.close()
    return seen
