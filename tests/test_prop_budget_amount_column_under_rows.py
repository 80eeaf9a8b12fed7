"""BMA proposals after OCR whose budget of item columns OCR read in two blocks on a page: each row's name,
quantity, unit and unit amount ("ผู้เข้ารับการอบรม     86 คน  50.-"), then, under them (past the page's footer,
before its number or the table's total), the amount column alone: its title "จำนวนเงิน" / "(บาท)" and a figure
a line, one for each row above it (each category's subtotal, each item's amount; fresh sets s77b,
bma_proposal_s77b002, and s74b, bma_proposal_s74b001).  Before, the figures were rows of another shape, the
column's title joined the last item's name ("...คอมพิวเตอร์จำนวนเงิน"), and where a row after the page held its
own amount the reader gave the table up (every line lost).  Now, where the run holds as many figures as the rows
above wait for, each row takes the figure of its place, said in doubt (budget._column_below); another count
reads as before."""

from __future__ import annotations

from tests.test_prop_item_columns import _lines, _with_table
from tests.test_bma_proposal import run

_APART = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ       จํานวน หน่วย ราคาต่อหน่วย
(บาท)
ค่าอาหารว่างและ
เครื่องดื่ม
ผู้เข้ารับการอบรม     86 คน  50.-
ค่าอาหารกลางวัน
ผู้เข้ารับการอบรม    87 คน  100.-
ค่าเช่ารถโดยสาร
ปรับอากาศ
จํานวนเงิน
(บาท)
4,300.-
4,300.-
8,700.-
8,700.-
12,000.-
รถโดยสารปรับอากาศ ๑ คัน 12,000.- 12,000.-
รวมทั้งสิ้น           25,000.-
"""


def test_the_amount_column_read_under_its_rows_gives_each_row_the_figure_of_its_place():
    rows = run(_with_table(_APART))
    assert _lines(rows) == [
        ("ค่าอาหารว่างและเครื่องดื่ม", "ผู้เข้ารับการอบรม", "86.00", "คน", "50.00", "4300.00"),
        ("ค่าอาหารกลางวัน", "ผู้เข้ารับการอบรม", "87.00", "คน", "100.00", "8700.00"),
        ("ค่าเช่ารถโดยสารปรับอากาศ", "รถโดยสารปรับอากาศ", "1.00", "คัน", "12000.00", "12000.00"),
    ]
    said = [i for i in rows["issues"] if i["field"] == "expenses.amount" and "figure of its place" in i["message"]]
    assert len(said) == 1


def test_a_column_of_another_count_is_not_placed():
    # a figure lost from the column: which is whose is not told, the rows are read as before (none placed)
    rows = run(_with_table(_APART.replace("8,700.-\n8,700.-\n", "8,700.-\n")))
    assert not any("figure of its place" in i["message"] for i in rows["issues"])
