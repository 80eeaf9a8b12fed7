"""BMA progress entries as a table run on in a paragraph whose expense lines all stand after every report's
description, their sums fitting no report's disbursement as read (digits misread in the lines' amounts and in the
disbursements), every report having spent: no way placed the lines, and the descriptions were given to no report
either (fresh set s90o, bma_progress_s90o004: report 8's description came out as a word of the certification
after the table).  The text before the lines is the reports' descriptions, parted as a run-on table's text alone
is; the lines are given to none, said on the expenses (transposed._lines_after_text)."""

from normalizers.numbers import thai_digits_to_arabic
from parsers.bma_progress.clauses import expenses_in
from parsers.bma_progress.transposed import _lines_after_text, untranspose_with_doubts
from schemas.document import Line
from tests.conftest import entries_by_header

_TABLE = (
    "2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ รายงานครั้งที่ 7 รายงานครั้งที่ 8",
    "วันที่รายงาน ๓1 ส.ค. 2568 ๑5 ก.ย. 68 รายละเอียดการดำเนินงาน",
    "จัดกิจกรรมนิเทศ ติดตาม การดำเนินงานของโรงเรียนในสังกัด",
    "ดำเนินการเบิกจ่ายงบประมาณเสร็จสิ้น และสรุปรายงานผลการดำเนินโครงการ",
    "ค่าตอบแทนวิทยากร จำนวน ๑๑ ชั่วโมงๆ ละ ๒๐๐ บาท เป็นเงิน ๒๐๐๐ บาท",
    "ค่าอาหาร จำนวน ๑3 คนๆ ละ ๒๕0 บาท เป็นเงิน ๒๐๑๕๐ บาท",
    "ความก้าวหน้าของงานฯ 8๕.๐0 % ๑๐๐.๐๐ % งบประมาณที่เบิกใช้ 3340๐ บาท",
    "๕๕๕๓๐ บาท ความสอดคล้องกับแผน เป็นไปตามแผน เป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย",
)


def test_the_descriptions_before_lines_no_sum_places_are_each_report_s():
    out, issues = untranspose_with_doubts([Line(no, t) for no, t in enumerate(_TABLE, start=60)])
    got = {" ".join(k.split()): " ".join(v) for k, v in entries_by_header(out).items()}
    assert "จัดกิจกรรมนิเทศ" in got["รายงานครั้งที่ 7"] and "ดำเนินการเบิกจ่าย" not in got["รายงานครั้งที่ 7"]
    assert "ดำเนินการเบิกจ่าย" in got["รายงานครั้งที่ 8"] and "ค่าตอบแทน" not in got["รายงานครั้งที่ 8"]
    [said] = [i for i in issues if i.field == "expenses" and "given to none" in i.message]
    assert "ค่าตอบแทนวิทยากร" in said.evidence and (said.line_start, said.line_end) == (64, 65)


def test_lines_with_a_description_after_them_are_no_such_lines():
    cell = "จัดกิจกรรมนิเทศ ค่าอาหาร จำนวน ๑3 คนๆ ละ ๒๕0 บาท เป็นเงิน ๒๐๑๕๐ บาท ดำเนินการเบิกจ่าย"
    assert _after_text(cell) is None
    assert _after_text("ค่าอาหาร จำนวน ๑3 คนๆ ละ ๒๕0 บาท เป็นเงิน ๒๐๑๕๐ บาท") is None  # (no text before)


def _after_text(cell: str) -> int | None:
    return _lines_after_text(cell, expenses_in(thai_digits_to_arabic(cell), cell, 0))
