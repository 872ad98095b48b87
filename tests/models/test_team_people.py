"""The people of the team and a customer handed over: what goes with it and what stays, the record of it,
undo and redo, the report before and after, and what is refused; on both databases."""

import pytest
from sqlalchemy import select

import main
from models.book import customers, undo
from models.book.customers import CustomerData
from models.entities import Customer, FollowUp, HandOver, Outcome, Promise, Visit
from models.errors import KnownError
from models.reports.figures import figures
from models.team.hand_over import hand_over, hand_overs
from models.team.reps import TeamMember, names, set_member, team
from models.visits import visits
from models.vocabulary import RepRole
from models.visits.outcomes import FollowUpData, PromiseData
from tests.report_book import EMMA, NOW, WEEK, ZHANG, at, build_book, held


@pytest.fixture
def book(db):
    return build_book(db)


def _id(db, name):
    with db.session() as s:
        return s.scalar(select(Customer.id).where(Customer.name == name))


def owners(db, cid):
    """Each visit's (start, status, owner), the follow-ups' (due, status, owner), the promises' (text, owner)."""
    with db.session() as s:
        return (
            sorted((v.planned_start.day, v.status.value, v.owner) for v in s.scalars(
                select(Visit).where(Visit.customer_id == cid))),
            sorted((f.due_on.isoformat(), f.status.value, f.owner) for f in s.scalars(
                select(FollowUp).where(FollowUp.customer_id == cid))),
            sorted((p.text, p.status.value, p.owner) for p in s.scalars(
                select(Promise).join(Outcome).join(Visit).where(Visit.customer_id == cid))),
        )


def test_what_a_rep_makes_is_theirs(db):
    cid = customers.save(db, CustomerData(name="华信科技", owner=ZHANG)).customer_id
    held(db, cid, at(1), "progressed", promises=[PromiseData("送合同", "us", at(3).date())],
         follow_up=FollowUpData(at(8).date()))
    visits.create_visit(db, cid, at(9), [])
    assert owners(db, cid) == ([(1, "done", ZHANG), (9, "planned", ZHANG)], [("2026-12-08", "open", ZHANG)],
                               [("送合同", "open", ZHANG)])


def test_a_customer_handed_over_takes_its_open_work_and_leaves_its_history(book):
    c = _id(book, "长城商贸")  # Zhang's: held on 20 November, a follow-up overdue, visits on the 5th and the 8th
    before = figures(book, WEEK, ZHANG, now=NOW), figures(book, WEEK, EMMA, now=NOW)
    assert (before[0].visits.total, before[0].follow_ups.overdue, before[1].visits.total) == (2, 1, 2)
    frozen = owners(book, c)

    done = hand_over(book, c, EMMA, by="陈经理")
    assert (done.customer, done.from_owner, done.to_owner) == ("长城商贸", ZHANG, EMMA)
    assert (done.visits, done.follow_ups, done.promises) == (2, 1, 0)
    assert owners(book, c) == ([(5, "planned", EMMA), (8, "planned", EMMA), (20, "done", ZHANG)],
                               [("2026-11-28", "open", EMMA)], [])
    [record] = hand_overs(book, c)
    assert (record.from_owner, record.to_owner, record.by, record.visits, record.follow_ups) == (
        ZHANG, EMMA, "陈经理", 2, 1)
    # the week's report: the visit on Saturday and the overdue follow-up are Emma's now
    after = figures(book, WEEK, ZHANG, now=NOW), figures(book, WEEK, EMMA, now=NOW)
    assert (after[0].visits.total, after[0].follow_ups.overdue, after[1].visits.total,
            after[1].follow_ups.overdue) == (1, 0, 3, 1)
    assert figures(book, WEEK, now=NOW).visits.total == 4  # (the team's week is the same week)

    undo.run(book, done.change, undo=True)
    assert owners(book, c) == frozen and hand_overs(book, c) == []
    assert customers.load(book, c).owner == ZHANG
    undo.run(book, done.change, undo=False)
    assert owners(book, c)[1] == [("2026-11-28", "open", EMMA)] and len(hand_overs(book, c)) == 1

    # and back, with Acme's open promise going the other way
    b = _id(book, "Acme Ltd")
    back = hand_over(book, b, ZHANG)
    assert (back.visits, back.follow_ups, back.promises) == (0, 0, 1)
    assert ("Quote", "open", ZHANG) in owners(book, b)[2] and ("Send the bill", "broken", EMMA) in owners(book, b)[2]


def test_a_hand_over_that_cannot_be_is_refused_and_changes_nothing(book):
    c = _id(book, "长城商贸")
    frozen = owners(book, c)
    with pytest.raises(KnownError, match="No rep of the team is called Nobody"):
        hand_over(book, c, "Nobody")
    with pytest.raises(KnownError, match="is 张伟's customer already"):  # (a name in another case is the same)
        hand_over(book, _id(book, "华信科技"), " 张伟 ")

    with pytest.raises(KnownError, match="is 张伟's customer already"):
        hand_over(book, c, ZHANG)
    with pytest.raises(KnownError, match="no customer with id 999"):
        hand_over(book, 999, EMMA)
    assert owners(book, c) == frozen
    with book.session() as s:
        assert s.scalars(select(HandOver)).all() == []


def test_the_team_is_its_reps_and_the_owners_of_customers(book):
    assert names(book) == [EMMA, ZHANG]  # owners only, until someone is added
    set_member(book, "陈经理", RepRole.MANAGER, "chen")
    set_member(book, ZHANG, login="zhangwei")
    by_name = {m.name: m for m in team(book)}
    assert (by_name["陈经理"].role, by_name["陈经理"].login) == (RepRole.MANAGER, "chen")
    assert (by_name[ZHANG].role, by_name[ZHANG].login, by_name[EMMA].login) == (RepRole.REP, "zhangwei", None)
    hand_over(book, _id(book, "长城商贸"), "陈经理")  # a manager can own customers too
    for bad, message in ((("  ",), "needs a name"), ((EMMA, "rep", "Emma Wilson"), "cannot be a database login"),
                         ((EMMA, "rep", "chen"), "belongs to 陈经理 already")):
        with pytest.raises(KnownError, match=message):
            set_member(book, *bad)
    assert {m.name: m.login for m in team(book)} == {EMMA: None, ZHANG: "zhangwei", "陈经理": "chen"}
    # what is not given stays as it was
    assert set_member(book, "陈经理", login="chen2") == TeamMember("陈经理", RepRole.MANAGER, "chen2")
    assert set_member(book, "陈经理", RepRole.REP) == TeamMember("陈经理", RepRole.REP, "chen2")
    assert set_member(book, "陈经理", no_login=True) == TeamMember("陈经理", RepRole.REP, None)


def test_the_command_line_lists_the_team_and_hands_a_customer_over(book, capsys):
    common = ["--database", book.url, "--lang", "en", "team"]
    assert main.main([*common, "set", "陈经理", "--role", "manager", "--login", "chen"]) == 0
    assert "陈经理 is on the team as manager, login chen." in capsys.readouterr().out
    assert main.main([*common, "list"]) == 0
    # (by pinyin: chen, emma, zhang)
    assert capsys.readouterr().out.splitlines() == ["陈经理\tmanager\tchen", f"{EMMA}\trep\t–", f"{ZHANG}\trep\t–"]
    c = _id(book, "长城商贸")
    assert main.main([*common, "hand-over", str(c), "--to", EMMA]) == 0
    assert capsys.readouterr().out.strip() == (
        f"Handed 长城商贸 over from {ZHANG} to {EMMA}, with 2 visits to come, 1 open follow-up and 0 open promises.")
    assert main.main([*common, "hand-over", str(c), "--to", "Nobody"]) == 1
    assert "No rep of the team is called Nobody" in capsys.readouterr().err


def test_a_rep_s_name_may_be_typed_in_any_case(book):
    done = hand_over(book, _id(book, "华信科技"), "EMMA wilson")
    assert done.to_owner == EMMA and customers.load(book, _id(book, "华信科技")).owner == EMMA
