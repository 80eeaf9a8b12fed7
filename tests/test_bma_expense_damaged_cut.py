"""BMA progress expense lines whose text a description's cut left out
(rows._expense_cut, rows._expense_item_cut) and whose figures OCR damaged
past reading, so that rows.lines_in_cut reads none: the count and the unit
amount misread so that no product holds ("ค่าเช่ารถโดยสาร จำนวน ๕ ค้นๆ ละ
๒8๑๒,๐๐๐ เป็นเงิน 8๕๕,๐๐๐", fresh s79o007 report 2), or the item's name alone
at the description's end, its figures in another cell (s79a001 report 2).
Before, the line was dropped, the cut alone said.  rows.line_of_damaged_cut
gives the line its item alone, every figure None and said (unparsed_value on
the expenses at the report's lines), where the report spent (disbursement
read, more than nothing, or unread where the project's budget spent less
the disbursements read is more than nothing and it is the one unread) and
lists no line read, the cut holding one item; otherwise nothing (the cut is
said either way)."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.rows import line_of_damaged_cut
from schemas.document import Reading


def _report(disbursed: str | None) -> dict:
    value = None if disbursed is None else Decimal(disbursed)
    return {"disbursed": Reading(value, disbursed or "", 10, 12), "description": Reading("text", "text", 10, 12)}


_DAMAGED = " ค่าเช่ารถโดยสาร จำนวน ๕ ค้นๆ ละ ๒8๑๒,๐๐๐ เป็นเงิน 8๕๕,๐๐๐"


def test_a_damaged_line_of_a_report_that_spent_and_lists_none_is_given_its_item():
    line = line_of_damaged_cut(_report("55000"), _DAMAGED, [])
    assert line is not None and line["item"] == "ค่าเช่ารถโดยสาร"
    assert [line[c] for c in ("unit", "quantity", "unit_amount", "amount")] == [None] * 4
    line = line_of_damaged_cut(_report("17280"), "ค่าอาหารกลางวัน", [])  # the item's name alone
    assert line is not None and line["item"] == "ค่าอาหารกลางวัน"


def test_no_line_where_the_report_spent_nothing_or_may_have():
    assert line_of_damaged_cut(_report("0"), _DAMAGED, []) is None  # a neighbour's cell run in
    assert line_of_damaged_cut(_report(None), _DAMAGED, []) is None  # its disbursement unread: nothing says
    assert line_of_damaged_cut(_report(None), _DAMAGED, [], Decimal("0")) is None  # the budget spent is all read


def test_an_unread_disbursement_counts_as_spending_by_the_budget_spent_left():
    # (the one report whose disbursement is unread: the project's budget spent less those read is what it spent)
    line = line_of_damaged_cut(_report(None), "ค่าเช่ารถโดยสาร = Boo,<oo", [], Decimal("11500"))
    assert line is not None and line["item"] == "ค่าเช่ารถโดยสาร" and line["amount"] is None


def test_no_line_where_the_report_lists_a_line_or_the_cut_is_in_doubt():
    assert line_of_damaged_cut(_report("55000"), _DAMAGED, [Decimal("7000")]) is None  # the cut may repeat it
    assert line_of_damaged_cut(_report("55000"), _DAMAGED + " ค่าอาหาร ๑๒ คน", []) is None  # two items: whose?
    assert line_of_damaged_cut(_report("55000"), "ค่า", []) is None  # an item word without its name


_AT = "ซึ่งจะดำเนินการระหว่างวันที่ ๑๘ - ๒๙ พฤษภาคม ๒๕๖๓\n"  # report 8's text
_R8 = "งบประมาณที่เบิกใช้ (ครั้งที่ 8) = 0 บาท"


def _document(disbursed: str, line: str) -> dict:
    from pipeline.stages import process_document
    from tests.conftest import sample_text

    text = sample_text("001_fdefb2afb18072a2.txt")
    assert text.count(_AT) == 1 and text.count(_R8) == 1
    text = text.replace(_AT, _AT + line + "\n").replace(_R8, _R8.replace("= 0", f"= {disbursed}"))
    return process_document("001.txt", text.encode("utf-8"))


def test_the_damaged_line_is_a_row_of_its_report_and_said():
    line = "ค่าเช่ารถโดยสาร จำนวน ๕ ค้นๆ ละ ๒8๑๒,๐๐๐ เป็นเงิน 8๕๕,๐๐๐"
    rows = _document("48,000", line)
    assert [(e["report_seq"], e["seq"], e["item"], e["amount"]) for e in rows["expenses"]] == [
        (8, 1, "ค่าเช่ารถโดยสาร", None)]
    said = [i for i in rows["issues"] if i["code"] == "unparsed_value" and i["field"] == "expenses"]
    assert len(said) == 1 and "damaged past reading" in said[0]["message"]
    rows = _document("0", line)  # the report spent nothing: no line given, the cut said
    assert rows.get("expenses", []) == []
    assert ("unplaced_text", "expenses") in {(i["code"], i["field"]) for i in rows["issues"]}
