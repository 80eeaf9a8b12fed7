"""A BMA progress report date read outside the year the reports cover whose
readings inside it all fall in one year was read in that year, its day and
month as printed (year_proven, in doubt).  Where its month as printed falls
outside the months the form's calendar leaves it (report k of N in the fiscal
year's months k-1 to 12-N+k-1, each after the one before:
parsers.bma_progress.months), the month was misread, and the day as printed
is no surer: the date stood wrong, only flagged ("๑๑/๐๒/๒๕๒๓" read
2020-02-11 for report 7 of 8, June 11), where the calendar leaves it
readings in several months.  Now it is left unread, said
repair_ambiguous (rule report_calendar, its readings in its place's months
as candidates), the year_proven issue replaced (repairs._unproven_by_calendar)."""

from __future__ import annotations

import json
from datetime import date

from parsers.bma_progress.repairs import repair_dates
from schemas.document import Reading

LINE = 110  # report 11's line


def _form(last: Reading, gap: bool = False) -> tuple[dict, dict]:
    """Fiscal 2566 (October 2022 to September 2023), eleven reports, report k on the 5th of the year's month
    k-1 in Arabic digits (October to July), report 11 (August or September) as given; with `gap`, report 10
    numbered 12 (so report 11 is 12's neighbour, no calendar)."""
    project = {"fiscal_year_be": Reading(2566, "2566", 3, 3)}
    reports = {}
    for seq in range(1, 11):
        month = (9 + seq - 1) % 12 + 1
        day = date(2022 if month >= 10 else 2023, month, 5)
        reports[seq] = {"report_date": Reading(day, f"5/{month}/{day.year + 543}", 10 * seq, 10 * seq)}
    reports[11] = {"report_date": last}
    if gap:
        reports[12] = reports.pop(11)
        reports[11] = reports.pop(10)
    return project, reports


def _said(issues):
    return [i for i in issues if i.line_start == LINE and i.field == "progress_reports.report_date"]


# "๑๑/๐๕/๒๕๒๖" (11 August or September 2566 printed: ๖ read ๒, ๘ and ๙ read ๕) reads 1983-05-11: every reading of
# it in the report window is in 2023 (April, May, August, September), so it was read 2023-05-11, its day and month
# as printed; report 11 of 11 falls in August or September
_PRINTED = ":: ๑๑/๐๕/๒๕๒๖"


def test_a_month_as_printed_outside_its_place_is_left_unread_and_said():
    project, reports = _form(Reading(date(1983, 5, 11), _PRINTED, LINE, LINE))
    issues = repair_dates(project, reports, "K", span=False, recheck=True)
    assert reports[11].get("report_date") is None
    assert reports[11]["report_date_printed"].text == _PRINTED
    said = _said(issues)
    assert not [i for i in said if "year_proven" in json.loads(i.evidence or "{}")]
    (issue,) = [i for i in said if "its year is proven" in i.message]
    assert issue.code == "repair_ambiguous"
    assert json.loads(issue.evidence) == {"rule": "report_calendar", "printed": _PRINTED, "read": None,
                                          "candidates": ["2023-08-11", "2023-09-11"]}
    assert "August to September" in issue.message and "2023-05-11" in issue.message


def test_without_the_calendar_the_year_proven_reading_stands():
    # a gap in the numbering: the calendar is not asked, the year alone proven as before
    project, reports = _form(Reading(date(1983, 5, 11), _PRINTED, LINE, LINE), gap=True)
    issues = repair_dates(project, reports, "K", span=False, recheck=True)
    assert reports[12]["report_date"].value == date(2023, 5, 11)
    assert [i for i in _said(issues) if json.loads(i.evidence or "{}").get("year_proven") == "2023-05-11"]
    assert not [i for i in _said(issues) if "its year is proven" in i.message]
