"""BMA proposals after OCR whose budget table of item columns had its unit amount and amount columns so
narrow that both figures' satang wrapped onto a line of their own under the row ("ค่าวัสดุในการ" /
"จัดกิจกรรมส่งเสริม" / ... a category's name over four lines, then "โรงเรียนขนาดใหญ่   3 โรงเรียน 15,100.
45,300.0" / "00         0": fresh set sc22/a bma_proposal_sc22a002): the line of digits alone was read as a
row of another shape, so each took an expense line's number, the rows after it were numbered two apart
and the table seemed to hold a row more (wrong and extra rows, silently).  Now such a line puts its digits
at the ends of the row's cut figures (unit amount, then amount) where they are as many as the cells and
each cell holds the digits its figure wants (two after a dot, one after one place); else it stays a row of
another shape, said."""

from __future__ import annotations

from parsers.bma_proposal.budget import item_columns
from schemas.document import Line

_TABLE = """รายการ\tจำนวน หน่วย\tราคาต่อ\tจำนวน
หน่วย\tเงิน (
(บาท)\tบาท)
ค่าวัสดุในการ
จัดกิจกรรมส่งเสริม
การอ่านออกเขียนได้
ของนักเรียน
โรงเรียนขนาดใหญ่\t3 โรงเรียน {each1} {amount1}
{tail1}
โรงเรียนขนาดกลาง\t5 โรงเรียน 10,000. 50,000.0
00\t0
โรงเรียนขนาดเล็ก\t2 โรงเรียน 8,500.0 17,000.0
0\t0
รวมทั้งสิ้น\t112,300.
00"""


def _read(each1: str = "15,100.", amount1: str = "45,300.0", tail1: str = "00\t0"):
    text = _TABLE.format(each1=each1, amount1=amount1, tail1=tail1)
    lines = [Line(no, t) for no, t in enumerate(text.split("\n"), start=1)]
    unread: list = []
    found, _ = item_columns(lines, unread=unread)
    return [(e.category, e.item, e.qty, e.each, e.amount, e.start, e.end) for e in found], unread


def test_the_satang_wrapped_under_a_row_ends_its_figures():
    found, unread = _read()
    cat = "ค่าวัสดุในการจัดกิจกรรมส่งเสริมการอ่านออกเขียนได้ของนักเรียน"
    assert found == [(cat, "โรงเรียนขนาดใหญ่", "3", "15,100.00", "45,300.00", 8, 9),
                     (cat, "โรงเรียนขนาดกลาง", "5", "10,000.00", "50,000.00", 10, 11),
                     (cat, "โรงเรียนขนาดเล็ก", "2", "8,500.00", "17,000.00", 12, 13)]
    assert unread == []


def test_a_figure_cell_that_kept_its_dot_wants_two_digits_too():
    found, unread = _read(each1="15,100.\t", amount1="45,300.", tail1="00\t00")
    assert found[0][3:5] == ("15,100.00", "45,300.00") and unread == []


def test_digits_that_do_not_fit_the_cut_figures_are_a_row_of_another_shape():
    # two cells, but only the amount is cut: which digits go where is not known
    found, unread = _read(each1="15,100.00", tail1="00\t0")
    assert found[0][3:5] == ("15,100.00", "45,300.0")
    assert [(no, end) for _, no, end, _ in unread] == [(9, 9)]
    # a cell of two digits where one place is cut: no satang of it
    found, unread = _read(each1="15,100.0", tail1="00\t0")
    assert found[0][3:5] == ("15,100.0", "45,300.0") and len(unread) == 1


_ITEM_WRAPPED = """รายการ\tจำนวน หน่วย\tราคาต่อ\tจำนวน
หน่วย (\tเงิน (
บาท)\tบาท)
ค่าเช่ารถโดยสาร\t12,000.
ปรับอากาศ\t00
รถโดยสาร\t2 คัน\t6,000.00 12,000.
ปรับอากาศ\t00
ค่าอาหารกลางวัน\t9,380.00
ผู้เข้ารับการอบรม\t134 คน\t70.00\t9,380.00
รวมทั้งสิ้น\t21,380.00"""


def test_an_item_name_wrapped_beside_its_amounts_satang_goes_on_the_item():
    """The item's name wrapped onto the next line beside the satang its amount's narrow column wrapped
    ("รถโดยสาร  2 คัน  6,000.00  12,000." / "ปรับอากาศ  00"): the words end the item's name, the digits the
    amount (before, the words opened a category of their own and the item's name was cut: fresh set s41z)."""
    lines = [Line(no, t) for no, t in enumerate(_ITEM_WRAPPED.split("\n"), start=1)]
    found, _ = item_columns(lines, unread=[])
    assert [(e.category, e.item, e.amount, e.start, e.end) for e in found] == [
        ("ค่าเช่ารถโดยสารปรับอากาศ", "รถโดยสารปรับอากาศ", "12,000.00", 6, 7),
        ("ค่าอาหารกลางวัน", "ผู้เข้ารับการอบรม", "9,380.00", 9, 9)]


def test_a_speck_beside_the_wrapped_satang_is_left_out():
    """A speck OCR read at the item's column beside the wrapped satang ("_   0   0": the table's rule) made
    the line a row of another shape: the row's figures stayed cut and the table seemed to have lost a row,
    so its total settled nothing (fresh set s56z).  The specks are left out and the digits weighed alone."""
    found, unread = _read(tail1="_\t00\t0")
    assert found[0][3:6] == ("15,100.00", "45,300.00", 8) and unread == []
    # a speck beside digits that do not fit the cut figures leaves a row of another shape, as before
    found, unread = _read(each1="15,100.00", tail1="_\t00\t0")
    assert found[0][3:5] == ("15,100.00", "45,300.0") and len(unread) == 1
