"""The keys that tell likely duplicates (company names without region prefixes and legal suffixes, people by
name plus email or personal mobile) and the compact index the import keeps them in."""

import pytest

from models.book.duplicates import Index, Person, company_key, name_key


@pytest.mark.parametrize("name", ["上海华联超市有限公司", "华联超市", "北京华联超市股份有限公司", "华联超市（北京）有限公司",
                                  "华联超市集团", "广东省华联超市有限责任公司", "华联超市 Co., Ltd."])
def test_company_names_without_region_and_legal_suffix_are_one(name):
    assert company_key(name) == company_key("华联超市") == "华联超市"


@pytest.mark.parametrize("name", ["Harbour Lights Ltd.", "harbour lights", "Harbour Lights Inc", "HARBOUR LIGHTS GmbH",
                                  "The Harbour Lights Company", "Harbour Lights Co., Ltd", "Harbour-Lights plc"])
def test_latin_legal_suffixes_case_and_punctuation_are_left_out(name):
    assert company_key(name) == "harbourlights"


def test_different_companies_stay_apart():
    assert company_key("华联超市") != company_key("华联物流")
    assert company_key("上海") == "上海"  # a name that is only a region is still a name
    assert company_key("Ltd") == "ltd"
    assert name_key("Emma  Wilson") == name_key("emma wilson") and name_key("张 伟") == name_key("张伟")


def test_the_index_finds_people_by_name_and_email_or_mobile_never_a_landline_alone():
    index = Index("CN", numbered=True)
    index.add(Person(2, "张伟", "华信科技有限公司", ["zhang@huaxin.cn"], [("work", "010-8888 6666"),
                                                                    ("mobile", "138 0000 1111")]))
    assert index.match(Person(9, "张伟", "", ["ZHANG@huaxin.cn"])) == (2, "same name and email zhang@huaxin.cn")
    assert index.match(Person(9, "张伟", "", [], [("", "+86 138-0000-1111")])) == (
        2, "same name and mobile +86 138-0000-1111")
    assert index.match(Person(9, "张伟", "远航物流", [], [("work", "010 8888 6666")])) is None  # a switchboard
    assert index.match(Person(9, "李娜", "", ["zhang@huaxin.cn"])) is None  # a shared mailbox, another name
    assert index.match(Person(9, "张伟", "华信科技")) == (2, "same name and company")
    assert index.match(Person(9, "zhang@huaxin.cn", "", ["zhang@huaxin.cn"], named_after=True)) == (
        2, "same email zhang@huaxin.cn")


def test_people_at_no_company_one_name_and_a_home_line_or_nothing_else_are_likely_one():
    index = Index("CN", numbered=True)
    index.add(Person(2, "安藤ロイド", "", [], [("", "030-0000-0000")]))  # a landline, at no company
    index.add(Person(3, "G F"))  # a name and nothing else
    index.add(Person(4, "赵敏", "华联超市", [], [("work", "010-8888 6666")]))  # a company's switchboard
    assert index.match(Person(9, "安藤ロイド", "", [], [("", "03000000000")])) == (2, "same name and phone 03000000000")
    assert index.match(Person(9, "安藤ロイド", "远航物流", [], [("", "03000000000")])) is None  # at a company
    assert index.match(Person(9, "G F")) == (3, "same name")
    assert index.match(Person(9, "G F", "", ["gf@example.com"])) is None  # an email of their own tells them apart
    assert index.match(Person(9, "赵敏", "", [], [("", "010 8888 6666")])) is None  # the switchboard is not theirs
    assert index.match(Person(9, "赵敏")) is None  # the book's 赵敏 is at a company


def test_the_index_keeps_every_key_as_it_grows():
    index = Index("", numbered=True)
    for line in range(2, 30_002):  # some 60,000 keys: the table grows a few times
        index.add(Person(line, f"Person {line}", "", [f"p{line}@example.com"], [("mobile", f"+44 7700 {line:06d}")]))
    assert index.match(Person(0, "Person 2", "", ["p2@example.com"])) == (2, "same name and email p2@example.com")
    assert index.match(Person(0, "Person 30001", "", [], [("", "+44 7700 030001")])) == (
        30001, "same name and mobile +44 7700 030001")
    assert all(index.match(Person(0, f"Person {line}", "", [f"p{line}@example.com"])) == (
        line, f"same name and email p{line}@example.com") for line in range(2, 30_002, 997))
    assert index.match(Person(0, "Person 2", "", ["p3@example.com"])) is None
