"""A budget of item columns whose header's unit amount title OCR read as Latin letters ("รายการ  จ้านวน หน่วย  awa
จํานวน" / "หน่วย   เงิน(" / "(บาท)   บาท)": set s43z's bma_proposal_s43z004): no "ราคาต่อหน่วย" in it, so no header
was found, the table was not read and every expense line was lost (said: expense_sum_mismatch).  The other
columns' titles name it: "จำนวน" twice (the quantity's, the amount's "จำนวนเงิน") and "หน่วย" twice (the unit's,
the unit amount's), "บาท", on lines of no figure (budget._per_title_lost)."""

from __future__ import annotations

from parsers.bma_proposal.budget import _header_end
from schemas.document import Line
from tests.test_prop_item_columns import _lines, _with_table, run

_HEAD = "รายการ     จ้านวน หน่วย  awa จํานวน\nหน่วย   เงิน(\n(บาท)   บาท)\n"
_ROWS = """ค่าวัสดุในการจัดกิจกรรม
ส่งเสริมการใช้เทคโนโลยี
โรงเรียนขนาดใหญ่      4 โรงเรียน 18,000.00 72,000.00
โรงเรียนขนาดกลาง      5 โรงเรียน 13,100.00 65,500.00
รวมทั้งสิ้น                   137,500.00
"""


def test_a_header_whose_unit_amount_title_ocr_lost_opens_the_table():
    rows = run(_with_table("ตามรายละเอียดดังนี้\n" + _HEAD + _ROWS))
    assert [g[1:] for g in _lines(rows)] == [
        ("โรงเรียนขนาดใหญ่", "4.00", "โรงเรียน", "18000.00", "72000.00"),
        ("โรงเรียนขนาดกลาง", "5.00", "โรงเรียน", "13100.00", "65500.00")]


def test_lines_with_figures_or_one_quantity_word_are_no_such_header():
    def end(text: str) -> int | None:
        return _header_end([Line(k, t) for k, t in enumerate(text.split("\n"), start=1)])
    assert end(_HEAD.rstrip()) == 2
    assert end("รายการ จำนวน 3 หน่วย จำนวน\nหน่วย เงิน\n(บาท)") is None
    assert end("รายการ จำนวน หน่วย\nหน่วย เงิน\n(บาท)") is None
