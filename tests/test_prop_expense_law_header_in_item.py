"""The budget table read down its columns by OCR: the regulation column's header ("กฎหมาย ระเบียบที่" /
"เกี่ยวข้อง", on lines of their own) stood between an item's first line and its rest, and was kept as the
item's words, silently (set s43z's bma_proposal_s43z001: "โรงเรียน กฎหมาย ระเบียบที่ เกี่ยวข้อง ขนาดใหญ่" for
"โรงเรียนขนาดใหญ่").  Once the table has started, a cell of the header's words that holds "กฎหมาย", and its
last words "เกี่ยวข้อง" right after it, are the header's (budget.expense_stream), as the amount column's
header cells are.  An item's own "ที่เกี่ยวข้อง" with no "กฎหมาย" before it stays."""

from __future__ import annotations

from parsers.bma_proposal.budget import expense_stream, read_expenses
from schemas.document import Line


def _items(cells: list[str]) -> list[tuple[str, str, str, str]]:
    lines = [Line(i + 1, c, bullet=c.startswith("- ")) for i, c in enumerate(cells)]
    return [(e.item, e.qty, e.each, e.amount) for e in read_expenses(expense_stream(lines, ""))]


def test_the_regulation_column_s_header_among_an_item_s_lines_is_no_item_word():
    assert _items(["ค่าวัสดุในการจัดกิจกรรม", "- โรงเรียน", "กฎหมาย ระเบียบที่", "เกี่ยวข้อง", "ขนาดใหญ่ จำนวน",
                   "3 โรงเรียนๆ ละ", "20,000.-บาท", "เป็นเงิน 60,000.-", "บาท"]) == [
        ("โรงเรียน ขนาดใหญ่", "3", "20,000", "60,000")]


def test_an_item_s_own_words_stay():
    assert _items(["ค่าวัสดุในการจัดกิจกรรม", "- วัสดุอุปกรณ์ที่", "เกี่ยวข้อง จำนวน", "3 ชุดๆ ละ", "2,000.-บาท",
                   "เป็นเงิน 6,000.-", "บาท"]) == [("วัสดุอุปกรณ์ที่ เกี่ยวข้อง", "3", "2,000", "6,000")]
