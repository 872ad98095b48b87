"""Reading a text file whatever wrote it: the encoding (UTF-8 with or without BOM, UTF-16, GB18030/GBK
as Chinese Excel writes it, Windows-1252 as Western Excel does) and, for CSV, the delimiter.

A file is read as a stream in the encoding chosen from its start; a byte that does not decode later on
stops the import with the line it is on. Nothing is ever decoded with replacement characters.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from models.interchange import import_text as text
from models.interchange.records import ImportFileError


SAMPLE = 64 * 1024
DELIMITERS = (",", ";", "\t")
CELL_LIMIT = 64 * 1024 * 1024  # a cell this big is read (and cut to its field's limit); Python's default is 128 KB
csv.field_size_limit(max(csv.field_size_limit(), CELL_LIMIT))
READABLE = "UTF-8, UTF-16, GB18030/GBK or Windows-1252"


def detect_encoding(head: bytes) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if len(head) >= 4 and head.count(0) * 4 > len(head):  # UTF-16 without a BOM: every other byte is 0
        return "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
    if 0 in head:
        raise ImportFileError(text.NOT_TEXT)
    if _decodes(head, "utf-8"):
        return "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(head, cp_isolation=["gb18030", "cp1252"]).best()
    if best is not None and _decodes(head, best.encoding):
        return best.encoding
    for encoding in ("gb18030", "cp1252"):  # no verdict (a sample that is one long repetitive cell): strictly
        if _decodes(head, encoding):
            return encoding
    raise ImportFileError(text.UNKNOWN_ENCODING)


def _decodes(head: bytes, encoding: str) -> bool:
    """The sample decodes strictly (a character cut off at the sample's end is allowed)."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        decoder.decode(head, final=len(head) < SAMPLE)
    except UnicodeDecodeError:
        return False
    return True


def open_text(path: Path) -> tuple[io.TextIOWrapper, str]:
    """The file as decoded text (a stream) and the encoding found."""
    try:
        raw: BinaryIO = open(path, "rb")  # noqa: SIM115 - handed over to the wrapper, closed by the caller
    except OSError as exc:
        raise ImportFileError(text.CANNOT_OPEN, path=str(path)) from exc
    head = raw.read(SAMPLE)
    raw.seek(0)
    try:
        encoding = detect_encoding(head)
    except ImportFileError:
        raw.close()
        raise
    return io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline=""), encoding


def detect_delimiter(text_head: str) -> str:
    """The delimiter that splits the first lines into the same number (> 1) of fields; comma when unsure."""
    lines = text_head.splitlines()[:20]
    if len(lines) > 1 and len(text_head) >= SAMPLE // 2:
        lines = lines[:-1]  # the last line of a sample may be cut
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            counts = [len(row) for row in csv.reader(lines, delimiter=delimiter) if row]
        except csv.Error:
            continue
        if not counts or counts[0] < 2:
            continue
        consistent = sum(1 for c in counts if c == counts[0])
        score = (consistent, counts[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def first_bad_line(path: Path, encoding: str) -> int:
    """The line of the first byte that does not decode (counted in the file's own line breaks)."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    lines = 1
    with open(path, "rb") as f:
        while chunk := f.read(SAMPLE):
            try:
                text = decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                good = decoder.decode(chunk[:exc.start]) if exc.start else ""
                return lines + good.count("\n")
            lines += text.count("\n")
    return lines


class Rows:
    """A table read as a stream: ``header``, then (number, cells) for each row that is not empty."""

    header: list[str]

    def __iter__(self) -> Iterator[tuple[int, list]]:
        raise NotImplementedError

    def preview(self, count: int = 5) -> list[list]:
        return [row for _i, (_line, row) in zip(range(count), self, strict=False)]

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


class CsvRows(Rows):
    """The rows of a CSV file after the header, with their line numbers; a stream, not read whole."""

    def __init__(self, path: Path):
        self.path = path
        self.stream, self.encoding = open_text(path)
        try:
            head = self.stream.read(SAMPLE)
            self.stream.seek(0)
        except UnicodeDecodeError as exc:
            self.close()
            raise ImportFileError(text.BAD_START, encoding=self.encoding) from exc
        self.delimiter = detect_delimiter(head)
        self.reader = csv.reader(self.stream, delimiter=self.delimiter)
        try:
            self.header = [h.strip() for h in next(self.reader, [])]
        except csv.Error as exc:
            self.close()
            raise ImportFileError(text.NOT_CSV) from exc
        if not any(self.header):
            self.close()
            raise ImportFileError(text.EMPTY_FILE)

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        line = self.reader.line_num
        while True:
            try:
                row = next(self.reader)
            except StopIteration:
                return
            except UnicodeDecodeError as exc:
                raise ImportFileError(text.BAD_BYTE, line=first_bad_line(self.path, self.encoding),
                                      encoding=self.encoding) from exc
            except csv.Error as exc:
                reason = text.CELL_TOO_BIG if "field larger" in str(exc) else text.BROKEN_LINE
                raise ImportFileError(reason, line=self.reader.line_num) from exc
            if any(cell.strip() for cell in row):
                yield line + 1, row
            line = self.reader.line_num

    def close(self) -> None:
        self.stream.close()
