"""The rows of a table a user brings, whether Excel saved it as .xlsx or as CSV: a header, then each row
with its line (or row) number, read as a stream. Cells of a workbook keep their type (a number, a date);
cells of a CSV are text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from models.interchange import import_text
from models.interchange.records import ImportFileError
from models.interchange.text_files import CsvRows, Rows


def is_xlsx(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"PK\x03\x04"
    except OSError:
        return False


class XlsxRows(Rows):
    """The first sheet of a workbook, like CsvRows."""

    encoding = "xlsx"
    delimiter = ""

    def __init__(self, path: Path):
        from openpyxl import load_workbook

        self.path = path
        try:
            self.book = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a damaged file; its message is not the user's
            raise ImportFileError(import_text.NOT_A_WORKBOOK, name=path.name) from exc
        self.sheet = self.book.worksheets[0]
        rows = self.sheet.iter_rows(values_only=True)
        first = next(rows, None)
        self.header = [str(h).strip() if h is not None else "" for h in (first or ())]
        if not any(self.header):
            self.close()
            raise ImportFileError(import_text.EMPTY_SHEET, name=path.name)

    def __iter__(self) -> Iterator[tuple[int, list]]:
        for number, row in enumerate(self.sheet.iter_rows(min_row=2, values_only=True), start=2):
            cells = ["" if c is None else c for c in row]
            if any(str(c).strip() for c in cells):
                yield number, cells

    def close(self) -> None:
        self.book.close()


def open_rows(path: Path) -> CsvRows | XlsxRows:
    return XlsxRows(path) if is_xlsx(path) else CsvRows(path)
