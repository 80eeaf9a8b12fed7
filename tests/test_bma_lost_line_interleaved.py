"""A BMA expense line OCR left without any digit of its amount ("wooo" for ๙๐๐๐) in an entries table read across
its columns (fresh set s68z, bma_progress_s68z007): the entry's other line ("ค่าอาหารฯ = 1900๐ บาท", a cell OCR
wrote alone at the line's start) was placed in the entry beside it, whose lines then added up to 19,000 against its
own disbursement 0.  The sum rule gave the lost line the whole disbursement (28,000, truth 9,000): a wrong repair.
Where the entries are interleaved and another entry's lines do not add up to its disbursement, a lost line's amount
is no longer what its disbursement leaves (repairs._lines_astray): said, not filled.  Entries that stand apart, or
whose other lines add up, keep the repair."""

import json
from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import _lines_astray, repair_amounts
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _form(lines_of_3: list[str], interleaved: bool):
    """Two entries (3 and 4); entry 3 disburses 0, entry 4 28,000 with a lost line."""
    # interleaved: both entries' cells on the same lines (a table read across its columns); else one after another
    at3, at4 = (30, 31) if interleaved else (30, 50)
    reports = {3: {"disbursed": Reading(Decimal("0"), "0 บาท", at3, at3),
                   "description": Reading("จัดกิจกรรม", "จัดกิจกรรม", at3 - 5, at3 + 6)},
               4: {"disbursed": Reading(Decimal("28000"), "28000 บาท", at4, at4),
                   "description": Reading("ดำเนินการ", "ดำเนินการ", at4 - 5, at4 + 6)}}
    expenses = {4: [{"item": Reading("ค่าวัสดุอุปกรณ์", "ค่าวัสดุอุปกรณ์", at4 + 1, at4 + 1),
                     "amount": Reading(None, "wooo", at4 + 1, at4 + 1)}]}
    if lines_of_3:
        expenses[3] = [{"item": Reading("ค่าอาหาร", "ค่าอาหาร", at3 + 2, at3 + 2),
                        "amount": Reading(Decimal(v), v, at3 + 2, at3 + 2)} for v in lines_of_3]
    project = {"budget_spent": Reading(Decimal("28000"), "28000 บาท", 12, 12)}
    return project, reports, expenses


def _said(issues):
    return [i for i in issues if i.field == "expenses.amount" and json.loads(i.evidence or "{}").get("rule") == "sum"]


def test_a_lost_line_beside_an_entry_whose_lines_do_not_add_up_is_said_not_filled():
    project, reports, expenses = _form(["19000"], interleaved=True)
    assert _lines_astray(reports, expenses) == {3}
    issues = repair_amounts(project, reports, expenses, "k", across=True)
    assert expenses[4][0]["amount"].value is None
    [issue] = _said(issues)
    assert issue.code == "repair_ambiguous"
    assert json.loads(issue.evidence)["candidates"] == ["28000.00"]


def test_entries_apart_or_lines_that_add_up_keep_the_repair():
    for lines_of_3, interleaved in ((["19000"], False), (["0"], True), ([], True)):
        project, reports, expenses = _form(lines_of_3, interleaved)
        issues = repair_amounts(project, reports, expenses, "k", across=True)
        assert expenses[4][0]["amount"].value == Decimal("28000"), (lines_of_3, interleaved)
        [issue] = _said(issues)
        assert issue.code == "value_repaired"
