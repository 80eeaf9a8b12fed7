"""A BMA progress entry whose header's number OCR glued to its date's day
("รายงานครั้งที่ 14 มกราคม 2567" for "รายงานครั้งที่ 1 <tab> 4 มกราคม
2567"): the number read 14 breaks the run and its budget clause names report
1, so it was renumbered 1, and the date's slot, a month and a year with no
day, was left unread (every such entry's date missing).  Now the digits the
number has past its own are the day (value_repaired, rule day_in_number;
assemble._day_in_number).  Not where the slot opens with anything but a
month's name, nor where those digits are no day.  A number whose digits do not open with its own, a day's,
is that day whole, the header's own number lost ("รายงานครั้งที่ 5 มิถุนายน 2567" as report 2)."""

from __future__ import annotations

import json
from datetime import date

from parsers.bma_progress.entries import parse_entries
from schemas.document import Line


def _entries(first: str, second: str = "รายงานครั้งที่ 211 มิถุนายน 2567 : อยู่ระหว่างการเตรียมจัดทำ"):
    texts = [
        first,
        "ความก้าวหน้าของงานฯ = 17.00 % งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท",
        "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
        second,
        "ความก้าวหน้าของงานฯ = 45.00 % งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0 บาท",
        "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    ]
    return parse_entries([Line(100 + k, t) for k, t in enumerate(texts)])


def test_the_digits_past_the_number_are_the_day():
    result = _entries("รายงานครั้งที่ 14 มกราคม 2567 : จัดเตรียมข้อมูล/จัดทำโครงการ")
    assert sorted(result.entries) == [1, 2]
    assert result.entries[1].date == date(2024, 1, 4)
    assert result.entries[2].date == date(2024, 6, 11)
    said = [i for i in result.issues if i.code == "value_repaired" and i.field == "progress_reports.report_date"]
    assert [json.loads(i.evidence) for i in said] == [
        {"rule": "day_in_number", "printed": "14 มกราคม 2567", "read": None, "chosen": "2024-01-04"},
        {"rule": "day_in_number", "printed": "211 มิถุนายน 2567", "read": None, "chosen": "2024-06-11"}]


def test_a_slot_with_its_day_or_a_number_of_other_digits_is_not_read_so():
    # the slot has its own day: nothing of the number is a day
    result = _entries("รายงานครั้งที่ 14 ๓ มกราคม 2567 : จัดเตรียมข้อมูล/จัดทำโครงการ")
    assert not [i for i in result.issues if "day_in_number" in (i.evidence or "")
                and json.loads(i.evidence)["printed"].startswith("14")]
    # the number's digits do not open with its own (report 1 printed 54), and are no day: none read from them
    result = _entries("รายงานครั้งที่ 54 มกราคม 2567 : จัดเตรียมข้อมูล/จัดทำโครงการ")
    assert result.entries[1].date is None


def test_a_number_no_reading_of_the_reports_own_is_the_day_its_number_lost():
    # "รายงานครั้งที่ 5 มิถุนายน 2567" as report 2: the header's own number lost, 5 the day (fresh set s97o,
    # bma_progress_s97o002: "รายงานครั้งที 5 กรกฎาคม ๒" for report 9 of 5 กรกฎาคม ๖๗)
    result = _entries("รายงานครั้งที่ 1 ๓ มกราคม 2567 : จัดเตรียมข้อมูล/จัดทำโครงการ",
                      "รายงานครั้งที่ 5 มิถุนายน 2567 : อยู่ระหว่างการเตรียมจัดทำ")
    assert sorted(result.entries) == [1, 2] and result.entries[2].date == date(2024, 6, 5)
    said = [json.loads(i.evidence) for i in result.issues
            if i.code == "value_repaired" and i.field == "progress_reports.report_date"]
    assert said == [{"rule": "day_in_number", "printed": "5 มิถุนายน 2567", "read": None, "chosen": "2024-06-05"}]
    # its year unread: the day and month left as the date's slot, for the year's bounds to prove
    result = _entries("รายงานครั้งที่ 1 ๓ มกราคม 2567 : จัดเตรียมข้อมูล/จัดทำโครงการ",
                      "รายงานครั้งที่ 5 มิถุนายน ๒ : อยู่ระหว่างการเตรียมจัดทำ")
    assert result.entries[2].date is None and result.entries[2].date_text == "5 มิถุนายน ๒"
