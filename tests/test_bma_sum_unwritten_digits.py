"""A BMA disbursement and budget spent the sum would mend by an entry's expense lines, in a document whose OCR never
writes some digits (parsers.digits.unread_digits: tesseract's Thai model has no ๔ ๖ ๘ ๙): the lines' own Thai digits
may stand for those digits too, and where they may add up to another reading of both printings as well, the lines
as read are no surer than it: nothing is chosen, the budget spent said in doubt (repairs._spent_by_lines,
_lines_written_rivals; _money_jointly, _lines_meet_too)."""

import json
from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import repair_amounts
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _form(unread: str | None):
    # report 2 printed ๒๘,๘๐๐, read "๒๕,๕๐๐" as the budget spent ๒๘,๘๐๐ (report 1 disbursed nothing); its lines
    # ๔,๒๐๐ + ๑๑,๔๐๐ + ๑๓,๒๐๐ read "๕,๒๐๐", "๑๑,๕๐๐", "๑๓,๒๐๐": 29,900 as read, a reading of "๒๕,๕๐๐" too
    project = {"budget_spent": Reading(Decimal("25500"), "๒๕,๕๐๐ บาท", 12, 12)}
    if unread is not None:
        project["unread_digits"] = Reading(unread, "", 1, 60)
    reports = {1: {"disbursed": Reading(Decimal("0"), "งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท", 21, 21)},
               2: {"disbursed": Reading(Decimal("25500"), "งบประมาณที่เบิกใช้ (ครั้งที่ 2) = ๒๕,๕๐๐ บาท", 22, 22)}}
    expenses = {2: [{"amount": Reading(Decimal(v), t, 30 + i, 30 + i)}
                    for i, (t, v) in enumerate([("๕,๒๐๐", "5200"), ("๑๑,๕๐๐", "11500"), ("๑๓,๒๐๐", "13200")])]}
    return project, reports, expenses


def _of(issues, field, code):
    return [i for i in issues if i.field == field and i.code == code]


def test_lines_that_may_add_up_to_another_reading_of_both_printings_choose_nothing():
    project, reports, expenses = _form("4689")
    issues = repair_amounts(project, reports, expenses, "k", across=True)
    assert project["budget_spent"].value == Decimal("25500") and reports[2]["disbursed"].value == Decimal("25500")
    assert not _of(issues, "projects.budget_spent", "value_repaired")
    assert not _of(issues, "progress_reports.disbursed", "value_repaired")
    doubts = _of(issues, "projects.budget_spent", "repair_ambiguous") + \
        _of(issues, "progress_reports.disbursed", "repair_ambiguous")
    assert doubts and all(json.loads(i.evidence)["rule"] in ("sum", "sum_jointly") for i in doubts)


def test_a_document_that_writes_every_digit_takes_the_lines_as_read():
    project, reports, expenses = _form(None)
    issues = repair_amounts(project, reports, expenses, "k", across=True)
    assert project["budget_spent"].value == Decimal("29900") and reports[2]["disbursed"].value == Decimal("29900")
    assert _of(issues, "projects.budget_spent", "value_repaired")
