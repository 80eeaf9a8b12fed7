"""BMA progress entries run on in one paragraph, a header ending a line
with its number and the next line opening with the same number again
before the entry's date ("... เป็นไปตามเป้าหมาย รายงานครั้งที่ ๒" / "2
30/12/2564 :" / "ประชุม..."; fresh set s113q, bma_progress_s113q007): the
line opened an entry of its own by its number cell's shape, report 2 kept
nothing but its figures, and each later report took the date and text of
the one before it.  The number read again goes with the header
(clauses._runs_across, number_again); another number, or one with no date
after it, is not passed over."""

from __future__ import annotations

from datetime import date

from pipeline.stages import process_document

_DOC = """แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
รหัสโครงการ : 09000000-1234 ปีงบประมาณ พ.ศ. : 2565
ชื่อโครงการ : ส่งเสริมการอ่าน
2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
รายงานครั้งที่ 1 :: 6/11/2564 : อยู่ระหว่างการเตรียมจัดทำคำสั่ง :: ความก้าวหน้าของงานฯ = 16 :
งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย รายงานครั้งที่ ๒
{again} 30/12/2564 :
ประชุมผู้บริหารสถานศึกษาเพื่อกำหนดวันจัดสัมมนา :: ความก้าวหน้าของงานฯ = 21 :
งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย รายงานครั้งที่ 3 :: 28/1/2565 :
อยู่ระหว่างการเตรียมการติวเข้มนักเรียน :: ความก้าวหน้าของงานฯ = 26 :
งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
"""


def _reports(again: str) -> list[tuple]:
    rows = process_document("000.txt", _DOC.format(again=again).encode("utf-8"))
    return [(r["seq"], r["report_date"], r["description"]) for r in rows["progress_reports"]]


def test_the_header_s_number_read_again_before_its_date_is_passed_over():
    want = [(1, date(2021, 11, 6), "อยู่ระหว่างการเตรียมจัดทำคำสั่ง"),
            (2, date(2021, 12, 30), "ประชุมผู้บริหารสถานศึกษาเพื่อกำหนดวันจัดสัมมนา"),
            (3, date(2022, 1, 28), "อยู่ระหว่างการเตรียมการติวเข้มนักเรียน")]
    assert _reports("2") == want
    assert _reports("๒") == want


def test_another_number_is_not_the_header_s():
    got = _reports("7")  # (no double of the header's: not passed over, whatever is read of it)
    assert (2, date(2021, 12, 30), "ประชุมผู้บริหารสถานศึกษาเพื่อกำหนดวันจัดสัมมนา") not in got
