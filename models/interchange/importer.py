"""Import a file of contacts: CSV or vCard by its content, checked, then stored (models/interchange/store.py)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from models.db import Database
from models.interchange.records import ImportFileError, Record
from models.interchange.store import Choice, Progress, Summary, check, store


def is_vcard(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError as exc:
        raise ImportFileError(f"{path} cannot be opened: {exc.strerror or exc}.") from exc
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        head = head.removeprefix(bom)
    return b"BEGIN:VCARD" in head.replace(b"\x00", b"").upper()[:200]


def read_records(path: Path, mapping_name: str | None = None, db: Database | None = None
                 ) -> tuple[list[Record | tuple[str, str]], str]:
    """Everything the file holds, as records or (where, reason); and what kind of file it was."""
    if is_vcard(path):
        from models.interchange.vcard import read_vcards

        return list(read_vcards(path)), "vCard"
    from models.interchange.csv_import import PRESETS, guess_mapping, records
    from models.interchange.mappings import load_mapping
    from models.interchange.text_files import CsvRows

    with CsvRows(path) as rows:
        if mapping_name is None:
            mapping = guess_mapping(rows.header)
        elif mapping_name in PRESETS:
            mapping = PRESETS[mapping_name](rows.header)
            if mapping is None:
                raise ImportFileError(f"The file's header is not a {mapping_name} export.")
        else:
            mapping = load_mapping(db, mapping_name) if db is not None else None
            if mapping is None:
                raise ImportFileError(f"There is no mapping called {mapping_name!r}: use google, outlook, fieldbrief "
                                      "or a name saved in the import window.")
        if not mapping.rules:
            raise ImportFileError("No column of the file could be matched to a field: map them in the import "
                                  "window, or save a mapping and pass --mapping NAME.")
        return list(records(rows, mapping)), f"CSV ({rows.encoding}, {_delimiter_name(rows.delimiter)})"


def _delimiter_name(delimiter: str) -> str:
    return {",": "comma", ";": "semicolon", "\t": "tab"}.get(delimiter, repr(delimiter))


def import_file(db: Database, path: Path, mapping_name: str | None = None, duplicates: Choice = Choice.SKIP,
                progress: Progress | None = None) -> Summary:
    found, _kind = read_records(path, mapping_name, db)
    return import_records(db, found, duplicates, progress)


def import_records(db: Database, found: Iterable[Record | tuple[str, str]], duplicates: Choice = Choice.SKIP,
                   progress: Progress | None = None) -> Summary:
    good, doubles, errors = check(db, found)
    summary = store(db, good, doubles, {}, duplicates, progress)
    summary.errors = errors + summary.errors
    return summary
