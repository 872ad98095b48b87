"""What a search looks through, how a typed search is read, and the key the list sorts names by.

Text is folded before it is kept or compared (``fold``): full-width forms to their plain ones (a Chinese
input method types ``１５７`` and ``Ｂｒｏｗｎ``), case folded, accents dropped (García is found by "garcia").
A name in Chinese characters is also kept in pinyin, in full and as its initials (王秀英: "wangxiuying"
and "wxy"), the way a phone's contacts app finds people; a person's surname is read as a surname (单 is
shan, 曾 zeng, 解 xie), which pypinyin, reading words, does not know. The same pinyin orders the list by
name (``sort_key``): 北京… before 上海…, as Chinese users expect, and Latin names by their letters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from pypinyin import lazy_pinyin

from models.book import phones
from models.vocabulary import ChannelKind

_NOT_DIGIT = re.compile(r"\D+")
_ACCENTS = re.compile("[\u0300-\u036f]")  # combining diacritics of Latin, Greek and Cyrillic letters
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
_PHONE_TYPED = re.compile(r"[\d\s+()\-.]+")

# Surnames whose reading as a surname is not the character's everyday one (two-character surnames first).
SURNAMES = {
    "尉迟": "yu chi", "万俟": "mo qi", "长孙": "zhang sun", "澹台": "tan tai", "令狐": "ling hu",
    "单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "区": "ou", "查": "zha", "朴": "piao", "乐": "yue",
    "盖": "ge", "翟": "zhai", "覃": "qin", "缪": "miao", "种": "chong", "秘": "bi", "员": "yun", "召": "shao",
    "句": "gou", "折": "she", "宓": "mi", "柏": "bai", "牟": "mou", "黑": "he", "重": "chong", "纪": "ji",
    "燕": "yan", "曲": "qu", "冼": "xian", "谌": "chen", "阚": "kan", "隗": "wei", "繁": "po", "郇": "huan",
    "蕃": "pi", "能": "nai", "薄": "bo", "沈": "shen", "尉": "wei", "葛": "ge", "华": "hua", "任": "ren",
}


def digits(text: str) -> str:
    return _NOT_DIGIT.sub("", text)


def fold(text: str) -> str:
    """The text as searches compare it: full-width and compatibility forms made plain, case folded,
    accents dropped (Japanese voicing marks and Hangul are kept as they are)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", _ACCENTS.sub("", unicodedata.normalize("NFD", text)))


@lru_cache(maxsize=65536)
def _syllables(han: str, person: bool) -> tuple[str, ...]:
    """A run of Chinese characters in pinyin, a syllable a character; a person's surname as a surname."""
    if person:
        for length in (2, 1):
            reading = SURNAMES.get(han[:length])
            if reading:
                rest = han[length:]
                return (*reading.split(), *(lazy_pinyin(rest) if rest else ()))
    return tuple(lazy_pinyin(han))


def pinyin(text: str, person: bool = False, between: str = "") -> str:
    """``text`` with its Chinese characters in pinyin (``between`` the syllables); "" when it has none.
    ``person``: the text is a person's name, which starts with the surname."""
    if not _HAN.search(text):
        return ""
    starts = len(text) - len(text.lstrip())  # where a person's name, and so the surname, begins
    return _HAN.sub(lambda run: between.join(_syllables(run.group(), person and run.start() == starts)), text)


def initials(text: str, person: bool = False) -> str:
    """The first letters of the pinyin of ``text``'s Chinese characters (王秀英: "wxy"); "" when it has none."""
    starts = len(text) - len(text.lstrip())
    return "".join(syllable[0] for run in _HAN.finditer(text)
                   for syllable in _syllables(run.group(), person and run.start() == starts))


def name_lines(name: str, person: bool) -> list[str]:
    """A name and, when it is written in Chinese, its pinyin in full and its initials."""
    return [name, pinyin(name, person), initials(name, person)]


def compose_search_text(name: str, city: str, contact_names: Iterable[str],
                        channels: Iterable[tuple[str, str]], region: str = "", person: bool = False) -> str:
    """What a search looks through: names (and their pinyin), city, contacts, phones (also as bare
    digits, and normalised: 138 0000 1111 in CN is also found as +86 138 0000 1111), emails.

    Folded (``fold``), one field a line, so a term never matches across two fields by accident; the
    customer's name is the first line (the best matches come first: models/book/customer_list.py).
    """
    parts = [*name_lines(name, person), *name_lines(city, False)]
    for contact in contact_names:
        parts.extend(name_lines(contact, True))
    for kind, value in channels:
        parts.append(value)
        if kind == ChannelKind.PHONE:
            bare = digits(value)
            parts.append(bare)
            normalised = phones.key(value, region)
            if normalised != bare:
                parts.append(normalised)
    return "\n".join(fold(p) for p in parts if p)


def search_terms(query: str) -> list[str]:
    """The words a customer must all contain (folded); a phone number typed with spaces or dashes (or
    full-width digits) also matches its bare digits, one typed with its country code (+86…) its national
    ones."""
    query = fold(query).strip()
    if not query:
        return []
    if _PHONE_TYPED.fullmatch(query) and len(digits(query)) >= 3:
        # typed with its country code: found by the national digits, which the number holds however it
        # was stored (with the code, or without it in a book that did not know its region)
        international = query.startswith("+") and len(digits(query)) >= 8
        return [phones.national_digits(query) if international else digits(query)]
    return query.split()


def sort_key(name: str, person: bool = False) -> str:
    """What the list orders names by: folded, Chinese characters by their pinyin, a syllable a word (so
    that 王 names stay together before 汪… ones come, and "wang" before "wangfujing"), then the name
    itself (王 before 汪, both "wang")."""
    spelled = pinyin(name, person, between=" ")
    key = fold(spelled or name).strip()
    return f"{key}\x1f{name}" if spelled else key
