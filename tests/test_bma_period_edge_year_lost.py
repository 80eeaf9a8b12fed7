"""A BMA project's start or end date OCR left unreadable because its year was lost past reading ("๓๐ กันยายน weve",
the year read as Latin letters; "๑ ตุลาคม 2๕5»97", garbled), its day and month as
printed the fiscal year's own first day (1 October, a start) or last (30 September, an end): no reading of its
characters gave a date, so the period was left without it (sets s70z 004, s74a 009).  A sure fiscal year holds that
day and month once: taken as that edge, in doubt (rule fiscal_year_edge, year_lost; repair_ambiguous with the value
set), as a start or end with several readings inside the year is (repairs._fiscal_year_edges).  A day and month
that are not the field's edge, a fiscal year in doubt, or a report dated past the edge: nothing is chosen."""

import json
from datetime import date

import pytest

from parsers.bma_progress.repairs import repair_dates
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _edge(issues):
    return [i for i in issues if i.evidence and json.loads(i.evidence).get("rule") == "fiscal_year_edge"]


def _project(name: str, printed: str) -> dict:
    project = {"fiscal_year_be": Reading(2565, "2565", 3, 3),
               "start_date": Reading(date(2021, 10, 1), "1/10/2564", 4, 4),
               "end_date": Reading(date(2022, 9, 30), "30/9/2565", 5, 5)}
    del project[name]
    project[f"{name}_printed"] = Reading(printed, printed, 6, 6)
    return project


def _reports(*days: date) -> dict:
    return {n: {"report_date": Reading(d, d.isoformat(), 10 + n, 10 + n)} for n, d in enumerate(days, 1)}


@pytest.mark.parametrize("name,printed,edge", [
    ("end_date", "3๐ กันยายน weve", date(2022, 9, 30)),
    ("start_date", "๑ ตุลาคม lag bla", date(2021, 10, 1)),
    ("start_date", "๑ ตุลาคม 2๕5»97", date(2021, 10, 1)),
])
def test_a_date_whose_year_was_lost_on_the_years_edge_is_that_edge_in_doubt(name, printed, edge):
    project = _project(name, printed)
    issues = repair_dates(project, _reports(date(2022, 1, 15), date(2022, 3, 20)), "k", year_sure=True)
    assert project[name].value == edge and f"{name}_printed" not in project
    [chosen] = _edge(issues)
    assert chosen.code == "repair_ambiguous" and chosen.field == f"projects.{name}" and chosen.line_start == 6
    evidence = json.loads(chosen.evidence)
    assert evidence["chosen"] == str(edge) and evidence["year_lost"] and evidence["printed"] == printed
    assert "year is lost" in chosen.message


def test_not_the_edge_or_not_sure_or_a_later_report_chooses_nothing():
    project = _project("end_date", "๓๐ สิงหาคม weve")  # 30 August: no edge of the year
    assert not _edge(repair_dates(project, {}, "k", year_sure=True)) and "end_date" not in project
    project = _project("end_date", "3๐ กันยายน weve")  # the fiscal year in doubt
    assert not _edge(repair_dates(project, {}, "k")) and "end_date" not in project
    project = _project("start_date", "๑ ตุลาคม lag bla")  # the start date's day and month are no end's
    del project["end_date"]
    project["end_date_printed"] = Reading("๑ ตุลาคม lag bla", "๑ ตุลาคม lag bla", 7, 7)
    issues = repair_dates(project, {}, "k", year_sure=True)
    assert "end_date" not in project and [i.field for i in _edge(issues)] == ["projects.start_date"]
    project = _project("start_date", "๑ ตุลาคม lag bla")  # a report surely dated before the edge
    reports = _reports(date(2021, 9, 20), date(2022, 1, 15))
    assert not _edge(repair_dates(project, reports, "k", year_sure=True)) and "start_date" not in project
