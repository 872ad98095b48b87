"""Two windows on one customer, through the real editor and the real conflict dialog: what the other side
changed is shown beside the rep's, in the editor's words; each choice is the rep's, by mouse or keyboard;
nothing is overwritten that the rep has not seen, also when something goes wrong on the way."""

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QRadioButton

from models.book import customers as service
from models.book.customers import ChannelData, ContactData, CustomerData, KeyDateData
from ui.dialogs import conflict_dialog
from ui.i18n import install_translators
from tests.ui.test_customers_page import window  # noqa: F401  (the customers page over the demo book)


@pytest.fixture
def record(window):
    """A customer of the demo book made known: its people, a phone, spend, a trade fair and a birthday."""
    db = window.database.db
    page = window.customers
    page.table.selectRow(0)
    cid = page.selected_id()
    data = service.load(db, cid)
    data.name, data.city, data.industry = "Brightpath Clinics plc", "Leeds", "Healthcare"
    data.channels = [ChannelData("phone", "+44 20 1111 1111", "office")]
    data.contacts = [ContactData(name="Mary Davies", title="CEO"), ContactData(name="John Price", title="CTO")]
    data.spend = {(2026, 10): 100_00, (2026, 11): 200_00}
    data.key_dates = [KeyDateData("business_event", dt.date(2026, 11, 10), "Trade fair", yearly=False),
                      KeyDateData("birthday", dt.date(1980, 5, 1), contact=0)]
    service.save(db, data)
    window.customers.after_change(cid)
    return cid


def open_editor(window, cid: int):
    page = window.customers
    page.edit_customer(cid)
    return page.editor


def elsewhere(window, cid: int, edit) -> None:
    """Another window (or rep) saves its change first."""
    data = service.load(window.database.db, cid)
    edit(data)
    service.save(window.database.db, data)


def answering(monkeypatch, act):
    """The conflict dialog, shown for real; ``act`` does what the rep does in it. Returns the dialogs shown."""
    shown = []

    def exec_(dialog):
        dialog.show()
        shown.append(dialog)
        act(dialog)
        return dialog.result()

    monkeypatch.setattr(conflict_dialog.ConflictDialog, "exec", exec_)
    return shown


def lines_of(dialog) -> list[tuple[str, ...]]:
    """The dialog's lines as the rep reads them (a chosen value marked with a star)."""
    grid = dialog.grid
    found = []
    for row in range(1, grid.rowCount()):
        cells = []
        for column in range(4):
            item = grid.itemAtPosition(row, column)
            widget = item.widget() if item else None
            if isinstance(widget, QRadioButton):
                cells.append(("* " if widget.isChecked() else "  ") + widget.text())
            elif isinstance(widget, QLabel):
                cells.append(widget.text())
        if cells:
            found.append(tuple(cells))
    return found


def test_their_changes_are_shown_beside_mine_in_the_editors_words_and_merged(qtbot, window, record, monkeypatch):
    editor = open_editor(window, record)

    def theirs(data):
        data.city = "York"  # meets nothing of mine
        data.contacts[0].title = "CIO"
        data.spend[(2026, 11)] = 222_22
    elsewhere(window, record, theirs)
    editor.industry.setText("Hospitals")
    editor.contacts.list.setCurrentRow(0)
    editor.contacts.title.selectAll()
    qtbot.keyClicks(editor.contacts.title, "COO")
    table = editor.spend.table
    next(table.item(r, 1) for r in range(table.rowCount()) if table.item(r, 0).text() == "2026-11").setText("233.00")
    shown = answering(monkeypatch, lambda dialog: dialog.merge_button.click())
    assert editor.save()
    (dialog,) = shown
    assert lines_of(dialog) == [
        ("Mary Davies: Title", "CEO", "* COO", "  CIO"),
        ("Spend 2026-11", "200.00", "* 233.00", "  222.22"),
        ("Industry", "Healthcare", "Hospitals", "(unchanged)"),
        ("City", "Leeds", "(unchanged)", "York"),
    ]
    said = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "You both changed 2 things" in said
    assert "their changes listed here are overwritten" in said and "your changes are dropped" in said
    stored = service.load(window.database.db, record)
    assert (stored.city, stored.industry, stored.contacts[0].title, stored.spend[(2026, 11)]) == \
        ("York", "Hospitals", "COO", 233_00)


def test_a_person_removed_here_and_retitled_there_is_a_conflict_named_by_the_person(qtbot, window, record, monkeypatch):
    editor = open_editor(window, record)
    elsewhere(window, record, lambda data: setattr(data.contacts[0], "title", "CIO"))
    editor.contacts.list.setCurrentRow(0)
    editor.contacts.remove_contact()

    def keep_theirs(dialog):
        _line, _mine, theirs = dialog.choices[0]
        theirs.click()
        dialog.merge_button.click()
    shown = answering(monkeypatch, keep_theirs)
    assert editor.save()
    assert lines_of(shown[0]) == [("Mary Davies", "Mary Davies, CEO", "  Removed", "* Title changed to CIO")]
    stored = service.load(window.database.db, record)
    assert [(c.name, c.title) for c in stored.contacts] == [("Mary Davies", "CIO"), ("John Price", "CTO")]
    assert len(stored.key_dates) == 2  # her birthday stays with her


def test_a_phone_and_a_date_changed_on_both_sides_are_one_line_each_and_one_row_each(qtbot, window, record,
                                                                                     monkeypatch):
    editor = open_editor(window, record)

    def theirs(data):
        data.channels[0].value = "+44 20 3333 3333"
        next(k for k in data.key_dates if k.label == "Trade fair").date = dt.date(2026, 11, 19)
    elsewhere(window, record, theirs)
    editor.channels.table.item(0, 2).setText("+44 20 4444 4444")
    row = next(r for r in range(editor.dates.table.rowCount()) if editor.dates.table.item(r, 5).text() == "Trade fair")
    editor.dates.table.cellWidget(row, 2).setDate(dt.date(2026, 11, 17))
    shown = answering(monkeypatch, lambda dialog: dialog.merge_button.click())
    assert editor.save()
    assert lines_of(shown[0]) == [
        ("Phones, emails", "Phone (office): +44 20 1111 1111", "* Phone (office): +44 20 4444 4444",
         "  Phone (office): +44 20 3333 3333"),
        ("Dates", "Business event “Trade fair” 2026-11-10", "* Business event “Trade fair” 2026-11-17",
         "  Business event “Trade fair” 2026-11-19"),
    ]
    stored = service.load(window.database.db, record)
    assert [ch.value for ch in stored.channels] == ["+44 20 4444 4444"]
    assert sorted(k.date for k in stored.key_dates) == [dt.date(1980, 5, 1), dt.date(2026, 11, 17)]


def test_a_new_version_with_nothing_new_in_it_asks_nothing(qtbot, window, record, monkeypatch):
    from models.book import undo

    editor = open_editor(window, record)
    data = service.load(window.database.db, record)
    data.city = "York"
    undo.run(window.database.db, service.save(window.database.db, data), undo=True)  # saved and taken back
    editor.industry.setText("Hospitals")
    shown = answering(monkeypatch, lambda dialog: dialog.reject())
    assert editor.save()
    assert shown == []
    stored = service.load(window.database.db, record)
    assert (stored.city, stored.industry) == ("Leeds", "Hospitals")


def test_a_merge_that_fails_leaves_the_editor_as_it_was_and_the_next_save_meets_the_conflict_again(
        qtbot, window, record, monkeypatch):
    editor = open_editor(window, record)
    elsewhere(window, record, lambda data: setattr(data, "city", "York"))
    editor.industry.setText("Hospitals")
    shown = []
    monkeypatch.setattr(conflict_dialog, "ask", lambda *args: shown.append(args) or (conflict_dialog.Choice.MERGE, set()))

    def broken(*_args):
        raise RuntimeError("a bug in the merge")
    real = service.resolve
    monkeypatch.setattr(service, "resolve", broken)
    with pytest.raises(RuntimeError):
        editor.save()
    assert service.load(window.database.db, record).city == "York"
    monkeypatch.setattr(service, "resolve", real)
    assert editor.save()
    assert len(shown) == 2, "the conflict is shown again"
    stored = service.load(window.database.db, record)
    assert (stored.city, stored.industry) == ("York", "Hospitals")


def test_taking_all_of_theirs_in_a_merge_shows_theirs_in_the_list(qtbot, window, record, monkeypatch):
    page = window.customers
    editor = open_editor(window, record)
    elsewhere(window, record, lambda data: setattr(data, "city", "York"))
    editor.city.setText("Bath")
    assert page.model.rows[page.model.row_of(record)].city == "Leeds"
    monkeypatch.setattr(conflict_dialog, "ask", lambda *_args: (conflict_dialog.Choice.MERGE, set()))  # theirs
    assert editor.save()
    assert page.model.rows[page.model.row_of(record)].city == "York"


def test_the_keyboard_starts_on_the_first_choice_chooses_with_the_arrows_and_tabs_to_the_buttons(
        qtbot, window, record, monkeypatch):
    editor = open_editor(window, record)

    def theirs(data):
        data.city, data.industry = "York", "Clinics"
    elsewhere(window, record, theirs)
    editor.city.setText("Bath")
    editor.industry.setText("Hospitals")
    seen = []

    def by_keyboard(dialog):
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        (_l1, mine1, theirs1), (_l2, mine2, theirs2) = dialog.choices
        assert QApplication.focusWidget() is mine1
        qtbot.keyClick(mine1, Qt.Key.Key_Right)  # choose theirs for the first line
        assert theirs1.isChecked() and theirs1.hasFocus() and not mine1.isChecked()
        assert theirs1.font().bold() and not mine1.font().bold()  # what is kept is seen
        qtbot.keyClick(theirs1, Qt.Key.Key_Down)  # the next line, its choice as it was
        assert mine2.hasFocus() and mine2.isChecked() and theirs1.isChecked()
        for _ in range(10):
            if QApplication.focusWidget() is dialog.merge_button:
                break
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget() is dialog.merge_button)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # past Merge to Keep mine, and back
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)  # on a choice again, Enter merges
        seen.append(QApplication.focusWidget() in (mine2, theirs2, theirs1, mine1))
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    answering(monkeypatch, by_keyboard)
    assert editor.save()
    assert seen == [True, True], "Tab reaches the buttons"
    stored = service.load(window.database.db, record)
    assert (stored.industry, stored.city) == ("Clinics", "Bath")  # theirs for the first line, mine for the second


def test_the_conflict_speaks_chinese(qtbot, app, window, record, monkeypatch):
    translators = install_translators(app, "zh_CN")
    try:
        editor = open_editor(window, record)
        elsewhere(window, record, lambda data: setattr(data, "city", "约克"))
        editor.city.setText("巴斯")
        texts = []

        def read_and_cancel(dialog):
            texts.extend([dialog.windowTitle(), *(w.text() for w in dialog.findChildren(QLabel)),
                          *(b.text() for b in dialog.findChildren(QRadioButton)),
                          *(b.text() for b in (dialog.merge_button, dialog.keep_button, dialog.take_button))])
            dialog.reject()
        answering(monkeypatch, read_and_cancel)
        assert not editor.save()
        texts.append(editor.message.text())
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        from ui import labels

        labels.clear_cache()
    assert texts[0] == "已在别处修改：Brightpath Clinics plc"
    assert {"字段", "打开时", "你的", "对方的（已保存）", "城市"} <= set(texts)
    english = [t for t in texts if any(word in t for word in ("Field", "Yours", "Theirs", "Merge", "Keep", "Take",
                                                              "changed", "saved", "City", "opened"))]
    assert english == []
    assert QCoreApplication.translate("ConflictDialog", "Field") == "Field"
