"""Who is who twice: the keys that tell likely duplicates, and an index of people and companies by them.

- A company by its name without region prefixes and legal suffixes: 上海华联超市有限公司, 华联超市 and
  华联超市（北京）股份有限公司 are one key; so are "Harbour Lights Ltd." and "harbour lights".
- A person by name plus a shared email or a shared personal mobile, or by name at the same company.
  A shared landline alone (a switchboard) never makes two people one, whatever their companies.
- A person a file could only name after their email or phone: by that email or phone alone.

Used by the import (models/interchange/store.py) against the book and within the file, and by Customers
> Find Duplicates… (models/merge.py).
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass, field
from functools import lru_cache

from models import phones

REGIONS = (
    "内蒙古自治区", "广西壮族自治区", "宁夏回族自治区", "新疆维吾尔自治区", "西藏自治区", "黑龙江省",
    "内蒙古", "黑龙江", "哈尔滨", "石家庄", "呼和浩特", "乌鲁木齐", "北京", "上海", "天津", "重庆", "广州", "深圳",
    "杭州", "南京", "苏州", "成都", "武汉", "西安", "沈阳", "大连", "青岛", "厦门", "宁波", "长沙", "郑州", "济南",
    "福州", "合肥", "昆明", "长春", "太原", "南昌", "南宁", "贵阳", "兰州", "海口", "银川", "西宁", "拉萨", "香港",
    "澳门", "台北", "东莞", "佛山", "无锡", "温州", "珠海", "广东", "江苏", "浙江", "山东", "河南", "河北", "湖南",
    "湖北", "四川", "福建", "安徽", "辽宁", "吉林", "山西", "陕西", "江西", "广西", "云南", "贵州", "甘肃", "海南",
    "新疆", "宁夏", "青海", "西藏", "中国",
)
CHINESE_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "集团", "总公司", "公司", "股份", "控股")
LATIN_SUFFIXES = {"co", "company", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "gmbh", "llc",
                  "plc", "ag", "sa", "s a", "bv", "nv", "pty", "group", "holdings", "holding", "kg", "srl", "spa",
                  "oy", "ab", "as", "kk", "lp", "llp"}
_REGION = re.compile("^(?:" + "|".join(REGIONS) + ")(?:市|省)?")
_BRACKETED_REGION = re.compile(r"[(（](?:" + "|".join(REGIONS) + r")(?:市|省)?[)）]")
_PUNCTUATION = re.compile(r"[\s\W_]+", re.UNICODE)


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip()


@lru_cache(maxsize=20_000)
def company_key(name: str) -> str:
    """A company's name without region prefixes and legal suffixes, case, width and punctuation."""
    text = _nfkc(name)
    text = _BRACKETED_REGION.sub("", text)
    words = [w for w in re.split(r"[\s,.&()（）]+", text) if w]
    while len(words) > 1 and words[-1] in LATIN_SUFFIXES:
        words.pop()
    if len(words) > 1 and words[0] == "the":
        words.pop(0)
    text = _PUNCTUATION.sub("", "".join(words))
    core = text
    for _ in range(3):
        before = core
        core = _REGION.sub("", core, count=1) or core
        for suffix in CHINESE_SUFFIXES:
            if core.endswith(suffix) and len(core) > len(suffix):
                core = core[:-len(suffix)]
        if core == before:
            break
    return core or _PUNCTUATION.sub("", _nfkc(name))


def name_key(name: str) -> str:
    """A person's name without case, width or spacing: "Emma  Wilson", "emma wilson" and "张 伟" / "张伟"."""
    return _PUNCTUATION.sub("", _nfkc(name))


def email_key(address: str) -> str:
    return address.strip().casefold()


Owner = "tuple[int, int | None, str] | str"  # the book's (customer id, contact id or None, name), or where
# an earlier record of the same file is ("line 12")


@dataclass
class Person:
    """What the index knows of one person (or company): for the keys, and to say who it is."""

    owner: Owner
    name: str = ""
    company: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[tuple[str, str]] = field(default_factory=list)  # (label, number)
    named_after: bool = False  # a file had no name for them: they are known by their email or phone only
    _keys: list[tuple[str, str, str]] | None = None

    def phone_keys(self, region: str) -> list[tuple[str, str, str]]:
        """(normalised key, label, number) of each phone, computed once."""
        if self._keys is None:
            self._keys = [(phones.key(number, region), label, number) for label, number in self.phones]
        return self._keys


class Index:
    """People and companies by the keys above; ``match`` finds the one a new person likely is.

    Compact, so that a file of 100,000 people stays small in memory: the keys are kept as their hashes
    (a collision would only suggest a pair for the user to decide), each pointing at the first person
    with it; each person's name as the hash of its key."""

    def __init__(self, region: str = "", numbered: bool = False):
        """``numbered``: the owners are numbers (the lines or cards of a file), kept in an array."""
        self.region = region
        self.owners: list[Owner] | array = array("q") if numbered else []
        self.names = array("q")  # owner index -> hash of the name key (0: no name of their own)
        self.mobile_labels = bytearray()  # owner index -> 1 when a phone of theirs is labelled mobile
        self.companies: dict[str, int] = {}  # company key -> owner index of a company
        self.emails: dict[int, int] = {}  # hash of the email -> owner index
        self.phones: dict[int, int] = {}  # hash of the phone key -> owner index
        self.name_company: dict[int, int] = {}  # hash of name key and company key -> owner index

    def _own(self, owner: Owner, name_hash: int) -> int:
        self.owners.append(owner)
        self.names.append(name_hash)
        self.mobile_labels.append(0)
        return len(self.owners) - 1

    def add_company(self, name: str, owner: Owner) -> None:
        if company_key(name) not in self.companies:
            self.companies[company_key(name)] = self._own(owner, 0)

    def add(self, person: Person) -> None:
        named = bool(person.name) and not person.named_after
        name = name_key(person.name) if named else ""
        index = self._own(person.owner, _hash(name) or 1 if named else 0)  # one int object for all its keys
        for email in person.emails:
            self.emails.setdefault(_hash(email_key(email)), index)
        for key, label, _number in person.phone_keys(self.region):
            if len(key) >= 6:
                self.phones.setdefault(_hash(key), index)
                if label.strip().lower() in phones.MOBILE_LABELS:
                    self.mobile_labels[index] = 1
        if named and person.company:
            self.name_company.setdefault(_hash(f"{name}\n{company_key(person.company)}"), index)

    def match(self, person: Person) -> tuple[Owner, str] | None:
        """The person (or company) this one likely is, and why ("same name and email x@y")."""
        emails = [email_key(e) for e in person.emails]
        if person.named_after or not person.name:
            if not person.name and person.company:
                found = self.companies.get(company_key(person.company))
                return (self.owners[found], "same company") if found is not None else None
            for email in emails:
                found = self.emails.get(_hash(email))
                if found is not None:
                    return self.owners[found], f"same email {email}"
            for key, _label, number in person.phone_keys(self.region):
                found = self.phones.get(_hash(key)) if len(key) >= 6 else None
                if found is not None:
                    return self.owners[found], f"same phone {number}"
            return None
        name = _hash(name_key(person.name)) or 1
        for email in emails:
            found = self.emails.get(_hash(email))
            if found is not None and self.names[found] == name:
                return self.owners[found], f"same name and email {email}"
        for key, label, number in person.phone_keys(self.region):
            found = self.phones.get(_hash(key)) if len(key) >= 6 else None
            if found is None or self.names[found] != name:
                continue
            kind = phones.mobile_by_digits(number, self.region)  # the same number: the same kind for both
            labelled = label.strip().lower() in phones.MOBILE_LABELS or bool(self.mobile_labels[found])
            if kind or (kind is None and labelled):
                return self.owners[found], f"same name and mobile {number}"
        if person.company:
            found = self.name_company.get(_hash(f"{name_key(person.name)}\n{company_key(person.company)}"))
            if found is not None:
                return self.owners[found], "same name and company"
        return None


def _hash(text: str) -> int:
    """The key's hash (a collision, about one in 2**64, would only suggest a pair for the user to decide)."""
    return hash(text)
