"""The disbursements and the budget spent weighed together (repairs._money_jointly, rule sum_jointly) where the
entries' structure is in doubt too (a table run on in a paragraph, or read side by side): the sum of every report's
disbursement is the same whichever entry holds which amount, and each figure is weighed by its own printing's
readings, so the one assignment that holds is taken as where the structure is sure; the expense lines, which may
be another entry's, weigh nothing there.  Only where every entry read an amount: one lost, or read as no figure,
is left to the rules that want its lines to agree too (test_bma_printing_witnessed).  Before, with the structure in
doubt, nothing was weighed jointly and both figures kept their misreading (extra3 w016, s63z003)."""

from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import repair_amounts
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _form(paid: list[tuple[str, str]]):
    project = {"budget_spent": Reading(Decimal("55550"), "๕๕,๕๕๐ บาท", 12, 12),
               "budget_allocated": Reading(Decimal("58400"), "58,400", 11, 11)}
    reports = {n: {"disbursed": Reading(Decimal(v), f"งบประมาณที่เบิกใช้ (ครั้งที่ {n}) = {text} บาท", 20 + n, 20 + n)}
               for n, (text, v) in enumerate(paid, 1)}
    return project, reports


def test_the_figures_meet_on_one_assignment_with_the_entries_in_doubt():
    # 14,100 read "1๕,100", the budget spent ๕๕,๔๘๐ read "๕๕,๕๕๐": only 41,380 + 14,100 = 55,480 holds
    project, reports = _form([("0", "0"), ("41,380", "41380"), ("1๕,100", "15100")])
    issues = repair_amounts(project, reports, {}, "k", across=False)
    assert reports[3]["disbursed"].value == Decimal("14100")
    assert project["budget_spent"].value == Decimal("55480")
    assert any(i.code == "value_repaired" and i.field == "progress_reports.disbursed" for i in issues)


def test_several_assignments_leave_the_figures_as_read_with_the_entries_in_doubt():
    # "1๕,๑๐๐" (a ๐ may be a ๖): 14,160 + 41,380 = 55,540 holds as well
    project, reports = _form([("0", "0"), ("41,380", "41380"), ("1๕,๑๐๐", "15100")])
    repair_amounts(project, reports, {}, "k", across=False)
    assert reports[3]["disbursed"].value == Decimal("15100")
    assert project["budget_spent"].value == Decimal("55550")


def test_not_where_an_entry_read_no_amount():
    # report 3's amount read as no figure: the sum and its printing alone, the entries in doubt, choose nothing
    project, reports = _form([("0", "0"), ("41,380", "41380"), ("1๕,100", "15100")])
    reports[3] = {"disbursed_printed": Reading("1๕ 100", "งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 1๕ 100 บาท", 23, 23)}
    repair_amounts(project, reports, {}, "k", across=False)
    assert reports[3].get("disbursed") is None or reports[3]["disbursed"].value is None
