"""A quantity that breaks its line's product once every other rule has had its say, where the unit amount is sure and
the amount settled (sure, or adding up with the entry's lines to its disbursement, a witness of its own), is the amount
over the unit amount (value_repaired, rule product), where that is a whole number of as many digits as the quantity
prints characters (a Thai digit OCR wrote as an Arabic one, a speck beside it dropped: corpus OCR, bma_progress_009,
'๑๕5»' for 146), or a quantity of letters alone that may read so (corpus OCR, bma_progress_032, 'awe' for 194).  An
amount nothing settles, or a quotient of another count of digits, leaves the quantity as read."""

import json
from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import repair_amounts
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _reading(text: str, no: int) -> Reading:
    digits = text.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")).replace(",", "").strip("»« ")
    try:
        return Reading(Decimal(digits), text, no, no)
    except Exception:
        return Reading(None, text, no, no)


def _line(quantity: str, each: str, amount: str, no: int) -> dict:
    return {"item": Reading("ค่าจัดทำเอกสาร", "ค่าจัดทำเอกสาร", no, no), "quantity": _reading(quantity, no),
            "unit_amount": _reading(each, no), "amount": _reading(amount, no)}


def _entry(paid: str, *lines: dict) -> tuple[dict, dict, dict]:
    report = {"disbursed": Reading(_reading(paid, 20).value, f"งบประมาณที่เบิกใช้ (ครั้งที่ 3) = {paid} บาท", 20, 20)}
    return {}, {3: report}, {3: list(lines)}


def _quantity_repairs(issues) -> list:
    return [i for i in issues if i.field == "expenses.quantity" and i.code == "value_repaired"]


def test_a_quantity_with_an_arabic_digit_and_a_speck_is_the_amount_over_the_unit_amount():
    wrong = _line("๑๕5»", "50.00", "7,300.00", 11)
    project, reports, expenses = _entry("8720", _line("71", "20.00", "1,420.00", 10), wrong)
    issues = repair_amounts(project, reports, expenses, "k")
    assert wrong["quantity"].value == Decimal("146.00")
    repaired = _quantity_repairs(issues)
    assert len(repaired) == 1 and json.loads(repaired[0].evidence)["rule"] == "product"
    assert json.loads(repaired[0].evidence)["printed"] == "๑๕5»"
    # a quotient of another count of digits than the quantity prints leaves it as read, flagged by the product check
    short = _line("๑5", "50.00", "7,300.00", 11)
    project, reports, expenses = _entry("8720", _line("71", "20.00", "1,420.00", 10), short)
    assert not _quantity_repairs(repair_amounts(project, reports, expenses, "k"))
    assert short["quantity"].value == Decimal(15)


def test_a_quantity_of_letters_is_told_by_an_amount_the_sure_disbursement_settles():
    lone = _line("awe", "150", "291๐0", 10)
    project, reports, expenses = _entry("29100", lone)
    issues = repair_amounts(project, reports, expenses, "k")
    assert lone["quantity"].value == Decimal("194.00")
    assert [json.loads(i.evidence)["chosen"] for i in _quantity_repairs(issues)] == ["194.00"]
    # an amount nothing settles (Thai digits, no sure figure; the line not adding up to its disbursement): as read
    unsettled = _line("awe", "150", "๒๙๑๐๐", 10)
    project, reports, expenses = _entry("30000", unsettled)
    assert not _quantity_repairs(repair_amounts(project, reports, expenses, "k"))
    assert unsettled["quantity"].value is None
