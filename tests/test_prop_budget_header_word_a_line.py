"""BMA proposals after OCR whose budget table of item columns has its unit-amount header wrapped a word a line in
its narrow column, the amount column's words between: "รายการ  จำนวน หน่วย  ราคา จำนวน" / "ต่อ  เงิน (" /
"หน่วย  บาท)" / "(บาท)".  The header was looked for as "ราคาต่อ" whole, so the table was not found and no row of
it was read, though every row printed whole ("โรงเรียนขนาดใหญ่  4 โรงเรียน 15,100 60,400"): the budget lost all
its lines (s33z s33z004's first copy, s35z s35z004 both copies).  "ราคา", "ต่อ" and "หน่วย", each a word of its
own, one a line, in their order, under "รายการ", are the header too."""

from __future__ import annotations

import re

from parsers.bma_proposal.budget import _per_unit_by_words, item_columns
from schemas.document import Line

_ROWS = """ค่าวัสดุในการ                                       110,400
จัดกิจกรรมส่งเสริมการ
ใช้เทคโนโลยีดิจิทัลเพื่อ
การเรียนการสอน
โรงเรียนขนาดใหญ่            4 โรงเรียน 15,100 60,400
โรงเรียนขนาดกลาง            5 โรงเรียน 10,000 50,000
ค่าอาหารว่างและ                                     2,575
เครื่องดื่ม
ผู้เข้ารับการอบรม            103 คน           25     2,575
รวมทั้งสิ้น                                          112,975"""

WRAPPED = "รายการ                 จำนวน หน่วย       ราคา จำนวน\nต่อ      เงิน (\nหน่วย     บาท)\n(บาท)\n"


def _lines(text: str) -> list[Line]:
    # OCR's columns apart by wide gaps, as the clean-up gives them: tabs
    return [Line(no, re.sub(r" {2,}", "\t", t)) for no, t in enumerate(text.split("\n"), start=1) if t.strip()]


def test_a_header_wrapped_a_word_a_line_opens_the_table():
    found, total = item_columns(_lines(WRAPPED + _ROWS))
    assert [(e.category, e.item, e.qty, e.unit, e.each, e.amount) for e in found] == [
        ("ค่าวัสดุในการจัดกิจกรรมส่งเสริมการใช้เทคโนโลยีดิจิทัลเพื่อการเรียนการสอน", "โรงเรียนขนาดใหญ่", "4", "โรงเรียน",
         "15,100", "60,400"),
        ("ค่าวัสดุในการจัดกิจกรรมส่งเสริมการใช้เทคโนโลยีดิจิทัลเพื่อการเรียนการสอน", "โรงเรียนขนาดกลาง", "5", "โรงเรียน",
         "10,000", "50,000"),
        ("ค่าอาหารว่างและเครื่องดื่ม", "ผู้เข้ารับการอบรม", "103", "คน", "25", "2,575")]
    assert total is not None and total[0] == "112,975"


def test_the_header_words_out_of_order_or_inside_other_words_open_no_table():
    # "หน่วย" before "ราคา", or "ต่อ" only inside a word ("ต่อเนื่อง"): no unit-amount header, no table
    assert item_columns(_lines("รายการ  จำนวน หน่วย\nราคา  เงิน (\nต่อเนื่อง  บาท)\n" + _ROWS)) == ([], None)
    assert not _per_unit_by_words(_lines("รายการ  หน่วย\nราคา\nต่อ"))
    assert not _per_unit_by_words(_lines("รายการ ราคาวัสดุ\nต่อเนื่อง\nหน่วย"))
    assert _per_unit_by_words(_lines("รายการ  ราคา จำนวน\nต่อ  เงิน (\nหน่วย  บาท)"))
