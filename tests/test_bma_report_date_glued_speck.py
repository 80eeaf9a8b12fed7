"""A BMA progress report date whose day OCR glued to a speck before it and whose year it cut to one digit glued to
the month ("ไ11พ.ค.๒" for 11 พ.ค. ๖๗): its day and month read, its year proven by the bounds (the year the reports
cover), said.  Before, yearless_date asked a space after the speck and before the year's remains, and the date
stayed unread.  Fresh set s97o, bma_progress_s97o002 (report 7 of project 2)."""

from __future__ import annotations

import json
from datetime import date

from parsers.bma_progress.repairs import yearless_date, repair_dates
from schemas.document import Reading


def test_glued_speck_and_year_remains_leave_day_and_month():
    assert yearless_date("ไ11พ.ค.๒") == date(2000, 5, 11)
    assert yearless_date("a12 มกราคม๒") == date(2000, 1, 12)
    for text in ("๑๒ มิ.ย.๒๕๖๗", "ไ11พ.ค.2567"):  # a year of four digits is a year, read as it reads
        assert yearless_date(text) is None, text


def test_the_bounds_prove_its_year():
    project = {"fiscal_year_be": Reading(2567, "2567", 3, 3)}
    reports = {1: {"report_date": Reading(date(2024, 4, 25), "25/4/2567", 20, 20)},
               2: {"report_date_printed": Reading("ไ11พ.ค.๒", "ไ11พ.ค.๒", 30, 30)},
               3: {"report_date": Reading(date(2024, 6, 19), "19/6/2567", 40, 40)}}
    issues = repair_dates(project, reports, "K")
    assert reports[2]["report_date"].value == date(2024, 5, 11)
    said = [i for i in issues if i.line_start == 30 and i.field == "progress_reports.report_date"]
    assert [i.code for i in said] == ["repair_ambiguous"]
    assert json.loads(said[0].evidence)["year_proven"] == "2024-05-11"
