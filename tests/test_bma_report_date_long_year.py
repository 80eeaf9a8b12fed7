"""A BMA progress report date whose day and month OCR read and whose year it wrote longer than any year is
printed ("๑๕ ก.ย. ๒๕๒๐๑", "๑๓/๕/๒๕๒๐๑", "๑๒/๑๐/๒๕๒๐๐๒": a ๖ written as two characters, confusions.SPLIT_READS, a
stray digit): no date can be read from it.  Before, yearless_date took a year of four digits or more for a year
read as what it reads and the date stayed unread, though its day and month are readable and the bounds (the year
the reports cover, its neighbours) prove its year; 24 report dates of the 28 open fresh sets (s67o-s77o) were
lost so, in 15 sets.  Now the rules that prove a year by the bounds (_year_proven_unread, _year_from_window) read
such a date in that year, its day and month as printed, said repair_ambiguous (evidence year_proven, read None);
the rule that takes a date's one reading inside the year does not treat it as yearless (its readings may drop a
character of the year), and a year of four characters is still a year."""

from __future__ import annotations

import json
from datetime import date

from parsers.bma_progress.repairs import yearless_date, repair_dates
from schemas.document import Reading


def _reports(printed: str) -> tuple[dict, dict]:
    project = {"fiscal_year_be": Reading(2567, "2567", 3, 3)}
    reports = {1: {"report_date": Reading(date(2024, 4, 25), "25/4/2567", 20, 20)},
               2: {"report_date_printed": Reading(printed, printed, 30, 30)},
               3: {"report_date": Reading(date(2024, 6, 19), "19/6/2567", 40, 40)}}
    return project, reports


def test_a_year_longer_than_a_year_is_proven_by_the_bounds():
    for printed in ("๓ พ.ค. ๒๕๒๐๗", "๓/๕/๒๕๒๐๗", "๓ พฤษภาคม ๒๕๒๐๓๑", "๓/๕/๒๕๒๐๐๗"):
        project, reports = _reports(printed)
        issues = repair_dates(project, reports, "K")
        assert reports[2]["report_date"].value == date(2024, 5, 3), printed
        said = [i for i in issues if i.line_start == 30 and i.field == "progress_reports.report_date"]
        assert [i.code for i in said] == ["repair_ambiguous"], printed
        evidence = json.loads(said[0].evidence)
        assert evidence["year_proven"] == "2024-05-03" and evidence["read"] is None


def test_only_the_rules_proving_a_year_by_the_bounds_read_a_long_year_as_none():
    assert yearless_date("๑๕ ก.ย. ๒๕๒๐๑") is None and yearless_date("๑๓/๕/๒๕๒๐๑") is None
    assert yearless_date("๑๕ ก.ย. ๒๕๒๐๑", long_year=True) == date(2000, 9, 15)
    assert yearless_date("๑๓/๕/๒๕๒๐๑", long_year=True) == date(2000, 5, 13)
    assert yearless_date("๑๒/๑๐/๒๕๒๐๐๒", long_year=True) == date(2000, 10, 12)
    for text in ("๒๕ กรกฎาคม ๒๕๒๕", "๒๕/๗/๒๕๒๕", "๓/๕/๒๕๒๐๗๑๒๓๔๕", "๑๓๕ เมษายน ๒๕๒๐๑"):  # a year, or no date's shape
        assert yearless_date(text, long_year=True) is None, text


def test_entries_in_doubt_read_it_as_printed_in_the_one_year_its_readings_fall_in():
    # "๑๕/๐๕/๒๕๒๐๒" (in tests/test_bma_report_date_year_unread_in_doubt.py the example of a date unreadable whole,
    # left unread: its readings in the year are April, May, July, August and September of 2019, none alone) is now
    # read as printed, 15 May 2019, in doubt: every reading falls in 2019, the year its day and month are read in
    project = {"fiscal_year_be": Reading(2562, "2562", 3, 3)}
    reports = {1: {"report_date": Reading(date(2018, 12, 11), "11/12/2561", 20, 20)},
               2: {"report_date_printed": Reading("๑๕/๐๕/๒๕๒๐๒", "๑๕/๐๕/๒๕๒๐๒", 30, 30)},
               4: {"report_date": Reading(date(2019, 8, 16), "16/8/2562", 40, 40)}}
    issues = repair_dates(project, reports, "K", span=False, recheck=False)
    assert reports[2]["report_date"].value == date(2019, 5, 15)
    (said,) = [i for i in issues if i.line_start == 30 and i.field == "progress_reports.report_date"]
    assert said.code == "repair_ambiguous" and json.loads(said.evidence)["year_proven"] == "2019-05-15"
