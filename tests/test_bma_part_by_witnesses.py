"""A BMA disbursement no reading of whose own characters makes the reports add up to a sure budget spent (a character
too many: "114600" for 11,400), where the budget spent less the other reports' disbursements, all sure, and the
entry's own expense lines, sure and whole, agree on one value: that value (repairs._part_by_witnesses, rule
sum_witnessed)."""

import json
from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import _part_by_witnesses, repair_amounts
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _form(spent: str, paid: list[str], lines: dict[int, list[str]]):
    project = {"budget_spent": Reading(Decimal(spent.replace(",", "")), f"{spent} บาท", 12, 12),
               "budget_allocated": Reading(Decimal("14300"), "14,300 บาท", 11, 11)}
    reports = {n: {"disbursed": Reading(Decimal(text.replace(",", "")), f"งบประมาณที่เบิกใช้ (ครั้งที่ {n}) = {text} บาท",
                                        20 + n, 20 + n)} for n, text in enumerate(paid, 1)}
    expenses = {seq: [{"amount": Reading(Decimal(t.replace(",", "")), t, 30 + i, 30 + i)} for i, t in enumerate(ts)]
                for seq, ts in lines.items()}
    return project, reports, expenses


def _witnessed(issues):
    return [i for i in issues if json.loads(i.evidence or "{}").get("rule") == "sum_witnessed"]


def test_the_budget_spent_and_the_entrys_lines_agree_where_no_reading_of_the_figure_does():
    project, reports, expenses = _form("11400", ["0", "0", "114600"], {3: ["11400"]})
    issues = repair_amounts(project, reports, expenses, "k", across=True)
    assert reports[3]["disbursed"].value == Decimal("11400")
    [issue] = _witnessed(issues)
    assert issue.code == "value_repaired" and issue.field == "progress_reports.disbursed"
    assert json.loads(issue.evidence)["chosen"] == "11400.00" and json.loads(issue.evidence)["printed"] == "114600"
    # several lines, every one sure, do as well
    project, reports, expenses = _form("11400", ["0", "114600"], {2: ["6,000", "5,400"]})
    assert _witnessed(_part_by_witnesses(project, reports, "k", expenses))
    assert reports[2]["disbursed"].value == Decimal("11400")


def test_witnesses_that_disagree_or_are_not_sure_change_nothing():
    # a line lost with its cell: the lines add up to less than the sum says
    project, reports, expenses = _form("11400", ["0", "114600"], {2: ["6,000"]})
    assert _part_by_witnesses(project, reports, "k", expenses) == []
    assert reports[2]["disbursed"].value == Decimal("114600")
    # no lines: one witness alone
    project, reports, expenses = _form("11400", ["0", "114600"], {})
    assert _part_by_witnesses(project, reports, "k", expenses) == []
    # a line in Thai digits (a ๕ may be a ๔): not sure
    project, reports, expenses = _form("11400", ["0", "114600"], {2: ["๑๑๔๐๐"]})
    expenses[2][0]["amount"] = Reading(Decimal("11400"), "๑๑๔๐๐", 30, 30)
    assert _part_by_witnesses(project, reports, "k", expenses) == []
    # another report's disbursement in Thai digits: the budget spent less it proves nothing
    project, reports, expenses = _form("11400", ["๐", "114600"], {2: ["11400"]})
    reports[1]["disbursed"] = Reading(Decimal("0"), "งบประมาณที่เบิกใช้ (ครั้งที่ 1) = ๐ บาท", 21, 21)
    assert _part_by_witnesses(project, reports, "k", expenses) == []
    # a line whose quantity x unit amount breaks as read
    project, reports, expenses = _form("11400", ["0", "114600"], {2: ["11400"]})
    expenses[2][0].update(quantity=Reading(Decimal("3"), "3", 30, 30), unit_amount=Reading(Decimal("3000"), "3000", 30, 30))
    assert _part_by_witnesses(project, reports, "k", expenses) == []
    # a clause that names another report: an entry may hold another's amount
    project, reports, expenses = _form("11400", ["0", "114600"], {2: ["11400"]})
    reports[2]["disbursed"] = Reading(Decimal("114600"), "งบประมาณที่เบิกใช้ (ครั้งที่ 5) = 114600 บาท", 22, 22)
    assert _part_by_witnesses(project, reports, "k", expenses) == []
    # the entries' structure in doubt: not weighed
    project, reports, expenses = _form("11400", ["0", "114600"], {2: ["11400"]})
    assert not _witnessed(repair_amounts(project, reports, expenses, "k", across=False))
