"""Import a file of contacts: CSV or vCard by its content, checked, then stored (models/interchange/store.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from models.storage.db import Database
from models.interchange import import_text as text
from models.interchange.records import ImportFileError, Record
from models.interchange.store import Choice, Progress, Summary, scan, store


def is_vcard(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError as exc:
        raise ImportFileError(text.CANNOT_OPEN, path=str(path)) from exc
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        head = head.removeprefix(bom)
    return b"BEGIN:VCARD" in head.replace(b"\x00", b"").upper()[:200]


def source(path: Path, mapping_name: str | None = None, db: Database | None = None, mapping=None,
           date_order: str = "") -> Source:
    """The file's records as a source that can be read more than once (a scan, then the import), each
    time as a stream: memory stays flat whatever the file's size. The day/month order of the dates is
    ``date_order`` (records.DMY, MDY) if given, else what the whole date columns decide; dates it leaves
    open are in ``Source.ambiguous_dates`` (the window asks; else they are kept in the notes to check)."""
    if is_vcard(path):
        return Source(path, "vCard", None)
    from models.interchange.csv_import import PRESETS, column_dates, guess_mapping
    from models.interchange.mappings import load_mapping, saved_mappings
    from models.interchange.text_files import CsvRows

    with CsvRows(path) as rows:
        kind = f"CSV ({rows.encoding}, {_delimiter_name(rows.delimiter)})"
        if mapping is None and mapping_name is None:
            remembered = [m for m in (saved_mappings(db).values() if db is not None else []) if m.header == rows.header]
            mapping = remembered[-1] if remembered else guess_mapping(rows.header)
        elif mapping is None and mapping_name in PRESETS:
            mapping = PRESETS[mapping_name](rows.header)
            if mapping is None:
                raise ImportFileError(text.NOT_THAT_EXPORT, mapping=mapping_name)
        elif mapping is None:
            mapping = load_mapping(db, mapping_name) if db is not None else None
            if mapping is None:
                raise ImportFileError(text.NO_SUCH_MAPPING, mapping=repr(mapping_name))
        decided, ambiguous = column_dates(rows, mapping) if not date_order else (date_order, [])
    if not mapping.rules:
        raise ImportFileError(text.NO_COLUMNS)
    mapping.date_order = decided or mapping.date_order
    found = Source(path, kind, mapping)
    found.encoding, found.delimiter = rows.encoding, rows.delimiter
    found.ambiguous_dates = [] if mapping.date_order else ambiguous
    found.dates_decided = bool(decided) and not date_order
    return found


class Source:
    def __init__(self, path: Path, kind: str, mapping):
        self.path, self.kind, self.mapping = path, kind, mapping
        self.ambiguous_dates: list[str] = []  # 04/03/1985: the order of day and month is the user's to say
        self.dates_decided = False  # the file's own dates (a day over 12) decided the order
        self.encoding = self.delimiter = ""  # a CSV file's, as found

    def __iter__(self) -> Iterator[Record | tuple[str, str]]:
        if self.mapping is None:
            from models.interchange.vcard import read_vcards

            yield from read_vcards(self.path)
            return
        from models.interchange.csv_import import records
        from models.interchange.text_files import CsvRows

        with CsvRows(self.path) as rows:
            yield from records(rows, self.mapping)


def read_records(path: Path, mapping_name: str | None = None, db: Database | None = None
                 ) -> tuple[list[Record | tuple[str, str]], str]:
    """Everything the file holds, as records or (where, reason), in memory (for tests and previews)."""
    found = source(path, mapping_name, db)
    return list(found), found.kind


def _delimiter_name(delimiter: str) -> str:
    return {",": "comma", ";": "semicolon", "\t": "tab"}.get(delimiter, repr(delimiter))


def import_file(db: Database, path: Path, mapping_name: str | None = None, duplicates: Choice = Choice.SKIP,
                progress: Progress | None = None, date_order: str = "") -> Summary:
    """Import a file of contacts (CSV, vCard), or a whole Fieldbrief workbook (every row of every sheet)."""
    from models.interchange.workbook import import_workbook, is_workbook

    if is_workbook(path):
        return import_workbook(db, path, progress)
    found = source(path, mapping_name, db, date_order=date_order)
    return store(db, found, scan(db, found), {}, duplicates, progress)
