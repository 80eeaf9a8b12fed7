"""A BMA project's start or end date left in doubt among several readings of its characters inside a sure fiscal
year ("๒๐๒๐-๐๕-๓๐" in a document whose OCR never writes ๙: 30 May, June, August or September), one of them the
year's own first or last day, is taken as that day in doubt (rule fiscal_year_edge, repair_ambiguous with the value
set): a project's period runs with its fiscal year as a rule (repairs._fiscal_year_edges)."""

import json
from datetime import date

import pytest

from parsers.bma_progress.repairs import repair_dates
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _edge(issues):
    return [i for i in issues if i.evidence and json.loads(i.evidence).get("rule") == "fiscal_year_edge"]


def _project(end: Reading, unread: str | None = "46789") -> dict:
    project = {"fiscal_year_be": Reading(2563, "2563", 3, 3), "start_date": Reading(date(2019, 10, 1), "1/10/2562", 4, 4),
               "end_date": end}
    if unread:
        project["unread_digits"] = Reading(unread, "", 1, 40)
    return project


def _reports(*days: date) -> dict:
    return {n: {"report_date": Reading(d, d.isoformat(), 10 + n, 10 + n)} for n, d in enumerate(days, 1)}


def test_an_end_read_in_the_year_where_ocr_never_writes_its_digit_is_the_years_last_day_in_doubt():
    project = _project(Reading(date(2020, 5, 30), "๒๐๒๐-๐๕-๓๐", 5, 5))
    issues = repair_dates(project, _reports(date(2020, 1, 15), date(2020, 3, 20)), "k", year_sure=True)
    assert project["end_date"].value == date(2020, 9, 30)
    [chosen] = _edge(issues)
    assert chosen.code == "repair_ambiguous" and chosen.field == "projects.end_date" and chosen.line_start == 5
    evidence = json.loads(chosen.evidence)
    assert evidence["chosen"] == "2020-09-30" and evidence["read"] == "2020-05-30"
    assert "2020-09-30" in evidence["candidates"] and len(evidence["candidates"]) > 1


def test_an_end_read_outside_the_year_with_several_readings_in_it_is_the_years_last_day_in_doubt():
    project = _project(Reading(date(2015, 5, 30), "๒๐๑๕-๐๕-๓๐", 5, 5))
    project["fiscal_year_be"] = Reading(2561, "2561", 3, 3)
    project["start_date"] = Reading(date(2017, 10, 1), "1/10/2560", 4, 4)
    issues = repair_dates(project, {}, "k", year_sure=True)
    assert project["end_date"].value == date(2018, 9, 30)
    [chosen] = _edge(issues)
    assert chosen.code == "repair_ambiguous"
    # the doubt the fiscal-year window gave is replaced, not doubled
    assert len([i for i in issues if i.field == "projects.end_date"]) == 1


def test_without_a_sure_year_or_unwritten_digits_or_with_a_later_report_nothing_is_chosen():
    # the fiscal year in doubt
    project = _project(Reading(date(2020, 5, 30), "๒๐๒๐-๐๕-๓๐", 5, 5))
    assert not _edge(repair_dates(project, {}, "k"))
    assert project["end_date"].value == date(2020, 5, 30)
    # every digit written by the document's OCR: a date read inside the year stands
    project = _project(Reading(date(2020, 5, 30), "๒๐๒๐-๐๕-๓๐", 5, 5), unread=None)
    assert not _edge(repair_dates(project, {}, "k", year_sure=True))
    assert project["end_date"].value == date(2020, 5, 30)
    # in Arabic digits: read as printed
    project = _project(Reading(date(2020, 5, 30), "2020-05-30", 5, 5))
    assert not _edge(repair_dates(project, {}, "k", year_sure=True))
    # the year's last day no reading of its characters
    project = _project(Reading(date(2020, 3, 31), "๒๐๒๐-๐๓-๓๑", 5, 5))
    assert not _edge(repair_dates(project, {}, "k", year_sure=True))
    assert project["end_date"].value == date(2020, 3, 31)


def test_an_unreadable_start_with_several_readings_is_the_years_first_day():
    project = _project(Reading(date(2020, 9, 30), "30/9/2563", 5, 5))
    del project["start_date"]
    project["start_date_printed"] = Reading(None, "@/๑๐/๒๕๖๒", 4, 4)  # @ for ๑, ๗, ๙ or ๔
    issues = repair_dates(project, _reports(date(2020, 1, 15)), "k", year_sure=True)
    assert project["start_date"].value == date(2019, 10, 1) and "start_date_printed" not in project
    [chosen] = _edge(issues)
    assert chosen.field == "projects.start_date" and json.loads(chosen.evidence)["read"] is None
    # a report dated before the year's first day would be left outside: nothing chosen
    project["start_date_printed"] = Reading(None, "@/๑๐/๒๕๖๒", 4, 4)
    del project["start_date"]
    assert not _edge(repair_dates(project, _reports(date(2019, 9, 20), date(2020, 1, 15)), "k", year_sure=True))


def test_an_end_read_in_the_year_after_is_the_years_last_day_in_doubt():
    # ๒๐๒๔-๐๙-๓๐ read "๒๐๒๕-๐๕-๓๐" (๔ and ๙ read ๕): inside the fiscal year's neighbours, kept as read before
    project = _project(Reading(date(2025, 5, 30), "๒๐๒๕-๐๕-๓๐", 5, 5))
    project["fiscal_year_be"] = Reading(2567, "2567", 3, 3)
    project["start_date"] = Reading(date(2023, 10, 1), "1/10/2566", 4, 4)
    issues = repair_dates(project, {}, "k", year_sure=True)
    assert project["end_date"].value == date(2024, 9, 30)
    assert _edge(issues)


def test_a_year_chosen_in_doubt_weighs_the_dates_one_kept_as_printed_does_not():
    from parsers.bma_progress.repairs import _year_sure
    from schemas.document import Issue
    project = {"fiscal_year_be": Reading(2567, "๒๕๒๓", 3, 3)}
    chosen = Issue("warning", "repair_ambiguous", "m", json.dumps({"rule": "written_digits", "chosen": 2567}), 3, 3,
                   project_key="k", field="projects.fiscal_year_be")
    kept = Issue("warning", "repair_ambiguous", "m", json.dumps({"rule": "fiscal_year", "read": 2567}), 3, 3,
                 project_key="k", field="projects.fiscal_year_be")
    assert _year_sure(project, []) and _year_sure(project, [chosen])
    assert not _year_sure(project, [kept])
    assert not _year_sure({"fiscal_year_be": Reading(2525, "๒๕๒๕", 3, 3)}, [])
