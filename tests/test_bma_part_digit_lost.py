"""A BMA disbursement that lost a digit of its first thousands group, the grouping kept ("3,300" for ฿3๖,300: fresh
set s58o, bma_progress_s58o010), under a sure budget spent the reports do not add up to: no reading of any part's
characters makes them add up, so nothing was said of the disbursement and the miss stood silent.  The one part that
makes the sum hold with such a digit put back is repaired (repairs._one_part_misread, rule sum_digit_lost); two
such parts, or a reading of a part's own characters that fits, leave it to those rules."""

import json
from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import _digit_lost_reads_as, repair_amounts
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _form(spent: str, paid: list[str]):
    project = {"budget_spent": Reading(Decimal(spent.replace(",", "")), f"{spent} บาท", 12, 12)}
    reports = {n: {"disbursed": Reading(Decimal(text.replace(",", "")), f"งบประมาณที่เบิกใช้ (ครั้งที่ {n}) = {text} บาท",
                                        20 + n, 20 + n)} for n, text in enumerate(paid, 1)}
    return project, reports


def _lost(issues):
    return [i for i in issues if json.loads(i.evidence or "{}").get("rule") == "sum_digit_lost"]


def test_the_one_part_a_lost_digit_makes_whole_is_repaired():
    project, reports = _form("55,400", ["0", "19,100", "0", "3,300"])
    issues = repair_amounts(project, reports, {}, "k", across=True)
    assert reports[4]["disbursed"].value == Decimal("36300")
    [issue] = _lost(issues)
    assert issue.code == "value_repaired" and issue.field == "progress_reports.disbursed"
    assert json.loads(issue.evidence)["chosen"] == "36300.00" and json.loads(issue.evidence)["printed"] == "3,300"


def test_two_parts_that_fit_or_none_change_nothing():
    # 3,300 -> 33,300 and 1,300 -> 31,300 (one digit put back) both make up 30,000 more: which is not known
    project, reports = _form("34,600", ["3,300", "1,300"])
    assert not _lost(repair_amounts(project, reports, {}, "k", across=True))
    assert reports[1]["disbursed"].value == Decimal("3300") and reports[2]["disbursed"].value == Decimal("1300")
    # 3,300 short by 40,500: no digit put back in its first group makes it up
    project, reports = _form("43,800", ["0", "3,300"])
    assert not _lost(repair_amounts(project, reports, {}, "k", across=True))
    assert reports[2]["disbursed"].value == Decimal("3300")


def test_only_the_first_group_loses_a_digit():
    assert _digit_lost_reads_as("3,300", Decimal("36300"))
    assert _digit_lost_reads_as("฿3,300.00", Decimal("30300"))
    assert not _digit_lost_reads_as("3,300", Decimal("3360"))  # its last group whole: "3,300" is no "3,3x0"
    assert not _digit_lost_reads_as("330", Decimal("3300"))  # no grouping: where the digit was lost is not known
    assert not _digit_lost_reads_as("123,300", Decimal("1236300"))  # a first group of three is whole
