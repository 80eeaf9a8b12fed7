"""A BMA proposal's budget table of item columns after OCR (s58o s58o001): a category's subtotal whose figure OCR
cut after its comma, a speck for its first digit ("ค่าอาหารกลางวัน   «๓, 38๐.-" for ๙,๓๘๐.-), read as a row of
quantity, unit and unit amount with no amount ("«๓" "," "38๐"), its unit the comma.  A row with no amount among
rows that hold theirs made the reader give the whole table up, and no reader after it read one: the budget lost
all its lines (21 misses).  A row's unit is a word, a letter in it (budget._ROW_NO_AMOUNT_RE)."""

from __future__ import annotations

import re

from parsers.bma_proposal.budget import item_columns
from schemas.document import Line

_TABLE = """รายการ          จํานวน หน่วย ราคาต่อ    จํานวนเงิน
หน่วย (       (บาท)
บาท)
ค่าตอบแทน                               6,000.-
วิทยากร
วิทยากรภายนอก       ๕ ชั่วโมง 600.-      3,๐๐0.-
- วิทยากรภายใน         10 ชั่วโมง ๓0๐.-        3,000.-
ค่าอาหารกลางวัน                          «๓, 38๐.-
-                       ๑3๔ คน      7๐.-          ๙,๓๘๐.-
ผู้เข้ารับการอบรม
รวมทั้งสิ้น                                        ๑๕,๓๘๐.-"""


def _lines(text: str) -> list[Line]:
    return [Line(no, re.sub(r" {2,}", "\t", t)) for no, t in enumerate(text.split("\n"), start=1) if t.strip()]


def test_a_subtotal_cut_at_its_comma_is_no_row_and_the_table_is_read():
    found, total = item_columns(_lines(_TABLE), [], [])
    rows = [(e.category, e.item, e.qty, e.unit, e.each, e.amount) for e in found]
    assert len(rows) == 3 and rows[:2] == [
        ("ค่าตอบแทนวิทยากร", "วิทยากรภายนอก", "๕", "ชั่วโมง", "600", "3,๐๐0"),
        ("ค่าตอบแทนวิทยากร", "วิทยากรภายใน", "10", "ชั่วโมง", "๓0๐", "3,000")]
    assert rows[2][0] == "ค่าอาหารกลางวัน" and rows[2][2:4] == ("๑3๔", "คน")
    assert total == ("๑๕,๓๘๐.-", 11)
