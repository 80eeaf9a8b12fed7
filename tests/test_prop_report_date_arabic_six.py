"""A report date whose year is printed in Thai digits, one ๖ of which OCR wrote as an Arabic 5 or 9 (the engine's
Thai model writes no ๖; ARABIC_FOR_THAI, measured 161 and 110 times in 7352 printed ๖): "๒๕/๐๗/๒๕๒5" for
๒๕๖๖, "๑๑ สิงหาคม ๒๕๒9๑" for ๒๕๖๑ (the ๖ read as two characters).  The readings took an Arabic digit as printed,
so no reading of the year fell in the fiscal year and the date stayed unread (fresh sets: bma_progress_x010,
w008, w015, s41z005, h007).  Now each such Arabic digit among a year's Thai digits is also read as a ๖
(normalizers.confusions._arabic_for_six), only where the token's digits are mostly Thai."""

from __future__ import annotations

from datetime import date

from normalizers.confusions import _years, date_candidates
from parsers.bma_progress.repairs import repair_dates
from tests.test_prop_report_date_latin_month import reports_around


def test_an_arabic_five_or_nine_in_a_thai_year_may_be_a_six():
    assert 2566 in _years("๒๕๒5")
    assert 2561 in _years("๒๕59๑")  # the ๖ read as two characters
    assert 2562 in _years("๒๕๐9๒")
    assert date(2023, 7, 25) in date_candidates("๒๕/๐๗/๒๕๒5")


def test_not_where_the_year_is_mostly_arabic():
    assert _years("2565") == {2565}  # Arabic digits are read as printed
    assert 2566 not in _years("25๒5")  # as many Arabic digits as Thai: not a Thai year with one slip


def test_the_date_is_repaired_between_its_neighbours():
    project, reports = reports_around("๑๑/๐๗/๒๕๒5", date(2023, 6, 20), date(2023, 8, 2), 2566)
    issues = repair_dates(project, reports, "K")
    assert reports[2]["report_date"].value == date(2023, 7, 11)
    assert [i for i in issues if i.code == "value_repaired" and i.line_start == 30]


def test_an_arabic_five_in_the_day_or_month_of_a_thai_date_may_be_a_six():
    # "๒๑/๐5/๒๕๖๕" for ๒๑/๐๖: the month's ๖ written as an Arabic 5, as a year's is
    readings = date_candidates("๒๑/๐5/๒๕๖๕")
    assert {date(2022, 5, 21), date(2022, 6, 21)} <= readings
    assert date(2022, 1, 16) in date_candidates("๑5 ม.ค. ๒๕๖๕")  # a day's too
    # not in a date whose digits are mostly Arabic: those are read as printed
    assert date_candidates("21/05/2565") == {date(2022, 5, 21)}
    assert date(2022, 6, 21) not in date_candidates("21/05/25๖๕")
    # nor where an Arabic digit the engine does not write for a ๖ stands beside them: the date prints both scripts
    assert date(2020, 2, 6) not in date_candidates("9/๒/๒๕๒๐3")
    assert date(2020, 2, 9) in date_candidates("9/๒/๒๕๒๐3")
