"""A BMA progress report date whose year OCR misread or lost ("๑๑ มี.ค. ๒๕๒๕" for 2025-03-11 in fiscal 2568,
its ๖ and ๘ read ๒ and ๕), whose readings inside the year the reports cover fall in two years: the fiscal
year's own (March 2025) and the months of slack after it a late report is filed in (March 2026).  The year was
proven only where all fell in one, so it stayed in 1982 (or unread): October to December and January to March,
half the year, never had a year.  The slack after the year is for the late report, the form's last: a report
the form numbers another after, in a form no date of which is read after the fiscal year's last day, is read in
the year its readings inside the fiscal year itself fall in, its day and month as printed, said repair_ambiguous
(evidence year_proven, bounds up to the year's last day), never value_repaired (repairs._in_year_proper,
_proper_year, _unless_filed_late).  The last report, or a form that files late, keeps both years open."""

from __future__ import annotations

import json
from datetime import date

from parsers.bma_progress.repairs import repair_dates
from schemas.document import Reading


def _reports(second: Reading, last: Reading | None = None) -> tuple[dict, dict]:
    project = {"fiscal_year_be": Reading(2568, "2568", 3, 3)}
    reports = {1: {"report_date": Reading(date(2024, 11, 6), "6/11/2567", 20, 20)},
               2: {"report_date": second},
               4: {"report_date": last or Reading(date(2025, 8, 3), "3/8/2568", 40, 40)}}  # report 3 lost
    return project, reports


def _said(issues, line):
    return [i for i in issues if i.line_start == line and i.field == "progress_reports.report_date"]


def test_a_report_before_others_is_read_in_the_fiscal_year_itself():
    for span in (False, True):
        project, reports = _reports(Reading(date(1982, 3, 11), "๑๑ มี.ค. ๒๕๒๕", 30, 30),
                                    Reading(None, "ฒฒ/ฒ", 40, 40))  # (no later date bounds it)
        issues = repair_dates(project, reports, "K", span=span, recheck=False)
        assert reports[2]["report_date"].value == date(2025, 3, 11), span
        said = _said(issues, 30)
        assert [i.code for i in said] == ["repair_ambiguous"], span
        evidence = json.loads(said[0].evidence)
        assert evidence["year_proven"] == "2025-03-11" and evidence["bounds"][1] == "2025-09-30", span
        assert not [i for i in issues if i.code == "value_repaired"]


def test_a_date_left_no_year_likewise():
    project, reports = _reports(Reading(None, "๓๐ พ.ย.", 30, 30))
    issues = repair_dates(project, reports, "K", span=False, recheck=False)
    assert reports[2]["report_date"].value == date(2024, 11, 30)
    assert [i.code for i in _said(issues, 30)] == ["repair_ambiguous"]


def test_the_last_report_keeps_both_years():
    project, reports = _reports(Reading(date(1982, 3, 11), "๑๑ มี.ค. ๒๕๒๕", 30, 30))
    del reports[4]
    repair_dates(project, reports, "K", span=False, recheck=False)
    assert reports[2]["report_date"].value == date(1982, 3, 11)


def test_a_form_filing_late_keeps_both_years():
    # report 4 read on 20 March 2026, after the fiscal year: the form files late, March 2026 may be report 2's
    project, reports = _reports(Reading(date(1982, 3, 11), "๑๑ มี.ค. ๒๕๒๕", 30, 30),
                                Reading(date(2026, 3, 20), "20/3/2569", 40, 40))
    reports[5] = {"report_date": Reading(None, "ฒฒ/ฒ", 50, 50)}
    repair_dates(project, reports, "K", span=False, recheck=False)
    assert reports[2]["report_date"].value == date(1982, 3, 11)
