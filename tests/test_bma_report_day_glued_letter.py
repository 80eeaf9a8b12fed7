"""A BMA report date whose one-digit day OCR read with a letter glued before it (":: ว4 กุมภาพันธ์ 2561" for the
24th: the ว a 2 misread) stood as the 4th with no issue (fresh set s98p, bma_progress_s98p008).  The letter may be
the day's first digit: where 1N, 2N or 3N stands between the neighbours' dates too, the date is said
repair_ambiguous (rule date_order), kept as read, the candidates named (repairs._days_glued)."""

import json
from datetime import date

from parsers.bma_progress.repairs import _days_glued
from schemas.document import Reading


def _reports(*dates: tuple[date, str]) -> dict:
    return {seq: {"report_date": Reading(day, f":: {text}", 10 * seq, 10 * seq)}
            for seq, (day, text) in enumerate(dates, start=1)}


def test_a_letter_glued_before_a_one_digit_day_puts_the_day_in_doubt():
    reports = _reports((date(2018, 1, 14), "14 มกราคม 61"), (date(2018, 2, 4), "ว4 กุมภาพันธ์ 2561"),
                       (date(2018, 3, 24), "24/3/2561"))
    issues = _days_glued(reports, "k", [])
    assert [(i.code, i.field, i.line_start) for i in issues] == [
        ("repair_ambiguous", "progress_reports.report_date", 20)]
    evidence = json.loads(issues[0].evidence)
    assert evidence["rule"] == "date_order" and evidence["kept"] == "2018-02-04"
    assert evidence["candidates"] == ["2018-02-04", "2018-02-14", "2018-02-24"]
    assert reports[2]["report_date"].value == date(2018, 2, 4)


def test_no_doubt_where_the_neighbours_leave_no_other_day_or_no_letter_stands_glued():
    bounded = _reports((date(2018, 2, 1), "1 ก.พ. 61"), (date(2018, 2, 4), "ว4 กุมภาพันธ์ 2561"),
                       (date(2018, 2, 9), "9 ก.พ. 61"))
    assert _days_glued(bounded, "k", []) == []
    spaced = _reports((date(2018, 1, 14), "14 มกราคม 61"), (date(2018, 2, 4), "4 กุมภาพันธ์ 2561"),
                      (date(2018, 3, 24), "24/3/2561"))
    assert _days_glued(spaced, "k", []) == []
