"""BMA proposals after OCR whose KPI table (10.1) had its two left columns, the indicator and its target value,
read across the page side by side ("โรงเรียนมีการ<gap>ร้อยละ" / "รายงาน<gap>95" / "ผลการดำเนินงาน" / ...), its
other columns (type, method, period) after the heading below the table (10.2).  Before, the rows ran into one:
its text held the other rows' words and every value's cells, and the rows after it were lost (fresh set s88b,
bma_proposal_s88b004; s94p005, s89o004).  A line of the indicator's words with the value's word beside it after
a gap opens a row (kpis.read_side_by_side), and the cells below the heading go to the rows in order, the types
too (kpis.fill_from_below).  Where the type stands under the two columns (the table read down its right columns
above the heading), the row's value is read beside its indicator's lines as well (kpis._value_beside)."""

from __future__ import annotations

from tests.test_prop_kpis_below import _HEADER, _ITEMS, _kpis, _with_kpis
from tests.test_bma_proposal import run

_ABOVE = """
โรงเรียนมีการ\t\tร้อยละ
รายงาน\t\t95
ผลการดําเนินงาน
ครบถ้วน
โรงเรียนดําเนิน\t\tร้อยละ
กิจกรรมได้ครบ\t\t๑๐๐
ตามแผนที่กําหนด
"""
_BELOW = """
10.2 การติดตามความก้าวหน้า

ผลผลิต

ผลลัพธ์

วิธีการคํานวณ
จํานวนโรงเรียนที่รายงาน/ทั้งหมด x 100

วิธีการคํานวณ
จํานวนโรงเรียนที่ดําเนินกิจกรรมครบ/ทั้งหมด x 100

ไตรมาสที่ 4

ไตรมาสที่ 4

""" + _ITEMS


def test_rows_read_side_by_side_above_the_heading_take_the_cells_below_it_in_order():
    kpis = _kpis(run(_with_kpis(_HEADER + _ABOVE + _BELOW)))
    assert [(k[1], k[2], k[3]) for k in kpis] == [
        ("โรงเรียนมีการ รายงาน ผลการดำเนินงาน ครบถ้วน", "ร้อยละ 95", "ผลผลิต"),
        ("โรงเรียนดำเนิน กิจกรรมได้ครบ ตามแผนที่กำหนด", "ร้อยละ ๑๐๐", "ผลลัพธ์")]
    assert [k[4] for k in kpis] == ["วิธีการคำนวณ จำนวนโรงเรียนที่รายงาน/ทั้งหมด x 100",
                                    "วิธีการคำนวณ จำนวนโรงเรียนที่ดำเนินกิจกรรมครบ/ทั้งหมด x 100"]
    assert [k[5] for k in kpis] == ["ไตรมาสที่ 4", "ไตรมาสที่ 4"]


def test_types_below_the_heading_that_do_not_match_the_rows_are_left_and_said():
    rows = run(_with_kpis(_HEADER + _ABOVE + _BELOW.replace("ผลลัพธ์\n", "ผลลัพธ์\n\nผลผลิต\n")))
    assert [k[3] for k in _kpis(rows)] == [None, None]
    assert any(i["code"] == "unread_cells" and i["field"] == "targets" for i in rows["issues"])


def test_a_row_whose_type_stands_under_its_two_columns_reads_its_value_beside_them():
    block = _HEADER + _ABOVE.split("โรงเรียนดําเนิน")[0] + """
ผลผลิต

วิธีการคํานวณ
จํานวนโรงเรียนที่รายงาน/ทั้งหมด x 100

ไตรมาสที่ 4

""" + "\n10.2 การติดตามความก้าวหน้า\n\n" + _ITEMS
    (kpi,) = _kpis(run(_with_kpis(block)))
    assert kpi[1:4] == ("โรงเรียนมีการ รายงาน ผลการดำเนินงาน ครบถ้วน", "ร้อยละ 95", "ผลผลิต")


def test_a_period_whose_year_word_ocr_damaged_below_the_heading_is_a_period():
    # "ปึีงบประมาณ": a vowel OCR doubled on its ปี (kpis._PERIOD_OPEN_RE takes _DAMAGED_YEAR_WORD): before, it was
    # no period's opening, so one period read for two rows and neither placed (fresh set s94p, bma_proposal_s94p005)
    block = _HEADER + _ABOVE + _BELOW.replace("ไตรมาสที่ 4\n\nไตรมาสที่ 4", "ปึีงบประมาณ\n2569\n\nไตรมาสที่ 4")
    kpis = _kpis(run(_with_kpis(block)))
    assert [k[5] for k in kpis] == ["ปีงบประมาณ 2569", "ไตรมาสที่ 4"]
