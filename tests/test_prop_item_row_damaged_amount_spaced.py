"""BMA proposals after OCR whose budget of item columns has a row OCR read single-spaced, no gap between its
cells, with its amount damaged past reading as a figure, a speck inside it ("โรงเรียนขนาดเล็ก ๓ โรงเรียน ๕๐๐๐
๒]๒๕,๐๐๐": fresh set s83a, bma_proposal_s83a002).  A single-spaced row was parted into its item and figures only
where its four figures read whole (_ROW_FIGURES_RE), so this one was a row of no shape and lost whole (its item,
category, unit and quantity with it).  Now, where no tail of the line reads whole, the shortest tail of
quantity, unit, unit amount and an amount of one token holding a digit parts it (the amount kept as printed:
the repairs read it from the total, or it is said unread)."""

from __future__ import annotations

from tests.test_bma_proposal import run
from tests.test_prop_item_columns import _lines, _with_table

_TABLE = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ                  จํานวน หน่วย     ราคาต่อหน่วย    จํานวนเงิน
(บาท)        (บาท)
ค่าวัสดุในการจัดกิจกรรมส่งเสริมการอ่าน
โรงเรียนขนาดใหญ่                     ๒ โรงเรียน       ๒๐,๐๐๐      ๔๐,๐๐๐
โรงเรียนขนาดกลาง                     ๓ โรงเรียน       ๕,๐๐๐      ๑๕,๐๐๐
โรงเรียนขนาดเล็ก ๓ โรงเรียน ๔,๕๐๐ {amount}
รวมทั้งสิ้น                                ๖๘,๕๐๐
"""


def test_a_single_spaced_row_with_a_damaged_amount_is_read():
    rows = run(_with_table(_TABLE.format(amount="๑]๑๓,๕๐๐")))
    lines = _lines(rows)
    assert len(lines) == 3
    category, item, qty, unit, each, _ = lines[2]
    assert (category, item, qty, unit, each) == ("ค่าวัสดุในการจัดกิจกรรมส่งเสริมการอ่าน", "โรงเรียนขนาดเล็ก", "3.00",
                                                 "โรงเรียน", "4500.00")
    # the amount, printed past reading, is said (unread, or read from the others and said so)
    assert any(i["field"] == "expenses.amount" and i["line_start"] == rows["expenses"][2]["line_start"]
               for i in rows["issues"])


def test_a_single_spaced_row_that_reads_whole_is_read_as_before():
    rows = run(_with_table(_TABLE.format(amount="๑๓,๕๐๐")))
    assert _lines(rows)[2] == ("ค่าวัสดุในการจัดกิจกรรมส่งเสริมการอ่าน", "โรงเรียนขนาดเล็ก", "3.00", "โรงเรียน",
                               "4500.00", "13500.00")
