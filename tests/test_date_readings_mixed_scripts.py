"""A report date whose day is one Arabic digit in a date that holds Thai digits too (":: 1 มิ.ย. 25๒๕" for "1๗ มิ.ย.
25๖๔"): the form prints the two scripts mixed within a number, so a Thai digit the OCR model cannot write may have
stood beside the Arabic one and been dropped.  date_readings took the day as printed, and the year's repair chose
the 1st, wrong, where the neighbours' window held the 17th too (set s54o bma_progress_s54o003); the readings now
hold the day with such a digit beside it, and the repair flags instead.  A date in Arabic digits alone keeps its day."""

from __future__ import annotations

from datetime import date

from parsers.repair import date_readings, repair_date
from schemas.document import Reading


def test_a_lone_arabic_day_beside_thai_digits_may_have_lost_one():
    readings = date_readings(":: 1 มิ.ย. 25๒๕")
    assert {date(2021, 6, 1), date(2021, 6, 17), date(2021, 6, 14)} <= readings


def test_a_date_in_arabic_digits_alone_keeps_its_day():
    assert date_readings(":: 1 มิ.ย. 2564") == {date(2021, 6, 1)}


def test_the_year_s_repair_no_longer_chooses_the_day_as_printed():
    reading = Reading(date(1982, 6, 1), ":: 1 มิ.ย. 25๒๕", 174, 180)
    out = repair_date(reading, date(2021, 4, 21), date(2021, 8, 13), rule="date_order",
                      field="progress_reports.report_date", what="report 8's date", lost_day=True)
    assert out.issue is not None and out.issue.code == "repair_ambiguous" and out.reading.value == date(1982, 6, 1)
