"""A BMA progress form whose fiscal-year field reads a plausible year that none of the form's dates falls in
(set s33o: "2560)" where its end date and reports say 2567) keeps that year as printed and says so
(implausible_value); its window then repairs no date.  Before, a report date whose year OCR left unreadable
('dev') was read again into the outvoted year (2017 for 2024: a wrong value made by a repair).  A fiscal year the
dates agree with still gives its window."""

from __future__ import annotations

from datetime import date

from parsers.bma_progress.repairs import repair_all
from schemas.document import Reading


def _form(fiscal_year: int, printed: str) -> tuple[dict, dict]:
    project = {"fiscal_year_be": Reading(fiscal_year, printed, 9, 9),
               "end_date": Reading(date(2024, 9, 30), "30/9/2567", 13, 13)}
    reports = {
        1: {"report_date": Reading(date(2024, 4, 12), "12/4/2567", 93, 93)},
        # the year OCR read as letters: no year in the printed text; the day and month are read
        2: {"report_date": Reading(None, "๑5 พฤษภาคม dev", 102, 102)},
        3: {"report_date": Reading(date(2024, 6, 8), "8 มิถุนายน ๒567", 116, 116)},
    }
    return project, reports


def test_an_outvoted_fiscal_year_repairs_no_report_date():
    project, reports = _form(2560, "2560)")
    issues = repair_all(project, reports, {}, "k")
    assert project["fiscal_year_be"].value == 2560
    assert any(i.code == "implausible_value" and i.field == "projects.fiscal_year_be" for i in issues)
    assert not any(i.code == "value_repaired" and i.field == "progress_reports.report_date" for i in issues)
    assert reports[2]["report_date"].value is None


def test_a_fiscal_year_the_dates_agree_with_still_gives_its_window():
    project, reports = _form(2567, "2567")
    issues = repair_all(project, reports, {}, "k")
    assert not any(i.code == "implausible_value" and i.field == "projects.fiscal_year_be" for i in issues)
    repaired = [i for i in issues if i.code == "value_repaired" and i.field == "progress_reports.report_date"]
    assert repaired and reports[2]["report_date"].value == date(2024, 5, 15)
