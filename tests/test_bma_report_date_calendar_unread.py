"""The form's calendar (repairs._dates_by_calendar: report k of N falls in the fiscal year's month k-1 at the
earliest and 12-N+k-1 at the latest, each in a month after the one before) and report dates OCR left unreadable.

- An unreadable date whose readings in its place all fall in one month is read as its day as printed, in doubt
  (evidence month_proven), as a date read whole in the wrong month is, where that day is likelier printed as it
  reads than as all its other readings together by how often OCR writes each printed Thai digit as each
  character (normalizers.confusions.MEASURED_READS: ๐ and ๑ read as themselves nearly always; ๕ stands for ๔,
  ๘ and ๙ as often as for itself): repairs._printed_day.  Otherwise it stays unread.
- A date read whole in the months of slack past the fiscal year says the form keeps no calendar only where no
  reading of its characters falls inside the year: one printed in Thai digits that may (OCR read its ๔ as ๕,
  "๑๕/1/๒56๕" for 2021-01-15) is read again with the others (repairs._may_be_inside).
- A damaged neighbour bounds a date only through its readings that fit its own place; one none of whose
  readings does (its true date is not among them) bounds nothing (repairs._reading_bounds, `fits`).
"""

from __future__ import annotations

import json
from datetime import date

from parsers.bma_progress.repairs import _printed_day, repair_dates
from schemas.document import Reading


def _form(fy: int = 2566, damaged: tuple[int, ...] = (8, 9, 11)) -> tuple[dict, dict]:
    """Twelve reports of fiscal `fy`, report k on the 5th of the year's month k-1 in Arabic digits, the
    `damaged` ones printed past reading."""
    ce = fy - 543
    project = {"fiscal_year_be": Reading(fy, str(fy), 3, 3)}
    reports = {}
    for seq in range(1, 13):
        month = (9 + seq - 1) % 12 + 1
        day = date(ce - 1 if month >= 10 else ce, month, 5)
        reports[seq] = {"report_date": Reading(day, f"5/{month}/{day.year + 543}", 10 * seq, 10 * seq)}
    for seq in damaged:
        reports[seq] = {"report_date": Reading(None, "-", 10 * seq, 10 * seq)}
    return project, reports


def _said(issues, line):
    return [i for i in issues if i.line_start == line and i.field == "progress_reports.report_date"]


def test_an_unreadable_date_proven_to_a_month_is_read_as_its_day_as_printed():
    # "๑๐/@/๒๕๖๖": its month lost to a look-alike; after 5 April and before 5 September it may be April or
    # July 10, 14 or 16 (๐ for ๔ or ๖); report 10 of 12 is July's.  ๑๐ reads as printed nearly always
    project, reports = _form()
    reports[10] = {"report_date": Reading(None, ":: ๑๐/@/๒๕๖๖", 100, 100)}
    issues = repair_dates(project, reports, "K")
    assert reports[10]["report_date"].value == date(2023, 7, 10)
    (issue,) = [i for i in _said(issues, 100) if "month_proven" in (i.evidence or "")]
    assert issue.code == "repair_ambiguous"
    evidence = json.loads(issue.evidence)
    assert evidence["rule"] == "report_calendar" and evidence["read"] is None
    assert evidence["month_proven"] == "2023-07-10"
    assert set(evidence["candidates"]) == {"2023-07-10", "2023-07-14", "2023-07-16"}


def test_a_day_that_stands_for_others_as_often_as_for_itself_stays_unread():
    # "๒๕/@/๒๕๖๖": July 24, 25, 28 or 29 (๕ is what OCR writes for ๔ ๘ ๙): no day is chosen
    project, reports = _form()
    reports[10] = {"report_date": Reading(None, ":: ๒๕/@/๒๕๖๖", 100, 100)}
    issues = repair_dates(project, reports, "K")
    assert reports[10].get("report_date") is None or reports[10]["report_date"].value is None
    assert not [i for i in _said(issues, 100) if "month_proven" in (i.evidence or "")]


def test_printed_day_weighs_the_measured_reads():
    assert _printed_day("๒๐/๑๒/๒๕29๒", {20, 26}) == 20  # ๐ for ๖ one printing in eight
    assert _printed_day("๒๕/๐๒/x", {24, 25, 28}) is None
    assert _printed_day("๒๐๒๓-๑-๑๐", {10, 14, 16}) == 10  # a date in ISO order: its day last
    assert _printed_day("ow เมษายน", {9, 12}) is None  # look-alikes: no day as printed
    assert _printed_day("๑/x/๒๕๒", {1, 14, 16}) is None  # a day of two digits may have lost one
    assert _printed_day("๑๐/x", {14, 16}) is None  # not among its readings


def test_a_thai_digit_date_read_in_the_slack_that_may_be_inside_the_year_keeps_the_calendar():
    # fiscal 2564 (October 2020 to September 2021), the entries in a doubt not about the dates' row (no
    # neighbour bounds a date: the calendar alone reads them again); report 4 printed "๑๕/1/๒56๕" reads
    # 2022-01-15, in the months of slack past the year, where a ๔ read ๕ puts it in January 2021; report 10
    # "22/@/2564" may be January, April, July or September 22, July by the calendar
    project, reports = _form(2564)
    reports[4] = {"report_date": Reading(date(2022, 1, 15), ":: ๑๕/1/๒56๕", 40, 40)}
    reports[10] = {"report_date": Reading(None, ":: 22/@/2564", 100, 100)}
    issues = repair_dates(project, reports, "K", span=False, recheck=True)
    assert reports[10]["report_date"].value == date(2021, 7, 22)
    assert [i for i in _said(issues, 100) if i.code == "value_repaired"]
    # report 4 itself: January 2021 by its place, its day as read
    assert reports[4]["report_date"].value == date(2021, 1, 15)
    # printed without Thai digits, the same date read whole past the year says the form keeps no calendar
    project, reports = _form(2564)
    reports[4] = {"report_date": Reading(date(2022, 1, 15), ":: 15/1/2565", 40, 40)}
    reports[10] = {"report_date": Reading(None, ":: 22/@/2564", 100, 100)}
    issues = repair_dates(project, reports, "K", span=False, recheck=True)
    assert not [i for i in issues if "report_calendar" in (i.evidence or "")]


def test_a_damaged_neighbour_none_of_whose_readings_fits_its_place_bounds_nothing():
    # fiscal 2564; report 7 (April's) printed "1/9/2๕๒๕" reads 1982-09-01, its one reading inside the window
    # 2021-09-01, which its place forbids: its true date is not among its readings, and it does not hold report 8
    # ("22/๕/2564": April, May, August or September 22) after September; report 8 of 12 is May's
    project, reports = _form(2564, damaged=(9, 11))
    reports[7] = {"report_date": Reading(date(1982, 9, 1), ":: 1/9/2๕๒๕", 70, 70)}
    reports[8] = {"report_date": Reading(None, ":: 22/๕/2564", 80, 80)}
    issues = repair_dates(project, reports, "K")
    assert reports[8]["report_date"].value == date(2021, 5, 22)
    (issue,) = [i for i in _said(issues, 80) if i.code == "value_repaired"]
    assert json.loads(issue.evidence)["rule"] == "report_calendar"
