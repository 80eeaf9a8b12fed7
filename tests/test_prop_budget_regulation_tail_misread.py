"""A proposal's budget table read across its columns, the regulation column's last line ("ภาครัฐ พ.ศ.๒๕๖๐") at
the margin with a letter misread ("ภาควัฐ พ.ศ.๒๕๒๐", ร read ว: one letter in a piece that short is more than
budget.REGULATION_RATIO allows): the piece was taken for the expense column, its word read into the wrapped
category beside the activity's words, and the category repaired to "ค่าอาหารว่างและ เครื่องดื่ม ภาควัฐ", a wrong
repair (rule category_wrapped; fresh set s69o, bma_proposal_s69o002).  A piece that ends with "พ.ศ." and a year,
the words before them a letter from a regulation title's last words (every title ends with "พ.ศ."), is the
regulation's (budget.is_regulation): no category or item prints a year."""

from __future__ import annotations

from normalizers.text import skeleton
from parsers.bma_proposal.budget import expense_stream, is_regulation, read_expenses, wrapped_category
from schemas.document import Line

ACTIVITY = skeleton("จัดกิจกรรมส่งเสริมการอ่านออกเขียนได้ของนักเรียน")
_CELLS = ["จัดกิจกรรม\tค่าอาหารว่างและ\t๒,๐๑๐.๐๐ รระเบียบ", "ส่งเสริมการ เครื่องดื่ม\tบาท กระทรวงการคลัง",
          "อ่านออก\tว่าด้วยการ", "เขียนได้ของ\tจัดซื้อจัดจ้างและ", "นักเรียน\tการบริหารพัสดุ", "ภาควัฐ พ.ศ.๒๕๒๐",
          "- ผู้เข้ารับการอบรม", "จำนวน ๒๓ คนๆ", "ละ ๓๐.๐๐ บาท", "เป็นงิน", "๒,.๐๑๐.๐๐ บาท"]


def _categories(cells: list[str]) -> list[str | None]:
    lines = [Line(i + 1, c.removeprefix("- "), bullet=c.startswith("- ")) for i, c in enumerate(cells)]
    return [e.category for e in read_expenses(expense_stream(lines, ACTIVITY), ACTIVITY)]


def test_a_regulation_s_last_line_with_a_letter_misread_is_no_category_word():
    categories = _categories(_CELLS)
    assert len(categories) == 1 and "ภาควัฐ" not in categories[0]
    assert wrapped_category(categories[0], ACTIVITY) == "ค่าอาหารว่างและ เครื่องดื่ม"


def test_the_title_s_last_words_with_a_year_are_the_regulation_s():
    assert is_regulation("ภาควัฐ พ.ศ.๒๕๒๐") and is_regulation("ภาครัฐ พ.ศ.๒๕๖๐")
    assert not is_regulation("ภาควัฐ")  # no year: too short a piece to weigh with a letter misread
    assert not is_regulation("เครื่องดื่ม พ.ศ.๒๕๖๐")  # words of no title's end
