"""The visit brief: one typical demo visit against a bare reportlab page with the same font and as much
text, in the same run; a day sheet of 20 visits; and the size of a 73-visit Chinese day sheet.

    .venv/bin/python bench/brief.py [--runs N]

Builds a demo database (2,000 customers) in a temporary folder. The brief is timed from its data to the
finished PDF bytes; the baseline lays out the brief's own text, read back with pdftotext, as plain
paragraphs in the same font and size. Gathering the data from the database is timed apart, and so is
the font registration, which the app pays once per process. The day sheets are made from the database
(gathering included): 20 visits of the busiest demo day, and 73 visits of Chinese customers, whose size
is what a rep mails or carries.
"""

import argparse
import datetime as dt
import io
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402
from timing import timed  # noqa: E402

from models.visits.agenda import agenda  # noqa: E402
from models.brief.compose import compose_brief, compose_briefs  # noqa: E402
from models.brief.render import BinaryCanvas, BriefDocument, register_font, text  # noqa: E402
from models.storage.db import open_database  # noqa: E402
from models.demo.book import load_demo  # noqa: E402

TODAY = dt.date(2026, 11, 20)


def baseline_pdf(lines: list[str], font: str) -> bytes:
    out = io.BytesIO()
    style = ParagraphStyle("b", fontName=font, fontSize=8.5, leading=11, wordWrap="CJK")
    SimpleDocTemplate(out, pagesize=A4).build([Paragraph(text(line), style) for line in lines],
                                              canvasmaker=BinaryCanvas)  # the brief's streams: deflated only
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    font_seconds = timed(register_font)
    font = register_font()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'bench.sqlite'}")
        load_demo(db, customers=2000, seed=7, today=TODAY)
        upcoming = agenda(db, TODAY, 3)
        typical = next(v for v in upcoming if not v.customer_name.isascii())
        document = BriefDocument("zh_CN")
        pdf = document.brief_pdf(compose_brief(db, typical.id))
        path = Path(tmp) / "brief.pdf"
        path.write_bytes(pdf)
        lines = [line for line in subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                                                 capture_output=True, text=True).stdout.splitlines() if line.strip()]
        app, base, compose = [], [], []
        for _ in range(args.runs):
            compose.append(timed(lambda: compose_brief(db, typical.id)))
            data = compose_brief(db, typical.id)
            app.append(timed(lambda: document.brief_pdf(data)))
            base.append(timed(lambda: baseline_pdf(lines, font)))
        busiest = max({v.start.date() for v in upcoming}, key=lambda d: sum(v.start.date() == d for v in upcoming))
        day = [v for v in agenda(db, busiest) if v.status != "cancelled"][:20]
        day_runs = [timed(lambda: document.day_sheet_pdf("day", day, compose_briefs(db, [v.id for v in day])))
                    for _ in range(3)]
        chinese = [v for v in agenda(db, TODAY - dt.timedelta(days=120), 240) if not v.customer_name.isascii()
                   and v.status != "cancelled"][:73]
        big = document.day_sheet_pdf("day", chinese, compose_briefs(db, [v.id for v in chinese]))
        (Path(tmp) / "day73.pdf").write_bytes(big)
        fonts = subprocess.run(["pdffonts", str(Path(tmp) / "day73.pdf")], check=True, capture_output=True,
                               text=True).stdout.splitlines()[2:]
        db.close()
    a, b, d = statistics.median(app), statistics.median(base), statistics.median(day_runs)
    print(f"  gathering the brief's data from the database: median {statistics.median(compose) * 1000:.1f} ms")
    print(f"  font registration, once per process: {font_seconds * 1000:.0f} ms")
    print(f"  brief of visit {typical.id} ({len(lines)} lines of text): median {a * 1000:.1f} ms; "
          f"bare reportlab page with the same text and font: {b * 1000:.1f} ms")
    print(f"  day sheet of {len(day)} visits ({busiest}): median {d:.2f} s over 3 runs")
    print(f"  day sheet of {len(chinese)} Chinese visits: {len(big) / 1e6:.2f} MB, {len(fonts)} embedded font subsets")
    print(f"brief_vs_bare_page: {a / b:.2f}x (goal <= 2x)")
    print(f"day_sheet_20_visits: {d * 1000:.0f} ms (goal < 1000 ms)")
    print(f"day_sheet_73_chinese_visits: {len(big) / 1e6:.2f} MB (goal < 1.5 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
