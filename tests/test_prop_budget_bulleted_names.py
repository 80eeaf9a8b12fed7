"""BMA proposals whose budget of item columns OCR read down its columns (parsers.bma_proposal.columns), the
items a bulleted list whose names wrap in the narrow names column ("- โรงเรียน" / "ขนาดใหญ่"), and whose
section heading OCR glued to its number by a mark ("7”งบประมาณ", parsers.bma_proposal.sections).  Before,
the heading was missed and the whole budget lost (set s29/z, bma_proposal_s29z001); found, the bulleted
line "- โรงเรียน" was read as a count (the bullet) and a unit, and the items silently as "ขนาดใหญ่".

The rules: a bulleted line of words among the names is an item's name, never cells; a line between two
items of a bulleted list is the item's name wrapped; a line printing the bulleted item's first line again
opens an item (its bullet lost), and a unit's word alone between two names is such a line, no cell; a
heading glued to its own section number by a mark opens its section (another number's does not)."""

from __future__ import annotations

from tests.test_prop_heading_own_number import _read, _rows
from tests.test_prop_item_columns import _lines, _with_table, run

_HEAD = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ         จํานวน หน่วย       ราคาต่อ     จํานวนเงิน

ค่าวัสดุในการ
จัดกิจกรรม
"""
_TAIL = """รวมทั้งสิ้น

3

2

1

หน่วย (
บาท)

โรงเรียน 15,000.00
โรงเรียน 10,000.00
โรงเรียน 5,000.00

(บาท)

45,000.00

20,000.00

5,000.00

70,000.00

"""
_EXPECTED = [
    ("ค่าวัสดุในการจัดกิจกรรม", "โรงเรียนขนาดใหญ่", "3.00", "โรงเรียน", "15000.00", "45000.00"),
    ("ค่าวัสดุในการจัดกิจกรรม", "โรงเรียนขนาดกลาง", "2.00", "โรงเรียน", "10000.00", "20000.00"),
    ("ค่าวัสดุในการจัดกิจกรรม", "โรงเรียนขนาดเล็ก", "1.00", "โรงเรียน", "5000.00", "5000.00"),
]


def test_bulleted_names_wrapped_are_items_not_cells():
    names = "- โรงเรียน\nขนาดใหญ่\n\n- โรงเรียน\nขนาดกลาง\n\n- โรงเรียน\nขนาดเล็ก\n\n"
    assert _lines(run(_with_table(_HEAD + names + _TAIL))) == _EXPECTED


def test_an_item_whose_bullet_was_lost_opens_by_its_siblings_first_line():
    # the third item's bullet lost: "โรงเรียน" alone is a unit's word, but between two names it is the
    # item's first line, which the bulleted items above print too
    names = "- โรงเรียน\nขนาดใหญ่\n\n- โรงเรียน\nขนาดกลาง\nโรงเรียน\nขนาดเล็ก\n\n"
    assert _lines(run(_with_table(_HEAD + names + _TAIL))) == _EXPECTED


def test_a_heading_glued_to_its_own_number_by_a_mark_opens_its_section():
    assert _read(_rows("7”งบประมาณ")) == _read(_rows("7. งบประมาณ"))


def test_a_heading_glued_to_another_number_opens_no_section():
    assert _read(_rows("8”งบประมาณ")) != _read(_rows("7. งบประมาณ"))


def test_a_budget_heading_lost_whole_is_found_by_the_clause_its_section_opens_with():
    # the heading's line lost (read as a page's furniture or specks): the one line between sections 6 and 8
    # that opens with the budget's clause "เบิกจ่ายจากงบประมาณ" opens the section, and an issue says so
    rows = _rows("")
    assert _read(rows) == _read(_rows("7. งบประมาณ"))
    said = [i for i in rows["issues"] if i["code"] == "label_inferred" and i["field"] == "expenses"]
    assert len(said) == 1 and "7 งบประมาณ" in said[0]["message"]
    assert not any(i["code"] == "label_inferred" for i in _rows("7. งบประมาณ")["issues"])


def test_the_header_words_printed_above_the_item_header_still_open_the_table():
    # "หน่วย  ราคาต่อหน่วย จำนวนเงิน" printed on the line above "รายการ  จำนวน" (OCR read the header's cells
    # out of order): the table is still one of item columns
    head = _HEAD.replace("รายการ         จํานวน หน่วย       ราคาต่อ     จํานวนเงิน",
                         "หน่วย     ราคาต่อหน่วย จํานวนเงิน\n\nรายการ                     จํานวน")
    names = "- โรงเรียน\nขนาดใหญ่\n\n- โรงเรียน\nขนาดกลาง\n\n- โรงเรียน\nขนาดเล็ก\n\n"
    assert _lines(run(_with_table(head + names + _TAIL.replace("หน่วย (\nบาท)\n", "")))) == _EXPECTED
