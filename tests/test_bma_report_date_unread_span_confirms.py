"""With a BMA progress form's entries read in doubt (repair_dates without span), a report date whose year OCR
damaged past a year's shape ("๑๕/๑/๒๕๒๐๕" for ๑๕/๑/๒๕๖๔: its ๖ written as two characters, its ๔ as ๕) is read
in the one year its readings inside the fiscal year fall in, its day and month as printed, in doubt
(_year_unread_in_doubt), where something confirms the fiscal year is no misread of its own.  Before, only
another report's date read inside the year did; where OCR damaged every report date's year alike (fresh set s92o
bma_progress_s92o005: a side-by-side entries table, each year printed "๒๕๒๐๕"), none did and every date stayed
unread.  The project's start or end date read inside the fiscal year confirms it too, as it does for such a date
where the entries are read in order (_span_in_year); with neither, the dates stay unread."""

from __future__ import annotations

import json
from datetime import date

from parsers.bma_progress.repairs import repair_dates
from schemas.document import Reading


def _reports(start: date | None) -> tuple[dict, dict]:
    project = {"fiscal_year_be": Reading(2564, "๒๕๒๐๕", 3, 3)}
    if start is not None:
        project["start_date"] = Reading(start, "๑ ต.ค. ๒๕๒๐๓", 4, 4)
    reports = {seq: {"report_date_printed": Reading(text, text, seq * 10, seq * 10)}
               for seq, text in ((1, "๑๕/๑/๒๕๒๐๕"), (2, "๑๓/๒/๒๕๒๐๕"), (3, "๒๐/๕/๒๕๒๐๕"))}
    return project, reports


def test_a_start_date_inside_the_fiscal_year_confirms_it():
    project, reports = _reports(date(2020, 10, 1))
    issues = repair_dates(project, reports, "K", span=False)
    assert [reports[s]["report_date"].value for s in (1, 2, 3)] == [date(2021, 1, 15), date(2021, 2, 13),
                                                                     date(2021, 5, 20)]
    said = [i for i in issues if i.line_start == 10 and i.field == "progress_reports.report_date"]
    assert [i.code for i in said] == ["repair_ambiguous"]
    assert json.loads(said[0].evidence)["year_proven"] == "2021-01-15"


def test_no_date_of_the_project_inside_the_fiscal_year_leaves_them_unread():
    for start in (None, date(2018, 10, 1)):
        project, reports = _reports(start)
        repair_dates(project, reports, "K", span=False)
        assert all("report_date" not in reports[s] or reports[s]["report_date"].value is None for s in (1, 2, 3))
