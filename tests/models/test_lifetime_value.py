"""Customer lifetime value per DOMAIN.md section 1, with its inputs."""

import datetime as dt

import pytest

from models.book import customers, undo
from models.book.customers import CustomerData
from models.book.lifetime_value import compute, lifetime_value
from models.book.settings import ValueSettings, load_value_settings, save_value_settings

TODAY = dt.date(2026, 11, 22)


def customer(db, name, **extra) -> int:
    return customers.save(db, CustomerData(name=name, **extra), today=TODAY).customer_id


def test_the_formula_with_every_input(db):
    # 10 purchases in the 12 months to Oct 2026 (two months without spend), 700 and 800 alternating,
    # plus an older month outside the window that does not count.
    spend = {}
    for i, (year, month) in enumerate([(2025, 11), (2025, 12)] + [(2026, m) for m in range(1, 11)]):
        spend[(year, month)] = 0 if i in (3, 7) else (700_00 if i % 2 else 800_00)
    spend[(2024, 1)] = 5000_00
    referrer = customer(db, "华信科技有限公司", spend=spend, acquisition_cost_cents=1200_00)
    customer(db, "Harbour Lights", referred_by_id=referrer, spend={(2026, 9): 300_00, (2026, 10): 400_00})
    customer(db, "王秀英", referred_by_id=referrer, acquisition_cost_cents=50_00, spend={(2026, 10): 80_00})
    with db.session() as s, s.begin():
        save_value_settings(s, ValueSettings(relationship_years=4, acquisition_cents=200_00))
    with db.session() as s:
        value = lifetime_value(s, referrer, load_value_settings(s))
    bought = [c for c in spend.values() if c][:-1]  # the 2024 month is outside the window
    average = round(sum(bought) / len(bought))
    assert value.purchases_per_year == 10 and value.average_purchase_cents == average
    assert value.relationship_years == 4 and value.expected_purchases == 40
    assert value.acquisition_cents == 1200_00 and not value.acquisition_is_default
    assert [(r.name, r.spend_cents, r.acquisition_cents, r.net_cents) for r in value.referrals] == [
        ("Harbour Lights", 700_00, 200_00, 500_00), ("王秀英", 80_00, 50_00, 30_00)]
    assert value.value_cents == 40 * average - 1200_00 + 530_00


def test_defaults_without_data():
    value = compute([], None, ValueSettings())
    assert (value.purchases_per_year, value.average_purchase_cents, value.acquisition_is_default) == (0, 0, True)
    assert value.value_cents == -ValueSettings().acquisition_cents


@pytest.mark.parametrize("bad", [{"relationship_years": 0}, {"acquisition_cents": -1}])
def test_settings_refuse_nonsense(bad):
    with pytest.raises(ValueError):
        ValueSettings(**bad)


def test_a_referral_survives_undoing_the_referrers_edit_and_delete(db):
    referrer = customer(db, "华信科技有限公司")
    referred = customer(db, "Harbour Lights", referred_by_id=referrer)
    change = customers.delete_customer(db, referrer)
    assert customers.load(db, referred).referred_by_id is None
    undo.run(db, change, undo=True)
    assert customers.load(db, referred).referred_by_id == referrer


def test_a_customer_cannot_refer_themselves_or_name_a_deleted_referrer(db):
    from models.book.customers import InvalidCustomer

    cid = customer(db, "华信科技有限公司")
    data = customers.load(db, cid)
    data.referred_by_id = cid
    with pytest.raises(InvalidCustomer):
        customers.save(db, data)
    gone = customer(db, "Gone Ltd")
    customers.delete_customer(db, gone)
    data.referred_by_id = gone
    with pytest.raises(InvalidCustomer):
        customers.save(db, data)
