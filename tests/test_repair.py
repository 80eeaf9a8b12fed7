"""Repairs of OCR'd values from a document's own redundancy (issue 11): each
constraint, on a modified copy of a document, chooses the reading the
document's other values require; where several readings would do, the
printed value is kept and flagged, never guessed."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from pipeline.stages import process_document
from tests.conftest import sample_text

ENTRY = ("รายงานครั้งที่ {seq} :: {day} : ดำเนินการตามแผน\n"
         ":: ความก้าวหน้าของงานฯ = {pct} % : งบประมาณที่เบิกใช้ (ครั้งที่ {seq}) = {paid} บาท : เป็นไปตามแผน : "
         "เป็นไปตามเป้าหมาย\n{lines}")


def form(fy: str = "2563", start: str = "1/10/2562", end: str = "30/9/2563", spent: str = "3,000",
         entries: list[dict] | None = None) -> str:
    """A BMA progress form whose values a test sets."""
    entries = entries if entries is not None else [
        {"seq": "1", "day": "8/10/2562", "pct": "10.00", "paid": "0", "lines": ""},
        {"seq": "2", "day": "9/11/2562", "pct": "20.00", "paid": "1,000", "lines": ""},
        {"seq": "3", "day": "4/12/2562", "pct": "40.00", "paid": "2,000",
         "lines": "ค่าอาหาร 20 คน x 50 บาท = 1,000 บาท\nค่าวัสดุ = 1,000 บาท\n"},
        {"seq": "4", "day": "7/1/2563", "pct": "45.00", "paid": "0", "lines": ""},
    ]
    head = f"""แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
1.1 รหัสโครงการและชื่อโครงการ
ชื่อโครงการ/กิจกรรม : โครงการทดสอบการซ่อมค่า
รหัสโครงการ : 09000000-1234
ปีงบประมาณ พ.ศ. : {fy}
เริ่มต้นโครงการ : {start}
งบประมาณที่ได้รับ : 10,000 บาท
สิ้นสุดโครงการ : {end}
งบประมาณที่ใช้ไป : {spent} บาท
1.2 หน่วยงานที่รับผิดชอบ
หน่วยงานที่รับผิดชอบ : สำนักการศึกษา / กลุ่มงานทดสอบ
1.4 วัตถุประสงค์ของโครงการ
1. เพื่อทดสอบ
2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
"""
    # every copy closes with the certification (a form without it is cut short: form_truncated)
    closing = "ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง เพื่อเป็นหลักฐานไว้ตรวจสอบ\n"
    return head + "".join(ENTRY.format(**e) for e in entries) + closing


def read(text: str) -> dict:
    rows = process_document("form.txt", text.encode("utf-8"))
    assert rows["documents"][0]["status"] != "failed", rows["documents"][0]["error"]
    return rows


def repairs(rows: dict, rule: str | None = None) -> list[dict]:
    out = [i for i in rows["issues"] if i["code"] == "value_repaired"]
    return [i for i in out if rule is None or json.loads(i["evidence"])["rule"] == rule]


def ambiguous(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == "repair_ambiguous"]


def entries(**changes: str) -> list[dict]:
    base = [{"seq": "1", "day": "8/10/2562", "pct": "10.00", "paid": "0", "lines": ""},
            {"seq": "2", "day": "9/11/2562", "pct": "20.00", "paid": "1,000", "lines": ""},
            {"seq": "3", "day": "4/12/2562", "pct": "40.00", "paid": "2,000",
             "lines": "ค่าอาหาร 20 คน x 50 บาท = 1,000 บาท\nค่าวัสดุ = 1,000 บาท\n"},
            {"seq": "4", "day": "7/1/2563", "pct": "45.00", "paid": "0", "lines": ""}]
    for key, value in changes.items():
        field, n = key.rsplit("_", 1)
        base[int(n) - 1][field] = value
    return base


def test_the_undamaged_form_needs_no_repair():
    rows = read(form())
    assert not repairs(rows) and not ambiguous(rows)
    assert rows["documents"][0]["status"] == "ok"


def test_fiscal_year_from_the_dates():
    # ๒๕๖๓ read as ๒๕๒๓: 2563, 2567 and 2569 are all readings; the report dates say 2563
    rows = read(form(fy="๒๕๒๓"))
    (project,) = rows["projects"]
    assert project["fiscal_year_be"] == 2563 and project["project_key"] == "09000000-1234/2563"
    (issue,) = repairs(rows, "fiscal_year")
    assert issue["field"] == "projects.fiscal_year_be" and json.loads(issue["evidence"])["printed"] == "๒๕๒๓"


def test_start_date_inside_the_fiscal_year():
    rows = read(form(start="๑/๑๐/๒๕๒๒"))  # ๖ read as ๒
    assert rows["projects"][0]["start_date"] == date(2019, 10, 1)
    assert repairs(rows, "fiscal_year_window")


def test_report_date_inside_the_year_and_between_its_neighbours():
    rows = read(form(entries=entries(day_2="๙/๑๑/๒๕๒๒")))
    assert {r["seq"]: r["report_date"] for r in rows["progress_reports"]}[2] == date(2019, 11, 9)
    (issue,) = repairs(rows)
    assert issue["field"] == "progress_reports.report_date" and issue["line_start"]


def test_progress_does_not_fall():
    # ๔๐ read as ๕๐: above the next report's 42; of its readings (40, 44, 46, 54, ...) only 40 fits 20-42
    rows = read(form(entries=entries(pct_3="๕๐", pct_4="42.00")))
    assert {r["seq"]: r["progress_pct"] for r in rows["progress_reports"]}[3] == 40.0
    assert repairs(rows, "progress_order")


def test_disbursements_add_up_to_the_budget_spent():
    # ๖,๐๐๐ read as ๒,๐๐๐ (๒ may be ๖ or ๕): only 6,000 adds up with the entries' 0 + 1,000 + 2,000 + 3,000
    rows = read(form(spent="๒,๐๐๐", entries=entries(paid_4="3,000")))
    assert rows["projects"][0]["budget_spent"] == Decimal("6000.00")
    assert repairs(rows, "sum")


def test_a_baht_sign_read_as_a_digit():
    rows = read(form(spent="8๖,๐๐๐", entries=entries(paid_4="3,000")))  # ฿6,000 read as 86,000
    assert rows["projects"][0]["budget_spent"] == Decimal("6000.00")


def test_expense_line_is_quantity_times_unit_amount():
    # 20 x 45 = ๙๐๐ read as ๕๐๐: of 400, 700, 800, 900, 504, ... only 900 is the product
    lines = "ค่าอาหาร 20 คน x 45 บาท = ๕๐๐ บาท\nค่าวัสดุ = 1,100 บาท\n"
    rows = read(form(entries=entries(lines_3=lines)))
    amounts = sorted(e["amount"] for e in rows["expenses"])
    assert amounts == [Decimal("900.00"), Decimal("1100.00")]
    assert repairs(rows, "product")


def test_report_numbers_run_in_order():
    six = entries() + [{"seq": "5", "day": "7/2/2563", "pct": "50.00", "paid": "0", "lines": ""},
                       {"seq": "๒", "day": "7/3/2563", "pct": "60.00", "paid": "0", "lines": ""}]  # ๖ read as ๒
    rows = read(form(entries=six))
    assert sorted(r["seq"] for r in rows["progress_reports"]) == [1, 2, 3, 4, 5, 6]
    assert repairs(rows, "report_sequence")


def test_a_higher_report_number_is_left_as_printed():
    rows = read(form(entries=entries(seq_4="๕")))  # report 4 may be lost: 5 stands, and the gap is flagged
    assert sorted(r["seq"] for r in rows["progress_reports"]) == [1, 2, 3, 5]
    assert any(i["code"] == "missing_report" for i in rows["issues"])


def test_an_ambiguous_value_is_flagged_not_guessed():
    # ๔๐ read as ๕๕: between 20 and 45, 40, 45 and 44 are all readings: nothing is chosen
    rows = read(form(entries=entries(pct_3="๕๕.๐๐")))
    assert {r["seq"]: r["progress_pct"] for r in rows["progress_reports"]}[3] == 55.0
    (issue,) = ambiguous(rows)
    assert issue["field"] == "progress_reports.progress_pct"
    assert len(json.loads(issue["evidence"])["candidates"]) >= 2
    assert any(i["code"] == "progress_decreased" for i in rows["issues"])  # and the check still flags it


def test_arabic_digits_are_not_second_guessed():
    rows = read(form(fy="2523"))  # an Arabic 2523 is what was printed: flagged by the checks, not repaired
    assert rows["projects"][0]["fiscal_year_be"] == 2523 and not repairs(rows)


def test_repairs_can_be_turned_off(monkeypatch):
    monkeypatch.setenv("RAINGAN_REPAIR", "0")
    rows = read(form(fy="๒๕๒๓"))
    assert rows["projects"][0]["fiscal_year_be"] == 2523 and not repairs(rows)


# ---------------------------------------------------------------- OBEC and proposal

def test_obec_quarter_must_be_one_to_four():
    text = sample_text("004_745c23c3a2846aea.txt").replace(
        "ความก้าวหน้าของเป้าหมายโครงการ ประจำปีงบประมาณที่ ๒ ปีงบประมาณ ๒๕๖๗", "ความก้าวหน้าของเป้าหมายโครงการ ประจำไตรมาสที่ ๕ ปีงบประมาณ ๒๕๖๗", 1)
    rows = read(text)
    found = repairs(rows, "quarter_range")
    assert found and all(json.loads(i["evidence"])["chosen"] == 4 for i in found)


def test_obec_fiscal_year_from_the_report_s_year_mentions():
    text = sample_text("004_745c23c3a2846aea.txt")
    damaged = text.replace("### การเบิกจ่ายงบประมาณประจำปีไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๗", "### การเบิกจ่ายงบประมาณประจำปีไตรมาสที่ ๒ ปีงบประมาณ ๒๕๒๓", 1)
    assert damaged != text
    rows = read(damaged)
    assert [b["fiscal_year_be"] for b in rows["quarterly_budgets"]].count(2523) == 0
    assert repairs(rows, "fiscal_year")


def test_proposal_total_equals_the_amount_in_thai_words():
    text = sample_text("002_e5b5a9d4d9adb57c.txt").replace("เป็นเงิน 69,5๐๐.-บาท", "เป็นเงิน ๖๕,5๐๐.-บาท")
    rows = read(text)
    assert rows["projects"][0]["budget_allocated"] == Decimal("69500.00")
    (issue,) = repairs(rows, "words")
    assert issue["field"] == "projects.budget_allocated"
