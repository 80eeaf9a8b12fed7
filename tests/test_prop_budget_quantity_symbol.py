"""BMA proposals after OCR whose budget table of item columns has an item's row whose quantity OCR read as a
symbol before its unit ("วัสดุสำนักงานและวัสดุ   > ชุด   ฒ๕ือ.-   ๕,๕๐๐.-" for ๖ ชุด ๗๕๐.-: fresh set s64z,
bma_proposal_s64z003): the quantity and unit's cell held Thai letters (the unit) and no quantity that read, so the
row was left out as "a row of another shape", its item, unit and amount lost with it.  Now the unit reads, the
quantity is kept as printed (reading as no number, said: unparsed_value, unread_cells) and the row is an expense
line (budget._garbled_row, _GARBLED_QTY_UNIT_RE).  A symbol before words that are no unit of the form is not so
read."""

from __future__ import annotations

from parsers.bma_proposal.budget import _garbled_row
from tests.test_prop_budget_row_garbled_cell import _read


def test_a_quantity_read_as_a_symbol_before_its_unit_keeps_the_row():
    assert _garbled_row("วัสดุสำนักงานและวัสดุ", ["> ชุด", "ฒ๕ือ.-", "๕,๕๐๐.-"]) == (
        "วัสดุสำนักงานและวัสดุ", ">", "ชุด", "", "๕,๕๐๐.-")
    expenses, issues = _read("ผู้เข้ารับการอบรม\t> คน\t80.-\t11,040.-")
    assert [seq for seq, *_ in expenses] == [1, 2, 3, 4]
    assert expenses[1] == (2, "ผู้เข้ารับการอบรม", "คน", None, "80.00", "11040.00")
    assert any(i["code"] == "unparsed_value" and i["field"] == "expenses.quantity" and i["line_start"] == 48
               for i in issues)


def test_a_symbol_before_words_that_are_no_unit_is_no_quantity():
    assert _garbled_row("ผู้เข้ารับการอบรม", ["> ราคา", "80.-", "11,040"]) is None
    assert _garbled_row("ผู้เข้ารับการอบรม", ["> ๑๒ ชุด", "80.-", "11,040"]) != (
        "ผู้เข้ารับการอบรม", ">", "ชุด", "80.-", "11,040")  # a digit after the symbol: not a quantity lost whole
