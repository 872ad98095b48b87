"""Every file of the vCard corpus (real exports of public vCard libraries, in ../shared/corpora/vcard beside
the checkout, never copied into this repository): every card with anything identifying is stored, and the
names of a sample are what the files say (expected values written by hand from reading each file)."""

import importlib.util
import sqlite3
import sys

import pytest

from tests.conftest import REPO

CORPUS = REPO.parent / "shared" / "corpora" / "vcard"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the vCard corpus is not beside the checkout "
                                f"({CORPUS}): it is kept out of the repository")


def corpus_script():
    spec = importlib.util.spec_from_file_location("vcard_corpus", REPO / "scripts" / "vcard_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclasses look their module up)
    spec.loader.exec_module(module)
    return module




@pytest.fixture(scope="module")
def results():
    return {r.name: r for r in corpus_script().run(CORPUS)}


def test_every_card_with_anything_identifying_is_stored(results):
    assert len(results) == len(list(CORPUS.glob("*.vcf"))) >= 53
    incomplete = {name: (r.stored, r.expected) for name, r in results.items() if r.stored != r.expected}
    assert incomplete == {}
    assert sum(r.cards for r in results.values()) == sum(r.stored for r in results.values()) + 1
    assert results["aosp__v21_android_custom_prop.vcf"].errors  # the one card with nothing: listed, not lost


@pytest.mark.parametrize("name", sorted(corpus_script().NAMES))
def test_names_are_decoded_as_the_file_writes_them(results, name):
    assert sorted(results[name].names) == sorted(corpus_script().NAMES[name])


def test_the_odd_values_are_kept(tmp_path):
    from models.storage.db import open_database
    from models.interchange.importer import import_file

    db = open_database(f"sqlite:///{tmp_path / 'book.sqlite'}")
    for name in ("ezvcard__rfc6350-example.vcf", "aosp__v30_pause_wait.vcf", "aosp__v21_invalid_multiple_line.vcf",
                 "aosp__v21_invalid_comment_line.vcf", "ezvcard__John_Doe_ANDROID.vcf"):
        import_file(db, CORPUS / name)
    db.close()
    with sqlite3.connect(tmp_path / "book.sqlite") as conn:
        values = {v for (v,) in conn.execute("SELECT value FROM channels")}
        notes = {n for (n,) in conn.execute("SELECT notes FROM customers UNION SELECT notes FROM contacts")}
        companies = {n for (n,) in conn.execute("SELECT name FROM customers WHERE kind = 'company'")}
    assert {"+1-418-656-9254 ext. 102", "p1234p5678w9", "omega@example.com"} <= values
    assert any("#<- sharp) example" in n for n in notes)
    assert "Ñ" * 44 in companies  # the stray =80 at the end of the quoted-printable ORG is dropped
