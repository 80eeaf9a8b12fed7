"""A proposal's budget table read across its columns, a category whose cell wrapped over three lines beside the
activity's ("จัดกิจกรรมส่งเสริม ค่าวัสดุในการจัดกิจกรรม 92,500.- ข้อบัญญัติ" / "ทักษะภาษาอังกฤษ ส่งเสริมทักษะ
บาท ..." / ...; set s67z's bma_proposal_s67z003): its first line is whole words, so nothing said it went on, and the
words of its next lines, after its amount and the regulation's first word, were left out: the category cut short
with no issue (two silent cells).  Where the first line ends with the opening of the activity's name and Thai
words alone past the amount, before the first item's bullet, go on with that name, they are the category's, read
on in doubt (budget._words_past_amount; put_expenses says it, unread_cells); a category whole on its line with
other words after its amount still ends there (test_prop_category_amount_beside)."""

from __future__ import annotations

from normalizers.text import skeleton
from parsers.bma_proposal.budget import expense_stream, put_expenses, read_expenses
from schemas.document import CopyReading, Line

ACTIVITY = skeleton("จัดกิจกรรมส่งเสริมการอ่านออกเขียนได้ของนักเรียน")
_CELLS = ["จัดกิจกรรมส่งเสริม ค่าวัสดุในการจัดกิจกรรม 45,000.- ข้อบัญญัติ",
          "การอ่านออก ส่งเสริมการอ่าน\tบาท\tกรุงเทพมหานคร เรื่อง",
          "เขียนได้ของนักเรียน\tออกเขียนได้\tงบประมาณรายจ่าย",
          "- โรงเรียนขนาดใหญ่", "จำนวน 3 โรงเรียนๆ ละ", "15,000.-บาท เป็นเงิน", "45,000.-บาท"]


def _read(cells: list[str]):
    lines = [Line(i + 1, c, bullet=c.startswith("- ")) for i, c in enumerate(cells)]
    return read_expenses(expense_stream(lines, ACTIVITY), ACTIVITY)


def test_a_category_s_words_past_its_amount_before_the_first_item_are_its_wrapped_name():
    expenses = _read(_CELLS)
    assert [(e.category, e.item, e.amount) for e in expenses] == [
        ("ค่าวัสดุในการจัดกิจกรรมส่งเสริมการอ่านออกเขียนได้", "โรงเรียนขนาดใหญ่", "45,000")]
    out = CopyReading(0, 1, len(_CELLS))
    put_expenses(expenses, out)
    said = [i for i in out.issues if i.code == "unread_cells" and i.field == "expenses.category"]
    assert len(said) == 1 and "stops at its amount cell" in said[0].message


def test_a_category_whole_on_its_line_stays_as_read():
    cells = ["จัดกิจกรรมส่งเสริม ค่าวัสดุในการจัดกิจกรรม 45,000.- ข้อบัญญัติ", "การอ่านออก\tบาท\tกรุงเทพมหานคร",
             *_CELLS[3:]]
    expenses = _read(cells)
    assert [e.category for e in expenses] == ["ค่าวัสดุในการจัดกิจกรรม"]
    assert expenses[0].amount_cut is None


def test_words_past_the_amount_that_do_not_go_on_with_the_activity_s_name_are_other_columns():
    cells = [_CELLS[0].replace("ค่าวัสดุในการจัดกิจกรรม", "ค่าวัสดุสำนักงาน"), *_CELLS[1:]]
    assert [e.category for e in _read(cells)] == ["ค่าวัสดุสำนักงาน"]
