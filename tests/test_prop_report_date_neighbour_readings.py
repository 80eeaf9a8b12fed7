"""A BMA progress report date misread outside the fiscal year ("๑๑/๐๑/๒๕๒๒" for ๑๖/๐๖/๒๕๖๒, the ๖ read
as ๑) whose one reading inside the year (2019-01-11) the report_window rule chose, though the report
before it has a damaged date too ("๓๑/๐๕/๒๕๒๒") whose every reading inside the year is later (May to
August 2019): the true date was not among the readings.  A repair no reading of a damaged neighbour's date
allows is refused (repair_ambiguous); with no such neighbour the date is repaired as before."""

from __future__ import annotations

from datetime import date

from parsers.bma_progress.repairs import repair_dates
from schemas.document import Reading


def _reports(with_neighbour: bool) -> tuple[dict, dict]:
    project = {"fiscal_year_be": Reading(2562, "2562", 3, 3)}
    reports = {1: {"report_date": Reading(date(2018, 11, 19), "19/11/2561", 20, 20)}}
    if with_neighbour:
        reports[2] = {"report_date": Reading(date(1979, 5, 31), "๓๑/๐๕/๒๕๒๒", 30, 30)}
    reports[len(reports) + 1] = {"report_date": Reading(date(1979, 1, 11), ":: ๑๑/๐๑/๒๕๒๒", 40, 40)}
    return project, reports


def test_a_report_date_no_reading_of_its_damaged_neighbour_allows_is_not_chosen():
    project, reports = _reports(True)
    issues = repair_dates(project, reports, "K")
    assert reports[3]["report_date"].value == date(1979, 1, 11)  # kept as read
    assert not [i for i in issues if i.code == "value_repaired" and i.line_start == 40]
    assert [i for i in issues if i.code == "repair_ambiguous" and i.line_start == 40]


def test_without_a_damaged_neighbour_the_one_reading_in_the_year_is_chosen():
    project, reports = _reports(False)
    issues = repair_dates(project, reports, "K")
    assert reports[2]["report_date"].value == date(2019, 1, 11)
    assert [i for i in issues if i.code == "value_repaired" and i.line_start == 40]
