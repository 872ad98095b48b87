"""Today for one rep and for the team: every section of a rep's Today holds only their work, and the reps'
Todays together are the team's; a customer handed over takes its open work to the new rep's Today; who
"me" is on a laptop's book and on the team database."""

import datetime as dt

import pytest

from models.team.hand_over import hand_over
from models.team.reps import me, names
from models.visits import plan_templates, today
from tests.conftest import DEMO_TODAY
from tests.report_book import EMMA, NOW, ZHANG, build_book

MORNING = dt.datetime.combine(DEMO_TODAY, dt.time(8, 30))


def test_the_reps_todays_together_are_the_team_s(demo_db):
    team = today.page(demo_db, MORNING)
    reps = names(demo_db)
    assert len(reps) == 5
    mine = {rep: today.page(demo_db, MORNING, owner=rep) for rep in reps}
    for key in today.SECTIONS:
        assert sum(page.sections[key].total for page in mine.values()) == team.sections[key].total, key
    assert team.sections[today.VISITS].total and team.sections[today.OVERDUE].total  # (something to split)
    for rep, page in mine.items():  # each line of a rep's Today is of one of their customers
        customers = {line.customer_id for section in page.sections.values() for line in section.lines}
        with demo_db.engine.connect() as conn:
            owners = {row[0] for row in conn.exec_driver_sql(
                "SELECT DISTINCT owner FROM customers WHERE id IN (%s)" % ",".join(map(str, customers)))}
        assert owners <= {rep}, (rep, owners)
    # a rep's search and Show all… pages stay within their work
    rep = reps[0]
    overdue = today.section(demo_db, today.OVERDUE, MORNING, 500, owner=rep)
    assert overdue.total == len(overdue.lines) == mine[rep].sections[today.OVERDUE].total
    second = today.section(demo_db, today.OVERDUE, MORNING, 3, offset=3, owner=rep)
    assert second.lines == overdue.lines[3:6]


@pytest.fixture
def book(db):
    return build_book(db)


def test_a_hand_over_moves_the_open_work_to_the_new_rep_s_today(book):
    def overdue(rep):
        return [line.customer_name for line in today.section(book, today.OVERDUE, NOW, 20, owner=rep).lines]

    assert (overdue(ZHANG), overdue(EMMA)) == (["长城商贸"], [])
    cid = today.section(book, today.OVERDUE, NOW, 20).lines[0].customer_id
    hand_over(book, cid, EMMA)
    assert (overdue(ZHANG), overdue(EMMA)) == ([], ["长城商贸"])


def test_me_is_the_rep_the_first_run_asked_for_once_the_team_has_them(book):
    assert me(book) is None  # nobody said who they are: the whole book's work shows
    with book.session() as s, s.begin():
        plan_templates.save_rep(s, plan_templates.RepProfile("Someone Else", ""))
    if book.engine.dialect.name == "sqlite":
        assert me(book) is None  # not one of the team
        with book.session() as s, s.begin():
            plan_templates.save_rep(s, plan_templates.RepProfile(EMMA, "Northwind"))
        assert me(book) == EMMA
    else:  # on the team database, the login says (the owner's is no rep's)
        assert me(book) is None


def test_tomorrow_s_visits_not_ready_are_on_today_s_list_to_prepare(book):
    """Friday 4 December: C's visit on Saturday is planned, not ready: it is on Zhang's Today to prepare; marked
    ready, it leaves the list."""
    from models.visits import visits

    zhang = today.page(book, NOW, owner=ZHANG).sections[today.TOMORROW]
    assert [(line.customer_name, line.when.day, line.readiness.status) for line in zhang.lines] == [
        ("长城商贸", 5, "planned")]
    assert today.page(book, NOW, owner=EMMA).sections[today.TOMORROW].total == 0
    visits.mark_ready(book, zhang.lines[0].visit_id)
    assert today.section(book, today.TOMORROW, NOW, 5).total == 0
