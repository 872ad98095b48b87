"""The customer list and editor through real widgets over a real demo database."""


import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from models.book.customer_list import CustomerQuery
from ui.dialogs import customer_editor
from ui.item_models.customer_table import CustomerTableModel
from ui.item_models.roles import ID_ROLE
from ui.pages import customers as customers_page
from tests.ui.conftest import type_with_input_method


def customers_shown(count: int) -> str:
    """The count under the list, as English says it (1 customer, 1,234 customers)."""
    return f"{count:,} customer" + ("" if count == 1 else "s")


@pytest.fixture
def window(open_window, paths, demo_template):
    import shutil

    shutil.copy(demo_template, paths.database)
    win = open_window(paths)
    win.show_page(1)
    return win


def names_shown(page) -> list[str]:
    model = page.model
    return [model.rows[i].name for i in range(model.rowCount())]


def customer_count(db, where="1=1") -> int:
    with db.engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM customers WHERE {where}")).scalar()


def test_table_model_passes_qtmodeltester(qtmodeltester, demo_db):
    model = CustomerTableModel(demo_db)
    model.set_query(CustomerQuery())
    qtmodeltester.check(model, force_py=True)  # also fetches more and watches every signal after
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 300
    # No reset after check(): pytest-qt's Python tester re-runs its checks from a modelReset slot that
    # fires before it clears its own "reset in flight" flag, so it would flag its own fetchMore.


def test_sorted_and_searched_model_passes_qtmodeltester(qtmodeltester, demo_db):
    model = CustomerTableModel(demo_db)
    model.set_query(CustomerQuery(search="a", sort="trend", descending=True))
    qtmodeltester.check(model, force_py=True)


def test_sort_happens_in_sql_and_fetch_more_pages_in(demo_db):
    model = CustomerTableModel(demo_db)
    model.set_query(CustomerQuery())
    assert model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 300 and not model.canFetchMore()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.query.sort == "name" and model.query.descending
    keys = [r.sort_name for r in model.rows]  # the name's pinyin (models.book.search_text.sort_key)
    assert keys == sorted(keys, reverse=True) and keys[0].startswith("z")  # (zhu, zhang… Chinese names too)


def test_search_as_you_type_and_keyboard(qtbot, window):
    page = window.customers
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    type_with_input_method(page.search, "秀")
    shown = names_shown(page)
    assert 0 < len(shown) < 300  # names and contacts with 秀
    qtbot.waitUntil(lambda: page.count_label.text() == customers_shown(len(shown)))
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == "" and page.table.hasFocus()
    assert page.model.rowCount() == 200
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    page.table.selectRow(2)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    editor = page.editor
    assert editor.isVisible() and editor.name.text() == page.model.rows[2].name
    editor.done(0)


def test_filters_through_widgets(qtbot, window):
    page = window.customers
    page.segment.setCurrentIndex(page.segment.findData("consumer"))
    assert {r.segment for r in page.model.rows} == {"consumer"}
    page.spend_drop.setChecked(True)
    assert page.model.rows and all(r.spend_drop for r in page.model.rows)
    page.spend_drop.setChecked(False)
    page.segment.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.tag.findData("5G") > 0)  # the tag and owner lists fill once the rows show
    page.tag.setCurrentIndex(page.tag.findData("5G"))
    tagged = customer_count(window.database.db,
                            "id IN (SELECT customer_id FROM customer_tags JOIN tags ON tags.id = tag_id WHERE name='5G')")
    qtbot.waitUntil(lambda: page.count_label.text() == customers_shown(tagged))


def test_new_customer_with_a_mistake_keeps_what_was_typed_then_undo(qtbot, window):
    page = window.customers
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.editor
    editor.activateWindow()  # a window manager does this; offscreen there is none
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    type_with_input_method(editor.name, "欧阳秀英贸易有限公司")
    editor.city.setFocus()
    type_with_input_method(editor.city, "广州")
    qtbot.mouseClick(editor.channels.add_email, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(QApplication.focusWidget(), "sales@@ouyang")  # the cell editor that opened
    before = customer_count(window.database.db)
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.isVisible(), "a failed save keeps the dialog open"
    assert editor.errors["channels"].isVisible()
    assert "Not an email address" in editor.errors["channels"].text()
    assert editor.name.text() == "欧阳秀英贸易有限公司" and editor.city.text() == "广州"
    assert customer_count(window.database.db) == before
    editor.channels.table.item(0, 2).setText("sales@ouyang.cn")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert customer_count(window.database.db) == before + 1
    assert window.undo_action.isEnabled() and "欧阳秀英贸易有限公司" in window.undo_action.text()
    selected = page.table.currentIndex().data(ID_ROLE)
    assert page.model.rows[page.model.row_of(selected)].name == "欧阳秀英贸易有限公司"
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit > Undo
    assert customer_count(window.database.db) == before
    assert "欧阳秀英贸易有限公司" not in names_shown(page)
    window.redo_action.trigger()
    assert customer_count(window.database.db) == before + 1


def test_the_spend_tier_is_offered_live_applied_only_when_chosen_and_undo_reverts_it(qtbot, window, monkeypatch):
    page = window.customers
    page.search.setText("")
    page.table.selectRow(0)
    customer_id = page.selected_id()
    confirmed = page.model.rows[0].tier
    page.open_customer()
    editor = page.editor
    editor.tabs.setCurrentIndex(2)
    spend = editor.spend
    table = spend.table
    for row in range(table.rowCount()):
        table.item(row, 1).setText("")
    table.item(0, 1).setText("1,500.00")  # the current month only: 1500 / 6 = 250 a month
    assert "Diamond" in spend.summary.text() and "250.00" in spend.summary.text()
    assert spend.tier.currentData() == confirmed  # offered, not applied
    assert spend.use_spend_tier.isVisible() == (confirmed != "diamond") and "Diamond" in spend.use_spend_tier.text()
    table.item(0, 1).setText("abc")
    assert "Not an amount" in spend.error.text()
    editor.save()
    assert editor.isVisible() and editor.tabs.currentIndex() == 2
    table.item(0, 1).setText("600")  # 100 a month: silver
    if confirmed == "silver":
        spend.set_tier("gold")
    assert spend.use_spend_tier.isVisible() and "Silver" in spend.use_spend_tier.text()
    qtbot.mouseClick(spend.use_spend_tier, Qt.MouseButton.LeftButton)
    assert spend.tier.currentData() == "silver" and not spend.use_spend_tier.isVisible()
    assert editor.save()
    row = page.model.rows[page.model.row_of(customer_id)]
    assert row.tier == "silver" and row.avg_spend_cents == 100_00
    window.undo_action.trigger()
    row = page.model.rows[page.model.row_of(customer_id)]
    assert row.tier == confirmed and row.avg_spend_cents != 100_00


def test_escape_with_changes_asks_before_discarding(qtbot, window, monkeypatch):
    page = window.customers
    page.table.selectRow(1)
    page.open_customer()
    editor = page.editor
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor.notes.setPlainText("typed and not saved")
    answers = []
    monkeypatch.setattr(customer_editor, "ask_discard", lambda parent: answers.append("asked") or False)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert answers == ["asked"] and editor.isVisible()
    assert editor.notes.toPlainText() == "typed and not saved"
    monkeypatch.setattr(customer_editor, "ask_discard", lambda parent: True)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_delete_with_confirmation_and_undo_brings_everything_back(qtbot, window, monkeypatch):
    page = window.customers
    db = window.database.db
    page.table.selectRow(0)
    victim = page.selected_id()
    visits = customer_count(db, f"id = {victim}") and db.engine.connect().execute(
        text(f"SELECT count(*) FROM visits WHERE customer_id = {victim}")).scalar()
    monkeypatch.setattr(customers_page, "confirm_delete", lambda parent, name: False)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert customer_count(db, f"id = {victim}") == 1
    monkeypatch.setattr(customers_page, "confirm_delete", lambda parent, name: True)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert customer_count(db, f"id = {victim}") == 0
    assert page.model.row_of(victim) == -1
    window.undo_action.trigger()
    assert customer_count(db, f"id = {victim}") == 1
    with db.engine.connect() as conn:
        assert conn.execute(text(f"SELECT count(*) FROM visits WHERE customer_id = {victim}")).scalar() == visits


def test_archive_hides_and_show_archived_shows(qtbot, window):
    page = window.customers
    page.table.selectRow(0)
    archived_id = page.selected_id()
    page.archive_action.trigger()
    assert page.model.row_of(archived_id) == -1
    page.archived.setChecked(True)
    row = page.model.row_of(archived_id)
    assert row >= 0 and page.model.index(row, 0).data().endswith("(archived)")
    window.undo_action.trigger()
    assert not page.model.rows[page.model.row_of(archived_id)].archived


def test_a_record_saved_elsewhere_meanwhile_is_merged_not_overwritten(qtbot, window, monkeypatch):
    from models.book import customers as service
    from ui.dialogs import conflict_dialog

    page = window.customers
    page.table.selectRow(0)
    cid = page.selected_id()
    page.open_customer()
    editor = page.editor
    elsewhere = service.load(window.database.db, cid)  # another window (or rep) saves first
    elsewhere.notes = "saved elsewhere"
    elsewhere.city = "苏州"
    service.save(window.database.db, elsewhere)
    editor.city.setText("杭州")  # both change the city; only this one changes the industry
    editor.industry.setText("零售")
    shown = []

    def answer(parent, name, lines):
        dialog = conflict_dialog.ConflictDialog(name, lines, parent)
        shown.append([(line.label, line.mine, line.theirs) for line in dialog.lines if line.conflict])
        return conflict_dialog.Choice.MERGE, set()  # theirs for the city

    monkeypatch.setattr(conflict_dialog, "ask", answer)
    assert editor.save()
    assert shown == [[("City", "杭州", "苏州")]]
    stored = service.load(window.database.db, cid)
    assert (stored.notes, stored.city, stored.industry) == ("saved elsewhere", "苏州", "零售")


def test_removing_the_first_person_shows_the_next_and_what_is_typed_goes_to_them(qtbot, window):
    from models.book import customers as service
    from models.book.customers import ContactData

    page = window.customers
    page.table.selectRow(0)
    cid = page.selected_id()
    data = service.load(window.database.db, cid)
    data.contacts = [ContactData(name="Mary Davies", title="CEO"), ContactData(name="John Price", title="CTO")]
    data.key_dates = []
    service.save(window.database.db, data)
    page.open_customer()
    people = page.editor.contacts
    people.list.setCurrentRow(0)
    people.remove_button.click()
    assert people.name.text() == "John Price" and people.list.currentRow() == 0
    people.title.selectAll()
    qtbot.keyClicks(people.title, "CFO")
    assert page.editor.save()
    assert [(c.name, c.title) for c in service.load(window.database.db, cid).contacts] == [("John Price", "CFO")]


def test_search_by_pinyin_says_what_matched_and_sort_by_name_follows_pinyin(qtbot, window):
    """A rep types a contact's initials with a Chinese input method (full-width), sees which customers
    and why, clicks "Found by" (not an order: nothing moves), sorts by name, clears the search."""
    from models.book import customers as customer_service
    from models.book.customers import ContactData, CustomerData
    from ui.item_models.customer_table import FOUND_COLUMN

    page = window.customers
    customer_service.save(page.db, CustomerData(name="Harbor Pharma Inc", city="Sydney",
                                                contacts=[ContactData(name="欧阳秀英")]))
    customer_service.save(page.db, CustomerData(name="欧阳秀英", kind="person", city="杭州"))
    assert page.table.isColumnHidden(FOUND_COLUMN)  # nothing searched: no such column
    type_with_input_method(page.search, "ｏｙｘｙ")
    qtbot.waitUntil(lambda: sorted(names_shown(page)) == ["Harbor Pharma Inc", "欧阳秀英"])
    assert not page.table.isColumnHidden(FOUND_COLUMN)
    found = {page.model.index(r, 0).data(): page.model.index(r, FOUND_COLUMN).data() for r in range(page.model.rowCount())}
    assert found == {"Harbor Pharma Inc": "Contact: 欧阳秀英", "欧阳秀英": "Pinyin: ou yang xiu ying"}
    assert {page.model.index(r, FOUND_COLUMN).data(Qt.ItemDataRole.ToolTipRole) for r in range(2)} == set(found.values())
    before = names_shown(page)
    header = page.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + QPoint(header.sectionViewportPosition(FOUND_COLUMN) + 5, 5))
    assert names_shown(page) == before and header.sortIndicatorSection() == 0  # the order stays by name
    page.search.setText("")
    assert page.table.isColumnHidden(FOUND_COLUMN)
    page.table.scrollToBottom()
    page.search.setText("a")  # a new search starts at its first row, wherever the list was
    assert page.table.verticalScrollBar().value() == 0
    page.search.setText("")
    keys = [row.sort_name for row in page.model.rows]
    assert keys == sorted(keys)
    shown = names_shown(page)  # by pinyin, not code points: Chinese names among the Latin ones
    assert any(not a.isascii() and b.isascii() for a, b in zip(shown, shown[1:])), shown[:40]


def test_the_phones_table_keeps_its_rows_when_the_editor_shows_every_mistake(qtbot, window):
    """Mistakes under the name, the city, the website and the phones: the form scrolls instead of squeezing
    the phones' table, which still shows four rows, and the first mistake is in view."""
    page = window.customers
    page.new_customer()
    editor = page.editor
    editor.show()
    qtbot.waitExposed(editor)
    table = editor.channels.table
    for _ in range(3):
        qtbot.mouseClick(editor.channels.add_phone, Qt.MouseButton.LeftButton)
    for row in range(3):
        table.item(row, 2).setText("12")
    editor.city.setText("城" * 101)
    editor.website.setText("not a site")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.errors["channels"].isVisible())
    rows = table.verticalHeader().defaultSectionSize()
    assert table.height() >= table.horizontalHeader().height() + 4 * rows
    name_error = editor.errors["name"]
    qtbot.waitUntil(lambda: not name_error.visibleRegion().isEmpty())
    editor.done(0)


def test_add_phone_opens_the_number_and_highlights_nothing_else(qtbot, window):
    """Add phone: the number's cell is the one being typed in, and no other cell of the row looks chosen
    (the label's highlight made a rep type the number's label there)."""
    page = window.customers
    page.new_customer()
    editor = page.editor
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.mouseClick(editor.channels.add_phone, Qt.MouseButton.LeftButton)
    table = editor.channels.table
    assert (table.currentRow(), table.currentColumn()) == (table.rowCount() - 1, 2)
    assert table.state() == table.State.EditingState
    assert {index.column() for index in table.selectedIndexes()} <= {2}
    editor.done(0)
