"""BMA progress expense lines whose figures a cell of another column broke
apart (a table read row by row, the next column's words run in between:
"ค่าอาหาร 119 เ(ครั้งที่ 7) = 18,310 / คน % 150 บาท = 17,850 บาท"; fresh set
s62o009 report 7).  The reader read no line there; the description's
expense cut (rows._expense_cut) left the text out and said so, and the line
was lost.  rows.lines_in_cut reads the cut text by an expense line's
structure: an item opening with ค่า, a whole count with its unit, the sign
or words the unit amount is joined by, the unit amount, "=" or เป็นเงิน and
the amount, the count times the unit amount being the amount.  The lines
are kept (rows._lines_from_cut) only where with the report's lines read
they make up its disbursement (read), and said (value_repaired, rule sum)."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.rows import _lines_from_cut, lines_in_cut
from schemas.document import Reading


def test_a_line_with_debris_between_its_figures_is_read_by_its_product():
    found = lines_in_cut(" ค่าวัสดุ ๔๒ ร ชุด % ๓๕ บาท = ๑,๔๗๐ บาท บาท")
    assert [(f["item"], f["quantity"], f["unit"], f["unit_amount"], f["amount"]) for f in found] == [
        ("ค่าวัสดุ", Decimal("42.00"), "ชุด", Decimal("35.00"), Decimal("1470.00"))]


def test_figures_whose_product_does_not_hold_give_no_line():
    assert lines_in_cut(" ค่าวัสดุ ๔๒ ร ชุด % ๓๕ บาท = ๑,๔๘๐ บาท") == []


def test_figures_without_an_item_give_no_line():
    assert lines_in_cut("= 131 ใบ % 35 บาท.- = 4,585 บาท.-") == []


def _report(disbursed: str) -> dict:
    return {"disbursed": Reading(Decimal(disbursed), disbursed, 10, 12),
            "description": Reading("text", "text", 10, 12)}


def test_lines_are_kept_only_where_they_make_up_the_disbursement():
    cut = " ค่าวัสดุ ๔๒ ร ชุด % ๓๕ บาท = ๑,๔๗๐ บาท"
    assert [f["amount"] for f in _lines_from_cut(3, _report("1930"), cut, [Decimal("460")])] == [Decimal("1470.00")]
    assert _lines_from_cut(3, _report("2000"), cut, [Decimal("460")]) == []  # the sum leaves another amount
    assert _lines_from_cut(3, _report("1930"), cut, [None]) == []  # a line read unreadable: the sum cannot say
