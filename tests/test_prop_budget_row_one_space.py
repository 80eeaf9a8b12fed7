"""BMA proposals after OCR whose budget table of item columns has a row whose item and figures OCR read one
space apart, no gap between ("วัสดุสำนักงานและวัสดุคอมพิวเตอร์ 18 ชุด ๓๕๐.0๐ 5,300.00": fresh set set4
s19prd002): the line was one cell, an item holding digits, "a row of another shape", so the whole table was
left to the other readers, which read none of its lines (every expense row missing).  The row's figures are
the line's shortest tail that is quantity, unit, unit amount and amount, the item the words before it (a Thai
letter among them and no digit)."""

from __future__ import annotations

from parsers.bma_proposal.budget import _item_then_figures, item_columns
from schemas.document import Line

_TABLE = """รายการ\tจำนวน หน่วย\tราคาต่อ จำนวนเงิน
หน่วย (บาท)\t(บาท)
ค่าวัสดุในการจัดกิจกรรม\t69,500.00
โรงเรียนขนาดกลาง\t3 โรงเรียน 12,500.00 37,500.00
โรงเรียนขนาดเล็ก\t4 โรงเรียน 8,000.00 32,000.00
ค่าวัสดุสำนักงาน\t6,300.00
{row}
รวมทั้งสิ้น\t75,800.00"""


def _read(row: str) -> list[tuple]:
    lines = [Line(no, t) for no, t in enumerate(_TABLE.format(row=row).split("\n"), start=1)]
    found, total = item_columns(lines)
    return [(e.category, e.item, e.qty, e.unit, e.each, e.amount) for e in found]


def test_a_row_whose_item_and_figures_stand_one_space_apart_is_read():
    rows = _read("วัสดุสำนักงานและวัสดุคอมพิวเตอร์ 18 ชุด 350.00 6,300.00")
    assert len(rows) == 3
    assert rows[2] == ("ค่าวัสดุสำนักงาน", "วัสดุสำนักงานและวัสดุคอมพิวเตอร์", "18", "ชุด", "350.00", "6,300.00")


def test_an_item_holding_a_figure_is_not_parted():
    assert _item_then_figures("ชุดที่ 2 วัสดุ 18 ชุด 350.00 6,300.00") is None
    assert _item_then_figures("18 ชุด 350.00 6,300.00") is None  # no item's words before the figures
