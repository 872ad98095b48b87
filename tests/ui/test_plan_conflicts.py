"""A visit's plan saved elsewhere (a manager, another window) while the rep's planner had it open, through
the real planner and the real conflict window: what does not overlap merges without asking, what both
changed is the rep's choice, and Cancel keeps everything typed with nothing written."""

import datetime as dt

import pytest

from models.visits import visits
from tests.ui.test_conflicts import answering, lines_of
from tests.ui.test_visit_planner import customer_id, open_planner, window  # noqa: F401  (fixtures)


def saved_elsewhere(db, visit_id, **changes):
    plan = visits.load_plan(db, visit_id)
    for name, value in changes.items():
        setattr(plan, name, value)
    visits.save_plan(db, plan)


def typed(planner, name, text):
    box = planner.form.texts[name]
    box.setPlainText(text)


@pytest.fixture
def planner(qtbot, window, customer_id):  # noqa: F811
    _visit_id, planner = open_planner(qtbot, window, customer_id)
    typed(planner, "purpose", "Renew the contract")
    assert planner.save_now()
    return planner


def test_changes_that_do_not_overlap_merge_without_asking(planner, monkeypatch):
    shown = answering(monkeypatch, lambda dialog: dialog.reject())
    db, vid = planner.db, planner.plan.id
    saved_elsewhere(db, vid, place="Head office, 5th floor")
    typed(planner, "next_step", "Send the quote")
    assert planner.save_now()
    assert shown == []
    stored = visits.load_plan(db, vid)
    assert (stored.place, stored.next_step, stored.purpose) == ("Head office, 5th floor", "Send the quote",
                                                               "Renew the contract")
    assert planner.form.place.text() == "Head office, 5th floor"  # the window shows what is stored now
    typed(planner, "action_plan", "Bring the figures")  # and keeps working: the next save is a plain one
    assert planner.save_now() and shown == []
    assert visits.load_plan(db, vid).action_plan == "Bring the figures"


def test_both_changed_the_purpose_the_rep_keeps_theirs_or_mine(planner, monkeypatch):
    db, vid = planner.db, planner.plan.id
    saved_elsewhere(db, vid, purpose="Upsell the 5G plan", place="Branch office")

    def keep_mine(dialog):
        assert lines_of(dialog) == [("Place", "杭州市西湖区文三路 90 号", "(unchanged)", "Branch office"),
                                    ("Purpose", "Renew the contract", "* Widen the contract", "  Upsell the 5G plan")]
        dialog.keep_button.click()

    shown = answering(monkeypatch, keep_mine)
    typed(planner, "purpose", "Widen the contract")
    assert planner.save_now()
    assert len(shown) == 1
    stored = visits.load_plan(db, vid)
    assert (stored.purpose, stored.place) == ("Widen the contract", "杭州市西湖区文三路 90 号")  # all of mine


def test_merge_takes_theirs_where_the_rep_chose_it_and_both_sides_elsewhere(planner, monkeypatch):
    db, vid = planner.db, planner.plan.id
    saved_elsewhere(db, vid, purpose="Upsell the 5G plan", place="Branch office")

    def take_theirs_on_the_purpose(dialog):
        line, _mine, theirs = next(choice for choice in dialog.choices if choice[0].path == "purpose")
        theirs.click()
        dialog.merge_button.click()

    shown = answering(monkeypatch, take_theirs_on_the_purpose)
    typed(planner, "purpose", "Widen the contract")
    typed(planner, "next_step", "Send the quote")
    assert planner.save_now() and len(shown) == 1
    stored = visits.load_plan(db, vid)
    assert (stored.purpose, stored.place, stored.next_step) == ("Upsell the 5G plan", "Branch office", "Send the quote")
    assert planner.form.texts["purpose"].toPlainText() == "Upsell the 5G plan"


def test_cancel_keeps_what_was_typed_and_writes_nothing_then_a_merge_saves(planner, monkeypatch):
    db, vid = planner.db, planner.plan.id
    saved_elsewhere(db, vid, purpose="Upsell the 5G plan")
    shown = answering(monkeypatch, lambda dialog: dialog.reject())
    typed(planner, "purpose", "Widen the contract")
    assert not planner.save_now()
    assert "changed elsewhere" in planner.status.text()
    assert planner.form.texts["purpose"].toPlainText() == "Widen the contract"
    assert visits.load_plan(db, vid).purpose == "Upsell the 5G plan"

    def merge_taking_mine(dialog):
        line = next(i for i, line in enumerate(dialog.lines) if line.path == "purpose")
        dialog.choices[[c[0].path for c in dialog.choices].index("purpose")][1].click()
        assert dialog.lines[line].conflict
        dialog.merge_button.click()

    shown[:] = []
    monkeypatch.setattr("ui.dialogs.conflict_dialog.ConflictDialog.exec",
                        lambda dialog: (dialog.show(), shown.append(dialog), merge_taking_mine(dialog), dialog.result())[-1])
    assert planner.save_now()
    assert len(shown) == 1 and visits.load_plan(db, vid).purpose == "Widen the contract"


def test_saved_elsewhere_again_while_the_rep_chose_asks_again_and_keeps_every_side(planner, monkeypatch):
    db, vid = planner.db, planner.plan.id
    saved_elsewhere(db, vid, purpose="Upsell the 5G plan")
    rounds = []

    def choose(dialog):
        rounds.append([line.path for line in dialog.lines])
        if len(rounds) == 1:  # meanwhile the manager saves once more
            saved_elsewhere(db, vid, purpose="Upsell 5G and fibre", place="Branch office")
        dialog.merge_button.click()  # the rep's own purpose (the window's choice where both changed it)

    shown = answering(monkeypatch, choose)
    typed(planner, "purpose", "Widen the contract")
    assert planner.save_now()
    assert len(shown) == 2 and rounds[1] == ["place", "purpose"]
    stored = visits.load_plan(db, vid)
    assert (stored.purpose, stored.place) == ("Widen the contract", "Branch office")


def test_a_conflict_put_off_is_not_asked_at_each_pause_and_closing_asks_before_dropping(planner, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    db, vid = planner.db, planner.plan.id
    saved_elsewhere(db, vid, purpose="Upsell the 5G plan")
    shown = answering(monkeypatch, lambda dialog: dialog.reject())
    typed(planner, "purpose", "Widen the contract")
    assert not planner.save_now() and len(shown) == 1
    typed(planner, "next_step", "Call back")
    assert not planner._save_timer.isActive(), "no autosave meets the conflict again at each pause"
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: (asked.append(args[1]), answers.pop(0))[1])
    planner.reject()  # Esc: the save meets the conflict (put off again), then the rep is asked
    assert planner.isVisible() and len(asked) == 1 and len(shown) == 2
    assert planner.form.texts["purpose"].toPlainText() == "Widen the contract"
    planner.reject()
    assert not planner.isVisible() and len(asked) == 2
    assert visits.load_plan(db, vid).purpose == "Upsell the 5G plan"


def test_questions_shown_in_their_kinds_order_are_no_change_of_anyones(qtbot, window, customer_id, monkeypatch):  # noqa: F811
    from models.visits.visits import QuestionData

    db = window.database.db
    vid = visits.create_visit(db, customer_id, dt.datetime(2026, 12, 3, 10), [])
    plan = visits.load_plan(db, vid)
    plan.questions = [QuestionData("need_payoff", "What would it be worth?"), QuestionData("situation", "How many sites?")]
    visits.save_plan(db, plan)
    window.visits.open_visit(vid)
    planner = window.visits.planner
    qtbot.waitExposed(planner)
    saved_elsewhere(db, vid, purpose="Upsell the 5G plan")
    shown = answering(monkeypatch, lambda dialog: dialog.merge_button.click())
    typed(planner, "purpose", "Widen the contract")
    assert planner.save_now()
    assert [line.path for line in shown[0].lines] == ["purpose"]  # not the questions, which nobody touched
