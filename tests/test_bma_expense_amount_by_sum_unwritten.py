"""An expense line whose product fails as read ("๑๐ ชั่วโมง x ๒๐๐.- = d,000.-"; printed 10 x ๖๐๐ = ๖,๐๐๐, its ๖ read
๒ and d) and holds under one reading of its figures (10 x 600 = 6,000), beside a disbursement that reads "๒,๐๐๐"
(printed ๖,๐๐๐): the entry's sum as read agrees with the quantity and unit amount as read (2,000), so the amount was
taken as the misread figure (repairs._amount_by_sum; fresh set s109t, bma_progress_s109t002: a wrong repair).  In a
document whose OCR never writes ๔ ๖ ๗ ๘ ๙ the disbursement prints the same misreads as the line, and read through
them it meets the fit's 6,000 too: the sum as read is then no witness, and nothing is chosen (repair_ambiguous).  A
document that writes every digit keeps the sum as its witness."""

import json
from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import repair_amounts
from schemas.document import Reading

pytestmark = pytest.mark.usefixtures("repair_on")


def _form(unread: str | None) -> tuple[dict, dict, dict]:
    line = {"item": Reading("ค่าตอบแทนวิทยากร", "ค่าตอบแทนวิทยากร", 107, 107),
            "quantity": Reading(Decimal(10), "๑๐", 108, 108),
            "unit_amount": Reading(Decimal(200), "๒๐๐.-", 109, 109),
            "amount": Reading(None, "d,000.-", 110, 110)}
    project = {}
    if unread is not None:
        project["unread_digits"] = Reading(unread, "", 90, 140)
    reports = {2: {"disbursed": Reading(Decimal(2000), "งบประมาณที่เบิกใช้ (ครั้งที่ 2) = ๒,๐๐๐.- บาท", 116, 116)}}
    return project, reports, {2: [line]}


def _amount(issues: list, code: str) -> list:
    return [i for i in issues if i.code == code and i.field == "expenses.amount"]


def test_the_sum_as_read_is_no_witness_where_the_disbursement_prints_the_same_misreads():
    project, reports, expenses = _form("46789")
    issues = repair_amounts(project, reports, expenses, "k")
    assert expenses[2][0]["amount"].value is None
    assert not _amount(issues, "value_repaired") and _amount(issues, "repair_ambiguous")


def test_a_document_that_writes_every_digit_keeps_the_sum_as_witness():
    project, reports, expenses = _form(None)
    issues = repair_amounts(project, reports, expenses, "k")
    (repaired,) = _amount(issues, "value_repaired")
    assert json.loads(repaired.evidence)["rule"] == "sum" and expenses[2][0]["amount"].value == Decimal("2000.00")
