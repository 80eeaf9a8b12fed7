"""A proposal's budget table OCR read down its columns, a cell a line: the activity column's lines first
("จัดกิจกรรม" / "จริยธรรมของ" / "นักเรียน", a line of it lost), then the category's ("ค่าวัสดุในการจัดกิจกรรม" /
"ส่งเสริมคุณธรรม" / "จริยธรรมของนักเรียน"; fresh set s120r, bma_proposal_s120r005).  The category's first line
names the activity up to where the activity column stopped, so its next lines, which go on with the name there,
were taken for the activity column's, and the category was cut at its first line with no issue.  Now they are read
as its wrapped end, and said in doubt (budget._named_below, put_expenses)."""

from __future__ import annotations

from normalizers.text import skeleton
from parsers.bma_proposal.budget import expense_stream, put_expenses, read_expenses
from schemas.document import CopyReading, Line

ACTIVITY = skeleton("จัดกิจกรรมส่งเสริมคุณธรรมจริยธรรมของนักเรียน")
WHOLE = "ค่าวัสดุในการจัดกิจกรรมส่งเสริมคุณธรรมจริยธรรมของนักเรียน"
_ROWS = ["- โรงเรียนขนาดกลาง", "จำนวน 4 โรงเรียนๆ ละ", "10,000.-บาท เป็นเงิน", "40,000.-บาท",
         "- โรงเรียนขนาดเล็ก", "จำนวน 3 โรงเรียนๆ ละ", "6,000.-บาท เป็นเงิน", "18,000.-บาท"]
_ACTIVITY_COLUMN = ["กิจกรรม", "จัดกิจกรรม", "จริยธรรมของ", "นักเรียน", "รวมทั้งสิ้น", "58,000.-", "บาท",
                    "รายการค่าใช้จ่าย"]


def _read(cells: list[str]):
    lines = [Line(i + 1, c, bullet=c.startswith("- ")) for i, c in enumerate(cells)]
    return read_expenses(expense_stream(lines, ACTIVITY), ACTIVITY)


def test_lines_under_a_category_that_go_on_with_the_name_are_its_wrapped_end():
    cells = _ACTIVITY_COLUMN + ["ค่าวัสดุในการจัดกิจกรรม", "ส่งเสริมคุณธรรม", "จริยธรรมของนักเรียน"] + _ROWS
    expenses = _read(cells)
    assert [e.category for e in expenses] == [WHOLE, WHOLE]
    out = CopyReading(0, 1, len(cells))
    put_expenses(expenses, out, ACTIVITY)
    said = [i for i in out.issues if i.field == "expenses.category" and "names the activity up to" in i.message]
    assert len(said) == 2


def test_a_category_of_its_own_words_keeps_the_activity_s_lines_apart():
    # a category that names no part of the activity: the lines under it that go on with the name are the
    # activity column's, no words of the category
    cells = ["กิจกรรม", "จัดกิจกรรม", "รายการค่าใช้จ่าย", "ค่าวัสดุสำนักงาน", "ส่งเสริมคุณธรรม", "จริยธรรมของนักเรียน",
             *_ROWS]
    assert {e.category for e in _read(cells)} == {"ค่าวัสดุสำนักงาน"}
