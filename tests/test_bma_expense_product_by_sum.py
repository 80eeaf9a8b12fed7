"""An expense line whose product fails as read and holds under several readings of its figures ("๕9 ใบๆ ละ ๒๐ บาท
เป็นเงิน ๑๑๕๐": 59 x 20 = 1,180 and 49 x 24 = 1,176, ๘ read ๕), where exactly one of them makes the entry's lines add
up to its disbursement: that one is taken (rule product, value_repaired naming the sum), where the sum is a witness of
its own: the entry has other lines, or its disbursement's figure is sure.  A lone line whose disbursement prints the
same Thai digits (read with the same misreads) proves nothing: left in doubt, as before (corpus 020, s41o001, s48o006:
misses; corpus 004: a lone line "๓ x ๒๐๐ = ๑,๕๐๐", disbursed "๑,๕๐๐", whose fit 3 x 500 the circular sum would take,
3 x 600 = 1,800 printed)."""

import json
from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import repair_amounts
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _line(quantity: str, each: str, amount: str, no: int) -> dict:
    def value(text: str) -> Decimal:
        return Decimal(text.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")).replace(",", ""))
    return {"item": Reading("ค่าเกียรติบัตร", "ค่าเกียรติบัตร", no, no),
            "quantity": Reading(value(quantity), quantity, no, no),
            "unit_amount": Reading(value(each), each, no, no),
            "amount": Reading(value(amount), amount, no, no)}


def _entry(paid: str, *lines: dict) -> tuple[dict, dict, dict]:
    value = Decimal(paid.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")).replace(",", ""))
    report = {"disbursed": Reading(value, f"งบประมาณที่เบิกใช้ (ครั้งที่ 4) = {paid} บาท", 20, 20)}
    return {}, {4: report}, {4: list(lines)}


def test_the_one_fit_the_entry_adds_up_with_is_taken():
    wrong = _line("๕9", "๒๐", "๑๑๕๐", 10)
    # (the other lines in Thai digits too: no part is sure, so the sum alone repairs none)
    project, reports, expenses = _entry("41380", wrong, _line("๓", "๑๒,๐๐๐", "๓๖,๐๐๐", 11),
                                        _line("๗", "๖๐๐", "๔,๒๐๐", 12))
    issues = repair_amounts(project, reports, expenses, "k")
    assert wrong["amount"].value == Decimal("1180.00") and wrong["quantity"].value == Decimal(59)
    repaired = [i for i in issues if i.field == "expenses.amount" and i.code == "value_repaired"]
    assert len(repaired) == 1 and "add up to its disbursement" in repaired[0].message
    assert json.loads(repaired[0].evidence)["rule"] == "product"


def test_a_lone_line_whose_disbursement_is_its_copy_decides_nothing():
    lone = _line("๓", "๒๐๐", "๑,๕๐๐", 10)
    project, reports, expenses = _entry("๑,๕๐๐", lone)
    issues = repair_amounts(project, reports, expenses, "k")
    assert lone["unit_amount"].value == Decimal(200) and lone["amount"].value == Decimal(1500)  # as read
    assert not [i for i in issues if i.code == "value_repaired"]
    assert any(i.code == "repair_ambiguous" and i.field == "expenses.unit_amount" for i in issues)


def test_a_lone_line_with_a_sure_disbursement_is_told_by_it():
    lone = _line("๕9", "๒๐", "๑๑๕๐", 10)
    project, reports, expenses = _entry("1180", lone)
    repair_amounts(project, reports, expenses, "k")
    assert lone["amount"].value == Decimal("1180.00")


def test_weighed_again_once_a_later_line_is_mended():
    # (corpus 020: the line after it, "๓ x ๑๒๐๐๐ = ๓๐๐๐๐", is mended by its own product after this one was weighed)
    wrong = _line("๕9", "๒๐", "๑๑๕๐", 10)
    later = _line("๓", "๑๒๐๐๐", "๓๐๐๐๐", 11)
    project, reports, expenses = _entry("41380", wrong, later, _line("๗", "๖๐๐", "๔,๒๐๐", 12))
    repair_amounts(project, reports, expenses, "k")
    assert later["amount"].value == Decimal("36000.00")
    assert wrong["amount"].value == Decimal("1180.00")
