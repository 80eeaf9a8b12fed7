"""BMA proposals after OCR whose budget table of item columns had its amount column so narrow that a
category's subtotal lost the last digit of its group of thousands to the line under it, where the category's
name wrapped ("ค่าวัสดุในการ   116,50" / "จัดกิจกรรมส่งเสริม   0": s67o002): the second line, words and a
digit, opened a category of its own, so the rows under it were of a category named from its second line
(wrong, and no issue named it).  A subtotal cut after two digits of its last group wants one more
(budget._GROUP_CUT_RE).  And an item's bullet OCR read as another mark (": วิทยากรภายใน") is no part of its name
(budget._item_name)."""

from __future__ import annotations

from parsers.bma_proposal.budget import item_columns
from schemas.document import Line

_TABLE = """รายการ\tจำนวน หน่วย\tราคาต่อ\tจำนวนเงิน
หน่วย (\t(บาท)
บาท)
ค่าวัสดุในการ\t{subtotal}
จัดกิจกรรมส่งเสริม\t{digit}
การเรียนรู้
- โรงเรียนขนาดใหญ่\t2 โรงเรียน\t15,000\t30,000
- โรงเรียนขนาดเล็ก\t4 โรงเรียน\t5,000\t20,000
ค่าตอบแทนวิทยากร\t3,000
{bullet} วิทยากรภายใน\t10 ชั่วโมง\t300\t3,000
รวมทั้งสิ้น\t53,000"""

_CAT = "ค่าวัสดุในการจัดกิจกรรมส่งเสริมการเรียนรู้"


def _read(subtotal: str = "50,00", digit: str = "0", bullet: str = ":"):
    text = _TABLE.format(subtotal=subtotal, digit=digit, bullet=bullet)
    lines = [Line(no, t) for no, t in enumerate(text.split("\n"), start=1)]
    subtotals: list = []
    found, _ = item_columns(lines, subtotals=subtotals, unread=[])
    return [(e.category, e.item) for e in found], [(t, no) for t, no, _ in subtotals]


def test_a_subtotal_cut_inside_its_group_of_thousands_takes_the_digit_under_it():
    found, subtotals = _read()
    assert [c for c, _ in found[:2]] == [_CAT, _CAT]
    assert subtotals[0] == ("50,000", 4)


def test_two_digits_under_a_group_cut_after_two_are_left_as_before():
    found, _ = _read(digit="00")
    assert found[0][0] != _CAT


def test_an_items_bullet_read_as_a_colon_is_no_part_of_its_name():
    found, _ = _read()
    assert found[-1] == ("ค่าตอบแทนวิทยากร", "วิทยากรภายใน")
    assert _read(bullet=";")[0][-1][1] == "วิทยากรภายใน"
    assert _read(bullet="-")[0][-1][1] == "วิทยากรภายใน"
