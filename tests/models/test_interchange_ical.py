"""The iCalendar export parses back with the icalendar library: times in UTC, text escaped, lines folded
by octets, yearly dates repeating."""

import datetime as dt

from icalendar import Calendar

from models.book import customers

from models.visits import outcomes, visits
from models.book.customers import CustomerData, KeyDateData
from models.interchange.ical import export_ics, to_utc
from models.visits.outcomes import FollowUpData, OutcomeData


def test_visits_follow_ups_and_dates_parse_back(db, tmp_path):
    name = "华信科技有限公司; 采购部, \"总部\"\\北京"
    cid = customers.save(db, CustomerData(name=name, key_dates=[KeyDateData("birthday", dt.date(1985, 11, 30))])
                         ).customer_id
    start = dt.datetime(2026, 7, 1, 9, 30)  # summer: a daylight-saving offset where there is one
    vid = visits.create_visit(db, cid, start, [])
    held = visits.create_visit(db, cid, dt.datetime(2026, 1, 5, 14, 0), [])
    outcomes.save_outcome(db, OutcomeData(visit_id=held, result="progressed",
                                          follow_up=FollowUpData(dt.date(2026, 1, 12), "phone", "新报价，含 5G 套餐" * 6)))
    out = tmp_path / "fieldbrief.ics"
    assert export_ics(db, out) == 4
    data = out.read_bytes()
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    cal = Calendar.from_ical(data)
    events = {str(e["uid"]).split("@")[0]: e for e in cal.walk("VEVENT")}
    visit = events[f"visit-{vid}"]
    assert str(visit["summary"]) == f"Visit: {name}"
    assert visit.decoded("dtstart") == to_utc(start) and visit.decoded("dtstart").tzinfo is not None
    assert visit.decoded("dtend") - visit.decoded("dtstart") == dt.timedelta(minutes=60)
    follow_up = next(e for uid, e in events.items() if uid.startswith("follow-up"))
    assert follow_up.decoded("dtstart") == dt.date(2026, 1, 12)
    assert str(follow_up["description"]) == "新报价，含 5G 套餐" * 6
    birthday = next(e for uid, e in events.items() if uid.startswith("date"))
    assert birthday.decoded("dtstart") == dt.date(1985, 11, 30) and birthday["rrule"]["FREQ"] == ["YEARLY"]


def test_the_calendar_is_in_the_users_language(tmp_path):
    """Exported with --lang zh_CN, every title says what the event is in Chinese: 拜访, 跟进 (by phone,
    message or visit), 生日…; in English as before."""
    import re
    import subprocess
    import sys
    from pathlib import Path

    main = Path(__file__).resolve().parents[2] / "main.py"
    data = str(tmp_path / "data")
    subprocess.run([sys.executable, str(main), "--data-dir", data, "demo", "--customers", "40"], check=True,
                   capture_output=True, timeout=300)
    titles = {}
    for lang in ("zh_CN", "en"):
        out = tmp_path / f"{lang}.ics"
        subprocess.run([sys.executable, str(main), "--lang", lang, "--data-dir", data, "export", "--format", "ics",
                        "-o", str(out)], check=True, capture_output=True, timeout=300)
        titles[lang] = [str(e["summary"]) for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")]
    kinds = {re.split(r"[：:]", t)[0] for t in titles["zh_CN"]}
    assert {"拜访", "生日"} <= kinds and any(k.startswith("跟进（") for k in kinds), kinds
    assert not [k for k in kinds if re.search(r"[A-Za-z]", k)], kinds
    english = {re.split(r":", t)[0] for t in titles["en"]}
    assert {"Visit", "Birthday"} <= english and any(k.startswith("Follow-up (") for k in english), english
    assert len(titles["zh_CN"]) == len(titles["en"])
