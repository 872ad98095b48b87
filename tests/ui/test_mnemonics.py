"""Alt+letter does one thing: in each window of the loop (the planner on each of its tabs, the outcome form,
the forms of a follow-up or a promise, the customer's Activity tab), no two visible labels, buttons or tabs
underline the same letter, in English and in Chinese (whose translations carry their own letters)."""

import collections
import datetime as dt
import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget

from models.book import customers

from models.visits import plan_templates, visits
from models.book.customers import CustomerData
from models.storage.db import open_database
from ui.i18n import install_translators


@pytest.fixture(params=["en", "zh_CN"])
def lang(request, app):
    translators = install_translators(app, request.param)
    yield request.param
    for translator in translators:
        app.removeTranslator(translator)
    install_translators(app, "en")


@pytest.fixture
def db(paths):
    database = open_database(paths.database_url)
    yield database
    database.close()


def letters(text: str) -> list[str]:
    return [letter.lower() for letter in re.findall(r"&(\w)", text.replace("&&", ""))]


def clashes(window) -> dict[str, list[str]]:
    """The letters underlined more than once among what can be seen of ``window`` now."""
    found = collections.defaultdict(list)
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QLabel) + window.findChildren(QGroupBox):
        if widget.isVisibleTo(window) and widget.isEnabled():
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            for letter in letters(text):
                found[letter].append(text)
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisibleTo(window):
            for i in range(tabs.count()):
                for letter in letters(tabs.tabText(i)):
                    found[letter].append(tabs.tabText(i))
    return {letter: texts for letter, texts in found.items() if len(texts) > 1}


def each_tab(qtbot, window):
    """``window`` on each page of each of its tab widgets, in turn."""
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for tabs in window.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            yield tabs.tabText(i)


def test_the_planner_and_the_outcome_form(qtbot, lang, db):
    from ui.dialogs.outcome_dialog import OutcomeDialog
    from ui.dialogs.visit_planner import VisitPlanner

    cid = customers.save(db, CustomerData(name="Pioneer Hotels & Co")).customer_id
    with db.session() as s:
        template = plan_templates.load_checklist(s, lang)
    vid = visits.create_visit(db, cid, dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(10)),
                              template)
    planner = VisitPlanner(db, vid)
    for tab in each_tab(qtbot, planner):
        assert clashes(planner) == {}, tab
    form = OutcomeDialog(db, vid, cid, dt.date.today() + dt.timedelta(days=1))
    for tab in each_tab(qtbot, form):
        assert clashes(form) == {}, tab
    assert clashes(form) == {}
    form.close()
    planner.close()


def test_the_forms_of_the_loop(qtbot, lang):
    from ui.dialogs.loop_dialogs import FollowUpDoneDialog, NewDateDialog, ReasonDialog

    for form in (FollowUpDoneDialog("Pioneer · phone: the offer", "phone", 2),
                 NewDateDialog("Reschedule", "Pioneer · phone: the offer", dt.date.today()),
                 ReasonDialog("Drop", "Pioneer · phone: the offer", "&Drop")):
        qtbot.addWidget(form)
        form.show()
        assert clashes(form) == {}, form.windowTitle()
        form.close()


def test_the_customers_activity_tab(qtbot, lang, db):
    from ui.dialogs.customer_editor import CustomerEditor

    data = customers.load(db, customers.save(db, CustomerData(name="华信科技有限公司")).customer_id)
    editor = CustomerEditor(db, data, lambda _data: None)
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentWidget(editor.activity)
    assert clashes(editor) == {}
    editor.close()


def test_each_field_of_the_customer_editor_is_reached_by_its_alt_letter(qtbot, lang, db):
    """A row's label underlines a letter; Alt+that letter puts the cursor in the row's field (a field with its
    error line under it was unreachable: the label's buddy was the box around them)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QFormLayout

    from ui.dialogs.customer_editor import CustomerEditor

    data = customers.load(db, customers.save(db, CustomerData(name="华信科技有限公司")).customer_id)
    editor = CustomerEditor(db, data, lambda _data: None)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    form = editor.name.parentWidget().parentWidget().layout()
    assert isinstance(form, QFormLayout)
    reached = []
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is None or field is None or field.widget() is None:
            continue
        text = label.widget().text()
        letter = re.search(r"&(\w)", text)
        if letter is None or clashes(editor).get(letter.group(1).lower()):
            continue  # (no letter, or one the tab's others share: test_the_customers_activity_tab's business)
        target = label.widget().buddy()
        while target is not None and target.focusProxy() is not None:
            target = target.focusProxy()
        assert target is not None and target.focusPolicy() != Qt.FocusPolicy.NoFocus, text
        assert target is field.widget() or field.widget().isAncestorOf(target), text  # (its own row's)
        if isinstance(target, QAbstractButton):  # (pressed, it opens its own dialog)
            continue
        qtbot.keyClick(QApplication.focusWidget(), letter.group(1).lower(), Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is target or target.isAncestorOf(QApplication.focusWidget()), text
        reached.append(text)
    assert len(reached) >= 8


def test_the_customer_editor_s_details_and_its_tabs(qtbot, lang, db):
    from ui.dialogs.customer_editor import CustomerEditor

    data = customers.load(db, customers.save(db, CustomerData(name="华信科技有限公司")).customer_id)
    editor = CustomerEditor(db, data, lambda _data: None)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.tabs.currentIndex() == 0
    assert clashes(editor) == {}
    editor.close()


def menu_clashes(menu_bar) -> dict[str, list[str]]:
    """Letters underlined twice among the menu bar's menus, or among the items of one menu."""
    found = {}
    groups = [[action.text() for action in menu_bar.actions() if action.isVisible()]]
    groups += [[a.text() for a in action.menu().actions() if a.isVisible() and not a.isSeparator()]
               for action in menu_bar.actions() if action.menu() is not None]
    for texts in groups:
        seen = collections.defaultdict(list)
        for text in texts:
            for letter in letters(text):
                seen[letter].append(text)
        found.update({f"{letter}: {texts[0]}": hits for letter, hits in seen.items() if len(hits) > 1})
    return found


def test_every_window_and_dialog_has_unique_access_keys(qtbot, lang, open_window, paths, demo_template):
    """The main window (each page, and its menus), the customer editor on each tab, Settings, the backups,
    the team database's and the duplicates' dialogs."""
    import shutil

    from ui.dialogs.customer_editor import CustomerEditor
    from ui.dialogs.duplicates_dialog import DuplicatesDialog
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.dialogs.team_database_dialog import TeamDatabaseDialog

    shutil.copy(demo_template, paths.database)
    window = open_window(paths)
    found = {}
    for page in range(3):
        window.show_page(page)
        qtbot.wait_until(lambda: window.isVisible())
        found.update({f"page {page} {k}": v for k, v in clashes(window).items()})
    found.update(menu_clashes(window.menuBar()))
    db = window.database.db
    some = customers.load(db, window.customers.model.rows[0].id)
    dialogs = [CustomerEditor(db, some, lambda _data: None), SettingsDialog(db), DuplicatesDialog(db),
               TeamDatabaseDialog("Open Team Database", "&Open")]
    qtbot.waitUntil(lambda: window.backups is not None)  # (built after the first paint)
    window.backups.show_backups()
    dialogs.append(window.backups.dialog)
    for dialog in dialogs:
        for tab in each_tab(qtbot, dialog):
            found.update({f"{type(dialog).__name__} {tab} {k}": v for k, v in clashes(dialog).items()})
        found.update({f"{type(dialog).__name__} {k}": v for k, v in clashes(dialog).items()})
        dialog.close()
    assert found == {}
