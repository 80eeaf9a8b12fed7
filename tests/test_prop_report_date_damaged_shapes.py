"""A BMA progress report date whose printed shape no part-wise reading covered: a separator OCR lost, the parts
glued ("๒๒/๕๒๕๒๑" for ๒๒/๔/๒๕๖๑, "๑๓6/2๕๒8" for ๑๓/6/2๕๖8, "๒๕๓๒๕๒๕" for ๒๘/๗/๒๕๖๘, "2024-724"), a month
of two characters for one digit ("๒๐๑๕-๓๕-๒" for ๒๐๑๘-๙-๒), a letter measured in dates only for a digit
("๑๕/ฆ/๒๕๒": ฆ for ๗), a mark OCR put on a letter it wrote for a digit ("๒๐๒๐-ฒ่-๑๑").  date_candidates
returned nothing for them, so the dates' order never weighed them.  Now their readings join the candidates
(normalizers.confusions._damaged_shapes); the order with the neighbours chooses, or the date stays flagged."""

from __future__ import annotations

from datetime import date

from normalizers.confusions import date_candidates, shape_mended
from parsers.bma_progress.repairs import repair_dates
from schemas.document import Reading
from tests.test_prop_report_date_latin_month import reports_around


def test_a_lost_separator_between_month_and_year():
    found = date_candidates("๒๒/๕๒๕๒๑")
    assert date(2018, 4, 22) in found  # ๒๒/๔/๒๕๖๑: ๔ and ๖ read as ๕ and ๒
    assert {d.month for d in found} <= {4, 5, 7, 8, 9}  # the month is the one character before the year's four


def test_day_and_month_glued_before_the_year():
    assert date(2025, 6, 13) in date_candidates("๑๓6/2๕๒8")
    assert date_candidates("๑๕/๒๕๖๕") == set()  # two characters and a year: a month and year, no date


def test_all_separators_lost():
    assert date(2025, 7, 28) in date_candidates("๒๕๓๒๕๒๕")
    assert date_candidates("๒๕๒๕") == set()  # a year alone


def test_iso_month_and_day_glued():
    assert date_candidates("2024-724") == {date(2024, 7, 24)}  # Arabic digits: the month is 7, not 72 or 2
    assert date_candidates("๒๕๖๔-๒๕๖๕") == set()  # a range of years is no date


def test_a_month_read_as_two_characters():
    assert date(2018, 9, 2) in date_candidates("๒๐๑๕-๓๕-๒")
    assert date_candidates("2018-35-2") == set()  # Arabic digits are read as printed


def test_letters_for_digits_and_marks_on_them():
    assert date(2024, 7, 14) in date_candidates("๑๕/ฆ/๒๕๒")
    assert {d.month for d in date_candidates("๒๐๒๐-ฒ่-๑๑")} == {7, 9}
    assert date(2022, 1, 7) in date_candidates("๒อ๐๒๒-๑-ญ่")


def test_order_picks_the_one_reading_of_a_glued_date():
    # 22, 25 or 26 April (๒ read for ๕ or ๖), or a day of another month: one fits between 20 and 23 April
    project, reports = reports_around("๒๒/๕๒๕๒๑", date(2018, 4, 20), date(2018, 4, 23), 2561)
    issues = repair_dates(project, reports, "K")
    assert reports[2]["report_date"].value == date(2018, 4, 22)
    assert [i for i in issues if i.code == "value_repaired" and i.line_start == 30]


def test_several_readings_between_the_neighbours_stay_flagged():
    project, reports = reports_around("๒๒/๕๒๕๒๑", date(2018, 3, 15), date(2018, 9, 3), 2561)
    issues = repair_dates(project, reports, "K")
    assert "report_date" not in reports[2] or reports[2]["report_date"].value is None
    assert [i for i in issues if i.code == "repair_ambiguous" and i.line_start == 30]


def test_shape_mended_says_which_readings_are_guesses_at_a_broken_shape():
    assert shape_mended("๒๒/๕๒๕๒๑") and shape_mended("๒๐๑๕-๓๕-๒")
    assert not shape_mended("๒๒/๕/๒๕๒๑")  # read part by part as printed
    assert not shape_mended("not a date")


def test_a_date_read_from_a_broken_shape_rules_out_no_neighbour_reading():
    # report 2 may be 11 March, July or September (๓ for ๗ or ๙); report 3, its separator lost, reads only
    # as a day in April: taken as sure it would leave report 2 one reading, chosen on a guess
    project = {"fiscal_year_be": Reading(2561, "2561", 3, 3)}
    reports = {1: {"report_date": Reading(date(2018, 1, 5), "x", 20, 20)},
               2: {"report_date_printed": Reading(None, "๑๑/๓/๒๕๖๑", 30, 30)},
               3: {"report_date_printed": Reading(None, "๒๒/4๒๕๖๑", 40, 40)},
               4: {"report_date": Reading(date(2018, 9, 30), "y", 50, 50)}}
    assert {d.month for d in date_candidates("๑๑/๓/๒๕๖๑")} >= {3, 7, 9}
    assert {d.month for d in date_candidates("๒๒/4๒๕๖๑")} == {4}
    issues = repair_dates(project, reports, "K")
    assert "report_date" not in reports[2] or reports[2]["report_date"].value is None
    assert [i for i in issues if i.code == "repair_ambiguous" and i.line_start == 30]
