"""Damage a database file the way a bad sector would: one b-tree page overwritten with garbage."""

import sqlite3
from pathlib import Path


def break_a_page(path: Path, index: str = "ix_customers_name", filler: bytes = b"\xde\xad\xbe\xef") -> None:
    """Overwrite the first page of ``index`` (the write-ahead log checkpointed first, so the page is in
    the file itself)."""
    conn = sqlite3.connect(path)
    page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with open(path, "r+b") as f:
        f.seek((page - 1) * size)
        f.write(filler * (size // len(filler)))
