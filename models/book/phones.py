"""Phone numbers as people and phones write them, read with Google's libphonenumber (``phonenumbers``):
extensions (``x12``, ``ext. 12``, ``;ext=12``), vanity letters (``+1-800-MYFAX``), pauses and waits
(``p``, ``w``, ``,``), ``tel:`` URIs, and national numbers read in a default region.

A number is stored as it was written; ``key`` is its normalised form (E.164 digits, the extension apart)
for the duplicate checks and the search text. It is computed where it is needed, not stored: the
schema has no column for it.

The default region is a setting (``models.book.settings.load_phone_region``); without one it is CN for a
Chinese (zh_CN) user and otherwise the country of the language or locale (en_GB: GB).
"""

from __future__ import annotations

import locale
import os
import re
import unicodedata
from functools import lru_cache

import phonenumbers

EXCEL_SHORTENED = "Excel shortened this number: format the column as Text and export again."
NOT_A_PHONE = "Not a phone number: digits, spaces, + ( ) - allowed, e.g. +86 138 1234 5678."
TOO_LONG = "At most 40 characters (now {count})."
TOO_FEW_DIGITS = "Too few digits for a phone number (at least 3)."
TOO_MANY_DIGITS = "Too many digits for a phone number (at most 20)."
MAX_LENGTH = 40

_EXCEL = re.compile(r"^\s*\d(?:[.,]\d+)?E\+?\d+\s*$", re.IGNORECASE)
# where the number itself ends: an extension, or a pause (p, comma) or wait (w, semicolon) before more digits
_EXTENSION = re.compile(r"\s*(?:;\s*ext\s*=|\b(?:ext|extn|extension)\.?|\s+x\.?|#|x(?=\d))\s*(\d{1,10})\s*$",
                        re.IGNORECASE)
_PAUSES = re.compile(r"[pPwW,;][\dpPwW,;#*]*$")  # a pause and only digits and pauses after it
_PAUSE = re.compile(r"[pPwW,;]")
_ALLOWED = re.compile(r"^\+?[\dA-Za-z\s().\-/]+$")
_PLAIN = re.compile(r"^\+?[\d\s().\-/]{3,40}$")  # digits and the usual separators only: the common case
_LETTER = re.compile(r"[A-Za-z]")
_SEPARATORS = str.maketrans("", "", " ()-./")
_NOT_DIGIT = re.compile(r"\D+")


def _plain_digits(value: str) -> str | None:
    """The digits of a number written with ASCII digits, spaces, ( ) - . / and a leading + only, the common
    case (found without a regular expression: the import reads hundreds of thousands); else None."""
    bare = (value[1:] if value.startswith("+") else value).translate(_SEPARATORS)
    return bare if 3 <= len(value) <= MAX_LENGTH and bare.isascii() and bare.isdigit() else None


def default_region(lang: str | None = None) -> str:
    """CN for zh_CN; else the country of the language (en_GB: GB) or of the system locale; "" if none."""
    for candidate in (lang, _system_locale()):
        if not candidate:
            continue
        if candidate.lower().startswith("zh_cn") or candidate.lower().startswith("zh-cn"):
            return "CN"
        found = re.match(r"^[a-z]{2,3}[_-]([A-Za-z]{2})\b", candidate)
        if found and found.group(1).upper() in phonenumbers.SUPPORTED_REGIONS:
            return found.group(1).upper()
    return ""


def _system_locale() -> str:
    for name in ("LC_ALL", "LC_CTYPE", "LANG"):
        if os.environ.get(name):
            return os.environ[name]
    try:
        return locale.getlocale()[0] or ""
    except ValueError:
        return ""


def regions() -> list[str]:
    """Every region a default can be, by its two-letter code."""
    return sorted(phonenumbers.SUPPORTED_REGIONS)


def split(value: str) -> tuple[str, str]:
    """The number and what is dialled after it (an extension, or digits after a pause), as written."""
    text = value.strip()
    if text.lower().startswith("tel:"):
        text = text[4:]
    found = _EXTENSION.search(text)
    if found:
        return text[:found.start()].strip(), found.group(1)
    pause = _PAUSES.search(text)
    if pause and pause.start() > 0:
        return text[:pause.start()].strip(), _NOT_DIGIT.sub("", text[pause.start():])
    if pause:  # "p1234p5678w9": pauses before the number too
        return _PAUSE.sub("", text), ""
    return text, ""


def problem(value: str, region: str = "") -> str | None:
    """Why ``value`` cannot be stored as a phone number (None when it can)."""
    if not value.strip():
        return None
    if len(value) > MAX_LENGTH:
        return TOO_LONG.replace("{count}", str(len(value)))
    bare = _plain_digits(value)
    if bare is not None or _PLAIN.match(value):
        return _digit_count_problem(len(bare if bare is not None else _NOT_DIGIT.sub("", value)))
    if _EXCEL.match(value):
        return EXCEL_SHORTENED
    number, _rest = split(value)
    if not number or not _ALLOWED.match(number):
        return NOT_A_PHONE
    if _LETTER.search(number):  # vanity letters: only in a number libphonenumber reads
        try:
            phonenumbers.parse(number, region or "US")
        except phonenumbers.NumberParseException:
            return NOT_A_PHONE
        number = phonenumbers.convert_alpha_characters_in_number(number)
        if _LETTER.search(number):
            return NOT_A_PHONE
    return _digit_count_problem(len(_NOT_DIGIT.sub("", number)))


def _digit_count_problem(count: int) -> str | None:
    if count < 3:
        return TOO_FEW_DIGITS
    return TOO_MANY_DIGITS if count > 20 else None


def national_digits(typed: str) -> str:
    """A number typed the international way (+86 190 9676 3565, 0086…) as the digits its country writes
    it with, without the country code or a trunk 0 (19096763565; 57187654321 for +86 571 8765 4321):
    what every way of storing it holds. Its digits as typed where it cannot be read so."""
    text = unicodedata.normalize("NFKC", typed).strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        return phonenumbers.national_significant_number(phonenumbers.parse(text, None))
    except phonenumbers.NumberParseException:
        return _NOT_DIGIT.sub("", text)


def key(value: str, region: str = "") -> str:
    """The normalised number: its E.164 digits (the country code first, no +) when it can be read, else
    its digits; an extension is left out. The same number written two ways gets the same key."""
    number, bare = value, _plain_digits(value)
    if bare is None:
        if not value.isascii():  # full-width digits (１３８) as ASCII ones
            number = value = unicodedata.normalize("NFKC", value)
        if not _PLAIN.match(value):
            number, _rest = split(value)
            if _LETTER.search(number):
                number = phonenumbers.convert_alpha_characters_in_number(number)
        bare = _NOT_DIGIT.sub("", number)
    if not bare:
        return ""
    stripped = number.lstrip()
    if stripped.startswith("+"):
        return bare
    if region == "CN":  # the common case, without the parser: mobiles 1xx xxxx xxxx, landlines 0xx…
        if len(bare) == 11 and bare[0] == "1":
            return "86" + bare
        if bare.startswith("00"):
            return bare[2:]
        if bare[0] == "0" and 10 <= len(bare) <= 12:
            return "86" + bare[1:]
        if bare.startswith("86") and len(bare) == 13:
            return bare
        return bare
    return _parsed_key(bare, region)


@lru_cache(maxsize=20_000)
def _parsed_key(bare: str, region: str) -> str:
    if not region:
        return bare
    try:
        parsed = phonenumbers.parse(bare, region)
    except phonenumbers.NumberParseException:
        return bare
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164).lstrip("+")


MOBILE_LABELS = frozenset({"mobile", "cell", "iphone", "手机", "移动电话"})


def is_mobile(value: str, label: str = "", region: str = "") -> bool:
    """A personal mobile: a mobile number by its digits (libphonenumber's type), or labelled so where the
    digits do not tell (a landline in a "mobile" column is still a landline)."""
    kind = mobile_by_digits(value, region)
    return kind if kind is not None else label.strip().lower() in MOBILE_LABELS


def mobile_by_digits(value: str, region: str = "") -> bool | None:
    """Whether the number is a mobile by its digits: True, False (a landline), None (they do not tell)."""
    number, _rest = split(value)
    try:
        parsed = phonenumbers.parse(phonenumbers.convert_alpha_characters_in_number(number), region or None)
    except phonenumbers.NumberParseException:
        return None
    kind = phonenumbers.number_type(parsed)
    if kind == phonenumbers.PhoneNumberType.MOBILE:
        return True
    return False if kind == phonenumbers.PhoneNumberType.FIXED_LINE else None
