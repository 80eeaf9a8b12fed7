"""A BMA progress form whose reports' disbursements OCR lost, all but one: when the one read already adds up
to the budget spent, nothing is left for the others and each was set to 0.00 (rule sum).  But where the
read amount stands in another report's place (a column of a transposed table shifted: report 4's 22,800
read into report 5), a lost report's own expense lines add up to that amount, and it was set to 0.00,
wrong.  A lost report whose own expense lines add up to more than 0 is not 0: nothing is chosen for it, and
it and the disbursement read are said (repair_ambiguous); the reports without lines are still 0.00."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.repairs import repair_amounts
from schemas.document import Reading


def _reports() -> tuple[dict, dict, dict]:
    project = {"budget_spent": Reading(Decimal("22800.00"), "22,800 บาท", 5, 5)}
    reports = {seq: {"progress_pct": Reading(float(seq), f"{seq}.00 %", 10 * seq, 10 * seq)} for seq in range(1, 6)}
    reports[5]["disbursed"] = Reading(Decimal("22800.00"), "22,800 บาท.-", 55, 55)
    lines = [{"item": Reading("ค่าเกียรติบัตร", "ค่าเกียรติบัตร", 41, 41),
              "amount": Reading(Decimal("4400.00"), "4,400", 41, 41)},
             {"item": Reading("ค่าถ่ายเอกสาร", "ค่าถ่ายเอกสาร", 42, 42),
              "amount": Reading(Decimal("18400.00"), "18,400", 42, 42)}]
    return project, reports, {4: lines}


def test_a_lost_disbursement_whose_expense_lines_add_up_is_not_set_to_nothing():
    project, reports, expenses = _reports()
    issues = repair_amounts(project, reports, expenses, "K")
    assert "disbursed" not in reports[4] or reports[4]["disbursed"].value != Decimal(0)
    doubts = [i for i in issues if i.code == "repair_ambiguous" and i.field == "progress_reports.disbursed"]
    assert {i.line_start for i in doubts} == {40, 55}  # report 4 (its lines) and the amount read (report 5)
    # the reports with no lines still have nothing left
    for seq in (1, 2, 3):
        assert reports[seq]["disbursed"].value == Decimal(0)


def test_without_lines_every_lost_disbursement_is_still_nothing():
    project, reports, _ = _reports()
    repair_amounts(project, reports, {}, "K")
    assert [reports[seq]["disbursed"].value for seq in (1, 2, 3, 4)] == [Decimal(0)] * 4
