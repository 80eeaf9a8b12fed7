"""BMA proposals after OCR whose budget table of item columns has a category's name wrapped over two lines, its
subtotal beside them: OCR read the subtotal on a line of its own, above the name ("21,900" / "ค่าจ้างเหมาจัดทำ" /
"เอกสาร") or between its lines ("ค่าวัสดุในการจัด" / "๒๐,๒๐๐.-" / "การเรียนรู้เชิงรุก").  The lone amount was a
row of another shape, left out and said; the column reader then read the table instead, each wrapped piece of
a name a row of its own with no amount, every line after it a row early (silently).  A lone amount of three
digits or more is the subtotal of the category whose name it stands above or inside; the rows read as printed,
the subtotal checked against its lines."""

from __future__ import annotations

import re

from parsers.bma_proposal.budget import item_columns
from schemas.document import Line

_TABLE = """รายการ                  จํานวน หน่วย ราคาต่อหน่วย (บาท) จํานวนเงิน (บาท)
ค่าตอบแทนวิทยากร                                                  3,600
วิทยากรภายใน            6 ชั่วโมง                600        3,600
{category}
- เอกสารประกอบการอบรม        146 เล่ม                      150             21,900
รวมทั้งสิ้น                                                                    25,500"""

ABOVE = "21,900\nค่าจ้างเหมาจัดทำ\nเอกสาร"
BETWEEN = "ค่าจ้างเหมาจัดทำ\n21,900\nเอกสาร"


def _lines(text: str) -> list[Line]:
    # OCR's columns apart by wide gaps, as the clean-up gives them: tabs
    return [Line(no, re.sub(r" {2,}", "\t", t)) for no, t in enumerate(text.split("\n"), start=1) if t.strip()]


def _read(category: str) -> tuple[list[tuple[str | None, str, str]], list, list]:
    subtotals: list = []
    unread: list = []
    found, _ = item_columns(_lines(_TABLE.format(category=category)), subtotals, unread)
    return [(e.category, e.item, e.amount) for e in found], [(t, members) for t, _, members in subtotals], unread


def test_a_subtotal_above_a_wrapped_category_name_is_its_subtotal():
    rows, subtotals, unread = _read(ABOVE)
    assert rows == [("ค่าตอบแทนวิทยากร", "วิทยากรภายใน", "3,600"),
                    ("ค่าจ้างเหมาจัดทำเอกสาร", "เอกสารประกอบการอบรม", "21,900")]
    assert subtotals == [("3,600", [0]), ("21,900", [1])]
    assert unread == []


def test_a_subtotal_between_a_category_names_lines_is_its_subtotal():
    rows, subtotals, unread = _read(BETWEEN)
    assert rows[1] == ("ค่าจ้างเหมาจัดทำเอกสาร", "เอกสารประกอบการอบรม", "21,900")
    assert subtotals[1] == ("21,900", [1])
    assert unread == []


def test_a_lone_amount_with_no_category_name_by_it_is_still_a_row_left_out():
    # an amount alone between two items' rows (its category's lines read): no category's, not placed, said
    rows, _, unread = _read("ค่าจ้างเหมาจัดทำเอกสาร    21,900\n- แฟ้มเอกสาร     10 เล่ม     50     500\n21,400")
    assert [u[0] for u in unread] == ["21,400"]
    assert [r[1] for r in rows] == ["วิทยากรภายใน", "แฟ้มเอกสาร", "เอกสารประกอบการอบรม"]
