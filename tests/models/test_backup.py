"""Backups that restore, and tests that try to break them: a writer committing during backups, damaged
and foreign files offered for restore, a year of thinning on a fake clock, a full disk."""

import datetime as dt
import hashlib
import multiprocessing
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from models.storage import backup

from models.visits import visits
from models.storage.backup import BackupError, RestoreRefused, check_file, list_backups, take_backup, thin, to_keep
from models.storage.db import open_database
from models.storage.restore import restore
from models.storage.schema_version import head_revision
from models.visits.plan_templates import default_checklist
from tests.conftest import REPO, SCHEMA_FIXTURES

TEMPLATE = default_checklist("en")
CHECKLIST = len(TEMPLATE)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def live_state(path: Path) -> tuple:
    """The database as bytes: the file and the frames in its write-ahead log (a reader may leave an empty
    log file behind, which holds nothing)."""
    wal = Path(str(path) + "-wal")
    return digest(path), digest(wal) if wal.exists() and wal.stat().st_size else None


def counts(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("SELECT count(*) FROM customers").fetchone()[0],
                conn.execute("SELECT count(*) FROM visits").fetchone()[0])
    finally:
        conn.close()



@pytest.fixture
def backend():
    """These tests are about the SQLite file itself."""
    return "sqlite"

def test_a_backup_is_verified_private_and_complete(demo_db):
    saved = take_backup(demo_db.path, reason="manual")
    assert saved.parent == demo_db.path.parent / "backups" and saved.name.endswith("-manual.sqlite")
    assert counts(saved) == counts(demo_db.path) and counts(saved)[0] == 300
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600 and stat.S_IMODE(saved.parent.stat().st_mode) == 0o700
    assert backup.sidecar(saved).read_text().split()[0] == backup.file_digest(saved)
    assert not list(saved.parent.glob("*.part")) and not Path(str(saved) + "-wal").exists()
    report = check_file(saved, thorough=True)
    assert (report.revision, report.customers) == (head_revision(), 300)
    assert [b.path for b in list_backups(saved.parent)] == [saved]


def _writer(path: str, started, stop) -> None:
    db = open_database(f"sqlite:///{path}")
    from models.book import customers
    from models.book.customers import CustomerData

    cid = customers.save(db, CustomerData(name="华信科技有限公司")).customer_id
    started.set()
    day = dt.datetime(2026, 1, 1, 9)
    while not stop.is_set():
        visits.create_visit(db, cid, day, TEMPLATE)
        day += dt.timedelta(minutes=30)
    db.close()


def test_a_hundred_backups_taken_while_a_writer_commits_are_each_consistent(db_path, tmp_path):
    open_database(f"sqlite:///{db_path}").close()
    ctx = multiprocessing.get_context("fork")
    started, stop = ctx.Event(), ctx.Event()
    writer = ctx.Process(target=_writer, args=(str(db_path), started, stop))
    writer.start()
    try:
        assert started.wait(30)
        seen = []
        for i in range(100):
            saved = take_backup(db_path, tmp_path / f"b{i}.sqlite")
            conn = sqlite3.connect(saved)
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            visit_count = conn.execute("SELECT count(*) FROM visits").fetchone()[0]
            # every visit came with its whole checklist in one transaction: never half of one
            assert conn.execute("SELECT count(*) FROM checklist_items").fetchone()[0] == visit_count * CHECKLIST
            conn.close()
            seen.append(visit_count)
            saved.unlink()
    finally:
        stop.set()
        writer.join(30)
    assert seen == sorted(seen) and seen[-1] > seen[0], "the writer was committing during the backups"


# -- restore ---------------------------------------------------------------------------------------------
def damaged_copies(good: Path, folder: Path) -> dict[str, Path]:
    data = good.read_bytes()
    made = {}

    def write(name: str, content: bytes, keep_sidecar: bool = False) -> None:
        path = folder / f"{name}.sqlite"
        path.write_bytes(content)
        if keep_sidecar:
            shutil.copy(backup.sidecar(good), backup.sidecar(path))
        made[name] = path

    write("empty", b"")
    write("truncated", data[: len(data) // 2])
    flipped = bytearray(data)
    flipped[len(data) // 2 + 1234] ^= 0x10  # a bit in the middle of the data: only the checksum can tell
    write("bit-flipped-backup", bytes(flipped), keep_sidecar=True)
    page = int.from_bytes(data[16:18], "big")
    broken = bytearray(data)
    broken[page * 1] = 0xFF  # page 2's b-tree type byte: SQLite's own check finds it
    write("bit-flipped-page", bytes(broken))
    write("text", "客户名单\nname,phone\n".encode() * 100)
    foreign = folder / "foreign.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('not ours')")
    conn.commit()
    conn.close()
    made["foreign"] = foreign
    newer = folder / "newer.sqlite"
    shutil.copy(good, newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    made["newer"] = newer
    return made


def test_restore_refuses_damaged_foreign_and_newer_files_and_leaves_the_database_as_it_was(demo_db, tmp_path):
    good = take_backup(demo_db.path, reason="manual")
    path = demo_db.path
    demo_db.close()
    before = live_state(path)
    reasons = {}
    for name, bad in damaged_copies(good, tmp_path).items():
        with pytest.raises(RestoreRefused) as refused:
            restore(path, bad)
        reasons[name] = refused.value.reason
        assert live_state(path) == before, f"{name}: the database changed"
        assert not list(path.parent.glob("*.restore.part*"))
    assert reasons["empty"] == "the file is empty"
    assert "checksum" in reasons["bit-flipped-backup"]
    assert "damaged" in reasons["bit-flipped-page"] or "not a database" in reasons["bit-flipped-page"]
    assert reasons["text"] == "it is not a SQLite database"
    assert reasons["foreign"] == "it is not a Fieldbrief database"
    assert "newer Fieldbrief" in reasons["newer"]
    assert "damaged" in reasons["truncated"] or "not a database" in reasons["truncated"]
    assert [b.path for b in list_backups(good.parent)] == [good]  # nothing was backed up for nothing


def test_restore_swaps_in_the_backup_after_backing_up_the_database(demo_db, tmp_path):
    from models.book import customers

    saved = take_backup(demo_db.path, reason="manual")
    customers.delete_customer(demo_db, 1)
    path = demo_db.path
    demo_db.close()
    assert counts(path)[0] == 299
    Path(str(path) + "-wal").write_bytes(b"stale")  # left by a crash: must not be applied to the new file
    before = restore(path, saved)
    assert counts(path)[0] == 300 and counts(before)[0] == 299
    assert not Path(str(path) + "-wal").exists() or Path(str(path) + "-wal").read_bytes() != b"stale"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    reopened = open_database(f"sqlite:///{path}")
    assert reopened.schema_revision() == head_revision()
    reopened.close()


@pytest.mark.parametrize("where", [(0, 100), (4096, 4096)], ids=["its header", "a page"])
def test_a_database_damaged_past_reading_is_kept_as_it_is_and_restored_over(demo_db, where):
    """SQLite's backup API cannot read a file whose header is broken: the damaged database's bytes are kept
    (its backup "damaged", unverified), and the good backup is swapped in."""
    saved = take_backup(demo_db.path, reason="manual")
    path = demo_db.path
    demo_db.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    damaged = bytearray(path.read_bytes())
    start, length = where
    damaged[start:start + length] = b"\xde\xad\xbe\xef" * (length // 4)
    path.write_bytes(bytes(damaged))
    before = restore(path, saved)
    assert before.name.endswith("-damaged.sqlite") and before.read_bytes() == bytes(damaged)
    assert counts(path)[0] == 300 and check_file(path).customers == 300
    assert before in [b.path for b in list_backups(path.parent / "backups")]


def test_restoring_an_older_schema_upgrades_it(db_path):
    open_database(f"sqlite:///{db_path}").close()
    oldest_with_data = SCHEMA_FIXTURES / "0002.sqlite"
    restore(db_path, oldest_with_data)
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] > 0
    conn.close()
    assert check_file(oldest_with_data).revision == "0002"  # the file restored from is untouched


def test_an_upgrade_is_preceded_by_a_verified_backup(tmp_path):
    work = tmp_path / "fieldbrief.sqlite"
    shutil.copy(SCHEMA_FIXTURES / "0004.sqlite", work)
    open_database(f"sqlite:///{work}").close()
    [saved] = list_backups(tmp_path / "backups")
    assert saved.reason == "before-upgrade-0004" and check_file(saved.path).revision == "0004"


# -- thinning --------------------------------------------------------------------------------------------
def test_thinning_across_a_year_keeps_recent_daily_weekly_and_monthly_and_never_the_newest(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    start = dt.datetime(2026, 1, 1, 8, 0)
    now = start
    made = []
    while now < start + dt.timedelta(days=365):
        if 8 <= now.hour < 19 and now.weekday() < 6:  # a working day's backups, every 30 minutes
            (folder / backup.backup_name(now, "auto")).write_bytes(b"x")
            made.append(now)
            thin(folder, now)
        now += dt.timedelta(minutes=30)
    kept = list_backups(folder)
    newest = kept[0].taken_at
    last = made[-1]
    assert newest == max(t for t in (b.taken_at for b in kept))
    recent = [b for b in kept if last - b.taken_at <= dt.timedelta(days=2)]
    older = [b for b in kept if last - b.taken_at > dt.timedelta(days=2)]
    assert {b.taken_at for b in recent} == {t for t in made if made[-1] - t <= dt.timedelta(days=2)}
    assert len({b.taken_at.date() for b in kept}) >= 7
    months = {(b.taken_at.year, b.taken_at.month) for b in kept}
    assert len(months) == 12  # a year back, one a month
    assert len(older) <= 7 + 4 + 12
    assert len(kept) < 80


def test_the_newest_backup_is_kept_even_when_old(tmp_path):
    old = backup.BackupInfo(tmp_path / "a.sqlite", dt.datetime(2020, 1, 1), "auto", 1)
    assert to_keep([old], dt.datetime(2026, 1, 1), backup.KeepPolicy(0, 0, 0, 0)) == {old.path}


# -- the disk -------------------------------------------------------------------------------------------
def test_a_full_disk_leaves_no_backup_and_the_database_intact(demo_db, tmp_path):
    path = demo_db.path
    demo_db.close()
    before = live_state(path)
    limit = path.stat().st_size // 2
    script = (
        "import resource, signal, sys\n"
        "from pathlib import Path\n"
        f"sys.path.insert(0, {str(REPO)!r})\n"
        "from models.storage.backup import take_backup, BackupError\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n"
        "try:\n"
        f"    take_backup(Path({str(path)!r}), reason='auto')\n"
        "except BackupError as exc:\n"
        "    print(exc); sys.exit(1)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 1, done.stderr
    assert "disk is full" in done.stdout and "Your database is untouched" in done.stdout
    assert list(path.parent.joinpath("backups").iterdir()) == []  # nothing partial under any name
    assert live_state(path) == before
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_an_unwritable_destination_is_a_clear_error(demo_db, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with pytest.raises(BackupError, match="could not be written"):
        take_backup(demo_db.path, blocker / "backup.sqlite")
