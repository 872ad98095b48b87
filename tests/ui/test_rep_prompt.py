"""First run: the Today page asks the rep's name and company once (issue 15), and the brief prints them."""

from PySide6.QtCore import Qt

from models.visits import plan_templates


def test_first_run_asks_the_reps_name_and_company_once(qtbot, open_window, paths):
    window = open_window(paths)
    prompt = window.today.rep_prompt
    qtbot.waitUntil(prompt.isVisible)
    qtbot.mouseClick(prompt.save_button, Qt.MouseButton.LeftButton)  # nothing typed: says what to do
    assert prompt.isVisible() and prompt.message.isVisible()
    qtbot.keyClicks(prompt.name, "Tom Baker")
    qtbot.keyClicks(prompt.company, "Northwind Telecom")
    qtbot.keyClick(prompt.company, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not prompt.isVisible())
    with window.database.db.session() as s:
        assert plan_templates.load_rep(s) == plan_templates.RepProfile("Tom Baker", "Northwind Telecom")
    window.close()
    again = open_window(paths)  # asked once: Settings changes it from now on
    assert again.settings.rep_asked and not again.today.rep_prompt.isVisible()


def test_later_puts_the_question_off_for_good(qtbot, open_window, paths):
    window = open_window(paths)
    prompt = window.today.rep_prompt
    qtbot.waitUntil(prompt.isVisible)
    qtbot.mouseClick(prompt.later_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not prompt.isVisible())
    assert window.settings.rep_asked
    with window.database.db.session() as s:
        assert plan_templates.load_rep(s) == plan_templates.RepProfile()
