"""A doubt about which entry a description's cell belongs to (an OCR'd table's description row of fewer cells
than entries, entry_cell_in_doubt on progress_reports.description or expenses) says nothing of where the
entries' dates and figures stand: the report dates are still read again against the fiscal year and their
neighbours, and the progress weighed in order.  A doubt about the date row itself still stops them."""

from __future__ import annotations

from datetime import date

from parsers.bma_progress.repairs import repair_all, structure_in_doubt
from schemas.document import Issue, Reading


def _project_and_reports() -> tuple[dict, dict]:
    project = {"fiscal_year_be": Reading(2562, "๒๕๖๒", 10, 10)}
    reports = {
        1: {"report_date": Reading(date(2018, 11, 22), "22/11/2561", 90, 90)},
        # '๒๕๖๒' read '๒๕๒๒' (the ๖ the OCR model cannot write, read as ๒): 1979, outside the fiscal year
        2: {"report_date": Reading(date(1979, 1, 13), "13 มกราคม ๒๕๒๒", 91, 91)},
        3: {"report_date": Reading(date(2019, 2, 18), "18/2/2562", 92, 92)},
    }
    return project, reports


def _doubt(field: str) -> Issue:
    return Issue("warning", "entry_cell_in_doubt", "a line of the entries table's row holds 1 cell(s) for 3 entries",
                 "cell", 95, 95, field=field)


def test_a_description_cell_in_doubt_leaves_the_report_dates_to_be_repaired():
    for field in ("progress_reports.description", "expenses"):
        project, reports = _project_and_reports()
        issues = [_doubt(field)]
        assert structure_in_doubt(reports, issues) and not structure_in_doubt(reports, issues, figures=True)
        repairs = repair_all(project, reports, {}, "k", doubt=structure_in_doubt(reports, issues),
                             figures_doubt=structure_in_doubt(reports, issues, figures=True))
        assert reports[2]["report_date"].value == date(2019, 1, 13), field
        assert any(i.code == "value_repaired" and i.field == "progress_reports.report_date" for i in repairs)


def _repaired(repairs: list) -> bool:
    return any(i.code == "value_repaired" and i.field == "progress_reports.report_date" for i in repairs)


def test_a_date_row_in_doubt_still_stops_the_report_date_repairs():
    # (no date is read again among its neighbours; the year alone, which the fiscal year proves whichever entry
    # the date is of, is read in doubt: repairs._years_proven_in_doubt)
    project, reports = _project_and_reports()
    issues = [_doubt("progress_reports.report_date")]
    assert structure_in_doubt(reports, issues, figures=True)
    repairs = repair_all(project, reports, {}, "k", doubt=True,
                         figures_doubt=structure_in_doubt(reports, issues, figures=True))
    assert not _repaired(repairs) and any("year_proven" in (i.evidence or "") for i in repairs)
    assert reports[2]["report_date"].value == date(2019, 1, 13)
    # and with no figures_doubt given, the structure's doubt decides, as before
    project, reports = _project_and_reports()
    assert not _repaired(repair_all(project, reports, {}, "k", doubt=True))
