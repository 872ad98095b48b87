"""Screenshots of the main window on demo data, in English and Chinese, for the README and reviews.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py docs/screenshots
"""

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from models.storage.db import open_database  # noqa: E402
from models.demo.book import load_demo  # noqa: E402
from models.storage.paths import DataPaths  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.i18n import install_translators  # noqa: E402


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def open_window(paths: DataPaths):
    """A main window on ``paths``, shown once its database is open (upgraded, checked): on a busy
    machine that takes longer than any fixed wait, and two windows must not upgrade one file at once."""
    from ui.main_window import MainWindow

    window = MainWindow(paths, paths.database_url)
    window.resize(1280, 760)
    loop = QEventLoop()
    window.database_ready.connect(loop.quit)
    QTimer.singleShot(60_000, loop.quit)
    window.show()
    loop.exec()
    return window


def shoot(app, paths: DataPaths, lang: str, target: Path, page: int = 0, search: str = "",
          editor_tabs: tuple[int, ...] = (), planner_tabs: tuple[int, ...] = (), outcome: bool = False) -> None:
    translators = install_translators(app, lang)
    window = open_window(paths)
    wait(800)
    window.show_page(page)
    if search:
        window.customers.search.setText(search)
    wait(400)
    window.grab().save(str(target))
    print(f"wrote {target}")
    tree = window.today.lists.tree if page == 0 and window.today.lists is not None else None
    if tree is not None and tree.verticalScrollBar().maximum() > 0:  # below the fold: the rest of the day
        tree.verticalScrollBar().setValue(tree.verticalScrollBar().maximum())
        wait(200)
        window.grab().save(str(target.with_name(f"{target.stem}-end.png")))
    if editor_tabs:
        window.customers.table.selectRow(0)
        window.customers.open_customer()
        editor = window.customers.editor
        grab_tabs(editor, editor_tabs, target, "editor")
        editor.done(0)
    if planner_tabs:
        shoot_planner(window, target, planner_tabs)
    if outcome:
        shoot_outcome(window, target)
    window.close()
    for translator in translators:
        app.removeTranslator(translator)


def shoot_planner(window, target: Path, tabs: tuple[int, ...]) -> None:
    """The planner of the first visit in the agenda whose customer has a Chinese name."""
    from models.visits.agenda import agenda

    visits = agenda(window.database.db, dt.date.today(), 14)
    chosen = next((v for v in visits if not v.customer_name.isascii()), visits[0])
    window.visits.open_visit(chosen.id)
    planner = window.visits.planner
    grab_tabs(planner, tabs, target, "planner")
    planner.close()


def shoot_outcome(window, target: Path) -> None:
    """The outcome form of an upcoming visit to a customer still in acquisition, filled in as a won deal,
    then the suggestions it leads to."""
    from sqlalchemy import select

    from models.entities import Customer, Visit

    with window.database.db.session() as s:
        visit_id = s.scalar(select(Visit.id).join(Customer).where(Customer.lifecycle_stage == "A",
                                                                  Visit.status == "planned").order_by(Visit.id))
    window.visits.open_visit(visit_id)
    planner = window.visits.planner
    planner.log_outcome()
    form = planner.outcome_dialog
    form.result.setCurrentIndex(form.result.findData("won"))
    form.step.setCurrentIndex(form.step.findData("closing"))
    form.summary.setPlainText("Agreed the 5G package for the head office; wants the branches next quarter.")
    for key in ("asks_how_soon", "compares_tariffs"):
        form.signal_boxes[key].setChecked(True)
    form.agreed.setPlainText("5G business package x 40 lines, 24 months")
    form.amount.setText("38,400")
    form.next_step.setText("Send the signed contract copy and book the installation")
    wait(300)
    form.grab().save(str(target.with_name(f"{target.stem}-outcome.png")))
    form.accept()
    wait(300)
    dialog = planner.suggestions_dialog
    if dialog is not None:
        dialog.grab().save(str(target.with_name(f"{target.stem}-suggestions.png")))
        dialog.reject()
    planner.close()
    print(f"wrote {target.stem}-outcome.png and -suggestions.png")


def shoot_backups(app, paths: DataPaths, lang: str, target: Path) -> None:
    """The backup list (after two backups), the settings' Backups tab, and a damaged copy of the
    database opening read-only with the restore offered."""
    import shutil

    from models.storage.backup import take_backup
    from ui.main_window import MainWindow

    take_backup(paths.database, reason="auto")
    take_backup(paths.database, reason="manual")
    translators = install_translators(app, lang)
    window = open_window(paths)
    wait(1000)
    window.backups.show_backups()
    wait(800)
    window.backups.dialog.grab().save(str(target))
    window.backups.dialog.reject()
    window.show_settings()
    grab_tabs(window.settings_dialog, (3,), target, "settings")
    window.settings_dialog.reject()
    window.close()
    damaged = DataPaths.resolve(paths.root.parent / "damaged").ensure()
    shutil.copy(paths.database, damaged.database)
    shutil.copytree(paths.backups, damaged.backups, dirs_exist_ok=True)
    from tests.damage import break_a_page

    break_a_page(damaged.database)
    window = MainWindow(damaged, damaged.database_url)
    window.resize(1280, 760)
    window.show()
    wait(1500)
    window.grab().save(str(target.with_name(f"{target.stem}-damaged-window.png")))
    if window.backups.message is not None:
        window.backups.message.grab().save(str(target.with_name(f"{target.stem}-damaged.png")))
    window.close()
    for translator in translators:
        app.removeTranslator(translator)
    print(f"wrote {target} and its -settings-3, -damaged")


def shoot_import(app, paths: DataPaths, lang: str, target: Path) -> None:
    """The import window on a GB18030 CSV as Chinese Excel saves it: the columns, then the check."""
    sample = paths.root / "客户名单.csv"
    rows = ["姓名,公司,职位,手机,邮箱,生日,备注", "张伟,华信科技有限公司,采购经理,138 0000 1111,zhang@huaxin.cn,1985-11-30,老客户",
            "王秀英,,,139 1111 2222,wang@example.cn,,", "李娜,中国移动,客户经理,call me,lina@example.cn,,",
            "Emma Wilson,Bluegate Supplies plc,CFO,+44 7700 900123,emma@bluegate.example,1980-03-07,"]
    sample.write_bytes("\r\n".join(rows).encode("gb18030"))
    translators = install_translators(app, lang)
    window = open_window(paths)
    wait(1000)
    window.interchange.import_file(sample)
    dialog = window.interchange.dialog
    wait(400)
    dialog.grab().save(str(target))
    dialog.next_step()
    wait(1200)
    dialog.grab().save(str(target.with_name(f"{target.stem}-check.png")))
    dialog.reject()
    window.close()
    for translator in translators:
        app.removeTranslator(translator)
    print(f"wrote {target} and its -check")


def grab_tabs(dialog, tabs: tuple[int, ...], target: Path, name: str) -> None:
    """One screenshot per tab of a dialog with a ``tabs`` QTabWidget, named after ``target``."""
    for tab in tabs:
        dialog.tabs.setCurrentIndex(tab)
        wait(300)
        shot = target.with_name(f"{target.stem}-{name}-{tab}.png")
        dialog.grab().save(str(shot))
        print(f"wrote {shot}")


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = create_application("en")
    with tempfile.TemporaryDirectory() as tmp:
        empty = DataPaths.resolve(Path(tmp) / "empty").ensure()
        shoot(app, empty, "en", out / "first-run.png")
        shoot(app, empty, "zh_CN", out / "first-run-zh_CN.png")
        demo = DataPaths.resolve(Path(tmp) / "demo").ensure()
        db = open_database(demo.database_url)
        load_demo(db, customers=2000)  # a rep's book: about six visits a day
        db.close()
        shoot(app, demo, "en", out / "main-window.png", page=1)
        shoot(app, demo, "zh_CN", out / "customers-zh_CN.png", page=1, search="王", editor_tabs=(0, 1, 2, 3))
        shoot(app, demo, "zh_CN", out / "visits-zh_CN.png", page=2, planner_tabs=(0, 1, 2, 3, 4))
        shoot(app, demo, "zh_CN", out / "today-zh_CN.png", page=0)
        shoot(app, demo, "zh_CN", out / "reports-zh_CN.png", page=3)
        shoot(app, demo, "en", out / "reports.png", page=3)
        shoot(app, demo, "en", out / "today.png", page=0, outcome=True)
        shoot_backups(app, demo, "zh_CN", out / "backups-zh_CN.png")
        shoot_import(app, demo, "zh_CN", out / "import-zh_CN.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
