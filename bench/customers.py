"""The customer list at 100,000 customers, each figure against a baseline measured in the same run.

    .venv/bin/python bench/customers.py [--customers N] [--runs N] [--database FILE]

Builds a demo database (100,000 customers, ~500,000 visits) in a temporary folder unless --database
names one. First paint and search are timed to the table's viewport painting the rows; sort to the
model holding the sorted page after a click on the Name header (its baseline is the bare query). Medians of --runs.
"""

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402
from timing import timed  # noqa: E402

COLUMNS = ("id, name, kind, city, segment, tier, lifecycle_stage, last_visit_at, next_visit_at, trend_bp, "
           "spend_drop, avg_spend_cents, archived, sort_name")
# (pinyin in full and as initials, full-width as a Chinese input method types it: the raw query gets the
# term as the app folds it, models.book.search_text.search_terms)
TERMS = ["秀英", "王", "北京", "harbor", "zzzq", "1381", "a", "wxy", "wangxiuying", "beijing", "ｗａｎｇ"]


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


class PaintWatch(QObject):
    def __init__(self, widget):
        super().__init__()
        self.painted = False
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def until_painted(app, view: QTableView) -> None:
    watch = PaintWatch(view.viewport())
    view.viewport().update()
    while not watch.painted:
        app.processEvents()
    view.viewport().removeEventFilter(watch)


class BareModel(QAbstractTableModel):
    """The least a table model can be: tuples in a list."""

    def __init__(self, rows):
        super().__init__()
        self.rows = rows

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 8

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.rows[index.row()][index.column() + 1]
            return None if value is None else str(value)
        return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--database", type=Path)
    args = parser.parse_args()
    app = QApplication([])
    from models.storage.db import open_database
    from models.demo.book import load_demo
    from ui.app import create_application

    create_application("en")
    with tempfile.TemporaryDirectory() as tmp:
        path = args.database or Path(tmp) / "bench.sqlite"
        if args.database is None:
            print(f"building a demo database of {args.customers:,} customers…", flush=True)
            db = open_database(f"sqlite:///{path}")
            load_demo(db, customers=args.customers, seed=5)
            db.close()
        return run(app, path, args.runs)


def run(app, path: Path, runs: int) -> int:
    from models.storage.db import open_database
    from ui.pages.customers import CustomersPage

    db = open_database(f"sqlite:///{path}")
    raw = sqlite3.connect(path)
    from models.book.search_text import search_terms

    first_page = f"SELECT {COLUMNS} FROM customers WHERE archived = 0 ORDER BY sort_name, id LIMIT 200"
    # (as the app asks: +archived keeps SQLite off the indexes that hold it, models.storage.dialect.read_by_scan)
    # (the page's ids from the covering index of the search text, then their rows; a customer whose
    # search text is not made yet is found by name or city through the partial index of the stale ones)
    search_sql = (f"SELECT {COLUMNS} FROM customers WHERE id IN (SELECT id FROM customers WHERE +archived = 0 AND "
                  "(instr(search_text, ?1) > 0 OR id IN (SELECT id FROM customers AS stale WHERE stale.derived_stale "
                  "AND (instr(lower(stale.name), ?1) > 0 OR instr(lower(stale.city), ?1) > 0))) "
                  "ORDER BY +sort_name, id LIMIT 200) ORDER BY sort_name, id")
    sort_sql = [f"SELECT {COLUMNS} FROM customers WHERE archived = 0 ORDER BY sort_name {order}, id {order} LIMIT 200"
                for order in ("DESC", "ASC")]

    # -- first paint of the list (baseline first: it warms Qt's styles and fonts for both) ------------
    app_paint, base_paint = [], []
    rss_before = rss_shown = 0.0
    for run_index in range(runs):
        view = QTableView()
        view.resize(1200, 800)
        view.show()
        app.processEvents()
        base_paint.append(timed(lambda: (view.setModel(BareModel(raw.execute(first_page).fetchall())),
                                         until_painted(app, view))))
        page = CustomersPage()
        page.resize(1200, 800)
        page.show()
        app.processEvents()
        if run_index == 0:
            rss_before = rss_mb()
        app_paint.append(timed(lambda: (page.set_database(db), until_painted(app, page.table))))
        if run_index == 0:
            rss_shown = rss_mb()
        for widget in (view, page):
            widget.close()
            widget.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # processEvents() leaves deferred deletes
        app.processEvents()

    # -- search and sort on one page ------------------------------------------------------------------
    page = CustomersPage()
    page.resize(1200, 800)
    page.show()
    page.set_database(db)
    until_painted(app, page.table)
    app_search, base_search = [], []
    for _ in range(runs):
        for term in TERMS:
            page.search.clear()
            app.processEvents()
            app_search.append(timed(lambda: (page.search.setText(term), until_painted(app, page.table))))
            base_search.append(timed(lambda: raw.execute(search_sql, (search_terms(term)[0],)).fetchall()))
    page.search.clear()
    app.processEvents()
    app_sort, base_sort = [], []
    header = page.table.horizontalHeader()
    name_section = QPoint(header.sectionViewportPosition(0) + 20, header.height() // 2)
    for run_index in range(runs * 4):
        # A click on the Name header flips the order; timed from the click to the model holding the
        # sorted page (painting it costs the same for any model; the figure is against the query).
        app_sort.append(timed(lambda: QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                                                        pos=name_section)))
        app.processEvents()
        base_sort.append(timed(lambda: raw.execute(sort_sql[run_index % 2]).fetchall()))

    # -- memory: show the list and scroll through 10,000 rows -----------------------------------------
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    for _ in range(49):
        page.model.fetchMore()
    page.table.scrollToBottom()
    until_painted(app, page.table)
    rss_scrolled = rss_mb()
    db.close()
    raw.close()

    def report(name, mine, base):
        m, b = statistics.median(mine), statistics.median(base)
        print(f"  {name}: Fieldbrief median {m * 1000:.1f} ms, baseline {b * 1000:.1f} ms")
        return m, b

    m, b = report("first paint of the list", app_paint, base_paint)
    paint_ratio = m / b
    m, b = report("search keystroke to rows shown", app_search, base_search)
    search_ratio, search_ms = m / b, m * 1000
    m, b = report("sort by name", app_sort, base_sort)
    sort_ratio = m / b
    print(f"  RSS: {rss_before:.0f} MB before, {rss_shown:.0f} MB with the list shown, "
          f"{rss_scrolled:.0f} MB after all the search and sort runs and scrolling through 10,000 rows")
    print(f"customers_first_paint: {paint_ratio:.2f}x (goal <= 2x)")
    print(f"customers_search: {search_ratio:.2f}x (goal <= 2x)")
    print(f"customers_search_ms: {search_ms:.0f} ms (goal < 100 ms)")
    print(f"customers_sort: {sort_ratio:.2f}x (goal <= 2x)")
    print(f"customers_rss_growth: {rss_shown - rss_before:.1f} MB (goal <= 30 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
