"""A BMA progress report date whose day and month OCR read and whose year it left no year of ("๓๐ พ.ค.",
"๑๕ เม.ย. lag bla": its year read as two Latin words, "9022-6-23": an ISO date whose year reads no year of the
archive), in a report whose entries are read in doubt (a date may stand in another entry's place, so no
neighbour's date bounds it).  The span path read such a date in the one year its day and month fall in
(repairs._year_from_window, _year_proven_unread); the path of the entries in doubt passed it over, as it passes
over no date read outside the year (_years_proven_in_doubt).  Now it is read the same way there: where its
readings inside the year the reports cover (from the day the fiscal year opens) all fall in one year, or its
day and month as printed fall in one year of it alone, it is read in that year, its day and month as printed,
said repair_ambiguous (evidence year_proven, read None), never value_repaired (repairs._year_unread_in_doubt).
A month that falls twice in that span (November: of the fiscal year and of the months of slack after it), no
other report's date read inside the year (the fiscal year may itself be the misread), or a four-digit year of
the archive's eras, and it stays unread."""

from __future__ import annotations

import json
from datetime import date

from parsers.bma_progress.repairs import yearless_date, repair_dates
from schemas.document import Reading


def _reports(printed: str, dated: bool = True) -> tuple[dict, dict]:
    project = {"fiscal_year_be": Reading(2562, "2562", 3, 3)}
    first = Reading(date(2018, 12, 11), "11/12/2561", 20, 20) if dated else Reading(None, "ฒฒ/ฒ", 20, 20)
    reports = {1: {"report_date": first} if dated else {"report_date_printed": first},
               2: {"report_date_printed": Reading(printed, printed, 30, 30)},
               4: {"report_date": Reading(date(2019, 8, 16), "16/8/2562", 40, 40)}}  # report 3 lost: dates may move
    return project, reports


def _said(issues, line):
    return [i for i in issues if i.line_start == line and i.field == "progress_reports.report_date"]


def test_a_year_left_unreadable_in_entries_in_doubt_is_proven_by_the_fiscal_year():
    for printed, want in (("๓๐ พ.ค.", date(2019, 5, 30)), ("๑๕ เม.ย. lag bla", date(2019, 4, 15)),
                          ("9022-6-23", date(2019, 6, 23)), ("๓๐ พฤษภาคม ๒๕๒", date(2019, 5, 30))):
        project, reports = _reports(printed)
        issues = repair_dates(project, reports, "K", span=False, recheck=False)
        assert reports[2]["report_date"].value == want, printed
        said = _said(issues, 30)
        assert [i.code for i in said] == ["repair_ambiguous"], printed
        evidence = json.loads(said[0].evidence)
        assert evidence["year_proven"] == str(want) and evidence["read"] is None, printed


def test_a_month_twice_in_the_span_leaves_it_unread():
    # November 2018 (of the fiscal year) and November 2019 (of the months of slack after it) alike, in the
    # form's last report (the one a late filing would be: a report numbered before another is read inside the
    # fiscal year itself, test_bma_report_date_year_proper)
    project, reports = _reports("๓๐ พ.ย.")
    del reports[4]
    issues = repair_dates(project, reports, "K", span=False, recheck=False)
    assert "report_date" not in reports[2]
    assert not _said(issues, 30)


def test_no_other_date_inside_the_year_leaves_it_unread():
    project, reports = _reports("๓๐ พ.ค.", dated=False)
    del reports[4]
    repair_dates(project, reports, "K", span=False, recheck=False)
    assert "report_date" not in reports[2]


def test_a_year_first_date_whose_year_is_of_the_archive_is_not_yearless():
    assert yearless_date("9022-6-23") == date(2000, 6, 23)
    assert yearless_date("๙๐๒๒-๖-๒๓") == date(2000, 6, 23)
    for text in ("2021-6-23", "๒๕๖๒-๖-๒๓", "9022-13-23", "๑๕ ก.พ. ๒๕๖๒ ดำเนินการ", "๑๕ ก.พ. lag bla xyz"):
        assert yearless_date(text) is None, text


def test_a_date_unreadable_whole_with_one_reading_inside_the_year_is_read_so_in_doubt():
    # set s61z's bma_progress 009: "๓๑/๐ฆ/๒๕๒๐๕" for 31/07/2564, its month's ๗ read as a letter and its year as five
    # characters; no day and month read alone (yearless_date), and of all its readings only 31 July of the year
    # the reports cover falls inside it.  Before, with the entries in doubt, it stayed unread; now, no other rule
    # having read it, it is read so in doubt (repairs._unread_with_one_reading), where every entry from 1 to N is
    # there with a date printed (no date moved up or down)
    project, reports = _reports("๓๑/๐ฆ/๒๕๒๐๒")
    reports[3] = reports.pop(4)
    issues = repair_dates(project, reports, "K", span=False, recheck=False)
    assert reports[2]["report_date"].value == date(2019, 7, 31)
    (said,) = _said(issues, 30)
    evidence = json.loads(said.evidence)
    assert said.code == "repair_ambiguous" and evidence["year_proven"] == "2019-07-31" and evidence["read"] is None


def test_a_date_unreadable_whole_with_one_reading_inside_the_year_is_read_in_doubt_where_dates_may_have_moved():
    # an entry lost (report 3 of 1..4 missing: _dates_may_have_moved), as set s67o's bma_progress 007 lost reports
    # 7 to 9 of 10 around its '25 W.A. 2567' (25 พ.ค. 2567, the month's letters read as Latin ones): the one reading
    # of its characters inside the year is the printed date's whichever entry it is of, so it is read, in doubt,
    # the issue saying the date may be another entry's.  Before, the date stayed unread
    project, reports = _reports("๓๑/๐ฆ/๒๕๒๐๒")
    issues = repair_dates(project, reports, "K", span=False, recheck=False)
    assert reports[2]["report_date"].value == date(2019, 7, 31)
    (said,) = _said(issues, 30)
    assert said.code == "repair_ambiguous" and "another entry's" in said.message
    project, reports = _reports("๑๕/๐ฆ/๒๕๒๐๒")  # several readings inside the year: still unread
    issues = repair_dates(project, reports, "K", span=False, recheck=False)
    assert "report_date" not in reports[2] and not _said(issues, 30)


def test_a_date_unreadable_whole_with_several_readings_inside_the_year_stays_unread():
    project, reports = _reports("๑๕/๐ฆ/๒๕๒๐๒")  # July or September, day 14 to 19: which is not known
    reports[3] = reports.pop(4)
    issues = repair_dates(project, reports, "K", span=False, recheck=False)
    assert "report_date" not in reports[2] and not _said(issues, 30)
