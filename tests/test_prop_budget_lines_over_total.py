"""BMA proposal budget lines that add up to more than the total by exactly one line's amount: a category's subtotal
read as a line of its own (its heading lost "ค่า" to OCR, "าวัสดุสำนักงาน 9,800" over "วัสดุสำนักงาน 28 ชุด 350
9,800"; fresh s87o005).  The extra row shifted every later line's number, and only the amounts were named
(expense_sum_mismatch on expenses.amount): the lines' numbers were wrong silently.  Now the table's rows are named
(rows.check_budget, _line_over), the row whose amount is the excess in the evidence."""

from __future__ import annotations

import json
from decimal import Decimal

from parsers.bma_proposal.rows import check_budget
from schemas.document import Reading


def _line(no: int, item: str, amount: str, qty: str | None = None, each: str | None = None) -> dict[str, Reading]:
    rec = {"item": Reading(item, item, no, no), "category": Reading(None, "", no, no),
           "amount": Reading(Decimal(amount), amount, no, no)}
    if qty is not None:
        rec["quantity"] = Reading(Decimal(qty), qty, no, no)
        rec["unit_amount"] = Reading(Decimal(each), each, no, no)
    return rec


def _over(lines: list[dict[str, Reading]], total: str) -> list:
    project = {"budget_allocated": Reading(Decimal(total), total, 5, 5)}
    return [i for i in check_budget(project, lines) if i.code == "expense_sum_mismatch" and i.field == "expenses"]


def test_lines_over_the_total_by_one_lines_amount_name_the_table():
    lines = [_line(10, "าวัสดุสำนักงาน", "9800"), _line(11, "วัสดุสำนักงาน", "9800", "28", "350"),
             _line(12, "รถโดยสารปรับอากาศ", "18000", "3", "6000")]
    said = _over(lines, "27800")
    assert len(said) == 1
    assert (said[0].line_start, said[0].line_end) == (5, 12)
    assert json.loads(said[0].evidence)["rows"] == ["าวัสดุสำนักงาน", "วัสดุสำนักงาน"]


def test_lines_over_the_total_by_no_lines_amount_or_adding_up_say_nothing_of_the_kind():
    lines = [_line(10, "วัสดุสำนักงาน", "9800", "28", "350"), _line(12, "รถโดยสารปรับอากาศ", "18000", "3", "6000")]
    assert not _over(lines, "27000")
    assert not _over(lines, "27800")
