"""A BMA progress table of entries (report number | date : description |
figures | flags) that OCR read column by column and whose column of report
numbers it lost but one header alone ("รายงาน" / "ครั้งที่", no number):
the date and description cells one under the other, then the figures (each
budget clause naming its entry), then the flags.  Read as rows, the first
entry took every cell's text, the other dates were left, and the entries
the budget clauses named stood without date, description or flags.  A
header alone followed by two date cells or more before any figure, and two
budget clauses or more after them (assemble._heads_of_lost_column), opens
the column reading: each cell to its entry, in order, the flags in order,
the headers lost said (entry_header_missing)."""

from decimal import Decimal

from pipeline.stages import process_document

_HEAD = """แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
รหัสโครงการ : 09000000-1234 ปีงบประมาณ พ.ศ. : 2566
ชื่อโครงการ : ส่งเสริมการอ่าน
2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
"""

_COLUMNS = """
รายงาน
ครั้งที่

15/11/2565 : ประชุม
ผู้บริหารสถานศึกษา

20/12/2565 :
ได้รับการอนุมัติ
โครงการ

18/1/2566 : เวียน
แจ้งประชาสัมพันธ์
ค่าวัสดุ = 1,500 บาท

ความก้าวหน้าของ
งานฯ = 10.0%
งบประมาณที่เบิกใช้
(ครั้งที่ 1) = 0 บาท

ความก้าวหน้าของ
งานฯ = 40.0%
งบประมาณที่เบิกใช้
(ครั้งที่ 2) = 0 บาท

ความก้าวหน้าของ
งานฯ = 60.0%
งบประมาณที่เบิกใช้
(ครั้งที่ 3) = 1,500 บาท

เป็นไปตามแผน
: เป็นไปตาม
เป้าหมาย

ไม่เป็นไปตามแผน
: ไม่เป็นไปตาม
เป้าหมาย

เป็นไปตามแผน
: เป็นไปตาม
เป้าหมาย
"""


def test_cells_read_by_column_under_a_lone_header_go_to_their_entries():
    rows = process_document("000.txt", (_HEAD + _COLUMNS).encode("utf-8"))
    got = [(r["seq"], str(r["report_date"]), r["description"], r["on_plan"], r["on_target"])
           for r in rows["progress_reports"]]
    assert got == [(1, "2022-11-15", "ประชุม ผู้บริหารสถานศึกษา", True, True),
                   (2, "2022-12-20", "ได้รับการอนุมัติ โครงการ", False, False),
                   (3, "2023-01-18", "เวียน แจ้งประชาสัมพันธ์", True, True)]
    (expense,) = rows["expenses"]
    assert (expense["report_seq"], expense["item"], expense["amount"]) == (3, "ค่าวัสดุ", Decimal("1500.00"))
    said = {(i["code"], i["field"]) for i in rows["issues"]}
    assert ("entry_header_missing", "progress_reports.seq") in said


_ROWS = """รายงานครั้งที่ 1
15/11/2565 : ประชุมผู้บริหารสถานศึกษา
:: ความก้าวหน้าของงานฯ = 10.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
รายงานครั้งที่ 2
20/12/2565 : ได้รับการอนุมัติโครงการ
:: ความก้าวหน้าของงานฯ = 40.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
"""


def test_entries_whose_date_stands_under_their_header_read_as_rows():
    # one date before each entry's figures: rows, as before
    rows = process_document("000.txt", (_HEAD + _ROWS).encode("utf-8"))
    got = [(r["seq"], str(r["report_date"]), r["description"]) for r in rows["progress_reports"]]
    assert got == [(1, "2022-11-15", "ประชุมผู้บริหารสถานศึกษา"), (2, "2022-12-20", "ได้รับการอนุมัติโครงการ")]
