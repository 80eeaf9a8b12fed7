"""An expense line whose product fails as read, and holds under one reading of its figures only by reading the unit
amount otherwise ("๑๐ ชั่วโมง x ๑๒๐๐ = 92000": 10 x 9,200 under the rare misreads, ๙ read ๑), while its quantity
and unit amount as read give the amount the entry's sum leaves it (12,000: with the other line's 19,400, the
disbursement 31,400): the amount is the misread figure (๑๒,๐๐๐ with its ๑ read as an Arabic 9), read as the product
(rule sum, the fit named among the candidates), not the unit amount (s68o005: the unit amount was read 9,200)."""

import json
from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import repair_amounts
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _value(text: str) -> Decimal:
    return Decimal(text.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")).replace(",", ""))


def _line(quantity: str, each: str, amount: str, no: int) -> dict:
    return {"item": Reading("ค่าตอบแทนวิทยากร", "ค่าตอบแทนวิทยากร", no, no),
            "quantity": Reading(_value(quantity), quantity, no, no),
            "unit_amount": Reading(_value(each), each, no, no),
            "amount": Reading(_value(amount), amount, no, no)}


def _entry(paid: str, *lines: dict) -> tuple[dict, dict, dict]:
    report = {"disbursed": Reading(_value(paid), f"งบประมาณที่เบิกใช้ (ครั้งที่ 3) = {paid} บาท", 20, 20)}
    return {}, {3: report}, {3: list(lines)}


def test_the_amount_the_sum_and_the_product_as_read_agree_on_is_taken():
    wrong = _line("๑๐", "๑๒๐๐", "92000", 10)
    other = _line("๕๐", "๒๐๐", "๑๐๐๐๐", 11)
    project, reports, expenses = _entry("๒๒๐๐๐", wrong, other)
    issues = repair_amounts(project, reports, expenses, "k")
    assert wrong["unit_amount"].value == Decimal(1200) and wrong["amount"].value == Decimal("12000.00")
    repaired = [i for i in issues if i.code == "value_repaired"]
    assert [i.field for i in repaired] == ["expenses.amount"]
    evidence = json.loads(repaired[0].evidence)
    assert evidence["rule"] == "sum" and evidence["chosen"] == "12000.00" and evidence["read"] == "92000"


def test_the_fit_the_sum_confirms_is_taken_as_before():
    # the entry adds up with the fit's amount: the unit amount is the misread figure (๙ read ๑, 10 x 9,200)
    wrong = _line("๑๐", "๑๒๐๐", "92000", 10)
    other = _line("๕๐", "๒๐๐", "๑๐๐๐๐", 11)
    project, reports, expenses = _entry("๑๐๒๐๐๐", wrong, other)
    repair_amounts(project, reports, expenses, "k")
    assert wrong["unit_amount"].value == Decimal("9200.00") and wrong["amount"].value == Decimal(92000)
