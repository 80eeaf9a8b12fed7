"""A BMA budget spent misread (its digits have other readings) together with the one disbursement its expense lines
disagree with: where one reading of the budget spent's characters is the other reports' disbursements plus that
entry's lines, the budget spent is that reading and the disbursement the lines' total (repairs._spent_by_lines).
A sure budget spent the disbursements do not add up to, where a reading of exactly one disbursement's characters
makes them add up: that disbursement is repaired (repairs._one_part_misread)."""

import json
from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import repair_amounts
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _form(spent: str, spent_value: str, paid: list[tuple[str, str]], lines: list[tuple[str, str]]):
    project = {"budget_spent": Reading(Decimal(spent_value), spent, 12, 12)}
    reports = {n: {"disbursed": Reading(Decimal(v), f"งบประมาณที่เบิกใช้ (ครั้งที่ {n}) = {text} บาท", 20 + n, 20 + n)}
               for n, (text, v) in enumerate(paid, 1)}
    expenses = {1: [{"amount": Reading(Decimal(v), text, 30 + i, 30 + i)} for i, (text, v) in enumerate(lines)]}
    return project, reports, expenses


def _of(issues, field):
    return [i for i in issues if i.field == field and i.code in ("value_repaired", "repair_ambiguous")]


def test_the_lines_and_a_reading_of_the_budget_spent_meet():
    # ๓๒,๗๒๐ printed, read "๓๒,๓๒๐"; report 1's ๑๔,๔๐๐ read "๑๕,๕๐๐", its lines 12,000 + 2,400 read right
    project, reports, expenses = _form("๓๒,๓๒๐ บาท", "32320", [("๑๕,๕๐๐", "15500"), ("๑๘,๓๒๐", "18320")],
                                       [("๑๒,๐๐๐", "12000"), ("๒,๔๐๐", "2400")])
    issues = repair_amounts(project, reports, expenses, "k", across=True)
    assert project["budget_spent"].value == Decimal("32720")
    assert reports[1]["disbursed"].value == Decimal("14400")
    [spent] = _of(issues, "projects.budget_spent")
    assert spent.code == "value_repaired" and json.loads(spent.evidence)["chosen"] == "32720.00"
    [paid] = _of(issues, "progress_reports.disbursed")
    assert paid.code == "value_repaired"


def test_a_disbursement_past_its_readings_leaves_the_budget_spent_in_doubt():
    # the disbursement garbled ("65,000" for ๑๕,๗๐๐): it stays as read; the budget spent is taken in doubt
    project, reports, expenses = _form("๑๕,๓๐๐ บาท", "15300", [("๐", "0"), ("65,000", "65000")], [])
    expenses = {2: [{"amount": Reading(Decimal("15700"), "๑๕,๗๐๐", 30, 30)}]}
    issues = repair_amounts(project, reports, expenses, "k", across=True)
    assert project["budget_spent"].value == Decimal("15700") and reports[2]["disbursed"].value == Decimal("65000")
    [spent] = _of(issues, "projects.budget_spent")
    assert spent.code == "repair_ambiguous" and json.loads(spent.evidence)["rule"] == "sum_as_read"


def test_no_reading_of_the_budget_spent_or_a_sure_one_or_entries_in_doubt_change_nothing():
    # 32,720 is no reading of "๒๒,๑๒๐"
    project, reports, expenses = _form("๒๒,๑๒๐ บาท", "22120", [("๑๕,๕๐๐", "15500"), ("๑๘,๓๒๐", "18320")],
                                       [("๑๒,๐๐๐", "12000"), ("๒,๔๐๐", "2400")])
    assert not _of(repair_amounts(project, reports, expenses, "k", across=True), "projects.budget_spent")
    assert project["budget_spent"].value == Decimal("22120") and reports[1]["disbursed"].value == Decimal("15500")
    # the entries in doubt: lines may be another entry's
    project, reports, expenses = _form("๓๒,๓๒๐ บาท", "32320", [("๑๕,๕๐๐", "15500"), ("๑๘,๓๒๐", "18320")],
                                       [("๑๒,๐๐๐", "12000"), ("๒,๔๐๐", "2400")])
    repair_amounts(project, reports, expenses, "k", across=False)
    assert project["budget_spent"].value == Decimal("32320") and reports[1]["disbursed"].value == Decimal("15500")
    # another report's disbursement lost: the others' sum is not known
    project, reports, expenses = _form("๓๒,๓๒๐ บาท", "32320", [("๑๕,๕๐๐", "15500"), ("๑๘,๓๒๐", "18320")],
                                       [("๑๒,๐๐๐", "12000"), ("๒,๔๐๐", "2400")])
    reports[3] = {}
    repair_amounts(project, reports, expenses, "k", across=True)
    assert project["budget_spent"].value == Decimal("32320")


def _paid(spent: str, spent_value: str, paid: list[tuple[str, str]]):
    project = {"budget_spent": Reading(Decimal(spent_value), spent, 12, 12)}
    reports = {n: {"disbursed": Reading(Decimal(v), f"งบประมาณที่เบิกใช้ (ครั้งที่ {n}) = {text} บาท", 20 + n, 20 + n)}
               for n, (text, v) in enumerate(paid, 1)}
    return project, reports


def test_the_one_disbursement_a_reading_of_which_makes_the_sum_hold_is_repaired():
    # a sure budget spent (Arabic digits); ๔๕,๑๐๐ read "๕5,10๐", the other parts Thai zeros (a ๐ may be a ๖ or ๔,
    # so repair_sum chose no part)
    project, reports = _paid("84,460 บาท", "84460", [("๐.๐๐", "0"), ("39,360", "39360"), ("๕5,10๐", "55100")])
    issues = repair_amounts(project, reports, {}, "k", across=True)
    assert reports[3]["disbursed"].value == Decimal("45100")
    [fixed] = _of(issues, "progress_reports.disbursed")
    assert fixed.code == "value_repaired" and json.loads(fixed.evidence)["rule"] == "sum"
    # two parts either of which a reading mends ("๕5,10๐" and "๕๐,๕๐๐" each read 10,000 less): nothing chosen
    project, reports = _paid("84,460 บาท", "84460", [("๕๐,๕๐๐", "50500"), ("๕5,10๐", "55100")])
    repair_amounts(project, reports, {}, "k", across=True)
    assert reports[2]["disbursed"].value == Decimal("55100") and reports[1]["disbursed"].value == Decimal("50500")
    # a budget spent whose own digits have other readings (๖ and ๐ may be others misread): nothing, it may be the
    # misread one
    project, reports = _paid("๘๔,๔๖๐ บาท", "84460", [("๐.๐๐", "0"), ("39,360", "39360"), ("๕5,10๐", "55100")])
    repair_amounts(project, reports, {}, "k", across=True)
    assert reports[3]["disbursed"].value == Decimal("55100")
    # the entries in doubt: every report read an amount, and the sum of them is the same whichever entry holds
    # which, so the disbursements and the budget spent are weighed together all the same, without the expense lines
    # (_money_jointly): the one reading that makes them add up is taken
    project, reports = _paid("84,460 บาท", "84460", [("๐.๐๐", "0"), ("39,360", "39360"), ("๕5,10๐", "55100")])
    issues = repair_amounts(project, reports, {}, "k", across=False)
    assert reports[3]["disbursed"].value == Decimal("45100")
    [fixed] = _of(issues, "progress_reports.disbursed")
    assert fixed.code == "value_repaired" and json.loads(fixed.evidence)["rule"] == "sum_jointly"
    # a report that read no amount: nothing (its lines, were there any, may be another entry's)
    project, reports = _paid("84,460 บาท", "84460", [("๐.๐๐", "0"), ("39,360", "39360"), ("๕5,10๐", "55100")])
    reports[1]["disbursed"] = Reading(None, "งบประมาณที่เบิกใช้ (ครั้งที่ 1) = ฒ.ฒฒ บาท", 21, 21)
    repair_amounts(project, reports, {}, "k", across=False)
    assert reports[3]["disbursed"].value == Decimal("55100")


def test_a_disbursement_its_own_lines_say_otherwise_of_is_not_repaired_by_the_sum():
    # the sum reads "๕5,10๐" as 45,100; its entry's one line, read whole, says 55,100: nothing chosen
    project, reports = _paid("84,460 บาท", "84460", [("๐.๐๐", "0"), ("39,360", "39360"), ("๕5,10๐", "55100")])
    expenses = {3: [{"amount": Reading(Decimal("55100"), "๕5,10๐", 40, 40)}]}
    repair_amounts(project, reports, expenses, "k", across=True)
    assert reports[3]["disbursed"].value == Decimal("55100")
