"""A BMA progress report date no copy read whole, chosen as the one reading of the kept copy's characters that
stands in order ("ออ/9/2๕๒๕" reads 2021-09-06 alone after a report of 25 August), while the form's other copy
prints it "๑6/๓๕/๒๕๒๕", whose readings in order are 16 September alone: the vote kept one copy's printing by its
letters' plausibility (blind: rows.other_copies now hands such a report_date_printed vote's other printings to
the repairs), and the one reading of one copy was taken (date_order, set s66z: 2021-09-06 for 2021-09-16).
Where another copy's printing reads dates in order but not the one chosen, which is right is not known: none is
chosen, said repair_ambiguous (repairs._copies_deny, in _dates_together and the one-by-one pass).  A copy whose
printing reads the chosen date too, or no date in order, leaves the repair standing."""

from __future__ import annotations

import json
from datetime import date

import pytest

from parsers.bma_progress.repairs import repair_dates
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _reports() -> tuple[dict, dict]:
    project = {"fiscal_year_be": Reading(2564, "2564", 3, 3)}
    reports = {1: {"report_date": Reading(date(2021, 7, 12), "12/7/2564", 20, 20)},
               2: {"report_date": Reading(date(2021, 8, 25), "25/8/2564", 30, 30)},
               3: {"report_date": Reading(None, "ออ/9/2๕๒๕", 40, 40)}}
    return project, reports


def _run(other: str | None) -> tuple[dict, list]:
    project, reports = _reports()
    copies = {} if other is None else {("progress_reports", 3, "report_date_printed"): [Reading(None, other, 140, 140)]}
    issues = repair_dates(project, reports, "K", copies=copies)
    return reports, [i for i in issues if i.line_start == 40 and i.field == "progress_reports.report_date"]


def test_one_copy_alone_reads_its_one_date():
    reports, said = _run(None)
    assert reports[3]["report_date"].value == date(2021, 9, 6)
    assert [i.code for i in said] == ["value_repaired"]


def test_another_copy_reading_other_dates_in_order_says_the_doubt():
    reports, said = _run("๑6/๓๕/๒๕๒๕")
    assert value(reports[3]) is None
    assert "value_repaired" not in [i.code for i in said]
    doubt = [json.loads(i.evidence) for i in said if i.code == "repair_ambiguous"]
    assert doubt and "2021-09-06" in doubt[0]["candidates"] and "2021-09-16" in doubt[0]["candidates"]
    assert doubt[0]["copy_readings"] == ["๑6/๓๕/๒๕๒๕"]


def test_another_copy_reading_the_chosen_date_too_leaves_it():
    reports, said = _run("๐6/๙/๒๕๖๔")
    assert reports[3]["report_date"].value == date(2021, 9, 6)


def test_another_copy_reading_no_date_in_order_has_no_say():
    reports, said = _run("ไม่มี")
    assert reports[3]["report_date"].value == date(2021, 9, 6)


def value(rec: dict):
    reading = rec.get("report_date")
    return None if reading is None else reading.value
