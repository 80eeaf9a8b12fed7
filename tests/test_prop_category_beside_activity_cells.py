"""A proposal's budget table read across its columns (activity | items | amount | law), a category whose first line
names the opening of the activity ("ค่าวัสดุในการจัดกิจกรรม", its amount and the regulation's first word beside it)
and whose cell's next lines stand beside the activity column's, OCR reading both cells of a line as one piece or
two ("ส่งเสริมการอ่าน ส่งเสริมการอ่านออก" / "ออกเขียนได้" "เขียนได้ของนักเรียน" / "ของนักเรียน"; fresh set s119r,
bma_proposal_s119r002).  The category was cut at its first line with no issue.  Both columns print the rest of the
activity's name: the words read past the amount part into the category's, which go on with the name to its end,
and the activity column's, which spell its last words (budget._beside_activity_cells), and put_expenses says the
category so read is in doubt."""

from __future__ import annotations

from normalizers.text import skeleton
from parsers.bma_proposal.budget import expense_stream, put_expenses, read_expenses
from schemas.document import CopyReading, Line

ACTIVITY = skeleton("จัดกิจกรรมส่งเสริมการอ่านออกเขียนได้ของนักเรียน")
WHOLE = "ค่าวัสดุในการจัดกิจกรรมส่งเสริมการอ่านออกเขียนได้ของนักเรียน"
_CELLS = ["จัดกิจกรรม\tค่าวัสดุในการจัดกิจกรรม ไ140,500.- ระเบียบ",
          "ส่งเสริมการอ่าน ส่งเสริมการอ่านออก\tบาท\tกรุงเทพมหานคร",
          "ออกเขียนได้\tเขียนได้ของนักเรียน\tว่าด้วยค่าใช้จ่ายในการ",
          "ของนักเรียน\tฝึกอบรม พ.ศ. 2๕๖๓",
          "- โรงเรียนขนาดใหญ่", "จำนวน 3 โรงเรียนๆ ละ", "20,000.-บาท เป็นเงิน", "60,000.-บาท",
          "- โรงเรียนขนาดเล็ก", "จำนวน 2 โรงเรียนๆ ละ", "10,000.-บาท เป็นเงิน", "20,000.-บาท"]


def _read(cells: list[str]):
    lines = [Line(i + 1, c, bullet=c.startswith("- ")) for i, c in enumerate(cells)]
    return read_expenses(expense_stream(lines, ACTIVITY), ACTIVITY)


def test_a_category_s_wrapped_words_beside_the_activity_s_cells_are_read_on_to_the_name_s_end():
    expenses = _read(_CELLS)
    assert [(e.category, e.item) for e in expenses] == [(WHOLE, "โรงเรียนขนาดใหญ่"), (WHOLE, "โรงเรียนขนาดเล็ก")]
    out = CopyReading(0, 1, len(_CELLS))
    put_expenses(expenses, out)
    said = [i for i in out.issues if i.code == "unread_cells" and i.field == "expenses.category"]
    assert len(said) == 1 and "stops at its amount cell" in said[0].message


def test_words_that_do_not_part_into_the_two_columns_leave_the_category_as_read():
    # the category's own words are not the name's ("ของครู"): no parting spells the name to its end in both
    cells = [c.replace("\tเขียนได้ของนักเรียน", "\tเขียนได้ของครู") for c in _CELLS]
    assert {e.category for e in _read(cells)} == {"ค่าวัสดุในการจัดกิจกรรม"}
    # the activity column's words stop short of the name's end (its last line not among them): no parting reads
    # both columns to the end, so none is chosen
    cells = [c.split("\t", 1)[-1] if c.startswith("ของนักเรียน\t") else c for c in _CELLS]
    assert {e.category for e in _read(cells)} == {"ค่าวัสดุในการจัดกิจกรรม"}
