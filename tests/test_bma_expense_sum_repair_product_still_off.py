"""A BMA progress expense line whose amount the entry's sum repaired (the line prints the disbursement again,
misread alike: repairs._lines_printed_as_paid) and whose quantity x unit amount still does not give it: the
quantity or the unit amount is misread too, past any reading of its characters ("จํานวน 4 ใบๆ ละ 20 บาท เป็นเงิน
๑,๕๕๐" for 74 x 20 = 1,480, a digit OCR lost; fresh set s115s, bma_progress_s115s008).  Before, only the amount
was named, and the quantity went wrong with no issue; now each of the two is named (expense_line_mismatch)."""

import json
from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import _lines_printed_as_paid
from schemas.document import Issue, Reading

pytestmark = pytest.mark.usefixtures("repair_on")


def _run(quantity: str, each: str) -> tuple[dict, list[Issue]]:
    line = {"quantity": Reading(Decimal(quantity), quantity, 105, 105),
            "unit_amount": Reading(Decimal(each), each, 105, 105),
            "amount": Reading(Decimal("1550.00"), "๑,๕๕๐", 106, 106)}
    reports = {3: {"disbursed": Reading(Decimal("1550.00"), "๑,๕๕๐", 108, 110)}}
    said = json.dumps({"rule": "sum_jointly", "printed": "๑,๕๕๐", "read": "1550.00", "chosen": "1480.00"})
    joint = [Issue("warning", "value_repaired", "report 3's disbursement", said, 108, 110, project_key="k",
                   field="progress_reports.disbursed")]
    return line, _lines_printed_as_paid(reports, {3: [line]}, "k", joint, [])


def test_the_quantity_and_unit_amount_are_named_where_the_product_misses_the_repaired_amount():
    line, issues = _run("4", "20")
    assert line["amount"].value == Decimal("1480.00")
    assert sorted(i.field for i in issues if i.code == "expense_line_mismatch") == [
        "expenses.quantity", "expenses.unit_amount"]


def test_a_product_that_gives_the_repaired_amount_names_neither():
    line, issues = _run("74", "20")
    assert line["amount"].value == Decimal("1480.00")
    assert not [i for i in issues if i.code == "expense_line_mismatch"]
