"""A proposal's budget table whose header rows OCR read in swapped order ("หน่วย ราคาต่อหน่วย (บาท) จำนวนเงิน (บาท)"
/ "รายการ<tab>จำนวน"): the header's end was never found, since the window that held both titles ended on the line
opening with "รายการ", so no line of the table was read (fresh set s116u, bma_proposal_s116u002: six lines lost,
said only as the sum's shortfall).  A line of "รายการ" and other column titles alone ends the header, as one
whose titles wrapped under it does (budget._header_end, _item_title_row); a line that opens with "รายการ" and goes
on with words ("รายการค่าใช้จ่าย ...") does not."""

from __future__ import annotations

from parsers.bma_proposal.budget import _header_end, item_columns
from schemas.document import Line

ROWS = ["ค่าอาหารว่างและเครื่องดื่ม\t1,464.00", "ผู้เข้ารับการอบรม\t48 คน\t30.50\t1,464.00",
        "ค่าเช่ารถโดยสารปรับอากาศ\t36,000.00", "รถโดยสารปรับอากาศ\t3 คัน\t12,000.00\t36,000.00",
        "รวมทั้งสิ้น\t37,464.00"]


def _lines(*texts: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, 97)]


def test_a_header_read_with_its_rows_swapped_ends_at_the_item_title_row():
    lines = _lines("กิจกรรม : จัดกิจกรรมส่งเสริมการอ่าน", "หน่วย ราคาต่อหน่วย (บาท) จำนวนเงิน (บาท)", "",
                   "รายการ\tจำนวน", *ROWS)
    assert _header_end(lines) == 3
    found, total = item_columns(lines, [], [])
    assert [(e.category, e.item, e.qty, e.amount) for e in found] == [
        ("ค่าอาหารว่างและเครื่องดื่ม", "ผู้เข้ารับการอบรม", "48", "1,464.00"),
        ("ค่าเช่ารถโดยสารปรับอากาศ", "รถโดยสารปรับอากาศ", "3", "36,000.00")]
    assert total is not None and total[0] == "37,464.00"


def test_a_line_that_opens_with_the_word_and_goes_on_is_no_header_row():
    lines = _lines("หน่วย ราคาต่อหน่วย (บาท) จำนวนเงิน (บาท)", "รายการค่าใช้จ่ายในกิจกรรม เป็นเงิน 37,464 บาท", *ROWS)
    assert _header_end(lines) is None
