"""PNGs of the printed brief for docs/screenshots/ (pdftoppm at 100 dpi): the typical plan of issue 15 in
Chinese and English, the longest plan of the demo data, and the summary page of a demo day sheet.

    .venv/bin/python scripts/brief_screenshots.py [docs/screenshots]
"""

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select  # noqa: E402

from models.brief.service import brief_pdf, day_sheet_pdf  # noqa: E402
from models.storage.db import open_database  # noqa: E402
from models.demo.book import load_demo  # noqa: E402
from models.entities import PlanObjection, PlanProduct, PlanQuestion, Visit  # noqa: E402
from tests.brief_plans import typical_visit  # noqa: E402

DEMO_TODAY = dt.date(2026, 11, 20)


def png(pdf: bytes, target: Path, first: int = 1, last: int = 1) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.pdf"
        path.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "100", "-f", str(first), "-l", str(last), "-singlefile", str(path),
                        str(target.with_suffix(""))], check=True)
    print(f"wrote {target}")


def longest_plan(db) -> int:
    """The demo visit with the most written into its plan (texts, questions, products, objections)."""
    size = (func.length(Visit.purpose) + func.length(Visit.action_plan) + func.length(Visit.opening_line)
            + func.length(Visit.customer_profile) + func.length(Visit.expected_reception))
    lists = sum(select(func.count()).where(table.visit_id == Visit.id).scalar_subquery() * 60
                for table in (PlanQuestion, PlanProduct, PlanObjection))
    with db.session() as s:
        return s.scalar(select(Visit.id).order_by((size + lists).desc()).limit(1))


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for lang in ("zh_CN", "en"):
            db = open_database(f"sqlite:///{Path(tmp) / f'typical-{lang}.sqlite'}")
            png(brief_pdf(db, typical_visit(db, lang), lang), out / f"brief-{lang}.png")
            db.close()
        db = open_database(f"sqlite:///{Path(tmp) / 'demo.sqlite'}")
        load_demo(db, customers=500, seed=1, today=DEMO_TODAY)
        png(brief_pdf(db, longest_plan(db), "zh_CN"), out / "brief-longest-demo-plan-zh_CN.png")
        sheet, _count = day_sheet_pdf(db, DEMO_TODAY, "zh_CN")
        png(sheet, out / "day-sheet-summary-zh_CN.png")
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
