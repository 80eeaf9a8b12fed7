"""A BMA progress form whose fiscal year OCR read outside the archive's years ("๒๕๖๔" read "๒๕๐๕": tesseract's
Thai model writes no ๔ or ๖), where no reading of it is settled, is kept as printed and said in doubt; its window
then placed the project's dates: an end date another copy read "๓๐ กันยายน ๒๕๐๕" was chosen as 1962-09-30 (rule
fiscal_year_window, fresh set s60o: a wrong repair), a year no report of the archive is about.  A fiscal year
outside the archive's years repairs no date, as one said implausible does not."""

import json
from datetime import date

import pytest

from parsers.bma_progress.repairs import repair_all
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _form(year: int, printed: str) -> tuple[dict, dict, dict]:
    project = {"fiscal_year_be": Reading(year, printed, 3, 3),
               "start_date": Reading(date(1980, 10, 1), "๑ ตุลาคม ๒๕๒๓", 5, 5),
               "end_date": Reading(date(1982, 9, 30), "๓๐ กันยายน ๒๕๒๕", 6, 6)}
    reports = {1: {"report_date": Reading(date(1980, 12, 5), "๕/๑๒/๒๕๒๓", 11, 11)}}
    copies = {("project", 0, "end_date"): [Reading(date(1962, 9, 30), "๓๐ กันยายน ๒๕๐๕", 40, 40)]}
    return project, reports, copies


def test_a_fiscal_year_outside_the_archives_years_moves_no_date_into_its_window():
    project, reports, copies = _form(2505, "๒๕๐๕")
    issues = repair_all(project, reports, {}, "k", copies=copies)
    assert project["end_date"].value == date(1982, 9, 30) and project["start_date"].value == date(1980, 10, 1)
    assert reports[1]["report_date"].value == date(1980, 12, 5)
    assert not [i for i in issues if i.code == "value_repaired" and i.field.endswith("_date")]
    said = {i.field for i in issues if i.code == "repair_ambiguous"}
    assert {"projects.fiscal_year_be", "projects.fiscal_year"} <= said


def test_a_fiscal_year_of_the_archive_still_places_a_date_another_copy_reads_inside_it():
    project, reports, copies = _form(2525, "๒๕๒๕")
    project["fiscal_year_be"] = Reading(2565, "2565", 3, 3)
    copies[("project", 0, "end_date")] = [Reading(date(2022, 9, 30), "30 กันยายน 2565", 40, 40)]
    issues = repair_all(project, reports, {}, "k", copies=copies)
    assert project["end_date"].value == date(2022, 9, 30)
    (repaired,) = [i for i in issues if i.code == "value_repaired" and i.field == "projects.end_date"]
    assert json.loads(repaired.evidence)["rule"] == "fiscal_year_window"
