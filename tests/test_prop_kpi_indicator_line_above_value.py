"""BMA proposals after OCR whose KPI table (10.1) was printed a row to a line, tesseract losing the gaps between
its cells and breaking the row: the indicator on a line of its own, then a line that opens with the value, the
type run into the method's first word ("ร้อยละ ๙๕ ผลผลิตวิธีการคำนวณ ..."), the period on the last line (a fresh
set's proposal, kpi_tabs).  The type was not read (its word had no space after it) and the indicator, one line
wider than any value, type or period cell, was not taken from above the row: the row was lost.  Now the type
word may run into "วิธีการ" (kpis._TYPE_RE) and a first row that opens with its value takes the line right above
it as its indicator where that line is one cell of words wider than such a cell (kpis.lead_into_first_row)."""

from __future__ import annotations

from tests.test_bma_proposal import run
from tests.test_prop_kpis_below import _ITEMS, _kpis, _with_kpis

_HEAD = """ตัวชี้วัด ค่าเป้าหมาย ประเภทตัวชี้วัด วิธีการคำนวณ/เครื่องมือในการใช้วัด ระยะเวลา

"""
_ROWS = """นักเรียนที่เข้าร่วมกิจกรรมมีผลการประเมินทักษะผ่านเกณฑ์ที่กำหนด
ร้อยละ 80 ผลลัพธ์วิธีการคำนวณ จำนวนนักเรียนที่ผ่านเกณฑ์/จำนวนนักเรียนทั้งหมด
x 100 เครื่องมือที่ใช้ในการวัด แบบประเมินทักษะ
ปีงบประมาณ 2567
10.2 การติดตามความก้าวหน้า
""" + _ITEMS


def test_a_row_broken_under_its_indicator_with_its_type_run_into_the_method_is_read():
    (kpi,) = _kpis(run(_with_kpis(_HEAD + _ROWS)))
    assert kpi[1] == "นักเรียนที่เข้าร่วมกิจกรรมมีผลการประเมินทักษะผ่านเกณฑ์ที่กำหนด"
    assert kpi[2:4] == ("ร้อยละ 80", "ผลลัพธ์")


def test_a_line_parted_from_the_row_by_a_blank_line_is_not_taken():
    rows = _ROWS.replace("ที่กำหนด\n", "ที่กำหนด\n\n", 1)
    assert all(kpi[1] != "นักเรียนที่เข้าร่วมกิจกรรมมีผลการประเมินทักษะผ่านเกณฑ์ที่กำหนด"
               for kpi in _kpis(run(_with_kpis(_HEAD + rows))))
