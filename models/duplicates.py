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
from dataclasses import dataclass, field

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


Owner = tuple[int, "int | None", str]  # (customer id, contact id or None, the name in the book)


@dataclass
class Person:
    """What the index knows of one person (or company): for the keys, and to say who it is."""

    owner: Owner
    name: str = ""
    company: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[tuple[str, str]] = field(default_factory=list)  # (label, number)
    named_after: bool = False  # a file had no name for them: they are known by their email or phone only


class Index:
    """People and companies by the keys above; ``match`` finds the one a new person duplicates."""

    def __init__(self, region: str = ""):
        self.region = region
        self.companies: dict[str, Owner] = {}
        self.by_email: dict[tuple[str, str], Owner] = {}  # (name key, email)
        self.by_phone: dict[tuple[str, str], list[tuple[Owner, str, str]]] = {}  # (name key, phone key)
        self.by_company: dict[tuple[str, str], Owner] = {}  # (name key, company key)
        self.email_only: dict[str, Owner] = {}
        self.phone_only: dict[str, Owner] = {}

    def add_company(self, name: str, owner: Owner) -> None:
        self.companies.setdefault(company_key(name), owner)

    def add(self, person: Person) -> None:
        owner = person.owner
        emails = [email_key(e) for e in person.emails]
        phone_keys = [(phones.key(number, self.region), label, number) for label, number in person.phones]
        for email in emails:
            self.email_only.setdefault(email, owner)
        for key, _label, _number in phone_keys:
            if len(key) >= 6:
                self.phone_only.setdefault(key, owner)
        if person.named_after or not person.name:
            return
        name = name_key(person.name)
        for email in emails:
            self.by_email.setdefault((name, email), owner)
        for key, label, number in phone_keys:
            if len(key) >= 6:
                self.by_phone.setdefault((name, key), []).append((owner, label, number))
        if person.company:
            self.by_company.setdefault((name, company_key(person.company)), owner)

    def match(self, person: Person) -> tuple[Owner, str] | None:
        """The person (or company) this one likely is, and why ("same name and email x@y")."""
        emails = [email_key(e) for e in person.emails]
        if person.named_after or not person.name:
            if not person.name and person.company:
                found = self.companies.get(company_key(person.company))
                return (found, "same company") if found else None
            for email in emails:
                if email in self.email_only:
                    return self.email_only[email], f"same email {email}"
            for _label, number in person.phones:
                found = self.phone_only.get(phones.key(number, self.region))
                if found:
                    return found, f"same phone {number}"
            return None
        name = name_key(person.name)
        for email in emails:
            found = self.by_email.get((name, email))
            if found:
                return found, f"same name and email {email}"
        for label, number in person.phones:
            key = phones.key(number, self.region)
            for owner, their_label, their_number in self.by_phone.get((name, key), []) if len(key) >= 6 else []:
                if phones.is_mobile(number, label, self.region) or \
                        phones.is_mobile(their_number, their_label, self.region):
                    return owner, f"same name and mobile {number}"
        if person.company:
            found = self.by_company.get((name, company_key(person.company)))
            if found:
                return found, "same name and company"
        return None
