"""A BMA progress report date whose year OCR misread ("๒๗ มีนาคม ๒๕๒๕" for 2022-03-27, the form's ๖ read as
๒), in a report whose entries are read in doubt (a date may stand in another entry's place, so no neighbour's
date bounds it).  repair_dates read no such date again unless every entry was there with a date, so it stayed
in 1982.  The fiscal year proves its year whichever entry it is of: where every reading of its characters
inside the year the reports cover (from the day the fiscal year opens) falls in one year, the date as read in
that year among them, it is read in that year, its day and month as printed, and said repair_ambiguous
(evidence year_proven), never value_repaired: the day and the entry stay in doubt
(repairs._years_proven_in_doubt)."""

from __future__ import annotations

import json
from datetime import date

from parsers.bma_progress.repairs import repair_all, repair_dates, structure_in_doubt
from schemas.document import Issue, Reading


def _reports(fy: int, second: Reading) -> tuple[dict, dict]:
    project = {"fiscal_year_be": Reading(fy, str(fy), 3, 3)}
    reports = {1: {"report_date": Reading(date(2021, 11, 5), "5/11/2564", 20, 20)},
               2: {"report_date": second},
               4: {"report_date": Reading(date(2022, 5, 15), "15/5/2565", 40, 40)}}  # report 3 lost: dates may move
    return project, reports


def test_a_year_misread_in_entries_in_doubt_is_proven_by_the_fiscal_year():
    project, reports = _reports(2565, Reading(date(1982, 3, 27), "๒๗ มีนาคม ๒๕๒๕", 30, 30))
    issues = repair_dates(project, reports, "K", span=False, recheck=False)
    assert reports[2]["report_date"].value == date(2022, 3, 27)
    said = [i for i in issues if i.line_start == 30]
    assert [i.code for i in said] == ["repair_ambiguous"]
    evidence = json.loads(said[0].evidence)
    assert evidence["year_proven"] == "2022-03-27" and said[0].field == "progress_reports.report_date"


def test_through_repair_all_with_the_row_of_the_dates_in_doubt():
    project, reports = _reports(2565, Reading(date(1982, 3, 27), "๒๗ มีนาคม ๒๕๒๕", 30, 30))
    doubts = [Issue("warning", "entry_cell_in_doubt", "a row holds 3 cells for 4 entries", "", 60, 60,
                    field="progress_reports.report_date")]
    doubt = structure_in_doubt(reports, doubts, figures=True)
    issues = repair_all(project, reports, {}, "K", doubt=True, figures_doubt=doubt)
    assert reports[2]["report_date"].value == date(2022, 3, 27)
    assert not [i for i in issues if i.code == "value_repaired" and i.field == "progress_reports.report_date"]


def test_readings_in_two_years_leave_it_as_read():
    # fiscal 2564: ๒๕๒๕ may be 2564 (๔ read ๕) or 2565 (๕), and January of both is inside the reports' year;
    # no report after it is dated (the last report may be a late one, filed in January after the year)
    project, reports = _reports(2564, Reading(date(1982, 1, 10), "๑๐ มกราคม ๒๕๒๕", 30, 30))
    reports[1]["report_date"] = Reading(date(2020, 11, 5), "5/11/2563", 20, 20)
    del reports[4]
    issues = repair_dates(project, reports, "K", span=False, recheck=False)
    assert reports[2]["report_date"].value == date(1982, 1, 10)
    assert not [i for i in issues if i.line_start == 30]


def test_readings_in_two_years_past_the_latest_date_of_the_reports_after_it_are_not_its_date():
    # the same January in two years, but report 4, after it, is dated May 2021: reports go in date order, so
    # January 2022 (a late report's month) would date report 2 after it; January 2021 alone stays
    # (repairs._latest_after)
    project, reports = _reports(2564, Reading(date(1982, 1, 10), "๑๐ มกราคม ๒๕๒๕", 30, 30))
    reports[1]["report_date"] = Reading(date(2020, 11, 5), "5/11/2563", 20, 20)
    reports[4]["report_date"] = Reading(date(2021, 5, 15), "15/5/2564", 40, 40)
    issues = repair_dates(project, reports, "K", span=False, recheck=False)
    assert reports[2]["report_date"].value == date(2021, 1, 10)
    said = [i for i in issues if i.line_start == 30]
    assert [i.code for i in said] == ["repair_ambiguous"]
    evidence = json.loads(said[0].evidence)
    assert evidence["year_proven"] == "2021-01-10" and evidence["bounds"][1] == "2021-05-15"


def test_a_report_after_it_dated_late_too_leaves_both_years():
    # report 4 dated March 2022 (late itself): January of both years comes before it, nothing is proven
    project, reports = _reports(2564, Reading(date(1982, 1, 10), "๑๐ มกราคม ๒๕๒๕", 30, 30))
    reports[1]["report_date"] = Reading(date(2020, 11, 5), "5/11/2563", 20, 20)
    reports[4]["report_date"] = Reading(date(2022, 3, 15), "15/3/2565", 40, 40)
    repair_dates(project, reports, "K", span=False, recheck=False)
    assert reports[2]["report_date"].value == date(1982, 1, 10)


def test_arabic_digits_read_far_off_are_left_as_read():
    # the confusions are of Thai digits: an Arabic year far off has no reading inside the year
    project, reports = _reports(2565, Reading(date(1982, 3, 27), "27 มีนาคม 2525", 30, 30))
    issues = repair_dates(project, reports, "K", span=False, recheck=False)
    assert reports[2]["report_date"].value == date(1982, 3, 27)
    assert not [i for i in issues if i.line_start == 30]
