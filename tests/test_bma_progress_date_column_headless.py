"""A BMA progress table of entries (report number | date : description |
figures | flags) that OCR read column by column and whose whole column of
report headers it left unread: the headers' words cut short ("รายงานค"),
their numbers lost, no header or number event at all; then the date and
description cells one under the other, the figures (each budget clause
naming its entry, one misread "(ครั้งที่ 22" for 2, one report's figures
lost), and the flags.  Read as rows, with no entry open, the cells went to
no entry (text before the first entry), the reports 1..3 the clauses named
stood without date, description or flags, and the rest were lost.  A date
column with no header before it, then two budget clauses or more
(assemble._date_column_headless), opens the column reading; its date
column and its flag column counting N rows open reports 1..N, each header
said unreadable (assemble._rows_of_headless_column)."""

from pipeline.stages import process_document

_HEAD = """แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
รหัสโครงการ : 09000000-1234 ปีงบประมาณ พ.ศ. : 2566
ชื่อโครงการ : ส่งเสริมการอ่าน
2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
"""

_COLUMNS = """
รายงานค
รายงานค
รายงานค
รายงานค

15/11/2565 : ประชุมผู้บริหารสถานศึกษา

20/12/2565 : ได้รับการอนุมัติโครงการ

18/01/2566 : เวียนแจ้งประชาสัมพันธ์

10/02/2566 : จัดกิจกรรมนิเทศ ติดตาม

ความก้าวหน้าของงานฯ = 10.00 % งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0.- บาท

ความก้าวหน้าของงานฯ = 40.00 % งบประมาณที่เบิกใช้ (ครั้งที่ 22 = 0.- บาท

ความก้าวหน้าของงานฯ = 60.00 % งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 0.- บาท

ความสอดคล้อง
เป็นไปตามแผน : เป็นไปตามเป้าหมาย
ไม่เป็นไปตามแผน : ไม่เป็นไปตามเป้าหมาย
เป็นไปตามแผน : เป็นไปตามเป้าหมาย
เป็นไปตามแผน : ไม่เป็นไปตามเป้าหมาย
"""


def test_date_column_under_unread_headers_goes_to_its_reports():
    rows = process_document("000.txt", (_HEAD + _COLUMNS).encode("utf-8"))
    got = [(r["seq"], str(r["report_date"]), r["description"], r["on_plan"], r["on_target"])
           for r in rows["progress_reports"]]
    assert got == [(1, "2022-11-15", "ประชุมผู้บริหารสถานศึกษา", True, True),
                   (2, "2022-12-20", "ได้รับการอนุมัติโครงการ", False, False),
                   (3, "2023-01-18", "เวียนแจ้งประชาสัมพันธ์", True, True),
                   (4, "2023-02-10", "จัดกิจกรรมนิเทศ ติดตาม", True, False)]
    pct = {r["seq"]: r["progress_pct"] for r in rows["progress_reports"]}
    assert pct[1] == 10 and pct[2] == 40 and pct[3] == 60 and pct[4] is None
    said = {(i["code"], i["field"]) for i in rows["issues"]}
    assert ("entry_header_missing", "progress_reports.seq") in said
    assert ("value_repaired", "progress_reports.seq") in said  # "(ครั้งที่ 22" read as 2's
    assert ("missing_value", "progress_reports.progress_pct") in said or any(
        i["code"] == "missing_value" and "4" in i["message"] for i in rows["issues"])


def test_a_single_date_before_figures_is_a_row():
    # a row whose header OCR lost: one date before its figures is no column
    text = _HEAD + """
15/11/2565 : ประชุมผู้บริหารสถานศึกษา
ความก้าวหน้าของงานฯ = 10.00 % งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0.- บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
รายงานครั้งที่ 2 :: 20/12/2565 : ได้รับการอนุมัติโครงการ
ความก้าวหน้าของงานฯ = 40.00 % งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0.- บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
"""
    rows = process_document("000.txt", text.encode("utf-8"))
    assert not any(i["code"] == "entry_header_missing" and "column by column" in i["message"] for i in rows["issues"])
