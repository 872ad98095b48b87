"""Who is who twice: the keys that tell likely duplicates, and an index of people and companies by them.

- A company by its name without region prefixes and legal suffixes: 上海华联超市有限公司, 华联超市 and
  华联超市（北京）股份有限公司 are one key; so are "Harbour Lights Ltd." and "harbour lights".
- A person by name plus a shared email or a shared personal mobile, or by name at the same company.
  A shared landline (a switchboard) never makes two people of different companies one; two people of
  one name at no company who share a number (a home line) are likely one.
- A person at no company with a name and nothing else (no email, no phone), by that name: nothing
  tells them apart from someone of that name at no company.
- A person a file could only name after their email or phone: by that email or phone alone.

Used by the import (models/interchange/store.py) against the book and within the file, and by Customers
> Find Duplicates… (models/book/merge.py).
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass, field
from functools import lru_cache

from models.book import phones

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


@dataclass(slots=True)
class Person:
    """What the index knows of one person (or company): for the keys, and to say who it is."""

    owner: Owner
    name: str = ""
    company: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[tuple[str, str]] = field(default_factory=list)  # (label, number)
    named_after: bool = False  # a file had no name for them: they are known by their email or phone only
    _keys: Keys | None = None

    def keys(self, region: str) -> Keys:
        """The person's keys, computed once (the import matches each person against the book and the file)."""
        if self._keys is None:
            named = bool(self.name) and not self.named_after
            name = name_key(self.name) if named else ""
            company = company_key(self.company) if self.company else ""
            emails = []
            for address in self.emails:
                address = email_key(address)
                emails.append((hash(("email", address)), address))
            phone_keys = []
            for label, number in self.phones:
                key = phones.key(number, region)
                if len(key) >= 6:  # shorter ones are extensions and the like: they tell no one apart
                    phone_keys.append((hash(("phone", key)), label.lower().strip() in phones.MOBILE_LABELS, number))
            self._keys = Keys(hash(("name", name)) if named else 0, emails, phone_keys,
                              hash(("person", name, company)) if named and company else 0, company,
                              hash(("person alone", name)) if named and not company else 0)
        return self._keys


@dataclass(slots=True)
class Keys:
    name: int  # the hash of the name key; 0: no name of their own
    emails: list[tuple[int, str]]  # (hash, the email as compared)
    phones: list[tuple[int, bool, str]]  # (hash of the normalised number, labelled mobile, the number as written)
    name_company: int  # the hash of name and company key; 0: not both
    company: str  # the company key ("" without a company)
    name_alone: int = 0  # the hash of the name of a person without a company


class Index:
    """People and companies by the keys above; ``match`` finds the one a new person likely is.

    Compact, so that a file of 100,000 people stays small in memory: the keys are kept as their hashes
    (a collision, about one in 2**64, would only suggest a pair for the user to decide) in one table,
    each pointing at the first person with it; each person's name as the hash of its key."""

    def __init__(self, region: str = "", numbered: bool = False):
        """``numbered``: the owners are numbers (the lines or cards of a file), kept in an array."""
        self.region = region
        self.owners: list[Owner] | array = array("q") if numbered else []
        self.names = array("q")  # owner index -> hash of the name key (0: no name of their own)
        self.mobile_labels = bytearray()  # owner index -> 1 when a phone of theirs is labelled mobile
        self.at_no_company = bytearray()  # owner index -> 1 for a named person without a company
        self.companies: dict[str, int] = {}  # company key -> owner index of a company
        self.table = _Table()  # hash of an email, a phone key, or a name and company -> owner index

    def __len__(self) -> int:
        return len(self.owners)

    def _own(self, owner: Owner, name_hash: int) -> int:
        self.owners.append(owner)
        self.names.append(name_hash)
        self.mobile_labels.append(0)
        self.at_no_company.append(0)
        return len(self.owners) - 1

    def add_company(self, name: str, owner: Owner) -> None:
        key = company_key(name)
        if key not in self.companies:
            self.companies[key] = self._own(owner, 0)

    def add(self, person: Person) -> None:
        keys = person.keys(self.region)
        index = self._own(person.owner, keys.name)
        for email_hash, _email in keys.emails:
            self.table.setdefault(email_hash, index)
        for phone_hash, labelled_mobile, _number in keys.phones:
            self.table.setdefault(phone_hash, index)
            if labelled_mobile:
                self.mobile_labels[index] = 1
        if keys.name_company:
            self.table.setdefault(keys.name_company, index)
        elif keys.name and not keys.company:
            self.at_no_company[index] = 1
            self.table.setdefault(keys.name_alone, index)

    def match(self, person: Person) -> tuple[Owner, str] | None:
        """The person (or company) this one likely is, and why ("same name and email x@y")."""
        if not self.owners:
            return None
        keys = person.keys(self.region)
        if not keys.name:
            if not person.name and keys.company:
                found = self.companies.get(keys.company)
                return (self.owners[found], "same company") if found is not None else None
            for email_hash, email in keys.emails:
                found = self.table.get(email_hash)
                if found is not None:
                    return self.owners[found], f"same email {email}"
            for phone_hash, _labelled, number in keys.phones:
                found = self.table.get(phone_hash)
                if found is not None:
                    return self.owners[found], f"same phone {number}"
            return None
        names = self.names
        for email_hash, email in keys.emails:
            found = self.table.get(email_hash)
            if found is not None and names[found] == keys.name:
                return self.owners[found], f"same name and email {email}"
        for phone_hash, labelled, number in keys.phones:
            found = self.table.get(phone_hash)
            if found is None or names[found] != keys.name:
                continue
            kind = phones.mobile_by_digits(number, self.region)  # the same number: the same kind for both
            if kind or (kind is None and (labelled or bool(self.mobile_labels[found]))):
                return self.owners[found], f"same name and mobile {number}"
            if not keys.company and self.at_no_company[found]:  # a home line, not a company's switchboard
                return self.owners[found], f"same name and phone {number}"
        if keys.name_company:
            found = self.table.get(keys.name_company)
            if found is not None:
                return self.owners[found], "same name and company"
        elif not keys.company and not keys.emails and not keys.phones:
            found = self.table.get(keys.name_alone)
            if found is not None:
                return self.owners[found], "same name"
        return None


class _Table:
    """A hash -> owner index table in two arrays, open addressing: about 24 bytes a key where a dict of
    int keys and values takes some 90 (100,000 people have some 250,000 keys)."""

    def __init__(self, capacity: int = 1 << 14):
        self.keys = array("q", bytes(8 * capacity))  # 0: a free slot (a hash of 0 is stored as 1)
        self.values = array("i", bytes(4 * capacity))
        self.count = 0

    def get(self, key: int) -> int | None:
        key = key or 1
        keys, mask = self.keys, len(self.keys) - 1
        slot = key & mask
        while True:
            found = keys[slot]
            if found == key:
                return self.values[slot]
            if found == 0:
                return None
            slot = (slot + 1) & mask

    def setdefault(self, key: int, value: int) -> int:
        """The value of ``key``, set to ``value`` when it has none yet."""
        key = key or 1
        keys, mask = self.keys, len(self.keys) - 1
        slot = key & mask
        while True:
            found = keys[slot]
            if found == key:
                return self.values[slot]
            if found == 0:
                break
            slot = (slot + 1) & mask
        keys[slot] = key
        self.values[slot] = value
        self.count += 1
        if self.count * 2 > len(keys):
            self._grow()
        return value

    def _grow(self) -> None:
        old_keys, old_values = self.keys, self.values
        capacity = len(old_keys) * 2
        keys, values, mask = array("q", bytes(8 * capacity)), array("i", bytes(4 * capacity)), capacity - 1
        for key, value in zip(old_keys, old_values):
            if key:
                slot = key & mask
                while keys[slot]:
                    slot = (slot + 1) & mask
                keys[slot] = key
                values[slot] = value
        self.keys, self.values = keys, values

