"""A report date whose year holds a ๖ OCR wrote as an Arabic 5 or 9 (measured: 161 and 110 of 7352 printings of
๖): "28 ส.ค. 2556" for 28 ส.ค. 25๖6, a form that prints the two scripts mixed in one number; ":: 16 มีนาคม ๒597" for
๒๕๖7.  No reading under the table of confusions falls between its neighbours, so it stayed as read (2013-08-28) or
unread, flagged.  Such a year is read again with the ๖ (parsers.repair.year_six_variants), with the misreads the
table leaves out, only where no reading under the table fits, and taken only where exactly one reading fits
(repair_date: value_repaired, rare_misreads)."""

import json
from datetime import date

import pytest

from parsers.repair import repair_date, year_six_variants
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _repair(text: str, value: date | None, lo: date, hi: date):
    return repair_date(Reading(value, text, 7, 7), lo, hi, rule="date_order", field="progress_reports.report_date",
                       what="report 5's date", lost_day=True)


def test_the_variants_read_only_a_years_last_two_digits():
    assert year_six_variants("28 ส.ค. 2556") == ["28 ส.ค. 25๖6"]
    assert year_six_variants(":: 16 มีนาคม ๒597") == [":: 16 มีนาคม ๒5๖7"]
    # (a 9 of the month, a 5 of the day or of "25": not the year's)
    assert year_six_variants("๑๑/๑9/๒๕๒๑") == [] and year_six_variants("15/05/2562") == []
    assert year_six_variants("5/5/2595") == ["5/5/25๖5", "5/5/259๖"]


def test_an_arabic_year_whose_six_ocr_wrote_as_five_is_repaired_between_its_neighbours():
    outcome = _repair("28 ส.ค. 2556", date(2013, 8, 28), date(2023, 6, 11), date(2024, 3, 31))
    assert outcome.repaired and outcome.value == date(2023, 8, 28)
    evidence = json.loads(outcome.issue.evidence)
    assert evidence["rare_misreads"] and evidence["chosen"] == "2023-08-28" and evidence["printed"] == "28 ส.ค. 2556"


def test_a_mixed_year_whose_six_ocr_wrote_as_nine_is_repaired():
    outcome = _repair(":: 16 มีนาคม ๒597", None, date(2023, 12, 15), date(2024, 4, 29))
    assert outcome.repaired and outcome.value == date(2024, 3, 16)


def test_several_readings_or_one_under_the_table_choose_as_before():
    # a day that reads several ways between the neighbours: flagged, none chosen
    outcome = _repair(":: ๑๕ สิงหาคม ๒๕95", date(2052, 8, 15), date(2023, 8, 11), date(2024, 3, 31))
    assert not outcome.repaired
    # a reading under the table fits: the ๖ reading is not tried
    outcome = _repair("28/08/2566", date(2023, 8, 28), date(2023, 6, 11), date(2024, 3, 31))
    assert not outcome.repaired and outcome.issue is None


def test_an_unreadable_date_is_read_so_a_date_read_as_printed_elsewhere_is_not():
    # "mo กันยายน ๒565": an end date OCR left unreadable, ๒๕๖๖ with its ๖ written as an Arabic 5 (fresh s53o)
    unread = repair_date(Reading(None, "๓๐ กันยายน ๒565", 11, 11), date(2022, 10, 1), date(2023, 9, 30),
                         rule="fiscal_year_window", field="projects.end_date", what="end date")
    assert unread.repaired and unread.value == date(2023, 9, 30)
    # a start date read as a date outside the year: its other copies may print it otherwise, and it is not read so
    read = repair_date(Reading(date(2009, 10, 1), "1/10/2552", 11, 11), date(2018, 10, 1), date(2019, 9, 30),
                       rule="fiscal_year_window", field="projects.start_date", what="start date")
    assert not read.repaired
