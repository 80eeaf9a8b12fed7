"""A BMA progress report date whose day and month OCR read and whose year it left no year of ("๓ พฤษภาคม xd",
"๓ พ.ค. ๒๕๒", "๓/๕/๒๕๒": no date can be read from it), in a form whose fiscal year its other report dates, or
its project's start or end date, confirm.  Its day and month fall between its bounds (the year the reports
cover, its neighbours' dates) in one year alone: it is read in that year and said repair_ambiguous (evidence
year_proven, read None), as a year damaged past every reading is (repairs._year_from_window, yearless_date).
Two years possible, a four-digit year (the misread tables' or no rule's), nothing confirming the fiscal year, or
no day and month to read, and it stays unread."""

from __future__ import annotations

import json
from datetime import date

from parsers.bma_progress.repairs import yearless_date, repair_dates
from schemas.document import Reading


def _reports(printed: str, first: Reading | None = None) -> tuple[dict, dict]:
    project = {"fiscal_year_be": Reading(2567, "2567", 3, 3)}
    reports = {1: {"report_date": first or Reading(date(2024, 4, 25), "25/4/2567", 20, 20)},
               2: {"report_date_printed": Reading(printed, printed, 30, 30)},
               3: {"report_date": Reading(date(2024, 6, 19), "19/6/2567", 40, 40)}}
    return project, reports


def _said(issues, line):
    return [i for i in issues if i.line_start == line and i.field == "progress_reports.report_date"]


def test_a_year_left_unreadable_is_proven_by_the_bounds():
    for printed in ("๓ พฤษภาคม xd", "๓ พ.ค. ๒๕๒", "๓/๕/๒๕๒", "ญ ๓ พ.ค."):
        project, reports = _reports(printed)
        issues = repair_dates(project, reports, "K")
        assert reports[2]["report_date"].value == date(2024, 5, 3), printed
        said = _said(issues, 30)
        assert [i.code for i in said] == ["repair_ambiguous"], printed
        evidence = json.loads(said[0].evidence)
        assert evidence["year_proven"] == "2024-05-03" and evidence["read"] is None


def test_the_projects_span_in_the_fiscal_year_confirms_it_when_no_report_date_is_read():
    # (a speck before the day: no reading of its characters at all, the window alone would give its year)
    project, reports = _reports("ญ ๓ พ.ค.", first=Reading(None, "ฒ/ฒ/ฒ", 20, 20))
    del reports[1]["report_date"]
    reports[1]["report_date_printed"] = Reading("ฒ/ฒ/ฒ", "ฒ/ฒ/ฒ", 20, 20)
    del reports[3]
    repair_dates(project, reports, "K")
    assert "report_date" not in reports[2]  # nothing confirms the fiscal year: unread
    project["start_date"] = Reading(date(2023, 10, 1), "1 ต.ค. 2566", 5, 5)
    repair_dates(project, reports, "K")
    assert reports[2]["report_date"].value == date(2024, 5, 3)


def test_two_years_in_the_window_leave_it_unread():
    # December: of the fiscal year (2023) and of the months of slack after it (2024) alike
    # ("xd" has no reading; "vd", this test's year before, reads ๖๖ since v was measured for ๖: LOOKALIKES)
    project, reports = _reports("๓ ธันวาคม xd")
    del reports[1], reports[3]
    project["start_date"] = Reading(date(2023, 10, 1), "1 ต.ค. 2566", 5, 5)
    repair_dates(project, reports, "K")
    assert "report_date" not in reports[2]


def test_only_a_day_and_month_with_no_year_left_read():
    assert yearless_date("๒๒ พฤศจิกายน xd") == date(2000, 11, 22)
    assert yearless_date("๒๒/๑/๒๕๒") == date(2000, 1, 22)
    assert yearless_date("๒๙ ก.พ. ธร") == date(2000, 2, 29)
    for text in ("๒๕ กรกฎาคม ๒๕๒๕", "21 มิถุนายน 2๕๐๒5", "๑๓๕ เมษายน ๒๕๒", "20๒๑-ส๕-3", "ทดสอบ ๓ พ.ค.",
                 "๓ พ.ค. ดำเนินการจัดสัมมนาแล้ว"):
        assert yearless_date(text) is None, text


def test_a_day_or_month_no_calendar_has_is_no_day_and_month_read():
    # a date row parted into its dates gave an entry "93/6/63" (a fresh set's OCR: ๒๓ read 93): its day no month
    # has. Before, yearless_date let the date parser's error out and the whole document failed (merge: internal
    # error); now it reads no day and month there, and the date stays unread, said
    assert yearless_date("93/6/63") is None and yearless_date("๓/๒๐/๒๕๒") is None
    assert yearless_date("๓/๕/๒๕๒") == date(2000, 5, 3)
    project, reports = _reports("93/6/63")
    repair_dates(project, reports, "K")
    assert "report_date" not in reports[2] or reports[2]["report_date"].value is None
