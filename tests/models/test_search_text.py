"""How text is folded for search, how names are read in pinyin, and the key names sort by (by hand)."""

import pytest

from models.book.search_text import compose_search_text, fold, initials, pinyin, search_terms, sort_key


@pytest.mark.parametrize("typed, folded", [
    ("Ｂｒｏｗｎ", "brown"), ("１５７", "157"), ("García", "garcia"), ("MÜLLER", "muller"), ("Straße", "strasse"),
    ("Ångström", "angstrom"), ("Zoë", "zoe"), ("王秀英", "王秀英"), ("ｶﾀｶﾅ", "カタカナ"), ("ガ", "ガ"), ("한국", "한국"),
])
def test_fold_makes_full_width_plain_and_drops_case_and_accents(typed, folded):
    assert fold(typed) == folded


@pytest.mark.parametrize("name, full, first", [
    ("单田芳", "shantianfang", "stf"), ("曾国藩", "zengguofan", "zgf"), ("解缙", "xiejin", "xj"), ("仇英", "qiuying", "qy"),
    ("区家麟", "oujialin", "ojl"), ("查良镛", "zhaliangyong", "zly"), ("朴树", "piaoshu", "ps"), ("乐嘉", "yuejia", "yj"),
    ("尉迟恭", "yuchigong", "ycg"), ("万俟卨", "moqixie", "mqx"), ("翟天临", "zhaitianlin", "ztl"), ("王秀英", "wangxiuying", "wxy"),
])
def test_a_persons_surname_is_read_as_a_surname(name, full, first):
    assert (pinyin(name, person=True), initials(name, person=True)) == (full, first)


def test_other_names_are_read_as_words():
    assert pinyin("单位") == "danwei"  # not a person: 单 is dan
    assert pinyin("乐视") == "leshi"
    assert pinyin("重庆银行") == "chongqingyinhang"  # 行 in 银行 is hang
    assert initials("中国移动北京分公司") == "zgydbjfgs"
    assert pinyin("Harbor Pharma") == initials("Harbor Pharma") == ""  # nothing to spell
    assert pinyin("华为 Technologies") == "huawei Technologies"


def test_search_text_holds_names_in_pinyin_one_field_a_line():
    text = compose_search_text("王秀英", "北京", ["单田芳", "Noah Evans"], [("phone", "１３８ 0000 1111"), ("email", "A@B.CN")],
                               region="CN", person=True)
    lines = text.split("\n")
    assert lines[:6] == ["王秀英", "wangxiuying", "wxy", "北京", "beijing", "bj"]
    assert {"单田芳", "shantianfang", "stf", "noah evans", "a@b.cn", "13800001111"} <= set(lines)


@pytest.mark.parametrize("query, terms", [
    ("  Ｗａｎｇ  Xiu ", ["wang", "xiu"]), ("１３８-0000", ["1380000"]), ("José", ["jose"]), ("", []), ("12", ["12"]),
])
def test_a_typed_search_is_folded_the_same_way(query, terms):
    assert search_terms(query) == terms


def test_sort_key_orders_by_pinyin_a_syllable_a_word():
    names = ["无名公司", "苏宁易购", "上海", "北京", "Émile", "apple", "汪洋", "王秀英", "王", "wangfujing"]
    assert sorted(names, key=sort_key) == ["apple", "北京", "Émile", "上海", "苏宁易购", "王", "王秀英", "汪洋",
                                           "wangfujing", "无名公司"]  # every "wang" syllable before wangf…
