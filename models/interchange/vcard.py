"""vCard 2.1, 3.0 and 4.0 as phones and mail programs write them, read by hand (popular parsers fail on
real Android, iPhone and Outlook files; ez-vcard is the reference for what a reader should survive):

- line ends CR, LF, CRLF and the iPhone's CR CR LF; folded lines (3.0: a space or tab; 2.1: quoted-printable
  soft breaks, a backslash at the end of a line, base64 lines without indentation); # comment lines;
- each value in its own CHARSET (SHIFT_JIS, windows-1253…), the file's guessed encoding only for values
  without one, a value that does not decode read in the next likely encoding (never refused);
- parameters in double quotes (TYPE="a,b:c"), non-ASCII parameters, bare 2.1 types (TEL;CELL), grouped
  Apple labels (item1.X-ABLabel); nested cards (each its own person), a last card without END:VCARD
  (imported and flagged); a card with only an email or a phone (named after it).

Values that do not fit their field go to the person's notes (records.settle). And contacts written as
vCard 3.0, lines folded at 75 octets without splitting a character.
"""

from __future__ import annotations

import datetime as dt
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from models.vocabulary import NO_YEAR
from models.interchange import import_text as text
from models.interchange.records import (
    Check,
    DateProblem,
    ImportFileError,
    Record,
    full_name,
    name_parts,
    no_year_text,
    parse_birthday,
    settle,
)

LABELS = {"cell": "mobile", "mobile": "mobile", "work": "work", "home": "home", "fax": "fax", "pager": "pager",
          "main": "main", "pref": "", "voice": "", "internet": "", "x400": "", "other": "other", "iphone": "iphone",
          "msg": "", "text": "", "video": ""}
# the usual labels as vCard's TYPE names them (what contacts apps file a number by; LABELS reads them back)
VCARD_TYPES = {"mobile": "CELL", "work": "WORK", "home": "HOME", "fax": "FAX", "pager": "PAGER", "main": "MAIN",
               "iphone": "IPHONE", "other": "OTHER"}
CHARSETS = {"shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "gb2312": "gb18030",
            "gbk": "gb18030", "big5": "big5hkscs"}  # the supersets the phones that write them really use
GUESSES = ["utf_8", "gb18030", "cp932", "big5", "euc_kr", "cp1252", "cp1251", "cp1253", "cp1250"]
_PROPERTY = re.compile(rb"^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)?[;:]")
IM = ("IMPP", "X-AIM", "X-ICQ", "X-JABBER", "X-MSN", "X-YAHOO", "X-SKYPE", "X-SKYPE-USERNAME", "X-GOOGLE-TALK",
      "X-GTALK", "X-QQ", "X-WECHAT", "X-MS-IMADDRESS", "X-SIP")


@dataclass
class Property:
    group: str
    name: str
    params: dict[str, list[str]] = field(default_factory=dict)
    value: str = ""


def read_vcards(path: Path) -> Iterator[Record | tuple[str, str]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(text.CANNOT_OPEN, path=str(path)) from exc
    yield from parse_vcards(data)


def parse_vcards(data: bytes) -> Iterator[Record | tuple[str, str]]:
    data = _as_bytes_of_8bit_text(data)
    lines = list(_logical_lines(data))
    guess = _guess_encoding(lines)
    cards = 0
    open_cards: list[tuple[int, list[Property]]] = []  # nested cards: the innermost last
    for _line_no, line in lines:
        head, value = _split_line(line)
        if value is None:
            continue  # a bare name without a colon (Evolution's FN): nothing to read
        name = head.split(b";", 1)[0].upper()
        if name == b"BEGIN" and value.strip().upper() == b"VCARD":
            cards += 1
            open_cards.append((cards, []))
            continue
        if name == b"END" and value.strip().upper() == b"VCARD" and open_cards:
            number, card = open_cards.pop()
            yield _record(f"card {number}", card)
            continue
        if open_cards:
            open_cards[-1][1].append(_property(head, value, guess))
    while open_cards:  # the file ended inside a card: imported, and flagged for the user to check
        number, card = open_cards.pop()
        record = _record(f"card {number}", card)
        record.checks.append(Check("card", "", text.UNTERMINATED))
        yield record
    if cards == 0:
        raise ImportFileError(text.NO_VCARD)


def _as_bytes_of_8bit_text(data: bytes) -> bytes:
    """UTF-16 (with or without a BOM) as UTF-8; a UTF-8 BOM dropped."""
    from models.interchange.text_files import detect_encoding

    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(head) >= 4 and head.count(0) * 4 > len(head)):
        encoding = detect_encoding(head)
        try:
            return data.decode(encoding).encode("utf-8")
        except UnicodeDecodeError as exc:
            raise ImportFileError(text.NOT_UTF16, encoding=encoding) from exc
    return data.removeprefix(b"\xef\xbb\xbf")


def _logical_lines(data: bytes) -> Iterator[tuple[int, bytes]]:
    """Unfold: a line starting with a space or tab continues the one before (3.0); a quoted-printable line
    ending with "=" continues on the next, and so does a line ending with a backslash (2.1); base64 goes
    on, indented or not, until a line that starts a property or an empty line. # lines are comments."""
    physical = data.replace(b"\r\r\n", b"\n").replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")
    current: bytes | None = None
    start = 0
    for number, line in enumerate(physical, 1):
        if current is not None:
            if line[:1] in (b" ", b"\t"):
                current += line[1:]
                continue
            if _soft_break(current):
                current = current[:-1] + line
                continue
            if line and _in_base64(current) and not _PROPERTY.match(line):
                current += line
                continue
            if line and _backslash_break(current) and not _PROPERTY.match(line):
                current = current[:-1] + b"\\n" + line
                continue
            if current.strip():
                yield start, current
        current, start = line, number
        if line.startswith(b"#"):
            current = None  # a comment (a "#" line that continues a value was taken above)
    if current is not None and current.strip():
        yield start, current


def _head(line: bytes) -> bytes:
    return _split_line(line)[0].upper()


def _soft_break(line: bytes) -> bool:
    return b"QUOTED-PRINTABLE" in _head(line) and line.endswith(b"=")


def _in_base64(line: bytes) -> bool:
    head = _head(line)
    return b"BASE64" in head or b"ENCODING=B" in head


def _backslash_break(line: bytes) -> bool:
    trailing = len(line) - len(line.rstrip(b"\\"))
    return trailing % 2 == 1 and b"QUOTED-PRINTABLE" not in _head(line)


def _split_line(line: bytes) -> tuple[bytes, bytes | None]:
    """The name and parameters, and the value, split at the first colon outside double quotes (None: no
    colon at all, as in Evolution's bare FN line, which is skipped)."""
    quoted = False
    for i, byte in enumerate(line):
        if byte == 0x22:  # "
            quoted = not quoted
        elif byte == 0x3A and not quoted:  # :
            return line[:i], line[i + 1:]
    colon = line.find(b":")  # quotes that never close: the first colon after all
    return (line, None) if colon < 0 else (line[:colon], line[colon + 1:])


def _guess_encoding(lines: list[tuple[int, bytes]]) -> str:
    """The encoding of the values that do not say theirs: UTF-8 when they all read as UTF-8, else the
    best guess from those values' bytes alone."""
    sample = b"\n".join(value for _n, line in lines for head, value in [_split_line(line)]
                        if value is not None and b"CHARSET=" not in head.upper() and not _in_base64(line)
                        and max(value, default=0) > 0x7F)[:65536]
    if not sample:
        return "utf-8"
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(sample, cp_isolation=GUESSES).best()
    return best.encoding if best is not None else "cp1252"


def _property(head_bytes: bytes, raw_value: bytes, guess: str) -> Property:
    head = _decode(head_bytes, "utf-8", "utf-8")
    parts = _split_params(head)
    name = parts[0].strip()
    group = ""
    if "." in name:
        group, name = name.rsplit(".", 1)
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        key, eq, value = part.partition("=")
        if eq:
            params.setdefault(key.strip().upper(), []).extend(v.strip().strip('"') for v in _split_list(value))
        else:  # vCard 2.1: TEL;CELL;VOICE, or ;QUOTED-PRINTABLE
            upper = key.strip().upper()
            if upper in ("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT"):
                params.setdefault("ENCODING", []).append(upper)
            elif upper:
                params.setdefault("TYPE", []).append(key.strip())
    encodings = {e.upper() for e in params.get("ENCODING", [])}
    if encodings & {"B", "BASE64"}:
        return Property(group.upper(), name.upper(), params, "")  # binary (a photo): never decoded as text
    if "QUOTED-PRINTABLE" in encodings:
        raw_value = quopri.decodestring(raw_value)
    charset = (params.get("CHARSET") or [""])[0]
    return Property(group.upper(), name.upper(), params, _decode(raw_value, charset, guess))


def _decode(raw: bytes, charset: str, guess: str) -> str:
    """The value in its own charset; else UTF-8, the file's guess, Windows-1252 and Latin-1 (which reads
    anything), in that order. A stray byte at the very end (a cut-off "=80") is dropped."""
    tried = []
    for name in (CHARSETS.get(charset.lower(), charset), "utf-8", guess, "cp1252"):
        if not name or name in tried:
            continue
        tried.append(name)
        try:
            return raw.decode(name)
        except LookupError:
            continue
        except UnicodeDecodeError as exc:
            if len(tried) == 1 and exc.start >= len(raw) - 3 and exc.start > 0:
                try:
                    return raw[:exc.start].decode(name)
                except UnicodeDecodeError:
                    pass
    return raw.decode("latin-1")


def _split_params(head: str) -> list[str]:
    """NAME;PARAM=x;PARAM="a;b" split at semicolons outside double quotes (the quotes kept)."""
    return _split_outside_quotes(head, ";", keep_quotes=True)


def _split_list(value: str) -> list[str]:
    """A parameter's values split at commas outside double quotes: TYPE="a,b",PREF is two values."""
    return _split_outside_quotes(value, ",", keep_quotes=False)


def _split_outside_quotes(text_value: str, separator: str, keep_quotes: bool) -> list[str]:
    parts, current, quoted = [], "", False
    for ch in text_value:
        if ch == '"':
            quoted = not quoted
            if not keep_quotes:
                continue
        if ch == separator and not quoted:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    return parts


def unescape(value: str) -> str:
    return re.sub(r"\\([\\,;:nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _components(value: str) -> list[str]:
    """A structured value (N, ADR, ORG) split at unescaped semicolons."""
    return [unescape(part) for part in re.split(r"(?<!\\);", value)]


def _record(where: str, card: list[Property]) -> Record:
    record = Record(where)
    labels = {p.group: unescape(p.value).strip("_$!<>") for p in card if p.name == "X-ABLABEL" and p.group}
    family = given = nickname = ""
    extra: list[str] = []  # what the card has twice, or that has no field: kept in the notes
    has_org = any(p.name == "ORG" and p.value.strip(" ;") for p in card)
    for p in card:
        if p.name == "FN":
            record.name = record.name or unescape(p.value).strip()
        elif p.name == "N":
            parts = _components(p.value) + ["", ""]
            family, given = parts[0].strip(), parts[1].strip()
        elif p.name == "NICKNAME":
            nickname = nickname or unescape(p.value).strip()
        elif p.name == "X-ANDROID-CUSTOM" and p.value.startswith("vnd.android.cursor.item/nickname;"):
            nickname = nickname or _components(p.value)[1].strip()
        elif p.name == "ORG":
            company = " ".join(c.strip() for c in _components(p.value)[:1]).strip()
            if company and not record.company:
                record.company = company
            elif company and company != record.company:
                extra.append(f"{_word('company')}: {company}")
        elif p.name == "TITLE":
            title = unescape(p.value).strip()
            if title and not record.title:
                record.title = title
            elif title and title != record.title:
                extra.append(f"{_word('title')}: {title}")
        elif p.name in ("TEL", "EMAIL"):
            value = unescape(p.value).strip()
            if p.name == "TEL":
                value = _tel(value)
            label = labels.get(p.group, "") if p.group else ""
            label = (label or _label(p.params)).lower()[:50]
            if value:
                (record.phones if p.name == "TEL" else record.emails).append((label, value))
        elif p.name == "BDAY":
            _birthday(record, p)
        elif p.name == "ADR":
            _address(record, p, has_org, extra)
        elif p.name == "NOTE":
            note = unescape(p.value).replace("\r\n", "\n").replace("\r", "\n").strip("\n")
            record.notes = f"{record.notes}\n{note}" if record.notes and note else record.notes or note
        elif p.name == "URL":
            url = unescape(p.value).strip()
            if url and not record.website:
                record.website = url  # one longer than the field goes to the notes (settle)
            elif url and url != record.website:
                extra.append(f"{_word('website')}: {url}")
        elif p.name in IM or (p.name.startswith("X-") and p.name.endswith(("-IM", "IMADDRESS"))):
            value = unescape(p.value).strip()
            if value:
                extra.append(f"IM: {value}")
        elif p.name == "CATEGORIES":
            record.tags += [unescape(t).strip() for t in re.split(r"(?<!\\),", p.value)
                            if t.strip() and t.strip() != "myContacts"]  # Google's "everyone" group
        elif p.name == "PHOTO":
            record.dropped.append(text.PHOTO_DROPPED)
    if record.name and record.name == record.company and not (family or given):
        record.name = ""  # the card of a company itself
    if not record.name:
        record.name = full_name(given, family) or nickname
    if nickname and nickname != record.name:  # kept beside the name
        extra.append(f"{_word('nickname')}: {nickname}")
    if extra:
        record.notes = "\n".join(([record.notes] if record.notes else []) + extra)
    return settle(record)


def _word(field_name: str) -> str:
    from models.runtime import language

    return language.word("import", text.FIELD_NAMES[field_name])


def _tel(value: str) -> str:
    """A tel: URI as a number as people write it: tel:+1-418-656-9254;ext=102 is +1-418-656-9254 ext. 102."""
    if value.lower().startswith("tel:"):
        value = value[4:]
        number, _sep, params = value.partition(";")
        found = re.search(r"(?:^|;)ext=([^;]+)", params, re.IGNORECASE)
        return f"{number} ext. {found.group(1)}" if found else number
    return value


def _birthday(record: Record, p: Property) -> None:
    written = unescape(p.value).strip()
    try:
        found = parse_birthday(written)
    except DateProblem as problem:
        record.check("birthday", written, problem.reason)
        return
    if found is not None and record.birthday is None:
        record.birthday, record.birthday_year_known = found
        omitted = p.params.get("X-APPLE-OMIT-YEAR", [""])[0]  # Apple: 1604-07-04 with the year omitted
        if omitted.isdigit() and record.birthday.year == int(omitted):
            record.birthday, record.birthday_year_known = _in_no_year(record.birthday), False


def _address(record: Record, p: Property, has_org: bool, extra: list[str]) -> None:
    """ADR: street, extended, city; a work address of a card with a company is the company's."""
    parts = _components(p.value) + [""] * 7
    street = ", ".join(x.strip().replace("\n", ", ") for x in (parts[2], parts[1]) if x.strip())
    city = parts[3].strip()
    if not (street or city):
        return
    types = {t.lower() for value in p.params.get("TYPE", []) for t in value.split(",")}
    if has_org and "work" in types and not (record.company_address or record.company_city):
        record.company_address, record.company_city = street, city
    elif not (record.address or record.city):
        record.address, record.city = street, city
    else:
        extra.append(f"{_word('address')}: {', '.join(x for x in (street, city) if x)}")


def _in_no_year(day: dt.date) -> dt.date:
    return dt.date(NO_YEAR, day.month, day.day)


def _label(params: dict[str, list[str]]) -> str:
    for value in params.get("TYPE", []):
        for part in value.split(","):
            label = LABELS.get(part.lower(), part.lower() if not part.lower().startswith("x-") else part[2:].lower())
            if label:
                return label
    return ""


# -- writing --------------------------------------------------------------------------------------------
def escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


def fold(line: str) -> str:
    """Fold at 75 octets (RFC 6350 3.2) without cutting a UTF-8 character; continuation lines start with
    a space."""
    out, current, size = [], "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > 75:
            out.append(current)
            current, size = " ", 1
        current += ch
        size += width
    out.append(current)
    return "\r\n".join(out)


def card_lines(record: Record) -> list[str]:
    family, given = name_parts(record.name) if record.name else ("", "")
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{escape(record.name or record.company)}",
             f"N:{escape(family)};{escape(given)};;;"]
    if not record.name:
        lines.append("X-ABShowAs:COMPANY")  # the card of a company: shown by its name, not as a person
    if record.company:
        lines.append(f"ORG:{escape(record.company)}")
    if record.title:
        lines.append(f"TITLE:{escape(record.title)}")
    for kind, pairs in (("TEL", record.phones), ("EMAIL", record.emails)):
        for label, value in pairs:
            param = f";TYPE={_param(VCARD_TYPES.get(label, label))}" if label else ""
            lines.append(f"{kind}{param}:{escape(value)}")
    if record.birthday:
        day = record.birthday.isoformat() if record.birthday_year_known else no_year_text(record.birthday)
        lines.append(f"BDAY:{day}")
    if record.address or record.city:
        lines.append(f"ADR:;;{escape(record.address)};{escape(record.city)};;;")
    if record.notes:
        lines.append(f"NOTE:{escape(record.notes)}")
    if record.tags:
        lines.append("CATEGORIES:" + ",".join(escape(t) for t in record.tags))
    lines.append("END:VCARD")
    return [fold(line) for line in lines]


def _param(label: str) -> str:
    label = label.replace('"', "'")
    return f'"{label}"' if re.search(r"[;:,\s]", label) else label


def export_vcards(db, target: Path) -> int:
    """Every person (contacts and person customers) and every company's own card, as vCard 3.0."""
    from models.interchange.book import book_records

    part = target.with_name(target.name + ".part")
    count = 0
    with open(part, "w", encoding="utf-8", newline="") as f:
        for record in book_records(db):
            f.write("\r\n".join(card_lines(record)) + "\r\n")
            count += 1
    part.replace(target)
    return count
