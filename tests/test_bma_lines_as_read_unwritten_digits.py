"""An entry whose expense lines as read add up to its disbursement as read, in a document whose OCR never writes
๔ ๖ ๗ ๘ ๙ (parsers.digits.unread_digits): the lines and the disbursement print the same digits with the same misreads,
so their meeting as read is no witness where a line's own product breaks (a figure of it is misread) and the lines,
read through the digits their characters may stand for, meet another reading of the disbursement too.  Set s77b,
bma_progress_s77b007's second project: report 5 printed ๓ x ๖๐๐ = ๑,๘๐๐ and ๑ x ๖,๐๐๐ = ๖,๐๐๐ beside ๗,๘๐๐ disbursed,
read "๓ x ๒๐๐ = ๑,๕๐๐", "๒,๐๐๐" and "๓,๕๐๐": 1,500 + 2,000 is 3,500 as read.  Before, the product took 3 x 500 for
the first line (the entry's sum as read its witness: repairs._product_jointly, `written`), and the joint weighing
pinned report 5 at 3,500, which made report 2's "๓๕,๕๓๕" 5,875 and the budget spent "๒๐,ฒ๓๕" 26,735 (_money_jointly,
_lines_meet_too); the truth is 35,575, 7,800 and 60,735 (the document's full text then chose them; here, with fewer
figures, nothing is chosen).  A document that writes
every digit keeps its lines as read as the witness."""

import json
from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import repair_amounts
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _line(at: int, qty: str, each: str, amount: str) -> dict:
    def value(t: str) -> Decimal:
        return Decimal(t.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")).replace(",", ""))
    return {"quantity": Reading(value(qty), qty, at, at), "unit_amount": Reading(value(each), f"{each}.- บาท", at, at),
            "amount": Reading(value(amount), f"{amount}.- บาท", at, at)}


def _form(unread: str | None):
    project = {"budget_spent": Reading(None, "๒๐,ฒ๓๕.- บาท", 191, 191),
               "budget_allocated": Reading(Decimal("20500"), "๒๐,๕๐๐.- บาท", 190, 190)}
    if unread is not None:
        project["unread_digits"] = Reading(unread, "", 175, 345)
    paid = {1: ("๐.-", "0"), 2: ("๓๕,๕๓๕..-", "35535"), 3: ("๐.-", "0"), 4: ("๐.-", "0"), 5: ("๓,๕๐๐.-", "3500"),
            6: ("๑๓,๓๒๐.-", "13320")}
    reports = {seq: {"disbursed": Reading(Decimal(v), f"งบประมาณทีเบิกใช้ (ครั้งที่ {seq}) = {t} บาท", 270 + 10 * seq,
                                          279 + 10 * seq)} for seq, (t, v) in paid.items()}
    expenses = {2: [_line(288, "๑", "๑,๒๐๐", "๕,๕๐๐"), _line(289, "๑๓๐", "๑๕๐", "๒๕,๕๐๐"),
                    _line(290, "๒๓", "๒๕", "๑,๐๓๕")],
                5: [_line(317, "๓", "๒๐๐", "๑,๕๐๐"), _line(319, "๑", "๒,๐๐๐", "๒,๐๐๐")],
                6: [_line(330, "๑๓", "๕๐", "๑๐,๕๐๐"), _line(337, "๑๒๕", "๕๐", "๒,๕๐๐")]}
    return project, reports, expenses


def _chosen(issues, field):
    return [json.loads(i.evidence).get("chosen") for i in issues if i.code == "value_repaired" and i.field == field]


def test_lines_as_read_meeting_the_disbursement_are_no_witness_where_the_document_never_writes_some_digits():
    project, reports, expenses = _form("46789")
    issues = repair_amounts(project, reports, expenses, "k", across=True)
    first = expenses[5][0]
    assert first["unit_amount"].value == Decimal("200") and not _chosen(issues, "expenses.unit_amount")
    assert any(i.code == "repair_ambiguous" and i.field == "expenses.unit_amount" and i.line_start == 317
               for i in issues)
    assert "26735.00" not in _chosen(issues, "projects.budget_spent")
    assert "5875.00" not in _chosen(issues, "progress_reports.disbursed")
    assert reports[5]["disbursed"].value != Decimal("3500") or not _chosen(issues, "projects.budget_spent")


def test_a_document_that_writes_every_digit_keeps_the_lines_as_read_as_the_witness():
    project, reports, expenses = _form(None)
    issues = repair_amounts(project, reports, expenses, "k", across=True)
    assert expenses[5][0]["unit_amount"].value == Decimal("500") and "500.00" in _chosen(issues, "expenses.unit_amount")
