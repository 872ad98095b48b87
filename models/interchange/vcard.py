"""vCard 2.1, 3.0 and 4.0 as phones and mail programs write them, read by hand (popular parsers fail on
real Android and Outlook files): many cards a file, folded lines, quoted-printable with soft breaks,
CHARSET parameters, bare 2.1 types (TEL;CELL), grouped Apple labels (item1.X-ABLabel), photos dropped
with a note. And contacts written as vCard 3.0, lines folded at 75 octets without splitting a character.
"""

from __future__ import annotations

import datetime as dt
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from models.entities import NO_YEAR
from models.interchange.records import ImportFileError, Record, full_name, name_parts, no_year_text, parse_birthday
from models.interchange.text_files import detect_encoding

LABELS = {"cell": "mobile", "mobile": "mobile", "work": "work", "home": "home", "fax": "fax", "pager": "pager",
          "main": "main", "pref": "", "voice": "", "internet": "", "x400": "", "other": "other", "iphone": "iphone"}


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
        raise ImportFileError(f"{path} cannot be opened: {exc.strerror or exc}.") from exc
    yield from parse_vcards(data)


def parse_vcards(data: bytes) -> Iterator[Record | tuple[str, str]]:
    encoding = detect_encoding(data[:65536]) if data else "utf-8"
    if encoding.startswith("utf-16"):
        try:
            data = data.decode(encoding).encode("utf-8")
        except UnicodeDecodeError as exc:
            raise ImportFileError(f"The file cannot be read as {encoding}: {exc.reason}.") from exc
        encoding = "utf-8"
    encoding = "utf-8" if encoding == "utf-8-sig" else encoding
    data = data.removeprefix(b"\xef\xbb\xbf")
    cards = 0
    card: list[Property] | None = None
    for line_no, line in _logical_lines(data):
        name_part = line.split(b":", 1)[0].upper()
        if name_part == b"BEGIN" and line.upper().endswith(b"VCARD"):
            card = []
            cards += 1
            continue
        if name_part == b"END" and card is not None:
            where = f"card {cards}"
            try:
                yield _record(where, card)
            except ValueError as exc:
                yield where, str(exc)
            card = None
            continue
        if card is None:
            continue
        try:
            card.append(_property(line, encoding))
        except ValueError as exc:
            card.append(Property("", "X-FIELDBRIEF-ERROR", {}, f"line {line_no}: {exc}"))
    if cards == 0:
        raise ImportFileError("The file has no vCard in it (no BEGIN:VCARD line).")


def _logical_lines(data: bytes) -> Iterator[tuple[int, bytes]]:
    """Unfold: a line starting with a space or tab continues the one before; a quoted-printable line
    ending with "=" continues on the next (vCard 2.1's soft break)."""
    physical = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")
    current: bytes | None = None
    start = 0
    for number, line in enumerate(physical, 1):
        if current is not None and line[:1] in (b" ", b"\t"):
            current += line[1:]
            continue
        if current is not None and _soft_break(current):
            current = current[:-1] + line
            continue
        if current is not None and current.strip():
            yield start, current
        current, start = line, number
    if current is not None and current.strip():
        yield start, current


def _soft_break(line: bytes) -> bool:
    head = line.split(b":", 1)[0].upper()
    return b"QUOTED-PRINTABLE" in head and line.endswith(b"=")


def _property(line: bytes, encoding: str) -> Property:
    head, sep, raw_value = line.partition(b":")
    if not sep:
        raise ValueError("a line without a colon")
    parts = _split_params(head.decode("ascii", errors="replace"))
    name = parts[0]
    group = ""
    if "." in name:
        group, name = name.rsplit(".", 1)
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        key, eq, value = part.partition("=")
        if eq:
            params.setdefault(key.upper(), []).extend(v.strip('"') for v in value.split(","))
        else:  # vCard 2.1: TEL;CELL;VOICE, or ;QUOTED-PRINTABLE
            upper = key.upper()
            if upper in ("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT"):
                params.setdefault("ENCODING", []).append(upper)
            else:
                params.setdefault("TYPE", []).append(key)
    encodings = {e.upper() for e in params.get("ENCODING", [])}
    charset = (params.get("CHARSET") or [encoding])[0]
    if encodings & {"B", "BASE64"}:
        return Property(group.upper(), name.upper(), params, "")  # binary (a photo): never decoded as text
    if "QUOTED-PRINTABLE" in encodings:
        raw_value = quopri.decodestring(raw_value)
    try:
        value = raw_value.decode(charset)
    except (LookupError, UnicodeDecodeError):
        try:
            value = raw_value.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValueError(f"{name} cannot be read as {charset}") from exc
    return Property(group.upper(), name.upper(), params, value)


def _split_params(head: str) -> list[str]:
    parts, current, quoted = [], "", False
    for ch in head:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    return parts


def unescape(value: str) -> str:
    return re.sub(r"\\([\\,;nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _components(value: str) -> list[str]:
    """A structured value (N, ADR, ORG) split at unescaped semicolons."""
    return [unescape(part) for part in re.split(r"(?<!\\);", value)]


def _record(where: str, card: list[Property]) -> Record:
    record = Record(where)
    labels = {p.group: unescape(p.value).strip("_$!<>") for p in card if p.name == "X-ABLABEL" and p.group}
    family = given = ""
    for p in card:
        if p.name == "X-FIELDBRIEF-ERROR":
            raise ValueError(p.value)
        if p.name == "FN":
            record.name = unescape(p.value).strip()
        elif p.name == "N":
            parts = _components(p.value) + ["", ""]
            family, given = parts[0].strip(), parts[1].strip()
        elif p.name == "ORG":
            record.company = _components(p.value)[0].strip()
        elif p.name == "TITLE":
            record.title = unescape(p.value).strip()
        elif p.name in ("TEL", "EMAIL"):
            value = unescape(p.value).strip()
            if p.name == "TEL" and value.lower().startswith("tel:"):
                value = value[4:]
            label = labels.get(p.group, "") if p.group else ""
            label = (label or _label(p.params)).lower()[:50]
            if value:
                (record.phones if p.name == "TEL" else record.emails).append((label, value))
        elif p.name == "BDAY":
            found = parse_birthday(unescape(p.value))
            if found is not None:
                record.birthday, record.birthday_year_known = found
                omitted = p.params.get("X-APPLE-OMIT-YEAR", [""])[0]  # Apple: 1604-07-04 with the year omitted
                if omitted.isdigit() and record.birthday.year == int(omitted):
                    record.birthday, record.birthday_year_known = _in_no_year(record.birthday), False
        elif p.name == "ADR":
            parts = _components(p.value) + [""] * 7
            record.address = ", ".join(x.strip() for x in (parts[2], parts[1]) if x.strip())
            record.city = parts[3].strip()
        elif p.name == "NOTE":
            record.notes = unescape(p.value).replace("\r\n", "\n").replace("\r", "\n")
        elif p.name == "CATEGORIES":
            record.tags += [unescape(t).strip() for t in re.split(r"(?<!\\),", p.value)
                            if t.strip() and t.strip() != "myContacts"]  # Google's "everyone" group
        elif p.name == "PHOTO":
            record.dropped.append("a photo (Fieldbrief does not keep photos)")
    if record.name and record.name == record.company and not (family or given):
        record.name = ""  # the card of a company itself
    if not record.name:
        record.name = full_name(given, family)
    return record


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
            param = f";TYPE={_param(label)}" if label else ""
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
