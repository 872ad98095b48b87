"""Who may change what on the team database, enforced by a real PostgreSQL server with real logins: a rep
reads the whole book and changes only their own; a manager changes all; the server's refusal is a plain
message naming whose it is, and nothing is changed."""

import pytest
from sqlalchemy import select, text

from models.book import customers
from models.book.summaries import refresh_stale
from models.entities import Customer, Visit
from models.errors import KnownError
from models.team.hand_over import hand_over
from models.team.reps import me, set_member
from models.visits import follow_ups, visits
from models.vocabulary import RepRole
from tests.report_book import EMMA, ZHANG, at, open_follow_up
from tests.team_logins import MANAGER, team_with_logins

def _id(db, name):
    with db.session() as s:
        return s.scalar(select(Customer.id).where(Customer.name == name))


@pytest.fixture
def team(pg_server):
    with team_with_logins(pg_server) as opened:
        yield opened


def notes(db, cid):
    return customers.load(db, cid).notes


def edit(db, cid, words):
    data = customers.load(db, cid)
    data.notes = words
    return customers.save(db, data)


def test_a_rep_reads_the_team_s_book_and_changes_only_their_own(team):
    admin, as_, _urls = team
    zhang = as_[ZHANG]
    acme, mine = _id(zhang, "Acme Ltd"), _id(zhang, "长城商贸")  # Emma's, and Zhang's
    with zhang.session() as s:
        assert s.scalar(select(text("count(*)")).select_from(Customer)) == 5  # everyone's customers
    assert (me(zhang), me(as_[MANAGER]), me(admin)) == (ZHANG, MANAGER, None)  # (who the login is)

    edit(zhang, mine, "已约周五")
    assert notes(admin, mine) == "已约周五"

    with pytest.raises(KnownError) as refused:
        edit(zhang, acme, "mine now")
    said = str(refused.value)
    assert "This is Emma Wilson's" in said and "Nothing was saved" in said and "FB001" not in said
    assert notes(admin, acme) == ""
    for action in (lambda: visits.create_visit(zhang, acme, at(9), []),
                   lambda: customers.delete_customer(zhang, acme),
                   lambda: customers.set_archived(zhang, acme, True)):
        with pytest.raises(KnownError, match="This is Emma Wilson's"):
            action()
    with admin.session() as s:
        assert s.get(Customer, acme).archived is False
        assert s.scalar(select(text("count(*)")).select_from(Visit).where(Visit.customer_id == acme)) == 3

    # not even a version alone moves on a colleague's row (only a customer's cache is everyone's to refresh)
    with pytest.raises(Exception) as bumped:
        with zhang.engine.begin() as conn:
            conn.execute(text("UPDATE visits SET version = version + 1 WHERE customer_id = :c"), {"c": acme})
    assert "This is Emma Wilson's" in str(bumped.value)

    # a rep works on their own: a follow-up done, a visit planned
    follow_ups.done(zhang, open_follow_up(zhang, mine), "打了电话")
    visits.create_visit(zhang, mine, at(10), [])
    # and giving a customer away is a manager's
    with pytest.raises(KnownError, match="Only a manager hands a customer"):
        hand_over(zhang, mine, EMMA)
    assert customers.load(admin, mine).owner == ZHANG


def test_every_rep_s_app_keeps_the_derived_columns_of_the_whole_book(team):
    admin, as_, _urls = team
    acme = _id(admin, "Acme Ltd")
    with admin.engine.begin() as conn:  # (a billing export written by another tool marks it out of date)
        conn.execute(text("UPDATE customers SET derived_stale = true, search_text = '' WHERE id = :id"), {"id": acme})
    with as_[ZHANG].engine.begin() as conn:
        assert refresh_stale(conn) >= 1
    with admin.session() as s:
        customer = s.get(Customer, acme)
        assert customer.derived_stale is False and customer.search_text.startswith("acme")


def test_a_manager_changes_everyone_s_and_hands_customers_over(team):
    admin, as_, _urls = team
    chen, emma = as_[MANAGER], as_[EMMA]
    acme = _id(chen, "Acme Ltd")
    edit(chen, acme, "主管看过")
    done = hand_over(chen, acme, ZHANG, by=MANAGER)
    assert done.promises == 1 and customers.load(admin, acme).owner == ZHANG
    with pytest.raises(KnownError, match=f"This is {ZHANG}'s"):  # Emma's no longer
        edit(emma, acme, "still mine?")
    edit(as_[ZHANG], acme, "接手了")
    assert notes(admin, acme) == "接手了"


def test_who_is_on_the_team_is_a_manager_s_to_say(team):
    _admin, as_, _urls = team
    with pytest.raises(KnownError, match="Only a manager changes this"):
        set_member(as_[ZHANG], ZHANG, RepRole.MANAGER, as_[ZHANG].engine.url.username)
    set_member(as_[MANAGER], "李娜")
