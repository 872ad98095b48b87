"""Search by any term length, on SQLite and on PostgreSQL (where it goes through the index of 1- and
2-character grams, models/storage/search_grams.py): one and two Chinese characters, a Latin word, a term whose
grams a text has without holding the term, and a customer another program inserted by plain SQL.
Real databases; the speed is bench/team.py's."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from models.book import customers
from models.book.customer_list import CustomerQuery, count, fetch_page
from models.book.customers import ChannelData, ContactData, CustomerData
from models.book.summaries import catch_up
from tests.models.test_other_writers import insert_customer

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def book(db):
    for data in (
        CustomerData(name="王秀英", kind="person", city="北京", channels=[ChannelData("phone", "+86 138-1234-5678")]),
        CustomerData(name="秀英美容店", city="上海", contacts=[ContactData(name="Olga Petrova")]),
        CustomerData(name="Harbor Pharma Inc", city="Sydney", contacts=[ContactData(name="欧阳英")]),
        CustomerData(name="Ab Ba Trading", city="Oslo"),  # has the pairs of "aba" (ab, ba) but not "aba"
        CustomerData(name="英秀 Tea", city="Xiamen"),  # the characters of 秀英, not the pair
        CustomerData(name="Old Harbor Co", city="Cork", archived=True),
    ):
        customers.save(db, data, today=TODAY)
    return db


def names(db, term: str) -> set[str]:
    found = {row.name for row in fetch_page(db, CustomerQuery(search=term), limit=500)}
    assert count(db, CustomerQuery(search=term)) == len(found)  # the list's count says the same
    return found


def test_one_chinese_character(book):
    assert names(book, "王") == {"王秀英"}
    assert names(book, "英") == {"王秀英", "秀英美容店", "Harbor Pharma Inc", "英秀 Tea"}  # a contact's name too


def test_two_chinese_characters(book):
    assert names(book, "秀英") == {"王秀英", "秀英美容店"}  # not 英秀: the pair, in that order
    assert names(book, "北京") == {"王秀英"}  # the city


def test_latin_terms_of_any_length(book):
    assert names(book, "harbor") == {"Harbor Pharma Inc"}  # any case; not the archived one
    assert names(book, "HARBOR pharma") == {"Harbor Pharma Inc"}  # every word
    assert names(book, "x") == {"英秀 Tea", "王秀英", "秀英美容店"}  # one letter (Xiamen; xiu, 秀 in pinyin)
    assert names(book, "ol") == {"秀英美容店"}  # two (Olga)
    assert names(book, "aba") == set()  # the pairs ab and ba are there, the term is not
    assert names(book, "1381234") == {"王秀英"}  # a phone's digits
    assert names(book, "zzz") == set()


def test_pinyin_in_full_in_words_and_as_initials_and_full_width_input(book):
    assert names(book, "wangxiuying") == {"王秀英"}
    assert names(book, "Wang Xiu") == {"王秀英"}
    assert names(book, "wxy") == {"王秀英"}
    assert names(book, "xymrd") == {"秀英美容店"}  # a company's initials
    assert names(book, "ouyang") == {"Harbor Pharma Inc"}  # a contact's pinyin
    assert names(book, "beijing") == {"王秀英"}  # the city's
    assert names(book, "ｗｘｙ") == {"王秀英"}  # full-width letters
    assert names(book, "ＨＡＲＢＯＲ") == {"Harbor Pharma Inc"}
    assert names(book, "１３８１２３４") == {"王秀英"}  # full-width digits, as a Chinese input method types


def test_a_customer_inserted_by_plain_sql_is_found_before_and_after_its_search_text_is_made(book):
    with book.engine.begin() as conn:
        insert_customer(conn, "Harbour Freight 海港物流", city="宁波")
    for term in ("港", "海港", "宁波", "freight"):
        assert names(book, term) == {"Harbour Freight 海港物流"}, term
    assert catch_up(book) == 1
    for term in ("港", "海港", "宁波", "freight"):
        assert names(book, term) == {"Harbour Freight 海港物流"}, term


def test_a_customer_renamed_by_plain_sql_is_found_by_the_new_name(book):
    with book.engine.begin() as conn:
        conn.execute(text("UPDATE customers SET name = '东方港务' WHERE name = 'Ab Ba Trading'"))
    assert names(book, "港务") == {"东方港务"}
    assert names(book, "东") == {"东方港务"}
    catch_up(book)
    assert names(book, "港务") == {"东方港务"}
    assert names(book, "trading") == set()


def test_postgresql_asks_the_index_of_grams(book):
    if book.engine.dialect.name != "postgresql":
        pytest.skip("SQLite reads every search text")
    with book.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE customers")  # (what autovacuum does: 5 of 6 customers are not archived)
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")  # (a handful of rows: else a scan is cheaper)
        _searching(conn)  # as the list does for a search
        for term in ("王", "秀英", "harbor"):
            statement = select_of(CustomerQuery(search=term))
            plan = "\n".join(row[0] for row in conn.execute(text("EXPLAIN " + statement), {"term": term}))
            assert "ix_customers_search_grams" in plan, plan


from models.book.customer_list import _searching  # noqa: E402


def select_of(query: CustomerQuery) -> str:
    """The page's WHERE, as PostgreSQL gets it, with the term as :term."""
    from sqlalchemy import func, select
    from sqlalchemy.dialects import postgresql

    from models.entities import Customer

    compiled = select(func.count()).select_from(Customer).where(*query.conditions()).compile(
        dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True})
    return str(compiled)


def test_postgresql_grams_of_a_text_hold_every_grams_of_what_it_contains(db):
    if db.engine.dialect.name != "postgresql":
        pytest.skip("the functions are PostgreSQL's")
    texts = ["王秀英\n北京", "a", "", "ab\x01cd", "Harbor Pharma", "  x  y", "秀"]
    with db.engine.connect() as conn:
        for whole in texts:
            for start in range(len(whole)):
                for end in range(start + 1, len(whole) + 1):
                    part = whole[start:end]
                    if part.split() != [part]:
                        continue  # a search term has no whitespace
                    held = conn.scalar(text("SELECT fb_search_grams(:t, '', '') @> fb_term_grams(:p)"),
                                       {"t": whole, "p": part})
                    assert held, (whole, part)
