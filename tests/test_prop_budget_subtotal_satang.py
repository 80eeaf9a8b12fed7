"""BMA proposals after OCR whose budget table of item columns had its amount column so narrow that a
category's subtotal lost its last digits to the line under it, where the category's name wrapped too
("ค่าวัสดุในการจัดกิจกรรมส่งเสริม   88,600.0" / "การใช้เทคโนโลยีดิจิทัลเพื่อการเรียน   0" / "การสอน": shut set
s22/q bma_proposal_s22q004): the second line, words and a figure, opened a category of its own whose
subtotal was the 0, so the rows under it were of a category named from its second line (wrong, silently).
Now a line right under a category's row whose subtotal was cut (one place, or its dot) and whose last cell
holds the digits it wants, alone or after Thai words, gives the subtotal its satang and the words to the
category's name; digits that do not fit leave the line read as before."""

from __future__ import annotations

from parsers.bma_proposal.budget import item_columns
from schemas.document import Line

_TABLE = """รายการ\tจำนวน หน่วย\tราคาต่อ\tจำนวนเงิน
หน่วย (\t(บาท)
บาท)
ค่าวัสดุในการจัดกิจกรรมส่งเสริม\t{subtotal}
{second}
การสอน
- โรงเรียนขนาดใหญ่\t1 โรงเรียน\t15,100.00\t15,100.00
โรงเรียนขนาดเล็ก\t1 โรงเรียน\t8,000.00\t8,000.00
ค่าตอบแทนวิทยากร\t3,600.00
วิทยากรภายนอก\t6 ชั่วโมง\t600.00\t3,600.00
รวมทั้งสิ้น\t26,700.00"""

_CAT = "ค่าวัสดุในการจัดกิจกรรมส่งเสริมการใช้เทคโนโลยีดิจิทัลเพื่อการเรียนการสอน"


def _read(subtotal: str = "23,100.0", second: str = "การใช้เทคโนโลยีดิจิทัลเพื่อการเรียน\t0"):
    text = _TABLE.format(subtotal=subtotal, second=second)
    lines = [Line(no, t) for no, t in enumerate(text.split("\n"), start=1)]
    unread: list = []
    subtotals: list = []
    found, total = item_columns(lines, subtotals=subtotals, unread=unread)
    return [(e.category, e.item) for e in found], [(t, no) for t, no, _ in subtotals], unread


def test_the_subtotal_satang_wrapped_beside_the_category_name():
    found, subtotals, unread = _read()
    assert [c for c, _ in found[:2]] == [_CAT, _CAT]
    assert subtotals == [("23,100.00", 4), ("3,600.00", 9)]
    assert unread == []


def test_a_subtotal_cut_at_its_dot_wants_two_digits():
    found, subtotals, _ = _read(subtotal="23,100.", second="การใช้เทคโนโลยีดิจิทัลเพื่อการเรียน\t00")
    assert found[0][0] == _CAT and subtotals[0] == ("23,100.00", 4)


def test_the_satang_alone_under_the_category_row():
    found, subtotals, unread = _read(second="0\nการใช้เทคโนโลยีดิจิทัลเพื่อการเรียน")
    assert found[0][0] == _CAT and subtotals[0] == ("23,100.00", 4) and unread == []


def test_digits_that_do_not_fit_the_cut_subtotal_are_left_as_before():
    # a whole subtotal wants no digits: the line opens a category as before
    found, subtotals, _ = _read(subtotal="23,100.00")
    assert found[0][0] != _CAT and ("0", 5) in subtotals
    # two digits where one place is cut
    found, subtotals, _ = _read(second="การใช้เทคโนโลยีดิจิทัลเพื่อการเรียน\t00")
    assert found[0][0] != _CAT and ("00", 5) in subtotals
    # a category of its own beside the digit
    found, subtotals, _ = _read(second="ค่าอาหาร\t0")
    assert found[0][0] != _CAT and ("0", 5) in subtotals
