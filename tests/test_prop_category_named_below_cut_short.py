"""A proposal's budget table read across its columns (activity | items | amount | law), a category whose first line
ends with a word no name ends with ("ค่าวัสดุในการ", its amount and the regulation's first word beside it) and
whose cell's next lines, beside the activity's, spell the activity's name whole ("จัดกิจกรรมส่งเสริม" /
"การอ่านออกเขียน" / "ได้ของนักเรียน"; fresh set s69o, bma_proposal_s69o002).  The category was cut at its first
line ("ค่าวัสดุในการ", said).  Where those words, before the first item's bullet, spell the activity's name, the
category is its opening and the name, read on in doubt (budget._activity_named_below; put_expenses says it).

And the paragraph's activity name, which ends at "เป็นเงิน", is read where OCR doubled that word's ง or lost its เ
("เป็นเงงิน"): before, no name was read, and the activity column's words were taken for the category's
(budget._ACTIVITY_RE)."""

from __future__ import annotations

from normalizers.text import skeleton
from parsers.bma_proposal.budget import activity_name, expense_stream, put_expenses, read_expenses
from schemas.document import CopyReading, Line

ACTIVITY = skeleton("จัดกิจกรรมส่งเสริมการอ่านออกเขียนได้ของนักเรียน")
_CELLS = ["จัดกิจกรรม\tค่าวัสดุในการ\tฒ่๐,๐๐๐.๐๐ ข้อบัญญัติ",
          "ส่งเสริมการ\tจัดกิจกรรมส่งเสริม\tบาท กรุงเทพมหานคร",
          "อ่านออก\tการอ่านออกเขียน\tเรื่อง งบประมาณ",
          "เขียนได้ของ\tได้ของนักเรียน\tรายจ่ายประจำปี",
          "นักเรียน",
          "- โรงเรียนขนาดใหญ่", "จำนวน 3 โรงเรียนๆ ละ", "15,000.00 บาท เป็นเงิน", "45,000.00 บาท"]


def _read(cells: list[str]):
    lines = [Line(i + 1, c, bullet=c.startswith("- ")) for i, c in enumerate(cells)]
    return read_expenses(expense_stream(lines, ACTIVITY), ACTIVITY)


def test_a_cut_short_category_whose_next_lines_spell_the_activity_s_name_is_named_by_it():
    expenses = _read(_CELLS)
    assert [(e.category, e.item) for e in expenses] == [
        ("ค่าวัสดุในการจัดกิจกรรมส่งเสริมการอ่านออกเขียนได้ของนักเรียน", "โรงเรียนขนาดใหญ่")]
    out = CopyReading(0, 1, len(_CELLS))
    put_expenses(expenses, out)
    said = [i for i in out.issues if i.code == "unread_cells" and i.field == "expenses.category"]
    assert len(said) == 1 and "stops at its amount cell" in said[0].message


def test_next_lines_that_spell_only_part_of_the_name_leave_the_category_as_read():
    cells = [c.replace("\tได้ของนักเรียน", "\tได้ของครู") for c in _CELLS]
    expenses = _read(cells)
    assert [e.category for e in expenses] == ["ค่าวัสดุในการ"]


def test_the_activity_s_name_ends_at_a_damaged_amount_word():
    for word in ("เป็นเงิน", "เป็นเงงิน", "เป็นงิน"):
        paragraph = f"งบรายจ่ายอื่น รายการค่าใช้จ่ายในกิจกรรมส่งเสริมการ อ่านออกเขียนได้ของนักเรียน {word} ๓๕,๕๐๐.๐๐ บาท"
        assert activity_name(paragraph) == ACTIVITY
    # a word that only opens like it is no end ("เป็นงาน")
    assert activity_name("รายการค่าใช้จ่ายในกิจกรรมส่งเสริมการ เป็นงาน เป็นเงิน 5 บาท") == \
        skeleton("จัดกิจกรรมส่งเสริมการเป็นงาน")


def test_the_amount_s_baht_and_the_regulation_s_words_under_a_whole_category_are_not_its_end():
    # the activity's cell read as the activity's (its name now read), the piece after it on the next line is the
    # amount's "บาท" and the regulation's word ("บาท กรุงเทพมหานคร"), in the category's place: no words of the
    # category (extra2 bma_proposal_z003, category_next_line read 'ค่าวัสดุสำนักงานบาท กรุงเทพมหานคร')
    cells = ["จัดกิจกรรม\tค่าวัสดุสำนักงาน\t๑๒,๒๕๐ รระเบียบ",
             "ส่งเสริมการอ่าน\tบาท กรุงเทพมหานคร",
             "ออกเขียนได้ของนักเรียน\tว่าด้วยค่าใช้จ่ายใน",
             "- วัสดุสำนักงานและวัสดุคอมพิวเตอร์", "จำนวน 3 ชุดๆ ละ", "350 บาท เป็นเงิน", "1,050 บาท"]
    expenses = _read(cells)
    assert [(e.category, e.wrapped) for e in expenses] == [("ค่าวัสดุสำนักงาน", None)]
