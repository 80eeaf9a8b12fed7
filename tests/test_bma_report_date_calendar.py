"""A BMA progress report date whose month OCR misread (๐๗ read ๐๕: ๗ is a digit the engine cannot write) or
lost, in a form whose entries are numbered 1 to N without a gap.  A form reports once a month at most, inside
its fiscal year (parsers.bma_progress.months), so report k of N falls in the year's month k-1 at the earliest and
12-N+k-1 at the latest, each report in a month after the one before.  Where its neighbours' dates are damaged
too, their dates alone leave several months to it and it stayed flagged, its month as printed; the calendar
leaves one: one reading there is the repair (rule report_calendar), several in that one month read as its day
as printed, in doubt (evidence month_proven) (repairs._dates_by_calendar).  Not where a date printed without
Thai digits (which OCR reads as printed) breaks the calendar, a date read whole falls in the months of slack
past the year, the numbering has a gap, or the entries are in doubt."""

from __future__ import annotations

import json
from datetime import date

from parsers.bma_progress.repairs import repair_dates
from schemas.document import Reading

LINE = 100  # report 10's line


def _form(tenth: Reading, damaged: tuple[int, ...] = (8, 9, 11)) -> tuple[dict, dict]:
    """Fiscal 2566 (October 2022 to September 2023), twelve reports, report k on the 5th of the year's month
    k-1 in Arabic digits, report 10 (July) as given, the `damaged` ones printed past reading."""
    project = {"fiscal_year_be": Reading(2566, "2566", 3, 3)}
    reports = {}
    for seq in range(1, 13):
        month = (9 + seq - 1) % 12 + 1
        day = date(2022 if month >= 10 else 2023, month, 5)
        reports[seq] = {"report_date": Reading(day, f"5/{month}/{day.year + 543}", 10 * seq, 10 * seq)}
    for seq in damaged:
        reports[seq] = {"report_date": Reading(None, "-", 10 * seq, 10 * seq)}
    reports[10] = {"report_date": tenth}
    return project, reports


def _said(issues):
    return [i for i in issues if i.line_start == LINE and i.field == "progress_reports.report_date"]


def test_a_month_misread_is_read_in_the_one_month_its_place_allows_its_day_as_printed():
    # "๑๐/๐๕/๒๕๖๖" reads 10 May, before report 7 (5 April) allows nothing later than September: July 10, 14
    # or 16 (๐ may stand for ๔ or ๖), August or September alike by the dates; report 10 of 12 is July's
    project, reports = _form(Reading(date(2023, 5, 10), ":: ๑๐/๐๕/๒๕๖๖", LINE, LINE))
    issues = repair_dates(project, reports, "K")
    assert reports[10]["report_date"].value == date(2023, 7, 10)
    (issue,) = [i for i in _said(issues) if "month_proven" in (i.evidence or "")]
    assert issue.code == "repair_ambiguous"
    evidence = json.loads(issue.evidence)
    assert evidence["rule"] == "report_calendar" and evidence["month_proven"] == "2023-07-10"
    assert set(evidence["candidates"]) == {"2023-07-10", "2023-07-14", "2023-07-16"}


def test_one_reading_in_its_place_is_the_repair():
    # "22/@/2566": January, April, July or September 22; after 5 April and before 5 September, April or July
    project, reports = _form(Reading(None, ":: 22/@/2566", LINE, LINE))
    issues = repair_dates(project, reports, "K")
    assert reports[10]["report_date"].value == date(2023, 7, 22)
    (issue,) = [i for i in _said(issues) if i.code == "value_repaired"]
    assert json.loads(issue.evidence) == {"rule": "report_calendar", "printed": ":: 22/@/2566", "read": None,
                                          "candidates": ["2023-07-22"], "chosen": "2023-07-22"}


def test_fewer_reports_leave_it_several_months_and_flagged():
    # six reports (1-5, 10 -> renumbered 6): report 6 of 6 may fall in any month from March on
    project, reports = _form(Reading(None, ":: 22/@/2566", LINE, LINE), damaged=())
    reports = {seq: reports[seq] for seq in (1, 2, 3, 4, 5)} | {6: reports[10]}
    issues = repair_dates(project, reports, "K")
    assert reports[6].get("report_date") is None or reports[6]["report_date"].value is None
    assert not [i for i in _said(issues) if i.code == "value_repaired"]


def test_two_reports_in_one_month_printed_in_arabic_digits_keep_no_calendar():
    project, reports = _form(Reading(None, ":: 22/@/2566", LINE, LINE))
    reports[3]["report_date"] = Reading(date(2022, 11, 25), "25/11/2565", 30, 30)  # report 2's month too
    issues = repair_dates(project, reports, "K")
    assert reports[10].get("report_date") is None or reports[10]["report_date"].value is None
    assert not [i for i in issues if "report_calendar" in (i.evidence or "")]


def test_a_report_read_whole_past_the_fiscal_year_keeps_no_calendar():
    project, reports = _form(Reading(None, ":: 22/@/2566", LINE, LINE))
    reports[12]["report_date"] = Reading(date(2023, 10, 20), "20/10/2566", 120, 120)  # filed late
    issues = repair_dates(project, reports, "K")
    assert not [i for i in issues if "report_calendar" in (i.evidence or "")]


def test_a_gap_in_the_numbering_or_the_entries_in_doubt_keep_no_calendar():
    project, reports = _form(Reading(None, ":: 22/@/2566", LINE, LINE))
    del reports[12]
    reports[13] = {"report_date": Reading(date(2023, 9, 25), "25/9/2566", 130, 130)}
    issues = repair_dates(project, reports, "K")
    assert not [i for i in issues if "report_calendar" in (i.evidence or "")]
    project, reports = _form(Reading(None, ":: 22/@/2566", LINE, LINE))
    issues = repair_dates(project, reports, "K", span=False)
    assert not [i for i in issues if "report_calendar" in (i.evidence or "")]


def test_entries_in_doubt_elsewhere_than_the_dates_row_keep_the_calendar_when_every_entry_is_dated():
    # the doubt is not about the dates' row (recheck) and every entry 1 to 12 is there with a date printed: the
    # dates stand in their entries' places, as _years_in_doubt takes them
    project, reports = _form(Reading(None, ":: 22/@/2566", LINE, LINE))
    repair_dates(project, reports, "K", span=False, recheck=True)
    assert reports[10]["report_date"].value == date(2023, 7, 22)
    # an entry with no date at all: the dates may have moved up or down
    project, reports = _form(Reading(None, ":: 22/@/2566", LINE, LINE))
    reports[9] = {}
    issues = repair_dates(project, reports, "K", span=False, recheck=True)
    assert not [i for i in issues if "report_calendar" in (i.evidence or "")]


def test_the_calendars_issue_takes_the_place_of_the_earlier_doubt_on_that_date():
    # before the calendar, April and July 22 both fit between its neighbours: "none is chosen" was said; the
    # calendar chose July 22, so that doubt no longer says what the value is and only the repair stands
    project, reports = _form(Reading(None, ":: 22/@/2566", LINE, LINE))
    issues = repair_dates(project, reports, "K")
    assert [i.code for i in _said(issues)] == ["value_repaired"]
    # where the calendar leaves several readings in one month, its doubt (month_proven) is the one said
    project, reports = _form(Reading(date(2023, 5, 10), ":: ๑๐/๐๕/๒๕๖๖", LINE, LINE))
    issues = repair_dates(project, reports, "K")
    assert [json.loads(i.evidence).get("month_proven") for i in _said(issues)] == ["2023-07-10"]
