"""A BMA progress report date one reading of which alone stands in order with some reading of every other report's
date (repairs._dates_by_domains: each report's readings inside its fiscal year, and its date as read inside the
report window, narrowed until each stands in order with some reading of every other, as progress figures are).

Fresh set s71a (bma_progress_s71a003, fiscal 2561): report 7 printed ๒๐๑๘-8-๒0, read "๒๐๑๕-8-๒0", 2015-08-20;
its neighbours as read could not bound it (report 8's "๒๐18-๕-๑๓" read 2018-05-13, whole but before report 6's
27 July), so it stayed 2015.  Of all its readings only 2018-08-20 falls inside the year: read so, value_repaired.
Sets s69o (bma_progress_s69o010: ":: 18/๒/65", read 18 February, after a report whose every reading is of May:
18 June) and s73a (bma_progress_s73a007: "๒5 N.W. 2๕๒6", unreadable, whose month letters are ก.พ. or ก.ย., between
January and March) likewise, with the entries read in doubt: read so in doubt (repair_ambiguous, the date bounding
nothing).  Where a report's readings all miss the order (a date misread past the table, or another entry's)
nothing is chosen; a reading in the months of slack after the year is weighed, never chosen."""

from __future__ import annotations

import json
from datetime import date

from parsers.bma_progress.repairs import repair_dates
from schemas.document import Reading


def _said(issues, line):
    return [i for i in issues if i.line_start == line and i.field == "progress_reports.report_date"]


def test_a_date_whose_neighbours_as_read_bound_nothing_is_read_by_every_reading_of_theirs():
    project = {"fiscal_year_be": Reading(2561, "2561", 3, 3)}
    # (reports 6-8 of a form whose reports 1-5 were lost: the form's calendar of one report a month, which asks
    # for every report from 1, reads nothing here)
    reports = {6: {"report_date": Reading(date(2018, 7, 27), "27/7/2561", 20, 20)},
               7: {"report_date": Reading(date(2015, 8, 20), ":: ๒๐๑๕-8-๒0", 30, 30)},
               8: {"report_date": Reading(date(2018, 5, 13), ":: ๒๐18-๕-๑๓", 40, 40)}}
    issues = repair_dates(project, reports, "K")
    assert reports[7]["report_date"].value == date(2018, 8, 20)
    (said,) = [i for i in _said(issues, 30) if i.code == "value_repaired"]
    evidence = json.loads(said.evidence)
    assert evidence["rule"] == "date_order" and evidence["chosen"] == "2018-08-20" and evidence["read"] == "2015-08-20"
    assert "every way the form's other report dates allow" in said.message


def test_with_the_entries_in_doubt_the_one_reading_in_order_is_read_in_doubt():
    project = {"fiscal_year_be": Reading(2565, "2565", 3, 3)}
    reports = {1: {"report_date": Reading(date(2022, 4, 10), "10/4/2565", 20, 20)},
               2: {"report_date": Reading(date(2022, 5, 21), "21/5/2565", 30, 30)},
               3: {"report_date": Reading(date(2022, 2, 18), ":: 18/๒/65", 40, 40)},
               4: {"report_date": Reading(date(2022, 7, 8), "8/7/2565", 50, 50)}}
    issues = repair_dates(project, reports, "K", span=False, recheck=False)
    assert reports[3]["report_date"].value == date(2022, 6, 18)
    (said,) = _said(issues, 40)
    evidence = json.loads(said.evidence)
    assert said.code == "repair_ambiguous" and "another entry's" in said.message and "chosen" not in evidence
    assert evidence["candidates"] == ["2022-06-18"]


def test_an_unreadable_date_whose_month_letters_leave_one_month_in_order_is_read_in_doubt():
    project = {"fiscal_year_be": Reading(2566, "2566", 3, 3)}
    reports = {1: {"report_date": Reading(date(2023, 1, 10), "10/1/2566", 20, 20)},
               2: {"report_date_printed": Reading("๒5 N.W. 2๕๒6", "๒5 N.W. 2๕๒6", 30, 30)},
               3: {"report_date": Reading(date(2023, 3, 19), "19/3/2566", 40, 40)}}
    repair_dates(project, reports, "K", span=False, recheck=False)
    assert reports[2]["report_date"].value == date(2023, 2, 25)


def test_several_readings_in_order_choose_none():
    project = {"fiscal_year_be": Reading(2565, "2565", 3, 3)}
    reports = {1: {"report_date": Reading(date(2022, 4, 10), "10/4/2565", 20, 20)},
               2: {"report_date": Reading(date(2022, 2, 18), ":: 18/๒/65", 30, 30)},
               3: {"report_date": Reading(date(2022, 7, 8), "8/7/2565", 40, 40)}}  # May 18 and June 18 both
    issues = repair_dates(project, reports, "K", span=False, recheck=False)
    assert reports[2]["report_date"].value == date(2022, 2, 18)
    assert not [i for i in _said(issues, 30) if "every way the form's other report dates" in i.message]


def test_a_report_none_of_whose_readings_stands_in_order_leaves_every_date_unweighed():
    # report 3 printed in Arabic digits (one reading) before report 2's every reading: a date misread past the table
    # of confusions, or another entry's; nothing is read by the others' readings
    project = {"fiscal_year_be": Reading(2565, "2565", 3, 3)}
    reports = {1: {"report_date": Reading(date(2022, 4, 10), "10/4/2565", 20, 20)},
               2: {"report_date": Reading(date(2022, 5, 21), "21/5/2565", 30, 30)},
               3: {"report_date": Reading(date(2022, 2, 18), ":: 18/๒/65", 40, 40)},
               4: {"report_date": Reading(date(2022, 3, 8), "8/3/2565", 50, 50)}}
    issues = repair_dates(project, reports, "K", span=False, recheck=False)
    assert reports[3]["report_date"].value == date(2022, 2, 18)
    assert not [i for i in issues if "every way the form's other report dates" in i.message]


def test_a_reading_in_the_months_of_slack_is_never_chosen():
    # the form's last report, '๓๐ พ.ย.' after 11 December 2018 (fiscal 2562): only November 2019, a late report's
    # month after the year, stands in order; it is not chosen (test_bma_report_date_year_unread_in_doubt)
    project = {"fiscal_year_be": Reading(2562, "2562", 3, 3)}
    reports = {1: {"report_date": Reading(date(2018, 12, 11), "11/12/2561", 20, 20)},
               2: {"report_date_printed": Reading("๓๐ พ.ย.", "๓๐ พ.ย.", 30, 30)}}
    repair_dates(project, reports, "K", span=False, recheck=False)
    assert "report_date" not in reports[2]
