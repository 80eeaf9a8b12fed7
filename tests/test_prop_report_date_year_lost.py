"""A BMA progress report date whose day and month name read but whose year OCR lost or read past a year's shape:
one or two characters ("๑๑ ส.ค. ๒", "๑3 มีนาคม 6" for ... ๖๗), three Latin letters ("๑๕ มี.ค. Del"), or nothing
(fresh set bp/set1 s19bpa002 reports 5 and 10).  No reading of the characters gave a date at all
(normalizers.confusions.date_candidates wants a year of two digits or more), so the date stayed unread, though
its neighbours' dates leave one year for that day and month.  Now such a date is read as the day and month in
any year, as a year short of a digit already is (parsers.repair.date_readings, for report dates only): the one
reading between the neighbours is the repair (rule date_order); where two years fit, it stays flagged."""

from __future__ import annotations

from datetime import date

from parsers.bma_progress.repairs import repair_dates
from parsers.repair import date_readings
from tests.test_prop_report_date_latin_month import reports_around


def test_a_date_whose_year_is_lost_is_read_between_its_neighbours():
    for printed, want in (("๑๑ ส.ค. ๒", date(2024, 8, 11)), ("๑3 มีนาคม 6", date(2024, 3, 13)),
                          ("๑๑ สิงหาคม Del", date(2024, 8, 11)), ("๑๑ สิงหาคม", date(2024, 8, 11))):
        project, reports = reports_around(printed, date(2024, 7, 15) if want.month == 8 else date(2024, 2, 20),
                                            date(2024, 9, 8) if want.month == 8 else date(2024, 4, 16), 2567)
        issues = repair_dates(project, reports, "K")
        assert reports[2]["report_date"].value == want, printed
        assert [i for i in issues if i.code == "value_repaired" and i.line_start == 30]


def test_two_years_that_fit_stay_flagged():
    # neighbours a year and more apart, inside the year's window: March 2024 and March 2025 both fit
    project, reports = reports_around("๑๑ มี.ค. ๒", date(2023, 10, 1), date(2025, 3, 30), 2567)
    issues = repair_dates(project, reports, "K")
    assert "report_date" not in reports[2] or reports[2]["report_date"].value is None
    assert [i for i in issues if i.code == "repair_ambiguous" and i.line_start == 30]


def test_a_date_with_its_year_read_is_not_read_in_other_years():
    assert {d.year for d in date_readings("๑๒ มีนาคม 2567")} == {2024}
    assert not date_readings("๑๒ มีนาคมที่ผ่านมา ได้ประชุม")  # words after the month: no date
