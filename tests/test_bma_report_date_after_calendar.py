"""A BMA progress report date OCR left unreadable ("2024-724": a separator lost) whose one reading between its
neighbours a neighbour's misread shut out: report 9's date read whole, "2๐๒4-๕-๑๕" (15 May), before report 8's
place, so report 8 had no reading left between report 6 and it.  The form's calendar then read report 9 again
(report 9 of 10 falls in August: its month proven, in doubt), but report 8 stayed unread.  Now, where the calendar
changed a date, a date still unreadable is weighed again between its neighbours as they then stand (a date whose
year or month alone was proven bounds nothing): one reading there, and it is repaired (rule date_order,
value_repaired; repairs._unread_after_calendar).  Several, and it stays unread; nothing moved by the calendar,
and nothing is weighed again."""

from __future__ import annotations

import json
from datetime import date

from parsers.bma_progress.repairs import repair_dates
from schemas.document import Reading


def _reports(ninth: str) -> tuple[dict, dict]:
    project = {"fiscal_year_be": Reading(2567, "2567", 3, 3)}
    read = {1: "2023-10-22", 2: "2023-11-28", 3: "2023-12-14", 4: "2024-01-28", 5: "2024-02-14",
            6: "2024-05-31", 7: "2024-06-25", 10: "2024-09-27"}
    reports = {s: {"report_date": Reading(date.fromisoformat(v), v, 10 * s, 10 * s)} for s, v in read.items()}
    reports[8] = {"report_date_printed": Reading("2024-724", "2024-724", 80, 80)}
    reports[9] = {"report_date": Reading(date(2024, 5, 15), ninth, 90, 90)}
    return project, reports


def _said(issues, line):
    return [i for i in issues if i.line_start == line and i.field == "progress_reports.report_date"]


def test_a_date_a_misread_neighbour_shut_out_is_read_once_the_calendar_moves_it():
    project, reports = _reports("2๐๒4-๕-๑๕")
    issues = repair_dates(project, reports, "K")
    assert reports[9]["report_date"].value.month == 8  # the calendar: report 9 of 10 falls in August
    assert reports[8]["report_date"].value == date(2024, 7, 24)
    said = _said(issues, 80)
    assert [i.code for i in said] == ["value_repaired"]
    evidence = json.loads(said[0].evidence)
    assert evidence["rule"] == "date_order" and evidence["chosen"] == "2024-07-24"


def test_nothing_moved_by_the_calendar_nothing_weighed_again():
    # report 9 read in Arabic digits (read as printed): the calendar reads no date again, and report 8 stays unread
    project, reports = _reports("2024-5-15")
    repair_dates(project, reports, "K")
    assert "report_date" not in reports[8]
