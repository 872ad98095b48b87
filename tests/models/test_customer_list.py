"""The customer list: search finds every match (checked against a brute-force search of the raw
tables), filters and sorts are right, and keyset paging visits every row exactly once."""

import datetime as dt
import re

import pytest
from sqlalchemy import text

from models.book import customers
from models.book.customer_list import SORT_COLUMNS, CustomerQuery, count, fetch_page, sort_key
from models.book.customers import ChannelData, ContactData, CustomerData
from models.book.search_text import fold, initials, pinyin


def all_rows(db, query, page=37):
    rows, after = [], None
    while True:
        batch = fetch_page(db, query, after=after, limit=page)
        rows.extend(batch)
        if len(batch) < page:
            return rows
        after = batch[-1]


def brute_force(db, term: str) -> set[int]:
    """Customers whose name, city, contacts' names (or their pinyin), phones (as typed or as digits) or
    emails contain every word of ``term``, folded (models.book.search_text.fold: full-width, case, accents);
    computed from the raw tables without search_text."""
    def spelled(name, person=False):
        return [name, pinyin(name, person), initials(name, person)]

    with db.engine.connect() as conn:
        fields: dict[int, list[str]] = {}
        for cid, name, city, kind in conn.execute(text("SELECT id, name, city, kind FROM customers WHERE NOT archived")):
            fields[cid] = [*spelled(name, kind == "person"), *spelled(city)]
        for cid, name in conn.execute(text("SELECT customer_id, name FROM contacts")):
            fields.get(cid, []).extend(spelled(name, True))
        for cid, kind, value in conn.execute(text("SELECT customer_id, kind, value FROM channels")):
            if cid in fields:
                fields[cid].append(value)
                if kind == "phone":
                    fields[cid].append(re.sub(r"\D", "", value))
    term = fold(term)
    digits = re.sub(r"\D", "", term)
    if re.fullmatch(r"[\d\s+()\-.]+", term) and len(digits) >= 3:
        words = [digits]
    else:
        words = term.split()
    return {cid for cid, values in fields.items()
            if all(any(w in fold(v) for v in values) for w in words)}


@pytest.fixture
def book(demo_db):
    """The demo book plus customers made for the search cases."""
    cases = [
        CustomerData(name="王秀英", kind="person", city="北京",
                     channels=[ChannelData("phone", "+86 138-1234-5678", "mobile")]),
        CustomerData(name="秀英美容店", city="上海", contacts=[ContactData(name="Olga Petrova")]),
        CustomerData(name="Harbor Pharma Inc", city="Sydney",
                     contacts=[ContactData(name="欧阳秀英", channels=[ChannelData("email", "ouyang@harbor.example")])]),
        CustomerData(name="HARBOUR lights", city="Dublin", archived=True),
    ]
    for data in cases:
        customers.save(demo_db, data, today=dt.date(2026, 11, 20))
    return demo_db


@pytest.mark.parametrize("term", [
    "harbor", "HARBOR PHARMA", "秀", "秀英", "王秀英", "欧阳", "北京", "olga", "1381234", "138 1234",
    "+86 138-1234-5678", "ouyang@harbor", "@harbor.example", "a", "zzz-nothing", "sydney harbor",
    # folded: full-width (as a Chinese input method types), accents; pinyin in full, in words, as initials
    "１３８１２３４", "ＨＡＲＢＯＲ", "garcia", "José", "wangxiuying", "wang xiu ying", "wxy", "beijing", "oyxy",
])
def test_search_finds_exactly_the_matches(book, term):
    found = {row.id for row in all_rows(book, CustomerQuery(search=term))}
    assert found == brute_force(book, term)
    assert count(book, CustomerQuery(search=term)) == len(found)


def test_search_examples_by_hand(book):
    def names(term, **kw):
        return {row.name for row in all_rows(book, CustomerQuery(search=term, **kw))}

    assert {"王秀英", "秀英美容店", "Harbor Pharma Inc"} <= names("秀英")  # the last through its contact
    assert "HARBOUR lights" not in names("harbour")  # archived
    assert "HARBOUR lights" in names("harbour", include_archived=True)
    assert "王秀英" in names("5678") and "王秀英" in names("138 1234 5678")


@pytest.mark.parametrize("sort", list(SORT_COLUMNS))
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_paging_visits_every_row_once_in_order(demo_db, sort, descending):
    query = CustomerQuery(sort=sort, descending=descending)
    rows = all_rows(demo_db, query)
    ids = [r.id for r in rows]
    assert len(ids) == len(set(ids)) == count(demo_db, query) == 300
    keys = [(sort_key(query, r) is not None, sort_key(query, r), r.id) for r in rows]
    # SQLite: NULLs first ascending, last descending; ties by id
    normalised = [(present, value if present else 0, rid) for present, value, rid in keys]
    assert normalised == sorted(normalised, reverse=descending)


def test_paging_with_search_and_filters(demo_db):
    query = CustomerQuery(search="a", segment="business", sort="last_visit", descending=True)
    rows = all_rows(demo_db, query, page=7)
    assert len({r.id for r in rows}) == len(rows) == count(demo_db, query) > 10
    assert all(r.segment == "business" for r in rows)


def test_filters(demo_db):
    for query, check in [
        (CustomerQuery(segment="consumer"), lambda r: r.segment == "consumer"),
        (CustomerQuery(tier="gold"), lambda r: r.tier == "gold"),
        (CustomerQuery(stage="D"), lambda r: r.lifecycle_stage == "D"),
        (CustomerQuery(spend_drop=True), lambda r: r.spend_drop),
    ]:
        rows = all_rows(demo_db, query)
        assert rows and all(check(r) for r in rows)
    with demo_db.engine.connect() as conn:
        tagged = set(conn.execute(text(
            "SELECT customer_id FROM customer_tags JOIN tags ON tags.id = tag_id WHERE tags.name = '5G'")).scalars())
        owned = set(conn.execute(text("SELECT id FROM customers WHERE owner = '李娜'")).scalars())
    assert {r.id for r in all_rows(demo_db, CustomerQuery(tag="5G"))} == tagged
    assert {r.id for r in all_rows(demo_db, CustomerQuery(owner="李娜"))} == owned


def test_tier_sorts_by_rank_so_diamond_comes_first(demo_db):
    rows = all_rows(demo_db, CustomerQuery(sort="tier", descending=True))
    order = {"diamond": 0, "gold": 1, "silver": 2, "none": 3}
    ranks = [order[r.tier] for r in rows]
    assert ranks == sorted(ranks)


def test_segment_sorts_by_size_so_key_accounts_come_together_at_one_end(demo_db):
    """As the tier: by rank (key account, business, consumer, none), whatever the segments are called."""
    order = {"key_account": 0, "business": 1, "consumer": 2, None: 3}
    for descending in (True, False):
        ranks = [order[r.segment] for r in all_rows(demo_db, CustomerQuery(sort="segment", descending=descending))]
        assert ranks == sorted(ranks, reverse=not descending) and len(set(ranks)) >= 3


def test_cities_sort_in_pinyin_order_as_names_do(db):
    """北京 before 上海 before 深圳 (bei, shang, shen), Latin cities among them; a city changed (in the editor,
    or by another program) moves; paged a few at a time."""
    cities = ["深圳", "上海", "Sydney", "北京", "杭州", "Århus", "重庆", "London", ""]
    ids = {}
    for i, city in enumerate(cities):
        ids[city] = customers.save(db, CustomerData(name=f"客户{i}", city=city), today=dt.date(2026, 11, 20)).customer_id
    expected = ["", "Århus", "北京", "重庆", "杭州", "London", "上海", "深圳", "Sydney"]  # (chong: 重庆 read as a city)
    assert [r.city for r in all_rows(db, CustomerQuery(sort="city"), page=2)] == expected
    assert [r.city for r in all_rows(db, CustomerQuery(sort="city", descending=True), page=2)] == expected[::-1]
    with db.engine.begin() as conn:  # another program renames a city: the list follows once caught up
        conn.execute(text("UPDATE customers SET city = '安庆' WHERE id = :id"), {"id": ids["深圳"]})
    from models.book.summaries import catch_up

    catch_up(db)
    assert [r.city for r in all_rows(db, CustomerQuery(sort="city"), page=2)][:3] == ["", "安庆", "Århus"]


def test_customers_another_program_writes_are_found_and_listed(db):
    """A billing export or a script writes straight into the (team) database: its customers are found by
    name at once, by their people and phones once the app has caught up, and the derived columns follow."""
    from models.book.summaries import catch_up

    with db.engine.begin() as conn:
        for i in range(30):
            cid = conn.execute(text(
                "INSERT INTO customers (kind, name, city, relationship_level, contact_level, lifecycle_stage, tier, "
                "created_at, updated_at) VALUES ('company', :name, '深圳', 'none', 'new', 'A', 'none', :now, :now) "
                "RETURNING id"), {"name": f"外部写入公司{i}", "now": dt.datetime(2026, 11, 1)}).scalar()
            person = conn.execute(text("INSERT INTO contacts (customer_id, name, position) VALUES (:c, :n, 0) RETURNING id"),
                                  {"c": cid, "n": f"Zhou Min {i}"}).scalar()
            conn.execute(text("INSERT INTO channels (customer_id, contact_id, kind, label, value, position) "
                              "VALUES (:c, :p, 'phone', '', :v, 0)"), {"c": cid, "p": person, "v": f"139 0000 {i:04d}"})
            conn.execute(text("INSERT INTO monthly_spend (customer_id, year, month, amount_cents) VALUES (:c, 2026, 10, 40000)"),
                         {"c": cid})
    assert len(fetch_page(db, CustomerQuery(search="外部写入"), limit=100)) == 30  # by name, at once
    assert fetch_page(db, CustomerQuery(search="zhou min 7")) == []  # a person: once caught up
    assert catch_up(db) == 30
    found = fetch_page(db, CustomerQuery(search="zhou min 7"))  # every word: 7, 17 and 27
    assert sorted(r.name for r in found) == ["外部写入公司17", "外部写入公司27", "外部写入公司7"]
    assert [r.name for r in fetch_page(db, CustomerQuery(search="13900000012"))] == ["外部写入公司12"]
    assert found[0].avg_spend_cents == round(40000 / 6) and catch_up(db) == 0


def test_names_sort_in_pinyin_order_chinese_and_latin_together(db):
    """As a Chinese phone's contacts: by pinyin, a surname's names together (王 before 汪, both wang),
    Latin names among them by their letters, accents and case aside; paged a few at a time."""
    written = ["无名公司", "苏宁易购", "上海浦东发展银行", "北京华为", "Émile Zola", "apple farm", "安徽电信",
               "汪洋", "王秀英", "王", "Zhang Wei", "张伟", "单田芳", "曾国藩", "Banana Co"]
    for name in written:
        person = name in ("王秀英", "王", "汪洋", "张伟", "单田芳", "曾国藩")
        customers.save(db, CustomerData(name=name, kind="person" if person else "company"), today=dt.date(2026, 11, 20))
    expected = ["安徽电信", "apple farm", "Banana Co", "北京华为", "Émile Zola", "单田芳", "上海浦东发展银行", "苏宁易购",
                "王", "王秀英", "汪洋", "无名公司", "曾国藩", "Zhang Wei", "张伟"]  # (shan before shang)
    assert [r.name for r in all_rows(db, CustomerQuery(sort="name"), page=4)] == expected
    assert [r.name for r in all_rows(db, CustomerQuery(sort="name", descending=True), page=4)] == expected[::-1]
    # the filtered list by name too, through its own index
    assert [r.name for r in all_rows(db, CustomerQuery(sort="name", stage="A"), page=3)] == expected


def test_a_number_typed_the_international_way_says_which_phone_it_found(db):
    """+86 138 0000 1111 finds a customer whose phone is stored as 138 0000 1111 (in a book of Chinese
    numbers), and the list says it was that phone; so does a part of a number, and a landline's."""
    from models.book.search_match import Match, why_found
    from models.book.settings import save_phone_region

    with db.session() as s, s.begin():
        save_phone_region(s, "CN")
    cid = customers.save(db, CustomerData(name="华信科技有限公司", channels=[
        ChannelData("phone", "138 0000 1111", "mobile"), ChannelData("phone", "0571-8765 4321", "work")])).customer_id
    for typed, phone in (("+86 138 0000 1111", "138 0000 1111"), ("0000 1111", "138 0000 1111"),
                         ("+86 571 8765 4321", "0571-8765 4321"), ("8765-4321", "0571-8765 4321")):
        rows = fetch_page(db, CustomerQuery(search=typed))
        assert [r.id for r in rows] == [cid], typed
        assert why_found(db, rows, typed) == {cid: Match("phone", phone)}, typed


@pytest.mark.parametrize("sort", list(SORT_COLUMNS))
def test_a_search_pages_in_every_sort_order(demo_db, sort):
    """Sorted by any column (the ranked tier and segment too), then searched: the matches, paged, each once,
    in the column's order."""
    for descending in (False, True):
        query = CustomerQuery(search="a", sort=sort, descending=descending)
        rows = all_rows(demo_db, query, page=7)
        ids = [r.id for r in rows]
        assert len(ids) == len(set(ids)) == count(demo_db, query) > 10
        keys = [(sort_key(query, r) is not None, sort_key(query, r) or 0, r.id) for r in rows]
        assert keys == sorted(keys, reverse=descending)


def test_a_number_with_its_country_code_finds_it_in_a_book_that_did_not_know_the_region(db):
    """A book made before its phone region was set (the demo from the command line, an import): its
    numbers are stored without a country code, and +86 190 9676 3565 still finds 190 9676 3565 and says so."""
    from models.book.search_match import Match, why_found

    cid = customers.save(db, CustomerData(name="海川物流有限公司", contacts=[ContactData(name="杨艳", channels=[
        ChannelData("phone", "190 9676 3565", "mobile")])], channels=[ChannelData("phone", "+44 20 7560 4225")])
                         ).customer_id
    for typed, phone in (("+86 190 9676 3565", "190 9676 3565"), ("+8619096763565", "190 9676 3565"),
                         ("+44 20 7560 4225", "+44 20 7560 4225"), ("+44 2075604225", "+44 20 7560 4225")):
        rows = fetch_page(db, CustomerQuery(search=typed))
        assert [r.id for r in rows] == [cid], typed
        assert why_found(db, rows, typed) == {cid: Match("phone", phone)}, typed
