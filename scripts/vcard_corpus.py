"""Import every file of the vCard corpus (../shared/corpora/vcard beside the checkout: real exports of public
vCard libraries, kept out of this repository) into a fresh book each, and print per file the cards it
has, the people stored and their names; then the totals.

    .venv/bin/python scripts/vcard_corpus.py [FOLDER]

tests/models/test_vcard_corpus.py runs the same import and checks the counts and a sample of names.
"""

from __future__ import annotations

import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "vcard"
NOTHING_IDENTIFYING = {"aosp__v21_android_custom_prop.vcf": 1}  # cards with no name, company, phone or email

NAMES = {  # a sample, written by hand from reading each file: the names of the people it holds
    "aosp__v21_japanese_1.vcf": ["安藤ロイド"],  # Shift_JIS, said on the value only
    "aosp__v21_japanese_2.vcf": ["安藤 ロイド 1"],
    "aosp__v21_multiple_entry.vcf": ["安藤ロイド3", "安藤ロイド4", "安藤ロイド5"],
    "aosp__v30_japanese.vcf": ["伊能 圭一 伊予"],
    "aosp__v40_sort_as.vcf": ["安藤 ロイド"],
    "aosp__v21_nest.vcf": ["nest1", "nest2", "parent"],  # the outer card too
    "aosp__v21_im.vcf": ["Nick"],  # Android's nickname, the only name it has
    "aosp__v21_invalid_comment_line.vcf": ["Conference Call"],
    "aosp__v21_invalid_multiple_line.vcf": ["Omega"],
    "aosp__v30_pause_wait.vcf": ["Pause Wait"],
    "ezvcard__John_Doe_ANDROID.vcf": ["john.doe@company.com", "jane.doe@company.com", "Ñ Ñ Ñ Ñ Ñ",
                                      "Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ", "Ñ Ñ Ñ Ñ", "ÑÑÑÑ"],
    "ezvcard__John_Doe_IPHONE.vcf": ["Mr. John Richter James Doe Sr."],
    "ezvcard__John_Doe_EVOLUTION.vcf": ["Mr. John Richter, James Doe Sr."],
    "ezvcard__gmail-list.vcf": ["Arnold Smith", "Chris Beatle", "Doug White"],
    "ezvcard__rfc2426-example.vcf": ["Frank Dawson", "Tim Howes"],
    "ezvcard__rfc6350-example.vcf": ["Simon Perreault"],
    "ezvcard__outlook-2003.vcf": ["John Doe III"],
}



@dataclass
class FileResult:
    name: str
    cards: int  # BEGIN:VCARD lines, nested cards included
    stored: int = 0  # people (and companies' own cards) in the book after the import
    names: list[str] = field(default_factory=list)
    checks: int = 0  # values kept in the notes to check
    errors: list[str] = field(default_factory=list)

    @property
    def expected(self) -> int:
        return self.cards - NOTHING_IDENTIFYING.get(self.name, 0)


def count_cards(data: bytes) -> int:
    return len(re.findall(rb"(?im)^[ \t]*BEGIN[ \t]*:[ \t]*VCARD[ \t]*\r?$", data.replace(b"\r\r\n", b"\n")))


def import_one(path: Path, folder: Path, template: Path) -> FileResult:
    """Import one file into a fresh book (a copy of ``template``, an empty database)."""
    import shutil

    from sqlalchemy import select

    from models.storage.db import open_database
    from models.entities import Contact, Customer
    from models.interchange.importer import import_file
    from models.interchange.store import Choice

    result = FileResult(path.name, count_cards(path.read_bytes()))
    target = folder / (path.stem + ".sqlite")
    shutil.copy(template, target)
    db = open_database(f"sqlite:///{target}")
    try:
        summary = import_file(db, path, duplicates=Choice.KEEP_BOTH)
        result.checks = len(summary.checks)
        result.errors = [f"{e.where}: {e.reason}" for e in summary.errors]
        with db.engine.connect() as conn:
            with_contacts = set(conn.scalars(select(Contact.customer_id)))
            for cid, kind, name in conn.execute(select(Customer.id, Customer.kind, Customer.name).order_by(Customer.id)):
                if kind == "person" or cid not in with_contacts:
                    result.names.append(name)
            result.names += list(conn.scalars(select(Contact.name).order_by(Contact.id)))
    finally:
        db.close()
    result.stored = len(result.names)
    return result


def run(corpus: Path = CORPUS) -> list[FileResult]:
    from models.storage.db import open_database

    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "empty.sqlite"
        open_database(f"sqlite:///{template}").close()
        return [import_one(path, Path(tmp), template) for path in sorted(corpus.glob("*.vcf"))]


def main() -> int:
    sys.path.insert(0, str(ROOT))
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    if not corpus.is_dir():
        print(f"No corpus at {corpus}: it lives beside the checkout (../shared/corpora/vcard).")
        return 1
    results = run(corpus)
    for r in results:
        mark = "complete" if r.stored == r.expected else "INCOMPLETE"
        print(f"{r.name:62} {r.cards:3} cards, {r.stored:3} stored, {r.checks:2} values to check  {mark}  "
              f"{' | '.join(r.names)[:90]}")
        for error in r.errors:
            print(f"    not imported: {error}")
    complete = sum(r.stored == r.expected for r in results)
    cards = sum(r.cards for r in results)
    print(f"files complete: {complete} of {len(results)}")
    print(f"cards stored: {sum(r.stored for r in results)} of {cards} "
          f"({cards - sum(r.expected for r in results)} with nothing identifying: not imported, listed)")
    by_name = {r.name: r for r in results}
    right = [name for name, expected in NAMES.items() if name in by_name and sorted(by_name[name].names) == sorted(expected)]
    print(f"names right: {len(right)} of {len(NAMES)} files of the hand-written sample "
          f"({sum(len(NAMES[n]) for n in right)} of {sum(len(v) for v in NAMES.values())} names)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
