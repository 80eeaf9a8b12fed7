"""A BMA budget spent the disbursements do not add up to, where the disbursements as read (one at least with other
readings of its Thai digits, so the sum proves nothing) add up to one reading of the budget spent's own characters:
the sum is taken in doubt (rule sum_as_read, repair_ambiguous with the value set: repairs._spent_as_parts_read)."""

import json
from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import repair_amounts
from schemas.document import Reading


@pytest.fixture(autouse=True)
def _repair_on(monkeypatch):
    monkeypatch.setenv("RAINGAN_REPAIR", "1")


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
    # the entries' structure in doubt (a disbursement may stand in another's place)
    project, reports = _form("๕๓,๕๐๐ บาท", Decimal("53500"), [("๑๓,๕๐๐", "13500"), ("๓๐,๓๐๐", "30300")])
    assert not _as_read(repair_amounts(project, reports, {}, "k", across=False))
    assert project["budget_spent"].value == Decimal("53500")
