"""BMA proposals whose budget is printed as item columns, two more kinds of OCR damage (fresh set s19m):

1. A figure cell whose ".-" lost its dash, its comma read as a dot too ("๑๐.๐๐๐." for ๑๐,๐๐๐.-): the row
   was "a row of another shape", so none of the table's lines was read (budget._CELL_BAHT).
2. A line whose amount mixes an Arabic digit among Thai ones ("7๐.๐๐๐" for ๒๐,๐๐๐: the English model read
   the ๒): a form prints a figure in one script, so that digit may be any; the product rule had read the
   line as 5 x 14,000 = 70,000, changing the quantity and the unit amount to fit the misread amount
   (money.repair_lines: a repair that changes two figures does not keep a figure of mixed scripts).
"""

from __future__ import annotations

import json

from tests.test_prop_item_columns import _lines, _with_table, run

_TABLE = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ                จํานวน หน่วย      ราคาต่อหน่วย       จํานวนเงิน
(บาท)          (บาท)
ค่าวัสดุในการจัดกิจกรรม                                              38,000
ส่งเสริมการอ่าน
โรงเรียนขนาดกลาง                   ๒ โรงเรียน       ๑๐,๐๐๐.-      ๒๐,๐๐๐.-
โรงเรียนขนาดเล็ก                     ๓ โรงเรียน        ๖,๐๐๐.-       ๑๘,๐๐๐.-
รวมทั้งสิ้น                                                           38,000
"""
_EXPECTED = [
    ("ค่าวัสดุในการจัดกิจกรรมส่งเสริมการอ่าน", "โรงเรียนขนาดกลาง", "2.00", "โรงเรียน", "10000.00", "20000.00"),
    ("ค่าวัสดุในการจัดกิจกรรมส่งเสริมการอ่าน", "โรงเรียนขนาดเล็ก", "3.00", "โรงเรียน", "6000.00", "18000.00"),
]


def test_the_undamaged_table_reads_every_line():
    assert _lines(run(_with_table(_TABLE))) == _EXPECTED


def test_figures_whose_dash_ocr_lost_and_whose_comma_it_read_as_a_dot_are_cells():
    table = _TABLE.replace("๑๐,๐๐๐.-      ๒๐,๐๐๐.-", "๑๐.๐๐๐. ๒๐.๐๐๐.-").replace("๖,๐๐๐.-", "๖.๐๐๐.")
    assert _lines(run(_with_table(table))) == _EXPECTED


def test_an_amount_of_mixed_scripts_makes_no_product_repair_of_the_two_other_figures():
    table = _TABLE.replace("๒๐,๐๐๐.-", "7๐,๐๐๐.-")
    rows = run(_with_table(table))
    got = _lines(rows)
    assert got[0][2:5] == ("2.00", "โรงเรียน", "10000.00")  # as printed: not 5 x 14,000
    repaired = [json.loads(i["evidence"]) for i in rows["issues"] if i["code"] == "value_repaired"
                and i["field"] in ("expenses.quantity", "expenses.unit_amount")]
    assert not repaired
    assert any(i["code"] in ("repair_ambiguous", "expense_line_mismatch") and i["field"].startswith("expenses.")
               for i in rows["issues"])
