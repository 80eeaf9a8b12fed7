"""A BMA report date a rule repaired by its year, keeping its Thai day as printed, in a document whose OCR never
writes ๖ ๗ ๙ (repairs._days_unwritten): the other readings of its day are weighed between its neighbours' dates.
Where the date chosen stands outside those bounds itself, a neighbour's date is misread, and the bounds rule out no
other reading: the report window alone bounds them (fresh sets s76b, bma_progress_s76b008: report 5's
':: ๒๑/9/๒๕๒๕' kept as 2022-09-21, truth 2022-09-29, report 3 read 2023-01-23; s78b, bma_progress_s78b007:
report 4's ':: ๒๑/๐๑/๒๕๒๒' kept as 2019-01-21, truth 2019-01-27, report 7's readings all in January)."""

import json
from datetime import date

import pytest

from parsers.bma_progress.repairs import _days_unwritten
from schemas.document import Issue, Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _form(after: date, before: date = date(2021, 11, 1)):
    project = {"fiscal_year_be": Reading(2565, "2565", 3, 3), "unread_digits": Reading("46789", "", 1, 60)}
    reports = {1: {"report_date": Reading(before, f"{before.day}/{before.month}/{before.year + 543}", 20, 20)},
               2: {"report_date": Reading(date(2022, 5, 21), ":: ๒๑/๐๕/๒๕๐๕", 30, 30)},  # as date_order chose it
               3: {"report_date": Reading(after, f"{after.day}/{after.month}/{after.year + 543}", 40, 40)}}
    repaired = Issue("warning", "value_repaired", "report 2's date", json.dumps(
        {"rule": "date_order", "printed": ":: ๒๑/๐๕/๒๕๐๕", "chosen": "2022-05-21"}), 30, 30, project_key="k",
        field="progress_reports.report_date")
    return project, reports, repaired


def test_a_day_whose_neighbour_bounds_exclude_the_choice_itself_is_weighed_in_the_window():
    # report 3 read 10 May 2022, before the 21 May chosen for report 2: its date is misread, and it bounds nothing
    project, reports, repaired = _form(date(2022, 5, 10))
    [issue] = _days_unwritten(project, reports, [repaired])
    assert issue.code == "repair_ambiguous"
    evidence = json.loads(issue.evidence)
    assert evidence["kept"] == "2022-05-21" and "2022-05-27" in evidence["candidates"]


def test_neighbours_that_hold_the_choice_still_settle_it():
    # reports 1 and 3 on 30 April and 22 May: no other reading of ๒๑/๐๕ stands between them
    project, reports, repaired = _form(date(2022, 5, 22), before=date(2022, 4, 30))
    [issue] = _days_unwritten(project, reports, [repaired])
    assert issue.code == "value_repaired"
