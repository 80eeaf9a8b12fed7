"""A proposal budget table read across its columns, a category whose cell
wrapped ("ค่าจ้างเหมาจัดทำ" / "เอกสาร") beside an amount cell that ends with
its dash and the regulation's first word ("๑4,6๐๐.- ระเบียบ": fresh set
s118o, bma_proposal_s118o002).  The wrapped word was looked for only up to
that dash, taken for the category's end, so the category was cut to its
first line with no issue.  It is looked for up to the first item's bullet
now (budget.read_expenses' _next_line_words)."""

from __future__ import annotations

from normalizers.text import skeleton
from parsers.bma_proposal.budget import expense_stream, read_expenses
from schemas.document import Line

ACTIVITY = skeleton("จัดกิจกรรมส่งเสริมการอ่านออกเขียนได้ของนักเรียน")


def _categories(*texts: str) -> list[tuple[str, str]]:
    lines = [Line(no, t[2:], "text", True) if t.startswith("- ") else Line(no, t)
             for no, t in enumerate(texts, start=352)]
    return [(e.category, e.item) for e in read_expenses(expense_stream(lines, ACTIVITY), ACTIVITY)]


TABLE = ("กิจกรรม\tรายการค่าใช้จ่าย\tจำนวน\tกฎหมาย ระเบียบที่", "เงิน\tเกี่ยวข้อง",
         "จัดกิจกรรม\tค่าจ้างเหมาจัดทำ\t๑4,6๐๐.- ระเบียบ", "ส่งเสริมการ\tเอกสาร\tบาท\tกรุงเทพมหานคร",
         "อ่านออกเขียน\tว่าด้วยค่าใช้จ่ายใน", "ได้ของ\tการฝึกอบรม พ.ศ.", "นักเรียน\t๒๕๖๓",
         "- เอกสารประกอบ", "การอบรม จำนวน", "146 เล่มๆ ละ", "100.-บาท เป็น", "เงิน ๑๔,๖๐๐.-บาท")


def test_the_wrapped_word_under_an_amount_with_its_dash_is_the_category_s():
    got = _categories(*TABLE)
    assert got == [("ค่าจ้างเหมาจัดทำเอกสาร", "เอกสารประกอบ การอบรม")]

