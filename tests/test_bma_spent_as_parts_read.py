"""A BMA budget spent the disbursements do not add up to, where the disbursements as read (one at least with other
readings of its Thai digits, so the sum proves nothing) add up to one reading of the budget spent's own characters:
the sum is taken in doubt (rule sum_as_read, repair_ambiguous with the value set: repairs._spent_as_parts_read);
where every disbursement is sure and the budget spent was read as no figure, the sum is repaired (rule sum)."""

import json
from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import repair_amounts
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _form(spent: str, spent_value, paid: list[tuple[str, str]]):
    project = {"budget_spent": Reading(spent_value, spent, 12, 12)}
    reports = {n: {"disbursed": Reading(Decimal(v), text, 20 + n, 20 + n)} for n, (text, v) in enumerate(paid, 1)}
    return project, reports


def _as_read(issues):
    return [i for i in issues if i.evidence and json.loads(i.evidence).get("rule") == "sum_as_read"]


def test_the_disbursements_as_read_meet_one_reading_of_the_budget_spent():
    # ๔๓,๘๐๐ printed, read "๕๓,๕๐๐" (๔ and ๘ read ๕); the disbursements ๑๓,๕๐๐ and ๓๐,๓๐๐ read as printed
    project, reports = _form("๕๓,๕๐๐ บาท", Decimal("53500"), [("๐", "0"), ("๑๓,๕๐๐", "13500"), ("๓๐,๓๐๐", "30300")])
    issues = repair_amounts(project, reports, {}, "k", across=True)
    assert project["budget_spent"].value == Decimal("43800")
    [chosen] = _as_read(issues)
    assert chosen.code == "repair_ambiguous" and chosen.field == "projects.budget_spent" and chosen.line_start == 12
    assert json.loads(chosen.evidence)["chosen"] == "43800.00"


def test_a_sum_no_reading_of_the_budget_spent_or_a_lost_disbursement_or_entries_in_doubt_chooses_nothing():
    # 43,800 is no reading of "๒๓,๑๐๐"
    project, reports = _form("๒๓,๑๐๐ บาท", Decimal("23100"), [("๑๓,๕๐๐", "13500"), ("๓๐,๓๐๐", "30300")])
    assert not _as_read(repair_amounts(project, reports, {}, "k", across=True))
    assert project["budget_spent"].value == Decimal("23100")
    # a report whose disbursement OCR lost: the sum is no sum of them all
    project, reports = _form("๕๓,๕๐๐ บาท", Decimal("53500"), [("๑๓,๕๐๐", "13500"), ("๓๐,๓๐๐", "30300")])
    reports[3] = {}
    assert not _as_read(repair_amounts(project, reports, {}, "k", across=True))


def test_entries_in_doubt_still_add_up_to_the_budget_spent():
    # the entries' structure in doubt (a disbursement may stand in another's place): the sum of them all is the
    # same whichever entry holds which, so it is weighed all the same
    project, reports = _form("๕๓,๕๐๐ บาท", Decimal("53500"), [("๐", "0"), ("๑๓,๕๐๐", "13500"), ("๓๐,๓๐๐", "30300")])
    [chosen] = _as_read(repair_amounts(project, reports, {}, "k", across=False))
    assert project["budget_spent"].value == Decimal("43800") and chosen.code == "repair_ambiguous"


def _unread(spent: str, paid: list[tuple[str, str]]):
    """A form whose budget spent OCR read as no figure: its text kept aside (budget_spent_printed)."""
    project, reports = _form(spent, None, paid)
    del project["budget_spent"]
    project["budget_spent_printed"] = Reading(spent, spent, 12, 12)
    return project, reports


def test_a_budget_spent_read_as_no_figure_is_weighed_by_its_characters():
    # "๒๕ ๒๒๐" (a space where the thousands comma stood) read as two numbers: its readings are 25,220's
    project, reports = _unread("๒๕ ๒๒๐ บาท", [("๑๒,๐๐๐", "12000"), ("๑๓,๒๒๐", "13220")])
    [chosen] = _as_read(repair_amounts(project, reports, {}, "k", across=True))
    assert project["budget_spent"].value == Decimal("25220") and "budget_spent_printed" not in project
    assert chosen.code == "repair_ambiguous" and json.loads(chosen.evidence)["read"] is None
    # every disbursement sure (Arabic digits, no other reading): the sum is repaired, not taken in doubt
    project, reports = _unread("70 400 un", [("21,800", "21800"), ("4,800", "4800"), ("43,800", "43800")])
    issues = repair_amounts(project, reports, {}, "k", across=True)
    [repaired] = [i for i in issues if i.field == "projects.budget_spent"]
    assert repaired.code == "value_repaired" and json.loads(repaired.evidence)["rule"] == "sum"
    assert project["budget_spent"].value == Decimal("70400")
    # a sum that is no reading of the characters: nothing
    project, reports = _unread("70 400 un", [("21,800", "21800"), ("4,800", "4800")])
    assert not [i for i in repair_amounts(project, reports, {}, "k", across=True) if i.field == "projects.budget_spent"]
    assert "budget_spent" not in project
