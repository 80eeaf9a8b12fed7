"""A proposal's budget table read across its columns, the activity's cell and the category's beside it one space
apart (OCR lost the gap: "จัดกิจกรรม ค่าอาหารว่างและ 5,9๕๐.-"): read whole, the piece opened no category and was
neither column's, so the category and its lines before the next category were lost, and the lines after
renumbered, with nothing said (set s66z's bma_proposal_s66z002: its first expense line).  The words before the
category's that go on with the activity's name are the activity's (budget._activity_then_category); on the line
under, the activity's words and then one or two words are the category's wrapped words
(budget._activity_then_wrapped: "ส่งเสริมการ วิทยากร" under "จัดกิจกรรม ค่าตอบแทน")."""

from __future__ import annotations

from parsers.bma_proposal.budget import expense_stream, read_expenses
from normalizers.text import skeleton
from schemas.document import Line

ACTIVITY = skeleton("จัดกิจกรรมส่งเสริมการอ่านออกเขียนได้ของนักเรียน")


def _expenses(cells: list[str]) -> list[tuple[str | None, str, str, str, str]]:
    lines = [Line(i + 1, c, bullet=c.startswith("- ")) for i, c in enumerate(cells)]
    return [(e.category, e.item, e.qty, e.each, e.amount) for e in read_expenses(expense_stream(lines, ACTIVITY))]


def test_the_activity_s_words_before_a_category_open_no_piece_of_the_expense_column():
    assert _expenses(["จัดกิจกรรม ค่าอาหารว่างและ 5,950.-\tข้อบัญญัติ", "ส่งเสริม\tเครื่องดื่ม\tบาท",
                      "การอ่าน", "ผู้เข้ารับการอบรม", "จำนวน 119 คนๆ", "ละ 50.-บาท", "เป็นเงิน 5,950.-", "บาท",
                      "ค่าตอบแทน\t16,500.-", "วิทยากร\tบาท", "- วิทยากรภายนอก จำนวน 12 ชั่วโมงๆ ละ 1,200.-บาท",
                      "เป็นเงิน 14,400.-บาท"]) == [
        ("ค่าอาหารว่างและ เครื่องดื่ม", "ผู้เข้ารับการอบรม", "119", "50", "5,950"),
        ("ค่าตอบแทน วิทยากร", "วิทยากรภายนอก", "12", "1,200", "14,400")]


def test_the_category_s_wrapped_words_after_the_activity_s_on_the_line_under():
    assert _expenses(["จัดกิจกรรม ค่าตอบแทน\t15,000- ระเบียบ", "ส่งเสริมการ วิทยากร\tบาท\tกรุงเทพมหานคร",
                      "อ่านออก", "- วิทยากรภายนอก", "จำนวน 10 ชั่วโมงๆ", "ละ 1,200.-บาท", "เป็นเงิน 12,000.-"]) == [
        ("ค่าตอบแทน วิทยากร", "วิทยากรภายนอก", "10", "1,200", "12,000")]


def test_a_piece_of_the_activity_s_words_alone_stays_the_activity_s():
    assert _expenses(["จัดกิจกรรม\tค่าตอบแทน\t15,000.-", "ส่งเสริมการ อ่านออก", "- วิทยากรภายนอก",
                      "จำนวน 10 ชั่วโมงๆ ละ 1,200.-บาท เป็นเงิน 12,000.-"]) == [
        ("ค่าตอบแทน", "วิทยากรภายนอก", "10", "1,200", "12,000")]
